"""The clause of a sentence that writes a sum: what a money question's matter must be read in.

A sentence joining two acts with ';' ("Hội ... trồng 600 cây xanh trong Tháng Thanh niên; vận động hội viên
giúp đỡ 9 hộ ... với tổng số tiền 46.500.000 đồng") gives its sum to the act of its own clause only: the
event named in the other clause is not what the money was for (newcomer trial 40 u1). A table row is one
clause whatever it writes: its cells read with their columns' names are joined by "; "
(``parse.tables.labelled_row``), and the row's label names the item of every cell (the rule read at the
clause level broke right table-row answers in session 22, tests/test_money_matter.py,
tests/test_figure_items.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.terms import content_tokens
from assistant.text import column_counted

_CLAUSE_SEP_RE = re.compile(r";\s*")
# the lead-in of an item ("2. Phong trào giúp nhau giảm nghèo: ..."): the words before the sentence's
# first colon name what every clause after it is about
_LEAD_IN_RE = re.compile(r"^[^;:]{1,160}:\s")
_CELL_SEP = "|"


def sum_clauses(sentence: str, holds: Callable[[str], bool], row: bool = False) -> list[str]:
    """The clauses of ``sentence`` (split at ';') for which ``holds`` (a clause -> whether it writes the
    sum asked) is true, each with the sentence's lead-in before its first colon when it has one; the
    sentence whole when it is a table row (``row``: read from a row's labelled cells, or it holds the
    cell separator '|'), has one clause, or no clause alone holds the sum (a sum written across a ';').
    Shape: a non-empty list of strings."""
    if row or _CELL_SEP in sentence:
        return [sentence]
    parts = [p for p in _CLAUSE_SEP_RE.split(sentence) if p.strip()]
    if len(parts) < 2:
        return [sentence]
    lead = _LEAD_IN_RE.match(sentence)
    prefix = lead.group(0) if lead else ""
    held = [p if (not prefix or p.startswith(prefix)) else f"{prefix}{p}" for p in parts if holds(p)]
    return held or [sentence]


def without_lead_in(before: str) -> str:
    """The words written before a figure in its clause (``figure_checks._before``) without the item's lead-in
    ending in a colon ("1. Công tác xây dựng tổ chức Hội: Toàn Hội hiện có 6 chi hội với " -> " Toàn Hội
    hiện có 6 chi hội với "): the lead-in names the item, its verbs ("xây dựng", "tổ chức") are not what
    the figure counts (newcomer trial 40 f3: the membership total was read as a count of an act). A column's
    name right before its value ("Số hội viên: ") is kept: nothing follows its colon."""
    head, sep, rest = before.rpartition(":")
    return rest if sep and rest.strip() else before




# a figure standing as a word of its own: "254", "1.250", "15,5" - not a code's digits ("Mẫu: B02", "Số:
# 12-KH/ĐTN" is a name's, tests/test_count_qualifiers.py)
_FIGURE_RE = re.compile(r"(?<![\w/-])\d[\d.,]*(?![\w/-])")


def other_column_named(reading: str, value: str, named: Callable[[tuple[str, ...]], bool]) -> bool:
    """Whether a table row read with its columns' names ("Chi hội: Tổng cộng; Số hội viên: 254; Kết nạp
    mới: 11") has a column of figures other than the one holding ``value`` (the figure as stated, "Số hội
    viên: 254" or "254") whose name the question writes whole (``named``: the content words of a column's
    name -> ``item_heads.label_named`` over the question's terms): "Tổng cộng kết nạp mới bao nhiêu hội
    viên?" asks the column "Kết nạp mới", whose cells write no unit, not "Số hội viên: 254" that writes the
    question's noun (a wrong first line found writing the tests for newcomer trial 40 f3). A row is one
    clause: its columns are told apart by their names only. A column whose cell holds no number (the
    row's label, "Chi hội: Tổng cộng", or a code, "Mẫu: B02") is no other figure."""
    number = re.findall(r"\d[\d.,]*", value)
    if not number:
        return False
    cells = [(name, cell) for name, sep, cell in (p.partition(": ") for p in reading.split("; ")) if sep]
    own = [n for n, c in cells if re.search(rf"(?<![\d.,]){re.escape(number[-1])}(?![\d,]|\.\d)", c)]
    if len(own) != 1:
        return False
    return bool(_named_columns(cells, own[0], named))


def _named_columns(
    cells: list[tuple[str, str]], own: str, named: Callable[[tuple[str, ...]], bool]
) -> list[tuple[str, str]]:
    """The (name, cell) pairs of figures columns other than ``own`` whose name the question writes whole,
    the counting head a column's name opens with ("Số", "Tổng số": ``text.column_counted``) aside: the
    column "Số được công nhận" is named by "... hội viên được công nhận ..." (newcomer trial 42 q11)."""
    out = []
    for name, cell in cells:
        words = tuple(content_tokens(column_counted(name.rsplit(". ", 1)[-1])))
        if name != own and _FIGURE_RE.search(cell) and words and named(words):
            out.append((name, cell))
    return out


def asked_column(reading: str, value: str, named: Callable[[tuple[str, ...]], bool]) -> str | None:
    """The figure ("Số được công nhận: 14") of the one column other than the one holding ``value`` whose
    name the question writes (``other_column_named``), when exactly one is: "Toàn xã có tổng cộng bao nhiêu
    hội viên được công nhận?" of a total row "Số hội viên: 412; Số đề nghị: 16; Số được công nhận: 14"
    asks the act's column, not the one writing only its counted noun (newcomer trial 42 q11); None when no
    such column or several are named."""
    number = re.findall(r"\d[\d.,]*", value)
    if not number:
        return None
    cells = [(name, cell) for name, sep, cell in (p.partition(": ") for p in reading.split("; ")) if sep]
    own = [n for n, c in cells if re.search(rf"(?<![\d.,]){re.escape(number[-1])}(?![\d,]|\.\d)", c)]
    if len(own) != 1:
        return None
    hits = _named_columns(cells, own[0], named)
    if len(hits) != 1:
        return None
    name, cell = hits[0]
    return f"{name.rsplit('. ', 1)[-1].strip()}: {cell.strip()}"
