"""The product: ``Assistant(settings).ask(question, history)``. The CLI, the UI and the tests all use it.

It opens the index once (store, embedding model, retriever) and answers in two modes:

- ``extractive`` (default, no LLM): verbatim sentences with [n] citations, led by the fact asked for;
- ``llm``: a LangChain chat model writes from numbered passages, then the grounding guard removes what
  the passages do not support (falling back to the extractive answer when little survives).

Both abstain with the fixed "not found" phrase when the evidence is weak. Index maintenance
(``add_documents``, ``delete_document``, ``reindex``) goes through the indexer and then reloads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from assistant.answer import abstain, facts, followup, render
from assistant.answer.duties import org_duty_answer
from assistant.answer.extractive import CitationBook, extractive_answer, split_sentences
from assistant.answer.generate import LLMAnswerer
from assistant.answer.terms import Vocabulary, overlap, question_terms
from assistant.config import Settings
from assistant.errors import ConfigError, IndexError_
from assistant.models import Answer, Chunk, Citation, Document, Hit, Obligation, Section
from assistant.query import QueryInfo, analyze, asked_action, org_aliases
from assistant.text import detect_language


class _Timer:
    """Milliseconds per stage, in the order the stages ran (shown in ``Answer.timings_ms``)."""

    def __init__(self) -> None:
        self.t0 = self.last = time.perf_counter()
        self.ms: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.ms[name] = round((now - self.last) * 1000, 2)
        self.last = now

    def done(self) -> dict[str, float]:
        self.ms["total"] = round((time.perf_counter() - self.t0) * 1000, 2)
        return self.ms


def _index_missing(index_dir: Path) -> IndexError_:
    return IndexError_(
        f"Chưa có chỉ mục tại {index_dir}. "
        "Hãy chạy `python -m assistant index` để lập chỉ mục văn bản trước.",
        f"No index at {index_dir}. Run `python -m assistant index` to index the documents first.",
        code="index_missing",
    )


def _relevant(hits: list[Hit], terms, floor: float) -> list[str]:
    """Sentences of the retrieved chunks that cover at least ``floor`` of the question's terms."""
    return [
        h.chunk.text[a:b]
        for h in hits
        for a, b in split_sentences(h.chunk.text)
        if overlap(terms, h.chunk.text[a:b]) >= floor
    ]


class Assistant:
    """Question answering over one index (see the module docstring)."""

    def __init__(self, settings: Settings | None = None, embedder=None):
        self.settings = settings or Settings.from_env()
        self._embedder = embedder
        self._lock = threading.RLock()
        self._llm: LLMAnswerer | None = None
        self.last_evidence: abstain.Evidence | None = None
        self._load()

    # ------------------------------------------------------------------------------------ loading

    def _load(self) -> None:
        """Open store, embedder and retriever; cache documents and the obligations table."""
        from assistant.index.store import IndexStore
        from assistant.retrieve import Retriever

        index_dir = Path(self.settings.index_dir)
        if not index_dir.is_dir() or not any(index_dir.iterdir()):
            raise _index_missing(index_dir)
        try:
            store = IndexStore.open(index_dir)
        except FileNotFoundError as exc:
            raise _index_missing(index_dir) from exc
        if self._embedder is None:
            from assistant.embeddings import Embedder

            self._embedder = Embedder.for_settings(self.settings)
        self.store = store
        self.retriever = Retriever(self.settings, store=store, embedder=self._embedder)
        self._docs: dict[str, Document] = {d.doc_id: d for d in store.documents()}
        self._chunks: list[Chunk] = store.all_chunks()
        self._by_doc: dict[str, list[Chunk]] = {}
        for c in self._chunks:
            self._by_doc.setdefault(c.doc_id, []).append(c)
        self._vocab = Vocabulary([f"{c.heading} {c.text}" for c in self._chunks])
        self._table = None
        self._orgs = None
        try:  # built now, not on the first question: a question should cost milliseconds
            self._obligation_table()
        except ImportError:
            pass

    def _reload(self) -> None:
        with self._lock:
            old = self.store
            self._load()
            if hasattr(old, "close"):
                old.close()

    @property
    def embedder(self):
        return self._embedder

    def _org_registry(self):
        if self._orgs is None:
            from assistant.obligations.orgs import OrgRegistry

            self._orgs = OrgRegistry.load()
        return self._orgs

    def _obligation_table(self):
        if self._table is None:
            from assistant.obligations.table import ObligationTable

            self._table = ObligationTable.from_documents(list(self._docs.values()))
        return self._table

    def _find_orgs(self, text: str) -> list[tuple[str, int, int]]:
        """(org_id, start, end) of organisations named in ``text``, through the shared registry."""
        out = []
        for m in self._org_registry().find_in(text):
            org_id = getattr(m, "org_id", None) or getattr(getattr(m, "org", None), "id", None)
            if org_id:
                out.append((org_id, m.start, m.end))
        return out

    def _org_names(self) -> dict[str, str]:
        reg = self._org_registry()
        orgs = getattr(reg, "orgs", None) or getattr(reg, "organisations", None) or {}
        items = orgs.values() if isinstance(orgs, dict) else orgs
        return {o.id: o.name for o in items}

    # ------------------------------------------------------------------------------------ asking

    def ask(
        self, question: str, history: list[str] | None = None, mode: str | None = None, filters=None
    ) -> Answer:
        """Answer one question; ``history`` holds the earlier user questions (oldest first)."""
        answer = None
        for item in self._run(question, history or [], mode, filters, stream=False):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def stream(
        self, question: str, history: list[str] | None = None, mode: str | None = None, filters=None
    ) -> Iterator[str | Answer]:
        """Yield text deltas as the answer is written, then the final ``Answer`` (whose text may differ
        from the streamed text when the guard removed sentences: the UI replaces it)."""
        yield from self._run(question, history or [], mode, filters, stream=True)

    def _previous_doc(self, question: str) -> str | None:
        hits = self.retriever.search(question, k=3)
        if hits and hits[0].chunk.doc_id in self._docs:
            return self._docs[hits[0].chunk.doc_id].meta.short_title() or None
        return None

    def _run(self, question: str, history: list[str], mode: str | None, filters, stream: bool):
        mode = (mode or self.settings.answer_mode or "extractive").lower()
        timer = _Timer()
        language = detect_language(question)
        notes: list[str] = []
        llm = None
        if mode == "llm":
            try:
                llm = self._llm_answerer()
            except ConfigError as exc:
                notes.append(exc.message(language))
                mode = "extractive"
        resolved = question
        if history:
            if llm is not None and followup.is_followup(question, history):
                resolved = llm.condense(question, history)
            if resolved == question:
                resolved = followup.resolve(
                    question, history, self._find_orgs, self._org_names(), self._previous_doc
                ).question
            timer.lap("followup")
        info = analyze(resolved)  # once: retrieval and the answer read the same analysis
        hits = self.retriever.search_info(info, k=self.settings.top_k, filters=filters)
        timer.lap("retrieve")
        answer = self._extractive(question, resolved, info, hits, language, timer)
        answer.notes = notes + answer.notes
        if llm is not None and not answer.abstained:
            yield from llm.run(answer, resolved, hits, language, timer, stream)
            return
        answer.timings_ms = timer.done()
        if stream and answer.text:
            yield from answer.text.splitlines(keepends=True)
        yield answer

    def _extractive(
        self, question: str, resolved: str, info: QueryInfo, hits: list[Hit], language: str, timer: _Timer
    ) -> Answer:
        """The extractive answer, or an abstention with "see also" sections."""
        alternatives = [org_aliases(o) for o in info.orgs]
        terms = question_terms(
            resolved,
            info.expansions + info.english_terms,
            self._vocab,
            english=info.language == "en",
            alternatives=alternatives,
        )
        orgs = list(info.subject_orgs or info.orgs)  # the actor first: "Hội phụ nữ ... của Ban Thường vụ"
        intent = info.intent
        book = CitationBook(self._docs, self._by_doc.get)
        lead_lines: list[str] = []
        body = ""
        spans_text: list[str] = []
        # The documents the question points at, resolved exactly as retrieval resolved them ("Kế hoạch
        # thực hiện TB 160" is the plan, not the notice; "kết luận nào ... do ai ký?" the cited one).
        scope = self.retriever.document_scope(info)
        target = scope.target()
        if scope.docs:
            named_doc = self._docs.get(target) if target else None
        else:
            named_doc = facts.target_document(info.doc_numbers, [], self._docs)
        if intent in ("signer", "date", "number", "issuer"):
            if scope.docs:
                in_scope = [h for h in hits if h.chunk.doc_id in scope.docs]
                doc = named_doc or facts.target_document([], in_scope, self._docs)
            else:
                doc = facts.target_document(info.doc_numbers, hits, self._docs)
            lead = None
            if doc is not None and facts.asks_about_copy(info.folded):
                lead = facts.copy_fact(intent, doc, book, language)
            if lead is None and doc is not None:
                lead = facts.metadata_fact(intent, doc, book, language)
            lead_lines = lead.lines if lead else []
        elif intent in ("deadline", "lead"):
            lead = self._obligation_lead(intent, terms, hits, book, language, orgs, named_doc, resolved)
            if lead is None and intent == "deadline":
                lead = facts.deadline_from_hits(hits, terms, book, language)
            lead_lines = lead.lines if lead else []
        elif intent == "org_duty":
            doc_ids = {named_doc.doc_id} if named_doc else None
            obs = (
                self._obligations_or_none(org=orgs[0], document=named_doc.doc_id if named_doc else None) or []
            )
            body = org_duty_answer(orgs[0], self._chunks, self._docs, obs, terms, book, language, doc_ids)
        if not body:
            # Quotes come from the documents the question names when they hold any retrieved passage.
            quoted = hits
            if scope.docs and intent != "documents":
                quoted = [h for h in hits if h.chunk.doc_id in scope.docs] or hits
            body, spans = extractive_answer(
                quoted, terms, book, language, max_sentences=2 if lead_lines else 4
            )
            spans_text = [s.text for s in spans]
        timer.lap("compose")
        ev = abstain.assess(resolved, terms, hits)
        unit = abstain.amount_unit(resolved)
        if unit is not None:  # only "how much / how many" questions pay for this
            # With no unit named ("... là bao nhiêu?") the sentence itself must match the question well.
            floor = 0.35 if unit else 0.5
            ev.amount_ok = abstain.amount_supported(
                resolved, spans_text + [c.quote for c in book.citations] + _relevant(hits, terms, floor)
            )
        post = abstain.asks_person(resolved)
        if post:
            ev.person_ok = abstain.person_named(
                spans_text + [c.quote for c in book.citations] + _relevant(hits, terms, 0.35), post
            )
        # "... trước ngày nào?" about a document that sets no such deadline: quoting its other duties
        # would read as an answer.
        ev.fact_ok = not (intent == "deadline" and not lead_lines)
        self.last_evidence = ev
        threshold = self.settings.abstain_threshold or abstain.DEFAULT_THRESHOLD
        trusted_fact = bool(lead_lines and named_doc and intent in ("signer", "date", "number", "issuer"))
        answer = Answer(
            question=question,
            text="",
            abstained=False,
            citations=[],
            retrieved=hits,
            language=language,
            resolved_question=resolved if resolved != question else None,
        )
        if (not body and not lead_lines) or (not trusted_fact and abstain.should_abstain(ev, threshold)):
            answer.abstained = True
            answer.text = render.not_found(language)
            answer.see_also = self._see_also(hits)
            if ev.reason == "weak_evidence":
                answer.notes.append(
                    render.label("note_weak_evidence", language, score=ev.score, threshold=threshold)
                )
            timer.lap("abstain")
            return answer
        answer.text = "\n".join(lead_lines) + ("\n\n" if lead_lines and body else "") + body
        answer.citations = book.citations
        return answer

    def _obligations_or_none(self, org: str | None, document: str | None) -> list[Obligation] | None:
        """Duties for the answer; None when the obligations package is absent (answers still work)."""
        try:
            table = self._obligation_table()
        except ImportError:
            return None
        return table.query(org=org, document=document)

    def _obligation_lead(
        self, intent, terms, hits, book, language, orgs, named_doc, question: str = ""
    ) -> facts.FactLead | None:
        """Lead/deadline of the best-matching duty. An organisation the question names may be the actor
        ("by when must the Women's Union ...") or only the topic ("tổng kết công tác Mặt trận"), so its
        duties are preferred, not required."""
        document = named_doc.doc_id if named_doc else None
        obs = self._obligations_or_none(org=None, document=document)
        if obs is None:
            return None
        preferred = None
        if orgs:
            preferred = {
                (o.doc_id, o.start, o.end)
                for o in self._obligations_or_none(org=orgs[0], document=document) or []
            }
        return facts.obligation_fact(
            intent,
            obs,
            terms,
            hits,
            self._docs,
            book,
            language,
            self._org_names(),
            preferred,
            action=asked_action(question),
        )

    def _see_also(self, hits: list[Hit], n: int = 3) -> list[Citation]:
        """The closest sections, cited by their first sentence, offered without presenting them as answers."""
        book = CitationBook(self._docs)
        seen = set()
        for h in hits:
            key = (h.chunk.doc_id, h.chunk.section_id)
            if key in seen:
                continue
            seen.add(key)
            sents = split_sentences(h.chunk.text)
            if sents:
                book.cite(h.chunk, *sents[0])
            if len(book.citations) >= n:
                break
        return book.citations

    @property
    def llm_error(self) -> str | None:
        """Why the last LLM-mode question's model call failed (timeout, server down...), else None; the
        answer itself was then the extractive one with a note."""
        return self._llm.last_error if self._llm is not None else None

    def _llm_answerer(self) -> LLMAnswerer:
        with self._lock:  # one answerer (and one LLM concurrency limit) however many questions arrive
            if self._llm is None:
                self._llm = LLMAnswerer(self.settings, self._embedder, self._docs)
            return self._llm

    # ------------------------------------------------------------------------------------ passthroughs

    def documents(self) -> list[Document]:
        """All indexed documents."""
        return list(self._docs.values())

    def document(self, doc_id: str) -> Document | None:
        """One document with metadata, sections and text."""
        return self._docs.get(doc_id) or self.store.document(doc_id)

    def outline(self, doc_id: str) -> list[Section]:
        """The document's section tree, in document order (``Section.parent`` links the levels)."""
        doc = self.document(doc_id)
        return sorted(doc.sections, key=lambda s: s.start) if doc else []

    def obligations(
        self, org: str | None = None, document: str | None = None, due_before: str | None = None
    ) -> list[Obligation]:
        """Duties from the obligations table, filtered by organisation, document and deadline."""
        return self._obligation_table().query(org=org, document=document, due_before=due_before)

    def _indexer(self):
        from assistant.indexer import Indexer

        return Indexer(self.settings, embedder=self._embedder)

    def add_documents(self, paths: list[Path | str], progress: Callable | None = None):
        """Index new files, then reload so the next question sees them."""
        report = self._indexer().add_files(
            [Path(p) for p in paths], **({"progress": progress} if progress else {})
        )
        self._reload()
        return report

    def delete_document(self, doc_id: str, user: str = ""):
        """Remove a document from the index and move its file to the trash (``settings.trash_path``), so
        a re-index cannot bring it back; then reload. ``restore_document`` undoes it."""
        from assistant.library import move_to_trash

        doc = self.document(doc_id)
        if doc is None:
            return None
        report = self._indexer().remove(doc.file)
        move_to_trash(self.settings, doc.file, user=user, title=doc.meta.short_title() or "")
        self._reload()
        return report

    def restore_document(self, name: str, progress: Callable | None = None):
        """Move a file back from the trash into the documents folder and index it again."""
        from assistant.library import take_from_trash

        return self.add_documents([take_from_trash(self.settings, name)], progress=progress)

    def reindex(self, progress: Callable | None = None):
        """Bring the index up to date with the documents folder (incremental), then reload."""
        report = self._indexer().update(self.settings.documents_dir, progress=progress)
        self._reload()
        return report
