"""LLM answers under the grounding guard: passages in, [n]-cited text out, unsupported sentences removed.

The chat model is built once (lazily: loading a local model takes a minute) and reused. The extractive
answer is always computed first, because it is the fallback when the guard rejects the generated text
and its evidence check decides abstention before any generation is paid for.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.guard import Guard, GuardResult, split_answer
from assistant.answer.llm import answer_messages, build_chat_model, condense
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import numbers_in, overlap, question_terms
from assistant.config import Settings
from assistant.models import Answer, Citation, Document, Hit

_MARK = re.compile(r"\[(\d{1,3})\]")
_LETTER = re.compile(r"[^\W\d_]")
_END = object()
T = TypeVar("T")


class LLMTimeout(TimeoutError):
    """The model did not finish within the per-question deadline (``settings.llm_deadline`` seconds)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:g} s")


def describe_llm_error(exc: BaseException) -> str:
    """A short, readable reason for a failed LLM call (no traceback, no secrets)."""
    if isinstance(exc, LLMTimeout):
        return f"quá thời hạn / timed out: {exc}"
    name = type(exc).__name__
    if "Timeout" in name:
        return "quá thời gian chờ / timed out"
    if "Connection" in name:
        return "không kết nối được máy chủ / cannot connect to the server"
    status = getattr(exc, "status_code", None)
    if status:
        return f"máy chủ trả lỗi HTTP {status} / server error HTTP {status}"
    return f"{name}"


def _with_deadline(fn: Callable[[], T], seconds: float) -> T:
    """``fn()`` in a worker thread; raises ``LLMTimeout`` if it takes longer than ``seconds``."""
    box: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: box.put(_try(fn)), daemon=True).start()
    try:
        ok, value = box.get(timeout=seconds)
    except queue.Empty:
        raise LLMTimeout(seconds) from None
    if not ok:
        raise value
    return value


def _try(fn: Callable[[], T]) -> tuple[bool, object]:
    try:
        return True, fn()
    except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
        return False, exc


def _complete_sentences(text: str) -> list[str]:
    """The sentences of a partial reply that can no longer change: all but the last one (which may still
    grow), and also not the one before a trailing piece that is only a marker being written ("[")."""
    pieces = split_answer(text)
    if not pieces:
        return []
    held = 1 if _LETTER.search(_MARK.sub("", pieces[-1])) else 2
    return pieces[:-held] if len(pieces) > held else []


class LLMAnswerer:
    """Generates and guards LLM answers for the ``Assistant`` (see the module docstring)."""

    def __init__(self, settings: Settings, embedder, docs: dict[str, Document], chat=None, passages: int = 4):
        self.settings = settings
        self.chat = chat or build_chat_model(settings)
        self.guard = Guard(embedder)
        self.docs = docs
        self.passages = passages
        self.last_guard: GuardResult | None = None
        self.last_raw: str = ""
        self.last_error: str | None = None  # why the last question's model call failed, if it did
        self._slots = threading.BoundedSemaphore(max(1, settings.llm_concurrency))

    def condense(self, question: str, history: list[str]) -> str:
        """The LLM's standalone rewrite of a follow-up (the question itself if the model fails or is slow)."""
        try:
            return _with_deadline(
                lambda: condense(self.chat, question, history), min(10.0, self.settings.llm_deadline)
            )
        except Exception:  # noqa: BLE001 - the rule-based rewrite still applies
            return question

    def _passages(self, hits: list[Hit]) -> list[Citation]:
        """One citation per top chunk, quoting the whole chunk until the guard says which words support."""
        book = CitationBook(self.docs)
        for h in hits[: self.passages]:
            book.cite(h.chunk, 0, len(h.chunk.text))
        return book.citations

    def _deltas(self, messages) -> Iterator[str]:
        """The model's text deltas, read from a worker thread so the per-question deadline holds even when
        the server accepts the connection and then never answers; raises ``LLMTimeout`` past it."""
        out: queue.Queue = queue.Queue()
        load = getattr(self.chat, "load", None)
        if callable(load):  # a local model loads once (a minute) before its first question's deadline starts
            load()

        def work() -> None:
            try:
                for part in self.chat.stream(messages):
                    out.put(str(part.content))
                out.put(_END)
            except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
                out.put(exc)

        threading.Thread(target=work, name="llm-call", daemon=True).start()
        deadline = time.monotonic() + self.settings.llm_deadline
        while True:
            left = deadline - time.monotonic()
            try:
                item = out.get(timeout=max(0.0, left))
            except queue.Empty:
                raise LLMTimeout(self.settings.llm_deadline) from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def run(
        self, extractive: Answer, question: str, hits: list[Hit], language: str, timer, stream: bool
    ) -> Iterator:
        """Yield guarded sentences (when streaming) and then the final, guarded ``Answer``.

        Only sentences the guard accepts are ever yielded, one complete sentence at a time; the final
        ``Answer`` may still be the extractive one (the UI replaces the streamed text with it). At most
        ``settings.llm_concurrency`` questions use the model at once; others, and any timeout or server
        error, get the extractive answer with a bilingual note.
        """
        self.last_error = None
        if not self._slots.acquire(blocking=False):
            yield self._fallback(extractive, render.label("note_llm_busy", language), timer)
            return
        try:
            passages = self._passages(hits)
            by_n = {c.n: c.text for c in passages}
            messages = answer_messages(question, passages, language)
            text, shown = "", 0
            try:
                for delta in self._deltas(messages):
                    text += delta
                    if stream and delta:
                        ready = _complete_sentences(text)
                        for sentence in ready[shown:]:
                            if self.guard.check(sentence, by_n).kept:
                                yield sentence + " "
                        shown = max(shown, len(ready))
            except Exception as exc:  # noqa: BLE001 - any model failure ends in the extractive answer
                self.last_raw = text
                self.last_error = describe_llm_error(exc)
                note = render.label("note_llm_error", language, reason=self.last_error)
                yield self._fallback(extractive, note, timer)
                return
        finally:
            self._slots.release()
        timer.lap("generate")
        self.last_raw = text
        result = self.guard.check(text, by_n)
        self.last_guard = result
        if stream:
            for v in result.verdicts[shown:]:
                if v.supported:
                    yield v.sentence + " "
        timer.lap("guard")
        if result.substantive and not self._gives_asked_fact(extractive, question, result.text):
            yield self._fallback(extractive, render.label("note_llm_missed_fact", language), timer)
            return
        yield self._final(extractive, result, passages, language, timer)

    def _gives_asked_fact(self, extractive: Answer, question: str, text: str) -> bool:
        """For a question asking a dated fact (deadline, date, number) that the extractive answer leads
        with, the guarded text must state one of that lead's numbers or dates; otherwise the claim that
        answered the question was removed (or never written) and the extractive answer is better."""
        from assistant.query import analyze

        if extractive.abstained or not extractive.text:
            return True
        if analyze(question).intent not in ("deadline", "date", "number"):
            return True
        lead = extractive.text.split("\n\n", 1)[0]
        wanted = numbers_in(_MARK.sub(" ", lead))
        return not wanted or bool(wanted & numbers_in(_MARK.sub(" ", text)))

    @staticmethod
    def _fallback(extractive: Answer, note: str, timer) -> Answer:
        extractive.mode = "extractive"
        extractive.notes = [*extractive.notes, note]
        extractive.timings_ms = timer.done()
        return extractive

    def _final(
        self, extractive: Answer, result: GuardResult, passages: list[Citation], language: str, timer
    ) -> Answer:
        """The guarded LLM answer, the abstention the model chose, or the extractive fallback with a note."""
        if result.abstained:
            return Answer(
                question=extractive.question,
                text=render.not_found(language),
                abstained=True,
                citations=[],
                retrieved=extractive.retrieved,
                mode="llm",
                language=language,
                see_also=extractive.citations[:3],
                notes=extractive.notes,
                timings_ms=timer.done(),
                resolved_question=extractive.resolved_question,
            )
        if not result.substantive:
            extractive.mode = "extractive"
            extractive.notes = extractive.notes + [
                render.label("note_llm_fallback", language, reason=result.reason)
            ]
            extractive.timings_ms = timer.done()
            return extractive
        by_n = {c.n: c for c in passages}
        cited: dict[int, list[str]] = {}
        for v in result.verdicts:
            if v.supported:
                for n in v.cited or ([v.best_passage] if v.best_passage else []):
                    if n in by_n:
                        cited.setdefault(n, []).append(v.sentence)
        citations = [self._narrow(by_n[n], sents) for n, sents in sorted(cited.items())]
        notes = list(extractive.notes)
        if result.removed:
            notes.append(render.label("note_llm_removed", language, n=result.removed))
        return Answer(
            question=extractive.question,
            text=result.text,
            abstained=False,
            citations=citations,
            retrieved=extractive.retrieved,
            mode="llm",
            language=language,
            notes=notes,
            timings_ms=timer.done(),
            resolved_question=extractive.resolved_question,
        )

    def _narrow(self, c: Citation, sentences: list[str]) -> Citation:
        """Point a passage citation at the chunk sentence that best supports the generated sentences."""
        terms = question_terms(" ".join(_MARK.sub(" ", s) for s in sentences))
        spans = split_sentences(c.text)
        if not spans:
            return c
        a, b = max(spans, key=lambda ab: overlap(terms, c.text[ab[0] : ab[1]]))
        shift = a - c.quote_start
        return Citation(
            n=c.n,
            doc=c.doc,
            section=c.section,
            page=c.page,
            chunk_id=c.chunk_id,
            text=c.text,
            quote=c.text[a:b],
            quote_start=a,
            quote_end=b,
            doc_start=c.doc_start + shift,
            doc_end=c.doc_start + shift + (b - a),
            pages=c.pages,
        )
