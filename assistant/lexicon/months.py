"""Months: the month a question names, and the months a passage's schedule item is for.

A plan often sets out its work month by month ("Tháng 1: Các chi hội rà soát ...", "Tháng 4 - 5: Tập huấn
...", "Từ tháng 7 đến tháng 8: ...", a table whose rows read "Tháng: 9; Nội dung: ..."). Every item then
shares the plan's words, and the only thing telling them apart is the month: a question naming one ("Tháng 9
... làm gì?", "trong tháng Năm", "what happens in May") is answered by the item of that month, and another
month's item is no answer to it. Nothing here names a document or a phrasing of one.

- ``asked_months``: the months a question names as the time it asks about (not a length, "6 tháng"; not a
  day's month, "ngày 15 tháng 3"; not "tháng mấy?");
- ``item_months``: the months of a schedule item, read from its opening label only (None for a unit that
  opens with no month label);
- ``months_written``: every month a text writes ("tháng 9", "tháng 4 - 5", "15/9/2038", "9/2038").
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import fold, normalize

# Month words after "tháng", with diacritics (a question typed without them keeps only its figures: folded,
# "tháng năm" is also "months and years", "tháng tư" "tháng từ").
_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "một một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_FOLDED_WORDS = {fold(w): n for w, n in _WORDS.items() if fold(w) not in ("nam", "tu", "ba", "hai", "mot")}
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

_WORD_ALT = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
# "tháng 9", "tháng Năm": not after "ngày 15" (a day), "mỗi / hằng" (a rate), nor before "lần" (twice a month)
_ASKED_VI = re.compile(
    rf"(?<!\w)tháng\s+(\d{{1,2}}|{_WORD_ALT})(?!\w)(?!\s*(?:/\s*\d{{1,2}}\s*/|lần|\d))",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"(?:ngày|ngay|mùng|mồng)\s+\d{1,2}\s*$|(?:mỗi|hằng|hàng|các|mấy|vài)\s*$", re.I)
_ASKED_FOLDED = re.compile(
    rf"(?<!\w)thang\s+(\d{{1,2}}|{'|'.join(_FOLDED_WORDS)})(?!\w)(?!\s*(?:/\s*\d|lan))"
)
_DAY_BEFORE_FOLDED = re.compile(r"(?:ngay|mung|mong)\s+\d{1,2}\s*$|(?:moi|hang|cac|may|vai)\s*$")
_EN_RE = re.compile(
    r"\b(?:(?:in|during|for|by|of|until|till|before|after|from|to|through)\s+)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)

# A schedule item's opening month label, folded: "Tháng 9:", "Tháng 4 - 5:", "Tháng 11, 12:", "Từ tháng 7
# đến tháng 8:", "Tháng 9/2038:", "Tháng 9 năm 2038 -", a table row's reading "Tháng: 9;" or "Thời gian:
# Tháng 9;".
_NUM = rf"(?:\d{{1,2}}|{'|'.join(sorted(_FOLDED_WORDS, key=len, reverse=True))}|nam|tu|ba|hai|mot)"
_YEAR = r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
_ITEM = re.compile(
    rf"\s*(?:[-+•*–]\s*|(?:\d+(?:\.\d+)*|[a-z])[.)]\s*)?"
    rf"(?:(?:thoi gian|thoi diem|thang)\s*:\s*)?(?:tu\s+)?(?:trong\s+)?thang\s*:?\s*({_NUM}){_YEAR}"
    rf"((?:\s*(?:-|–|den|toi|va|,|;)\s*(?:thang\s+)?{_NUM}{_YEAR})*)"
    r"\s*(?:[:|;–]|-(?!\s*\d)|\.(?!\d))"
)
_MORE = re.compile(rf"\s*(-|–|den|toi|va|,|;)\s*(?:thang\s+)?({_NUM})")
# any month a text writes: "tháng 9", "tháng 4 - 5", a day "15/9/2038" or "15-9-2038", "9/2038"
_WRITTEN = re.compile(
    rf"(?<!\w)thang\s+({_NUM})(?!\w)((?:\s*(?:-|–|den|toi|va|,)\s*(?:thang\s+)?\d{{1,2}}(?![\d/]))*)"
)
_DATE = re.compile(r"(?<![\d/])(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{4})(?![\d/])")


def _value(word: str) -> int | None:
    if word.isdigit():
        n = int(word)
        return n if 1 <= n <= 12 else None
    return _FOLDED_WORDS.get(word) or _WORDS.get(word) or {"nam": 5, "tu": 4, "ba": 3, "hai": 2}.get(word)


def asked_months(question: str) -> frozenset[int]:
    """The months a question names as its time ("Tháng 9 ... làm gì?", "trong tháng Năm", "in May"); empty
    when it names none, or only a day's month, a length ("6 tháng") or asks which month ("tháng mấy?")."""
    out: set[int] = set()
    text = normalize(question)
    accented = text != fold(text)
    if accented:
        for m in _ASKED_VI.finditer(text):
            if _DAY_BEFORE.search(text[: m.start()]):
                continue
            word = m.group(1).lower()
            if word == "năm" and re.match(r"\s*\d", text[m.end() :]) and not m.group(1)[0].isupper():
                continue  # "tháng năm 2038": the month word left out, "năm" is the year's
            n = _value(word) if word.isdigit() else _WORDS.get(word)
            if n:
                out.add(n)
    else:
        folded = fold(question)
        for m in _ASKED_FOLDED.finditer(folded):
            if _DAY_BEFORE_FOLDED.search(folded[: m.start()]):
                continue
            n = _value(m.group(1))
            if n:
                out.add(n)
    for m in _EN_RE.finditer(question):
        name = m.group(1)
        if name == "May" and not m.group(0).lower().startswith(
            ("in ", "during ", "of ", "until ", "till ", "before ", "after ", "from ", "through ")
        ):
            if not re.match(r"\s*\d", question[m.end() :]):
                continue  # "May the Union ...": the verb
        out.add(ENGLISH_MONTHS[name.lower()])
    return frozenset(out)


def _span(first: int, sep_values: list[tuple[str, int]]) -> set[int]:
    out = {first}
    last = first
    for sep, n in sep_values:
        if sep in ("-", "–", "den", "toi") and n > last:
            out.update(range(last, n + 1))  # "Tháng 4 - 5", "từ tháng 7 đến tháng 9": every month between
        else:
            out.add(n)
        last = n
    return out


@lru_cache(maxsize=8192)
def item_months(text: str) -> frozenset[int] | None:
    """The months of a schedule item by its opening label ("Tháng 4 - 5: Tập huấn ..." -> {4, 5}); None
    when the text opens with no month label."""
    m = _ITEM.match(fold(text[:120]))
    if not m:
        return None
    first = _value(m.group(1))
    if first is None:
        return None
    more = [(s, v) for s, w in _MORE.findall(m.group(2)) if (v := _value(w)) is not None]
    return frozenset(_span(first, more))


def item_label(text: str) -> tuple[str, int] | None:
    """The opening month label of a schedule item and the offset in ``text`` where its content starts
    ("Tháng 4 - 5: Các chi hội tập huấn ..." -> ("Tháng 4 - 5", 13)); None when the text opens with no
    month label (``item_months``). The label is the item's time: the months its work is done in."""
    from assistant.text import fold_chars

    m = _ITEM.match(fold_chars(text[:120]))
    if not m or _value(m.group(1)) is None:
        return None
    label = text[: m.end()].rstrip(":|;–-. ").lstrip(" -+•*–")
    end = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    return label, end


@lru_cache(maxsize=8192)
def months_written(text: str) -> frozenset[int]:
    """Every month a text writes: "tháng 9", "tháng 4 - 5" (4 and 5), a day or month with its year
    ("15/9/2038", "9/2038")."""
    folded = fold(text)
    out: set[int] = set()
    for m in _WRITTEN.finditer(folded):
        first = _value(m.group(1))
        if first is None:
            continue
        more = [(s, v) for s, w in _MORE.findall(m.group(2)) if (v := _value(w)) is not None]
        out |= _span(first, more)
    for m in _DATE.finditer(folded):
        n = int(m.group(1))
        if 1 <= n <= 12:
            out.add(n)
    return frozenset(out)


def month_match(text: str, asked: frozenset[int]) -> bool | None:
    """Whether a schedule item is for a month asked: True when its label covers one, False when it is
    another month's item, None when the text is no month item (or no month is asked)."""
    if not asked:
        return None
    months = item_months(text)
    if months is None:
        return None
    return bool(months & asked)
