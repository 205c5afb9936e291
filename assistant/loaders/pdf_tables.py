"""Ruled tables in text PDFs, found by pdfplumber's table finder and kept as cells.

Only pages that draw a grid are handed to pdfplumber (pdfminer interprets a page about a hundred times
slower than pdfium counts its paths): pdfium lists the page's path objects and a page is a candidate
when some horizontal position crosses three or more vertical rulings, or one path draws a whole grid.
pdfplumber's ``find_tables`` ("lines" strategy: ruling lines and rectangle edges) then gives the cell
boxes; a found table is kept only when it looks like data, not a ruled page layout:

- at least two non-empty rows and two non-empty columns (a framed paragraph is a one-column table, a
  row of number boxes on a form a one-row table);
- at most ``MAX_COLUMNS`` columns;
- the rulings cut no words: at least 90 % of the words inside the table lie in one cell (flowcharts
  and shaded words give "tables" whose cells hold word fragments such as "tổ c" | "hức").

Coordinates: pdfplumber measures ``top`` from the top of the page; pypdf's text visitor gives PDF user
space (origin at the bottom). For an unrotated page ``y_user = page.height - top`` (pdfplumber undoes
pdfminer's media-box shift the same way), so tables are looked for on unrotated pages only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.loaders._common import join_wrapped
from assistant.models import Block
from assistant.text import fold

log = logging.getLogger(__name__)

# A line starting like this opens a new paragraph (after a line that ended a sentence): a bullet, a number
# or letter with its mark, a division word with its number, a step of a procedure with its number and a
# mark ("Bước 2: ...", "Giai đoạn 1 - ..."; not "Bước 2, thôn ..." going on inside a sentence).
ITEM_START_RE = re.compile(
    r"^(?:[-–•+*▪]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}[.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+"
    r"|(?:Bước|BƯỚC|Cách|CÁCH|Giai đoạn|GIAI ĐOẠN)\s+\d{1,2}\s*[.:)\-–])"
)
_LETTER_LINE_RE = re.compile(r"^([a-zđ])\s*\)\s+\S")
_ARTICLE_LINE_RE = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]\s*\S")


_NUMBER_LINE_RE = re.compile(r"^(\d{1,2})\s*[.)]\s+[A-ZĐÀ-Ỹ]")


def next_item_line(opened: list[str], line: str) -> bool:
    """Whether ``line`` opens the item after one already opened, whatever ends the line above it (an item
    written without a stop, its last line full). ``opened``: the first lines of the paragraphs read so far,
    the current one last. "b) ..." after a paragraph opening "a) ...", "Điều 5." after "Điều 4.", a
    bullet after the same bullet ("- ..." after "- ...", "+ ..." after "+ ..."), "3. Xxx" after the last
    paragraph opening "2. ..."."""
    from assistant.text import next_list_letter

    first = opened[-1] if opened else ""
    if (a := _LETTER_LINE_RE.match(first)) and (b := _LETTER_LINE_RE.match(line)):
        return b.group(1) == next_list_letter(a.group(1))
    if (a := _ARTICLE_LINE_RE.match(first)) and (b := _ARTICLE_LINE_RE.match(line)):
        return int(b.group(1)) == int(a.group(1)) + 1
    if first[:1] in "-+•" and line[:1] == first[:1] and line[1:2] == " " and first[1:2] == " ":
        return True
    if b := _NUMBER_LINE_RE.match(line):
        last = next((a for a in map(_NUMBER_LINE_RE.match, reversed(opened)) if a), None)
        return last is not None and int(b.group(1)) == int(last.group(1)) + 1
    return False


SENTENCE_END_RE = re.compile(r"[.;:!?…)\"”]$")
_BULLETS = "-–•+*▪"

MAX_COLUMNS = 20
# Share of a table's words that may straddle a ruling before the "table" is taken for a layout.
MAX_CUT_WORDS = 0.1


@dataclass
class PdfCell:
    """The paragraphs of one cell, top to bottom: (text, bold, italic), a style when nearly all of it."""

    paras: list[tuple[str, bool, bool]]


@dataclass
class PdfTable:
    """A table on one page: its box in PDF user space and its cells row by row (None: merged)."""

    page: int
    bbox: tuple[float, float, float, float]  # x0, y_bottom, x1, y_top (user space, origin bottom-left)
    rows: list[list[PdfCell | None]]
    col_edges: list[float] = field(default_factory=list)  # x of every column boundary, left to right
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # cells, user space

    def contains(self, x: float, y: float, pad: float = 1.5) -> bool:
        """Whether the point (user space) lies inside one of the table's cells (text the cells carry)."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 - pad <= x <= x1 + pad and y0 - pad <= y <= y1 + pad):
            return False
        return any(b[0] - pad <= x <= b[2] + pad and b[1] - pad <= y <= b[3] + pad for b in self.boxes)

    def row_texts(self, r: int) -> list[str]:
        """The row's cell texts (paragraphs joined by spaces), "" for empty and merged cells."""
        return [" ".join(p[0] for p in c.paras) if c else "" for c in self.rows[r]]


def candidate_pages(path: Path, pages: list[int]) -> list[int]:
    """The 1-based pages among ``pages`` that draw ruling lines able to form a table with 2+ columns."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:  # pragma: no cover - pypdfium2 is a pinned dependency
        return []
    found: list[int] = []
    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception as exc:  # pdfium refuses what pypdf opened: no table detection, text still loads
        log.info("%s: pdfium cannot open the file for table detection: %s", path, exc)
        return []
    try:
        for number in pages:
            if number > len(doc):
                continue
            page = doc[number - 1]
            try:
                if _draws_grid(page, pdfium_c):
                    found.append(number)
            except Exception as exc:  # an odd page object: let the table finder look at the page
                log.info("%s: page %d path scan failed: %s", path, number, exc)
                found.append(number)
            finally:
                page.close()
    finally:
        doc.close()
    return found


def _draws_grid(page, pdfium_c) -> bool:
    """Whether some height of the page crosses 3+ vertical rulings, or one path draws a whole grid."""
    verticals: list[tuple[float, float, float]] = []  # (x, y_bottom, y_top)
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,)):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= 5:
            continue
        if width < 3:
            verticals.append((left, bottom, top))
            continue
        verticals += [(left, bottom, top), (right, bottom, top)]  # a rectangle: two vertical edges
        if width > 50 and pdfium_c.FPDFPath_CountSegments(obj.raw) >= 12:
            return True
    for _, bottom, top in verticals:
        mid = (bottom + top) / 2
        xs = sorted(x for x, b, t in verticals if b - 1 <= mid <= t + 1)
        distinct = sum(1 for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > 3)
        if distinct >= 3:
            return True
    return False


def find_tables(path: Path, pages: list[int]) -> dict[int, list[PdfTable]]:
    """Data tables on the given 1-based pages, top to bottom per page; {} when none or unreadable."""
    if not pages:
        return {}
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - pdfplumber is a pinned dependency
        log.warning("pdfplumber is not installed: PDF tables are read as plain lines")
        return {}
    out: dict[int, list[PdfTable]] = {}
    try:
        with pdfplumber.open(str(path), password="") as pdf:
            for number in pages:
                page = pdf.pages[number - 1]
                if page.rotation:
                    continue
                found = sorted(page.find_tables(), key=lambda f: f.bbox[1])
                kept = [_table(page, number, f, one_row=True) for f in found]
                before = out.get(number - 1, [])
                if kept and kept[0] is None and before:
                    # the page's first ruled table goes on from the previous page's last table (same
                    # rulings): it is that data table whatever words overflow its rulings (a header row
                    # repeated in cells too narrow for it; trial 31)
                    going_on = _table(page, number, found[0], one_row=True, max_cut=1.0)
                    if going_on is not None and _same_columns(before[-1], going_on):
                        kept[0] = going_on
                tables = [t for t in kept if t]
                if tables:
                    out[number] = sorted(tables, key=lambda t: -t.bbox[3])
                page.close()
    except Exception as exc:  # a table finder failure must not lose the document's text
        log.warning("%s: table detection failed, tables read as lines: %s", path, exc)
        return {}
    return _cut_rows_kept(out)


def _cut_rows_kept(tables: dict[int, list[PdfTable]]) -> dict[int, list[PdfTable]]:
    """The tables without their single rows, except a page's last table of one row that the next page's
    first table goes on from (same columns): a row the page's end cut ("STT | Nội dung | Đơn vị chủ" over
    "| công việc | trì" on the next page, a header broken across pages; trial 25), which
    ``TableSequence`` then joins to the rest. A lone framed row elsewhere is no data table."""
    out: dict[int, list[PdfTable]] = {}
    for number, found in tables.items():
        following = tables.get(number + 1, [])
        kept = [
            t
            for i, t in enumerate(found)
            if len(t.rows) > 1 or (i == len(found) - 1 and following and _same_columns(t, following[0]))
        ]
        if kept:
            out[number] = kept
    return out


def _same_columns(a: PdfTable, b: PdfTable) -> bool:
    """Whether two tables have the same columns: as many, their boundaries within 3 points."""
    return (
        len(a.rows[0]) == len(b.rows[0])
        and len(a.col_edges) == len(b.col_edges)
        and all(abs(x - y) <= 3 for x, y in zip(a.col_edges, b.col_edges, strict=True))
    )


def _table(
    page, number: int, found, one_row: bool = False, max_cut: float = MAX_CUT_WORDS
) -> PdfTable | None:
    """A ``PdfTable`` from a pdfplumber table, or None when it does not pass the data-table checks.
    ``one_row``: a single row passes too (the start of a table cut by the page's end, ``find_tables``);
    ``max_cut``: the share of words its rulings may cut (``_cut_share``).

    A word is read in the cell that holds its middle, whole: a header or a name set wider than its
    column ("Thực hiện 2033" over the ruling before it) stays one word in one cell, not "T" | "hực"."""
    x0, top, x1, bottom = found.bbox
    chars = [
        c
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
    ]
    middles = {
        id(c): (w["x0"] + w["x1"]) / 2
        for w in page.within_bbox(found.bbox, strict=False).extract_words(return_chars=True)
        for c in w["chars"]
    }
    grid = [row.cells for row in found.rows]
    rows: list[list[PdfCell | None]] = []
    for cells in grid:
        row: list[PdfCell | None] = []
        for box in cells:
            if box is None:
                row.append(None)
                continue
            row.append(PdfCell(_cell_paragraphs([c for c in chars if _in_box(c, box, middles)], box)))
        rows.append(row)
    keep_rows = [i for i, row in enumerate(rows) if any(_has_text(c) for c in row)]
    ncols = len(grid[0]) if grid else 0
    keep_cols = [j for j in range(ncols) if any(_has_text(rows[i][j]) for i in keep_rows)]
    if len(keep_rows) < (1 if one_row else 2) or len(keep_cols) < 2 or len(keep_cols) > MAX_COLUMNS:
        return None
    if _cut_share(page, found.bbox, [grid[i] for i in keep_rows]) > max_cut:
        return None
    edges = sorted({round(b[0], 1) for row in grid for b in row if b} | {round(x1, 1)})
    height = page.height
    return PdfTable(
        page=number,
        bbox=(x0, height - bottom, x1, height - top),
        rows=[[rows[i][j] for j in keep_cols] for i in keep_rows],
        col_edges=edges,
        boxes=[(b[0], height - b[3], b[2], height - b[1]) for row in grid for b in row if b],
    )


def _in_box(
    char: dict, box: tuple[float, float, float, float], middles: dict[int, float] | None = None
) -> bool:
    """Whether the character lies in the cell's box: its middle, or its word's (``middles``) across."""
    h_mid, v_mid = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    if middles is not None:
        h_mid = middles.get(id(char), h_mid)
    return box[0] <= h_mid < box[2] and box[1] <= v_mid < box[3]


def _is_bold(char: dict) -> bool:
    name = str(char.get("fontname", "")).lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold"))


def _is_italic(char: dict) -> bool:
    name = str(char.get("fontname", "")).lower()
    return "italic" in name or "oblique" in name


def _cut_share(page, bbox, grid: list[list[tuple | None]]) -> float:
    """Share of the words inside ``bbox`` (their middle, as the cells' characters are read: a line set
    half a point above the top rule is inside) that no single cell of their row contains."""
    x0, top, x1, bottom = bbox
    words = [
        w
        for w in page.extract_words()
        if x0 <= (w["x0"] + w["x1"]) / 2 < x1 and top <= (w["top"] + w["bottom"]) / 2 < bottom
    ]
    if not words:
        return 1.0
    cut = 0
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        boxes = [b for row in grid for b in row if b and b[1] - 1 <= mid <= b[3] + 1]
        if not any(b[0] - 1.5 <= w["x0"] and w["x1"] <= b[2] + 1.5 for b in boxes):
            cut += 1
    return cut / len(words)


def _cell_paragraphs(
    chars: list[dict], box: tuple[float, float, float, float]
) -> list[tuple[str, bool, bool]]:
    """A cell's printed lines joined into paragraphs: (text, bold, italic).

    A line ends its paragraph when the next line's first word would have fitted after it (a hard
    break: centred header lines, one name per line), when boldness changes, or when the next line
    is a bullet or a numbered item after a full stop; otherwise the line wrapped and the text goes on.
    """
    from pdfplumber.utils import chars_to_textmap

    if not chars:
        return []
    lines = [ln for ln in chars_to_textmap(chars).extract_text_lines(return_chars=True) if ln["text"].strip()]
    if not lines:
        return []
    limit = max(max(ln["x1"] for ln in lines), box[2] - 6)
    out: list[tuple[str, bool, bool]] = []
    prev: dict | None = None
    for ln in lines:
        text = ln["text"].strip()
        bold = sum(1 for c in ln["chars"] if _is_bold(c)) > 0.9 * len(ln["chars"])
        italic = sum(1 for c in ln["chars"] if _is_italic(c)) > 0.9 * len(ln["chars"])
        if prev is not None and not _line_breaks(prev, ln, text, out[-1], bold, limit):
            out[-1] = (join_wrapped(out[-1][0], text), out[-1][1] and bold, out[-1][2] and italic)
        else:
            out.append((text, bold, italic))
        prev = ln
    return out


def _line_breaks(
    prev: dict, line: dict, text: str, para: tuple[str, bool, bool], bold: bool, limit: float
) -> bool:
    """Whether ``line`` starts a new paragraph after ``prev`` inside one cell."""
    if bold != para[1]:
        return True
    if ITEM_START_RE.match(text) and (text[:1] in _BULLETS or SENTENCE_END_RE.search(para[0])):
        return True
    chars = line["chars"]
    end = 1  # the first word ends at a space character or at a gap of a tenth of the font size
    while (
        end < len(chars)
        and chars[end]["text"].strip()
        and chars[end]["x0"] - chars[end - 1]["x1"] <= max(1.0, 0.1 * float(chars[end].get("size") or 10))
    ):
        end += 1
    width = chars[end - 1]["x1"] - chars[0]["x0"]
    return prev["x1"] + width + 2 < limit


class TableSequence:
    """Numbers a file's tables in reading order and continues a table across a page break.

    A table at the top of a page (only furniture above it) continues the table that ended the previous
    page (only furniture below it) when both have as many columns and either the header row repeats
    (it is then not emitted twice) or the column boundaries line up. A continued row (its first cell
    empty where every row before had one, as when a row is cut by the page break) is appended to the
    previous page's last row: its text joins the cell's last block, whose ``pages`` then name both pages.
    """

    def __init__(self) -> None:
        self.count = 0
        self._prev: PdfTable | None = None
        self._prev_open = False  # the previous table ended its page
        self._header: list[str] = []
        self._next_row = 0
        self._last_row: dict[int, Block] = {}  # col -> last block of the previous table's last row
        self._numbered = True  # every row of the current table so far has a first cell

    def add(self, table: PdfTable, starts_page: bool, ends_page: bool) -> list[Block]:
        """The table's cell blocks, row-major, with ``cell=(table, row, col)``."""
        header = [fold(t) for t in table.row_texts(0)]
        skip, split = 0, False
        if self._continues(table, starts_page):
            number, row0 = self.count - 1, self._next_row
            if header == self._header:
                skip = 1
            first = table.rows[skip] if skip < len(table.rows) else None
            split = bool(first and self._numbered and not _has_text(first[0]) and self._last_row)
        else:
            number, row0 = self.count, 0
            self.count += 1
            self._header, self._numbered = header, True
        blocks: list[Block] = []
        last_row: dict[int, Block] = {}
        rows = table.rows[skip:]
        for i, row in enumerate(rows):
            r = row0 + i - (1 if split else 0)
            last_row = {}
            if i > 0 or not split:
                self._numbered = self._numbered and _has_text(row[0])
            for j, cell in enumerate(row):
                if not cell or not cell.paras:
                    continue
                paras = list(cell.paras)
                if i == 0 and split and j in self._last_row:
                    prev = self._last_row[j]
                    prev.text = join_wrapped(prev.text, paras.pop(0)[0])
                    prev.pages = tuple(sorted(set(prev.pages or (prev.page,)) | {table.page}))
                    last_row[j] = prev
                for text, bold, italic in paras:
                    style = frozenset(
                        {"table"} | ({"bold"} if bold else set()) | ({"italic"} if italic else set())
                    )
                    block = Block(text=text, page=table.page, style=style, cell=(number, r, j))
                    blocks.append(block)
                    last_row[j] = block
        self._last_row = last_row
        self._next_row = row0 + len(rows) - (1 if split else 0)
        self._prev, self._prev_open = table, ends_page
        return blocks

    def _continues(self, table: PdfTable, starts_page: bool) -> bool:
        prev = self._prev
        if prev is None or not (self._prev_open and starts_page) or table.page != prev.page + 1:
            return False
        if len(table.rows[0]) != len(prev.rows[0]):
            return False
        if [fold(t) for t in table.row_texts(0)] == self._header:
            return True
        return len(table.col_edges) == len(prev.col_edges) and all(
            abs(a - b) <= 3 for a, b in zip(table.col_edges, prev.col_edges, strict=True)
        )


def _has_text(cell: PdfCell | None) -> bool:
    return bool(cell and cell.paras)
