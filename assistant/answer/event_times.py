"""An event's time as a sentence writes it: a date, a range of days or a period, with its hour and weekday.

``event_times_in`` finds each date or period of days a sentence writes as an event's time ("ngày
18/11/2026", "từ ngày 20/01 đến ngày 15/02/2026", "26-28/3/2036" in a schedule's cell, "lúc 7 giờ 30,
Chủ nhật ngày 05/3/2034"), cited documents' dates and time limits aside (``times``). Read by ``figures``
(an event's length) and ``event_lead`` (the "Thời gian: ..." line); moved out of ``figures``.
"""

from __future__ import annotations

import re

from assistant.answer.times import limit_before, without_citations
from assistant.obligations.deadlines import WEEKDAY
from assistant.text import fold_chars

# A full date as directives write it ("18/11/2026", "ngày 01 tháng 11 năm 2025", "ngày 20/3"), folded.
_DATE = (
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
    r"|(?<=ngay )\d{1,2}\s*/\s*\d{1,2}\b)"
)
# the hour and the day of the week before a date ("lúc 7 giờ 30 phút, Chủ nhật ngày 05/3/2034", "17h00 thứ
# Sáu, 20/3/2034"): one time, whose hour is never cut off by the weekday between
_CLOCK = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?"
_AT = rf"(?:(?:(?:luc\s+)?{_CLOCK}\s*,?\s*)?(?:{WEEKDAY}\s*,?\s*)?(?:ngay\s+)?)"
# ... or the hour after it ("ngày 05/3/2034, lúc 7 giờ 30", "ngày 05/3/2034 vào lúc 14h00")
_AT_AFTER = rf"(?:\s*,?\s*(?:vao\s+)?luc\s+{_CLOCK}\b)?"
# "từ ngày 20/01/2026 đến ngày 15/02/2026", "ngày 18/11/2026", "vào 8 giờ 00 ngày 02/02/2026"; a period
# whose first day takes the last day's month and year: "từ ngày 23 đến ngày 25 tháng 6 năm 2031", "từ 23 -
# 25/6/2031" (one time, not the last day alone)
_EVENT_TIME_RE = re.compile(
    rf"(?:(?:tu|bat dau tu|ke tu)\s+{_AT}{_DATE}\s*,?\s*(?:den|toi|-)\s+(?:het\s+)?{_AT}{_DATE})"
    rf"|(?:(?:tu|bat dau tu|ke tu)\s+(?:ngay\s+)?\d{{1,2}}(?![\d/.,])\s*(?:(?:den|toi)\s+(?:het\s+)?|[-–]\s*)"
    rf"{_AT}{_DATE})"
    # a range whose first day writes its month only, as a table cell does: "27/7 - 28/7/2032" (one time,
    # not its last day alone: trial 30 p67)
    rf"|(?:(?:tu|bat dau tu|ke tu)\s+)?(?:ngay\s+)?(?<![\d/.,])\d{{1,2}}\s*/\s*\d{{1,2}}(?![\d/.,])\s*"
    rf"(?:(?:den|toi)\s+(?:het\s+)?|[-–]\s*){_AT}{_DATE}"
    # a range of days of one month written with a dash and no "từ", as a schedule table's cell writes it:
    # "26-28/3/2036" (one time, not its last day alone)
    rf"|(?:ngay\s+)?(?<![\d/.,-])\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}"
    rf"|(?:(?:vao|tu|ke tu|bat dau tu|trong)\s+)?{_AT}{_DATE}{_AT_AFTER}"
)

def event_times_in(sentence: str) -> list[tuple[int, int]]:
    """(start, end) in ``sentence`` of each date or period of days it writes as an event's time, cited
    documents' dates (``times``: "Kết luận số 62-KL/TW, ngày 08/12/2009") and time limits aside."""
    folded = fold_chars(without_citations(sentence)).lower()
    out = []
    for m in _EVENT_TIME_RE.finditer(folded):
        if limit_before(folded, m.start()):
            continue
        out.append(m.span())
    return out

