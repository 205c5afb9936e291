"""WordprocessingML formatting that the DOCX reader resolves: on/off flags, style inheritance, list numbers.

Word keeps formatting in three places (the run, the run's character style, the paragraph style chain),
and list numbers are not text at all but computed from ``numbering.xml``. Both matter downstream: bold
or italic lead-ins name the organisation a paragraph assigns work to, and "1.2." / "a)" numbers carry
the section structure.
"""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_RE = re.compile(r"^(?:heading|tiêu đề)\s*(\d)$", re.IGNORECASE)


def on_off(el) -> bool | None:
    """The value of a Word on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``), None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in {"0", "false", "off", "none"}


class Styles:
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
                value = on_off(rpr.find(W + tag)) if rpr is not None else None
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

    def run_flags(self, rpr, para_style: str | None) -> tuple[bool, bool, bool]:
        """(bold, italic, hidden) of a run: its own ``w:rPr``, its character style, the paragraph style.

        Hidden is ``w:vanish``: text Word neither shows nor prints (template notes, hidden drafts).
        """
        flags = []
        for tag in ("b", "i", "vanish"):
            value = on_off(rpr.find(W + tag)) if rpr is not None else None
            rstyle = rpr.find(W + "rStyle") if rpr is not None else None
            if value is None and rstyle is not None:
                value = self.run_flag(rstyle.get(W + "val"), tag)
            if value is None:
                value = self.run_flag(para_style, tag)
            flags.append(bool(value))
        return flags[0], flags[1], flags[2]


class Numbering:
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
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
        s = ""
        for v, sym in vals:
            while n >= v:
                s, n = s + sym, n - v
        return s.upper() if fmt == "upperRoman" else s
    return str(n)
