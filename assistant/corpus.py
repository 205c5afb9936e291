"""One index generation as the question path sees it: documents, chunks, per-chunk marks (deadlines,
lead bodies, bodies at a chunk's head, numbers cited) and the obligations table.

``Corpus`` is the only cache of derived data. ``Retriever.corpus`` builds one per generation and drops it
when the indexer commits a new one, so the retriever and ``Assistant`` always read the same state. Every
value is computed on first use and never changed afterwards (safe to share between threads; two threads
racing on first use compute the same value). The values are read-only views (``MappingProxyType``, tuples,
frozen sets, frozen ``Chunk`` values): one question's code cannot change what the next question reads
(tests/test_request_isolation.py).

The per-chunk marks are in ``corpus_marks.ChunkMarks`` (but ``lead_marked``, kept here beside
``org_scope``) and the ranking fields (heading field, identities, per-document terms) in
``corpus_fields.RankingFields``; ``Corpus`` mixes both in.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from assistant import text as vt
from assistant.corpus_fields import RankingFields
from assistant.corpus_marks import ChunkMarks
from assistant.index.bm25 import Bm25
from assistant.lexicon.words import org_pattern
from assistant.models import Chunk, Document
from assistant.obligations.amendments import Amendment, find_amendments
from assistant.parse.duplicates import shingles

if TYPE_CHECKING:
    from assistant.answer.terms import Vocabulary
    from assistant.index.store import IndexStore
    from assistant.obligations.table import ObligationTable

LEAD_RE = re.compile(r"\bchu tri\b")  # a lead body's verb, folded


class Corpus(ChunkMarks, RankingFields):
    """``Corpus(store)``: derived views of one opened generation (``store.generation``)."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self.generation = store.generation
        self._lock = threading.Lock()
        self._org_scopes: dict[str, frozenset[int]] = {}
        self._place_docs: dict[str, frozenset[str]] = {}
        self._shingles: dict[int, frozenset[int]] = {}
        self._echo_rows: dict[str, list[tuple[int, frozenset[str], frozenset[str]]]] = {}

    # documents and chunks ------------------------------------------------------------------------

    @cached_property
    def docs(self) -> Mapping[str, Document]:
        """doc_id -> Document (metadata, sections, text); read-only."""
        return MappingProxyType({d.doc_id: d for d in self.store.documents()})

    @cached_property
    def signers(self) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
        """Each name signing a loaded document, as written, -> (doc_id, title, capacity) of each document it
        signs, as first signer or as a cosigner of a joint document."""
        out: dict[str, list[tuple[str, str, str]]] = {}
        for doc_id, d in self.docs.items():
            m = d.meta
            people = [(m.signer, m.signer_title, m.signer_capacity)] + [
                (c.name, c.title, c.capacity) for c in m.cosigners
            ]
            for name, title, capacity in people:
                if name and name.strip():
                    out.setdefault(name.strip(), []).append((doc_id, title or "", capacity or ""))
        return MappingProxyType({name: tuple(signed) for name, signed in out.items()})

    @cached_property
    def folded_docs(self) -> Mapping[str, str]:
        """Each document's folded text with its metadata (``text.fold``), for name checks (places)."""
        out = {}
        for doc_id, d in self.docs.items():
            m = d.meta
            head = " ".join(x for x in (m.issuer, m.title, m.place) if x)
            out[doc_id] = vt.fold(f"{head} {d.text}")
        return MappingProxyType(out)

    @cached_property
    def compact_text(self) -> str:
        """Every document's folded text (``folded_docs``) with no spaces, one string: where an English
        question's name is looked up as written without its syllables apart ("Hanoi", "Krong Ha")."""
        return "\n".join(t.replace(" ", "") for t in self.folded_docs.values())

    def docs_mentioning(self, place: str) -> frozenset[str]:
        """The documents whose folded text (with their metadata) writes the folded ``place`` as whole
        words; each place is searched once per generation (a question naming a commune scanned every
        document's text, ~10 ms a question on the library)."""

        def scan() -> frozenset[str]:
            rx = re.compile(rf"\b{re.escape(place)}\b")
            return frozenset(d for d, text in self.folded_docs.items() if rx.search(text))

        return self._memo(self._place_docs, place, scan)

    def docs_writing_day(self, key: str) -> frozenset[str]:
        """The documents writing the day ``key`` ("5/6/2025" or "5/6", ``text.day_keys``) in figures or in
        words ("05/6/2025", "ngày 05 tháng 6 năm 2025"), read by the rules the question's terms use."""
        return frozenset(d for d, days in self.doc_days.items() if key in days)

    @cached_property
    def doc_days(self) -> Mapping[str, frozenset[str]]:
        """doc_id -> the days its text writes (``text.days_written``), read once per generation."""
        return MappingProxyType(
            {d: frozenset(vt.days_written(vt.TOKEN_RE.findall(text))) for d, text in self.folded_docs.items()}
        )

    def passage_shingles(self, vid: int) -> frozenset[int]:
        """Hashed word 5-grams of a chunk's folded text (``parse.duplicates.shingles``), read once per
        generation: the repeat check of ``distinct_passages`` compares the same chunks question after
        question."""
        return self._memo(self._shingles, vid, lambda: shingles(self.store.folded_texts()[vid]))

    def echo_rows(self, doc_id: str) -> list[tuple[int, frozenset[str], frozenset[str]]]:
        """(vid, section path terms, text terms) of each chunk of a document, in order: the folded words
        and word pairs (``retrieve.echo.folded_terms``) the name echo compares with a question naming the
        document, read once per generation (folding every chunk of a named document cost a question ~10 ms
        on the library)."""
        from assistant.retrieve.echo import folded_terms

        def scan() -> list[tuple[int, frozenset[str], frozenset[str]]]:
            folded = self.store.folded_texts()  # ``text.fold`` of each chunk's text
            rows = []
            for c in self.by_doc.get(doc_id, []):
                if (v := self.store.vid(c.chunk_id)) is not None:
                    path = folded_terms(vt.fold(" ".join(c.section_path)))
                    rows.append((v, path, folded_terms(folded.get(v) or vt.fold(c.text))))
            return rows

        return self._memo(self._echo_rows, doc_id, scan)

    def _memo(self, table: dict, key, compute):
        """``table[key]``, computed by ``compute()`` the first time (outside the lock: two threads may both
        compute it, with the same result)."""
        with self._lock:
            found = table.get(key)
        if found is None:
            found = compute()
            with self._lock:
                table[key] = found
        return found

    @cached_property
    def chunks(self) -> tuple[Chunk, ...]:
        """Every chunk, by file and position."""
        return tuple(self.store.all_chunks())

    @cached_property
    def by_doc(self) -> Mapping[str, tuple[Chunk, ...]]:
        """doc_id -> its chunks in order."""
        out: dict[str, list[Chunk]] = {}
        for c in self.chunks:
            out.setdefault(c.doc_id, []).append(c)
        return MappingProxyType({d: tuple(chunks) for d, chunks in out.items()})

    @cached_property
    def bm25(self) -> Bm25:
        """Lexical search with SQLite's bm25 scores, postings read once per generation (``index.bm25``)."""
        return Bm25(self.store)

    @cached_property
    def vocab(self) -> Vocabulary:
        """Term rarity over every chunk's heading and text (weights the question's terms)."""
        from assistant.answer.terms import Vocabulary

        return Vocabulary([f"{c.heading} {c.text}" for c in self.chunks])

    @cached_property
    def obligations(self) -> ObligationTable:
        """Who must do what, by when, over every document (raises ImportError without the package)."""
        from assistant.obligations.table import ObligationTable

        return ObligationTable.from_documents(list(self.docs.values()))

    @cached_property
    def amendments(self) -> dict[str, list[Amendment]]:
        """doc_id -> the changes of a time it writes (``obligations.amendments``: "đồng ý lùi thời hạn ...
        đến ngày ..."), for the documents writing any."""
        found = {d: find_amendments(doc) for d, doc in self.docs.items()}
        return {d: a for d, a in found.items() if a}

    @cached_property
    def lead_marked(self) -> frozenset[int]:
        """Chunks naming a lead body ("chủ trì")."""
        return frozenset(v for v, t in self.store.folded_texts().items() if LEAD_RE.search(t))

    def org_scope(self, org_id: str) -> frozenset[int]:
        """Chunks that belong to an organisation: tagged ``Chunk.org`` by the chunker, naming it at their
        head as an actor, or in their heading or lead-in ("Hội phụ nữ các cấp: ...")."""

        def scan() -> frozenset[int]:
            pattern = org_pattern(org_id)
            openings = self.store.openings()
            heads = self.head_bodies
            return frozenset(
                v
                for v, c in self.store.chunk_info.items()
                if c.org == org_id
                or org_id in heads.get(v, ())
                or (
                    pattern is not None
                    and (pattern.search(c.heading_folded) or pattern.search(openings[v][:60]))
                )
            )

        return self._memo(self._org_scopes, org_id, scan)

