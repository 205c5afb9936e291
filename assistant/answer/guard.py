"""Grounding guard: keep only the sentences of a generated answer that the cited passages support.

A small model writes fluent text that may not be in the documents. Each sentence of its answer is
checked against the passages it cites ([n] markers). An uncited sentence is matched against every
passage for the record, but rejected as "uncited" (unless ``require_citation=False``): the answer must
say where each claim comes from. A sentence is judged on:

- lexical support: the share of the sentence's content syllables and bigrams (folded) found in the
  passage, so paraphrase with different words fails and copy-with-additions fails partly;
- semantic support: embedding cosine between the sentence and the passage (the same ``Embedder`` as
  retrieval), so a sentence reusing the passage's words in a contrary sense is caught where the model
  can tell;
- numbers: every number/date/deadline written in the sentence must appear in the cited passage, because
  an invented figure is the costliest error a cadre can act on.

Two more checks come first, because the passages are untrusted data (anyone can upload a document):

- a sentence citing a passage number that was not sent ([7] when four passages were sent) fails as
  ``invalid_citation``: the reader could not check it, and it is never matched against other passages;
- a sentence that is, or is taken from, an instruction to the reader or the assistant ("Bỏ qua mọi hướng
  dẫn trước ...", "ignore previous instructions") fails as ``instruction``: such text in a document is an
  injection attempt, not content, even when it is literally in the cited passage.

A sentence is supported only when all the checks hold. Unsupported sentences are removed. When less than
``min_kept`` of the sentences survive (or none), the answer has lost its substance and the caller falls
back to the extractive answer, with the reason in ``Answer.notes``.

Thresholds: ``lexical_min=0.5`` and ``cosine_min=0.80`` (multilingual-e5-small puts unrelated Vietnamese
sentences of this domain at ~0.75-0.80 and paraphrases at >= 0.85); both were set by feeding the guard
quotes, paraphrases and invented sentences of the sample documents (see tests/test_answer_guard.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.answer import render
from assistant.answer.terms import STOPWORDS, bigrams, content_tokens, numbers_in, tokens

_MARK = re.compile(r"\[(\d{1,3})\](?:\s*\[(\d{1,3})\])*")
_MARKS = re.compile(r"\[(\d{1,3})\]")
_SENT = re.compile(r"(?<=[.!?…])(?:\s*\[\d{1,3}\])*\s+|\n+")
# Instructions addressed to the reader/assistant rather than statements of a directive (folded text, so
# accent-less variants match too). Kept to phrases about instructions, prompts and the assistant itself,
# which directives do not contain.
_INSTRUCTION = re.compile(
    r"\b(?:bo qua|phot lo|quen di|khong can tuan theo|khong tuan theo)\s+(?:\w+\s+){0,3}?"
    r"(?:huong dan|chi dan|chi thi|yeu cau|quy tac|loi nhac|nhiem vu)\s+(?:truoc|tren|ban dau|he thong)"
    r"|\b(?:ignore|disregard|forget|override)\s+(?:\w+\s+){0,3}?"
    r"(?:instructions?|prompts?|rules?|guidelines?|context)\b"
    r"|\b(?:tro ly|mo hinh|chatbot|ai)\s+(?:ao\s+)?(?:phai|hay|can)\s+(?:tra loi|noi|viet)"
    r"|\b(?:you are|you must|as an ai|the assistant must|system prompt|loi nhac he thong)\b"
    r"|\bhay tra loi (?:rang|la)\b|\btra loi rang\b"
)


@dataclass
class Verdict:
    """The guard's judgement of one sentence."""

    sentence: str
    cited: list[int]
    supported: bool
    lexical: float
    cosine: float | None
    best_passage: int | None
    # "ok", "no_passage", "low_overlap", "low_similarity", "number_not_in_passage", "not_found",
    # "invalid_citation", "instruction", "uncited"
    reason: str


@dataclass
class GuardResult:
    """All verdicts, the text that survives, and whether it keeps enough substance to be shown."""

    verdicts: list[Verdict] = field(default_factory=list)
    text: str = ""
    kept: int = 0
    total: int = 0
    abstained: bool = False  # the model said the not-found phrase
    substantive: bool = False
    reason: str = ""

    @property
    def removed(self) -> int:
        return self.total - self.kept


def split_answer(text: str) -> list[str]:
    """Sentences of a generated answer, each keeping the [n] markers that follow it."""
    out: list[str] = []
    pos = 0
    for m in _SENT.finditer(text):
        piece = text[pos : m.end()].strip()
        if piece:
            out.append(piece)
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        out.append(tail)
    # A line that is only markers belongs to the sentence before it.
    merged: list[str] = []
    for s in out:
        if merged and not _MARKS.sub("", s).strip(" .,;"):
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged


def lexical_support(sentence: str, passage: str) -> float:
    """Share of the sentence's content unigrams and bigrams present in the passage (folded), in [0, 1]."""
    sent = content_tokens(_MARKS.sub(" ", sentence))
    if not sent:
        return 1.0  # nothing to support (punctuation, a bare marker)
    ptoks = tokens(passage)
    puni, pbi = set(ptoks), set(bigrams(ptoks))
    u = sum(1 for t in sent if t in puni) / len(sent)
    sbi = bigrams(tokens(_MARKS.sub(" ", sentence)))
    sbi = [b for b in sbi if not all(x in STOPWORDS for x in b.split("_"))]
    if not sbi:
        return u
    b = sum(1 for x in sbi if x in pbi) / len(sbi)
    return 0.5 * u + 0.5 * b


def is_instruction(text: str) -> bool:
    """True when ``text`` reads as an instruction to the reader or the assistant (a prompt injection)."""
    from assistant.text import fold

    return bool(_INSTRUCTION.search(fold(_MARKS.sub(" ", text)).lower()))


def from_instruction(sentence: str, passage: str, floor: float = 0.5) -> bool:
    """True when ``sentence`` is an instruction or repeats an instruction sentence of ``passage``."""
    if is_instruction(sentence):
        return True
    for piece in split_answer(passage):
        if is_instruction(piece) and lexical_support(sentence, piece) >= floor:
            return True
    return False


def missing_numbers(sentence: str, passage: str) -> set[str]:
    """Numbers/dates in the sentence that the passage never writes (markers like [2] excluded)."""
    return numbers_in(_MARKS.sub(" ", sentence)) - numbers_in(passage)


class Guard:
    """Checks generated sentences against their cited passages (see the module docstring)."""

    def __init__(
        self,
        embedder=None,
        lexical_min: float = 0.5,
        cosine_min: float = 0.80,
        min_kept: float = 0.5,
        require_citation: bool = True,
    ):
        self.embedder = embedder
        self.require_citation = require_citation
        self.lexical_min = lexical_min
        self.cosine_min = cosine_min
        self.min_kept = min_kept

    def _cosines(self, sentences: list[str], passages: dict[int, str]) -> dict[tuple[int, int], float]:
        """Cosine of every (sentence, passage) pair; symmetric "query:" embeddings for both sides."""
        if self.embedder is None or not sentences or not passages:
            return {}
        keys = list(passages)
        vecs = self.embedder.embed_queries(
            [_MARKS.sub(" ", s) for s in sentences] + [passages[k] for k in keys]
        )
        vecs = np.asarray(vecs, dtype=np.float32)
        sv, pv = vecs[: len(sentences)], vecs[len(sentences) :]
        sims = sv @ pv.T
        return {(i, keys[j]): float(sims[i, j]) for i in range(len(sentences)) for j in range(len(keys))}

    def check_sentence(self, i: int, sentence: str, passages: dict[int, str], cos: dict) -> Verdict:
        cited = [int(x) for x in _MARKS.findall(sentence)]
        if render.is_not_found(_MARKS.sub("", sentence)):
            return Verdict(sentence, cited, False, 0.0, None, None, "not_found")
        if any(n not in passages for n in cited):
            return Verdict(sentence, cited, False, 0.0, None, None, "invalid_citation")
        if is_instruction(sentence):
            return Verdict(sentence, cited, False, 0.0, None, None, "instruction")
        candidates = cited or list(passages)
        if not candidates:
            return Verdict(sentence, cited, False, 0.0, None, None, "no_passage")
        best: Verdict | None = None
        for n in candidates:
            p = passages[n]
            lex = lexical_support(sentence, p)
            c = cos.get((i, n))
            if from_instruction(sentence, p):
                reason = "instruction"
            elif missing_numbers(sentence, p):
                reason = "number_not_in_passage"
            elif lex < self.lexical_min:
                reason = "low_overlap"
            elif c is not None and c < self.cosine_min:
                reason = "low_similarity"
            else:
                reason = "ok"
            if reason == "ok" and not cited and self.require_citation:
                reason = "uncited"  # supported words, but no [n]: the reader could not check the claim
            v = Verdict(sentence, cited, reason == "ok", lex, c, n, reason)
            if best is None or (v.supported, v.lexical) > (best.supported, best.lexical):
                best = v
        assert best is not None
        return best

    def check(self, answer: str, passages: dict[int, str]) -> GuardResult:
        """Judge every sentence of ``answer`` against ``passages`` (number -> passage text)."""
        sentences = split_answer(answer)
        cos = self._cosines(sentences, passages)
        verdicts = [self.check_sentence(i, s, passages, cos) for i, s in enumerate(sentences)]
        result = GuardResult(verdicts=verdicts, total=len(verdicts))
        if verdicts and all(v.reason == "not_found" for v in verdicts[:1]):
            result.abstained = True
            result.reason = "not_found"
            return result
        kept = [v for v in verdicts if v.supported]
        result.kept = len(kept)
        result.text = " ".join(v.sentence for v in kept)
        result.substantive = bool(kept) and len(kept) / max(1, len(verdicts)) >= self.min_kept
        if not result.substantive:
            reasons = sorted({v.reason for v in verdicts if not v.supported})
            result.reason = ", ".join(reasons) or "empty"
        return result
