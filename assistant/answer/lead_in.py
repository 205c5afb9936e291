"""The lead-in a quoted sentence is read under in its own paragraph: words that describe it though it does
not write them.

"2.2. Về khắc phục hậu quả mưa lũ: Ủy ban nhân dân xã chỉ đạo ...; Ủy ban Mặt trận ... hỗ trợ 14 hộ ...,
mỗi hộ tối thiểu 5.000.000 đồng." is about the floods, as its item's label says; "Chín tháng đầu năm 2027,
tình hình ... ổn định. Thu ngân sách ... đạt 6,8 tỷ đồng" gives the revenue of those nine months, as the
paragraph's opening period says; the row "3 | Chi hội ấp Rạch Tràm | 55 | 9" is read under its table's
title ("PHÂN BỔ ĐẠI BIỂU DỰ ĐẠI HỘI ..."). A sentence elsewhere in the document that writes those words is
no rival for the question's words they cover (``figure_checks._rival``; trial 39 q05, q09, n5).
"""

from __future__ import annotations

import re

from assistant.models import Hit
from assistant.text import opening_period, sentence_spans

# An item's label heading its paragraph, through its colon: "2.2. Về khắc phục hậu quả mưa lũ:" (an optional
# numbering label, then a short phrase with no sentence end and no figure).
_LABEL_RE = re.compile(r"^\s*(?:[\dIVXivx]+(?:\.\d+)*[.)]\s+|[a-zđ]\)\s+|[-+•]\s*)?([^:.;\d\n]{3,80}):\s")
# at most this many words in an item's label: a longer run before a colon is a sentence introducing a list
LABEL_MAX_WORDS = 12
# a table row as a chunk writes it ("3 | Chi hội ấp Rạch Tràm | 55 | 9")
_ROW_RE = re.compile(r"\S\s*\|\s*\S|^\s*\|")
# the title lines read above a table: at most this many paragraphs, each at most this long (characters)
TITLE_MAX_LINES = 3
TITLE_MAX_CHARS = 160


def lead_in(quote: str, sentence: str, hits: list[Hit], doc_id: str) -> str:
    """The lead-in of ``sentence`` (or of ``quote``, a table row whose ``sentence`` is its reading) in the
    chunk of document ``doc_id`` among ``hits`` that holds it: its paragraph's item label and opening period
    when they come before it, and for a table row the title lines above its table, joined by " ". ""
    when no retrieved chunk holds it or it has none."""
    for h in hits:
        if h.chunk.doc_id != doc_id:
            continue
        text = h.chunk.text
        row = bool(_ROW_RE.search(quote))
        at = text.find(sentence) if sentence.strip() and not row else -1
        if at < 0:
            at = text.find(quote.strip()) if quote.strip() else -1
        if at < 0:
            continue
        if row:
            return _table_title(text, at)
        start = text.rfind("\n", 0, at) + 1
        head = text[start:at]
        parts = []
        label = _LABEL_RE.match(head)
        if label and len(label.group(1).split()) <= LABEL_MAX_WORDS:
            if not sentence_spans(label.group(1))[1:]:
                parts.append(label.group(1))
        period = opening_period(head)
        if period:
            parts.append(period)
        return " ".join(parts)
    return ""


def _table_title(text: str, at: int) -> str:
    """The paragraphs right above the table whose row starts at ``at`` in ``text``, rows skipped: up to
    ``TITLE_MAX_LINES`` short lines (its title, "(Kèm theo ...)"), nearest last."""
    lines = [ln.strip() for ln in text[:at].split("\n") if ln.strip()]
    while lines and _ROW_RE.search(lines[-1]):
        lines.pop()  # the rows above, the header row among them
    title = []
    for ln in reversed(lines):
        if len(title) >= TITLE_MAX_LINES or len(ln) > TITLE_MAX_CHARS or _ROW_RE.search(ln):
            break
        title.append(ln)
    return " ".join(reversed(title))
