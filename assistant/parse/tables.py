"""Tables as data: loader cells -> layout tables kept as they are, data tables turned into row records.

Loaders emit the text inside a table as paragraphs with ``Para.cell = (table, row, col)`` (see
``assistant.models.Block``). Two kinds of tables are met in directives:

- layout tables: the header (issuing body | motto; number | place and date), the signature block, the
  recipients. They carry no column names; the metadata reader reads them cell by cell, so they are left
  untouched, in order.
- data tables: a header row with column names ("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp
  | Thời gian hoàn thành") and data rows. Each becomes one ``table-header`` paragraph (the column names
  joined by " | ") and one ``table-row`` paragraph per row, its cells as written joined by " | " ("1 |
  Vận động Quỹ ... | Ban Phong trào | ... | Trước 30/11/2026"), pages kept: a quote of a row is the
  document's words, no column name added. A row is read on its own and cited on its own; ``row_values``
  reads it back by column, and ``labelled_text`` names its values by their columns for retrieval only.
  A title row spanning the table ("BẢNG PHÂN CÔNG") stays a paragraph above it, styled ``TITLE_STYLE``; a
  table continued on the next page (same columns, header repeated or not) goes on under the first header;
  a grid without a header row (a list of schools) gives one "a | b | c" paragraph per row.

Column roles (lead, coordinators, deadline, task ...) come from one table, ``COLUMN_ROLES``, matched on the
folded column name: the role whose keyword comes first in the name wins ("Cơ quan chủ trì thực hiện" is the
lead, "Thời gian thực hiện" the deadline, "Đơn vị thực hiện" the responsible body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.parse.clean import Para
from assistant.text import clean_spaces, fold

ROW_STYLE = "table-row"
HEADER_STYLE = "table-header"
# A table's own title: an HTML <caption>, a title row spanning the table; ``structure`` reads it, and a
# title line just above a table ("BẢNG TIẾN ĐỘ THỰC HIỆN"), as the heading of the table's own section.
TITLE_STYLE = "table-title"
HEADER_SEP = " | "

# (role, keywords on the folded column name). The keyword found earliest in a name decides its role.
COLUMN_ROLES: list[tuple[str, tuple[str, ...]]] = [
    ("label", ("stt", "tt", "so tt", "so thu tu")),
    ("coordinators", ("phoi hop", "tham gia", "cung thuc hien")),
    ("lead", ("chu tri", "phu trach", "dau moi")),
    ("deadline", ("thoi han", "thoi gian", "tien do", "han hoan thanh", "han chot", "thoi diem", "moc")),
    ("responsible", ("thuc hien", "trach nhiem", "giao cho")),
    ("task", ("noi dung", "nhiem vu", "cong viec", "hoat dong", "giai phap", "chi tieu")),
    ("note", ("ghi chu",)),
    # the unit of measure of a figures table's row ("Đơn vị tính": "km", "căn", "mô hình"), never a body:
    # "đơn vị" alone would read it as the responsible column (trial 32: "Responsible: km")
    ("unit", ("don vi tinh", "dvt", "don vi do")),
    # the person a member-assignment table gives each row's work to ("TT | Họ và tên | Chức vụ | Nhiệm vụ
    # được phân công"): the actor of a row whose table names no body column (``obligations.table_rows``)
    ("person", ("ho va ten", "ho ten")),
]
# A column whose head noun is a place, an area or a field, whatever role word follows it ("Địa bàn phụ
# trách", "Lĩnh vực phụ trách", "Địa điểm tổ chức", "Khu vực thực hiện"), names where or in what the row's
# work is done, never who does it (a body's own kind, "Xã thực hiện", "Địa phương chủ trì", is no place
# here: the communes or localities act). Newcomer trial 45 q06: "Chủ trì: Ấp Bàu Sen" from "Địa bàn phụ
# trách".
_SCOPE_HEADS = (
    "dia ban", "dia diem", "dia chi", "khu vuc", "vung", "linh vuc", "tieu chi", "chuyen de", "pham vi",
)
_SCOPE_RE = re.compile(rf"(?:{'|'.join(_SCOPE_HEADS)})(?![a-z])")
# A column named only by a kind of body ("Đơn vị", "Cơ quan") lists who does the row's work.
_BODY_WORDS = ("don vi", "co quan", "to chuc", "ca nhan", "nguoi")
_LABEL_NAMES = {"stt", "tt", "so tt", "so thu tu", "t.t", "s.t.t"}
# Cells that only a layout table has: motto, number, place and date, signing capacity, recipients.
_LAYOUT_RE = re.compile(
    r"^(?:cong hoa|dang cong san viet nam|doc lap|so\s*[:\d/]|noi nhan|t/m|tm\.|k/t|kt\.|t/l|tl\.|q\.|\*$)"
    r"|ngay\s+\S*\s*thang\s+\S*\s*nam"
)
_HEADER_MAX = 80


def column_role(name: str) -> str | None:
    """The role of a column from its name ("Cơ quan chủ trì" -> "lead"), or None. A name opening with a
    place, area or field ("Địa bàn phụ trách") is "area" whatever body role word follows (``_SCOPE_HEADS``);
    "Họ và tên" is "person"."""
    key = fold(clean_spaces(name)).strip(" .:")
    if key in _LABEL_NAMES:
        return "label"
    best: tuple[int, str] | None = None
    for role, words in COLUMN_ROLES:
        if role == "label":
            continue
        for w in words:
            m = re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", key)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), role)
    body = best[1] if best else None
    if body is None and any(re.search(rf"(?<![a-z]){w}(?![a-z])", key) for w in _BODY_WORDS):
        body = "responsible"
    if body in ("lead", "coordinators", "responsible") and _SCOPE_RE.match(key):
        return "area"
    return body


@dataclass
class Table:
    """One table as the loader gave it: its paragraphs and the text of each (row, col) cell."""

    paras: list[Para]
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    pages: dict[int, list[int]] = field(default_factory=dict)  # row -> pages

    @property
    def n_rows(self) -> int:
        return 1 + max(r for r, _ in self.cells) if self.cells else 0

    @property
    def n_cols(self) -> int:
        return 1 + max(c for _, c in self.cells) if self.cells else 0

    def row(self, r: int) -> list[str]:
        return [self.cells.get((r, c), "") for c in range(self.n_cols)]


def _table_of(paras: list[Para]) -> Table:
    t = Table(paras)
    for p in paras:
        assert p.cell is not None
        _, r, c = p.cell
        prev = t.cells.get((r, c))
        t.cells[(r, c)] = _join_lines(prev, p.text) if prev else p.text
        pages = t.pages.setdefault(r, [])
        pages.extend(pg for pg in p.pages if pg not in pages)
    return t


def _join_lines(a: str, b: str) -> str:
    """A cell wrapped over several lines is one value ("Ban Dân chủ -" + "Pháp luật")."""
    return clean_spaces(f"{a} {b}")


def _header_rows(t: Table) -> int:
    """1, or 2 when the first row has spanning headers that the second row subdivides."""
    if t.n_rows < 3:
        return 1
    first, second = t.row(0), t.row(1)
    filled0 = sum(1 for x in first if x)
    if filled0 < t.n_cols and not second[0] and all(len(x) <= _HEADER_MAX for x in second if x):
        return 2
    return 1


def column_names(t: Table) -> list[str]:
    """The name of each column; a second header row is joined to the spanning name above it."""
    first = t.row(0)
    names = list(first)
    if _header_rows(t) == 2:
        span = ""
        for c, sub in enumerate(t.row(1)):
            span = first[c] or span
            if sub:
                names[c] = f"{span} - {sub}" if span and span != sub else sub
            elif not names[c]:
                names[c] = span
    return names


def is_data_table(t: Table) -> bool:
    """A header row of column names and at least one data row; never a header/signature layout table."""
    if t.n_rows < 2 or t.n_cols < 2:
        return False
    head = [x for x in t.row(0) if x]
    if len(head) < 2 or any(len(x) > _HEADER_MAX or x.endswith((".", ";")) for x in head):
        return False
    top = [fold(x) for r in range(min(3, t.n_rows)) for x in t.row(r) if x]
    layout = any(_LAYOUT_RE.search(x) for x in top)
    roles = [column_role(x) for x in head]
    # ("person" counts no more than an unnamed column did before it had a role: which tables are data
    # tables does not change with it)
    named = sum(1 for r in roles if r and r not in ("note", "person"))
    if named >= 2 or (named >= 1 and "label" in roles):
        return True
    # A grid of named columns without a known role: several columns, several rows, no digits in the head
    # but the years a column is named by ("Số suất năm học 2034 - 2035", "Năm 2035"): a first row of data
    # writes other numbers.
    return not layout and t.n_cols >= 3 and t.n_rows >= 3 and not any(_numbered(x) for x in head)


# a year a column is named by, after a word ("Năm 2035", "Thực hiện 2033", "năm học 2034 - 2035") or in
# brackets after it ("Thành viên (2026)": newcomer trial 45 q09, whose figures table by year was read as no
# table for that one column name)
_HEAD_YEARS_RE = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_] \())(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)"
)


def _numbered(name: str) -> bool:
    """Whether a first-row cell writes a number other than the years a column is named by."""
    return bool(re.search(r"\d", _HEAD_YEARS_RE.sub("", name)))


def render_row(names: list[str], values: list[str]) -> str:
    """A data row as the document writes it: its cells in order joined by " | " ("2 | Tập huấn ... |
    Trung tâm ... | Tháng 6/2025"), an empty cell kept as an empty place ("a | | c") so that each value
    stays under its column, empty cells at the end left out. No column name is written into the row: a
    quote of it is the document's own words; the names are the header line's (``labelled_row``)."""
    cells = [clean_spaces(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return " |".join(f" {c}" if c else "" for c in cells).strip()


_CELL_SPLIT_RE = re.compile(r"(?:^| )\|(?= |$)")


def row_cells(row: str) -> list[str]:
    """A ``table-row`` paragraph's cells, in column order ("a | | c" -> ["a", "", "c"])."""
    return [c.strip() for c in _CELL_SPLIT_RE.split(row)]


def row_values(header: str, row: str) -> dict[str, str]:
    """Read a ``table-row`` paragraph back into {column name: value} given its ``table-header`` line."""
    names = header.split(HEADER_SEP)
    cells = row_cells(row)
    if len(cells) > len(names) and names:  # a cell that writes " | " itself: the rest is the last column's
        cells = [*cells[: len(names) - 1], HEADER_SEP.join(cells[len(names) - 1 :])]
    return {n: v for n, v in zip(names, cells, strict=False) if n and v}


def labelled_row(header: str, row: str) -> str:
    """A row with its columns named, for what retrieval reads (never for a quote): "2. Nội dung: ...;
    Đơn vị chủ trì: ...", the label column's value first."""
    names = header.split(HEADER_SEP)
    values = row_values(header, row)
    label = ""
    parts: list[str] = []
    for name in names:
        value = values.get(name)
        if not value:
            continue
        if column_role(name) == "label" and not label:
            label = value.rstrip(".")
            continue
        parts.append(f"{name}: {value}")
    body = "; ".join(parts)
    return f"{label}. {body}" if label and body else (label or body)


def labelled_text(paras: list, text: str, start: int, end: int) -> str:
    """``text[start:end]`` with each data-table row in it written with its column names
    (``labelled_row``): what the embedding and the lexical index read of a passage of table rows, so that
    "ai chủ trì ...?" meets the row under "Đơn vị chủ trì". ``paras`` are the document's paragraphs
    (``start``, ``end``, ``style``) in reading order."""
    header: str | None = None
    pieces: list[str] = []
    at = start
    for p in paras:
        if HEADER_STYLE in p.style:
            header = text[p.start : p.end]
            continue
        if ROW_STYLE not in p.style:
            header = None
            continue
        if p.end <= start or p.start >= end or header is None or p.start < at:
            continue
        row = text[p.start : p.end]
        pieces += [text[at : p.start], labelled_row(header, row) if p.end <= end else text[p.start : end]]
        at = min(p.end, end)
    pieces.append(text[at:end])
    return "".join(pieces)


def _convert(t: Table, names: list[str] | None = None, with_header: bool = True) -> list[Para]:
    """A data table as one header paragraph and one paragraph per data row."""
    first = 0 if names is not None else _header_rows(t)
    names = names if names is not None else column_names(t)
    header_pages = t.pages.get(0, [])
    out: list[Para] = []
    if with_header:
        out.append(Para(HEADER_SEP.join(names), frozenset({HEADER_STYLE}), None, list(header_pages)))
    for r in range(first, t.n_rows):
        values = t.row(r)
        filled = [v for n, v in zip(names, values, strict=False) if v and column_role(n) != "label"]
        if not any(re.search(r"\w", v) for v in filled):
            continue  # an empty line of a form ("1 | … | …"): nothing to read or cite
        text = render_row(names, values)
        out.append(Para(text, frozenset({ROW_STYLE}), None, list(t.pages.get(r, []))))
    return out


def _continues(prev: tuple[Table, list[str]] | None, t: Table) -> bool:
    """A table that goes on from the previous one across a page: same columns, its first row data
    (or the header row repeated)."""
    if prev is None or prev[0].n_cols != t.n_cols:
        return False
    first = t.row(0)
    if [fold(x) for x in first] == [fold(x) for x in prev[0].row(0)]:
        return True
    return bool(first[0]) and bool(re.fullmatch(r"[\dIVXivx]{1,4}\.?", first[0]))


def tables_as_data(paras: list[Para]) -> list[Para]:
    """Replace each data table's cell paragraphs by its header and row paragraphs; keep everything else."""
    out: list[Para] = []
    prev: tuple[Table, list[str]] | None = None  # the last data table, when nothing came after it
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.cell is None:
            out.append(p)
            prev = None
            i += 1
            continue
        j = i
        table = p.cell[0]
        while j < len(paras) and (cell := paras[j].cell) is not None and cell[0] == table:
            j += 1
        t = _table_of(paras[i:j])
        if _continues(prev, t):
            assert prev is not None
            repeated = [fold(x) for x in t.row(0)] == [fold(x) for x in prev[0].row(0)]
            cont = Table(t.paras, {k: v for k, v in t.cells.items() if not (repeated and k[0] == 0)}, t.pages)
            out.extend(_convert(cont, prev[1], with_header=False))
        elif is_data_table(t):
            out.extend(_convert(t))
            prev = (t, column_names(t))
        elif (caption := _captioned(t)) is not None:
            title = next(x for x in t.row(0) if x)
            out.append(Para(title, p.style | {TITLE_STYLE}, None, t.pages.get(0, [])))
            out.extend(_convert(caption))
            prev = (caption, column_names(caption))
        elif _is_grid(t):
            out.extend(_grid_rows(t))
            prev = None
        else:
            out.extend(paras[i:j])
            prev = None
        i = j
    return out


def _shift(t: Table, k: int) -> Table:
    """The table without its first ``k`` rows."""
    cells = {(r - k, c): v for (r, c), v in t.cells.items() if r >= k}
    return Table(t.paras, cells, {r - k: pg for r, pg in t.pages.items() if r >= k})


def _captioned(t: Table) -> Table | None:
    """A data table under a title row spanning all columns ("BẢNG PHÂN CÔNG NHIỆM VỤ"), without it."""
    if t.n_rows < 3 or sum(1 for x in t.row(0) if x) != 1:
        return None
    rest = _shift(t, 1)
    return rest if is_data_table(rest) else None


def _is_layout(t: Table) -> bool:
    return any(_LAYOUT_RE.search(fold(x)) for x in t.cells.values())


def _is_grid(t: Table) -> bool:
    """A table of data without a header row (a list of schools, a timetable): several rows of several
    cells and nothing of a header or signature block."""
    if t.n_rows < 3 or t.n_cols < 2 or _is_layout(t):
        return False
    full = sum(1 for r in range(t.n_rows) if sum(1 for x in t.row(r) if x) >= 2)
    return full * 3 >= t.n_rows * 2


def _grid_rows(t: Table) -> list[Para]:
    """One paragraph per row, its cells in order joined by " | " (there are no column names to give)."""
    out = []
    for r in range(t.n_rows):
        values = [x for x in t.row(r) if x]
        if values:
            out.append(Para(HEADER_SEP.join(values), frozenset({ROW_STYLE}), None, list(t.pages.get(r, []))))
    return out


def is_table_para(style: frozenset[str]) -> bool:
    """True for the header and row paragraphs this module makes (not section headings, not prose)."""
    return ROW_STYLE in style or HEADER_STYLE in style


def header_of_row(paras: list, pos: int) -> tuple[int, int] | None:
    """(start, end) of the ``table-header`` paragraph whose data table has the ``table-row`` paragraph
    holding offset ``pos`` (a row continued on the next page keeps its first page's header); None when
    ``pos`` is in no row or its rows have no header (a grid). ``paras``: the document's paragraphs in
    reading order, as ``labelled_text`` reads them."""
    header: tuple[int, int] | None = None
    for p in paras:
        if HEADER_STYLE in p.style:
            header = (p.start, p.end)
        elif ROW_STYLE not in p.style:
            header = None
        elif p.start <= pos < p.end:
            return header
    return None


def reading_text(doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` as the answer's readers and the lexical index read it: its table rows, if it
    holds any, with their values named by their columns (``labelled_text``); the text itself otherwise.
    What a quote shows stays ``doc.text[start:end]``."""
    if any(ROW_STYLE in p.style and start <= p.start < end for p in doc.paragraphs):
        return labelled_text(doc.paragraphs, doc.text, start, end)
    return doc.text[start:end]


def cells_with_columns(doc, start: int, end: int) -> list[str]:
    """Each data-table row of ``doc.text[start:end]`` read with every cell preceded by its column's name
    ("Chi hội Cầu Đá; Số hội viên 61; Số được công nhận 1" for the row "5 | Cầu Đá | 61 | 2 | 1" under
    "TT | Chi hội | Số hội viên | ..."): a cell is written with its column's noun, as a sentence of prose
    would write it ("chi hội Cầu Đá"), so a body or a unit named by the column and the cell together is
    met in the row. [] when the span holds no row with a header. ``doc``: a ``Document`` (``text``,
    ``paragraphs``); offsets are the document's. For the readers only, never for a quote."""
    out: list[str] = []
    header: str | None = None
    for p in doc.paragraphs:
        if HEADER_STYLE in p.style:
            header = doc.text[p.start : p.end]
            continue
        if ROW_STYLE not in p.style:
            header = None
            continue
        if header is None or p.end <= start or p.start >= end:
            continue
        values = row_values(header, doc.text[p.start : p.end])
        out.append("; ".join(f"{name} {value}" for name, value in values.items()))
    return [r for r in out if r]


def is_row_line(line: str) -> bool:
    """Whether a line is a table row written with its cells joined by " | " (``render_row``'s rows of a
    DOCX/HTML table, a Markdown or plain-text pipe table "| 5 | Cầu Đá | 61 |" of a TXT, MD or PDF): two
    cell separators or more. Such a row is a unit of its own, however short ("5 | Cầu Đá | 61 | 2 | 1"),
    never glued to the next row's number."""
    return len(_CELL_SPLIT_RE.findall(line.strip())) >= 2
