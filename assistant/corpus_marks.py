"""Per-chunk marks of one index generation, keyed by vector id: each chunk's text as written and as the
amount check reads it, the bodies at its head, its deadlines and cited numbers, and the chunks that
are blank forms, write an event's day, or only say how their document is read out or what it rests on.

Part of the retrieve step: ``corpus.Corpus`` mixes ``ChunkMarks`` in (it reads the corpus's ``store``,
``docs`` and ``chunks``), so every mark is computed once per generation on first use and then shared
read-only by every question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

from assistant import text as vt
from assistant.lexicon.phrases import is_basis_sentence, is_dissemination_sentence
from assistant.lexicon.words import registry
from assistant.obligations.clauses import head_bodies
from assistant.obligations.deadlines import DeadlineMatch, find_deadlines, find_recurrences
from assistant.parse.closing import PREAMBLE_SECTION
from assistant.parse.tables import ROW_STYLE, reading_text

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")
# How a preamble sentence cites what its document rests on or carries out (folded); the other openers of
# ``lexicon.phrases`` basis sentences ("để", "nhằm", "sau khi") also open sentences stating facts.
_CITES_BASIS_RE = re.compile(r"(?:can cu|thuc hien|trien khai|thi hanh|xet|tren co so|tiep theo)\b")


class ChunkMarks:
    """The per-chunk marks of ``corpus.Corpus`` (mixed in; uses its ``store``, ``docs`` and ``chunks``)."""

    @cached_property
    def texts(self) -> Mapping[int, str]:
        return MappingProxyType(self.store.chunk_texts())

    @cached_property
    def reading_texts(self) -> Mapping[int, str]:
        """Every chunk's text as the amount check reads it: a table row's values named by their columns
        ("Kinh phí hỗ trợ (đồng): 3.000.000", ``parse.tables.reading_text``), which its text, the
        document's cells, does not repeat; any other chunk's text as written."""
        tabled = {d for d, doc in self.docs.items() if any(ROW_STYLE in p.style for p in doc.paragraphs)}
        texts = dict(self.texts)
        for vid, (doc_id, start, end) in self.store.chunk_spans().items():
            if doc_id in tabled:
                texts[vid] = reading_text(self.docs[doc_id], start, end)
        return MappingProxyType(texts)

    @cached_property
    def reading_folded(self) -> Mapping[int, str]:
        """``reading_texts`` folded."""
        folded = dict(self.store.folded_texts())
        for v, t in self.reading_texts.items():
            if t != self.texts.get(v):
                folded[v] = vt.fold(t)
        return MappingProxyType(folded)

    @cached_property
    def head_bodies(self) -> Mapping[int, tuple[str, ...]]:
        """The bodies each chunk names at its head, as the actors of its duty."""
        reg = registry()
        found = {v: tuple(bodies) for v, t in self.texts.items() if (bodies := head_bodies(t, reg))}
        return MappingProxyType(found)

    @cached_property
    def deadlines(self) -> Mapping[int, tuple[DeadlineMatch, ...]]:
        """Every chunk's deadlines, by the obligations grammar (so retrieval and the table agree)."""
        return MappingProxyType(
            {v: tuple(found) for v, t in self.store.folded_texts().items() if (found := find_deadlines(t))}
        )

    @cached_property
    def recurrence_marked(self) -> frozenset[int]:
        return frozenset(v for v, t in self.store.folded_texts().items() if find_recurrences(t))

    @cached_property
    def deadline_marked(self) -> frozenset[int]:
        """Chunks stating a deadline or a recurrence."""
        return frozenset(self.deadlines) | self.recurrence_marked

    @cached_property
    def cited_numbers(self) -> Mapping[int, tuple[str, ...]]:
        """Document numbers each chunk's own text cites."""
        cited = {vid: tuple(n for n, _, _ in vt.find_doc_numbers(t)) for vid, t in self.texts.items()}
        return MappingProxyType({vid: found for vid, found in cited.items() if found})

    @cached_property
    def form_marked(self) -> frozenset[int]:
        """Chunks of blank forms and templates (``retrieve.prefer.is_form``)."""
        from assistant.retrieve.prefer import is_form

        vids = (self.store.vid(c.chunk_id) for c in self.chunks if is_form(c.section_path or [], c.text))
        return frozenset(v for v in vids if v is not None)

    @cached_property
    def day_marked(self) -> frozenset[int]:
        """Chunks writing a day ("vào ngày 26/7/2026", "20/3") other than a cited document's date or a
        time limit ("trước ngày 10/02/2026", the obligations grammar): where an event's day can be read."""
        from assistant.answer.times import writes_event_time

        out = {v for v, t in self.texts.items() if writes_event_time(t, day=True)}
        return frozenset(out)

    @cached_property
    def formula_marked(self) -> frozenset[int]:
        """Chunks saying only where their document is to be read out ("Thông báo này phổ biến đến chi
        bộ.", ``lexicon.phrases.is_dissemination_sentence``): no duty, date or figure."""
        out = set()
        for c in self.chunks:
            sentences = [x for x in _SENTENCE_END_RE.split(c.text) if x.strip()]
            if sentences and all(is_dissemination_sentence(x) for x in sentences):
                if (vid := self.store.vid(c.chunk_id)) is not None:
                    out.add(vid)
        return frozenset(out)

    @cached_property
    def basis_preambles(self) -> frozenset[int]:
        """Preamble chunks (``parse.closing.PREAMBLE_SECTION``) saying only what their document rests on or
        carries out ("Căn cứ ...; Thực hiện Kế hoạch số 16/KH-...; ... ban hành Kế hoạch ... như sau:"):
        every sentence a ``lexicon.phrases.is_basis_sentence``, one at least citing a basis. They restate
        the document's title and state no duty, date or figure of their own."""
        out = set()
        for c in self.chunks:
            if c.heading != PREAMBLE_SECTION:
                continue
            sentences = [x for x in _SENTENCE_END_RE.split(c.text) if x.strip()]
            if (
                any(_CITES_BASIS_RE.match(vt.fold(x).strip(' -*_"“”')) for x in sentences)
                and all(is_basis_sentence(x) for x in sentences)
                and (vid := self.store.vid(c.chunk_id)) is not None
            ):
                out.add(vid)
        return frozenset(out)
