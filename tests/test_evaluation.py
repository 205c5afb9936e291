"""The evaluation set and the metric code: gold evidence is real text, metrics compute what they claim,
and ``python -m assistant eval`` runs on the real sample index."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.evaluation.answers import contains_phrase, suggest_threshold
from assistant.evaluation.retrieval import (
    Gold,
    QuestionResult,
    Retrieved,
    load_questions,
    match_tokens,
    recall_at,
    reciprocal_rank,
    relevant_ranks,
    strip_markup,
    summarize,
)
from assistant.text import normalize

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "eval" / "questions.jsonl"
TYPES = {
    "org_duty",
    "deadline",
    "responsibility",
    "fact",
    "cross_document",
    "abbreviation",
    "english",
    "accentless",
    "followup",
    "unanswerable",
}


def _clean(text: str) -> str:
    """The document text the way the evidence rule promises: markdown ``*`` gone, whitespace collapsed."""
    return normalize(re.sub(r"\s+", " ", text.replace("*", "")))


@pytest.fixture(scope="module")
def questions():
    return load_questions(QUESTIONS)


def test_every_evidence_phrase_is_verbatim_in_its_document(questions, documents_dir):
    docs = {p.name: _clean(p.read_text(encoding="utf-8")) for p in documents_dir.iterdir() if p.is_file()}
    for q in questions:
        for g in q.gold:
            assert g.file in docs, f"{q.id}: unknown file {g.file}"
            assert _clean(g.evidence) in docs[g.file], f"{q.id}: evidence not verbatim: {g.evidence!r}"
            assert 5 <= len(g.evidence.split()) <= 25, f"{q.id}: evidence must be 5-25 words"


def test_question_set_shape(questions):
    raw = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(raw) >= 48
    assert len({r["id"] for r in raw}) == len(raw), "ids must be unique"
    counts = Counter(q.type for q in questions)
    assert set(counts) == TYPES
    assert all(n >= 4 for n in counts.values()), counts
    assert counts["unanswerable"] >= 8
    for q in questions:
        assert q.lang in {"vi", "en"}
        if q.answerable:
            assert q.gold and q.key_phrase, q.id
        else:
            assert not q.gold, q.id
        if q.type == "followup":
            assert q.history, q.id
        if q.type == "accentless":
            assert q.question.isascii(), q.id


def test_relevance_rule_matches_evidence_inside_and_across_chunks():
    gold = [Gold("a.md", "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan")]
    ranking = [
        Retrieved(
            "documents/b.md", "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan"
        ),  # wrong file
        Retrieved(
            "a.md", "**Giao Ban Dân vận Tỉnh ủy** chủ trì, phối hợp với các cơ quan liên quan theo dõi"
        ),
        Retrieved("a.md", "... đôn đốc. Ban Dân vận Tỉnh ủy chủ trì"),  # 7 of 15 syllables: 47 %
        Retrieved(
            "a.md", "hằng năm. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ"
        ),  # 12 of 15: straddles chunks
    ]
    assert relevant_ranks(ranking, gold) == [[1, 3]]
    assert strip_markup("**a**  *b*\n c") == "a b c"
    assert match_tokens("Hoà  **giải**") == ["hòa", "giải"]


def test_metrics_on_a_hand_made_ranking():
    # Two gold items; the first found at rank 2 (0-based), the second never.
    ranks = [[2, 7], []]
    assert recall_at(ranks, 1) == 0.0
    assert recall_at(ranks, 3) == 0.5
    assert reciprocal_rank(ranks, 10) == pytest.approx(1 / 3)
    assert reciprocal_rank(ranks, 2) == 0.0
    results = [
        QuestionResult("q1", "fact", True, [[0]], 10.0, [100, 300]),
        QuestionResult("q2", "fact", True, [[4]], 20.0, [200]),
        QuestionResult("q3", "deadline", True, [[]], 30.0, [400]),
        QuestionResult("q4", "unanswerable", False, [], 40.0, [500]),
    ]
    s = summarize(results)
    assert s["overall"]["n"] == 3  # the unanswerable question is not in recall
    assert s["overall"]["recall@1"] == pytest.approx(1 / 3)
    assert s["overall"]["recall@5"] == pytest.approx(2 / 3)
    assert s["overall"]["mrr@10"] == pytest.approx((1 + 1 / 5 + 0) / 3)
    assert s["by_type"]["fact"]["recall@5"] == 1.0
    assert s["median_chunk_chars"] == 300
    assert s["latency_ms_p50"] == 20.0 and s["latency_ms_p95"] == 40.0


def test_key_phrase_and_threshold_helpers():
    assert contains_phrase("Hạn chót: **Quý III/2021** [1]", "quý III/2021")
    assert contains_phrase("han chot quy iii/2021", "quý III/2021")
    assert not contains_phrase("quý III/2025", "quý III/2021")
    s = suggest_threshold([0.9, 0.8, 0.7, 0.6], [0.2, 0.65], min_answer_rate=0.75)
    assert s is not None
    assert s.threshold == pytest.approx(0.7) and s.answer_rate == 0.75 and s.abstain_rate == 1.0


def test_eval_cli_runs_on_the_sample_index(sample_index, documents_dir):
    from click.testing import CliRunner

    from assistant.cli import main

    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--index",
            str(sample_index),
            "--documents",
            str(documents_dir),
            "--no-baseline",
            "--no-answers",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "recall@5" in result.output
    assert "ours (hybrid)" in result.output


def test_calibration_cost_and_threshold_choice():
    from assistant.evaluation.calibrate import best_threshold, cost

    def row(answerable, score, check_failed=False):
        return {"answerable": answerable, "score": score, "check_failed": check_failed}

    rows = [row(False, 0.05), row(True, 0.30), row(False, 0.50, check_failed=True), row(True, 0.60)]
    assert cost(rows, 0.0) == 1  # the weak unanswerable one answered
    assert cost(rows, 0.40) == 2  # the answerable 0.30 lost costs twice
    assert cost(rows, 0.20) == 0
    threshold, least = best_threshold(rows)
    assert least == 0 and 0.05 < threshold <= 0.30  # inside the zero-cost run, away from both edges
    assert best_threshold(rows + [row(False, 0.90)])[1] == 1  # an unanswerable one above every answer


def test_eval_cli_calibrates_on_the_sample_dev_half(sample_index, documents_dir):
    from click.testing import CliRunner

    from assistant.cli import main

    args = ["eval", "--calibrate", "--index", str(sample_index), "--documents", str(documents_dir)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("Abstention threshold"))
    chosen = float(line.split(":")[1].split()[0])
    assert 0.0 <= chosen < 0.8
    assert "| una-" in result.output  # the unanswerable dev questions are listed with their scores
