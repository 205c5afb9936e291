"""Plain-text and Markdown loader: one ``Block`` per paragraph line, markup turned into styles.

Directives reach us as web-page text exports and as Markdown made by converters. The converters leave
``**bold**`` and ``*italic*`` runs, ``#`` headings, stray ``<b>`` tags, escapes (``\\_``) and ``-----`` rules;
worse, they glue consecutive bold paragraphs together (``**THÔNG BÁO****KẾT LUẬN ...**``). The markup
carries meaning (a bold line is a heading, an italic ``*Hội phụ nữ các cấp:*`` opens an organisation's
paragraph), so it becomes ``Block.style`` / ``Block.lead`` and never reaches ``Block.text``.

Lines are kept apart when they are explicit breaks (Markdown hard breaks, list items, numbered items,
tab-separated stamp lines); soft-wrapped lines are joined. Columns separated by tabs or laid out with runs
of spaces (a letterhead or signature table saved as text) become table cells
(``assistant.loaders.text_columns``). Paragraphs split by blank lines in the middle of a sentence are
rejoined later by ``assistant.parse.clean``, which sees the whole document.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.errors import LoadError
from assistant.loaders._common import join_wrapped
from assistant.loaders.encodings import decode_bytes
from assistant.loaders.md_tables import BR_RE, table_segments
from assistant.loaders.text_columns import column_segments, spaced_columns
from assistant.loaders.text_export import repair_lines
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces, nfc

_RULE_RE = re.compile(r"^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$")
_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# Lines that always start a new block: list bullets, numbered items, Roman items, "Điều 5." ...
_MARKER_RE = re.compile(
    r"^\s*(?:[-•+▪●◦–]\s|\d+(?:\.\d+)*[.)\-]\s|[IVXLC]+[.\-]\s|[a-zđ]\)\s|#|(?:Điều|Chương|Mục)\s+\w+)",
    re.IGNORECASE,
)
_TERMINAL = tuple(".:;!?")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_TAG_RE = re.compile(r"</?\s*(b|strong|i|em|u|span|p|br|div|font)\b[^>]*>", re.IGNORECASE)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|\"'])")


@dataclass
class _Run:
    """A piece of one paragraph with the emphasis that applies to it."""

    text: str
    bold: bool
    italic: bool
    glue: bool = False  # a bold run closed and the next opened at once: a paragraph boundary
    line: int | None = None  # set on the mark that starts logical line ``line``


def load(path: Path, settings: object | None = None) -> LoadedFile:
    """Read a .txt/.md file into blocks; raise ``LoadError`` when it is missing or holds no text."""
    path = Path(path)
    if not path.is_file():
        raise LoadError("Không tìm thấy tệp", "File not found", file=str(path), code="not_found")
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("Tệp rỗng", "The file is empty", file=str(path), code="empty")
    text, encoding = decode_bytes(data)
    if len(_ENTITY_RE.findall(text)) >= 3:  # text copied out of a page's source: "Đo&agrave;n"
        text = html.unescape(text)
    fmt = "md" if path.suffix.lower() in {".md", ".markdown"} else "txt"
    blocks = text_to_blocks(text, markdown=fmt == "md", export=fmt == "txt")
    if not blocks:
        raise LoadError(
            "Tệp không có nội dung chữ", "The file contains no text", file=str(path), code="empty"
        )
    return LoadedFile(path=str(path), blocks=blocks, format=fmt, encoding=encoding)


def text_to_blocks(text: str, markdown: bool = True, export: bool = False) -> list[Block]:
    """Split decoded text into styled blocks (exposed so other loaders can reuse it for text bodies).

    ``export`` marks a plain-text export of a web page: its glued letterhead and signature lines are
    split first (``assistant.loaders.text_export``).
    """
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    table = 0
    # Markdown pipe tables (a letterhead or signature table, cell lines joined by "<br>") are taken out
    # first, whatever the file's extension: a separator row "|---|" makes them Markdown (``md_tables``).
    for text_lines, md_rows in table_segments(text.split("\n")):
        for r, md_cells in enumerate(md_rows):
            for c, cell_lines in md_cells:
                # Each "<br>" line is a hard break; emphasis is paired over the whole cell.
                para = [f"{ln}  " for ln in cell_lines]
                blocks.extend(replace(b, cell=(table, r, c)) for b in _paragraph_blocks(para, True))
        table += bool(md_rows)
        if text_lines:
            table = _text_blocks(text_lines, markdown, export, blocks, table)
    return blocks


def _text_blocks(text_lines: list[str], markdown: bool, export: bool, blocks: list[Block], table: int) -> int:
    """Append the blocks of lines outside Markdown tables to ``blocks``; return the next table number."""
    # "<br>" outside a table is a line break too (a page's text pasted into a file), never glue.
    text_lines = [piece for ln in text_lines for piece in _br_lines(ln)]
    # Columns laid out with runs of spaces (a letterhead or signature table typed or saved as text) are
    # rewritten as tab-separated rows first, while their geometry is intact (``text_columns``).
    lines = spaced_columns(text_lines)
    if export:
        lines = repair_lines(lines)
    width = 0 if markdown else _wrap_width(lines)
    for plain, rows in column_segments(lines):
        for para in _paragraphs("\n".join(plain)):
            blocks.extend(_paragraph_blocks(para, markdown, width))
        for r, cells in enumerate(rows):  # tab-separated columns: cells, as a DOCX table gives them
            for c, cell_text in cells:
                cell = (table, r, c)
                blocks.extend(replace(b, cell=cell) for b in _paragraph_blocks([cell_text], markdown))
        table += bool(rows)
    return table


def _br_lines(line: str) -> list[str]:
    """A line cut at its "<br>" tags into hard-broken lines (unchanged when it has none)."""
    if not BR_RE.search(line):
        return [line]
    pieces = BR_RE.split(line)
    return [f"{p.rstrip()}  " for p in pieces[:-1]] + pieces[-1:]


def _wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text is cut at, or 0 when its lines are not hard-wrapped.

    A hard-wrapped file has many lines cut near one width (40-100 columns) in the middle of a sentence:
    at least four lines, and a fifth of all lines, reach 85% of the 90th-percentile length without
    ending in punctuation (a plan's short headings and list items make up much of the rest). Short header
    lines and finished sentences do not count.
    """
    stripped = [clean_spaces(ln) for ln in lines if clean_spaces(ln)]
    if len(stripped) < 6:
        return 0
    lengths = sorted(len(s) for s in stripped)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100 or width < 40:
        return 0
    cut = sum(1 for s in stripped if len(s) >= 0.85 * width and not s.endswith(_TERMINAL))
    return width if cut >= max(4, 0.2 * len(stripped)) else 0


def _paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated groups of lines (a line of only spaces/NBSP counts as blank)."""
    groups: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not clean_spaces(line) or _RULE_RE.match(line):
            if current:
                groups.append(current)
            current = []
            continue
        current.append(line)
    if current:
        groups.append(current)
    return groups


def _logical_lines(lines: list[str], markdown: bool, width: int = 0) -> list[str]:
    """Join soft-wrapped lines; keep hard breaks, list items and tabbed (stamp/table) lines apart.

    In plain text a line is joined to the previous one when that one is long and unfinished: at least
    60 characters, or (in a hard-wrapped file of ``width`` columns) within 30% of the wrap column.
    """
    long_line = min(60, int(width * 0.7)) if width else 60
    out: list[str] = []
    hard = True
    for line in lines:
        stripped = clean_spaces(line)
        starts_new = (
            hard
            or not out
            or "\t" in line
            or _MARKER_RE.match(_strip_markup_prefix(stripped)) is not None
            or "\t" in out[-1]
        )
        # A numbered line cut near the wrap column is a wrapped sentence ("1. Ban Thường vụ ... đồng chí
        # Phó Chủ tịch Trần" / "Văn Tài trực tiếp ..."), not a short heading.
        if not starts_new and _heading_line(out[-1]) and not (width and len(out[-1]) >= 0.85 * width):
            starts_new = True
        if not starts_new:
            prev = _strip_markup_suffix(out[-1])
            # Plain text is joined only when the previous line is long and unfinished (soft-wrapped),
            # so short header lines ("BAN CHẤP HÀNH TRUNG ƯƠNG", "*") stay apart.
            if prev.endswith(_TERMINAL) or (not markdown and (len(prev) < long_line or _all_caps(prev))):
                starts_new = True
        if starts_new:
            out.append(line.rstrip("\n"))
        else:
            out[-1] = join_wrapped(out[-1], line.strip())
        # Plain text keeps its lines, unless the whole file is hard-wrapped at ``width`` columns.
        hard = (not markdown and not width) or line.endswith("  ") or line.endswith("\\")
        if markdown and line.endswith("\\"):
            out[-1] = out[-1].rstrip("\\")
    return out


_HEADING_LABEL_RE = re.compile(r"^(?:#{1,6}\s|(?:\d+(?:\.\d+)*\.?|[IVXLC]+[.\-–])\s+\S)")


def _heading_line(line: str) -> bool:
    """A Markdown heading ("## 3. Tổ chức thực hiện") or a short numbered line without end punctuation
    ("3. Tổ chức thực hiện", "II- NHIỆM VỤ"): the next line starts a paragraph of its own, whatever
    Markdown's lazy continuation would say, because directives are written that way."""
    s = line.strip()
    if s.startswith("#"):
        return True
    return bool(_HEADING_LABEL_RE.match(s)) and len(s) <= 90 and not s.endswith((*_TERMINAL, ",", ";"))


def _all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _strip_markup_prefix(s: str) -> str:
    return _TAG_RE.sub("", s).lstrip("*_ ")


def _strip_markup_suffix(s: str) -> str:
    return _TAG_RE.sub("", s).rstrip().rstrip("*_").rstrip()


def _paragraph_blocks(lines: list[str], markdown: bool, width: int = 0) -> list[Block]:
    """Turn one paragraph's lines into blocks: heading/emphasis styles, leads, glued runs split.

    Emphasis is paired over the whole paragraph, because a bold run may span a hard line break
    (``**về việc ... 08/12/2009  \ncủa Bộ Chính trị**``); the blocks are then cut at line ends.
    """
    logical = _logical_lines(lines, markdown, width)
    levels: list[int] = []
    tokens: list[tuple[str, str]] = []
    for n, line in enumerate(logical):
        level = 0
        if markdown:
            m = _HEADING_RE.match(line)
            if m:
                level, line = len(m.group(1)), m.group(2)
        levels.append(level)
        if n:
            tokens.append(("nl", str(n)))
        tokens.extend(_tokens(line, markdown))
    blocks: list[Block] = []
    for line_no, runs in _split_lines(_runs(tokens)):
        for group in _split_glued(runs):
            block = _block_from_runs(group, levels[line_no])
            if block is not None:
                blocks.append(block)
    return blocks


def _split_lines(runs: list[_Run]) -> list[tuple[int, list[_Run]]]:
    """Cut the paragraph's runs at the line-break marks left by ``_runs``."""
    out: list[tuple[int, list[_Run]]] = [(0, [])]
    for run in runs:
        if run.line is not None:
            out.append((run.line, []))
        else:
            out[-1][1].append(run)
    return out


def _tokens(line: str, markdown: bool) -> list[tuple[str, str]]:
    """Split a line into ("text", s) and ("mark", kind) tokens; kinds: "**", "*", "_", "b", "/b", "i", "/i"."""
    pattern = (
        r"(</?\s*(?:b|strong|i|em)\s*>|\\.)"
        if not markdown
        else r"(</?\s*(?:b|strong|i|em)\s*>|\\.|\*\*|__|\*|_)"
    )
    out: list[tuple[str, str]] = []
    for part in re.split(pattern, line, flags=re.IGNORECASE):
        if not part:
            continue
        low = part.lower().replace(" ", "")
        if part.startswith("\\") and len(part) == 2:
            out.append(("text", part[1] if _ESCAPE_RE.match(part) else part))
        elif low in {"<b>", "<strong>"}:
            out.append(("mark", "b"))
        elif low in {"</b>", "</strong>"}:
            out.append(("mark", "/b"))
        elif low in {"<i>", "<em>"}:
            out.append(("mark", "i"))
        elif low in {"</i>", "</em>"}:
            out.append(("mark", "/i"))
        elif markdown and part in {"**", "__"}:
            out.append(("mark", "**"))
        elif markdown and part in {"*", "_"}:
            out.append(("mark", part))
        else:
            out.append(("text", _TAG_RE.sub("", part)))
    return out


def _pair(tokens: list[tuple[str, str]]) -> set[int]:
    """Indices of emphasis markers that have a partner; unpaired ones are literal text ("*" header line)."""
    paired: set[int] = set()
    for kind in ("**", "*", "_"):
        open_at: int | None = None
        for i, (t, v) in enumerate(tokens):
            if t != "mark" or v != kind:
                continue
            if kind == "_":
                # Intra-word underscores (snake_case, "ủy_(xh)") are not emphasis.
                before = tokens[i - 1][1] if i and tokens[i - 1][0] == "text" else " "
                after = tokens[i + 1][1] if i + 1 < len(tokens) and tokens[i + 1][0] == "text" else " "
                if before[-1:].isalnum() and after[:1].isalnum():
                    continue
            if open_at is None:
                open_at = i
            else:
                paired.update({open_at, i})
                open_at = None
    return paired


def _runs(tokens: list[tuple[str, str]]) -> list[_Run]:
    """Emphasis runs of one paragraph, with line-break marks between its logical lines."""
    paired = _pair(tokens)
    bold = italic = False
    html_bold = html_italic = False
    runs: list[_Run] = []
    last_closed_bold = False
    for i, (t, v) in enumerate(tokens):
        if t == "nl":
            runs.append(_Run("", False, False, line=int(v)))
            last_closed_bold = False
            continue
        if t == "mark" and (i in paired or v in {"b", "/b", "i", "/i"}):
            if v == "**":
                if not bold and last_closed_bold:
                    runs.append(_Run("", False, False, glue=True))
                bold = not bold
                last_closed_bold = not bold
                continue
            if v in {"*", "_"}:
                italic = not italic
            elif v == "b":
                html_bold = True
            elif v == "/b":
                html_bold = False
            elif v == "i":
                html_italic = True
            elif v == "/i":
                html_italic = False
            last_closed_bold = False
            continue
        text = v  # text, or an unpaired marker kept as literal
        if text:
            last_closed_bold = False
            runs.append(_Run(text, bold or html_bold, italic or html_italic))
    return runs


def _split_glued(runs: list[_Run]) -> list[list[_Run]]:
    """``**A****B**`` is two paragraphs the converter glued together: split at the glue marks."""
    groups: list[list[_Run]] = [[]]
    for run in runs:
        if run.glue:
            groups.append([])
        else:
            groups[-1].append(run)
    return [g for g in groups if any(r.text.strip() for r in g)]


def _block_from_runs(runs: list[_Run], heading_level: int) -> Block | None:
    """One block: text without markup; bold/italic when the whole text is; lead from an opening run."""
    text = "".join(r.text for r in runs)
    clean = clean_spaces(text)
    if not clean:
        return None
    styles: set[str] = set()
    if heading_level:
        styles.update({"heading", f"h{heading_level}"})
    visible = [r for r in runs if r.text.strip()]
    if visible and all(r.bold for r in visible):
        styles.add("bold")
    if visible and all(r.italic for r in visible):
        styles.add("italic")
    if clean.lstrip().startswith(("- ", "• ", "+ ")):
        styles.add("list")
    lead = None
    first = visible[0] if visible else None
    if first is not None and (first.bold or first.italic) and len(visible) > 1:
        candidate = clean_spaces(first.text)
        if candidate.endswith(":") and len(candidate) <= 120:
            lead = candidate
    return Block(text=clean, style=frozenset(styles), lead=lead)
