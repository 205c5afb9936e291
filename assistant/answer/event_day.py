"""The day of the event a question names, against the day of the event its first line's quote is about.

"Cuộc họp ngày 20/12/2019 của Bộ Chính trị ... do đồng chí nào chủ trì?" names its meeting by its day; a
quote "Ngày 27/11/2014, đồng chí ... chủ trì Hội nghị sơ kết ..." is about another meeting, and its chair
read as the answer is a confident wrong first line (library6 l6-party-40). ``other_event_day`` tells it:
the question writes an event word ("họp", "hội nghị", "lễ" ... ``phrases.json`` event_words) before a day
("ngày 20/12/2019", "ngày 20 tháng 12 năm 2019"), the quote writes the day of an event it names (a day
after an event word, or a day opening a sentence that names an event), and none of the quote's event days
is the question's. A document's date ("Kết luận số 62-KL/TW, ngày 08/12/2009") is no event's day; a quote
writing no event day tells nothing and keeps its line.

In the answer step: ``plan_finish.shown_lead`` drops a first line other than a time that cites such a quote
(``cites_other_event_day``), whichever stage read it.
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.lexicon.phrases import event_kinds

# "ngày 20/12/2019", "ngày 20-12", "ngày 20 tháng 12 năm 2019" (with diacritics, any case)
_DAY_RE = re.compile(
    r"(?<![\wÀ-ỹđĐ])[Nn]gày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*(\d{4}))?(?!\d)"
)
# The words before a day that may name its event: the same clause, at most this many characters back
_EVENT_WINDOW = 60
# A document's number right before its date ("số 62-KL/TW, ngày ...", "Hướng dẫn 12/HD-MTTQ ngày ...")
_DOC_NUMBER_BEFORE_RE = re.compile(r"\d+\s*[-/][\w/.-]*[A-ZĐ][\w/.-]*\)?\s*,?\s*$")
# What may stand before a day opening a sentence ("- Ngày ...", "Vào ngày ...", "Sáng ngày ...")
_OPENING_RE = re.compile(r"(?:^|[.!?:;\n]\s*)[-+•*\s]*(?:(?:vào|sáng|chiều|tối|trưa)\s+)?$", re.IGNORECASE)


def _key(m: re.Match[str]) -> tuple[int, int, str]:
    return int(m.group(1)), int(m.group(2)), m.group(3) or ""


def _same_day(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether two days are one: day and month equal, and the years too when both write one."""
    return a[:2] == b[:2] and (not a[2] or not b[2] or a[2] == b[2])


def _clause_before(text: str, start: int) -> str:
    """The words of ``text`` before ``start`` in its clause, at most ``_EVENT_WINDOW`` characters."""
    before = text[max(0, start - _EVENT_WINDOW) : start]
    return re.split(r"[;.!?\n]", before)[-1]


def asked_event_days(question: str) -> list[tuple[int, int, str]]:
    """``(day, month, year or "")`` of each day the question writes right after an event word of its
    clause ("Cuộc họp ngày 20/12/2019 ..." -> [(20, 12, "2019")]); [] for a question naming no event by
    its day, or typed without diacritics (``event_kinds``)."""
    return [_key(m) for m in _DAY_RE.finditer(question) if event_kinds(_clause_before(question, m.start()))]


def quote_event_days(quote: str) -> list[tuple[int, int, str]]:
    """``(day, month, year or "")`` of each day ``quote`` writes as an event's: after an event word of its
    clause, or opening a sentence that names an event ("Ngày 27/11/2014, đồng chí ... chủ trì Hội nghị
    ..."); never a document's date after its number ("Kết luận số 62-KL/TW, ngày 08/12/2009")."""
    out = []
    for m in _DAY_RE.finditer(quote):
        before = quote[: m.start()]
        if _DOC_NUMBER_BEFORE_RE.search(before):
            continue
        if _OPENING_RE.search(before):
            rest = re.split(r"[.!?\n]", quote[m.end() :])[0]
            if event_kinds(rest):
                out.append(_key(m))
        elif event_kinds(_clause_before(quote, m.start())):
            out.append(_key(m))
    return out


def other_event_day(question: str, quote: str) -> bool:
    """Whether ``quote`` is about another event than the one the question names by its day: both write an
    event's day (``asked_event_days``, ``quote_event_days``) and none of the quote's is the question's."""
    asked = asked_event_days(question)
    if not asked:
        return False
    written = quote_event_days(quote)
    return bool(written) and not any(_same_day(a, w) for a in asked for w in written)


def cites_other_event_day(lead_lines: list[str], question: str, book: CitationBook, language: str) -> bool:
    """Whether a first line other than a time or deadline cites a quote about another event than the one
    ``question`` names by its day (``other_event_day``). A time line is kept: its quote's day may be what
    follows the asked event ("Ngày 30/12, các đơn vị gửi báo cáo kết quả hội nghị")."""
    timed = tuple(f"{render.label(k, language)}:" for k in ("time", "deadline"))
    lines = [line for line in lead_lines if not line.startswith(timed)]
    cited = {int(n) for line in lines for n in re.findall(r"\[(\d+)\]", line)}
    return any(other_event_day(question, c.quote) for c in book.citations if c.n in cited)
