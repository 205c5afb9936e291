"""DOCX loader: the body in reading order under the layout contract of ``assistant.models.Block``.

- One block per paragraph, and one per line of a paragraph written with soft breaks (``w:br``, ``w:cr``;
  page and column breaks too); paragraph boundaries are never merged, automatic numbers ("1.", "a)")
  are rendered from ``numbering.xml`` onto the paragraph's first line.
- Tables are read as tables: every cell's paragraphs in order, with ``cell=(table, row, col)`` (``col``
  is the grid column, so ``gridSpan`` and ``gridBefore`` count); a merged cell (``gridSpan``,
  ``vMerge``, ``hMerge``) is read once, at its first row/column; nested tables get their own number.
- Text boxes, VML (``w:pict``/``v:textbox``) and DrawingML (``wps:txbx``), are read at their anchor:
  after the line that holds the anchor, or before the paragraph's text when the anchor comes first.
  In ``mc:AlternateContent`` only the first ``mc:Choice`` is read, never the ``mc:Fallback`` copy.
- Tracked changes are read as accepted: insertions and moves in, deletions out; a deleted paragraph
  mark joins the paragraph with the next one, as Word shows it. Hidden text (``w:vanish``) is left out.

Headers and footers are left out: they repeat on every page and say nothing.

Footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``) that the text refers to are read
after the body, in the order of their marks, under a "Chú thích" heading (styled ``footnote``): after the
signature they become a closing part of their own, as an appendix does. Read at the mark instead, a note
landed inside the clause it qualifies and split what a reader quotes whole (a body's list of duties
"a) ... b) ..." with a note after b), a preamble sentence with a note on the act it cites): the body is
kept as printed, and the note, a sentence of its own ("Dư nợ ... tại thời điểm 31/12/2029 là 318,6 tỷ
đồng."), is found by what it says. A .doc converted by LibreOffice keeps its notes in these parts, so it is
read the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import finish, lead_of, load_error, writes_own_label
from assistant.loaders.wordml import Numbering, Styles, W
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TXBX = W + "txbxContent"
# Inline containers whose text is not in the final document (tracked deletions, moved-away text).
_DELETED = {W + "del", W + "moveFrom"}
# Block-level wrappers whose paragraphs and tables belong to the body (content controls, custom XML,
# tracked insertions and moves).
_BLOCK_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo", W + "smartTag"}
_BULLET_START_RE = re.compile(r"^[-–•+*▪]\s")
NOTES_HEADING = "Chú thích"  # the heading the notes are read under (a label, not text of the document)

# A line under construction: (text, bold, italic) runs.
_Runs = list[tuple[str, bool, bool]]


def _choice(alt):
    """The branch of ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
    for tag in (MC + "Choice", MC + "Fallback"):
        for child in alt:
            if child.tag == tag:
                return child
    return None


def _text_boxes(el) -> list:
    """Outermost ``w:txbxContent`` under a drawing or picture, one AlternateContent branch read."""
    found: list = []

    def walk(e) -> None:
        for child in e:
            if child.tag == _TXBX:
                found.append(child)
            elif child.tag == MC + "AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    walk(branch)
            else:
                walk(child)

    walk(el)
    return found


def _wrapped(parent, tag: str) -> list:
    """Children ``tag`` of ``parent``, looking through content-control and custom-XML wrappers."""
    out = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _BLOCK_WRAPPERS:
            out.extend(_wrapped(child, tag))
    return out


def _val(parent, tag: str) -> str | None:
    el = parent.find(W + tag) if parent is not None else None
    return el.get(W + "val") if el is not None else None


def _int(value: str | None, default: int) -> int:
    """A ``w:val`` number; a missing or malformed one (hand-edited files) gives ``default``."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Reader:
    """Walks a body (or a cell, or a text box) and appends blocks in reading order."""

    def __init__(self, styles: Styles, numbering: Numbering, notes: dict[str, object] | None = None) -> None:
        self.styles, self.numbering = styles, numbering
        self.notes = notes or {}  # footnote and endnote elements by ("foot"|"end", id)
        self.referenced: list = []  # the notes the text refers to, in the order of their marks
        self.blocks: list[Block] = []
        self.tables = 0
        self._glue = False  # the last paragraph's mark was deleted: its text runs on into the next one

    def container(self, el, cell: tuple[int, int, int] | None, extra: frozenset[str]) -> None:
        """Paragraphs, tables and wrapped content of ``el`` in document order."""
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, cell, extra)
            elif tag == W + "tbl":
                self.table(child, extra)
            elif tag in _BLOCK_WRAPPERS:
                self.container(child, cell, extra)
            elif tag == MC + "AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self.container(branch, cell, extra)

    # ------------------------------------------------------------------------------------------ tables

    def table(self, tbl, extra: frozenset[str]) -> None:
        """Cells in row-major order, each merged cell once, with (table, row, grid column)."""
        number = self.tables
        self.tables += 1
        style = extra | {"table"}
        row = 0
        for tr in _wrapped(tbl, W + "tr"):
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue  # a row deleted with tracked changes on
            col = _int(_val(trpr, "gridBefore"), 0)
            for tc in _wrapped(tr, W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, _int(_val(tcpr, "gridSpan"), 1))
                merged = [tcpr.find(W + t) for t in ("vMerge", "hMerge")] if tcpr is not None else []
                if not any(m is not None and m.get(W + "val", "continue") != "restart" for m in merged):
                    self.container(tc, (number, row, col), style)
                col += span
            row += 1

    # -------------------------------------------------------------------------------------- paragraphs

    def paragraph(self, p, cell: tuple[int, int, int] | None, extra: frozenset[str]) -> None:
        """One block per line of the paragraph; text boxes anchored in it follow their anchor's line."""
        ppr = p.find(W + "pPr")
        pstyle = _val(ppr, "pStyle")
        pieces: list = []
        self._collect(p, pstyle, pieces)
        has_text = any(piece[0] == "text" and piece[1].strip() for piece in pieces)
        hints = extra | self._hints(ppr, pstyle)
        numbered, prefix = self._number(ppr, pstyle) if has_text else (False, None)
        glue, self._glue = self._glue, False
        line: _Runs = []
        pending: list = []
        first = True

        def flush() -> None:
            nonlocal first, line, glue
            if any(t.strip() for t, _, _ in line):
                self._emit(line, hints, (numbered, prefix) if first else (False, None), cell, glue)
                first = glue = False
            line = []
            for box in pending:
                self.container(box, cell, extra | {"textbox"})
            pending.clear()

        for piece in pieces:
            if piece[0] == "text":
                line.append(piece[1:])
            elif piece[0] == "break":
                flush()
            elif piece[0] == "note":
                note = self.notes.get(piece[1])
                if note is not None and all(note is not n for n in self.referenced):
                    self.referenced.append(note)  # read after the body (see the module docstring)
            elif any(t.strip() for t, _, _ in line):
                pending.append(piece[1])  # a box anchored mid-line: after this line
            else:
                self.container(piece[1], cell, extra | {"textbox"})
        flush()
        rpr = ppr.find(W + "rPr") if ppr is not None else None
        self._glue = has_text and rpr is not None and rpr.find(W + "del") is not None

    def read_notes(self) -> None:
        """The notes the text refers to, after the body under ``NOTES_HEADING``; a note's own mark
        (``w:footnoteRef``) is no text, and a note read once stays read (a mark repeated)."""
        if not self.referenced:
            return
        self.blocks.append(Block(text=NOTES_HEADING, style=frozenset({"footnote", "heading"})))
        notes, self.referenced = self.referenced, []
        for note in notes:
            self.container(note, None, frozenset({"footnote"}))

    def _emit(
        self,
        runs: _Runs,
        hints: frozenset[str],
        number: tuple[bool, str | None],
        cell: tuple[int, int, int] | None,
        glue: bool,
    ) -> None:
        text = clean_spaces("".join(r[0] for r in runs))
        if glue and self.blocks and self.blocks[-1].cell == cell:
            prev = self.blocks[-1]
            self.blocks[-1] = replace(prev, text=f"{prev.text} {text}")
            return
        style = set(hints)
        total = sum(len(r[0].strip()) for r in runs) or 1
        if sum(len(r[0].strip()) for r in runs if r[1]) / total > 0.9:
            style.add("bold")
        if sum(len(r[0].strip()) for r in runs if r[2]) / total > 0.9:
            style.add("italic")
        lead = lead_of([(r[0], r[1] or r[2]) for r in runs])
        numbered, prefix = number
        if numbered:
            style.add("list")
        if prefix and not writes_own_label(text):  # "Bước 4: ..." numbered "4." by Word: written once
            text = f"{prefix} {text}"
        if _BULLET_START_RE.match(text):
            style.add("list")
        self.blocks.append(Block(text=text, style=frozenset(style), lead=lead, cell=cell))

    def _hints(self, ppr, pstyle: str | None) -> frozenset[str]:
        style: set[str] = set()
        level = self.styles.heading_level(pstyle)
        if level:
            style.update({"heading", f"h{level}"})
        jc = ppr.find(W + "jc") if ppr is not None else None
        if jc is None:
            jc = self.styles.ppr(pstyle, "jc")
        if jc is not None and jc.get(W + "val") == "center":
            style.add("center")
        return frozenset(style)

    def _number(self, ppr, pstyle: str | None) -> tuple[bool, str | None]:
        """(is a list paragraph, rendered number) from the paragraph's or its style's ``w:numPr``."""
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is None:
            numpr = self.styles.ppr(pstyle, "numPr")
        num_id = _val(numpr, "numId")
        if not num_id or num_id == "0":
            return False, None
        return True, self.numbering.render(num_id, _int(_val(numpr, "ilvl"), 0))

    def _collect(self, el, pstyle: str | None, out: list) -> None:
        """Pieces of a paragraph in order: ("text", s, bold, italic), ("break",), ("box", txbxContent)."""
        for child in el:
            tag = child.tag
            if tag == W + "r":
                bold, italic, hidden = self.styles.run_flags(child.find(W + "rPr"), pstyle)
                if not hidden:
                    self._run_items(child, bold, italic, out)
            elif tag in _DELETED or tag == W + "pPr" or not isinstance(tag, str):
                continue
            elif tag == MC + "AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self._collect(branch, pstyle, out)
            else:  # hyperlinks, insertions, moves, fields, smart tags, inline content controls
                self._collect(child, pstyle, out)

    def _run_items(self, r, bold: bool, italic: bool, out: list) -> None:
        for child in r:
            tag = child.tag
            if tag == W + "t":
                out.append(("text", child.text or "", bold, italic))
            elif tag in (W + "tab", W + "ptab"):
                out.append(("text", " ", bold, italic))
            elif tag in (W + "br", W + "cr"):
                out.append(("break",))
            elif tag == W + "noBreakHyphen":
                out.append(("text", "-", bold, italic))
            elif tag == W + "sym":
                code = child.get(W + "char", "")
                if re.fullmatch(r"[0-9A-Fa-f]{2,4}", code):
                    out.append(("text", chr(int(code, 16)), bold, italic))
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                kind = "foot" if tag == W + "footnoteReference" else "end"
                out.append(("note", (kind, child.get(W + "id", ""))))
            elif tag in (W + "drawing", W + "pict"):
                out.extend(("box", box) for box in _text_boxes(child))
            elif tag == MC + "AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self._run_items(branch, bold, italic, out)


def _notes(document) -> dict[tuple[str, str], object]:
    """The footnotes and endnotes of the package by (kind, id): ``w:footnote`` / ``w:endnote`` elements
    (separators included; only those a mark refers to are read). A part that does not parse is skipped."""
    from lxml import etree

    notes: dict[tuple[str, str], object] = {}
    for rel in document.part.rels.values():
        kind = {"footnotes": "foot", "endnotes": "end"}.get(rel.reltype.rsplit("/", 1)[-1])
        if kind is None or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except Exception:  # a damaged notes part: the body is still read
            continue
        for note in root.iter(W + f"{kind}note"):
            notes[(kind, note.get(W + "id", ""))] = note
    return notes


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load a .docx into blocks (see the module docstring for the layout rules).

    Raises ``LoadError`` ``corrupt`` when the package cannot be opened.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise load_error(
            "corrupt",
            path,
            f"Tệp DOCX bị hỏng, không mở được ({exc}).",
            f"Corrupt DOCX, cannot be opened ({exc}).",
        ) from exc
    except Exception as exc:  # zipfile/lxml errors on truncated files
        raise load_error(
            "corrupt",
            path,
            f"Tệp DOCX bị hỏng, không mở được ({exc}).",
            f"Corrupt DOCX, cannot be opened ({exc}).",
        ) from exc
    reader = _Reader(Styles(document), Numbering(document), _notes(document))
    reader.container(document.element.body, None, frozenset())
    reader.read_notes()
    return finish(LoadedFile(path=str(path), blocks=reader.blocks, format="docx"), path)
