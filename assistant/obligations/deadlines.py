"""Deadlines and recurrences as Vietnamese directives write them, turned into ISO date ranges.

"xong trong quý III/2021" -> 2021-07-01..2021-09-30, "trước ngày 30/6/2022" -> ..2022-06-30,
"trong nhiệm kỳ 2021-2026" -> 2021-01-01..2026-12-31, "đến năm 2025" -> ..2025-12-31.
A bare date is not a deadline: "Kết luận số 62-KL/TW, ngày 08/12/2009" cites a document, so day, month
and year phrases count only after a deadline word (trước, trong, đến, vào, chậm nhất, ...) or later in a
sentence opened by a time-limit label ("Thời hạn ...: ngày 23/3/2026"); quarters and periods (giai
đoạn) are deadlines wherever they stand; a term of office (nhiệm kỳ) only after a deadline word ("trong
nhiệm kỳ 2021-2026"), since "đại hội chi hội nhiệm kỳ 2027 - 2032" names the term being elected.

Matching runs on a folded copy of the text that keeps every character in place (``fold_chars``), so
regular expressions stay plain ASCII and offsets point into the original.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.models import Deadline
from assistant.text import fold_chars, normalize

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_B = r"(?<![a-z0-9])"  # word start in folded text
_E = r"(?![a-z0-9])"
_SEP = r"\s*(?:/|-|\s+nam)\s*"  # "6/2021", "6 năm 2021"

# The words that set the last day a thing may be done on ("chậm nhất ngày", "hạn chót là ngày", "hạn cuối
# ngày", "muộn nhất ngày", "không quá ngày", "không muộn hơn ngày"; Công văn replies and reporting rules):
# the day named ends the limit.
_LATEST = (
    r"(?:cham nhat|muon nhat|han chot|han cuoi)(?:\s+la)?(?:\s+(?:vao|truoc|den))?"
    r"|khong (?:qua|muon hon|cham hon)(?:\s+(?:vao|den))?"
)
_CUE = (
    r"(?P<cue>(?:(?:xong|hoan thanh|hoan tat|ket thuc)\s+)?"
    r"(?:truoc|trong|vao|den het|den|" + _LATEST + r"|"
    r"tu nay den|tu nay den het|cuoi|dau|giua|xong trong|xong truoc|xong)\s+)"
)
_QUARTER = r"quy\s+(?P<q>iv|iii|ii|i|[1-4])" + _SEP + r"(?P<qy>\d{4})"
_MONTH = r"thang\s+(?P<m>\d{1,2})" + _SEP + r"(?P<my>\d{4})"
_DAY = r"ngay\s+(?P<d>\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(?P<dm>\d{1,2})" + _SEP + r"(?P<dy>\d{4})"
# right after a cue "ngày" may be left out ("trước 30/6/2027", a time column's "Trước 30/6/2027"; trial
# 25); a label's day keeps it ("hạn chót ... là 01/01/2099" in running text is no labelled limit)
_CUED_DAY = _DAY.replace(r"ngay\s+", r"(?:ngay\s+)?", 1)
_HALF = r"(?P<half>6|sau)\s+thang\s+(?P<part>dau|cuoi)\s+nam\s+(?P<hy>\d{4})"
_YEAR = r"nam\s+(?P<y>\d{4})"
_YEARS = r"\s+(?:tu\s+)?(?:nam\s+)?(?P<y1>\d{4})\s*(?:-|den)\s*(?:nam\s+)?(?P<y2>\d{4})"
_RANGE = r"(?P<kind>giai doan)" + _YEARS
# A term of office names what is elected or planned for ("đại hội chi hội nhiệm kỳ 2027 - 2032"): a time
# limit only with a cue ("trong nhiệm kỳ 2021-2026", "đến hết nhiệm kỳ ...").
_TERM = r"(?P<term>nhiem ky)" + _YEARS

# A span of days or months, "từ 01/6 đến 30/7/2026", "từ ngày 01/11/2026 đến ngày 15/11/2026", "từ tháng 6
# đến hết tháng 8/2026": the whole span is the duty's time (start and end); a start without a year takes the
# end's (the year before when its month is later).
_POINT = (
    r"(?:(?:ngay\s+)?(?P<{p}d>\d{{1,2}})\s*(?:/|-|\s+thang\s+)\s*(?P<{p}m>\d{{1,2}})"
    r"|thang\s+(?P<{p}mo>\d{{1,2}}))(?:" + _SEP + r"(?P<{p}y>\d{{4}}))?"
)
# "từ ngày 23 đến ngày 25 tháng 6 năm 2031", "từ 23 - 25/6/2031": the first day bare, its month and year
# the last day's
_BARE_DAY = r"|(?:ngay\s+)?(?P<abd>\d{1,2})(?![\d/.,])"
_SPAN_RE = re.compile(
    _B
    + r"tu\s+"
    + r"(?:"
    + _POINT.format(p="a")
    + _BARE_DAY
    + r")"
    + r"\s*(?:\s(?:den|toi)(?:\s+het)?\s|\s[-–]\s|[-–])\s*"
    + _POINT.format(p="b").replace(r"(?:" + _SEP + r"(?P<by>\d{4}))?", _SEP + r"(?P<by>\d{4})")
    + _E
)

# Months listed after one cue, the year written once after the last ("vào tháng 7 và tháng 11/2026", "trong
# tháng 3, tháng 6 và tháng 9 năm 2027"): one time of the duty, from the first month to the end of the last
# (trial 37 d08: a report due in two months was read as no time at all).
_MONTH_LIST_RE = re.compile(
    _B
    + _CUE
    + r"thang\s+(?P<lm1>\d{1,2})(?:\s*(?:,|va)\s*(?:thang\s+)?\d{1,2})*?"
    + r"\s*(?:,|va)\s*(?:thang\s+)?(?P<lm2>\d{1,2})"
    + _SEP
    + r"(?P<ly>\d{4})"
    + _E
)

# Quarters, halves and ranges stand on their own; days, months and years need a cue.
_FREE_RE = re.compile(_B + r"(?:" + _CUE + r")?(?:" + _QUARTER + "|" + _HALF + "|" + _RANGE + r")" + _E)
# A day of the week written before a date ("Chủ nhật ngày 05/3/2034", "thứ Sáu, ngày 20/3", "Thứ 7 20/3",
# "T7, 20/3"), folded: part of the time, and never a cut between an hour and its date
WEEKDAY = r"(?:chu\s+nhat|thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|t[2-7]|cn)(?![a-z0-9])"
# the hour before a day ("trước 16 giờ 00 ngày 20/6/2027", "trước 17h00, ngày ...", "trước 17 giờ 00, thứ
# Sáu ngày 20/3/2034"): part of the limit
_HOUR = (
    r"(?:\d{1,2}\s*(?:gio|h|:)\s*(?:\d{2})?(?:\s*phut)?(?:\s*(?:sang|chieu|toi))?\s*,?\s*)?"
    r"(?:" + WEEKDAY + r"\s*,?\s*)?"
)
_CUED_RE = re.compile(
    _B + _CUE + _HOUR + r"(?:" + _CUED_DAY + "|" + _MONTH + "|" + _YEAR + "|" + _TERM + r")" + _E
)

# "Thời hạn gửi báo cáo: ngày 23/3/2026", "Thời gian chậm nhất gửi báo cáo về ... ngày 23/3/2026": a
# label that names a time limit, then (within the sentence) the day or month it ends on. "Thời gian"
# alone is not enough: "Thời gian tổ chức: ngày 26/3" dates an event.
_LABELLED_RE = re.compile(
    _B
    + r"(?:thoi han|han chot|han cuoi|thoi gian cham nhat|thoi gian hoan thanh|thoi diem cham nhat)"
    + _E
    + r"[^.;!?\n]{0,120}?"
    + r"(?P<when>"
    + _DAY
    + "|"
    + _MONTH
    + r")"
    + _E
)

# A time counted from an event ("ngay sau khi kết thúc hội nghị", "trong vòng 05 ngày làm việc kể từ ngày
# chi bộ ra nghị quyết", "chậm nhất 10 ngày sau khi ..."): a time limit with no calendar date (start and
# end None), up to the next punctuation. Party procedures (Hướng dẫn 06-HD/TW, Quy định 294) and election
# plans set most of their limits this way.
_COUNT = r"(?:\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
_UNIT = r"(?:ngay lam viec|ngay|thang|tuan|gio)"
# the event counted from, up to the punctuation or the main clause's verb ("..., phải gửi hồ sơ")
_EVENT = r"\s+[^.;:,\n()]{3,70}"
# where the main clause resumes after the event, read with diacritics ("thì" / "thi đua", "để" / "đề nghị")
_CLAUSE_RESUMES_RE = re.compile(r"\s(?:phải|cần|thì|sẽ|để|được)(?!\w)")
_ANCHOR = r"\s+(?:ke tu|sau khi|sau|truoc)(?:\s+(?:ngay|khi))?" + _EVENT
_RELATIVE_RE = re.compile(
    _B
    + r"(?:ngay(?:\s+lap\s+tuc)?\s+sau\s+khi"
    + _EVENT
    + r"|(?:cham nhat(?:\s+la)?|trong vong|trong thoi han|khong qua)\s+"
    + _COUNT
    + r"\s+"
    + _UNIT
    + r"(?:"
    + _ANCHOR
    + r")?"
    + r"|(?:trong|sau)\s+"
    + _COUNT
    + r"\s+"
    + _UNIT
    + _ANCHOR
    # "trong 03 ngày làm việc": working days count a time limit even with no event to count from (a
    # meeting "diễn ra trong 3 ngày" lasts, it sets no limit)
    + r"|trong(?:\s+thoi\s+gian)?\s+"
    + _COUNT
    + r"\s+ngay lam viec(?![a-z])"
    # "trước 15 ngày của các đợt", "trước 30 ngày làm việc so với ngày tổ chức lễ": a time limit counted back
    # from the event it precedes
    + r"|truoc\s+"
    + _COUNT
    + r"\s+"
    + _UNIT
    + r"\s+(?:cua|so voi)"
    + _EVENT
    # "trước ngày bầu cử 10 ngày", "trước ngày khai mạc đại hội 15 ngày": the count after the event it
    # precedes (an event's name, never a calendar day: "trước ngày 30/4" is read as a date; library dev
    # lib-lmtcd-06)
    + r"|truoc\s+(?:ngay|khi)\s+[a-z][a-z ]{2,60}?\s+\d{1,3}\s+(?:ngay lam viec|ngay|thang|tuan)(?![a-z])"
    + r")"
)

# What lasts for the time a bound gives ("thời hạn vay | không quá 36 tháng", "thời gian hỗ trợ | không quá
# 06 tháng", "thời gian tập huấn | không quá 3 ngày"): a loan's, a support's or a course's length, not a
# limit set on anybody's act ("thời hạn gửi báo cáo không quá 5 ngày" is one).
_LASTING_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:thoi han|thoi gian|ky han)\s+(?:cho\s+)?"
    r"(?:vay|su dung|ho tro|thue|muon|tap su|thu viec|dao tao|tap huan|boi duong|hoc|luu tru|an han|dieu tri)"
    r"(?:\s+[a-z]+){0,2}\s*(?:la\s+)?$"
)

# A day that comes back each period ("trước ngày 22 hằng tháng", "chậm nhất ngày 15 của tháng cuối quý",
# "trước ngày 10 của tháng đầu quý sau", "trước ngày 10/12 hằng năm", "trước ngày 20"): a time limit with
# no one calendar date (start and end None). Reporting rules (chế độ báo cáo) set their limits this way.
_PERIOD_DAY_RE = re.compile(
    _B
    + r"(?:truoc|" + _LATEST + r"|den|vao)\s+ngay\s+\d{1,2}"
    # the day's month, written with a slash or in words ("trước ngày 15 tháng 8 hằng năm"), with no year
    + r"(?:\s*/\s*\d{1,2}(?!\s*/\s*\d)|\s+thang\s+\d{1,2}(?!\d|\s*(?:/|-|nam)\s*\d))?"
    + r"(?:\s+(?:cua\s+)?(?:(?:hang|moi)\s+(?:thang|quy|nam)|thang\s+(?:cuoi|dau)(?:\s+(?:cua|moi))?"
    + r"\s+(?:quy|nam)(?:\s+(?:sau|tiep theo|ke tiep))?|thang\s+(?:sau|tiep theo|ke tiep)))?"
    + r"(?![a-z0-9/-]|\s*(?:/|-|thang\s+\d))"
)

_RECURRENCES: list[tuple[str, str]] = [
    (r"dinh ky\s+(?:hang|moi)\s+nam", "hằng năm"),
    (r"dinh ky\s+(?:hang|moi)\s+quy", "hằng quý"),
    (r"dinh ky\s+(?:hang|moi)\s+thang", "hằng tháng"),
    (
        r"(?:dinh ky\s+)?(?:6|sau)\s+thang\s+(?:mot lan|1 lan)"
        r"|hang\s+(?:6|sau)\s+thang|dinh ky\s+(?:6|sau)\s+thang",
        "6 tháng một lần",
    ),
    (r"(?:hang|moi)\s+nam|nam\s+mot\s+lan", "hằng năm"),
    (r"(?:hang|moi)\s+quy", "hằng quý"),
    (r"(?:hang|moi)\s+thang", "hằng tháng"),
    (r"(?:hang|moi)\s+tuan", "hằng tuần"),
    (r"dinh ky", "định kỳ"),
    # "thường xuyên" as an adverb before a verb, not the adjective in "nhiệm vụ thường xuyên, liên tục".
    # Nor "thường xuyên" after the verb it qualifies, a state ("sinh hoạt thường xuyên tại chi hội", "có
    # mặt thường xuyên ở địa bàn"): a place or a partner follows it, no act.
    (r"thuong xuyen(?=\s+[a-z])(?!\s+(?:lien tuc|cua|va|tai|o|voi|trong|tu)" + _E + ")", "thường xuyên"),
]
_RECURRENCE_RE = [(re.compile(_B + p + _E), label) for p, label in _RECURRENCES]


@dataclass(frozen=True)
class DeadlineMatch:
    """A deadline found in a text, with its span in that text."""

    deadline: Deadline
    start: int
    end: int


@dataclass(frozen=True)
class RecurrenceMatch:
    """A recurrence ("hằng năm", "định kỳ") found in a text: canonical label, span, wording."""

    label: str
    start: int
    end: int
    text: str


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _quarter_range(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _month_range(y, 3 * q)[1]


def _apply_cue(cue: str, span: tuple[date, date]) -> tuple[date | None, date]:
    """What the deadline word does to the period: "trước" ends before it, "đến" ends with it,
    "trong"/"vào"/"xong trong" is the period itself, "cuối"/"đầu" the last or first quarter of it."""
    cue = " ".join(cue.split())
    start, end = span
    if cue.startswith("truoc") or cue.startswith("xong truoc") or cue.endswith("truoc"):
        return None, start - timedelta(days=1) if span[0] != span[1] else end
    if cue.startswith(("den", "cham nhat", "muon nhat", "han chot", "han cuoi", "khong", "tu nay")):
        return None, end
    if cue == "cuoi" and (end - start).days > 200:
        return date(end.year, 10, 1), end
    if cue == "dau" and (end - start).days > 200:
        return start, date(start.year, 3, 31)
    return start, end


def find_deadlines(text: str) -> list[DeadlineMatch]:
    """Every deadline in ``text``, in order, each with its wording and ISO range."""
    folded = fold_chars(text)
    found: list[DeadlineMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _SPAN_RE.finditer(folded):
        span = _span_of_range(m)
        if span is not None:
            wording = Deadline(text[m.start() : m.end()], span[0].isoformat(), span[1].isoformat())
            found.append(DeadlineMatch(wording, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _MONTH_LIST_RE.finditer(folded):
        try:
            y, m1, m2 = int(m.group("ly")), int(m.group("lm1")), int(m.group("lm2"))
            first, last = _month_range(y, m1)[0], _month_range(y, m2)[1]
        except ValueError:
            continue
        if first < last:
            wording = Deadline(text[m.start() : m.end()], first.isoformat(), last.isoformat())
            found.append(DeadlineMatch(wording, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for rx in (_FREE_RE, _CUED_RE):
        for m in rx.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = _span(m)
            if span is None:
                continue
            cue = m.group("cue") or ""
            start, end = _apply_cue(cue, span) if cue else span
            found.append(
                DeadlineMatch(
                    Deadline(
                        text[m.start() : m.end()], start.isoformat() if start else None, end.isoformat()
                    ),
                    m.start(),
                    m.end(),
                )
            )
            taken.append((m.start(), m.end()))
    for m in _LABELLED_RE.finditer(folded):
        a, b = m.start("when"), m.end("when")
        if any(a < e and s < b for s, e in taken):
            continue
        span = _span(m)
        if span is not None:  # the day the limit ends on: "chậm nhất" that day
            found.append(DeadlineMatch(Deadline(text[a:b], None, span[1].isoformat()), a, b))
            taken.append((a, b))
    for m in _RELATIVE_RE.finditer(folded):
        a, b = m.start(), m.end()
        if any(a < e and s < b for s, e in taken):
            continue
        if _LASTING_BEFORE_RE.search(folded, max(0, a - 50), a):
            continue  # "thời hạn vay không quá 36 tháng": how long a loan or a course lasts, no time limit
        if resumes := _CLAUSE_RESUMES_RE.search(text[a:b].lower()):
            b = a + resumes.start()
        elif b - a > 40 and b < len(folded) and folded[b].isalnum():
            b = a + folded[a:b].rfind(" ")  # cut at a word, not inside one
        found.append(DeadlineMatch(Deadline(text[a:b].rstrip(), None, None), a, b))
        taken.append((a, b))
    for m in _PERIOD_DAY_RE.finditer(folded):
        a, b = m.start(), m.end()
        if not any(a < e and s < b for s, e in taken):
            found.append(DeadlineMatch(Deadline(text[a:b], None, None), a, b))
            taken.append((a, b))
    found.sort(key=lambda d: d.start)
    return found


def _span(m: re.Match[str]) -> tuple[date, date] | None:
    g = m.groupdict()
    try:
        if g.get("q"):
            q = _ROMAN.get(g["q"]) or int(g["q"])
            return _quarter_range(int(g["qy"]), q)
        if g.get("half"):
            y = int(g["hy"])
            return (date(y, 1, 1), date(y, 6, 30)) if g["part"] == "dau" else (date(y, 7, 1), date(y, 12, 31))
        if g.get("kind") or g.get("term"):
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (date(y1, 1, 1), date(y2, 12, 31)) if y1 <= y2 else None
        if g.get("d"):
            d = date(int(g["dy"]), int(g["dm"]), int(g["d"]))
            return d, d
        if g.get("m"):
            return _month_range(int(g["my"]), int(g["m"]))
        if g.get("y"):
            y = int(g["y"])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:  # "ngày 31/2/2021": not a date, so not a deadline
        return None
    return None


def _span_of_range(m: re.Match[str]) -> tuple[date, date] | None:
    """First and last day of a "từ ... đến ..." span, or None when it is no span of dates."""
    g = m.groupdict()
    try:
        y2 = int(g["by"])
        if g.get("bd"):
            end = date(y2, int(g["bm"]), int(g["bd"]))
        else:
            end = _month_range(y2, int(g["bmo"]))[1]
        if g.get("abd"):  # a bare first day: the last day's month and year
            if not g.get("bd"):
                return None
            start = date(y2, end.month, int(g["abd"]))
            return (start, end) if start <= end else None
        m1 = int(g["am"] or g["amo"])
        y1 = int(g["ay"]) if g.get("ay") else (y2 if m1 <= end.month else y2 - 1)
        start = date(y1, m1, int(g["ad"])) if g.get("ad") else date(y1, m1, 1)
    except ValueError:
        return None
    return (start, end) if start <= end else None


_SPAN_SEP_RE = re.compile(r"\s(?:den|toi)(?:\s+het)?\s|\s*[-–]\s*")


def span_end(wording: str) -> str | None:
    """The end a "từ ... đến ..." span writes, as an end ("từ ngày 01/3 đến hết tháng 5/2026" -> "đến hết
    tháng 5/2026", "từ 23 - 25/6/2031" -> "đến 25/6/2031"); None when ``wording`` is no such span. What a
    question asking when a thing ends ("... khi nào kết thúc?") is answered with."""
    folded = fold_chars(wording)
    m = _SPAN_RE.search(folded)
    if m is None or _span_of_range(m) is None:
        return None
    b = m.start("bd") if m.group("bd") else m.start("bmo") - len("thang ")
    seps = list(_SPAN_SEP_RE.finditer(folded, m.start(), b + 1))
    if not seps:
        return None
    sep = seps[-1]  # the last joint before the end's point ("từ 01-3 đến 31-5-2026": "đến")
    tail = wording[sep.end() : m.end()].strip()
    joint = wording[sep.start() : sep.end()].strip()
    return f"{joint} {tail}" if joint[:1].isalpha() else f"đến {tail}"


def is_scope_period(match: DeadlineMatch) -> bool:
    """Whether a deadline found is a period of years written with no deadline word ("Đề án ... giai đoạn
    2037 - 2038"): the span a plan or programme covers, named with it, not the time a duty is due by. Where
    the clause also sets a time limit ("..., trình Ban Thường vụ trước ngày 30/6/2037") that limit is the
    duty's (trial 32: the Đề án's period was its deadline)."""
    return fold_chars(match.deadline.text).startswith("giai doan")


def duty_deadlines(text: str) -> list[DeadlineMatch]:
    """``find_deadlines`` of a duty clause with the periods its tasks cover (``is_scope_period``) put after
    the time limits it sets: a period is the duty's time only where nothing else is."""
    found = find_deadlines(text)
    return sorted(found, key=is_scope_period)


def parse_deadline(text: str) -> Deadline | None:
    """The first deadline in ``text`` (a phrase or a whole sentence), or None."""
    found = find_deadlines(text)
    return found[0].deadline if found else None


def find_recurrences(text: str) -> list[RecurrenceMatch]:
    """Recurrences in ``text`` ("định kỳ hằng năm" counts once, as "hằng năm"), in order."""
    folded = fold_chars(text)
    out: list[RecurrenceMatch] = []
    for rx, label in _RECURRENCE_RE:
        for m in rx.finditer(folded):
            if any(m.start() < r.end and r.start < m.end() for r in out):
                continue
            if (
                folded.startswith("moi", m.start())
                and not normalize(text[m.start() : m.start() + 3]) == "mỗi"
            ):
                continue  # folded "moi" is also "mới" ("ban hành mới quy chế"), which is no recurrence
            out.append(RecurrenceMatch(label, m.start(), m.end(), text[m.start() : m.end()]))
    out.sort(key=lambda r: r.start)
    return out


def parse_recurrence(text: str) -> str | None:
    """The canonical label of the first recurrence in ``text`` ("hằng năm", "định kỳ", ...), or None."""
    found = find_recurrences(text)
    return found[0].label if found else None


def parse_date(value: str | date | None) -> date | None:
    """A date from a CLI or API argument: ISO "2021-09-30", "30/9/2021", "9/2021" (month end), "2021"."""
    if value is None or isinstance(value, date):
        return value
    s = value.strip()
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", s):
        y, m, d = (int(x) for x in s.split("-"))
        return date(y, m, d)
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s):
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{4})", s):
        return _month_range(int(m.group(2)), int(m.group(1)))[1]
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 12, 31)
    found = parse_deadline(s) or parse_deadline("trong " + s)
    if found and found.end:
        return date.fromisoformat(found.end)
    raise ValueError(f"not a date: {value!r}")


_FINER_THAN_YEAR_RE = re.compile(r"\b(quy|thang|ngay|quarter|month)\b|\d{1,2}\s*/\s*\d{4}")


def finer_than_year(wording: str) -> bool:
    """Does a deadline name a quarter, month or day ("quý III/2025"), not just a year or a period
    ("giai đoạn 2021-2025")? A bare period may only restate what the question already says."""
    return bool(_FINER_THAN_YEAR_RE.search(fold_chars(wording)))


def restates_period(wording: str, question: str) -> bool:
    """Is a deadline only the year or period the question already states ("giai đoạn 2021-2025" asked
    about "trong giai đoạn 2021-2025")? Then it tells the asker nothing; a quarter, month or day inside
    that period ("quý III/2025") does."""
    if finer_than_year(wording):
        return False
    years = set(re.findall(r"\b\d{4}\b", fold_chars(wording)))
    return years <= set(re.findall(r"\b\d{4}\b", fold_chars(question)))


_CLAUSE_CUT_RE = re.compile(r";|,\s*(?=(?:còn|riêng)\s)", re.I)


def clause_at(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` holding ``pos``: cut at semicolons and at ", còn" / ", riêng" ("X ...
    trong tháng 8/2026; các xã còn lại ... trước ngày 31/10/2026": each date has its own clause)."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_CUT_RE.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return sentence[start:end]
