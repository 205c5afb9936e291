"""HTML loader (BeautifulSoup + lxml): headings, paragraphs, list items and table rows as blocks.

Web pages of party and mass-organisation portals wrap the directive in menus, banners and footers;
those are dropped (script/style/nav/header/footer/aside). Inline ``<b>/<strong>`` and ``<i>/<em>``
become style hints and the lead-in, never markup in the text. Paragraphs separated only by ``<br>``
(common in pages pasted from Word) become separate blocks.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import finish, lead_of
from assistant.loaders.encodings import decode_bytes
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces, nfc

_DROP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe", "svg", "form",
         "button", "select", "head"]  # fmt: skip
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "section",
               "article", "main", "ul", "ol", "dl", "table", "center", "address", "figure", "figcaption", "body",
               "td", "th", "caption"}  # fmt: skip
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


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

    def flush(self) -> None:
        text = clean_spaces("".join(r[0] for r in self.runs))
        if text:
            style = set(self.style)
            total = sum(len(r[0].strip()) for r in self.runs) or 1
            if sum(len(r[0].strip()) for r in self.runs if r[1]) / total > 0.9:
                style.add("bold")
            if sum(len(r[0].strip()) for r in self.runs if r[2]) / total > 0.9:
                style.add("italic")
            lead = lead_of([(r[0], r[1] or r[2]) for r in self.runs])
            self.blocks.append(Block(text=text, style=frozenset(style), lead=lead))
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
            elif name == "tr":
                self._boundary(style)
                self._row(child)
            elif name in _BLOCK_TAGS:
                self._boundary(style)
                inner = set(style)
                if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                    inner.update({"heading", name})
                if name == "li":
                    inner.add("list")
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

    def _row(self, tr) -> None:
        cells = [clean_spaces(c.get_text(" ")) for c in tr.find_all(["td", "th"], recursive=False)]
        cells = [c for c in cells if c]
        if cells:
            self.blocks.append(Block(text=" | ".join(cells), style=frozenset({"table"})))


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load an HTML page's readable content as blocks (menus, scripts and footers removed)."""
    from bs4 import BeautifulSoup

    text, encoding = decode_html(path.read_bytes())
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    walker = _Walker()
    walker.walk(soup.body or soup)
    walker.flush()
    return finish(LoadedFile(path=str(path), blocks=walker.blocks, format="html", encoding=encoding), path)
