"""The document a question's document carries out: the ranking feature ``basis_identity``.

"Kế hoạch hiệp thương của Mặt trận xã ... triển khai kế hoạch nào?" is answered by two passages: the
preamble of the plan asked about, where it cites what it carries out ("Thực hiện Kế hoạch số 16/KH-..."),
and, when the library holds that document, its own number line ("Số: 16/KH-MTTQ-BTT"), which names it
for certain. ``scope.document_scope`` already reads which held documents of the asked type the described
one cites (``DocumentScope.cited``); their number lines, which share none of the question's words, come
right after the best passage. Nothing here names a document or a phrasing.
"""

from __future__ import annotations

from assistant import text as vt
from assistant.index.store import IndexStore
from assistant.parse.closing import HEADER_SECTION

CITED_MOST = 2  # number lines placed: a question asks for one document, rarely two

_HEADER = vt.fold(HEADER_SECTION)


def cited_identity_second(
    store: IndexStore, scored: list[tuple[int, float]], cited: set[str]
) -> list[tuple[int, float]]:
    """``scored`` (best first) with the number-line passage of each ``cited`` document (at most
    ``CITED_MOST``, by document id for a stable order) right after the first passage."""
    if not scored or not cited or len(cited) > CITED_MOST:
        return scored
    info = store.chunk_info
    lines = sorted(
        (c.doc_id, c.ordinal, v)
        for v, c in info.items()
        if c.doc_id in cited and c.closing and vt.fold(c.heading) == _HEADER
    )
    first: dict[str, int] = {}
    for doc, _, v in lines:
        first.setdefault(doc, v)
    if not first:
        return scored
    moved = set(first.values())
    rest = [(v, s) for v, s in scored if v not in moved]
    if not rest:
        return scored
    top = rest[0][1]
    return rest[:1] + [(v, top) for v in first.values()] + rest[1:]
