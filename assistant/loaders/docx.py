"""DOCX loader (python-docx): body paragraphs and table rows in document order, with style hints.

Word keeps formatting in three places (the run, the run's character style, the paragraph style chain),
and list numbers are not text at all but computed from ``numbering.xml``. Both matter downstream: bold
or italic lead-ins name the organisation a paragraph assigns work to, and "1.2." / "a)" numbers carry
the section structure. Headers and footers are left out: they repeat on every page and say nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import finish, lead_of, load_error
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Containers whose text is not part of the paragraph's own line (text boxes, drawings, deletions).
_SKIP_TAGS = {
    W + "del",
    W + "moveFrom",
    W + "drawing",
    W + "pict",
    W + "object",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    W + "instrText",
    W + "delText",
}
_HEADING_RE = re.compile(r"^(?:heading|tiêu đề)\s*(\d)$", re.IGNORECASE)
_BULLET_START_RE = re.compile(r"^[-–•+*▪]\s")


def _on(el) -> bool | None:
    """The value of a Word on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``), None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in {"0", "false", "off", "none"}


class _Styles:
    """Resolves bold/italic/alignment/numbering/heading level through Word's style inheritance."""

    def __init__(self, document) -> None:
        self._by_id = {s.style_id: s for s in document.styles}
        self._cache: dict[tuple[str | None, str], object] = {}

    def _chain(self, style_id: str | None):
        seen = set()
        style = self._by_id.get(style_id) if style_id else None
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            yield style
            style = style.base_style

    def run_flag(self, style_id: str | None, tag: str) -> bool | None:
        """``w:b`` or ``w:i`` from a style's run properties, following ``basedOn``."""
        key = (style_id, tag)
        if key not in self._cache:
            value = None
            for style in self._chain(style_id):
                rpr = style.element.find(W + "rPr")
                value = _on(rpr.find(W + tag)) if rpr is not None else None
                if value is not None:
                    break
            self._cache[key] = value
        return self._cache[key]  # type: ignore[return-value]

    def ppr(self, style_id: str | None, tag: str):
        """The first ``w:pPr/<tag>`` element up the paragraph style chain."""
        for style in self._chain(style_id):
            ppr = style.element.find(W + "pPr")
            el = ppr.find(W + tag) if ppr is not None else None
            if el is not None:
                return el
        return None

    def heading_level(self, style_id: str | None) -> int | None:
        """1-6 for Heading N styles, 1 for Title, or the outline level a style sets."""
        for style in self._chain(style_id):
            name = (style.name or "").strip()
            if name.lower() == "title":
                return 1
            m = _HEADING_RE.match(name)
            if m:
                return int(m.group(1))
        el = self.ppr(style_id, "outlineLvl")
        if el is not None and el.get(W + "val", "9").isdigit() and int(el.get(W + "val")) < 6:
            return int(el.get(W + "val")) + 1
        return None


def _runs(p, styles: _Styles, para_style: str | None) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) for every visible run of a paragraph, skipping deletions and text boxes."""
    out: list[tuple[str, bool, bool]] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP_TAGS:
                continue
            if tag == W + "r":
                out.append(_run(child, styles, para_style))
            elif tag != W + "pPr":
                walk(child)

    walk(p)
    return out


def _run(r, styles: _Styles, para_style: str | None) -> tuple[str, bool, bool]:
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in (W + "tab", W + "br", W + "cr"):
            parts.append(" ")
        elif tag in (W + "noBreakHyphen", W + "softHyphen"):
            parts.append("-" if tag.endswith("noBreakHyphen") else "")
        elif tag == W + "sym":
            code = child.get(W + "char", "")
            parts.append(chr(int(code, 16)) if re.fullmatch(r"[0-9A-Fa-f]{2,4}", code) else "")
    rpr = r.find(W + "rPr")
    flags = []
    for tag in ("b", "i"):
        value = _on(rpr.find(W + tag)) if rpr is not None else None
        if value is None and rpr is not None and rpr.find(W + "rStyle") is not None:
            value = styles.run_flag(rpr.find(W + "rStyle").get(W + "val"), tag)
        if value is None:
            value = styles.run_flag(para_style, tag)
        flags.append(bool(value))
    return "".join(parts), flags[0], flags[1]


class _Numbering:
    """Renders list numbers ("1.", "1.2.", "a)", "-") from numbering.xml, counting as Word does."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, fmt, text)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for an in root.findall(W + "abstractNum"):
            abstract[an.get(W + "abstractNumId")] = {
                int(lvl.get(W + "ilvl", "0")): self._level(lvl) for lvl in an.findall(W + "lvl")
            }
        for num in root.findall(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W + "val") if ref is not None else "", {}))
            for override in num.findall(W + "lvlOverride"):
                ilvl = int(override.get(W + "ilvl", "0"))
                start = override.find(W + "startOverride")
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (int(start.get(W + "val", "1")), fmt, text)
            self.levels[num.get(W + "numId")] = levels

    @staticmethod
    def _level(lvl) -> tuple[int, str, str]:
        def val(tag: str, default: str) -> str:
            el = lvl.find(W + tag)
            return el.get(W + "val", default) if el is not None else default

        return int(val("start", "1") or 1), val("numFmt", "decimal"), val("lvlText", "")

    def render(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter for (list, level) and return the rendered prefix."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return text if text and text.isprintable() and not ("\ue000" <= text <= "\uf8ff") else "-"
        if fmt == "none":
            return None

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lstart, lfmt, _ = levels.get(k, (1, "decimal", ""))
            return _format_number(counters.get(k, lstart), lfmt)

        return re.sub(r"%(\d)", sub, text).strip() or None


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
        s = ""
        for v, sym in vals:
            while n >= v:
                s, n = s + sym, n - v
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


def _paragraph(p, styles: _Styles, numbering: _Numbering) -> Block | None:
    ppr = p.find(W + "pPr")
    pstyle_el = ppr.find(W + "pStyle") if ppr is not None else None
    pstyle = pstyle_el.get(W + "val") if pstyle_el is not None else None
    runs = _runs(p, styles, pstyle)
    text = clean_spaces("".join(r[0] for r in runs))
    if not text:
        return None
    style: set[str] = set()
    total = sum(len(r[0].strip()) for r in runs) or 1
    if sum(len(r[0].strip()) for r in runs if r[1]) / total > 0.9:
        style.add("bold")
    if sum(len(r[0].strip()) for r in runs if r[2]) / total > 0.9:
        style.add("italic")
    level = styles.heading_level(pstyle)
    if level:
        style.update({"heading", f"h{level}"})
    jc = ppr.find(W + "jc") if ppr is not None else None
    if jc is None:
        jc = styles.ppr(pstyle, "jc")
    if jc is not None and jc.get(W + "val") == "center":
        style.add("center")
    lead = lead_of([(r[0], r[1] or r[2]) for r in runs])
    numpr = ppr.find(W + "numPr") if ppr is not None else None
    if numpr is None:
        numpr = styles.ppr(pstyle, "numPr")
    if numpr is not None:
        num_el, ilvl_el = numpr.find(W + "numId"), numpr.find(W + "ilvl")
        num_id = num_el.get(W + "val") if num_el is not None else None
        if num_id and num_id != "0":
            style.add("list")
            ilvl = int(ilvl_el.get(W + "val", "0")) if ilvl_el is not None else 0
            prefix = numbering.render(num_id, ilvl)
            if prefix:
                text = f"{prefix} {text}"
    if _BULLET_START_RE.match(text):
        style.add("list")
    return Block(text=text, style=frozenset(style), lead=lead)


def _table_rows(tbl, styles: _Styles, numbering: _Numbering) -> list[Block]:
    """One block per table row, unique cells joined by " | " (merged cells appear once)."""
    blocks = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not None and tr.getparent() is not tbl:
            continue  # rows of nested tables are read as part of their cell's text
        cells: list[str] = []
        runs: list[tuple[str, bool, bool]] = []
        for tc in tr.findall(W + "tc"):
            parts = []
            for p in tc.iter(W + "p"):
                b = _paragraph(p, styles, numbering)
                if b:
                    parts.append(b.text)
                    ppr = p.find(W + "pPr")
                    pstyle_el = ppr.find(W + "pStyle") if ppr is not None else None
                    runs.extend(_runs(p, styles, pstyle_el.get(W + "val") if pstyle_el is not None else None))
            cell = clean_spaces(" ".join(parts))
            if cell and (not cells or cell != cells[-1]):
                cells.append(cell)
        if cells:
            style = {"table"}
            total = sum(len(r[0].strip()) for r in runs) or 1
            if sum(len(r[0].strip()) for r in runs if r[1]) / total > 0.9:
                style.add("bold")
            blocks.append(Block(text=" | ".join(cells), style=frozenset(style)))
    return blocks


def _body_blocks(container, styles: _Styles, numbering: _Numbering) -> list[Block]:
    blocks: list[Block] = []
    for child in container:
        if child.tag == W + "p":
            b = _paragraph(child, styles, numbering)
            if b:
                blocks.append(b)
        elif child.tag == W + "tbl":
            blocks.extend(_table_rows(child, styles, numbering))
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            blocks.extend(_body_blocks(child, styles, numbering))
    return blocks


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load a .docx: paragraphs and table rows in body order, with bold/italic/heading/list/center hints."""
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
    blocks = _body_blocks(document.element.body, _Styles(document), _Numbering(document))
    return finish(LoadedFile(path=str(path), blocks=blocks, format="docx"), path)
