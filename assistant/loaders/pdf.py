"""PDF loader (pypdf): paragraphs with 1-based page numbers, bold/italic from font names, OCR fallback.

pypdf gives text line by line; this module rebuilds paragraphs inside each page from the line
geometry its text visitor reports (left edge, baseline, font), because citations need paragraphs, not
printed lines. Paragraphs split by a page break are rejoined downstream by the cleaning stage.
Pages with no text layer but with images are sent to OCR (``assistant.loaders.ocr``).
"""

from __future__ import annotations

import logging
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import finish, join_lines, lead_of, load_error
from assistant.loaders.pdf_tables import (
    ITEM_START_RE,
    SENTENCE_END_RE,
    PdfTable,
    TableSequence,
    candidate_pages,
    find_tables,
    next_item_line,
)
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces

log = logging.getLogger(__name__)

# A page with fewer extracted characters than this, but with images, is treated as scanned.
MIN_TEXT_CHARS = 20


@dataclass
class _Line:
    """One printed line: its text, where it starts, and how much of it is bold/italic."""

    # (text, bold, italic, x, y, size): x/y where the run starts (PDF user space), size in points
    runs: list[tuple[str, bool, bool, float, float, float]] = field(default_factory=list)
    x: float | None = None
    y: float | None = None
    size: float = 0.0

    @property
    def text(self) -> str:
        return clean_spaces("".join(r[0] for r in self.runs))

    def share(self, which: int) -> float:
        """Share of non-space characters in bold (which=1) or italic (which=2) fonts."""
        total = sum(len(r[0].strip()) for r in self.runs) or 1
        return sum(len(r[0].strip()) for r in self.runs if r[which]) / total


def _font_flags(font: dict | None) -> tuple[bool, bool]:
    """(bold, italic) from the BaseFont name ("TimesNewRomanPS-BoldItalicMT", "Times New Roman,Bold")."""
    if not font:
        return False, False
    name = str(font.get("/BaseFont", "")).lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold")), any(
        w in name for w in ("italic", "oblique")
    )


def _page_lines(page) -> list[_Line]:
    """The page's printed lines in reading order, from pypdf's text visitor."""
    from pypdf import mult

    lines: list[_Line] = [_Line()]

    def visit(text: str, cm: list, tm: list, font: dict | None, size: float) -> None:
        if not text:
            return
        bold, italic = _font_flags(font)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                lines.append(_Line())
            if not part:
                continue
            line = lines[-1]
            m = mult(tm, cm)
            x, y = float(m[4]), float(m[5])
            points = float(size) * (abs(float(m[0])) or 1.0) if size else 0.0
            if line.x is None and part.strip():
                line.x, line.y, line.size = x, y, points
            line.runs.append((part, bold, italic, x, y, points))

    page.extract_text(visitor_text=visit)
    return [ln for ln in lines if ln.text]


@dataclass
class _PageStats:
    """What a page's body text looks like: left margin, line gap, full line length, body font size, and
    the gap between two lines of one paragraph (``line_gap``, measured over the whole document)."""

    left: float
    gap: float
    full: int
    body_size: float
    line_gap: float = 0.0


# A page with fewer body lines than this takes its full line length from the whole document: the last
# page of a notice (one item, the closing sentence, the signature) has too few lines to tell.
_FEW_LINES = 10
# A line after a sentence end that sits this much further down than two lines of one paragraph opens a
# new paragraph (Word's "spacing after", 6 pt under 13-14 pt lines, gives 1.3-1.5; the baselines of one
# paragraph's lines differ by well under 5 %).
_PARA_SPACING = 1.15
# A line this long (characters) beside a table is body text in another column, not a stray label or
# a page number printed in the margin.
_COLUMN_LINE = 12


def _gaps(lines: list[_Line]) -> list[tuple[_Line, float]]:
    """(line above, distance down to the next line) for consecutive lines of one column."""
    return [
        (a, a.y - b.y)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.y is not None and b.y is not None and 0 < a.y - b.y < 60
    ]


def _full_length(lines: list[_Line]) -> int:
    lengths = sorted(len(ln.text) for ln in lines) or [0]
    return lengths[int(len(lengths) * 0.8)] if len(lengths) >= 5 else lengths[-1]


def _document_stats(pages: list[list[_Line]]) -> tuple[int, float]:
    """(full line length, gap inside a paragraph) over all text pages: the gap below a full-length line
    that stops mid-sentence (a wrapped line, whose paragraph surely goes on); 0.0 when there is none."""
    lines = [ln for page in pages for ln in page]
    full = _full_length(lines)
    inside = [
        g
        for page in pages
        for a, g in _gaps(page)
        if full and len(a.text) >= 0.9 * full and not SENTENCE_END_RE.search(a.text)
    ]
    return full, statistics.median(inside) if inside else 0.0


def _stats(lines: list[_Line], document: tuple[int, float] = (0, 0.0)) -> _PageStats:
    xs = [round(ln.x or 0) for ln in lines if len(ln.text) > 30] or [round(ln.x or 0) for ln in lines]
    gaps = [g for _, g in _gaps(lines)]
    full = _full_length(lines)
    if document[0] and sum(1 for ln in lines if len(ln.text) > 30) < _FEW_LINES:
        full = document[0]
    sizes = [ln.size for ln in lines if ln.size]
    return _PageStats(
        left=statistics.mode(xs) if xs else 0.0,
        gap=statistics.median(gaps) if gaps else 14.0,
        full=full,
        body_size=statistics.median(sizes) if sizes else 0.0,
        line_gap=document[1],
    )


def _paragraphs(lines: list[_Line], page_no: int, stats: _PageStats) -> list[Block]:
    """Join a page's lines into paragraphs by indentation, spacing, line length and list markers."""
    if not lines:
        return []
    st = stats
    groups: list[list[_Line]] = []
    for ln in lines:
        if groups:
            prev = groups[-1][-1]
            opened = [g[0].text for g in groups]
            if not _starts_paragraph(prev, ln, st) and not next_item_line(opened, ln.text):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    return [_block(g, page_no, st.body_size) for g in groups]


def _page_blocks(
    lines: list[_Line],
    page_no: int,
    tables: list[PdfTable],
    seq: TableSequence,
    document: tuple[int, float] = (0, 0.0),
) -> list[Block]:
    """The page's blocks in reading order: paragraphs between tables, each table as cell blocks.

    Text drawn inside a table's box is left out of the paragraphs (the table gives it as cells);
    a line belongs before the first table whose bottom lies below it.
    """
    stats = _stats(lines, document)  # margins and spacing of the whole page, tables included
    if not tables:
        return _paragraphs(lines, page_no, stats)
    kept = [ln for ln in (_outside(ln, tables) for ln in lines) if ln is not None]
    if any(_beside(ln, t) for ln in kept for t in tables):
        return _column_blocks(kept, page_no, tables, seq, stats)
    segments: list[list[_Line]] = [[] for _ in range(len(tables) + 1)]
    for ln in kept:
        segments[sum(1 for t in tables if ln.y is not None and ln.y < t.bbox[1])].append(ln)
    blocks = _paragraphs(segments[0], page_no, stats)
    for k, table in enumerate(tables):
        starts = k == 0 and _only_furniture(segments[0])
        ends = k == len(tables) - 1 and _only_furniture(segments[-1])
        blocks += seq.add(table, starts_page=starts, ends_page=ends)
        blocks += _paragraphs(segments[k + 1], page_no, stats)
    return blocks


def _beside(line: _Line, table: PdfTable) -> bool:
    """Whether a body line is printed beside the table (within its height, clear of its width): the page
    sets text in columns and the table stands in one of them."""
    x0, y0, x1, y1 = table.bbox
    if line.x is None or line.y is None or len(line.text) < _COLUMN_LINE:
        return False
    return y0 < line.y < y1 and not (x0 - 2 <= line.x <= x1)


def _under(table: PdfTable, line: _Line) -> bool:
    """Whether the line comes below the table in the table's column (it starts within the table's width)."""
    x0, y0, x1, _ = table.bbox
    return line.y is not None and line.y < y0 and line.x is not None and x0 - 2 <= line.x <= x1


def _column_blocks(
    kept: list[_Line], page_no: int, tables: list[PdfTable], seq: TableSequence, stats: _PageStats
) -> list[Block]:
    """Blocks of a page set in columns, in the order the page draws its lines (column by column, as Word
    and LibreOffice write them): each table comes just before the first line printed below it in its own
    column. Sorting the lines by height alone (``_page_blocks``) would put the second column's upper lines
    before a table of the first and the first column's lines under the table after them."""
    blocks: list[Block] = []
    pending = list(tables)
    run: list[_Line] = []
    for ln in kept:
        due = [t for t in pending if _under(t, ln)]
        if due:
            starts = not blocks and _only_furniture(run)
            blocks += _paragraphs(run, page_no, stats)
            run = []
            for t in due:
                blocks += seq.add(t, starts_page=starts and t is tables[0], ends_page=False)
                pending.remove(t)
        run.append(ln)
    blocks += _paragraphs(run, page_no, stats)
    for t in pending:
        blocks += seq.add(t, starts_page=False, ends_page=t is tables[-1])
    return blocks


def _outside(line: _Line, tables: list[PdfTable]) -> _Line | None:
    """The line without its runs drawn inside a table; None when nothing is left."""
    runs = [r for r in line.runs if not any(t.contains(r[3], r[4]) for t in tables)]
    if len(runs) == len(line.runs):
        return line
    first = next((r for r in runs if r[0].strip()), None)
    if first is None:
        return None
    return _Line(runs=runs, x=first[3], y=first[4], size=first[5])


def _only_furniture(lines: list[_Line]) -> bool:
    """At most three short lines (a running header or footer, a page number) and nothing else."""
    return len(lines) <= 3 and all(len(ln.text) <= 120 for ln in lines)


def _starts_paragraph(prev: _Line, cur: _Line, st: _PageStats) -> bool:
    """Whether ``cur`` opens a new paragraph after ``prev`` on the same page."""
    left, gap, full = st.left, st.gap, st.full
    if prev.y is not None and cur.y is not None:
        dy = prev.y - cur.y
        if dy <= 0 or dy > 1.6 * gap:  # a column jump, or a blank line between paragraphs
            return True
        if st.line_gap and dy > _PARA_SPACING * st.line_gap and SENTENCE_END_RE.search(prev.text):
            return True  # a sentence ends and paragraph spacing follows (a closing sentence after item N)
    if cur.x is not None and cur.x > left + 8:  # first-line indent or a centred line
        return True
    prev_text, cur_text = prev.text, cur.text
    if len(prev_text) < 0.75 * full:  # the previous line stopped short: its paragraph ended
        return True
    if ITEM_START_RE.match(cur_text) and (SENTENCE_END_RE.search(prev_text) or _all_caps(prev_text)):
        return True  # a numbered item after a full stop or under an all-capitals heading line
    if _all_caps(cur_text) and not _all_caps(prev_text) and SENTENCE_END_RE.search(prev_text):
        return True  # a capitals title line after a full stop ("... kịp thời." / "BẢNG TIẾN ĐỘ THỰC HIỆN")
    if (prev.share(1) > 0.9) != (cur.share(1) > 0.9) or abs(prev.size - cur.size) > 1.0:
        return True  # a bold heading line followed by body text, or a change of font size
    return False


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _block(group: list[_Line], page_no: int, body_size: float) -> Block:
    """A paragraph block with style hints and the emphasised lead-in of its first line."""
    text = clean_spaces(join_lines([ln.text for ln in group]))
    style: set[str] = set()
    runs = [r for ln in group for r in ln.runs]
    total = sum(len(r[0].strip()) for r in runs) or 1
    if sum(len(r[0].strip()) for r in runs if r[1]) / total > 0.9:
        style.add("bold")
    if sum(len(r[0].strip()) for r in runs if r[2]) / total > 0.9:
        style.add("italic")
    if body_size and group[0].size > body_size + 1.5 and len(text) < 200:
        style.add("heading")
    if ITEM_START_RE.match(text) and text[:1] in "-–•+*▪":
        style.add("list")
    lead = lead_of([(r[0], r[1] or r[2]) for r in runs])
    return Block(text=text, page=page_no, style=frozenset(style), lead=lead)


def _has_images(page) -> bool:
    """Whether the page draws any image XObject (a scanned page does)."""
    try:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        return any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects)
    except Exception:  # unusual resource trees: assume an image so that OCR gets a chance
        return True


def _open(path: Path):
    """Open the PDF, decrypting with the empty password when needed; map failures to LoadError codes."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(path, strict=False)
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        raise load_error(
            "corrupt",
            path,
            f"Tệp PDF bị hỏng, không đọc được ({exc}).",
            f"Corrupt PDF, cannot be read ({exc}).",
        ) from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except DependencyError as exc:  # AES needs the optional "cryptography" package
            raise load_error(
                "encrypted",
                path,
                "PDF được mã hóa AES; cần cài gói Python cryptography (pip install cryptography) để mở.",
                "The PDF is AES-encrypted; install the Python package cryptography "
                "(pip install cryptography) to open it.",
            ) from exc
        except Exception:  # unsupported encryption algorithms raise instead of returning 0
            ok = 0
        if not ok:
            raise load_error(
                "encrypted",
                path,
                "Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi thêm lại.",
                "The PDF is password-protected; remove the password and add it again.",
            )
    try:
        _ = len(reader.pages)
    except Exception as exc:
        raise load_error(
            "corrupt",
            path,
            f"Tệp PDF bị hỏng (không đọc được trang: {exc}).",
            f"Corrupt PDF (cannot read pages: {exc}).",
        ) from exc
    return reader


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load a PDF: text pages through pypdf, scanned pages through OCR when Tesseract is available."""
    reader = _open(path)
    page_count = len(reader.pages)
    per_page: dict[int, list[Block]] = {}
    text_pages: dict[int, list[_Line]] = {}
    scanned: list[int] = []
    warnings: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            lines = _page_lines(page)
        except Exception as exc:  # one damaged page should not lose the whole document
            log.warning("%s: page %d unreadable: %s", path, number, exc)
            warnings.append(
                f"Trang {number} không đọc được ({exc}) / Page {number} could not be read ({exc})"
            )
            lines = []
        if sum(len(ln.text) for ln in lines) < MIN_TEXT_CHARS and _has_images(page):
            scanned.append(number)
            continue
        text_pages[number] = lines
    tables = find_tables(path, candidate_pages(path, sorted(text_pages)))
    seq = TableSequence()
    document = _document_stats(list(text_pages.values()))
    for number, lines in text_pages.items():
        per_page[number] = _page_blocks(lines, number, tables.get(number, []), seq, document)

    ocr_done: list[int] = []
    skipped: list[int] = []
    if scanned:
        from assistant.loaders import ocr

        result = ocr.ocr_pdf_pages(path, scanned, settings)
        per_page.update(result.blocks)
        ocr_done, skipped = result.ocr_pages, result.skipped_pages
        warnings.extend(result.warnings)

    blocks = [b for n in sorted(per_page) for b in per_page[n]]
    loaded = LoadedFile(
        path=str(path),
        blocks=blocks,
        format="pdf",
        page_count=page_count,
        ocr_pages=ocr_done,
        skipped_pages=skipped,
        warnings=warnings,
    )
    if not any(b.text.strip() for b in blocks):
        if skipped:
            raise load_error(
                "image_only",
                path,
                f"PDF chỉ có ảnh quét (trang {_pages(skipped)}) và không chạy được OCR. "
                "Cài Tesseract: apt-get install tesseract-ocr tesseract-ocr-vie",
                f"The PDF holds only scanned images (pages {_pages(skipped)}) and OCR is unavailable. "
                "Install Tesseract: apt-get install tesseract-ocr tesseract-ocr-vie",
            )
        if ocr_done:  # scanned pages were read by OCR, which found no words on them
            raise load_error(
                "image_only",
                path,
                f"PDF chỉ có ảnh quét; đã nhận dạng chữ (OCR) trang {_pages(ocr_done)} nhưng không thấy chữ nào "
                "đọc được (ảnh mờ, trắng hoặc không phải văn bản).",
                f"The PDF holds only scanned images; OCR ran on page(s) {_pages(ocr_done)} but found no "
                "readable text (blurred, blank or not a document).",
            )
        raise load_error(
            "empty",
            path,
            "PDF không có chữ nào (không có lớp văn bản, không có ảnh quét).",
            "The PDF contains no text (no text layer and no scanned images).",
        )
    return finish(loaded, path)


def _pages(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)
