"""Tab-separated columns in plain text: a letterhead or signature table exported as text.

Word's "save as text" and many converters write a two-column table (letterhead: issuing body | motto,
number | place-date; signature: recipients | capacity, title, name) as one line per row with the cells
separated by tabs: "HỘI NÔNG DÂN TỈNH X\\tĐẢNG CỘNG SẢN VIỆT NAM", "- Lưu VP.\\tNguyễn Văn A". Read as
one line, the right column's text glues onto the left one's ("Lưu VP. Nguyễn Văn A"). Here such lines
become table rows, so the loader gives each cell its ``Block.cell`` like a DOCX table and the letterhead
and signature readers take the columns apart.

A line is a row when text stands on both sides of a tab. Not rows: a tab after a numbering label
("1.\\tMục đích", "Điều 2.\\tGiao ...": Word's list indent) and a tab after a field label ending in ":"
unless capitals or a parenthesis follow ("Thời gian:\\t8 giờ" is one field; "Nơi nhận:\\tTM. BAN THƯỜNG VỤ",
"Nơi nhận:\\t(đã ký)" two columns).
The table runs from its first row to its last row or line that starts with a tab (the right column
alone: "\\t\\tCHỦ TỊCH") among adjacent lines, lines starting with a tab just above its first row included;
lines between without a tab are the left column's own lines ("- Thường trực Huyện ủy;").
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
# A space alone between two tabs is an empty cell that counts ("left\t \tright": three columns, the middle
# one empty), as ``spaced_columns`` writes a row of three columns; a run of tabs only aligns.
_EMPTY_CELL_RE = re.compile(r"(?<=\t) (?=\t)")


def _cells(line: str, lead_empty: bool) -> Cells:
    """The non-empty cells of a tab-separated line with their columns."""
    cells: Cells = []
    n = int(lead_empty)
    for part in re.split(r"\t+", _EMPTY_CELL_RE.sub("\x00", line.strip(" \u00a0\n"))):
        if part == "\x00":
            n += 1
        elif text := clean_spaces(part):
            cells.append((n, text))
            n += 1
    return cells


def row_cells(line: str) -> Cells | None:
    """The cells of a tab-separated row, left to right; None when ``line`` is no row (see module doc)."""
    if not _ROW_RE.search(line):
        return None
    lead_empty = line.lstrip(" \u00a0").startswith("\t")
    cells = _cells(line, lead_empty)
    if not lead_empty and len(cells) >= 2:
        left, right = cells[0][1], cells[1][1]
        if _LABEL_RE.match(left):
            return None
        letters = [ch for ch in right if ch.isalpha()]
        capitals = letters and all(ch.isupper() for ch in letters[:12])
        if left.endswith(":") and not (capitals or right.startswith("(")):
            return None
    return cells if len(cells) >= 2 else None


def _right_only(line: str) -> Cells | None:
    """A line starting with a tab: text in the right column only."""
    if not line.lstrip(" \u00a0").startswith("\t") or not clean_spaces(line):
        return None
    return _cells(line, True)


def _left_only(line: str) -> Cells | None:
    """A line ending in a tab after its text: text in the left column only (a row whose right cell is
    empty, as Word saves it as text, and as ``spaced_columns`` writes a left-column line below a table)."""
    body = line.rstrip(" \u00a0\n")
    if not body.endswith("\t") or "\t" in body.strip("\t") or not clean_spaces(body):
        return None
    return [(0, clean_spaces(body))]


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
        end = i  # the last row or right-column line among the adjacent non-blank lines
        j = i
        while j < len(lines) and clean_spaces(lines[j]):
            if row_cells(lines[j]) is not None or _right_only(lines[j]) or _left_only(lines[j]):
                end = j
            j += 1
        while plain and _right_only(plain[-1]) is not None:  # the right column starts above the left one
            plain.pop()
            i -= 1
        rows = [row_cells(ln) or _right_only(ln) or [(0, clean_spaces(ln))] for ln in lines[i : end + 1]]
        if plain:
            out.append((plain, []))
            plain = []
        out.append(([], rows))
        i = end + 1
    if plain:
        out.append((plain, []))
    return out


def is_column_line(line: str) -> bool:
    """A row or a left-column-only line, to be kept as it is by text repairs."""
    return row_cells(line) is not None or _left_only(line) is not None


# --- Columns laid out with runs of spaces -------------------------------------------------------------
#
# Offices type a letterhead or signature table as text with spaces ("Nơi nhận:" + 40 spaces + "TM. BAN
# CHẤP HÀNH", Word's "save as text" of a borderless table, a converter's layout mode). ``spaced_columns``
# finds such a table by its geometry and writes its rows with a tab between the cells, so that they take
# the path of tab-separated columns above (cells, as DOCX and PDF tables give them). Within a run of
# non-blank lines, a split column ``c`` lays out a table over the adjacent lines that all fit it: a row
# has text on both sides of ``c`` with a gap of two or more spaces around it; a left-column line ends
# before ``c``; a right-column line ("    (đã ký)", the signer's name alone) starts after it, with its
# middle over the rows' right cells (a title centred on the page is no right-column line). One column
# serves all of a table's lines, so a centred right column (each line starting elsewhere), a right column
# that starts on a later line than the left one, or runs longer or shorter than it, are all read. A table
# has a gap of ``_LAYOUT_GAP`` spaces or more on one of its rows (one row may be all of it: "- Lưu VP.
# [spaces] Phạm Thị Kim Loan"), other rows may have two; a row's right cell opens with a capital or a
# parenthesis ("(đã ký)"), so blanks left for digits ("Số:     /KH", "ngày     tháng 5") and double spaces
# inside sentences split nothing.

_GAP_RE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_MIN_RIGHT_COLUMN = 8  # a right-column line starts at least this far in (an indented paragraph does not)
# A table has a gap of this many spaces at least on one row: the gap of a layout, not of a typist's double
# space after a full stop or of justified text (the rule used before for one line, kept for a table).
_LAYOUT_GAP = 4
_WIDE_GAP_RE = re.compile(rf"(?<=\S)[ \u00a0]{{{_LAYOUT_GAP},}}(?=\S)")
_RIGHT_START_RE = re.compile(r"^[*_#\"“'\[]*(?:[^\W\d_]|\()")

# How a line fits a split column: kind ("left", "right", "row"), the row's gap width, its right text's span.
Fit = tuple[str, int, int, int]


def _span(line: str) -> tuple[int, int]:
    """(first, end) character positions of the line's text."""
    body = line.rstrip(" \u00a0")
    return len(body) - len(body.lstrip(" \u00a0")), len(body)


def _fit(line: str, c: int) -> Fit | None:
    """How ``line`` fits the split column ``c``, or None when its text runs across ``c``."""
    if "\t" in line:
        return None
    first, end = _span(line)
    if end <= c:
        return "left", 0, first, end
    if first >= c:
        return ("right", 0, first, end) if first >= _MIN_RIGHT_COLUMN else None
    for m in _GAP_RE.finditer(line):
        if m.start() <= c <= m.end():
            opens = _RIGHT_START_RE.match(line[m.end() :])
            if opens and (opens.group(0)[-1] == "(" or opens.group(0)[-1].isupper()):
                if row_cells(_tabbed(line, c)) is not None:
                    return "row", m.end() - m.start(), m.end(), end
            return None
    return None


def _tabbed(line: str, c: int) -> str:
    """``line`` with a tab for its spaces at column ``c`` (a right-column line: a tab, then its text)."""
    left = line[:c].strip(" \u00a0")
    right = line[c:].strip(" \u00a0")
    return f"{left}\t{right}" if left else f"\t{right}"


def _windows(fits: list[Fit | None]) -> list[tuple[int, int]]:
    """Maximal runs [k, j) of lines that fit."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(fits):
        j = k
        while j < len(fits) and fits[j] is not None:
            j += 1
        if j > k:
            out.append((k, j))
        k = j + 1
    return out


Table = tuple[float, int, int, int, list[int], tuple[int, int]]  # score, column, first, last, moved, span


def _tables(lines: list[str]) -> list[Table]:
    """Candidate tables of a run of non-blank lines: (score, column, first line, last line, the lines to
    rewrite, the right cells' span)."""
    found: list[Table] = []
    columns: set[int] = set()  # a table's column lies in the wide gap of one of its rows
    for ln in lines:
        if "\t" not in ln:
            for m in _WIDE_GAP_RE.finditer(ln):
                columns.update(range(m.start(), m.end() + 1))
    for c in sorted(columns):
        fits = [_fit(ln, c) for ln in lines]
        spans: dict[int, tuple[int, int]] = {}
        for k, j in _windows(fits):
            rows = [f for f in fits[k:j] if f is not None and f[0] == "row"]
            if not rows:
                continue
            lo, hi = min(f[2] for f in rows), max(f[3] for f in rows)
            for n in range(k, j):
                f = fits[n]
                spans[n] = (lo, hi)
                if f is not None and f[0] == "right" and not _over(f, (lo, hi)):
                    fits[n] = None  # centred on the page, not over the right column
        for k, j in _windows(fits):
            gaps = [f[1] for f in fits[k:j] if f is not None and f[0] == "row"]
            rights = sum(1 for f in fits[k:j] if f is not None and f[0] == "right")
            if gaps and max(gaps) >= _LAYOUT_GAP:
                # More rows and right-column lines first; then the widest gaps (the columns' own gap,
                # not a blank inside a cell).
                score = len(gaps) * 2 + rights + sum(gaps) / 1000
                moved = [n for n in range(k, j) if (f := fits[n]) is not None and f[0] != "left"]
                found.append((score, c, k, j - 1, moved, spans[k]))
    return found


def _over(fit: Fit, span: tuple[int, int]) -> bool:
    """A right-column line's middle lies over the right cells' span."""
    return span[0] <= (fit[2] + fit[3]) / 2 <= span[1]


def _left_span(lines: list[str], c: int) -> tuple[int, int]:
    """(first, end) positions of a table's left cells (its lines' text before the split ``c``) when that
    column signs (a capacity, "TM. BAN THƯỜNG TRỰC", or a signed marker, "(đã ký)", in it: a signer's
    column whose name may stand below the space left for the signature); (0, 0) for any other table (a
    letterhead: the title below it is never its left column)."""
    from assistant.parse.tail import CAPACITY_RE, SIGNED_RE  # the signature's words (parse imports loaders)

    cells = [ln[:c].strip(" \u00a0") for ln in lines]
    if not any(CAPACITY_RE.match(x) or SIGNED_RE.match(x) for x in cells):
        return 0, 0
    spans = [_span(ln[:c]) for ln in lines if ln[:c].strip(" \u00a0")]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else (0, 0)


def _left_cell(fit: Fit | None, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """A line of the left column alone below a table (the left signer's name after the space left for the
    signature, "(đã ký)" lines making that column the longer one): it ends before the split, and its middle
    lies over the left cells and nearer their middle than the table's (a title centred on the page below a
    letterhead is no left-column line)."""
    if fit is None or fit[0] != "left" or left[1] <= left[0]:
        return False
    middle = (fit[2] + fit[3]) / 2
    left_middle, table_middle = (left[0] + left[1]) / 2, (left[0] + right[1]) / 2
    return left[0] <= middle <= left[1] and abs(middle - left_middle) < abs(middle - table_middle)


def _second_column(lines: list[str], c: int) -> int | None:
    """The split column of a third column inside the right part (from ``c`` on) of a table's ``lines``
    ("TM. BAN THƯỜNG TRỰC [spaces] TM. BCH ĐOÀN XÃ [spaces] TM. BAN CHẤP HÀNH HỘI ..."), read like the
    first one (``_tables``) on the lines cut at ``c``; None when the right part is one column."""
    right = [ln[c:] if len(ln.rstrip()) > c else "" for ln in lines]
    found = [t for t in _tables(right) if t[3] > t[2] or len(t[4]) > 0]
    if not found:
        return None
    # more rows first, then more of the lines (a line of the middle column alone fits as its left
    # part only where the split leaves it whole); of the splits as good, the middle one, so that a line
    # below (the names under the space left for signing) finds the split in its own gap too
    key = max((t[0], t[3] - t[2]) for t in found)
    splits = sorted(t[1] for t in found if (t[0], t[3] - t[2]) == key)
    return c + splits[len(splits) // 2]


def _three(line: str, c: int, c2: int) -> str:
    """``line`` written as a row of three tab-separated cells split at ``c`` and ``c2`` (an empty cell
    between two filled ones is a space between two tabs); a line of the left column alone is kept."""
    if len(line.rstrip()) > c2 and _fit(line[c:], c2 - c) is None:
        return _tabbed(line, c)  # its right part runs across the third column's split: one cell
    cells = [line[:c].strip(" \u00a0"), line[c:c2].strip(" \u00a0"), line[c2:].strip(" \u00a0")]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) <= 1:
        return line
    return "\t".join(x or " " for x in cells)


def _fits_three(line: str, c: int, c2: int) -> bool:
    """Whether ``line`` lies in the columns split at ``c`` and ``c2``: no text runs across either."""
    return _fit(line, c) is not None and (len(line.rstrip()) <= c2 or _fit(line[c:], c2 - c) is not None)


def spaced_columns(lines: list[str]) -> list[str]:
    """``lines`` with tables laid out with runs of spaces rewritten as tab-separated rows (see above).

    Blank lines between a table and right-column lines or rows below it (the space left for the signature
    above the signer's name) are dropped, so that the name stays in the table's right column; below a
    table whose left column signs (a capacity or "(đã ký)" in it), a line of that column alone (the left
    signer's name, that column being the longer one) stays in it too, written with a tab after it. A
    table's right part split again by a run of spaces is a third column (three bodies signing side by
    side); the line of their names below the space left for the signatures goes on in it.
    """
    out: list[str | None] = list(lines)
    # a table that ran to its run's end: its column, its right cells' span, the blank lines after it, and
    # the third column's split when it has one
    carry: tuple[int, tuple[int, int], list[int], int | None, tuple[int, int]] | None = None
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and clean_spaces(lines[j]):
            j += 1
        run = lines[i:j]
        if carry is not None and run:
            c, span, blanks, c2, left = carry
            fits = [_fit(ln, c) for ln in run]
            three = c2 is not None and all(_fits_three(ln, c, c2) for ln in run)
            # the right column's lines or rows going on below the blank lines over its cells, or a signing
            # left column's name alone
            below = all(
                f is not None and (f[0] != "left" and _over(f, span) or _left_cell(f, left, span))
                for f in fits
            )
            if three or below:
                for n in blanks:
                    out[n] = None
                out[i:j] = [_three(ln, c, c2) if three and c2 else _tabbed(ln, c) for ln in run]
                carry = (c, span, [j], c2, left)
                i = j + 1
                continue
        carry = None if run else carry
        if any(_WIDE_GAP_RE.search(ln) for ln in run):
            taken: set[int] = set()
            for _, c, first, last, moved, span in sorted(_tables(run), key=lambda t: (-t[0], t[1])):
                if taken & set(range(first, last + 1)):
                    continue
                taken.update(range(first, last + 1))
                c2 = _second_column(run[first : last + 1], c)
                for k in moved:
                    out[i + k] = _three(run[k], c, c2) if c2 is not None else _tabbed(run[k], c)
                if last == len(run) - 1:
                    carry = (c, span, [j], c2, _left_span(run[first : last + 1], c))
        elif carry is not None:
            carry[2].append(j)
        i = j + 1
    return [ln for ln in out if ln is not None]
