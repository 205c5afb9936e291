"""An event's time as a sentence writes it: a date, a range of days or a period, with its hour and weekday.

``event_times_in`` finds each date or period of days a sentence writes as an event's time ("ngày
18/11/2026", "từ ngày 20/01 đến ngày 15/02/2026", "26-28/3/2036" in a schedule's cell, "lúc 7 giờ 30,
Chủ nhật ngày 05/3/2034"), cited documents' dates and time limits aside (``times``). Read by ``figures``
(an event's length) and ``event_lead`` (the "Thời gian: ..." line); moved out of ``figures``.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answer.planned_moved import superseded_at
from assistant.answer.times import limit_before, without_citations
from assistant.obligations.amendments import amendment_words
from assistant.obligations.deadlines import WEEKDAY
from assistant.text import DASHED_DATE, fold, fold_chars

# A full date as directives write it ("18/11/2026", "ngày 01 tháng 11 năm 2025", "ngày 20/3"), folded; the
# Party's central bodies write it with dashes ("ngày 02-9-2025", "08-8- 2025": ``text.DASHED_DATE``)
_DATE = (
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|" + DASHED_DATE + r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
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
    # a day that recurs every month: "vào ngày 25 hằng tháng", "ngày 10 hàng tháng" (a standing meeting's
    # day, newcomer trial 39 q20)
    rf"|(?:vao\s+)?(?:(?:luc\s+)?{_CLOCK}\s*,?\s*)?ngay\s+\d{{1,2}}\s+(?:hang|moi)\s+thang\b"
)

# a verb moving an event right before "đến" and its new day ("được lùi đến ngày 25/6/2041", "dời đến ngày
# ..."): the day it takes place, not a time limit (folded)
_MOVED_TO_RE = re.compile(r"\b(?:lui|doi|hoan|chuyen)(?:\s+lai)?\s+(?:den|toi)\s*$")


def event_times_in(sentence: str) -> list[tuple[int, int]]:
    """(start, end) in ``sentence`` of each date or period of days it writes as an event's time, cited
    documents' dates (``times``: "Kết luận số 62-KL/TW, ngày 08/12/2009") and time limits aside."""
    folded = fold_chars(without_citations(sentence)).lower()
    out = []
    for m in _EVENT_TIME_RE.finditer(folded):
        moved_to = _MOVED_TO_RE.search(folded[max(0, m.start() - 20) : m.start()])
        if (limit_before(folded, m.start()) and not moved_to) or dates_issuing(folded, m.start(), m.end()):
            continue
        if replaced_before(folded, m.start()) or superseded_at(folded, m.start()):
            continue  # "được chuyển sang ngày 18/6, thay cho ngày 11/6", "dự kiến ngày 08/10 ..., nay lùi
            # sang ngày 22/10": the time it no longer takes place
        out.append(m.span())
    return out


# The acts of issuing a document, folded: "ban hành", and "ký", "phê duyệt", "thông qua" with the document
# they act on ("ký Quyết định", "phê duyệt Kế hoạch"; "thông qua hình thức trực tuyến" is a means, "nhiệm kỳ"
# folds like "ký"). The common drafting of directives (Quy định 66-QĐ/TW on the Party's documents).
_DOC_KINDS = (
    r"(?:ke hoach|quyet dinh|nghi quyet|chi thi|ket luan|thong bao|thong tri|huong dan|chuong trinh|de an"
    r"|quy dinh|quy che|cong van|van ban|dieu le|to trinh|bao cao)"
)
_ISSUING = r"(?:ban hanh|(?:ky|phe duyet|thong qua)\s+(?:[\w-]+\s+){0,3}?" + _DOC_KINDS + r")\b"
# a date fronting its clause, closed by its comma, whose predicate issues a document ("Ngày 22/4/2049, Ban
# Thường vụ Huyện đoàn ban hành Kế hoạch số 15 về tổ chức Lễ ra quân ..."): no event's own verb between
# ("Hội nghị tổ chức ngày 10/3 và thông qua Nghị quyết ...": the meeting's day)
_ISSUED_AFTER_RE = re.compile(
    r"\s*,\s*(?:(?!dien ra|to chuc|khai mac|bat dau|ket thuc)[^.;:\n]){0,80}?\b" + _ISSUING
)
# ... or a date after its issuing verb ("Kế hoạch ... được ban hành ngày 22/4/2049", "ký ngày ...")
_ISSUED_BEFORE_RE = re.compile(r"\b(?:ban hanh|ky|phe duyet)\s+(?:vao\s+)?(?:ngay\s+)?$")


def dates_issuing(folded: str, start: int, end: int) -> bool:
    """Whether the date at ``folded[start:end]`` (lower-cased ``fold_chars`` text) is when a document was
    issued, signed or approved: it fronts a clause issuing one (``_ISSUED_AFTER_RE``: "Ngày 22/4/2049, Ban
    Thường vụ ... ban hành Kế hoạch ... về tổ chức Lễ ...") or follows the issuing verb ("ban hành ngày
    ..."). Such a date is no time of the event the document is about (trial: an issue date was given as the
    ceremony's day)."""
    return bool(
        _ISSUED_AFTER_RE.match(folded, end) or _ISSUED_BEFORE_RE.search(folded[max(0, start - 30) : start])
    )



# A period of months or quarters, as a plan's timetable writes it (folded): "từ tháng 3 đến tháng 5/2026", "từ
# tháng 6/2026 đến hết tháng 8/2026", "từ quý II đến quý III/2026", "tháng 6 - tháng 8 năm 2026"
_YEAR_AFTER = r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})"
_MONTHS_PERIOD_RE = re.compile(
    rf"(?:(?:tu|bat dau tu|ke tu)\s+)?(?P<unit>thang|quy)\s+(?:\d{{1,2}}|[ivx]+)\b{_YEAR_AFTER}?\s*"
    rf"(?:den|toi|[-–])\s+(?:het\s+)?(?P=unit)\s+(?:\d{{1,2}}|[ivx]+)\b{_YEAR_AFTER}"
)
# what tells a range from one day: "từ ... đến / tới ...", "26-28/3/2036", "02/02/2026 – 15/02/2026" (folded)
_RANGE_RE = re.compile(r"\b(?:den|toi)\b|\d\s*[-–]\s*\d|\d\s+[-–]\s+(?:ngay\s+)?\d")


def period_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) in ``sentence`` of each period with two ends it writes as an event's time: a range of
    days (``event_times_in``'s ranges: "từ ngày 17/12/2025 đến ngày 25/01/2026", "26-28/3/2036") or of
    months or quarters ("từ tháng 6 đến hết tháng 8/2026", "từ quý II đến quý III/2026"); a single day is
    none. Source: how plans write a campaign's or a round's time (trial 37, library dev)."""
    folded = fold_chars(without_citations(sentence)).lower()
    out = [sp for sp in event_times_in(sentence) if _RANGE_RE.search(folded[sp[0] : sp[1]])]
    for m in _MONTHS_PERIOD_RE.finditer(folded):
        opened = m.group(0).startswith(("tu ", "bat dau", "ke tu"))  # "hoàn thành từ quý II đến ...": a span
        if (opened or not limit_before(folded, m.start())) and not any(a <= m.start() < b for a, b in out):
            out.append(m.span())
    return sorted(out)


# A period written in prose, its two days each after the words opening and closing it: "được tiến hành từ
# ngày công bố danh sách chính thức (ngày 22 tháng 02 năm 2026) và kết thúc trước thời điểm bắt đầu bỏ phiếu
# 24h (trước 07h00 ngày 14/3/2026)" (folded)
_POINT_RE = re.compile(rf"(?:(?:truoc|cham nhat(?: la)?)\s+)?{_AT}{_DATE}{_AT_AFTER}")
_OPENS_RE = re.compile(r"\b(?:tu|bat dau|ke tu)\b")
_CLOSES_RE = re.compile(r"\b(?:den|toi|ket thuc)\b")
_PROSE_REACH = 120  # how far before its day a period's opening word may stand (characters)


def prose_period(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans in ``sentence`` of the start and the end of a period it writes in prose ("từ ngày công bố
    ... (ngày 22/02/2026) và kết thúc trước ... (trước 07h00 ngày 14/3/2026)"): exactly two days, an
    opening word ("từ", "bắt đầu") within ``_PROSE_REACH`` before the first and no limit word right before
    it, a closing word ("đến", "kết thúc") between them; None otherwise."""
    folded = fold_chars(without_citations(sentence)).lower()
    points = list(_POINT_RE.finditer(folded))
    if len(points) != 2:
        return None
    first, last = points
    if limit_before(folded, first.start()) or re.match(r"(?:truoc|cham nhat)\b", first.group(0)):
        return None
    if not _OPENS_RE.search(folded[max(0, first.start() - _PROSE_REACH) : first.start() + 4]):
        return None
    if not _CLOSES_RE.search(folded[first.end() : last.start()]):
        return None
    return first.span(), last.span()


@cache
def _replaced_re() -> re.Pattern[str]:
    """The marks of a replaced time right before it (lexicon ``amendments.json`` place_changes
    instead_marks: "thay cho", "thay vì"), folded, with a bracket between ("(thay cho ngày ...)")."""
    words = amendment_words()["place_changes"]["instead_marks"]
    marks = sorted({fold(w) for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in marks) + r")\s*\(?\s*$")


def replaced_before(folded: str, start: int) -> bool:
    """Whether the time at ``folded[start:]`` (lower-cased, folded) is the one a change replaced: written
    right after "thay cho" / "thay vì" ("Hội nghị ... được chuyển sang 8 giờ 00 ngày 18/6/2041, thay cho
    ngày 11/6/2041"). The event takes place at the new time, the other one the sentence writes."""
    return bool(_replaced_re().search(folded[max(0, start - 20) : start]))
