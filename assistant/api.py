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

from assistant.answer import followup, two_asks
from assistant.answer.generate import LLMAnswerer
from assistant.answer.plan import plan_answer
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.errors import ConfigError, IndexError_
from assistant.lexicon.words import registry
from assistant.models import Answer, Document, Hit, Obligation, Section
from assistant.query import QueryInfo, analyze
from assistant.query.context import with_carried_document, with_signer, with_subject_orgs
from assistant.retrieve.scope import title_counts
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


class Assistant:
    """Question answering over one index (see the module docstring)."""

    def __init__(self, settings: Settings | None = None, embedder=None):
        self.settings = settings or Settings.from_env()
        self._embedder = embedder
        self._lock = threading.RLock()
        self._llm: LLMAnswerer | None = None
        self._load()

    # ------------------------------------------------------------------------------------ loading

    def _load(self) -> None:
        """Open the store through the retriever; the retriever's ``Corpus`` is the one shared state."""
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
        self.retriever = Retriever(self.settings, store=store, embedder=self._embedder)
        corpus = self.corpus
        _ = corpus.vocab  # built now, not on the first question: a question should cost milliseconds
        _ = corpus.bm25
        try:
            _ = corpus.obligations
        except ImportError:
            pass

    def _reload(self) -> None:
        with self._lock:
            old = self.retriever.store
            self._load()
            old.close()

    @property
    def corpus(self) -> Corpus:
        """The current index generation's documents, chunks, marks and obligations."""
        return self.retriever.corpus

    @property
    def store(self):
        return self.retriever.store

    @property
    def embedder(self):
        return self._embedder

    def _find_orgs(self, text: str) -> list[tuple[str, int, int]]:
        """(org_id, start, end) of organisations named in ``text``, through the shared registry."""
        return [(m.org_id, m.start, m.end) for m in registry().find_in(text)]

    @staticmethod
    def _org_names() -> dict[str, str]:
        return {o.id: o.name for o in registry().orgs.values()}

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
        """The document the previous question's answer quoted first (what the user read), else the
        top-ranked one; None when neither is loaded."""
        docs = self.corpus.docs
        previous = self.ask(question)
        cited = [c.doc.doc_id for c in previous.citations if c.doc.doc_id in docs]
        if cited and not previous.abstained:
            return docs[cited[0]].meta.short_title() or None
        hits = self.retriever.search(question, k=3)
        if hits and hits[0].chunk.doc_id in docs:
            return docs[hits[0].chunk.doc_id].meta.short_title() or None
        return None

    def _retrieve(self, resolved: str, carried: str | None, filters) -> tuple[QueryInfo, list[Hit]]:
        """The question analysed once (the carried document and the filters' bodies with it) and its hits:
        retrieval and the answer read the same analysis."""
        info = title_counts(self.corpus.store.doc_info, with_carried_document(analyze(resolved), carried))
        if filters is not None and getattr(filters, "orgs", None):
            info = with_subject_orgs(info, list(filters.orgs))
        info = with_signer(info, self.corpus.signers)
        return info, self.retriever.search_info(info, k=self.settings.top_k, filters=filters)

    def _asked_apart(
        self, whole: Answer, resolved: str, carried: str | None, filters, language: str
    ) -> Answer:
        """A question asking two things or more, each ask answered on its own retrieval (``two_asks``) when
        the whole question was refused, or when the whole answer has no first line and an ask is answered
        alone from a document it never cites (it stated one part only); a later ask naming no subject of its
        own or refused alone is asked (again) with the first ask's subject, only when the first ask was
        answered (a refused first ask's subject may be what the library lacks; test_amount_asked_noun).
        An ask still refused beside a whole answer of quotes only is said to be missing after it
        (``two_asks.with_missing``); ``whole`` otherwise."""
        asks = two_asks.split_asks(resolved)
        if not asks or two_asks.has_lead(whole):
            return whole
        answers: list[Answer] = []
        for i, ask in enumerate(asks):
            alone = f"{ask}?" if two_asks.alone(asks, i) else None
            # the first ask refused: its subject may be what the library lacks ("bao nhiêu tiền cho
            # sửa chữa nhà văn hóa, cơ quan nào lo?"), and a later ask borrowing it would be answered
            # from a clause on another matter
            lent = two_asks.with_subject(asks, i) if i and not answers[0].abstained else None
            tries = [q for q in (alone, lent) if q is not None]
            part = whole
            for q in tries:
                info, hits = self._retrieve(q, carried, filters)
                part = plan_answer(self.corpus, self.settings, q, q, info, hits, language, self._org_names())
                if not part.abstained:
                    break
            answers.append(part)
        if whole.abstained or two_asks.misses_a_document(whole, answers):
            return two_asks.joined_answer(whole, asks, answers)
        joined = two_asks.with_missing(whole, asks, answers)
        # (every ask answered: one answered alone from a passage the whole does not quote is added)
        return two_asks.with_uncovered(whole, asks, answers) if joined is whole else joined

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
        carried = None
        fallback = None
        if history:
            if llm is not None and followup.is_followup(question, history):
                resolved = llm.condense(question, history)
            if resolved == question:
                resolution = followup.resolve(
                    question, history, self._find_orgs, self._org_names(), self._previous_doc
                )
                resolved, carried = resolution.question, resolution.carried_doc
                fallback = resolution.fallback
            timer.lap("followup")
        info, hits = self._retrieve(resolved, carried, filters)
        timer.lap("retrieve")
        answer = plan_answer(
            self.corpus, self.settings, question, resolved, info, hits, language, self._org_names()
        )
        if answer.abstained and fallback:
            # "Còn Báo Tân Lĩnh thì sao?" after a deadline question: the newspaper's item sets no time, its
            # duties in the same document are the answer
            info, hits = self._retrieve(fallback, carried, filters)
            second = plan_answer(
                self.corpus, self.settings, question, fallback, info, hits, language, self._org_names()
            )
            if not second.abstained:
                answer = second
        answer = self._asked_apart(answer, resolved, carried, filters, language)
        timer.lap("compose")
        answer.notes = notes + answer.notes
        if llm is not None and not answer.abstained:
            yield from llm.run(answer, resolved, hits, language, timer, stream)
            return
        answer.timings_ms = timer.done()
        if stream and answer.text:
            yield from answer.text.splitlines(keepends=True)
        yield answer

    @property
    def llm_error(self) -> str | None:
        """Why the last LLM-mode question's model call failed (timeout, server down...), else None; the
        answer itself was then the extractive one with a note."""
        return self._llm.last_error if self._llm is not None else None

    def _llm_answerer(self) -> LLMAnswerer:
        with self._lock:  # one answerer (and one LLM concurrency limit) however many questions arrive
            if self._llm is None:
                self._llm = LLMAnswerer(self.settings, self._embedder, self.corpus.docs)
            return self._llm

    # ------------------------------------------------------------------------------------ passthroughs

    def documents(self) -> list[Document]:
        """All indexed documents."""
        return list(self.corpus.docs.values())

    def document(self, doc_id: str) -> Document | None:
        """One document with metadata, sections and text."""
        return self.corpus.docs.get(doc_id) or self.store.document(doc_id)

    def outline(self, doc_id: str) -> list[Section]:
        """The document's section tree, in document order (``Section.parent`` links the levels)."""
        doc = self.document(doc_id)
        return sorted(doc.sections, key=lambda s: s.start) if doc else []

    def obligations(
        self, org: str | None = None, document: str | None = None, due_before: str | None = None
    ) -> list[Obligation]:
        """Duties from the obligations table, filtered by organisation, document and deadline."""
        return self.corpus.obligations.query(org=org, document=document, due_before=due_before)

    def _indexer(self):
        from assistant.indexer import Indexer

        return Indexer(self.settings, embedder=self._embedder)

    def add_documents(self, paths: list[Path | str], progress: Callable | None = None):
        """Index new files of the documents folder, then reload so the next question sees them.

        The documents folder is a boundary: a path outside it (or reached through a link) is refused with
        the ``outside_documents`` error before anything is read; copy files in first (the app's upload
        does)."""
        from assistant.library import check_inside

        root = Path(self.settings.documents_dir)
        for p in paths:
            check_inside(Path(p), root)
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
