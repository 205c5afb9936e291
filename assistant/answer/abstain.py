"""Abstention: say "not found in the loaded documents" instead of quoting weakly related text.

Retrieval always returns *something*; the question is whether it answers. Two signals, combined:

- ``coverage``: how much of the question's content terms (folded syllables and bigrams, with abbreviation
  and English expansions) the best of the top chunks covers (``terms.overlap``). Out-of-domain questions
  ("What is the capital of France?") and in-domain questions about things the documents never mention
  ("ngân sách ... tỷ đồng") cover little.
- ``dense``: the top hit's dense cosine (multilingual-e5-small; everything in this domain scores 0.75+,
  so it is rescaled from [0.78, 0.90] to [0, 1] before mixing).

``score = 0.7 * coverage + 0.3 * dense_scaled``; abstain when ``score < threshold``, or when a precise
check of what the answer needs failed (``Evidence``'s flags: an amount in the unit asked, a person, a
time, the body, the place; the checks themselves are in ``mentions`` and ``times``).

Calibration (``DEFAULT_THRESHOLD``): ``calibrate()`` scores every question of ``eval/questions.jsonl``
(72 questions, 10 unanswerable) on the index of the sample documents and picks the threshold of least
cost (a wrongly abstained answerable question costs 2, an answered unanswerable one 1), taking the middle
of the best range. The value and the scores it was chosen from are in ``DEFAULT_THRESHOLD``'s comment.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.answer.terms import Terms, overlap
from assistant.models import Hit

# Chosen by calibrate() on eval/questions.jsonl (72 questions, 10 unanswerable) over the index of the
# five sample documents. Scores sorted: unanswerable una-02 0.00, una-03 0.32, una-07 0.32, una-09 0.33;
# lowest answerable acc-03 0.40, eng-05 0.46; una-05 0.44 / una-08 0.45 / una-04 0.51 / una-10 0.60
# overlap the answerable range, una-01 and una-06 are caught by the amount check. With a missed answer
# costing twice an unneeded quote, every threshold in (0.33, 0.40] is best (4 wrong, 0 answerable lost);
# 0.37 is its middle. ``Settings.abstain_threshold`` (ASSISTANT_ABSTAIN_THRESHOLD) overrides it when > 0.
DEFAULT_THRESHOLD = 0.37


@dataclass
class Evidence:
    """Why the assistant thinks it can (or cannot) answer."""

    coverage: float
    dense: float | None
    score: float
    amount_ok: bool = True
    person_ok: bool = True  # a "who holds this post" question found a sentence naming someone
    fact_ok: bool = True  # a deadline question found a deadline to state
    place_ok: bool = True  # the places the question names are mentioned by the quoted documents
    actor_ok: bool = True  # a duties question answered by quotes: one of them names the body asked about
    reason: str = ""


def _dense_scaled(d: float | None) -> float:
    if d is None:
        return 0.5  # no dense score (lexical-only hit): neutral
    return min(1.0, max(0.0, (d - 0.78) / 0.12))


def assess(question: str, terms: Terms, hits: list[Hit], top: int = 3) -> Evidence:
    """Evidence strength of the retrieved hits for this question."""
    if not hits:
        return Evidence(0.0, None, 0.0, reason="no_hits")
    coverage = max(overlap(terms, f"{h.chunk.heading} {h.chunk.text}") for h in hits[:top])
    dense_vals = [h.dense_score for h in hits[:top] if h.dense_score is not None]
    dense = max(dense_vals) if dense_vals else None
    score = 0.7 * coverage + 0.3 * _dense_scaled(dense)
    return Evidence(coverage, dense, score)


def widen_to_document(ev: Evidence, terms: Terms, document_text: str) -> None:
    """A question about a document's own fact (signer, date, number, issuer) describes the document, not
    one passage: its evidence is what the document as retrieved says (its type, issuer and subject line and
    its retrieved passages together), so a signature block alone that the description does not cover is
    no weak evidence when the document is the one described."""
    coverage = overlap(terms, document_text)
    if coverage > ev.coverage:
        ev.coverage = coverage
        ev.score = 0.7 * coverage + 0.3 * _dense_scaled(ev.dense)


def should_abstain(ev: Evidence, threshold: float) -> bool:
    """Abstain on weak evidence or when a check of what the answer needs failed (amount, person, time,
    body, place); ``ev.reason`` names the first that failed."""
    checks = (
        (ev.amount_ok, "amount_not_found"),
        (ev.person_ok, "person_not_found"),
        (ev.fact_ok, "fact_not_found"),
        (ev.actor_ok, "actor_not_found"),
        (ev.place_ok, "place_not_found"),
    )
    for ok, reason in checks:
        if not ok:
            ev.reason = ev.reason or reason
            return True
    if ev.score < threshold:
        ev.reason = ev.reason or "weak_evidence"
        return True
    return False


def calibrate(assistant, questions_path, thresholds=None) -> tuple[float, list[dict]]:
    """Score every dev question with ``assistant`` (abstention off) and pick the best threshold.

    Returns (threshold, rows); each row has id, answerable, score, coverage, dense, amount_ok.
    """
    import json
    from dataclasses import replace

    rows = []
    saved = assistant.settings
    assistant.settings = replace(saved, abstain_threshold=-1.0)
    try:
        for line in open(questions_path, encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            ans = assistant.ask(q["question"], history=q.get("history") or [])
            ev = ans.evidence
            rows.append(
                dict(
                    id=q["id"],
                    answerable=q.get("answerable", True),
                    score=ev.score,
                    coverage=ev.coverage,
                    dense=ev.dense,
                    amount_ok=ev.amount_ok,
                    abstained=ans.abstained,
                )
            )
    finally:
        assistant.settings = saved
    grid = thresholds or [x / 100 for x in range(0, 80)]

    def cost(t: float) -> float:
        # Losing a real answer costs twice an unneeded quote: quotes are verbatim and cited, so a reader
        # can see they do not answer, while an abstention hides what the documents do say.
        total = 0.0
        for r in rows:
            abstains = r["score"] < t or not r["amount_ok"]
            total += (2.0 if r["answerable"] else 0.0) if abstains else (0.0 if r["answerable"] else 1.0)
        return total

    costs = [cost(t) for t in grid]
    best = min(costs)
    run = [t for t, c in zip(grid, costs, strict=True) if c == best]
    first = [run[0]]
    for t in run[1:]:  # the first contiguous run of best thresholds; its middle leaves margin both ways
        if round(t - first[-1], 6) > round(grid[1] - grid[0], 6):
            break
        first.append(t)
    return first[len(first) // 2], rows
