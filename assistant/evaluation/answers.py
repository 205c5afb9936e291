"""Answer evaluation: does ``Assistant.ask`` cite the gold evidence, say the key phrase, and abstain right?

Targets (from the issue), each computed over the questions it applies to:

- ``gold_cited`` >= 0.95: some citation (its quote, or the chunk text it points into) holds a gold
  evidence phrase of the question, from the gold file (same relevance rule as retrieval);
- ``citations_from_gold_doc`` >= 0.90: share of all citations of answerable questions that come from a
  gold document;
- ``key_phrase`` >= 0.90: the answer text contains the expected key phrase (compared folded, so accents,
  tone placement, case and markdown do not matter); ``key_alternatives`` are accepted too;
- ``abstain_unanswerable`` >= 0.90 while ``answer_answerable`` >= 0.97;
- latency p50/p95 of ``ask``.

``suggest_threshold`` turns per-question confidence scores into an abstention threshold: the highest value
that still answers the required share of answerable questions, with the abstention rate it buys.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.evaluation.retrieval import (
    SPAN_SHARE,
    EvalQuestion,
    _joined,
    evidence_share,
    from_gold_file,
    match_tokens,
    percentile,
    strip_markup,
)
from assistant.evaluation.sets import score_headline
from assistant.text import fold, syllables

TARGETS = {
    "gold_cited": 0.95,
    "citations_from_gold_doc": 0.90,
    "key_phrase": 0.90,
    "abstain_unanswerable": 0.90,
    "answer_answerable": 0.97,
}


def folded_tokens(text: str) -> list[str]:
    """Folded syllables (no diacritics, lower case) of the markup-stripped text."""
    return [fold(t) for t in syllables(strip_markup(text))]


def contains_phrase(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as a run of whole syllables, compared folded."""
    needle = folded_tokens(phrase)
    return bool(needle) and _joined(needle) in _joined(folded_tokens(text))


@dataclass
class AnswerResult:
    """One question's answer, scored."""

    id: str
    type: str
    answerable: bool
    abstained: bool
    gold_cited: bool
    citations: int
    citations_from_gold: int
    key_phrase: bool
    latency_ms: float
    confidence: float | None = None
    text: str = ""
    error: str | None = None
    cited: list[str] = field(default_factory=list)  # "file: quote" per citation, for reading failures
    headline: str | None = None  # "right" | "wrong" | "absent" (sets.score_headline); None: no headline fact
    headline_expects: str | None = None  # the expected value; None also when the documents state none
    fact_absent: bool = False  # the first line says the document states no such fact (``Answer.fact_absent``)


def citation_holds(citation, gold) -> bool:
    """True when the citation is from the gold file and its quote or text holds the evidence."""
    if not from_gold_file(citation.doc.file, gold):
        return False
    evidence = match_tokens(gold.evidence)
    for field_text in (citation.quote, citation.text):
        if field_text and evidence_share(evidence, _joined(match_tokens(field_text))) >= SPAN_SHARE:
            return True
    return False


def _confidence(assistant, answer) -> float | None:
    """The abstention score the answer rests on (``Answer.evidence``); else the top hit's score."""
    ev = getattr(answer, "evidence", None)
    if ev is not None and getattr(ev, "score", None) is not None:
        return float(ev.score)
    if answer.retrieved:
        return float(answer.retrieved[0].score)
    return None


def score_answer(q: EvalQuestion, answer, latency_ms: float, confidence: float | None = None) -> AnswerResult:
    """Score one ``models.Answer`` against the question's gold items and key phrase."""
    cites = list(answer.citations)
    keys = [k for k in [q.key_phrase, *q.key_alternatives] if k]
    return AnswerResult(
        id=q.id,
        type=q.type,
        answerable=q.answerable,
        abstained=bool(answer.abstained),
        gold_cited=any(citation_holds(c, g) for c in cites for g in q.gold),
        citations=len(cites),
        citations_from_gold=sum(1 for c in cites if any(from_gold_file(c.doc.file, g) for g in q.gold)),
        key_phrase=any(contains_phrase(answer.text, k) for k in keys),
        latency_ms=latency_ms,
        confidence=confidence,
        text=answer.text,
        cited=[f"{c.doc.file}: {c.quote[:120]}" for c in cites],
        headline=score_headline(q.headline, answer.text, bool(answer.abstained)),
        headline_expects=None if not q.headline else q.headline.get("value"),
        fact_absent=bool(getattr(answer, "fact_absent", False)),
    )


def evaluate_answers(assistant, questions: Sequence[EvalQuestion]) -> list[AnswerResult]:
    """Ask every question (with its history) and score the answers; errors are recorded, not raised."""
    out = []
    for q in questions:
        t0 = time.perf_counter()
        try:
            answer = assistant.ask(q.question, history=list(q.history))
        except Exception as exc:  # noqa: BLE001 - one failing question must not hide the rest
            out.append(
                AnswerResult(
                    q.id,
                    q.type,
                    q.answerable,
                    False,
                    False,
                    0,
                    0,
                    False,
                    (time.perf_counter() - t0) * 1000,
                    error=f"{type(exc).__name__}: {exc}",
                )
            )
            continue
        ms = (time.perf_counter() - t0) * 1000
        out.append(score_answer(q, answer, ms, _confidence(assistant, answer)))
    return out


def _rate(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarize_answers(results: Sequence[AnswerResult]) -> dict:
    """The answer metrics, their targets and whether each is met."""
    ans = [r for r in results if r.answerable]
    una = [r for r in results if not r.answerable]
    answered = [r for r in ans if not r.abstained]
    n_cites = sum(r.citations for r in ans)
    metrics = {
        "gold_cited": _rate([r.gold_cited for r in ans]),
        "citations_from_gold_doc": (sum(r.citations_from_gold for r in ans) / n_cites) if n_cites else None,
        "key_phrase": _rate([r.key_phrase for r in ans]),
        # Saying the governing clause sets no such fact ("Văn bản không nêu thời hạn cho việc này") is the
        # abstention an unanswerable deadline question needs; on an answerable one it is still an answer
        # (its quotes are scored) whose first line the headline metric judges.
        "abstain_unanswerable": _rate([r.abstained or r.fact_absent for r in una]),
        "answer_answerable": _rate([not r.abstained for r in ans]),
    }
    by_type: dict[str, dict] = {}
    for t in sorted({r.type for r in results}):
        rows = [r for r in results if r.type == t]
        by_type[t] = {
            "n": len(rows),
            "gold_cited": _rate([r.gold_cited for r in rows if r.answerable]),
            "key_phrase": _rate([r.key_phrase for r in rows if r.answerable]),
            "abstained": _rate([r.abstained for r in rows]),
        }
    latencies = [r.latency_ms for r in results]
    return {
        "headline": summarize_headlines(results),
        "metrics": metrics,
        "targets": TARGETS,
        "met": {k: (v is not None and v >= TARGETS[k]) for k, v in metrics.items()},
        "by_type": by_type,
        "answered": len(answered),
        "errors": [f"{r.id}: {r.error}" for r in results if r.error],
        "failures": [
            f"{r.id} ({r.type}): "
            + ("abstained" if r.abstained else "no gold citation" if not r.gold_cited else "no key phrase")
            for r in ans
            if r.abstained or not r.gold_cited or not r.key_phrase
        ]
        + [f"{r.id} (unanswerable): answered" for r in una if not (r.abstained or r.fact_absent)],
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
    }


def summarize_headlines(results: Sequence[AnswerResult]) -> dict:
    """First-line facts: right / wrong / absent where the documents state one (accuracy = right share, so a
    wrong headline and a missing one both count against it, and wrong is printed on its own), and how
    often a first line states a fact the documents do not give (``invented``)."""
    with_value = [r for r in results if r.headline and r.headline_expects is not None]
    without = [r for r in results if r.headline and r.headline_expects is None]
    counts = {k: sum(1 for r in with_value if r.headline == k) for k in ("right", "wrong", "absent")}
    return {
        "n": len(with_value),
        **counts,
        "accuracy": (counts["right"] / len(with_value)) if with_value else None,
        "wrong_rate": (counts["wrong"] / len(with_value)) if with_value else None,
        "no_fact_n": len(without),
        "invented": sum(1 for r in without if r.headline == "wrong"),
        "wrong_ids": [r.id for r in with_value if r.headline == "wrong"]
        + [f"{r.id} (no such fact)" for r in without if r.headline == "wrong"],
    }


# --------------------------------------------------------------------------------------------- calibration


@dataclass
class ThresholdSuggestion:
    """An abstention threshold and what it does on the calibration questions."""

    threshold: float
    answer_rate: float  # answerable questions scoring >= threshold
    abstain_rate: float  # unanswerable questions scoring < threshold
    accuracy_threshold: float  # the threshold maximising overall decision accuracy, for comparison
    scores_answerable: list[float] = field(default_factory=list)
    scores_unanswerable: list[float] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the console."""
        return (
            f"suggested abstain threshold {self.threshold:.4f}: "
            f"answers {self.answer_rate:.0%} of answerable, "
            f"abstains on {self.abstain_rate:.0%} of unanswerable "
            f"(accuracy-optimal: {self.accuracy_threshold:.4f})"
        )


def suggest_threshold(
    answerable: Sequence[float], unanswerable: Sequence[float], min_answer_rate: float = 0.97
) -> ThresholdSuggestion | None:
    """The highest threshold that keeps ``min_answer_rate`` of answerable questions answered.

    Scores are "higher = more confident"; a question is answered when ``score >= threshold``. Candidate
    thresholds are the observed scores (and the midpoints between neighbours, so a threshold never sits
    exactly on a question). Returns None without answerable scores.
    """
    pos = sorted(float(s) for s in answerable if s is not None)
    neg = sorted(float(s) for s in unanswerable if s is not None)
    if not pos:
        return None
    values = sorted(set(pos + neg))
    candidates = sorted(set(values + [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)]))

    def rates(t: float) -> tuple[float, float]:
        a = sum(1 for s in pos if s >= t) / len(pos)
        b = (sum(1 for s in neg if s < t) / len(neg)) if neg else 1.0
        return a, b

    feasible = [t for t in candidates if rates(t)[0] >= min_answer_rate]
    best = max(feasible) if feasible else min(candidates)
    total = len(pos) + len(neg)
    acc = max(
        candidates, key=lambda t: (round((rates(t)[0] * len(pos) + rates(t)[1] * len(neg)) / total, 9), -t)
    )
    a, b = rates(best)
    return ThresholdSuggestion(best, a, b, acc, pos, neg)


def calibration_from(
    results: Sequence[AnswerResult], min_answer_rate: float = 0.97
) -> ThresholdSuggestion | None:
    """``suggest_threshold`` over the confidence scores recorded while answering."""
    pos = [r.confidence for r in results if r.answerable and r.confidence is not None]
    neg = [r.confidence for r in results if not r.answerable and r.confidence is not None]
    return suggest_threshold(pos, neg, min_answer_rate)


def median_or_none(values: Sequence[float]) -> float | None:
    """Median, or None for an empty sequence."""
    return statistics.median(values) if values else None
