"""HTML loader: the page's main text as blocks, with headings, line breaks and table cells kept.

Two steps. (1) Our own DOM walk (BeautifulSoup + lxml) turns the whole page into blocks the way the
``Block`` contract wants them: a block per paragraph, per ``<br>`` line, per heading and list item; bold,
italic and centred text as style hints and lead-ins; tables as cells (``cell=(table, row, col)``, merged
cells once) except layout tables that wrap a whole page. (2) trafilatura, a maintained main-text
extractor, decides which of those blocks are the page's content: portal chrome (menus, tabs, banners,
related-document and attachment lists) is what it leaves out. A portal body inside one ``<form>``
(ASP.NET, SharePoint) is therefore read like any other. The directive's own header and signature
tables next to the content are kept even when the extractor judges them boilerplate. Small pages and
fragments (an article body without ``<html>``), where the extractor has too little to judge, are kept whole.
The extractor reads the page with its layout tables unwrapped (as our walk reads them), and lines made only
of portal furniture (view counters, print and e-mail links, attachment lists: ``lexicon/portal.json``)
are dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.lexicon.portal import is_portal_furniture
from assistant.loaders._common import finish, lead_of, writes_own_label
from assistant.loaders.encodings import decode_bytes
from assistant.loaders.text import text_to_blocks
from assistant.models import Block, LoadedFile
from assistant.text import ITEM_LETTERS, clean_spaces, nfc

_DROP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe", "svg",
         "button", "select", "textarea", "input", "option", "head", "object", "embed"]  # fmt: skip
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd",
               "section", "article", "main", "ul", "ol", "dl", "center", "address", "figure", "figcaption",
               "body", "caption", "form", "fieldset", "tr", "td", "th", "tbody", "thead",
               "tfoot"}  # fmt: skip
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_KEY_RE = re.compile(r"[\s|]+")
_SPACE_RE = re.compile(r"\s+")
# A table cell holding more than this many characters is page layout, not data.
_LAYOUT_CELL_CHARS = 2000
# Below this much main text the extractor's judgement is not trusted: the page is kept whole.
_MIN_MAIN_CHARS = 400
# Header and signature lines of a directive, kept next to the main text even when the extractor drops them.
_DIRECTIVE_RE = re.compile(
    r"^(?:CỘNG H[ÒO]A XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập\s*-|Số\s*:|Nơi nhận|(?:T/?M|K/?T|T/?L|Q)\.?\s+[A-ZĐ]"
    r"|[^,]{2,40},\s*ngày\s+\S+\s+tháng)",
)
_WINDOW = 15
# A block's text shorter than this (without spaces) is a label that may occur anywhere by chance.
_SHORT_KEY = 25
_CHROME_TOKENS = {"footer", "copyright", "breadcrumb", "breadcrumbs", "share", "social", "comment",
                  "comments", "banner", "menu", "navbar", "sidebar", "related"}  # fmt: skip


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode with the page's declared charset when it is valid for the bytes, else detect."""
    m = _META_CHARSET_RE.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", errors="ignore").lower()
        try:
            codecs.lookup(name)
            return nfc(data.decode(name)), name
        except (LookupError, UnicodeDecodeError):
            pass  # wrong or unknown declaration: fall through to detection
    return decode_bytes(data)


def _is_chrome(tag) -> bool:
    """An element whose class or id names site furniture ("footer", "copyright", "breadcrumb" ...)."""
    names = " ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower()
    return bool(names) and not _CHROME_TOKENS.isdisjoint(re.split(r"[\s_\-]+", names))


def _item_marker(li) -> str:
    """The label a browser draws before ``<li>``: "-" in a ``<ul>``; in an ``<ol>`` its number ("3.", the
    list's ``start`` and the item's ``value`` honoured) or letter ("c)", ``type="a"``), as Vietnamese
    directives write them."""
    parent = li.parent
    if parent is None or parent.name != "ol":
        return "-"
    number = _int_attr(parent.get("start"), 1) + len(li.find_previous_siblings("li"))
    number = _int_attr(li.get("value"), number)
    if (parent.get("type") or "").lower() == "a" and 1 <= number <= len(ITEM_LETTERS):
        return f"{ITEM_LETTERS[number - 1]})"
    return f"{number}."


def _int_attr(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def with_markers(blocks: list[Block], markers: dict[int, str]) -> list[Block]:
    """List items with their labels written first ("- Đơn đề nghị ..."), as DOCX numbering and text
    files write them: the parser and the quote widening tell a list by its labels."""
    return [replace(b, text=f"{markers[id(b)]} {b.text}") if id(b) in markers else b for b in blocks]


def _is_center(tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower()
    return (
        tag.name == "center" or (tag.get("align") or "").lower() == "center" or "text-align:center" in style
    )


class _Walker:
    """Collects blocks from the DOM, carrying bold/italic state down and flushing at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.runs: list[tuple[str, bool, bool]] = []
        self.style: set[str] = set()
        self.cell: tuple[int, int, int] | None = None
        self.tables = 0
        # A list item's label ("-", "2.", "b)"), written on its first line after the page is chosen
        # (``with_markers``): the extractor's text, matched against ours, has no labels.
        self.pending_marker: str | None = None
        self.markers: dict[int, str] = {}

    def flush(self) -> None:
        # Line breaks in HTML source are plain spaces; only <br> and block tags break lines.
        text = clean_spaces(_SPACE_RE.sub(" ", "".join(r[0] for r in self.runs)))
        if text:
            style = set(self.style)
            total = sum(len(r[0].strip()) for r in self.runs) or 1
            if sum(len(r[0].strip()) for r in self.runs if r[1]) / total > 0.9:
                style.add("bold")
            if sum(len(r[0].strip()) for r in self.runs if r[2]) / total > 0.9:
                style.add("italic")
            pieces = [(_SPACE_RE.sub(" ", r[0]), r[1] or r[2]) for r in self.runs]
            lead = lead_of(pieces) or _comma_lead(pieces)
            block = Block(text=text, style=frozenset(style), lead=lead, cell=self.cell)
            self.blocks.append(block)
            if self.pending_marker and not writes_own_label(text):
                self.markers[id(block)] = self.pending_marker
            self.pending_marker = None
        self.runs = []

    def walk(
        self, node, bold: bool = False, italic: bool = False, style: frozenset[str] = frozenset()
    ) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import Comment

        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if str(child).strip() or self.runs:
                    self.runs.append((str(child), bold, italic))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            css = (child.get("style") or "").replace(" ", "").lower()
            b = bold or name in ("b", "strong") or "font-weight:bold" in css or "font-weight:700" in css
            i = italic or name in ("i", "em") or "font-style:italic" in css
            if name == "br":
                self._boundary(style)
            elif name == "pre":  # a text export pasted into a page: its lines are the layout
                self._boundary(style)
                for block in text_to_blocks(child.get_text(), markdown=False, export=True):
                    self.blocks.append(replace(block, style=block.style | style, cell=self.cell))
            elif name == "table" and not _is_layout(child):
                self._boundary(style)
                self._table(child, b, i, style)
            elif name in _BLOCK_TAGS or name == "table":
                self._boundary(style)
                inner = set(style)
                if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                    inner.update({"heading", name})
                if name == "li":
                    inner.add("list")
                    self.pending_marker = _item_marker(child)
                if _is_center(child):
                    inner.add("center")
                self.walk(child, b, i, frozenset(inner))
                self._boundary(frozenset(inner))
            else:
                self.walk(child, b, i, style)

    def _boundary(self, style: frozenset[str]) -> None:
        self.style = set(style)
        self.flush()
        self.style = set(style)

    def _table(self, table, bold: bool, italic: bool, style: frozenset[str]) -> None:
        """A data table: each cell's lines in row-major order with ``cell=(table, row, col)``."""
        number = self.tables
        self.tables += 1
        outer = self.cell
        taken: set[tuple[int, int]] = set()  # grid slots covered by rowspan/colspan of earlier cells
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        caption = table.find("caption", recursive=False)
        if caption is not None:  # the table's title, a line above it (``parse.tables.TITLE_STYLE``)
            self.cell = outer
            self.walk(caption, bold, italic, frozenset(set(style) | {"table-title"}))
            self._boundary(frozenset(set(style) | {"table-title"}))
        for r, tr in enumerate(rows):
            c = 0
            for td in tr.find_all(["td", "th"], recursive=False):
                while (r, c) in taken:
                    c += 1
                span_c, span_r = _span(td.get("colspan")), _span(td.get("rowspan"))
                taken.update((r + dr, c + dc) for dr in range(span_r) for dc in range(span_c))
                inner = set(style) | {"table"}
                if _is_center(td):
                    inner.add("center")
                self.cell = (number, r, c)
                self.walk(td, bold or td.name == "th", italic, frozenset(inner))
                self._boundary(frozenset(inner))
                c += span_c
        self.cell = outer
        self.style = set(style)


def _comma_lead(pieces: list[tuple[str, bool]]) -> str | None:
    """A short emphasised place or body lead-in closed by a comma (news style: "*Tại An Giang,* ...")."""
    n = 0
    while n < len(pieces) and (pieces[n][1] or not pieces[n][0].strip()):
        n += 1
    lead = clean_spaces("".join(p[0] for p in pieces[:n]))
    rest = clean_spaces("".join(p[0] for p in pieces[n:]))
    if lead.endswith(",") and rest and 1 < len(lead.split()) <= 6 and any(c.isalpha() for c in lead):
        return lead
    return None


def _span(value: object) -> int:
    try:
        return max(1, min(int(str(value)), 50))
    except (TypeError, ValueError):
        return 1


def _is_layout(table) -> bool:
    """A table used to lay out a page (a cell holding a whole article, its headings, menus, other
    tables), not a table of data: such a table's text is read as ordinary paragraphs."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for td in table.find_all(["td", "th"]):
        if td.find_parent("table") is not table:
            continue
        chars = len(td.get_text(" ", strip=True))
        blocks = td.find_all(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table"])
        if chars > _LAYOUT_CELL_CHARS or td.find(["h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"]):
            return True
        if len(rows) <= 2 and chars > 800 and len(blocks) >= 3:
            return True
    return False


def _key(text: str) -> str:
    """Text without spaces and table bars, to match our blocks against the extractor's text."""
    return _KEY_RE.sub("", nfc(text))


def _unwrap_layout(html: str) -> str:
    """The page with its layout tables turned into plain divisions, as our own walk reads them.

    The extractor reads a layout table (a sidebar cell beside the content cell) as a data table: it puts
    the sidebar into the main text and the content's own tables (letterhead, signature) after the whole
    outer table, out of reading order, so the page's blocks could not be found in it in order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    changed = False
    for table in soup.find_all("table"):
        if table.name != "table" or not _is_layout(table):
            continue
        changed = True
        parts = table.find_all(["tr", "td", "th", "tbody", "thead", "tfoot"])
        for tag in [table, *(t for t in parts if t.find_parent("table") is table)]:
            tag.name = "div"
            for attr in ("rowspan", "colspan"):
                tag.attrs.pop(attr, None)
    return str(soup) if changed else html


def _main_text(html: str) -> str | None:
    """The page's main text as trafilatura finds it (without spaces), or None when it finds none."""
    try:
        import trafilatura
    except ImportError:  # an older environment: the whole page is read, as before
        return None

    text = trafilatura.extract(
        _unwrap_layout(html),
        output_format="txt",
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
    )
    return _key(text) if text else None


def _find(main: str, key: str, cursor: int) -> tuple[int, int]:
    """(start, end) of ``key`` in ``main`` from ``cursor``, or (-1, -1); a long paragraph whose middle the
    extractor changed (an inline button or link it left out) is found by its first and last 40 characters."""
    if not key:
        return -1, -1
    pos = main.find(key, cursor)
    if pos >= 0 or len(key) < 120:
        return pos, pos + len(key)
    head = main.find(key[:40], cursor)
    tail = main.find(key[-40:], head) if head >= 0 else -1
    if head >= 0 and 0 <= tail - head <= len(key) + 40:
        return head, tail + 40
    return -1, -1


def select_main(blocks: list[Block], main: str) -> list[Block]:
    """The blocks that make up ``main`` (in order), plus directive header/signature tables beside them."""
    # Long blocks first, in order: they anchor the match. A short block (a menu label, a heading, "Nơi
    # nhận:") counts only when found in the gap between the anchors around it, so that a chrome label
    # occurring by chance inside a later sentence ("Hướng dẫn") neither is kept nor moves the cursor.
    keys = [_key(b.text) for b in blocks]
    spans: dict[int, tuple[int, int]] = {}
    cursor = 0
    for n, k in enumerate(keys):
        if len(k) >= _SHORT_KEY:
            pos, end = _find(main, k, cursor)
            if pos >= 0:
                spans[n] = (pos, end)
                cursor = end
    anchors = sorted(spans)
    cursor, nxt = 0, 0
    for n, k in enumerate(keys):
        while nxt < len(anchors) and anchors[nxt] <= n:
            cursor = max(cursor, spans[anchors[nxt]][1])
            nxt += 1
        if n in spans or not k or len(k) >= _SHORT_KEY:
            continue
        limit = spans[anchors[nxt]][0] if nxt < len(anchors) else len(main)
        pos = main.find(k, cursor, limit)
        if pos >= 0 and pos - cursor <= 300:
            spans[n] = (pos, pos + len(k))
            cursor = pos + len(k)
    kept = sorted(spans)
    if not kept:
        return []
    chosen = set(kept)
    # A heading (<h1>-<h6>) right above chosen content, inside it, is the content's own: the extractor's
    # recovery of a page without an article container keeps paragraphs, lists and tables but no headings.
    for n in range(kept[0] + 1, kept[-1]):
        if n not in chosen and "heading" in blocks[n].style and _heads_chosen(blocks, n, chosen):
            chosen.add(n)
    lo, hi = max(0, kept[0] - _WINDOW), min(len(blocks), kept[-1] + _WINDOW + 1)
    tables = {
        blocks[n].cell[0]
        for n in range(lo, hi)
        if blocks[n].cell is not None and _DIRECTIVE_RE.match(blocks[n].text)
    }
    for n in range(lo, hi):
        b = blocks[n]
        if _DIRECTIVE_RE.match(b.text) or (b.cell is not None and b.cell[0] in tables):
            chosen.add(n)
    return [blocks[n] for n in sorted(chosen)]


def _heads_chosen(blocks: list[Block], n: int, chosen: set[int]) -> bool:
    """Whether the first block after heading ``n`` that is not a heading itself is chosen content."""
    for m in range(n + 1, len(blocks)):
        if "heading" not in blocks[m].style:
            return m in chosen
    return False


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load an HTML page's (or fragment's) main text as blocks; portal chrome and scripts removed."""
    from bs4 import BeautifulSoup

    text, encoding = decode_html(path.read_bytes())
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    total = len((soup.body or soup).get_text(" ", strip=True))
    for tag in soup.find_all(_is_chrome):
        # A wrapper named like furniture but holding most of the page is the content, not furniture.
        if not tag.decomposed and len(tag.get_text(" ", strip=True)) < 0.5 * total:
            tag.decompose()
    walker = _Walker()
    walker.walk(soup.body or soup)
    walker.flush()
    # View counters, print/e-mail links, attachment lists (``lexicon/portal.json``): never the document.
    blocks = [b for b in walker.blocks if not is_portal_furniture(b.text)]
    warnings: list[str] = []
    main = _main_text(text)
    if main and len(main) >= _MIN_MAIN_CHARS:
        chosen = select_main(blocks, main)
        covered = sum(len(_key(b.text)) for b in chosen)
        if covered >= 0.6 * len(main):
            blocks = chosen
        else:
            warnings.append(
                "Không tách được phần nội dung chính của trang; đọc toàn bộ trang. / "
                "Could not isolate the page's main text; the whole page was read."
            )
    blocks = with_markers(blocks, walker.markers)
    loaded = LoadedFile(path=str(path), blocks=blocks, format="html", encoding=encoding, warnings=warnings)
    return finish(loaded, path)
