"""Section tree: numbered headings, organisation lead-ins and plain headings, each paragraph placed in one.

Numbering decides depth, not typography: "II-" > "1." > "2.1." > "a)", and "Chương" > "Mục" > "Điều"
in legal-style texts; a Markdown "####" in front of "5." does not make 5 deeper than 4. A paragraph
that opens with an organisation's name and a colon ("*Hội phụ nữ các cấp:* ...") is its own section
with ``Section.org`` set, because "what must the Women's Union do?" is answered by exactly that
paragraph. Bullets ("-", "•", "+") are items of their section, never sections of their own.

A numbered paragraph is either a title ("5. Tổ chức thực hiện", shown in full, shortened if long) or a
numbered piece of content ("5.1. Các huyện ủy ... quý III/2021."), shown by its number alone ("5.1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import Paragraph, Section
from assistant.obligations.orgs import default_registry
from assistant.parse.clean import Para
from assistant.text import clean_spaces, nfc, normalize, sentence_spans

_ROMAN = r"(?:X{0,2}(?:IX|IV|V?I{0,3}))"
# (kind, rank, pattern): a smaller rank is a bigger division. Groups: label, title.
_NUMBERINGS: list[tuple[str, float, re.Pattern[str]]] = [
    ("phan", 10, re.compile(r"^(?:Phần|PHẦN)\s+(\d+|[IVXLC]+|thứ\s+\w+)\s*[.:\-–]?\s*(.*)$")),
    ("chuong", 11, re.compile(r"^(?:Chương|CHƯƠNG)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("muc", 12, re.compile(r"^(?:Mục|MỤC)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("dieu", 13, re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+)\s*[.:\-–]\s*(.*)$")),
    ("roman", 14, re.compile(rf"^({_ROMAN})\s*[.\-–)]\s*(\S.*)$")),
    ("d3", 17, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d2", 16, re.compile(r"^(\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d1", 15, re.compile(r"^(\d{1,2})\s*[.\-–)]\s*(\S.*)$")),
    ("alpha", 18, re.compile(r"^([a-zđ])\s*[)/]\s*(\S.*)$")),
    ("diem", 18, re.compile(r"^(?:Điểm)\s+([a-zđ])\s*[.:\-–)]?\s*(.*)$")),
]
_RANK_BOLD = 14.5  # an unnumbered bold heading sits between "II." and "1."
_RANK_LEAD = 19.0  # organisation and other lead-in paragraphs are the innermost divisions
_BULLET_RE = re.compile(r"^[-•+▪●◦–]\s")
_PLAIN_LEAD_RE = re.compile(r"^(?:[-•+]\s*)?([^:.;!?]{3,60}):\s+\S")
_LEVEL_WORDS = re.compile(r"\b(?:các cấp|cấp tỉnh|cấp huyện|cấp xã|cơ sở|tỉnh|huyện|xã|các)\b")
_PATH_MAX = 70


@dataclass
class _Heading:
    kind: str
    rank: float
    label: str | None
    title: str
    display: str
    org: str | None = None
    is_title: bool = False


def org_of(lead: str) -> str | None:
    """The organisation a lead-in names ("Hội phụ nữ các cấp:" -> "hoi_phu_nu"), or None.

    Names are found by the shared ``OrgRegistry`` (aliases and abbreviations, with or without diacritics;
    collectives excluded: a lead names one body). The name must make up most of the lead once level words
    ("các cấp", "tỉnh") are set aside, so "Các cấp ủy tăng cường ..." is not mistaken for a lead-in about
    party committees. When the registry resolves the whole lead to one body, that body wins.
    """
    text = clean_spaces(nfc(lead)).rstrip(":").strip()
    core = _LEVEL_WORDS.sub(" ", normalize(text)).split()
    if not core:
        return None
    registry = default_registry()
    # Longest name first, as the registry matches; the first one that fills most of the lead decides.
    for mention in sorted(registry.find_names(text), key=lambda m: m.start - m.end):
        alias_core = _LEVEL_WORDS.sub(" ", normalize(mention.surface)).split()
        if len(alias_core) >= 0.5 * len(core):
            resolved = registry.resolve(lead.rstrip(": "))
            return resolved.id if resolved is not None else mention.org_id
    return None


def _shorten(text: str, limit: int = _PATH_MAX) -> str:
    text = text.rstrip(" :;")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


def _is_title(p: Para) -> bool:
    """A heading line rather than numbered content: styled, or one short sentence not ending in '.'."""
    if "bold" in p.style or "heading" in p.style:
        return len(p.text) <= 300
    return len(p.text) <= 300 and len(sentence_spans(p.text)) <= 1 and not p.text.endswith((".", ";", "./."))


def classify(p: Para) -> _Heading | None:
    """What kind of heading ``p`` opens, if any."""
    text = p.text
    if _BULLET_RE.match(text) and not p.lead:
        lead = _PLAIN_LEAD_RE.match(text)
        org = org_of(lead.group(1)) if lead else None
        if org:
            return _Heading("org", _RANK_LEAD, None, text, _shorten(lead.group(1)), org=org)  # type: ignore[union-attr]
        return None
    for kind, rank, rx in _NUMBERINGS:
        m = rx.match(text)
        if m and (kind != "roman" or m.group(1)):
            label = m.group(1)
            title = _is_title(p)
            if title:
                display = _shorten(text)
            else:
                display = (
                    f"{label}." if kind in {"d1", "roman"} else f"{label})" if kind == "alpha" else label
                )
            return _Heading(kind, rank, label, text, display, is_title=title)
    if p.lead:
        org = org_of(p.lead)
        return _Heading("org" if org else "lead", _RANK_LEAD, None, text, _shorten(p.lead), org=org)
    lead = _PLAIN_LEAD_RE.match(text)
    if lead and org_of(lead.group(1)):
        return _Heading("org", _RANK_LEAD, None, text, _shorten(lead.group(1)), org=org_of(lead.group(1)))
    level = next((int(s[1]) for s in p.style if re.fullmatch(r"h[1-6]", s)), 0)
    if (level or "bold" in p.style) and len(text) <= 200 and not text.endswith((".", ";")):
        rank = float(level) if level else _RANK_BOLD
        return _Heading(f"h{level}" if level else "bold", rank, None, text, _shorten(text), is_title=True)
    return None


def build(paras: list[Para], root_title: str = "") -> tuple[str, list[Section], list[Paragraph]]:
    """Document text (paragraphs joined by blank lines), the section tree and the placed paragraphs."""
    root = Section(id="s0", path=[], label=None, title=root_title or "", level=0, start=0, end=0)
    sections = [root]
    stack: list[tuple[float, Section]] = []
    paragraphs: list[Paragraph] = []
    pages_of: dict[str, set[int]] = {}
    parts: list[str] = []
    pos = 0
    has_heading = any(classify(p) for p in paras)
    preamble: Section | None = None
    for p in paras:
        start = pos
        end = start + len(p.text)
        heading = classify(p)
        if heading is not None:
            while stack and stack[-1][0] >= heading.rank:
                stack.pop()
            parent = stack[-1][1] if stack else root
            sec = Section(
                id=f"s{len(sections)}",
                path=parent.path + [heading.display],
                label=heading.label,
                title=heading.title if not heading.is_title else p.text,
                level=len(stack) + 1,
                start=start,
                end=end,
                org=heading.org,
                parent=parent.id,
            )
            sections.append(sec)
            stack.append((heading.rank, sec))
            current = sec
        elif stack:
            current = stack[-1][1]
        elif has_heading:
            if preamble is None:
                preamble = Section(
                    id=f"s{len(sections)}",
                    path=["Mở đầu"],
                    label=None,
                    title="Mở đầu",
                    level=1,
                    start=start,
                    end=end,
                    parent=root.id,
                )
                sections.append(preamble)
            current = preamble
        else:
            current = root
        style = set(p.style)
        if heading is not None and heading.is_title:
            style.add("heading")
        if _BULLET_RE.match(p.text):
            style.add("list")
        paragraphs.append(Paragraph(p.text, start, end, current.id, p.page, frozenset(style), list(p.pages)))
        pages_of.setdefault(current.id, set()).update(p.pages)
        parts.append(p.text)
        pos = end + 2
    text = "\n\n".join(parts)
    _close(sections, paragraphs, pages_of, len(text))
    return text, sections, paragraphs


def _close(
    sections: list[Section], paragraphs: list[Paragraph], pages_of: dict[str, set[int]], n: int
) -> None:
    """Set each section's end and pages over its whole subtree (children come after parents)."""
    by_id = {s.id: s for s in sections}
    ends = {s.id: s.end for s in sections}
    for para in paragraphs:
        ends[para.section_id] = max(ends[para.section_id], para.end)
    for s in reversed(sections):
        s.end = ends[s.id]
        s.pages = sorted(pages_of.get(s.id, set()))
        if s.parent:
            parent = by_id[s.parent]
            ends[parent.id] = max(ends[parent.id], s.end)
            pages_of.setdefault(parent.id, set()).update(s.pages)
    sections[0].end = n


SIGNATURE_SECTION = "Ban hành / Ký"
COPY_SECTION = "SAO LỤC"


def is_closing_section(path: list[str]) -> bool:
    """True for the closing parts ``append_sections`` adds (issue line and signature, a copy note)."""
    return bool(path) and (path[0] == SIGNATURE_SECTION or path[0].startswith(COPY_SECTION))


def append_sections(
    text: str, sections: list[Section], paragraphs: list[Paragraph], groups: list[tuple[str, list[Para]]]
) -> str:
    """Append closing parts (issue line and signature, a SAO LỤC copy) as top-level sections.

    They are part of what a cadre reads and asks about ("who signed?", "what does the copy instruct?"),
    so they are quoted like the body; the recipients list stays metadata only.
    """
    root = sections[0]
    for title, paras in groups:
        if not paras:
            continue
        sec = Section(
            id=f"s{len(sections)}",
            path=[title],
            label=None,
            title=title,
            level=1,
            start=0,
            end=0,
            parent=root.id,
        )
        pages: set[int] = set()
        for n, p in enumerate(paras):
            start = len(text) + 2 if text else 0
            text = f"{text}\n\n{p.text}" if text else p.text
            if n == 0:
                sec.start = start
            paragraphs.append(
                Paragraph(p.text, start, len(text), sec.id, p.page, frozenset(p.style), list(p.pages))
            )
            pages.update(p.pages)
        sec.end = len(text)
        sec.pages = sorted(pages)
        sections.append(sec)
    root.end = len(text)
    return text
