"""The texts the answer checks read (``answer.checks``): the relevant sentences of the top retrieved hits
(``relevant``, with their heading ``headed`` or their numbered item ``itemed``), a hit under the hits holding
its section's ancestors (``with_ancestors``), a cited passage as it is read (``cited_reader``: a table row
with its columns named) and in its context (``in_context``: its section and its document's subject line).

In the answer step, below ``answer.checks`` and the checks split from it (``event_checks``, ``sum_checks``).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer import deadline_facts, render
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap
from assistant.models import Document, Hit
from assistant.parse.tables import reading_text

RELEVANT_HITS = 5  # how many top hits a precise check (amount, person, time) may read beyond the quotes


def relevant(hits: list[Hit], terms: Terms, floor: float) -> list[str]:
    """Sentences of the top retrieved chunks that cover at least ``floor`` of the question's terms, the
    sentence read with its section heading ("Phụ lục I. Danh sách ..." › "Danh sách có 09 trường")."""
    return [
        h.chunk.text[a:b]
        for h in hits[:RELEVANT_HITS]
        for a, b in split_sentences(h.chunk.text)
        if overlap(terms, f"{h.chunk.heading} {h.chunk.text[a:b]}") >= floor
    ]


def headed(sentences: list[str], hits: list[Hit]) -> list[str]:
    """Each sentence read with the section heading of the top retrieved chunk that holds it."""
    return [f"{h.chunk.heading} {s}" for s in sentences for h in hits[:RELEVANT_HITS] if s in h.chunk.text]


def itemed(sentences: list[str], hits: list[Hit]) -> list[str]:
    """Each sentence read with its section heading and the numbered item it closes, from the top retrieved
    chunk that holds it ("1. Bê tông hóa tuyến đường ... Công trình hoàn thành trước ngày ...")."""
    out = []
    for s in sentences:
        for h in hits[:RELEVANT_HITS]:
            at = h.chunk.text.find(s)
            if at >= 0:
                out.append(f"{h.chunk.heading} {deadline_facts.item_before(h.chunk.text, at)} {s}")
    return out


def with_ancestors(hits: list[Hit], docs: dict[str, Document]) -> list[str]:
    """Each hit's text after the texts of the hits that hold its section's ancestors ("PHỤ LỤC / DỰ TRÙ
    KINH PHÍ" before "2. Tổ chức buổi gặp mặt: 8.000.000 đồng"): what a sentence is read under. A table
    row is read with its values named by their columns (``parse.tables.reading_text``)."""

    def read(h: Hit) -> str:
        doc = docs.get(h.chunk.doc_id)
        return reading_text(doc, h.chunk.start, h.chunk.end) if doc is not None else h.chunk.text

    out = []
    for h in hits:
        path = h.chunk.section_path
        above = [
            read(g)
            for g in hits
            if g.chunk.doc_id == h.chunk.doc_id
            and len(g.chunk.section_path) < len(path)
            and path[: len(g.chunk.section_path)] == g.chunk.section_path
        ]
        out.append("\n".join([*above, " ".join(path), read(h)]))
    return out


def cited_reader(citation, docs: dict[str, Document]) -> Callable[[int, int], str]:
    """(a, b) -> ``citation.text[a:b]`` as it is read: a table row's values named by their columns
    (``parse.tables.reading_text``), any other text as written."""
    doc = docs.get(citation.doc.doc_id)
    start = citation.doc_start - citation.quote_start
    if doc is None or doc.text[start : start + len(citation.text)] != citation.text:
        return lambda a, b: citation.text[a:b]
    return lambda a, b: reading_text(doc, start + a, start + b)


def in_context(citation, docs: dict[str, Document], text: str | None = None, opening: bool = False) -> str:
    """A cited passage (or ``text`` of it, its quote) read with its section and its document's subject
    line (what it is about); with ``opening``, also with what the document's opening announces it is about
    (``render.opening_matter``): the event a passage names barely ("Ngày hội được tổ chức ...") is named in
    full there or in the subject line."""
    doc = docs.get(citation.doc.doc_id)
    said = citation.text if text is None else text
    about = f"{render.subject_line(doc)} {render.opening_matter(doc) if opening else ''}"
    return f"{about} {citation.section} {said}"
