"""Where a document's signer is written in its signature, for a verbatim citation: not in an appendix after
the signature that lists the signer among others ("1 | Võ Văn Dũng | Chủ tịch Hội CCB xã | Trưởng ban"),
which the name's last occurrence would cite (newcomer trial 47: the plan's signer line cited its Ban chỉ đạo
list)."""

from __future__ import annotations

from assistant.models import Document
from assistant.parse.closing import SIGNATURE_HEADINGS
from assistant.text import fold

_SIGNATURE = frozenset(fold(h) for h in SIGNATURE_HEADINGS)


def signature_span(doc: Document, name: str) -> tuple[int, int] | None:
    """``(start, end)`` offsets in ``doc.text`` of ``name`` (as written, exact) inside the document's
    signature section (a section titled by ``parse.closing.SIGNATURE_HEADINGS``), its last occurrence
    there; None when the document has no such section or the section does not write the name."""
    for sec in doc.sections:
        if fold(sec.title) not in _SIGNATURE and not (sec.path and fold(sec.path[-1]) in _SIGNATURE):
            continue
        at = doc.text.rfind(name, sec.start, sec.end)
        if at >= 0:
            return at, at + len(name)
    return None
