"""A bound asked (the least or the most of a figure) and the quote that writes that bound.

"Theo Quy định 294-QĐ/TW, người vào Đảng phải từ bao nhiêu tuổi?" asks the minimum age; the first quote
was the rule on "những người trên 60 tuổi" (another case, whose figure describes who the rule is for) and
its "trên 60 tuổi" was given as the answer, while the rule for the asked case writes "phải đủ 18 tuổi đến
đủ 60 tuổi": the minimum is the range's lower end. A figure answers a bound question only when its quote
writes it as a bound of the asked direction: after a bound word ("tối thiểu", "ít nhất", "không dưới",
"đủ" for a minimum; "tối đa", "không quá" for a maximum), "từ N ... trở lên", or as the matching end of a
range ("từ 16 đến 30 tuổi", "18 - 35 tuổi"). A figure after "trên"/"dưới" qualifies a case ("người trên 60
tuổi") and answers no bound. Every unit (tuổi, năm, tháng, ngày, người, %, ...) reads alike. The direction
asked is ``query.bounds.asked_bound``'s.
"""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.answer import render
from assistant.answer.citations import Citation, CitationBook
from assistant.lexicon.bound_words import bound_alternation
from assistant.query.bounds import asked_bound

# the units a bound is written in (folded), longest first so "trieu dong" wins over "dong"
_UNITS = (
    r"(?:trieu dong|ty dong|phan tram|dang vien chinh thuc|dang vien|hoi vien|doan vien|thanh vien|cu tri|"
    r"dai bieu|uy vien|nam tuoi dang|tuoi|nam|thang|tuan|ngay|gio|nguoi|ho|lan|buoi|cuoc|dot|phieu|dong|%)"
)
# the units of a measure (folded): a figure answers a question asking one of them only in that unit ("bao
# nhiêu tuổi" is not "30 năm"); a count's noun may be written otherwise ("bao nhiêu người" - "55 cử tri")
_MEASURES = {"tuoi", "nam", "thang", "tuan", "ngay", "gio", "%", "phan tram", "dong", "trieu dong", "ty dong"}
_NUM = r"\d[\d.,/]*"
# a range: "từ đủ 18 tuổi đến đủ 60 tuổi", "từ 16 đến 30 tuổi", "18 - 35 tuổi" (folded)
_RANGE_RE = re.compile(
    rf"(?<![\w])(?:tu\s+)?(?P<lo>(?:du\s+)?(?P<lo_n>{_NUM})\s*(?P<lo_u>{_UNITS}(?![a-z]))?)\s*"
    rf"(?:den|toi|-|–)\s*(?P<hi>(?:du\s+)?(?P<hi_n>{_NUM})\s*(?P<hi_u>{_UNITS})(?![a-z]))"
)
# a bound word before its figure (folded): "tối thiểu 02 người", "ít nhất là 2/3", "không quá 03 hội viên"
# (the Vietnamese inclusive words of ``lexicon.bound_words``); "đủ 18 tuổi" for a minimum; a figure with
# the bound after it, "từ 3 người trở lên" ("min"), "5.000 dân trở xuống" ("max")
_GAP = r"\s+(?:[^\W\d_]+\s+){0,2}?"
_FIGURE = rf"{_NUM}\s*(?:{_UNITS}(?![a-z]))?"
_WORDED = {
    bound: re.compile(
        r"\b(?:" + bound_alternation(bound, inclusive=True, language="vi") + ")" + _GAP + rf"(?P<a>{_FIGURE})"
        + (
            rf"|(?<!khong )(?<!chua )\b(?P<b>du\s+{_NUM}\s*{_UNITS})(?![a-z])"
            r"(?!\s*(?:den|toi|-|–)\s*(?:du\s+)?\d)"
            if bound == "min"
            else ""
        )
        + rf"|(?<![\w.,/])(?P<c>{_FIGURE})\s+(?:[^\W\d_]+\s+)"
        + "{0,3}?(?:"
        + bound_alternation(bound, side="after", language="vi")
        + r")\b"
    )
    for bound in ("min", "max")
}
# the unit a question asks its figure in (folded): "bao nhiêu tuổi", "ít nhất mấy người"
_ASKED_UNIT_RE = re.compile(rf"\b(?:bao nhieu|may)\s+(?P<u>{_UNITS})(?![a-z])")


def _unit(figure: str) -> str:
    m = re.search(rf"{_UNITS}(?![a-z])\s*$", figure)
    return m.group(0) if m else ""


def figure_unit(figure: str) -> str:
    """The unit (folded, one of ``_UNITS``) a figure as written ends in ("50.000.000 đồng" -> "dong",
    "03 hội viên" -> "hoi vien"); "" when it names none."""
    return _unit(vt.fold(figure).strip())


def _bound_spans(folded: str, bound: str, unit: str) -> list[tuple[int, int, int]]:
    """(match start, figure start, figure end) of each figure the folded text writes as ``bound``."""
    found: list[tuple[int, int, int]] = []
    for m in _RANGE_RE.finditer(folded):
        name = "lo" if bound == "min" else "hi"
        end_unit = m.group(f"{name}_u") or m.group("hi_u")
        if unit and end_unit != unit:
            continue
        found.append((m.start(), m.start(name), m.end(name)))
    for m in _WORDED[bound].finditer(folded):
        name = next(g for g in ("a", "b", "c") if m.groupdict().get(g))
        if unit and _unit(m.group(name)) != unit:
            continue
        found.append((m.start(), m.start(name), m.end(name)))
    return sorted(found)


def writes_as_bound(text: str, bound: str, unit: str, numbers: list[str]) -> bool:
    """Whether ``text`` writes a figure with the digits ``numbers`` as ``bound`` in ``unit`` ("" for any)."""
    folded = vt.fold(text)
    for _, start, end in _bound_spans(folded, bound, unit):
        if re.findall(r"\d+", folded[start:end]) == numbers:
            return True
    return False


def written_bounds(text: str, bound: str) -> list[str]:
    """Every figure ``text`` writes as a ``bound`` ("min" / "max"), in any unit, in order, as written
    ("tối đa 30.000.000 đồng/hội viên" -> ["30.000.000 đồng"])."""
    folded = vt.fold(text)
    same = len(folded) == len(text)
    source = text if same else folded
    return [source[start:end].strip() for _, start, end in _bound_spans(folded, bound, "")]


def written_bound(text: str, bound: str, unit: str = "") -> str | None:
    """The first figure ``text`` writes as a ``bound`` ("min" / "max") as written ("đủ 18 tuổi",
    "không quá 03 hội viên" -> "03 hội viên"), in the unit ``unit`` (folded, "" for any); None when it
    writes none. A range's lower end is its minimum, its upper end its maximum."""
    folded = vt.fold(text)
    found = _bound_spans(folded, bound, unit)
    if not found:
        return None
    _, start, end = min(found)
    written = text[start:end] if len(folded) == len(text) else folded[start:end]
    if bound == "min" and _unit(vt.fold(written)) == "" and not written.endswith("%"):
        m = next((m for m in _RANGE_RE.finditer(folded) if m.start("lo") == start), None)
        if m is not None:  # "từ 16 đến 30 tuổi": the lower end takes the range's unit
            hi_u = text[m.start("hi_u") : m.end("hi_u")] if len(folded) == len(text) else m.group("hi_u")
            written = f"{written.strip()} {hi_u}"
    return written.strip()


def asked(folded_question: str) -> tuple[str, str] | None:
    """(bound, unit) a folded question asks ("min", "tuoi" for "phải từ bao nhiêu tuổi?"; unit "" when it
    names none of ``_UNITS``), or None when it asks no single bound."""
    bound = asked_bound(folded_question)
    if bound is None:
        return None
    m = _ASKED_UNIT_RE.search(folded_question)
    return bound, m.group("u") if m and m.group("u") in _MEASURES else ""


def bound_quote(citations: list[Citation], shown: str, bound: str, unit: str) -> tuple[int, str] | None:
    """(number, figure as written) of the first citation shown in the answer body ``shown`` whose quote
    writes the asked bound (``written_bound``); None when none does."""
    for c in citations:
        if f"[{c.n}]" not in shown:
            continue
        found = written_bound(c.quote, bound, unit)
        if found:
            return c.n, found
    return None


def states_same(lead_lines: list[str], figure: str) -> bool:
    """Whether the first line already gives the figure ``figure`` (its numbers all written there)."""
    numbers = re.findall(r"\d+", figure)
    line = " ".join(lead_lines)
    return bool(numbers) and all(re.search(rf"(?<!\d){n}(?!\d)", line) for n in numbers)


def bound_line(found: str, language: str) -> str:
    """The first line stating the bound, cited as [1] (its quote is made the first)."""
    return f"{render.label('figure', language)}: {found} [1]"


def checked(
    folded_question: str, lead_lines: list[str], body: str, book: CitationBook, language: str
) -> tuple[list[str], str, dict[int, int] | None]:
    """(first line, body, renumbering or None) for a question asking a bound (``asked``) whose first line
    is one figure ("Số liệu: ... [1]"): kept when quote [1] writes that figure as the asked bound; else the
    line of the first quote of [1]'s document shown in ``body`` that writes the bound, its quote made [1]
    (``CitationBook.lead_with``; the caller moves it first in the body with the returned renumbering); else
    no first line (another case's figure, "những người trên 60 tuổi", is no answer). Other questions and
    lines are returned unchanged."""
    bound_asked = asked(folded_question)
    label = f"{render.label('figure', language)}:"
    if bound_asked is None or len(lead_lines) != 1 or not lead_lines[0].startswith(label):
        return lead_lines, body, None
    if not book.citations:
        return [], body, None
    first = book.citations[0]
    same_doc = [c for c in book.citations if c.doc.doc_id == first.doc.doc_id]
    said = re.findall(r"\d+", re.sub(r"\[\d+\]\s*$", "", lead_lines[0].split(":", 1)[-1]))
    if not said:
        return lead_lines, body, None  # a figure written in words ("hai mươi lăm tuổi") is not read here
    if writes_as_bound(first.quote, bound_asked[0], bound_asked[1], said):
        return lead_lines, body, None  # the first line's figure is written as the bound asked
    found = bound_quote(same_doc, body, *bound_asked)
    if found is None:
        return [], body, None
    if found[0] == first.n and states_same(lead_lines, found[1]):
        return lead_lines, body, None
    return [bound_line(found[1], language)], body, book.lead_with(found[0])
