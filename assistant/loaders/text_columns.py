"""Tab-separated columns in plain text: a letterhead or signature table exported as text.

Word's "save as text" and many converters write a two-column table (letterhead: issuing body | motto,
number | place-date; signature: recipients | capacity, title, name) as one line per row with the cells
separated by tabs: "HỘI NÔNG DÂN TỈNH X\\tĐẢNG CỘNG SẢN VIỆT NAM", "- Lưu VP.\\tNguyễn Văn A". Read as
one line, the right column's text glues onto the left one's ("Lưu VP. Nguyễn Văn A"). Here such lines
become table rows, so the loader gives each cell its ``Block.cell`` like a DOCX table and the letterhead
and signature readers take the columns apart.

A line is a row when text stands on both sides of a tab. Not rows: a tab after a numbering label
("1.\\tMục đích", "Điều 2.\\tGiao ...": Word's list indent) and a tab after a field label ending in ":"
unless capitals follow ("Thời gian:\\t8 giờ" is one field; "Nơi nhận:\\tTM. BAN THƯỜNG VỤ" two columns).
The table runs from its first row to its last among adjacent lines (lines between rows without a tab
are the left column's own lines: "- Thường trực Huyện ủy;"), plus lines right after it that start with
a tab (the right column alone: "\\t\\tCHỦ TỊCH").
"""

from __future__ import annotations

import re

from assistant.text import clean_spaces

_ROW_RE = re.compile(r"\S[ \u00a0]*\t[ \u00a0\t]*\S")
_LABEL_RE = re.compile(
    r"^\s*(?:[-–•+*▪●◦]|\(?\d{1,3}(?:\.\d{1,3})*[.):]?|[IVXLC]{1,6}[.):]?|[a-zđ][.)]|\([a-zđ]\)|"
    r"(?:Điều|Chương|Mục|Phần|Bước|Phụ lục)\s+[\dIVXLC]+[.:]?)\s*$",
    re.IGNORECASE,
)

Cells = list[tuple[int, str]]  # (column, text) of one row, empty cells left out


def row_cells(line: str) -> Cells | None:
    """The cells of a tab-separated row, left to right; None when ``line`` is no row (see module doc)."""
    if not _ROW_RE.search(line):
        return None
    parts = [clean_spaces(p) for p in re.split(r"\t+", line.strip(" \u00a0\n"))]
    lead_empty = line.lstrip(" \u00a0").startswith("\t")
    cells = [(n + lead_empty, p) for n, p in enumerate(p for p in parts if p)]
    if not lead_empty and len(cells) >= 2:
        left, right = cells[0][1], cells[1][1]
        if _LABEL_RE.match(left):
            return None
        letters = [ch for ch in right if ch.isalpha()]
        if left.endswith(":") and not (letters and all(ch.isupper() for ch in letters[:12])):
            return None
    return cells if len(cells) >= 2 else None


def _right_only(line: str) -> Cells | None:
    """A line starting with a tab: text in the right column only."""
    if not line.lstrip(" \u00a0").startswith("\t") or not clean_spaces(line):
        return None
    parts = [clean_spaces(p) for p in re.split(r"\t+", line.strip(" \u00a0\n"))]
    return [(n + 1, p) for n, p in enumerate(p for p in parts if p)]


def column_segments(lines: list[str]) -> list[tuple[list[str], list[Cells]]]:
    """``lines`` cut into alternating plain runs and tables: ``(plain_lines, [])`` or ``([], rows)``."""
    out: list[tuple[list[str], list[Cells]]] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        if row_cells(lines[i]) is None:
            plain.append(lines[i])
            i += 1
            continue
        end = i  # the last row among the adjacent non-blank lines
        j = i
        while j < len(lines) and clean_spaces(lines[j]):
            if row_cells(lines[j]) is not None:
                end = j
            j += 1
        while end + 1 < len(lines) and _right_only(lines[end + 1]) is not None:
            end += 1
        rows = [
            row_cells(ln) or _right_only(ln) or [(0, clean_spaces(ln))] for ln in lines[i : end + 1]
        ]
        if plain:
            out.append((plain, []))
            plain = []
        out.append(([], rows))
        i = end + 1
    if plain:
        out.append((plain, []))
    return out


def is_column_line(line: str) -> bool:
    """A row or a right-column-only line, to be kept as it is by text repairs."""
    return row_cells(line) is not None
