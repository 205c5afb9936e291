"""``eval --calibrate``: the abstention threshold chosen on the dev halves (issue 11, item 4).

Every dev question of the chosen sets is answered on its own set's index with the evidence threshold off
(``Settings.abstain_threshold = -1``), so each row records the evidence score (``answer.abstain.assess``)
and whether a precise check (amount, person, time, body, place) abstained regardless of the score. For
each candidate threshold ``t`` in 0.00, 0.01, ..., 0.79 the cost is

- 2 for an answerable question that would abstain (score < t, or a check failed): an abstention hides what
  the documents do say, while quotes are verbatim and cited so a reader can see that they do not answer;
- 1 for an unanswerable question that would be answered (score >= t and no check failed).

The threshold is the middle of the first contiguous run of least-cost values (margin both ways). The
test halves are never read here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.config import Settings
from assistant.evaluation.retrieval import load_questions
from assistant.evaluation.sets import SETS, half_of, recorded_splits

Log = Callable[[str], None]
GRID = tuple(x / 100 for x in range(0, 80))
MISSED_ANSWER_COST = 2.0
NEEDLESS_ANSWER_COST = 1.0


def _quiet(_: str) -> None:
    return None


def score_rows(assistant, questions, set_name: str = "") -> list[dict]:
    """One row per question: id, set, answerable, evidence score / coverage / dense, and whether a precise
    check abstained with the threshold off. ``assistant``'s settings are restored afterwards."""
    rows = []
    saved = assistant.settings
    assistant.settings = dataclasses.replace(saved, abstain_threshold=-1.0)
    try:
        for q in questions:
            ans = assistant.ask(q.question, history=list(q.history or []))
            ev = ans.evidence
            rows.append(
                dict(
                    id=q.id,
                    set=set_name,
                    answerable=q.answerable,
                    score=0.0 if ev is None else ev.score,
                    coverage=0.0 if ev is None else ev.coverage,
                    dense=None if ev is None else ev.dense,
                    check_failed=ans.abstained,
                    reason="" if ev is None else ev.reason,
                )
            )
    finally:
        assistant.settings = saved
    return rows


def cost(rows: Sequence[dict], threshold: float) -> float:
    """The cost of ``threshold`` on ``rows`` (module docstring)."""
    total = 0.0
    for r in rows:
        abstains = r["check_failed"] or r["score"] < threshold
        if r["answerable"] and abstains:
            total += MISSED_ANSWER_COST
        elif not r["answerable"] and not abstains:
            total += NEEDLESS_ANSWER_COST
    return total


def best_threshold(rows: Sequence[dict], grid: Sequence[float] = GRID) -> tuple[float, float]:
    """(threshold, its cost): the middle of the first contiguous run of least-cost grid values."""
    costs = [cost(rows, t) for t in grid]
    least = min(costs)
    step = round(grid[1] - grid[0], 6)
    run: list[float] = []
    for t, c in zip(grid, costs, strict=True):
        if c == least and (not run or round(t - run[-1], 6) <= step):
            run.append(t)
        elif run:
            break
    return run[len(run) // 2], least


def run_calibration(
    set_names: Sequence[str],
    base: Settings,
    embedder,
    documents: Path,
    sample_index: Path,
    library_index: Path | None = None,
    log: Log = _quiet,
) -> dict:
    """Score the dev halves of ``set_names`` and choose the threshold; returns threshold, cost, rows and
    the cost of the threshold in use (``Settings.abstain_threshold`` or ``DEFAULT_THRESHOLD``)."""
    from assistant.answer.abstain import DEFAULT_THRESHOLD
    from assistant.api import Assistant
    from assistant.evaluation.suite import prepare_corpus

    recorded = recorded_splits()
    rows: list[dict] = []
    for set_name in set_names:
        qset = SETS[set_name]
        settings, _files, _info = prepare_corpus(
            qset, base, embedder, documents, sample_index, library_index, log
        )
        dev = [q for q in load_questions(qset.questions) if half_of(set_name, q.id, recorded) == "dev"]
        log(f"calibration {set_name}: {len(dev)} dev questions")
        rows += score_rows(Assistant(settings, embedder=embedder), dev, set_name)
    threshold, least = best_threshold(rows)
    current = base.abstain_threshold if base.abstain_threshold > 0 else DEFAULT_THRESHOLD
    return {
        "threshold": threshold,
        "cost": least,
        "current": current,
        "current_cost": cost(rows, current),
        "rows": rows,
    }


def report(result: dict, near: float = 0.25) -> str:
    """The chosen threshold, the one in use, and the rows whose score lies within ``near`` of it."""
    t = result["threshold"]
    lines = [
        f"Abstention threshold on the dev halves: {t:.2f} (cost {result['cost']:.0f}); "
        f"in use {result['current']:.2f} (cost {result['current_cost']:.0f}). "
        "Cost: 2 per answerable question abstained, 1 per unanswerable answered.",
        "",
        "| id | set | answerable | score | coverage | dense | check failed |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in sorted(result["rows"], key=lambda r: r["score"]):
        if abs(r["score"] - t) > near and abs(r["score"] - result["current"]) > near:
            continue
        dense = "-" if r["dense"] is None else f"{r['dense']:.3f}"
        lines.append(
            f"| {r['id']} | {r['set']} | {r['answerable']} | {r['score']:.3f} | {r['coverage']:.3f} | "
            f"{dense} | {r['reason'] if r['check_failed'] else ''} |"
        )
    return "\n".join(lines)
