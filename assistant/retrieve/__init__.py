"""Hybrid retrieval: dense (e5 "query: " embedding over FAISS) + lexical (FTS5 bm25), fused by weighted RRF,
then ranking preferences a cadre expects, each a named feature (``FEATURES``, see ``prefer``) that
``Settings.disabled_features`` switches off:

- a question that names an organisation as actor ("Hội phụ nữ phải làm gì?") prefers its sections;
- a question that names a document ("Kết luận 62 ...", "TB 160") prefers that document's chunks
  (``scope``); "which documents carry out X" prefers the passages citing X;
- the kind of question (``query.intents``) prefers passages that can state the fact asked for;
- section headings and document identity form their own lexical ranking; chunk scores aggregate by
  section;
- a question that names a division ("Phụ lục I", "Điều 5", "khoản 3 Điều 12") prefers its chunks
  (``sections``).

Preferences multiply the fused score rather than filter, so a good passage elsewhere can still win.
``Filters`` are hard restrictions (the UI's document/type/issuer/year/organisation pickers).

The store is opened once and reopened only when the indexer commits a new generation; everything derived
from it lives in one ``Corpus`` per generation (``Retriever.corpus``), shared with ``Assistant``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from assistant import text as vt
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.embeddings import Embedder
from assistant.fusion import reciprocal_rank_fusion
from assistant.index.lexical import LexicalQuery, counted_ordinals
from assistant.index.store import IndexStore
from assistant.models import Hit
from assistant.query import DocNumberRef, QueryInfo, analyze
from assistant.query.actions import asks_about_copy
from assistant.query.context import with_signer
from assistant.retrieve import basis, echo, fields, prefer, rounds, sections, within
from assistant.retrieve.fields import field_labels, field_terms, states_field
from assistant.retrieve.prefer import DOC_BOOST, FEATURES, INTENT_BOOST, ORG_BOOST
from assistant.retrieve.scope import (
    DocumentScope,
    document_scope,
    named_docs,
    number_matches,
    numbers_match,
    refs_of,
    title_counts,
)

__all__ = ["FEATURES", "DocumentScope", "Filters", "Retriever"]

RRF_K = 10  # ranks must count: with k=60 a top-1 and a top-10 hit score almost alike
SCOPED_WEIGHT = 1.0  # RRF weight of the dense ranking restricted to the named document / organisation
HEADING_WEIGHT = 0.3  # RRF weight of the heading-and-identity lexical ranking
LEXICAL_WEIGHT = {"vi": 2.0, "en": 0.7}  # English questions rely more on the multilingual dense side


@dataclass
class Filters:
    """Hard restrictions; ``None`` or empty means "any". Strings compare accent- and case-insensitively."""

    doc_ids: list[str] | None = None
    doc_types: list[str] | None = None
    issuers: list[str] | None = None
    years: list[int | str] | None = None
    orgs: list[str] | None = None  # organisation ids ("hoi_phu_nu")
    numbers: list[str] | None = None  # document numbers, any spelling ("62-KL/TW", "62- kl/tw")

    def is_empty(self) -> bool:
        return not any([self.doc_ids, self.doc_types, self.issuers, self.years, self.orgs, self.numbers])


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
        self._corpus: Corpus | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder.for_settings(self.settings)
        return self._embedder

    @property
    def store(self) -> IndexStore:
        """The open index, reopened when a newer generation was committed (e.g. after an upload)."""
        return self.corpus.store

    @property
    def corpus(self) -> Corpus:
        """The current generation's ``Corpus`` (documents, chunks, marks, obligations), rebuilt when the
        indexer commits a new generation."""
        with self._lock:
            if self._store is None or self._store.is_stale():
                old, self._store = self._store, IndexStore.open(self.settings.index_dir)
                if old is not None:
                    old.close()
            if self._checked != self._store.generation:
                e = self.embedder
                self._store.manifest.check_compatible(e.model_name, e.dim, e.fingerprint)
                self._checked = self._store.generation
            if self._corpus is None or self._corpus.store is not self._store:
                self._corpus = Corpus(self._store)
            return self._corpus

    # ---------------------------------------------------------------------------------------------

    def _allowed(self, corpus: Corpus, filters: Filters | None) -> set[int] | None:
        if filters is None or filters.is_empty():
            return None
        store = corpus.store
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
            ok_docs = {d for d in ok_docs if any(number_matches(docs[d], r) for r in refs)}
        allowed = {v for v, c in store.chunk_info.items() if c.doc_id in ok_docs}
        if filters.orgs:
            allowed &= set().union(*(corpus.org_scope(o) for o in filters.orgs))
        return allowed

    def search(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """The k best chunks for a question, with fused score and the dense/lexical ranks behind it."""
        info = title_counts(self.corpus.store.doc_info, analyze(question))
        return self.search_info(with_signer(info, self.corpus.signers), k, filters)

    def search_info(self, info: QueryInfo, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """``search`` for an already analysed question (the answer layer analyses once and reuses it)."""
        corpus = self.corpus
        store = corpus.store
        off = self.settings.disabled_features
        allowed = self._allowed(corpus, filters)
        if allowed is not None and not allowed:
            return []
        depth = max(k * 5, self.settings.candidate_depth)

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
        scope_of_docs = document_scope(store.doc_info, info)
        named, carried_out = scope_of_docs.docs, scope_of_docs.carried_out
        doc_scope: set[int] = set()
        if named and "doc_scope" not in off:
            doc_scope = {v for v, c in store.chunk_info.items() if c.doc_id in named}
        # Only the bodies the question asks about as actors: the topic ("về công tác Mặt trận") or the
        # issuer ("Kết luận của Ban Thường vụ") is named in most chunks and says nothing.
        org_scope: set[int] = set()
        if "org_scope" not in off:
            for org in info.subject_orgs:
                org_scope |= corpus.org_scope(org)
        for scope in (doc_scope, org_scope):
            if scope:
                found = store.dense_search_vids(
                    best_vec, depth, scope if allowed is None else scope & allowed
                )
                rankings.append([vid for vid, _ in found])
                weights.append(SCOPED_WEIGHT)

        lexical_query = info.lexical_query(
            paraphrases="paraphrases" not in off, body_terms_folded="body_terms" not in off
        )
        asked_terms = list(lexical_query.folded)  # naming words too (``echo`` tells them apart)
        if named and (info.doc_descriptions or info.carried_doc) and "description_words" not in off:
            # the words that only describe the document ("kế hoạch xử lý 5 điểm nghẽn của xã ...") found it;
            # inside it they would favour the passages restating its title
            naming = info.description_words
            lexical_query.vi = [t for t in lexical_query.vi if not set(vt.fold(t).split("_")) <= naming]
            lexical_query.folded = [t for t in lexical_query.folded if not set(t.split("_")) <= naming]
        asked = info.expanded or info.folded
        field_res = field_labels(asked) if "asked_field" not in off else []
        if field_res:
            labels = LexicalQuery.from_texts(field_terms(asked))
            lexical_query.vi = list(dict.fromkeys(lexical_query.vi + labels.vi))
            lexical_query.folded = list(dict.fromkeys(lexical_query.folded + labels.folded))
        asks_documents = info.spec.answer == "documents" and not carried_out
        citing: set[int] = set()
        if "citing" not in off and info.doc_numbers and (not named or info.spec.prefer == "citing"):
            # The named number is not a document we hold, or the question is about the documents citing
            # it: passages whose own text cites it are then the best signal, ordered by similarity.
            citing = self._chunks_citing(corpus, info.doc_numbers)
            scope = citing if allowed is None else citing & allowed
            if scope:
                found = store.dense_search_vids(best_vec, depth, scope)
            else:
                found = corpus.bm25.search(LexicalQuery(nums=lexical_query.nums), depth, allowed)
            rankings.append([vid for vid, _ in found])
            weights.append(SCOPED_WEIGHT)

        lexical = corpus.bm25.search(lexical_query, depth, allowed)
        lexical_best = {vid: (rank, score) for rank, (vid, score) in enumerate(lexical, 1)}
        rankings.append([vid for vid, _ in lexical])
        weights.append(LEXICAL_WEIGHT.get(info.language, 1.0))
        # "V O ở đâu?": the passages writing "V O tại ..." (``fields.place_phrase``)
        placed = set() if "asked_place" in off else fields.placed_passages(store.folded_texts(), info.folded)
        if "effective_date" not in off:  # "... có hiệu lực từ ngày nào?": "... này có hiệu lực từ ngày ..."
            placed |= fields.effect_passages(store.folded_texts(), info.folded)
        if "asked_contact" not in off:  # "... thì gọi cho ai?": "Mọi chi tiết xin liên hệ đồng chí ..."
            placed |= fields.contact_passages(store.folded_texts(), info.folded)
        if "asked_reason" not in off:  # "Vì sao ... đổi địa điểm?": "Do Hội trường ... đang sửa chữa, ..."
            placed |= fields.cause_passages(corpus.texts, info.folded)
        if scope := (placed if allowed is None else placed & allowed):
            rankings.append([vid for vid, _ in store.dense_search_vids(best_vec, depth, scope)])
            weights.append(SCOPED_WEIGHT)
        if info.amount_unit and "amount_scope" not in off:
            # "bao nhiêu đại biểu / ngày / phần trăm?": the candidates writing a quantity in that unit, by
            # similarity (the question's other words are common to every passage on the topic)
            found = prefer.amount_ranking(corpus, info, rankings, dense_best, lexical_best)
            if found:
                rankings.append(found)
                weights.append(prefer.AMOUNT_WEIGHT)
        if "heading_field" not in off:
            heads = prefer.heading_ranking(corpus, info, depth, allowed)
            if heads:
                rankings.append(heads)
                weights.append(HEADING_WEIGHT)

        # A question that names its document (by number, description or title) has its scope already.
        titled = {}
        # (several documents described by subject and issuer are still told apart by their titles)
        if "title_prior" not in off and (not named or (len(named) > 1 and bool(info.doc_descriptions))):
            titled = prefer.title_scores(
                corpus, info, "title_ordinals" not in off, without_actors="title_actors" not in off
            )
        # A question naming a division ("Phụ lục I", "khoản 3 Điều 12") prefers that division's chunks in
        # the named document, else in the best-ranked documents having one (``sections``).
        section_scope: set[int] = set()
        if "named_section" not in off and (wanted := sections.question_labels(info.folded)):
            section_docs = self._named_section(corpus, wanted, named, rankings, weights, titled)
            section_scope = set().union(*section_docs.values()) if section_docs else set()
            scope = section_scope if allowed is None else section_scope & allowed
            if scope:
                # the best document's division first (by similarity), then the next document's
                found = [v for v, _ in store.dense_search_vids(best_vec, depth, scope)]
                order = {d: i for i, d in enumerate(section_docs)}
                found.sort(key=lambda v: order[store.chunk_info[v].doc_id])  # stable: similarity within
                rankings.append(found)
                weights.append(sections.SECTION_WEIGHT)

        # A question quoting a heading whole ("Kết nạp vào Đảng trong các trường hợp đặc biệt") prefers
        # the chunks under it, those whose path quotes the most of the question first.
        titled_scope: set[int] = set()
        opening: set[int] = set()
        if "titled_section" not in off:
            titled_scope = sections.titled_matches(info.folded, corpus.section_titles)
            scope = titled_scope if allowed is None else titled_scope & allowed
            if scope:
                # the heading's opening passage (each document's first under it) leads, then similarity
                found = [vid for vid, _ in store.dense_search_vids(best_vec, depth, scope)]
                opening = prefer.first_per_document(store, scope)
                rankings.append([v for v in found if v in opening] + [v for v in found if v not in opening])
                weights.append(sections.TITLED_WEIGHT)

        # Inside the question's documents (named, else the best by their candidates together), the words
        # that tell their passages apart decide (``within``).
        if "within_document" not in off and lexical_query.folded:
            aggregate = "document_aggregation" not in off
            docs = sorted(named) or within.document_order(corpus, rankings, weights, RRF_K, aggregate, titled)
            terms = lexical_query.folded + counted_ordinals(info.question)
            per_doc = within.within_scores(corpus, docs[: within.WITHIN_DOCS], terms, allowed)
            if per_doc:
                rankings.append(within.interleave(per_doc))
                weights.append(within.WITHIN_WEIGHT)

        # Inside the document the question names by its title, a passage that only restates the title
        # ("I. MỤC ĐÍCH ...: Tổ chức hội thi X ...") is held back for one holding the asked words (``echo``).
        echoing: set[int] = set()
        if "name_echo" not in off and asked_terms:
            docs = sorted(named) or within.document_order(corpus, rankings, weights, RRF_K, True, titled)
            echoing = self._echoing(corpus, docs[: within.WITHIN_DOCS], asked_terms, allowed)

        if info.spec.prefer != "citing":
            citing = set()
        # A document says what it carries out where it first cites it (its preamble): that passage
        # answers "which documents carry out X?" for it.
        first_citing = prefer.first_per_document(store, citing)
        fused = reciprocal_rank_fusion(rankings, k=RRF_K, weights=weights)
        forms = (
            corpus.form_marked if "form_penalty" not in off and not prefer.asks_form(info.folded) else set()
        )
        amounts = prefer.amount_checker(info, off)
        place_docs = prefer.named_place_docs(corpus, info) if "named_place" not in off else set()
        headed = prefer.body_headed(corpus, info) if "asked_body" not in off else set()
        round_of = rounds.round_factor(corpus, info, off)
        month_of = rounds.month_factor(corpus, info, off)
        # the check reads the text: only the fused top candidates, where it can change the order
        amount_checked = {v for v, _ in fused[: prefer.AMOUNT_DEPTH]} if amounts is not None else set()
        texts = corpus.reading_texts if amounts is not None else {}  # a table row with its column names
        folded = corpus.reading_folded if amounts is not None else {}
        scored = []
        for vid, score in fused:
            if vid not in store.chunk_info:
                continue
            if titled:
                score *= 1.0 + prefer.TITLE_PRIOR * titled.get(store.chunk_info[vid].doc_id, 0.0)
            if vid in org_scope:
                score *= ORG_BOOST
            if vid in doc_scope and not asks_documents:
                score *= DOC_BOOST
            if vid in section_scope:
                score *= sections.SECTION_BOOST
            if vid in titled_scope:
                score *= sections.TITLED_BOOST
                if vid in opening and "heading_opening" not in off:
                    score *= sections.OPENING_BOOST
            if vid in forms:
                score *= prefer.FORM_PENALTY
            if vid in echoing:
                score *= self.settings.name_echo_penalty
            if place_docs and store.chunk_info[vid].doc_id in place_docs:
                score *= prefer.PLACE_BOOST
            if vid in headed:
                score *= prefer.BODY_BOOST
            score *= prefer.intent_factor(corpus, info, vid, off, place_docs)
            if amounts is not None and vid in amount_checked and amounts(texts[vid], folded[vid]):
                score *= INTENT_BOOST
            if vid in citing:
                score *= INTENT_BOOST
            if round_of is not None:
                score *= round_of(vid)
            if month_of is not None:
                score *= month_of(vid)
            if (field_res and states_field(store.folded_texts()[vid], field_res)) or vid in placed:
                score *= fields.FIELD_BOOST
            scored.append((vid, score))
        scored.sort(key=lambda x: -x[1])
        if "section_aggregation" not in off:
            scored = prefer.aggregate_sections(store, scored)
        if info.intent in prefer.CLOSING_FIRST_INTENTS and "closing_first" not in off:
            scored = prefer.closing_first(
                store, scored, scope_of_docs.target(), info.intent, asks_about_copy(info.folded)
            )
        if info.intent == "basis" and "basis_identity" not in off:
            scored = basis.cited_identity_second(store, scored, scope_of_docs.cited)
        if info.spec.answer == "documents" and "one_per_document" not in off:
            scored = prefer.one_per_document_first(store, scored, first_citing)
        if "distinct_passages" not in off:
            scored = prefer.distinct_passages_first(corpus, scored, k)
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

    def document_scope(self, info: QueryInfo) -> DocumentScope:
        """The documents an analysed question points at (the answer layer reads facts from them)."""
        return document_scope(self.store.doc_info, info)

    @staticmethod
    def _named_section(
        corpus: Corpus,
        wanted: list[sections.Label],
        named: set[str] | list[str],
        rankings: list[list[int]],
        weights: list[float],
        titled: dict[str, float],
    ) -> dict[str, set[int]]:
        """doc_id -> its chunks in the division the question names, best document first: the named
        documents, else the ``sections.SECTION_DOCS`` documents having that division that the other
        rankings (and the title prior) put first."""
        rows = corpus.section_labels
        info = corpus.store.chunk_info
        found = sections.section_matches(wanted, [r for r in rows if r[1] in named] if named else rows)
        by_doc: dict[str, set[int]] = {}
        for v in found:
            by_doc.setdefault(info[v].doc_id, set()).add(v)
        if named:
            return by_doc
        doc_best: dict[str, float] = {}
        for vid, score in reciprocal_rank_fusion(rankings, k=RRF_K, weights=weights):
            doc = info[vid].doc_id if vid in info else ""
            if doc in by_doc and doc not in doc_best:  # fused order: a document's first is its best
                doc_best[doc] = score * (1.0 + prefer.TITLE_PRIOR * titled.get(doc, 0.0))
        best = sorted(doc_best, key=lambda d: -doc_best[d])[: sections.SECTION_DOCS]
        return {d: by_doc[d] for d in best} if best else by_doc

    @staticmethod
    def _echoing(corpus: Corpus, docs: list[str], terms: list[str], allowed: set[int] | None) -> set[int]:
        """vids of the passages of ``docs`` that only echo the name the question gives one of them
        (``echo.echo_passages``), among the ``allowed`` ones."""
        store = corpus.store
        titles = {d: echo.title_terms(store.doc_info[d].title) for d in docs if d in store.doc_info}
        # only documents the question names by their title are read (folding every chunk of the top
        # documents for every question cost ~20 ms at p50 on the library: bench.py)
        titles = {
            d: t
            for d, t in titles.items()
            if (n := echo.naming_words(terms, t)) and echo.asked_keys(terms, n)
        }
        if not titles:
            return set()
        passages = {
            d: [row for row in corpus.echo_rows(d) if allowed is None or row[0] in allowed] for d in titles
        }
        return echo.echo_passages(passages, titles, terms)

    @staticmethod
    def _chunks_citing(corpus: Corpus, refs: list[DocNumberRef]) -> set[int]:
        """Chunks whose own text cites one of the numbers (under any spelling of a document we hold)."""
        if not refs:
            return set()
        docs = corpus.store.doc_info
        wanted = list(refs) + [r for d in named_docs(docs, refs) for r in refs_of(docs[d])]
        return {vid for vid, found in corpus.cited_numbers.items() if numbers_match(found, wanted)}
