"""A day asked, a time counted from an event given.

"Cuộc hiệp thương thứ hai ở xã phải xong muộn nhất ngày nào ...?" answered "Thời hạn: Chậm nhất là 21 ngày
trước ngày bầu cử" (a law's rule, another clause's at that; library4 l4-mttq-26): a question asking a day
("ngày nào", ``times.asks_day``) is not answered by a line that writes no day, only an offset from an event
("N ngày trước ngày bầu cử", "sau khi kết thúc hội nghị"). The plan that dates the act answers it, or the
first line is left to the quotes (which still show the rule): no first line is better than a wrong one.
Read folded (``assistant.text.fold``).
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.times import asks_day
from assistant.text import fold

# A day written: "03/02/2026", "3-2", "ngày 03", "03 tháng 02" (folded)
_DAY_WRITTEN_RE = re.compile(
    r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngay\s+\d{1,2}\b|(?<!\d)\d{1,2}\s+thang\s+\d{1,2}\b"
)
# A time counted from an event: "21 ngày trước ngày bầu cử", "05 ngày làm việc kể từ", "trước ngày bầu cử",
# "sau khi kết thúc" (folded)
_OFFSET_RE = re.compile(
    r"\b\d+\s+(?:ngay|tuan|thang)(?:\s+lam viec)?\s+(?:truoc|sau|ke tu)\b"
    r"|\b(?:truoc|sau|ke tu)\s+(?:ngay|khi)\s+(?!\d)[a-z]"
)


def offset_for_day(lines: list[str], question: str, language: str) -> bool:
    """Whether ``question`` asks a day and a time or deadline line of ``lines`` (the first line's, "Thời
    hạn: ...") gives only a time counted from an event, no day (``_OFFSET_RE``, ``_DAY_WRITTEN_RE``): that
    line is then no answer. False when the question asks no day or a line writes one."""
    if not asks_day(question):
        return False
    heads = tuple(f"{render.label(k, language)}:" for k in ("time", "deadline"))
    said = [fold(line.split(":", 1)[1]) for line in lines if line.startswith(heads)]
    return bool(said) and not any(_DAY_WRITTEN_RE.search(s) for s in said) and any(
        _OFFSET_RE.search(s) for s in said
    )
