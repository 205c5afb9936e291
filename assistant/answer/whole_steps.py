"""A procedure's steps quoted whole: "... gồm những bước nào?" is answered by every step, in order.

A guide writes a procedure as "Bước 1: ...", "Bước 2: ...", each step a paragraph of its own, and a long
one spills over two chunks; the quote selection keeps the sentences within a share of the best score, and
the first step, glued to its heading ("3. Quy trình xét chọn Bước 1: ..."), scores far above the others,
so a step could be left out (newcomer trial 42 q09: Bước 1, 3, 4 quoted, Bước 2 not). When the question
asks the steps, every scored step of the same document and section as a chosen step is quoted, the steps
in the document's order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.sentence_scores import Span

# a step's label opening a sentence, after its heading if any, on its line or glued to it as a PDF's
# text runs it ("2. Quy trình ... Bước 1: ..."): "Bước 1:", "Bước 2.", "Bước II -"
_STEP_RE = re.compile(r"(?:^|\s)Bước\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.)\-–]", re.IGNORECASE)
# at most this many steps are quoted (a procedure longer than that is read in its document)
MAX_STEPS = 8


def _is_step(span: Span) -> bool:
    return bool(_STEP_RE.search(span.text))


def _where(span: Span) -> tuple[str, tuple[str, ...]]:
    """The document and the section holding a step: its path without the steps' own ("Bước 2" is a
    section of its own where the outline reads the steps as headings)."""
    return span.chunk.doc_id, tuple(p for p in span.chunk.section_path if not _STEP_RE.match(f"{p}:"))


def with_whole_steps(chosen: list[Span], spans: list[Span]) -> list[Span]:
    """``chosen`` with every other step ("Bước N: ...") of ``spans`` (the scored sentences) that shares a
    chosen step's document and section, the steps of each procedure put in the document's order where its
    first chosen step stood; ``chosen`` itself when it quotes no step. Shapes: lists of ``Span``."""
    places = {_where(s) for s in chosen if _is_step(s)}
    if not places:
        return chosen
    out: list[Span] = []
    placed: set[tuple[str, tuple[str, ...]]] = set()
    for s in chosen:
        where = _where(s)
        if not (_is_step(s) and where in places):
            out.append(s)
            continue
        if where in placed:
            continue
        placed.add(where)
        steps = {(x.chunk.chunk_id, x.start): x for x in spans if _is_step(x) and _where(x) == where}
        steps.update({(x.chunk.chunk_id, x.start): x for x in chosen if _is_step(x) and _where(x) == where})
        ordered = sorted(steps.values(), key=lambda x: (x.chunk.start + x.start, x.end))[:MAX_STEPS]
        # one list: as strong as its best step and ranked as its best ranked, so that the answer shows the
        # steps in their order (``extractive.compose`` orders a document's quotes by score, rank, place)
        top, rank = max(x.score for x in ordered), min(x.rank for x in ordered)
        out.extend(replace(x, score=top, rank=rank) for x in ordered)
    return out
