"""The lead body a quoted passage states as a field ("Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã"),
for a "who leads" question no duty clause answered.

A plan lists each of its events as fields ("- Thời gian: ... - Thành phần: ... - Đơn vị chủ trì: ... -
Kết quả: ..."), which no duty clause holds: "Ai chủ trì hội nghị hiệp thương lần hai ...?" is answered by
the field of the first quote when that passage is the event asked (library dev lmht-03), with the same
guards as a place read from the first quote (``parts.place_lead``).
"""

from __future__ import annotations

import re

from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.parts import label, off_round
from assistant.answer.terms import Terms, overlap, writes_head
from assistant.models import Citation
from assistant.text import fold

# "Đơn vị chủ trì: X" as a field of its own: opening a line or a list item ("- Đơn vị chủ trì: ..."), or after
# a full stop or semicolon; its value runs to the next item's dash, a full stop, a semicolon or the line's end
_LEAD_FIELD_RE = re.compile(
    r"(?:^|\n|[;.]\s+|(?<!\S)[-–+•]\s*)(?:Đơn vị chủ trì|Cơ quan chủ trì|Chủ trì)\s*:\s*"
    r"([^;\n|]{2,120}?)(?=\s+[-–+]\s|\.(?:\s|$)|;|\n|\||$)"
)


def field_lead(
    terms: Terms,
    cited: Citation,
    reading: str | None,
    language: str,
    about: str = "",
    head: list[str] | None = None,
    question_text: str = "",
) -> list[str]:
    """``["Chủ trì: Ban Thường trực Ủy ban MTTQ xã [1]"]``: the one lead body the first quote writes in a
    "Đơn vị chủ trì / Chủ trì / Cơ quan chủ trì:" field. [] when it writes none or two different ones;
    when the passage, read with its section and the document's subject line (``about``), covers less
    than ``figures.FIGURE_MIN_OVERLAP`` of the question; when it is on another round than the one asked
    ("lần thứ nhất" for "lần hai", ``index.lexical.round_match``); or when the event's head words
    (``head``: ``checks.event_head``, "hiệp thương" of "hội nghị hiệp thương ...") are not written in it:
    the lead of another event is no answer."""
    text = reading or cited.quote
    found = (m.group(1).strip().rstrip(".").strip() for m in _LEAD_FIELD_RE.finditer(text))
    values = list(dict.fromkeys(found))
    if len(values) != 1 or len(values[0]) < 3:
        return []
    where = f"{cited.section or ''} {text}"
    if overlap(terms, f"{where} {about}") < FIGURE_MIN_OVERLAP:
        return []
    if reading and reading != cited.quote and overlap(terms, cited.quote) < FIGURE_MIN_OVERLAP:
        return []  # a table row is one task of many: the row itself must be the task asked
    if off_round(where, terms, question_text) or head and not writes_head(where, head):
        return []
    if fold(values[0]) in fold(question_text):
        return []  # the body the question names is not its answer
    return [f"{label('lead', language)}: {values[0]} [{cited.n}]"]
