"""The earlier act a document replaces, read from its effect article.

"Nghị quyết 101/2025/UBTVQH15 thay thế nghị quyết nào trước đây?" is answered by "Văn bản được thay thế:
Nghị quyết số 1186/2021/UBTVQH14 [3]": the quoted passage of the effect article ("Điều 9. Điều khoản thi
hành › 2. Nghị quyết số 1186/2021/UBTVQH14 ... hết hiệu lực từ ngày Nghị quyết này có hiệu lực thi
hành") whose paragraph writes a replacing word (``text.writes_replacement``) and one document number other
than the document's own. Two acts replaced in different quotes, or none written, give no line (library
dev lib-n101-03: no first line).
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.models import Citation, Document
from assistant.text import canonical_doc_number, find_doc_numbers, is_effect_division, writes_replacement

# the kind of act written right before its number ("Nghị quyết số 1186/...", "Quyết định 12/...")
_KIND_BEFORE_RE = re.compile(r"((?:[A-ZĐ][^\W\d_]*)(?:\s+[^\W\d_]+)?)\s+(?:số\s+)?$")


def _paragraph(doc: Document | None, c: Citation) -> str:
    """The document's paragraph (line) holding the quote, else the quote's chunk text."""
    if doc is None or not c.doc_end:
        return c.text
    start = doc.text.rfind("\n", 0, c.doc_start) + 1
    end = doc.text.find("\n", c.doc_end)
    return doc.text[start : end if end >= 0 else len(doc.text)]


def replaced_lead(
    citations: list[Citation], docs: dict[str, Document], language: str
) -> tuple[int, str] | None:
    """(the citation number, the line "Văn bản được thay thế: Nghị quyết số X [n]") of the act the first
    quoted document replaces, from a quote of its effect article; None when no quote of that document's
    effect article writes exactly one other act with a replacing word."""
    if not citations:
        return None
    doc_id = citations[0].doc.doc_id
    own = citations[0].doc.number or ""
    found: dict[str, tuple[int, str]] = {}
    for c in citations:
        if c.doc.doc_id != doc_id or not is_effect_division(c.section or ""):
            continue
        paragraph = _paragraph(docs.get(doc_id), c)
        if not writes_replacement(paragraph):
            continue
        for number, a, b in find_doc_numbers(c.quote):
            if own and canonical_doc_number(own) == number:
                continue  # "Nghị quyết này ..." cites itself by its number
            kind = _KIND_BEFORE_RE.search(c.quote[:a])
            written = c.quote[a:b]
            shown = f"{kind.group(0).strip()} {written}" if kind else written
            found.setdefault(number, (c.n, shown))
    if len(found) != 1:
        return None
    n, shown = next(iter(found.values()))
    return n, f"{render.label('replaced', language)}: {shown} [{n}]"
