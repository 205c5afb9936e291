"""Hybrid retrieval: dense (e5 "query: " embedding over FAISS) + lexical (FTS5 bm25), fused by weighted RRF,
then small ranking preferences a cadre expects:

- a question that names an organisation ("Hội phụ nữ phải làm gì?") prefers chunks whose section or
  lead-in names that organisation (``Chunk.org`` set by the chunker, or the heading / opening words);
- a question that names a document ("Kết luận 62 ...", "TB 160") prefers chunks of that document.

Preferences multiply the fused score rather than filter, so a good passage elsewhere can still win.
``Filters`` are hard restrictions (the UI's document/type/issuer/year/organisation pickers).

The store is opened once and kept in memory; it is reopened only when the indexer commits a new
generation, so the per-query cost is one query embedding (cached), one FAISS search and one FTS query.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from assistant import text as vt
from assistant.config import Settings
from assistant.embeddings import Embedder
from assistant.fusion import reciprocal_rank_fusion
from assistant.index.lexical import LexicalQuery
from assistant.index.store import ChunkInfo, DocInfo, IndexStore
from assistant.models import Hit
from assistant.obligations.clauses import head_bodies
from assistant.obligations.deadlines import DeadlineMatch, find_deadlines, find_recurrences, finer_than_year
from assistant.obligations.orgs import default_registry
from assistant.query import DocNumberRef, QueryInfo, analyze, glossary_terms, org_pattern

T = TypeVar("T")

RRF_K = 10  # ranks must count: with k=60 a top-1 and a top-10 hit score almost alike
ORG_BOOST = 1.6  # the organisation the question names
DOC_BOOST = 2.5  # the document the question names by number (its own text, not the ones citing it)
SCOPED_WEIGHT = 1.0  # RRF weight of the dense ranking restricted to the named document / organisation
INTENT_BOOST = 1.3  # a passage that can state the fact the question asks for
CLOSING_PENALTY = 0.5  # signature / copy sections for questions that do not ask who signed or when
_LEAD_RE = re.compile(r"\bchu tri\b")
# "kế hoạch (của Tỉnh ủy) thực hiện/triển khai <document>": a document named by what it implements.
_IMPLEMENTS_RE = re.compile(
    r"\b(ke hoach|chuong trinh|huong dan|ket luan|thong bao|nghi quyet|chi thi|quyet dinh|cong van)\b"
    r"[^?.]{0,40}?\b(?:thuc hien|trien khai|quan triet)\b"
)
_IMPLEMENTS_EN_RE = re.compile(
    r"\b(plan|programme|program|conclusion|resolution|directive|notice|guidance)\b[^?.]{0,40}?"
    r"\b(?:implement\w*|carr\w* out|to carry out)\b"
)
# "... thực hiện kết luận nào?", "which resolution does it implement?": the documents a named one cites.
_ASKS_CITED_RE = re.compile(
    r"\b(ket luan|nghi quyet|thong bao|chi thi|van ban|quyet dinh) nao\b|"
    r"\bwhich (?:conclusion|resolution|directive|document)()\b"
)
LEXICAL_WEIGHT = {"vi": 2.0, "en": 0.7}  # English questions rely more on the multilingual dense side


@dataclass
class DocumentScope:
    """What documents a question points at (see ``Retriever.document_scope``)."""

    docs: set[str]  # every document preferred in ranking
    carried_out: bool  # they carry out / review the document the question names
    named: set[str] = field(default_factory=set)  # named or described as the container
    cited: set[str] = field(default_factory=set)  # cited by the named ones ("... thực hiện kết luận nào?")

    def target(self) -> str | None:
        """The one document a fact should come from: the cited one asked about ("kết luận nào ... do ai
        ký?"), else the single named or implementing one."""
        if len(self.cited) == 1:
            return next(iter(self.cited))
        if len(self.named) == 1:
            return next(iter(self.named))
        return None


@dataclass
class Filters:
    """Hard restrictions; ``None`` or empty means "any". Strings compare accent- and case-insensitively."""

    doc_ids: list[str] | None = None
    doc_types: list[str] | None = None
    issuers: list[str] | None = None
    years: list[int | str] | None = None
    orgs: list[str] | None = None  # organisation ids ("hoi_phu_nu")
    numbers: list[str] | None = None  # document numbers, any spelling ("62-KL/TW", "160-KL/TW")

    def is_empty(self) -> bool:
        return not any([self.doc_ids, self.doc_types, self.issuers, self.years, self.orgs, self.numbers])


def _number_matches(doc: DocInfo, ref: DocNumberRef) -> bool:
    """Does a document carry the number a question or filter names (any of its spellings)?"""
    numbers = [n for n in [doc.number, *doc.number_aliases] if n]
    for n in numbers:
        if ref.number and vt.doc_number_key(n) == vt.doc_number_key(ref.number):
            return True
        canon = vt.canonical_doc_number(n)
        lead = canon.split("-")[0].split("/")[0]
        if lead.isdigit() and str(int(lead)) == ref.digits and not ref.number:
            if (
                ref.code is None
                or f"-{ref.code.upper()}/" in canon
                or canon.startswith(f"{lead}/{ref.code.upper()}")
            ):
                return True
            if (
                doc.doc_type
                and ref.code
                and vt.fold(doc.doc_type).startswith(vt.fold(_CODE_NAMES.get(ref.code, "~")))
            ):
                return True
    return False


def _refs_of(doc: DocInfo) -> list[DocNumberRef]:
    """A held document's numbers, every spelling, as references to look for."""
    return [
        DocNumberRef(n, "", None, vt.canonical_doc_number(n)) for n in [doc.number, *doc.number_aliases] if n
    ]


def _numbers_match(numbers: list[str], refs: list[DocNumberRef]) -> bool:
    """Does one of ``numbers`` (cited in a text or a reference list) carry one of the referenced numbers?"""
    holder = DocInfo("", "", None, numbers, None, None, None, None)
    return any(_number_matches(holder, r) for r in refs)


def _cites_doc(citing: DocInfo, cited: DocInfo) -> bool:
    """Does ``citing`` list ``cited`` (by any of its numbers) among its references?"""
    return _numbers_match(citing.references, _refs_of(cited))


def _in_period(doc: DocInfo, period: str) -> bool:
    """Does a document belong to "2021-2025" / "2009": its title names the period, or it is dated in it?"""
    title = vt.fold(doc.title or "").replace(" ", "")
    if period in title:
        return True
    years = [int(y) for y in period.split("-")]
    return bool(doc.date) and years[0] <= int(doc.date[:4]) <= years[-1]


def _first_per_document(store: IndexStore, vids: set[int]) -> set[int]:
    """The earliest of ``vids`` in each document."""
    if not vids:
        return set()
    info = store.chunk_info
    first: dict[str, int] = {}
    for v in vids:
        doc = info[v].doc_id
        if doc not in first or info[v].ordinal < info[first[doc]].ordinal:
            first[doc] = v
    return set(first.values())


def _one_per_document_first(
    store: IndexStore, scored: list[tuple[int, float]], representative: set[int]
) -> list[tuple[int, float]]:
    """For "which documents ...?": one passage per document, documents in order of their best score,
    before any second passage. A document's passage is its ``representative`` one when it has one among
    the candidates (where it first cites the named document), else its best."""
    doc_of = {vid: store.chunk_info[vid].doc_id for vid, _ in scored}
    chosen: dict[str, tuple[int, float]] = {}
    for vid, score in scored:
        if vid in representative:
            chosen.setdefault(doc_of[vid], (vid, score))
    first: list[tuple[int, float]] = []
    seen: set[str] = set()
    for vid, score in scored:
        doc = doc_of[vid]
        if doc not in seen:
            seen.add(doc)
            first.append(chosen.get(doc, (vid, score)))
    picked = {vid for vid, _ in first}
    return first + [(vid, score) for vid, score in scored if vid not in picked]


def _names_section(folded_question: str, heading_folded: str) -> bool:
    """Does the question name a closing section by its heading words ("khi sao lục ...")?"""
    words = re.findall(r"[a-z]+", re.split(r"\d", heading_folded, maxsplit=1)[0])
    return bool(words) and all(re.search(rf"\b{w}\b", folded_question) for w in words)


_CODE_NAMES = {
    code: (vt.abbreviations().get(vt.fold(code)) or [code])[0]
    for code in ("KL", "TB", "NQ", "CT", "KH", "HD", "CV")
}


class Retriever:
    """``Retriever(settings).search(question, k, filters) -> list[Hit]``; safe to share between threads."""

    def __init__(
        self, settings: Settings, store: IndexStore | None = None, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self._store = store
        self._embedder = embedder
        self._lock = threading.Lock()
        self._checked: str | None = None  # generation whose manifest was checked against the embedder
        self._per_generation: dict[tuple[str, str], object] = {}  # see ``_cached``

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder.for_settings(self.settings)
        return self._embedder

    @property
    def store(self) -> IndexStore:
        """The open index, reopened when a newer generation was committed (e.g. after an upload)."""
        with self._lock:
            if self._store is None or self._store.is_stale():
                old, self._store = self._store, IndexStore.open(self.settings.index_dir)
                if old is not None:
                    old.close()
            if self._checked != self._store.generation:
                e = self.embedder
                self._store.manifest.check_compatible(e.model_name, e.dim, e.fingerprint)
                self._checked = self._store.generation
            return self._store

    # ---------------------------------------------------------------------------------------------

    def _cached(self, store: IndexStore, name: str, build: Callable[[], T]) -> T:
        """A value derived from the index (organisation scopes, deadline marks, cited numbers), built once
        per generation; a new generation drops the old values."""
        key = (store.generation, name)
        if key not in self._per_generation:
            self._per_generation = {k: v for k, v in self._per_generation.items() if k[0] == store.generation}
            self._per_generation[key] = build()
        return self._per_generation[key]  # type: ignore[return-value]

    def _allowed(self, store: IndexStore, filters: Filters | None) -> set[int] | None:
        if filters is None or filters.is_empty():
            return None
        docs = store.doc_info
        ok_docs = set(docs)
        if filters.doc_ids:
            ok_docs &= set(filters.doc_ids)
        if filters.doc_types:
            wanted = {vt.fold(t) for t in filters.doc_types}
            ok_docs = {d for d in ok_docs if docs[d].doc_type and vt.fold(docs[d].doc_type) in wanted}
        if filters.issuers:
            wanted = [vt.fold(i) for i in filters.issuers]
            ok_docs = {
                d for d in ok_docs if docs[d].issuer and any(w in vt.fold(docs[d].issuer) for w in wanted)
            }
        if filters.years:
            years = {str(y) for y in filters.years}
            ok_docs = {d for d in ok_docs if (docs[d].date or "")[:4] in years}
        if filters.numbers:
            refs = [DocNumberRef(n, "", None, vt.canonical_doc_number(n)) for n in filters.numbers]
            ok_docs = {d for d in ok_docs if any(_number_matches(docs[d], r) for r in refs)}
        allowed = {v for v, c in store.chunk_info.items() if c.doc_id in ok_docs}
        if filters.orgs:
            allowed &= set().union(*(self._org_scope(store, o) for o in filters.orgs))
        return allowed

    def _org_scope(self, store: IndexStore, org_id: str) -> set[int]:
        """Chunks that belong to an organisation: tagged ``Chunk.org`` by the chunker, or whose heading
        or lead-in ("Hội phụ nữ các cấp: ...") names it. Cached per index generation."""

        def build() -> set[int]:
            pattern = org_pattern(org_id)
            openings = store.openings()
            heads = self._head_bodies(store)
            return {
                v
                for v, c in store.chunk_info.items()
                if c.org == org_id
                or org_id in heads.get(v, ())
                or (
                    pattern is not None
                    and (pattern.search(c.heading_folded) or pattern.search(openings[v][:60]))
                )
            }

        return self._cached(store, f"org:{org_id}", build)

    def _head_bodies(self, store: IndexStore) -> dict[int, list[str]]:
        """The bodies each chunk names at its head, as the actors of its duty (cached per generation)."""

        def build() -> dict[int, list[str]]:
            reg = default_registry()
            return {v: found for v, t in store.chunk_texts().items() if (found := head_bodies(t, reg))}

        return self._cached(store, "heads", build)

    def search(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """The k best chunks for a question, with fused score and the dense/lexical ranks behind it."""
        return self.search_info(analyze(question), k, filters)

    def search_info(self, info: QueryInfo, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """``search`` for an already analysed question (the answer layer analyses once and reuses it)."""
        store = self.store
        allowed = self._allowed(store, filters)
        if allowed is not None and not allowed:
            return []
        depth = max(k * 5, 50)

        rankings: list[list[int]] = []
        weights: list[float] = []
        dense_best: dict[int, tuple[int, float]] = {}
        texts = info.dense_texts()
        vectors = self.embedder.embed_queries([t for t, _ in texts])
        for (_, w), v in zip(texts, vectors, strict=True):
            found = store.dense_search_vids(v, depth, allowed)
            rankings.append([vid for vid, _ in found])
            weights.append(w)
            for rank, (vid, score) in enumerate(found, 1):
                if vid not in dense_best or rank < dense_best[vid][0]:
                    dense_best[vid] = (rank, score)

        # A named document's own chunks rarely repeat its number (the documents citing it do), and an
        # organisation's own section may use words the question does not: both get a dense ranking
        # restricted to them, besides the multipliers below.
        best_vec = vectors[max(range(len(texts)), key=lambda i: texts[i][1])]
        scope_of_docs = self._document_scope(store, info)
        named_docs, carried_out = scope_of_docs.docs, scope_of_docs.carried_out
        doc_scope = (
            {v for v, c in store.chunk_info.items() if c.doc_id in named_docs} if named_docs else set()
        )
        # Only the bodies the question asks about as actors: the topic ("về công tác Mặt trận") or the
        # issuer ("Kết luận của Ban Thường vụ") is named in most chunks of this corpus and says nothing.
        org_scope: set[int] = set()
        for org in info.subject_orgs:
            org_scope |= self._org_scope(store, org)
        for scope in (doc_scope, org_scope):
            if scope:
                found = store.dense_search_vids(
                    best_vec, depth, scope if allowed is None else scope & allowed
                )
                rankings.append([vid for vid, _ in found])
                weights.append(SCOPED_WEIGHT)

        lexical_query = info.lexical_query()
        # "Which documents mention TB 160?" wants the citing documents, so the named one is not preferred;
        # "which documents carry out TB 160?" already scoped to those (``carried_out``).
        asks_documents = info.intent == "documents" and not carried_out
        citing: set[int] = set()
        if info.doc_numbers and (not doc_scope or info.intent == "documents"):
            # The named number is not a document we hold, or the question is about the documents citing
            # it: passages whose own text cites it ("thực hiện Thông báo kết luận số 160-TB/TW", under any
            # spelling of a document we hold) are then the best signal, ordered by similarity. bm25 over
            # the whole question dilutes the number, and every chunk carries its own document's label.
            citing = self._chunks_citing(store, info.doc_numbers)
            scope = citing if allowed is None else citing & allowed
            if scope:
                found = store.dense_search_vids(best_vec, depth, scope)
            else:
                found = store.lexical_search_vids(LexicalQuery(nums=lexical_query.nums), depth, allowed)
            rankings.append([vid for vid, _ in found])
            weights.append(SCOPED_WEIGHT)

        lexical = store.lexical_search_vids(lexical_query, depth, allowed)
        lexical_best = {vid: (rank, score) for rank, (vid, score) in enumerate(lexical, 1)}
        rankings.append([vid for vid, _ in lexical])
        weights.append(LEXICAL_WEIGHT.get(info.language, 1.0))

        if info.intent != "documents":
            citing = set()
        # A document says what it carries out where it first cites it (its preamble: "Thực hiện Thông
        # báo kết luận số 160-TB/TW, ... Ban Thường vụ Tỉnh ủy ban hành Kế hoạch"): that passage answers
        # "which documents carry out X?" for it.
        first_citing = _first_per_document(store, citing)
        fused = reciprocal_rank_fusion(rankings, k=RRF_K, weights=weights)
        scored = []
        for vid, score in fused:
            c = store.chunk_info.get(vid)
            if c is None:
                continue
            if vid in org_scope:
                score *= ORG_BOOST
            if vid in doc_scope and not asks_documents:
                score *= DOC_BOOST
            score *= self._intent_factor(store, info, vid, c)
            if vid in citing:  # "which documents carry out TB 160?": the passage that cites it says so
                score *= INTENT_BOOST
            scored.append((vid, score))
        scored.sort(key=lambda x: -x[1])
        if info.intent == "documents":
            scored = _one_per_document_first(store, scored, first_citing)
        top = scored[:k]
        chunks = store.chunks_by_vid(v for v, _ in top)
        hits = []
        for vid, score in top:
            d = dense_best.get(vid)
            lx = lexical_best.get(vid)
            hits.append(
                Hit(
                    chunk=chunks[vid],
                    score=score,
                    dense_rank=d[0] if d else None,
                    lexical_rank=lx[0] if lx else None,
                    dense_score=d[1] if d else None,
                    lexical_score=lx[1] if lx else None,
                )
            )
        return hits

    def _intent_factor(self, store: IndexStore, info: QueryInfo, vid: int, chunk: ChunkInfo) -> float:
        """Prefer passages that can state the fact asked for.

        The closing sections (issue line, signature, SAO LỤC copy) answer "who signed / when was it
        issued" and little else, so they are preferred for those and held back otherwise, unless the
        question names the section ("khi sao lục ..."); "when" and "who leads" questions prefer passages
        that state a deadline or a lead body.
        """
        intent = info.intent
        closing = chunk.closing
        if intent in ("signer", "date", "issuer", "number"):
            return INTENT_BOOST if closing else 1.0
        if closing and not _names_section(info.folded, chunk.heading_folded):
            return CLOSING_PENALTY
        if intent == "deadline" and vid in self._marked(store, "deadline"):
            deadlines = self._new_deadlines(store, vid, info.folded)
            if not deadlines and vid not in self._marked(store, "recurrence"):
                return 1.0  # its only "deadline" is the period the question states ("giai đoạn 2021-2025")
            text = store.folded_texts()[vid]
            if info.asked_action and any(
                re.search(rf"\b{re.escape(info.asked_action)}\b", text[max(0, m.start - 70) : m.start])
                for m in deadlines
            ):
                # "Khi nào tổng kết?": the passage where that action is given its deadline
                return INTENT_BOOST * INTENT_BOOST
            return INTENT_BOOST
        if intent == "lead" and vid in self._marked(store, "lead"):
            return INTENT_BOOST
        return 1.0

    def _deadlines(self, store: IndexStore) -> dict[int, list[DeadlineMatch]]:
        """Every chunk's deadlines, by the obligations table's own grammar so both agree (per generation)."""

        def build() -> dict[int, list[DeadlineMatch]]:
            return {v: found for v, t in store.folded_texts().items() if (found := find_deadlines(t))}

        return self._cached(store, "deadlines", build)

    def _new_deadlines(self, store: IndexStore, vid: int, folded_question: str) -> list[DeadlineMatch]:
        """The chunk's deadlines that tell the question something: not a bare year or period it states."""
        years = set(re.findall(r"\b\d{4}\b", folded_question))
        return [
            m
            for m in self._deadlines(store).get(vid, [])
            if finer_than_year(m.deadline.text) or not set(re.findall(r"\b\d{4}\b", m.deadline.text)) <= years
        ]

    def _marked(self, store: IndexStore, kind: str) -> set[int]:
        """Chunks stating a deadline or a recurrence ("deadline"), a recurrence ("recurrence") or naming a
        lead body ("lead"), cached per index generation."""

        def build() -> set[int]:
            texts = store.folded_texts()
            if kind == "deadline":
                return set(self._deadlines(store)) | self._marked(store, "recurrence")
            if kind == "recurrence":
                return {v for v, t in texts.items() if find_recurrences(t)}
            return {v for v, t in texts.items() if _LEAD_RE.search(t)}

        return self._cached(store, f"marked:{kind}", build)

    def document_scope(self, info: QueryInfo) -> DocumentScope:
        """The documents an analysed question points at (the answer layer reads facts from them)."""
        return self._document_scope(self.store, info)

    def _document_scope(self, store: IndexStore, info: QueryInfo) -> DocumentScope:
        """The documents the question points at:

        - "Kế hoạch (của Tỉnh ủy) thực hiện TB 160": the plans citing 160, not the notice itself;
        - "Theo Thông báo 160 ...", "Kế hoạch của Tỉnh ủy": the document named or described;
        - "sơ kết 5 năm thực hiện KL 62", "văn bản nào triển khai TB 160": the documents citing it;
        - "Thông báo 160 tiếp tục thực hiện kết luận nào?": the notice and the documents it cites.
        """
        implementing = self._implementing_docs(store, info)
        if implementing:
            return DocumentScope(implementing, carried_out=True, named=implementing)
        containers = [r for r in info.doc_numbers if not r.implemented]
        named = self._named_docs(store, containers) | self._described_docs(store, info)
        if named:
            asked = _ASKS_CITED_RE.search(info.folded)
            cited: set[str] = set()
            if asked:
                kind = asked.group(1)
                cited = {
                    d
                    for d, doc in store.doc_info.items()
                    for n in named
                    if d not in named
                    and _cites_doc(store.doc_info[n], doc)
                    and (not kind or kind == "van ban" or vt.fold(doc.doc_type or "").startswith(kind))
                }
            return DocumentScope(named | cited, carried_out=False, named=named, cited=cited)
        carried = [r for r in info.doc_numbers if r.implemented]
        if carried:
            own = self._named_docs(store, carried)
            return DocumentScope(self._citing_docs(store, carried) - own, carried_out=True)
        return DocumentScope(set(), carried_out=False)

    def _chunks_citing(self, store: IndexStore, refs: list[DocNumberRef]) -> set[int]:
        """Chunks whose own text cites one of the numbers (under any spelling of a document we hold)."""
        if not refs:
            return set()

        def build() -> dict[int, list[str]]:
            return {
                vid: found
                for vid, chunk_text in store.chunk_texts().items()
                if (found := [n for n, _, _ in vt.find_doc_numbers(chunk_text)])
            }

        numbers = self._cached(store, "numbers", build)
        wanted = list(refs) + [r for d in self._named_docs(store, refs) for r in _refs_of(store.doc_info[d])]
        return {vid for vid, found in numbers.items() if _numbers_match(found, wanted)}

    @classmethod
    def _citing_docs(cls, store: IndexStore, refs: list[DocNumberRef], kind: str | None = None) -> set[str]:
        """Documents (of a type starting with ``kind``, if given) whose references carry a number.

        A number resolved to a document we hold also counts under that document's other spellings: the
        provincial conclusion cites Thông báo 160 as "160-KL/TW", the notice itself is "160-TB/TW".
        """
        held = [store.doc_info[d] for d in cls._named_docs(store, refs)]
        found = set()
        for d, doc in store.doc_info.items():
            if kind and (not doc.doc_type or not vt.fold(doc.doc_type).startswith(kind)):
                continue
            if _numbers_match(doc.references, refs) or any(_cites_doc(doc, h) for h in held if h.doc_id != d):
                found.add(d)
        return found

    @classmethod
    def _implementing_docs(cls, store: IndexStore, info: QueryInfo) -> set[str]:
        """For "Kế hoạch (của Tỉnh ủy) thực hiện Thông báo 160" (or "KH thực hiện TB 160"): the documents
        of that type citing the number, not the notice itself (plans are named by what they carry out)."""
        if not info.doc_numbers:
            return set()
        m = _IMPLEMENTS_RE.search(info.expanded)
        if m:
            kind = m.group(1)
        else:  # "the plan implementing Notice 160"
            en = _IMPLEMENTS_EN_RE.search(info.folded)
            terms = glossary_terms(en.group(1)) if en else []
            if not terms:
                return set()
            kind = vt.fold(terms[0])
        return cls._citing_docs(store, info.doc_numbers, kind=kind)

    @staticmethod
    def _described_docs(store: IndexStore, info: QueryInfo) -> set[str]:
        """Documents matching "Kế hoạch của Tỉnh ủy" / "kết luận giai đoạn 2021-2025" (type plus issuer or
        period); a description that fits every document of the corpus says nothing and is dropped."""
        found: set[str] = set()
        for desc in info.doc_descriptions:
            for d, doc in store.doc_info.items():
                kind = vt.fold(doc.doc_type or "")
                if not kind.startswith(desc.kind):
                    continue
                issuer = vt.fold(doc.issuer or "")
                if desc.issuer and not (issuer and (issuer in desc.issuer or desc.issuer in issuer)):
                    continue
                if desc.period and not _in_period(doc, desc.period):
                    continue
                found.add(d)
        return found if len(found) < len(store.doc_info) else set()

    @staticmethod
    def _named_docs(store: IndexStore, refs: list[DocNumberRef]) -> set[str]:
        if not refs:
            return set()
        return {d for d, info in store.doc_info.items() if any(_number_matches(info, r) for r in refs)}
