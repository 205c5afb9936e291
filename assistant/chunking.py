"""Chunking that follows the section tree: a chunk is contiguous text inside exactly one section.

Why by section: a citation names a section ("3. Tổ chức thực hiện › 3.4"), and an organisation's duty
lives in its own lead-in paragraph; a chunk that crossed a boundary would cite the wrong place or mix
the Women's Union's duties with the Youth Union's. Inside a section, consecutive paragraphs are packed
up to ``chunk_max_chars``; a paragraph longer than that is cut between sentences (``text.sentence_spans``
knows that "TP." and "4.1" do not end sentences), never inside one. Offsets point into
``Document.text`` so that ``doc.text[chunk.start:chunk.end] == chunk.text`` always holds.

A heading with no text of its own, only subsections, is no chunk: its words open the first chunk of the
section that follows it (a lead-in clause "1. ... gồm:" or a period "Đợt 2: Từ ngày ... đến ngày ..." is
evidence a question asks for, and the path shortens it). That first chunk is the one that reaches back
before its own section's start, over those headings only.

Tables (``parse.tables``): the rows of a data table are packed a few at a time, a row is never cut, and
the table's header line (its column names) is repeated at the top of every such chunk's embedded text;
the header paragraph itself is not a chunk of its own. A short prose run just before a table (its
title) opens the table's first chunk and heads the embedded text of the later ones.
"""

from __future__ import annotations

import hashlib
import math

from assistant.config import Settings
from assistant.models import Chunk, Document, Paragraph, Section
from assistant.parse.tables import HEADER_STYLE, ROW_STYLE, labelled_text
from assistant.text import normalize, sentence_spans

# A single sentence longer than this many times the maximum is cut at ";" (rare run-on lists).
_HARD_FACTOR = 2
# Characters of a table's title repeated in the embedded text of its later chunks (a title, not a page).
_CAPTION_MAX = 300
# A numbered line this short with only subsections under it heads them (a line of the page, 1-2 sentences).
_LEAD_LINE_MAX = 160


def chunk_document(doc: Document, settings: Settings | None = None) -> list[Chunk]:
    """All chunks of ``doc`` in reading order."""
    settings = settings or Settings.from_env()
    max_chars, min_chars = settings.chunk_max_chars, settings.chunk_min_chars
    by_section: dict[str, list[Paragraph]] = {}
    for para in doc.paragraphs:
        by_section.setdefault(para.section_id, []).append(para)
    has_children = {s.parent for s in doc.sections if s.parent}
    label = doc_label(doc)
    chunks: list[Chunk] = []
    pending: list[Paragraph] = []  # headings of bodiless sections, waiting for the next section's text
    for section in doc.sections:
        paras = by_section.get(section.id, [])
        if not paras:
            continue
        # A heading with nothing under it but subsections is in every child's path, shortened; its full
        # words (a lead-in clause "1. Đơn vị hành chính ... được tổ chức thành 02 cấp, gồm:", a period
        # "Đợt 2: Từ ngày ... đến ngày ...") open the first chunk of what follows it.
        if section.id in has_children and (
            all("heading" in p.style for p in paras) or _numbered_line(doc.text, section, paras)
        ):
            pending.extend(paras)
            continue
        lead = _lead_in(doc.text, pending, paras[0].start, max_chars) if pending else []
        lead_paras, pending = list(lead), []
        runs = _runs(paras)
        captions = _captions(runs, max_chars)
        for i, (run, header) in enumerate(runs):
            if i + 1 in captions:
                continue  # the caption opens its table's first chunk
            caption = captions.get(i, [])
            opening = [(p.start, p.end) for p in lead + caption]  # packed with the run's first units
            lead = []
            if header is None:
                units = _units(doc.text, run, max_chars)
            else:  # table rows: whole rows only
                units = [(p.start, p.end) for p in run]
            # A chunk that starts past the words heading its part (a table's title, a list's lead-in)
            # carries those words: the first chunk's own text holds them.
            heads = _lead_ins(doc.text, run) if header is None else []
            if caption:
                title = " ".join(doc.text[caption[0].start : caption[-1].end].split())
                heads.append((caption[0].start + 1, run[-1].end, title))
            for start, end in _pack(opening + units, max_chars, min_chars):
                above = next((t[:_CAPTION_MAX] for a, b, t in reversed(heads) if a <= start <= b), None)
                context = "\n".join(x for x in (above, header) if x) or None
                chunks.append(
                    _make_chunk(doc, section, start, end, paras + lead_paras, label, len(chunks), context)
                )
    return chunks


def _numbered_line(text: str, section: Section, paras: list[Paragraph]) -> bool:
    """A section's only paragraph is its own numbered line, short, in plain type ("1. Về kỳ sinh hoạt
    thường kỳ.", "2.3. Thẩm quyền quyết định."): with subsections under it, it heads
    them like a heading, rather than standing as a passage that says nothing but its title."""
    if len(paras) != 1 or not section.label:
        return False
    line = text[paras[0].start : paras[0].end].strip()
    return len(line) <= _LEAD_LINE_MAX and "\n" not in line and line.startswith(section.label)


def _captions(runs: list[tuple[list[Paragraph], str | None]], max_chars: int) -> dict[int, list[Paragraph]]:
    """Table run index -> the short prose run just before it (its title: "Phụ lục I. DANH SÁCH CÁC
    TRƯỜNG ..."). A question asks for the table by its title, and a title alone is a chunk that says
    nothing: it opens the table's first chunk and heads the embedded text of the others."""
    out: dict[int, list[Paragraph]] = {}
    for i in range(1, len(runs)):
        prev, prev_header = runs[i - 1]
        if runs[i][1] is None or prev_header is not None or (i - 1) in out:
            continue
        if prev[-1].end - prev[0].start <= max_chars // 2:
            out[i] = prev
    return out


def _lead_ins(text: str, run: list[Paragraph]) -> list[tuple[int, int, str]]:
    """(from, to, words) for each list in a prose run that a lead-in introduces: the lead-in paragraph
    ends with ":" ("Tuy nhiên, ... vẫn còn những hạn chế; đó là:", "... gồm:", "... như sau:") and list
    paragraphs (bullets, numbered list lines) follow it; a chunk starting between ``from`` (the lead-in's
    end) and ``to`` (its list's end) reads the lead-in's last sentence, the one that names the list."""
    out: list[tuple[int, int, str]] = []
    for i, p in enumerate(run[:-1]):
        if not text[p.start : p.end].rstrip().endswith(":"):
            continue
        items = 0
        while i + 1 + items < len(run) and "list" in run[i + 1 + items].style:
            items += 1
        if items:
            spans = sentence_spans(text[p.start : p.end])
            words = text[p.start + spans[-1][0] : p.end] if spans else text[p.start : p.end]
            out.append((p.end, run[i + items].end, " ".join(words.split())))
    return out


def _lead_in(text: str, pending: list[Paragraph], start: int, max_chars: int) -> list[Paragraph]:
    """The pending heading paragraphs that directly precede ``start`` (nothing but white space between),
    innermost first, within half a chunk: the text a section's first chunk opens with."""
    kept: list[Paragraph] = []
    budget = max_chars // 2
    for p in reversed(pending):
        if text[p.end : start].strip() or p.end - p.start > budget:
            break
        budget -= p.end - p.start
        kept.insert(0, p)
        start = p.start
    return kept


def _runs(paras: list[Paragraph]) -> list[tuple[list[Paragraph], str | None]]:
    """A section's paragraphs split into prose runs (header None) and table-row runs (with the header
    line of their table); table header paragraphs go into the rows' embedded text, not into a chunk."""
    runs: list[tuple[list[Paragraph], str | None]] = []
    header: str | None = None
    for p in paras:
        if HEADER_STYLE in p.style:
            header = p.text
            runs.append(([], header))
            continue
        key = header if ROW_STYLE in p.style else None
        if key is None:
            header = None
        if runs and runs[-1][1] == key:
            runs[-1][0].append(p)
        else:
            runs.append(([p], key))
    return [(run, h) for run, h in runs if run]


def doc_label(doc: Document) -> str:
    """The short document label prefixed to embedded text ("Kết luận 62-KL/TW")."""
    return doc.meta.short_title() or doc.file


def _units(text: str, paras: list[Paragraph], max_chars: int) -> list[tuple[int, int]]:
    """(start, end) spans to pack: whole paragraphs, or the sentences of a paragraph that is too long."""
    units: list[tuple[int, int]] = []
    for p in paras:
        if p.end - p.start <= max_chars:
            units.append((p.start, p.end))
            continue
        for s, e in sentence_spans(text[p.start : p.end]):
            s, e = p.start + s, p.start + e
            if e - s > _HARD_FACTOR * max_chars:
                units.extend(_cut_run_on(text, s, e, max_chars))
            else:
                units.append((s, e))
    return units


def _cut_run_on(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an enormous sentence after ";" (the clause separator of Vietnamese enumerations)."""
    out, s = [], start
    while end - s > max_chars:
        cut = text.rfind("; ", s, s + max_chars)
        if cut <= s:
            break
        out.append((s, cut + 1))
        s = cut + 2
    out.append((s, end))
    return out


def _pack(units: list[tuple[int, int]], max_chars: int, min_chars: int) -> list[tuple[int, int]]:
    """Group consecutive units into spans of balanced size, none over the maximum unless one unit is."""
    if not units:
        return []
    total = units[-1][1] - units[0][0]
    pieces = max(1, math.ceil(total / max_chars))
    target = max(min_chars, total / pieces)
    spans: list[tuple[int, int]] = []
    cur_s, cur_e = units[0]
    for s, e in units[1:]:
        size_with = e - cur_s
        if size_with > max_chars or (cur_e - cur_s >= target and size_with > target * 1.15):
            spans.append((cur_s, cur_e))
            cur_s, cur_e = s, e
        else:
            cur_e = e
    spans.append((cur_s, cur_e))
    # A last scrap below the minimum joins its neighbour when that stays within the maximum.
    if (
        len(spans) > 1
        and spans[-1][1] - spans[-1][0] < min_chars
        and spans[-1][1] - spans[-2][0] <= max_chars
    ):
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


def _make_chunk(
    doc: Document,
    section: Section,
    start: int,
    end: int,
    paras: list[Paragraph],
    label: str,
    ordinal: int,
    table_header: str | None = None,
) -> Chunk:
    text = doc.text[start:end]
    pages = sorted(
        {
            pg
            for p in paras
            if p.start < end and p.end > start
            for pg in (p.pages or [p.page])
            if pg is not None
        }
    )
    key = f"{doc.content_hash}:{doc.doc_id}:{section.id}:{start}:{end}"
    heading = section.path[-1] if section.path else ""
    path = " > ".join(section.path)
    # A table's rows are embedded with their column names, which the rows' own text (the document's
    # cells) does not repeat; the header line heads them.
    body = f"{table_header}\n{labelled_text(doc.paragraphs, doc.text, start, end)}" if table_header else text
    embed = " | ".join(x for x in (label, path, body) if x)
    return Chunk(
        chunk_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:20],
        doc_id=doc.doc_id,
        file=doc.file,
        section_id=section.id,
        section_path=list(section.path),
        heading=heading,
        start=start,
        end=end,
        text=text,
        norm_text=normalize(text),
        embed_text=embed,
        pages=pages,
        org=_org(doc, section),
        ordinal=ordinal,
    )


def _org(doc: Document, section: Section) -> str | None:
    """The organisation of the section or of its nearest ancestor with one."""
    s: Section | None = section
    while s is not None:
        if s.org:
            return s.org
        s = doc.section(s.parent) if s.parent else None
    return None
