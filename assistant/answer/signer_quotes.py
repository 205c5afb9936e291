"""A signer's first line is quoted from the document it names: "Who signed the Women's Union mid-year review
report?" answered "Signed by: ... — Báo cáo 14/BC-HPN [1]" quotes that report's signature block, not another
document's passages that the question's other words found (the English gloss "review" -> "sơ kết" found a
notice's "Hội nghị sơ kết"; newcomer trial 47 q16)."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead
from assistant.models import Hit
from assistant.parse.closing import SIGNATURE_HEADINGS
from assistant.query import QueryInfo
from assistant.text import fold

_SIGNATURE = frozenset(fold(h) for h in SIGNATURE_HEADINGS)
_CITED_RE = re.compile(r"\[(\d+)\]")


def signed_hits(hits: list[Hit], lead: FactLead | None, book: CitationBook) -> list[Hit]:
    """The hits a signer's first line may be quoted with: those of the section its line cites (the first
    citation it writes, ``book``'s numbering: the signature, or a copy's note), else those of the signature
    section of that document, else that document's hits in rank order.
    ``hits`` unchanged when the line is not a signer's (``FactLead.kind``), cites no booked document, or
    no hit is of that document."""
    if lead is None or lead.kind != "signer" or lead.obligation is not None or not lead.lines:
        return hits
    m = _CITED_RE.search(lead.lines[0])
    if m is None or not 0 < int(m.group(1)) <= len(book.citations):
        return hits
    cited = book.citations[int(m.group(1)) - 1]
    own = [h for h in hits if h.chunk.doc_id == cited.doc.doc_id]
    if not own:
        return hits
    same = [h for h in own if h.chunk.chunk_id == cited.chunk_id or h.chunk.section_label() == cited.section]
    return same or [h for h in own if fold(h.chunk.heading) in _SIGNATURE] or own


def signed_context(info: QueryInfo, lead_lines: list[str], book: CitationBook, hits: list[Hit]) -> str:
    """The retrieved passages of the documents a signer's answer cites, joined (" " first; "" for any other
    answer): its quotes are the signature alone (``signed_hits``), so the checks reading what the cited
    documents are about (a procedure's topic: "Hướng dẫn quy trình, thủ tục trao Huy hiệu Đảng ... do ai
    ký?") read those documents' retrieved passages too, never another document's."""
    if info.intent != "signer" or not lead_lines or not book.citations:
        return ""
    cited = {c.doc.doc_id for c in book.citations}
    return " " + " ".join(f"{h.chunk.heading} {h.chunk.text}" for h in hits if h.chunk.doc_id in cited)
