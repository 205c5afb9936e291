"""Figures read from a table row's named columns: the column of the year the question asks, the column of
the kind of figure it asks (result, plan), and whether the one year asked is none of the row's columns."""

from __future__ import annotations

import re

from assistant.answer.amount_asked import asked_amount
from assistant.answer.figure_reading import FIGURE_MIN_OVERLAP
from assistant.answer.terms import Terms, overlap
from assistant.text import fold, tone_marks

# A table row as read with its columns named (``parse.tables.labelled_row``): "2. Chỉ tiêu: Diện tích cây
# ăn quả; Đơn vị: ha; Thực hiện 2033: 2.940; Năm 2034: 3.200; Năm 2035: 3.500".
_ROW_LABEL_RE = re.compile(r"^\s*\w{1,4}\.\s+(?=[^;:]{1,80}:\s)")
# a column named by a year ("Năm 2035", "Thực hiện 2033", "Kế hoạch năm 2034"), not by a period
_COLUMN_YEAR_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])(?!\s*[-–]\s*(?:19|20)\d{2})")
# the column holding each row's unit: "Đơn vị", "Đơn vị tính", "ĐVT" (folded)
_UNIT_COLUMN_RE = re.compile(r"^(?:don vi(?: tinh)?|dvt)$")
# a unit in a column's name: "Chỉ tiêu (ha)", "Kinh phí (triệu đồng)"
_NAME_UNIT_RE = re.compile(r"\(([^()]{1,20})\)\s*$")
_CELL_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*\s*%?")


def row_columns(reading: str) -> list[tuple[str, str]]:
    """A table row's (column name, value) pairs from its reading; [] for any other text."""
    if "\n" in reading.strip() or ": " not in reading:
        return []
    body = _ROW_LABEL_RE.sub("", reading.strip(), count=1)
    pairs = []
    for part in body.split("; "):
        name, sep, value = part.partition(": ")
        if not sep or not name.strip() or len(name) > 80:
            return []
        pairs.append((name.strip(), value.strip()))
    return pairs


def year_columns(pairs: list[tuple[str, str]]) -> dict[int, str]:
    """{year: column name} of a row's columns each named by one year; {} unless two columns or more are
    (a table of figures by year: "Thực hiện 2033 | Năm 2034 | Năm 2035")."""
    out: dict[int, str] = {}
    for name, _ in pairs:
        found = _COLUMN_YEAR_RE.findall(name)
        if len(found) == 1:
            out[int(found[0])] = name
    return out if len(out) >= 2 else {}


def year_column_figure(question: str, terms: Terms, reading: str, years: list[int]) -> str | None:
    """The figure of a table of figures by year for the one year a question asks: the value in the column
    of that year in the quoted row, with the row's unit (its unit column's value, "Đơn vị: ha", or a unit
    in a column's name, "Chỉ tiêu (ha)") and the column's name: "3.500 ha (Năm 2035)". None when the quote
    is no such row, when the row covers too little of the question (another indicator), when the year
    asked is no column's (``asked_year_outside``) or when the cell holds no figure."""
    if len(set(years)) != 1 or asked_amount(question) is None:
        return None
    pairs = row_columns(reading)
    columns = year_columns(pairs)
    if not columns or years[0] not in columns:
        return None
    column = year_column_asked(question, pairs, years[0])
    if column is None:
        return None
    named = dict(pairs)
    value = named.get(column, "")
    if not _CELL_FIGURE_RE.fullmatch(value):
        return None
    dated = {n for n, _ in pairs if _COLUMN_YEAR_RE.search(n)}
    rest = "; ".join(f"{n}: {v}" for n, v in pairs if n not in dated)
    if overlap(terms, rest) < FIGURE_MIN_OVERLAP:
        return None
    unit = _legible(next((v for n, v in pairs if _UNIT_COLUMN_RE.match(fold(n).strip(" .:"))), ""))
    if not unit:
        # the unit in the name of the column read, or of a column naming the row ("Chỉ tiêu (ha)"): never
        # another figure column's ("Kinh phí (triệu đồng)" beside "Số đội năm 2026"; trial 45)
        unit = next(
            (
                m.group(1)
                for n, v in pairs
                if (n == column or not _CELL_FIGURE_RE.fullmatch(v)) and (m := _NAME_UNIT_RE.search(n))
            ),
            "",
        )
    if unit and _CELL_FIGURE_RE.fullmatch(unit):
        unit = ""
    if not unit or value.endswith("%"):
        shown = value
    else:
        shown = f"{value}{unit}" if unit in ("%", "‰") else f"{value} {unit}"
    return f"{shown} ({column})"


def _legible(unit: str) -> str:
    """A unit cell as written, or "" when its text is garbled (a PDF cell whose letters overran into
    another's: "hợipệ ut áqcu xảã" for "hợp tác xã"): a word with two tone marks, or a "q" not before
    "u", is no Vietnamese syllable, and a line showing it reads as nonsense (trial 31 q05)."""
    for word in unit.lower().split():
        if tone_marks(word) > 1 or re.search(r"q(?!u)", word):
            return ""
    return unit


# What a results table's figure column holds, by its name (folded): the plan, what was achieved, the share of
# the plan, the amount over it ("Kế hoạch năm 2037 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%)").
PLAN, DONE, SHARE, OVER = "plan", "done", "share", "over"
_COLUMN_KINDS = (
    (SHARE, re.compile(r"%|\b(?:ty le|phan tram|percent)\b")),
    (OVER, re.compile(r"\b(?:vuot|tang|giam|chenh lech|so sanh)\b")),
    (DONE, re.compile(r"\b(?:thuc hien|ket qua|dat duoc|luy ke|da dat|achieved|actual)\b")),
    (PLAN, re.compile(r"\b(?:ke hoach|chi tieu|du kien|plan|target)\b")),
)
# What a question asks of such a row (folded), in the same order: "đạt bao nhiêu % kế hoạch" asks the share,
# "vượt kế hoạch bao nhiêu" the amount over it, "kế hoạch ... bao nhiêu" the plan, "thực hiện / đạt / làm
# được bao nhiêu" what was achieved.
_ASKED_KINDS = (
    (SHARE, re.compile(r"%|\b(?:ty le|phan tram|percent)\b")),
    (OVER, re.compile(r"\b(?:vuot|chenh lech|exceed)\b")),
    (DONE, re.compile(r"\b(?:thuc hien|dat|duoc|ket qua|lam duoc|achieved|actual)\b")),
    (PLAN, re.compile(r"\b(?:ke hoach|chi tieu|du kien|plan|target)\b")),
)


def result_columns(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """{kind: column names} of a results row's figure columns (``_COLUMN_KINDS``); {} unless two kinds or
    more hold a figure (a row of plan and achieved figures, where one number read alone is any of them)."""
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        if not _CELL_FIGURE_RE.fullmatch(value):
            continue
        folded = fold(name)
        kind = next((k for k, rx in _COLUMN_KINDS if rx.search(folded)), None)
        if kind is not None:
            out.setdefault(kind, []).append(name)
    return out if len(out) >= 2 else {}


def kind_column_figure(question: str, terms: Terms, reading: str, kinds: dict[str, list[str]]) -> str | None:
    """The figure of a results row in the one column the question asks (``_ASKED_KINDS``), with the row's
    unit and the column's name: "27,5 km (Thực hiện 6 tháng)"; None when the question names no kind, when
    no column or several are of that kind, or when the row covers too little of the question."""
    folded = fold(question)
    asked = next((k for k, rx in _ASKED_KINDS if rx.search(folded)), None)
    amount = asked_amount(question)
    if asked is None and amount is not None and amount[2]:
        asked = SHARE
    names = kinds.get(asked or "", [])
    if len(names) != 1:
        return None
    pairs = row_columns(reading)
    figure_names = {n for ns in kinds.values() for n in ns}
    rest = "; ".join(f"{n}: {v}" for n, v in pairs if n not in figure_names)
    if overlap(terms, rest) < FIGURE_MIN_OVERLAP:
        return None
    value = dict(pairs)[names[0]]
    unit = _legible(next((v for n, v in pairs if _UNIT_COLUMN_RE.match(fold(n).strip(" .:"))), ""))
    if asked == SHARE:
        shown = value if value.endswith("%") else f"{value}%"
    elif unit and not _CELL_FIGURE_RE.fullmatch(unit):
        shown = f"{value} {unit}"
    else:
        shown = value
    return f"{shown} ({names[0]})"


def asked_year_outside(reading: str, years: list[int], question: str = "") -> bool:
    """Whether the quote is a row of a table of figures by year and the one year the question asks is
    none of its columns' ("... năm 2036?" of "Năm 2034 | Năm 2035"), or is only the year of columns of
    another measure than the one the question names (``question``; "Dư nợ ... năm 2025?" of "Số tổ năm
    2025 | ... | Dư nợ (triệu đồng)": the dư nợ is given for no year; newcomer trial 45 u03): the table
    does not give it."""
    pairs = row_columns(reading)
    columns = year_columns(pairs)
    if not columns or len(set(years)) != 1:
        return False
    if years[0] not in columns:
        return True
    return bool(question) and year_column_asked(question, pairs, years[0]) is None and _names_undated(
        question, pairs
    )


# the words of a column's name that do not say which measure it holds (folded): "Số lượng ... năm 2026"
_COLUMN_FRAME = frozenset("so luong nam thang quy".split())


def _measure_words(name: str) -> set[str]:
    """The words naming the measure of a column (folded), without its unit in brackets, its year and the
    frame words (``_COLUMN_FRAME``): "Số tổ năm 2026" -> {"to"}, "Dư nợ (triệu đồng)" -> {"du", "no"}."""
    bare = _COLUMN_YEAR_RE.sub(" ", re.sub(r"\([^()]*\)", " ", fold(name)))
    return {w for w in re.findall(r"[a-z]+", bare) if w not in _COLUMN_FRAME}


def _named_by(question: str, name: str) -> bool:
    """Whether the question writes every word of the measure a column's name holds (``_measure_words``),
    or asks the unit its name writes in brackets ("bao nhiêu ha" of "Diện tích trồng cây (ha)")."""
    words = _measure_words(name)
    if words and words <= set(re.findall(r"[a-z]+", fold(question))):
        return True
    bracket = _NAME_UNIT_RE.search(name)
    asked = asked_amount(question)
    return bool(bracket and asked and asked[4]) and fold(bracket.group(1)).strip() in asked[4]


def _names_undated(question: str, pairs: list[tuple[str, str]]) -> bool:
    """Whether the question names the measure of a figure column that no year names ("Dư nợ (triệu
    đồng)")."""
    return any(
        _CELL_FIGURE_RE.fullmatch(v) and not _COLUMN_YEAR_RE.search(n) and _named_by(question, n)
        for n, v in pairs
    )


def year_column_asked(question: str, pairs: list[tuple[str, str]], year: int) -> str | None:
    """The column of a row's ``pairs`` holding the figure a question asks for ``year``: of the columns
    that year names ("Số tổ năm 2026", "Thành viên (2026)"), the one whose measure the question names,
    or the only one when the question names none of the row's figure columns. None when it names a column
    no year names ("Dư nợ ... năm 2026?": that figure is not by year), or when no single column is left.
    Source: newcomer trial 45 (q09, u03), a table with several measures by year beside undated ones."""
    dated = [n for n, _ in pairs if str(year) in _COLUMN_YEAR_RE.findall(n)]
    named = [n for n in dated if _named_by(question, n)]
    if len(named) == 1:
        return named[0]
    if named or len(dated) != 1 or _names_undated(question, pairs):
        return None
    return dated[0]

