"""LLM answers under the grounding guard: passages in, [n]-cited text out, unsupported sentences removed.

The chat model is built once (lazily: loading a local model takes a minute) and reused. The extractive
answer is always computed first, because it is the fallback when the guard rejects the generated text
and its evidence check decides abstention before any generation is paid for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer import render
from assistant.answer.extractive import CitationBook, split_sentences
from assistant.answer.guard import Guard, GuardResult
from assistant.answer.llm import answer_messages, build_chat_model, condense
from assistant.answer.terms import overlap, question_terms
from assistant.config import Settings
from assistant.models import Answer, Citation, Document, Hit

_MARK = re.compile(r"\[(\d{1,3})\]")


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

    def condense(self, question: str, history: list[str]) -> str:
        """The LLM's standalone rewrite of a follow-up (the question itself if the model fails)."""
        return condense(self.chat, question, history)

    def _passages(self, hits: list[Hit]) -> list[Citation]:
        """One citation per top chunk, quoting the whole chunk until the guard says which words support."""
        book = CitationBook(self.docs)
        for h in hits[: self.passages]:
            book.cite(h.chunk, 0, len(h.chunk.text))
        return book.citations

    def run(
        self, extractive: Answer, question: str, hits: list[Hit], language: str, timer, stream: bool
    ) -> Iterator:
        """Yield text deltas (when streaming) and then the final, guarded ``Answer``."""
        passages = self._passages(hits)
        messages = answer_messages(question, passages, language)
        text = ""
        if stream:
            for part in self.chat.stream(messages):
                delta = str(part.content)
                text += delta
                if delta:
                    yield delta
        else:
            text = str(self.chat.invoke(messages).content)
        timer.lap("generate")
        self.last_raw = text
        result = self.guard.check(text, {c.n: c.text for c in passages})
        self.last_guard = result
        timer.lap("guard")
        yield self._final(extractive, result, passages, language, timer)

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
