"""Time checks: whether quoted sentences write the time a question asks for.

A deadline question needs a time limit ("trước ngày 20/5/2026", "quý III/2026") or a duration ("05 ngày
làm việc"); an event question any date or period, a day when it asks "ngày nào?"; a time limit is not an
event's day. A cited document's date ("Kết luận số 62-KL/TW, ngày 08/12/2009") is no answer to either,
except to a question about that document's own date when it is not loaded (``writes_cited_date``). The
planner's abstention checks, its quote weighting and the retrieval preference for an event's day
(``Corpus``) read these.
"""

from __future__ import annotations

import re

from assistant.text import DASHED_DATE, find_doc_numbers, fold

# A date or period as directives write them: "20/5/2026", "ngày 15 tháng 3", "tháng 02/2026", "quý III",
# "năm 2026" after a time preposition, "05 ngày làm việc", "45 days".
_TIME_RE = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\bngay\s+\d{1,2}\b|\bthang\s+\d{1,2}\b|\bquy\s+[ivx1-4]+\b|"
    r"\b(?:truoc|sau|den|tu|trong|nam)\s+(?:nam\s+)?(?:19|20)\d{2}\b|\b\d+\s+(?:ngay|thang|tuan|nam|gio)\b|"
    r"\b(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\b|\b\d+\s+(?:days?|months?|weeks?|years?)\b"
)


# A cited document's date, right after its number or after its issuer ("Công văn số 1849/BGDĐT-GDPT của Bộ
# GDĐT ngày 10 tháng 4 năm 2026").
_CITED_DATE_RE = re.compile(
    r"^[\s,]*(?:(?:của|do)\s+(?:[^\s,.;:]+\s+){1,8}?)?,?\s*(?:ngày|ngay)?\s*(?:\d{1,2}(?:\s*/\s*|\s+tháng\s+)"
    r"\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}|" + DASHED_DATE + ")"
)
_DURATION_RE = re.compile(
    r"\b\d+\s+(?:ngay|thang|tuan|gio)(?:\s+lam viec)?\b|\b\d+\s+(?:days?|months?|weeks?)\b"
)


def without_citations(sentence: str) -> str:
    """The sentence with every document number and the date right after it blanked ("Kết luận số
    62-KL/TW, ngày 08/12/2009"): a cited document's date is not a time the question can be answered by."""
    out = sentence
    for _, a, b in find_doc_numbers(sentence):
        m = _CITED_DATE_RE.match(sentence[b:])
        end = b + (m.end() if m else 0)
        out = out[:a] + " " * (end - a) + out[end:]
    return out


def writes_cited_date(sentences: list[str], refs: list) -> bool:
    """Whether a sentence writes one of the referenced documents' numbers followed by its date ("Chỉ thị số
    35-CT/TW, ngày 14/6/2024"): the only place a document not loaded states its date."""
    for s in sentences:
        for number, _, b in find_doc_numbers(s):
            digits = re.match(r"\d+", number)
            if (
                digits
                and any(r.digits == str(int(digits.group(0))) for r in refs)
                and _CITED_DATE_RE.match(s[b:])
            ):
                return True
    return False


# "ngày nào?", "hôm nào?", "what date": the question asks a day, which a year or a month does not answer.
_ASKS_DAY_RE = re.compile(r"\b(?:ngay nao|hom nao|ngay bao nhieu|ngay may|what date|which day|on what day)\b")
_DAY_RE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\b|\bngay\s+\d{1,2}\b|\b\d+\s+ngay\b")


def asks_day(question: str) -> bool:
    """Whether the question asks for a day ("... ngày nào?"), not only a year, month or period."""
    return bool(_ASKS_DAY_RE.search(fold(question)))


# "... vào năm nào?", "năm bao nhiêu?", "in which year": the question asks the year of something (folded).
_ASKS_YEAR_RE = re.compile(r"\b(?:nam nao|nam bao nhieu|nam may|which year|what year)\b")
# A year as written in a date or a period ("2027", "05/9/2027", "2022 - 2027"), folded.
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A clause of a sentence for an event's year: its own ";"-separated part (a term's years after "; ... trong
# nhiệm kỳ 2027 - 2032" are another clause's), not the comma that joins an event to its term.
_YEAR_CLAUSE_CUT_RE = re.compile(r"[;\n]|(?<=[.!?])\s")


def asks_year(question: str) -> bool:
    """Whether the question asks for a year ("... tổ chức vào năm nào?", "in which year")."""
    return bool(_ASKS_YEAR_RE.search(fold(question)))


def year_clauses(text: str) -> list[str]:
    """The clauses of a text (cut at ";", line breaks and sentence ends) that write a year (19xx, 20xx):
    where an event named in the same clause is dated by it ([] when none writes one)."""
    return [c for c in _YEAR_CLAUSE_CUT_RE.split(without_citations(text)) if _YEAR_RE.search(c)]


# "... khi nào kết thúc?", "... đến khi nào?", "hết hạn ngày nào?", "when does it end": the question asks
# where a span ends, not where it starts (nor both: "bắt đầu và kết thúc khi nào?"). "Hạn chót / hạn cuối /
# muộn nhất / chậm nhất" asks the latest day, which an act held "từ ngày X đến ngày Y" has in Y (session 25:
# "Hạn chót tổ chức hội nghị hiệp thương ...?" of "được tổ chức trong khoảng thời gian từ ... đến ...").
_ASKS_END_RE = re.compile(
    r"\b(?:ket thuc|den (?:khi nao|bao gio|ngay nao|thang nao|luc nao)|het han|cham dut|han chot|han cuoi"
    r"|muon nhat|cham nhat|(?:when|what date)"
    r" (?:does|did|will) .{1,60} (?:end|finish|close))\b"
)
_MENTIONS_START_RE = re.compile(r"\b(?:bat dau|tu (?:khi nao|bao gio|ngay nao|thang nao)|start|begin)")


# A field line dating the document's own work: "1. Thời gian triển khai: từ ngày 01/3 đến hết tháng 5/2026",
# "Thời gian thực hiện: ...", "- Thời gian: ..." (folded). It names no act of its own: the act and the thing
# acted on are the document's subject ("Kế hoạch tổ chức phong trào thi đua ...").
_OWN_TIME_FIELD_RE = re.compile(
    r"^[\W\d]*(?:[a-z][.)]\s*)?(?:thoi gian|thoi diem)"
    r"(?:\s+(?:trien khai|thuc hien|to chuc|dien ra|phat dong))?(?:\s+(?:chung|du kien))?\s*:"
)


def own_time_field(sentence: str) -> bool:
    """Whether ``sentence`` is a field line giving the time of the document's own work ("Thời gian triển
    khai: từ ngày 01/3 đến hết tháng 5/2026"); read with the document's subject line, it says when that is
    done."""
    return bool(_OWN_TIME_FIELD_RE.match(fold(sentence)))


def asks_end(question: str) -> bool:
    """Whether the question asks when a span ends ("Phong trào ... khi nào kết thúc?"), and not also when it
    starts: the end a "từ ... đến ..." span writes answers it (``deadlines.span_end``)."""
    folded = fold(question)
    return bool(_ASKS_END_RE.search(folded)) and not _MENTIONS_START_RE.search(folded)


# "bắt đầu (từ) khi nào?", "từ bao giờ?", "when does it start?": the question asks when something begins, a
# start ("bắt đầu từ tháng 4/2026", "từ ngày 01/6") and not a time limit answers it (trial 37 d11; folded).
_ASKS_START_RE = re.compile(
    r"\b(?:bat dau(?: tu)?|tu) (?:khi nao|bao gio|luc nao|thoi diem nao|ngay nao|thang nao)\b"
    r"|\bwhen (?:does|do|did|will) .* (?:start|begin)\b|\b(?:start|begin)s? when\b"
)


def asks_start(question: str) -> bool:
    """Whether the question asks when something begins ("... bắt đầu từ khi nào?"), which any time written
    answers, not only a time limit."""
    return bool(_ASKS_START_RE.search(fold(question)))


# Units of a length of time a question may ask a count of ("trong bao nhiêu ngày?", "mấy tháng?", "bao
# lâu?"; ``QueryInfo.amount_unit``'s first word, ``amounts.DURATION`` for "bao lâu").
LENGTH_UNITS = frozenset({"ngay", "thang", "tuan", "nam", "thoi gian", "days", "months", "weeks", "years"})


# "mấy giờ?", "lúc mấy giờ", "what time": the question asks the hour of the day, which a date does not answer.
_ASKS_HOUR_RE = re.compile(r"\b(?:may gio|gio nao|what time)\b")
# An hour as directives write it: "7 giờ 30 phút", "7h30", "14h", "8 giờ 00".
_HOUR_RE = re.compile(r"\b\d{1,2}\s*(?:gio|h)(?:\s*\d{2}\b|\b)")


def asks_hour(question: str) -> bool:
    """Whether the question asks the hour of an event ("diễn ra lúc mấy giờ?"), not only its day."""
    return bool(_ASKS_HOUR_RE.search(fold(question)))


def writes_hour(text: str) -> bool:
    """Whether the text writes an hour of the day ("lúc 7 giờ 30 phút", "14h00"; a count of hours, "30
    giờ", reads as one too)."""
    return bool(_HOUR_RE.search(fold(text)))


# Months coordinated under one year written once, after the last ("vào tháng 7 và tháng 11/2026", "tháng 3,
# tháng 6 và tháng 9 năm 2026"): each month is of that year (trial 37 d08: a report due twice a year).
_SHARED_YEAR_RE = re.compile(
    r"(?i)(tháng|thang)\s+(\d{1,2})(?=(?:\s*(?:,|và|va|hoặc|hoac)\s*(?:tháng|thang)\s+\d{1,2}(?!\s*/\s*\d{1,2}\s*/))+"
    r"\s*(?:/\s*|\s+năm\s+|\s+nam\s+)((?:19|20)\d{2})\b)"
)


def _with_shared_year(sentence: str) -> str:
    """The sentence with the year of coordinated months written after each ("tháng 7 và tháng 11/2026" ->
    "tháng 7/2026 và tháng 11/2026"), as the deadline grammar reads a month only with its year."""
    return _SHARED_YEAR_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}/{m.group(3)}", sentence)


# A duty's time written as a part of a quarter or a month, with no year: the same time each year ("Định kỳ
# hằng năm (vào cuối quý III), ... lập dự trù kinh phí": library6 dev l6-party-06; "đầu tháng 12"), which
# the obligations grammar reads as no time limit (folded)
_PART_OF_PERIOD_RE = re.compile(
    r"\b(?:cuoi|dau|giua)\s+(?:quy\s+(?:iv|iii|ii|i|[1-4])|thang\s+(?:1[0-2]|0?[1-9]))\b"
)


# "trước ngày nào?", "hôm nào?", "which date": the question asks a day, which a part of a quarter does not
# name (folded)
_ASKS_DATE_RE = re.compile(r"\b(?:ngay nao|hom nao|ngay bao nhieu|ngay may|which date|what date)\b")


def asks_date(question: str) -> bool:
    """Whether the question asks a day ("phải xong trước ngày nào?"), not any time of the year ("vào thời
    điểm nào?", "lúc nào?"): ``writes_time``'s ``periodic`` times do not answer it."""
    return bool(_ASKS_DATE_RE.search(fold(question)))


def writes_time(
    sentences: list[str], deadline: bool = False, day: bool = False, periodic: bool = False
) -> bool:
    """Whether one of the sentences writes a time the question can be answered by, cited documents' dates
    aside: for a deadline (``deadline=True``) a time limit of the obligations grammar (``find_deadlines``:
    "trước ngày 20/5/2026", "quý III/2026") or a duration ("05 ngày làm việc"); for an event any date or
    period (``_TIME_RE``), a day ("20/3", "ngày 20") when ``day`` (the question asks "ngày nào?").
    ``periodic``: a deadline may also be a part of a quarter or month with no year (``_PART_OF_PERIOD_RE``,
    "vào cuối quý III" each year), for a question asking when in the year, not which day (``asks_date``)."""
    from assistant.obligations.deadlines import find_deadlines

    for s in sentences:
        plain = without_citations(s)
        if deadline:
            if find_deadlines(_with_shared_year(plain)) or _DURATION_RE.search(fold(plain)):
                return True
            if periodic and _PART_OF_PERIOD_RE.search(fold(plain)):
                return True
        elif (_DAY_RE if day else _TIME_RE).search(fold(plain)):
            return True
    return False


# A time stated by the event it waits for ("đợt 2 phần còn lại sau khi nghiệm thu", "đợt 1 là 50% khi hoàn
# thành phần móng"; folded), not by a date: what answers "khi nào?" where a document sets no date. Not a
# question word ("khi nào") nor a need ("khi cần thiết", "khi có yêu cầu": whenever, no event).
_CONDITION_RE = re.compile(
    r"\b(?:ngay sau khi|sau khi|ngay khi|truoc khi|khi)\s+(?!nao\b|can\b|co yeu cau\b)\w"
)
# the clauses of a sentence (a condition belongs to the clause it is written in)
_CLAUSE_CUT_RE = re.compile(r"[,;:]")


def condition_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (cut at commas, semicolons and colons) that state a time by the event it
    waits for (``_CONDITION_RE``): "đợt 2 phần còn lại sau khi nghiệm thu"."""
    return [c for c in _CLAUSE_CUT_RE.split(sentence) if _CONDITION_RE.search(fold(c))]


# How a time limit opens ("trước ngày", "chậm nhất", "hạn", "đến ngày", "xong", "không quá").
_LIMIT_RE = re.compile(r"(?:truoc|cham nhat|han|den|xong|hoan thanh|khong qua)\b")
# ... or what is written right before it: a cue ("trước", "chậm nhất là") or a label ("Thời hạn: 25/8/2027",
# "Hạn chót:"), as a table row or a field writes it.
_LIMIT_BEFORE_RE = re.compile(
    r"(?:(?:thoi han|han chot|han cuoi|han nop|han gui|deadline)\W*|"
    r"(?:truoc|cham nhat(?: la)?|han chot(?: la)?|den|xong|hoan thanh)\s*)$"
)


def time_key(text: str) -> frozenset[str]:
    """The numbers a time expression writes: "vào ngày 02/02/2026" and "trong ngày 02/02/2026" are one time,
    "30 ngày" and "60 ngày" two."""
    return frozenset(re.findall(r"\d+", text))


def limit_before(folded: str, start: int) -> bool:
    """Whether the time at ``folded[start:]`` is written as a time limit by the words right before it."""
    return bool(_LIMIT_BEFORE_RE.search(folded[max(0, start - 20) : start]))


# The letterhead's place and date ("Hà Tĩnh, ngày 02 tháng 3 năm 2026", after "Số: 58/KH-MTTQ-BTT" when the
# two share a line): when the document was issued, not when what it plans takes place.
_ISSUE_LINE_RE = re.compile(
    r"(?:^|(?<=\s))[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w.]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w.]*){0,4},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
    r"\s+năm\s+\d{4}"
)


# A year written after a noun it qualifies, folded: "đề thi tốt nghiệp năm 2025", "Kinh nghiệm ôn thi năm
# 2025" name which exam, not when an event is held; a year is an event's time after a word placing it in
# time ("trong năm 2026", "vào năm 2027", "cuối năm 2026", "từ năm ...") or standing alone ("Năm 2026, ...")
_QUALIFYING_YEAR_RE = re.compile(r"(?<=[a-z] )nam\s+(?:19|20)\d{2}\b")
_PLACING_WORDS = frozenset(
    {"trong", "vao", "tu", "den", "truoc", "sau", "cuoi", "dau", "giua", "het", "hang", "moi", "nay", "toi"}
)


def _without_qualifying_years(folded: str) -> str:
    def keep(m: re.Match[str]) -> str:
        before = folded[: m.start()].split()
        return m[0] if before and before[-1] in _PLACING_WORDS else " "

    return _QUALIFYING_YEAR_RE.sub(keep, folded)


def without_issue_line(sentence: str) -> str:
    """``sentence`` with its letterhead place and date ("Hà Tĩnh, ngày 02 tháng 3 năm 2026") blanked: the
    document's issue date, no time of anything it says."""
    return _ISSUE_LINE_RE.sub(" ", sentence)


def writes_event_time(sentence: str, day: bool = False) -> bool:
    """Whether the sentence writes an event's time (a day when ``day``): a date or period that is neither
    a cited document's date, the letterhead's place and date, nor a time limit ("trước ngày 10/02/2026" is
    when something is due, not when the event is held), nor a year qualifying a noun ("đề thi tốt nghiệp
    năm 2025": which exam; trial 36 t36-15)."""
    from assistant.obligations.deadlines import find_deadlines

    folded = fold(_ISSUE_LINE_RE.sub(" ", without_citations(sentence)))
    for m in sorted(find_deadlines(folded), key=lambda m: -m.start):
        if _LIMIT_RE.match(m.deadline.text) or limit_before(folded, m.start):  # "vào ngày ..." is the event's
            folded = folded[: m.start] + " " + folded[m.end :]
    return bool((_DAY_RE if day else _TIME_RE).search(folded if day else _without_qualifying_years(folded)))




def writes_date(sentence: str) -> bool:
    """Whether a sentence writes a date or period (``writes_time``), a length aside: "niêm yết ... trong 05
    ngày" says how long an act lasts, no day it is due by (``untimed_step``)."""
    return writes_time([_DURATION_RE.sub(" ", fold(without_citations(sentence)))])
