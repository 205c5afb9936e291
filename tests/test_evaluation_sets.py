"""The question sets themselves: schema, gold evidence verbatim in the real documents, questions not copied
from their evidence, fixed dev/test halves, and the headline-fact scoring rule.

The library set's documents are read in place from ``../shared`` (the test skips when it is absent)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.evaluation.retrieval import load_questions
from assistant.evaluation.sets import (
    SETS,
    SPLITS_FILE,
    copied_run,
    evidence_in_text,
    recorded_splits,
    score_headline,
    split_of,
    write_splits,
)

SAMPLE = SETS["sample"].questions
TYPES = {
    "org_duty",
    "deadline",
    "responsibility",
    "procedure",
    "fact",
    "cross_document",
    "english",
    "accentless",
    "followup",
    "unanswerable",
}
HEADLINE_KINDS = {"deadline", "lead", "signer", "date", "number", "figure", "issuer", "place"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


LIBRARY_SETS = [name for name, qset in SETS.items() if qset.corpus == "library"]


@pytest.fixture(scope="module", params=LIBRARY_SETS)
def library_set(request):
    """Each question set over the library (``library``, ``library2``): the same rules hold for all."""
    return SETS[request.param]


@pytest.fixture(scope="module")
def library_questions(library_set):
    return load_questions(library_set.questions)


@pytest.fixture(scope="module")
def library_paths(external_dir):
    """Library file name -> path (samples, ../shared/external, ../shared/realworld-cases)."""
    from assistant.evaluation.library import library_files

    return {p.name: p for p in library_files(shared=external_dir.parent)}


# --------------------------------------------------------------------------------------------- schema


def test_library_set_schema(library_set):
    rows = _rows(library_set.questions)
    assert len(rows) >= 100
    assert len({r["id"] for r in rows}) == len(rows), "ids must be unique"
    for r in rows:
        assert r["type"] in TYPES, r["id"]
        assert r["lang"] in {"vi", "en"}, r["id"]
        assert r["question"].strip(), r["id"]
        if r["answerable"]:
            assert r["gold"] and r.get("key_phrase"), f"{r['id']}: answerable needs gold and a key phrase"
            for g in r["gold"]:
                assert set(g) <= {"file", "evidence", "alt_files", "alt_reason"}, r["id"]
                assert 1 <= len(g["evidence"].split()) <= 40, f"{r['id']}: evidence length"
        else:
            assert r["type"] == "unanswerable" and r["gold"] == [], r["id"]
        if r["type"] == "followup":
            assert r["history"], r["id"]
        if r["type"] == "accentless":
            assert r["question"].isascii(), r["id"]
        if r["type"] == "english":
            assert r["lang"] == "en", r["id"]
        if "headline" in r:
            assert r["headline"]["kind"] in HEADLINE_KINDS, r["id"]
            assert "value" in r["headline"], r["id"]


def test_library_set_covers_the_kinds_of_question_and_many_files(library_set, library_questions):
    counts = Counter(q.type for q in library_questions)
    assert counts["unanswerable"] >= 15
    for kind in TYPES - {"unanswerable"}:
        assert counts[kind] >= 3, (kind, counts)
    files = Counter(g.file for q in library_questions for g in q.gold)
    assert len(files) >= 30, "questions should spread over many files"
    assert max(files.values()) <= 0.08 * len(library_questions), files.most_common(3)
    with_value = [q for q in library_questions if q.headline and q.headline.get("value")]
    assert len(with_value) >= 0.4 * len(library_questions), "most answers have a headline fact to check"
    if library_set.name == "library":
        assert any(q.headline and q.headline.get("value") is None and q.answerable for q in library_questions)


# --------------------------------------------------------------------------------------------- verbatim


def test_every_library_evidence_is_verbatim_in_its_loaded_document(library_questions, library_paths):
    from assistant.loaders import load_file

    needed = {f for q in library_questions for g in q.gold for f in g.files}
    by_nfc = {_nfc(n): p for n, p in library_paths.items()}
    missing = sorted(f for f in needed if _nfc(f) not in by_nfc)
    assert not missing, f"gold files not in the library: {missing}"
    texts = {f: "\n".join(b.text for b in load_file(by_nfc[_nfc(f)]).blocks) for f in needed}
    bad = [
        f"{q.id}: {f}: {g.evidence[:60]}"
        for q in library_questions
        for g in q.gold
        for f in g.files
        if not evidence_in_text(g.evidence, texts[f])
    ]
    assert not bad, "evidence not verbatim:\n" + "\n".join(bad)


def _nfc(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", name)


def test_evidence_check_allows_whitespace_and_markup_but_not_other_words():
    text = "1. Giao Ban Xây dựng Đảng  tham mưu\n**Ban Thường vụ** Đảng uỷ quán triệt"
    assert evidence_in_text("tham mưu Ban Thường vụ Đảng ủy quán triệt", text)  # tone placement uỷ/ủy
    assert not evidence_in_text("tham mưu Ban Chấp hành Đảng ủy quán triệt", text)


# --------------------------------------------------------------------------------------------- wording


def test_no_library_question_copies_more_than_three_words_of_its_evidence(library_questions):
    copied = [
        f"{q.id}: {' '.join(run)}"
        for q in library_questions
        for g in q.gold
        if (run := copied_run(q.question, g.evidence))
    ]
    assert not copied, "questions copying their evidence:\n" + "\n".join(copied)


def test_copied_run_checker_finds_runs_and_sets_names_and_numbers_aside():
    evidence = "hoàn thành việc rà soát, phân loại hội viên trước ngày 15/7/2026"
    assert copied_run("Khi nào phải rà soát phân loại hội viên?", evidence) == [
        "ra",
        "soat",
        "phan",
        "loai",
        "hoi",
        "vien",
    ]
    assert copied_run("Hạn xếp loại hội viên là ngày nào?", evidence) == []  # "hội viên": two words
    assert (
        copied_run("Hội Nông dân phải xong trước ngày 15/7/2026 không?", evidence) == []
    )  # date breaks the run
    named = "Ban Thường vụ Tỉnh ủy họp nghe báo cáo"
    assert copied_run("Ban Thường vụ Tỉnh ủy họp khi nào?", named) == []  # a body's name is not copying


# --------------------------------------------------------------------------------------------- halves


@pytest.mark.parametrize("name", ["sample", *LIBRARY_SETS])
def test_halves_are_recorded_fixed_by_id_and_about_even(name):
    questions = load_questions(SETS[name].questions)
    recorded = recorded_splits(SPLITS_FILE)[name]
    assert set(recorded) == {q.id for q in questions}, "every question id is recorded in eval/splits.json"
    assert all(recorded[q.id] == split_of(q.id) for q in questions), "recorded halves follow the id hash"
    test_share = sum(1 for q in questions if recorded[q.id] == "test") / len(questions)
    assert 0.4 <= test_share <= 0.6, test_share
    for half in ("dev", "test"):
        chosen = [q for q in questions if recorded[q.id] == half]
        assert any(not q.answerable for q in chosen), f"{half} half needs unanswerable questions"


@pytest.mark.parametrize("name", ["alqac", "handbook"])
def test_external_sets_have_fixed_halves(name):
    """ALQAC 2024 (every training question, so any sample size keeps its halves) and the handbook nodes
    are split by id like the project's own sets, and the sample the eval scores is split about evenly."""
    from assistant.evaluation.external import load_alqac, load_handbook, shared_dir

    root = shared_dir()
    source = root / ("alqac2024/train.json" if name == "alqac" else "party_docs_hanoi_sotay")
    if not source.exists():
        pytest.skip(f"{source} is not here")
    if name == "alqac":
        every = [q["question_id"] for q in json.loads(source.read_text(encoding="utf-8"))]
        scored = [q["id"] for q in load_alqac(root)[0]]
    else:
        every = scored = [n["id"] for n in load_handbook(root)]
    recorded = recorded_splits(SPLITS_FILE)[name]
    assert set(recorded) == set(every), "every id of the external set is recorded in eval/splits.json"
    assert all(recorded[i] == split_of(i) for i in every), "recorded halves follow the id hash"
    test_share = sum(1 for i in scored if recorded[i] == "test") / len(scored)
    assert 0.4 <= test_share <= 0.6, test_share


def test_write_splits_keeps_the_halves_of_sets_it_is_not_given(tmp_path: Path):
    # adding a set must not drop the external sets' recorded halves (alqac, handbook)
    path = tmp_path / "splits.json"
    path.write_text(json.dumps({"alqac": {"dev": ["a-1"], "test": ["a-2"]}}), encoding="utf-8")
    out = write_splits({"newset": ["n-1", "n-2"]}, path)
    assert out["alqac"] == {"dev": ["a-1"], "test": ["a-2"]}
    assert sorted(out["newset"]["dev"] + out["newset"]["test"]) == ["n-1", "n-2"]
    assert recorded_splits(path)["alqac"] == {"a-1": "dev", "a-2": "test"}


def test_split_depends_on_the_id_only():
    assert split_of("lib-rw05-01") == split_of("lib-rw05-01")
    halves = Counter(split_of(f"q-{i}") for i in range(1000))
    assert 450 <= halves["dev"] <= 550


# --------------------------------------------------------------------------------------------- headlines


def test_headline_scoring_right_wrong_absent():
    deadline = {"kind": "deadline", "value": "20/7/2026"}
    assert score_headline(deadline, "Thời hạn: trước ngày 20/07/2026 [1]\n> trích dẫn", False) == "right"
    assert score_headline(deadline, "Thời hạn: trước ngày 31/7/2026 [1]", False) == "wrong"
    assert score_headline(deadline, "Theo Công văn 87-CV/ĐU:\n> ... trước ngày 20/7/2026", False) == "absent"
    assert score_headline(deadline, "Thời hạn: 20/7/2026", True) == "absent"  # abstained: nothing stated
    signer = {"kind": "signer", "value": "Nguyễn Xuân Hoàng"}
    assert score_headline(signer, "Signed by: Nguyen Xuan Hoang [1]", False) == "right"  # folded compare


def test_headline_values_match_as_whole_words():
    # "5 ngày" is not in "15 ngày", nor "02" in "(11/2025)": a figure is right only as written
    figure = {"kind": "figure", "value": "05 ngày", "alternatives": ["5 ngày"]}
    assert score_headline(figure, "Số liệu: 15 ngày [1]", False) == "wrong"
    assert score_headline(figure, "Số liệu: 05 ngày làm việc [1]", False) == "right"
    two = {"kind": "figure", "value": "02"}
    assert score_headline(two, "Theo Hướng dẫn 06-HD/TW (11/2025):\n- “...”", False) == "absent"


def test_headline_without_a_fact_in_the_documents():
    none = {"kind": "deadline", "value": None}
    assert score_headline(none, "Thời hạn: xong trong quý III/2021 [2]", False) == "wrong"
    assert score_headline(none, "Văn bản không nêu thời hạn cho việc này.\n> ...", False) == "right"
    assert score_headline(none, "Người ký: Trần Văn Lực", False) == "right"  # another kind of fact


def test_sample_set_still_loads_with_the_new_fields():
    assert all(q.headline is None or "kind" in q.headline for q in load_questions(SAMPLE))


# --------------------------------------------------------------------------------------------- ablation


def test_eval_ablate_switches_each_named_feature_off_or_says_why_not(sample_index, documents_dir):
    from click.testing import CliRunner

    from assistant.cli import main
    from assistant.evaluation.ablate import feature_names, missing_interface

    args = ["eval", "--ablate", "--set", "sample", "--index", str(sample_index)]
    result = CliRunner().invoke(main, [*args, "--documents", str(documents_dir), "--no-answers"])
    assert result.exit_code == 0, result.output
    reason = missing_interface()
    if reason:
        assert f"Ablation skipped: {reason}" in result.output
    else:
        assert "all features on" in result.output
        for name in feature_names() or ():
            assert f"without {name}" in result.output


def test_reported_absent_fact_is_an_abstention_only_when_unanswerable():
    from assistant.evaluation.answers import AnswerResult, summarize_answers

    def row(qid, answerable, abstained, fact_absent):
        return AnswerResult(
            id=qid, type="deadline", answerable=answerable, abstained=abstained, gold_cited=answerable,
            citations=1, citations_from_gold=1, key_phrase=True, latency_ms=1.0, fact_absent=fact_absent,
        )

    rows = [
        row("u1", False, False, True),  # "Văn bản không nêu thời hạn cho việc này." + the clause
        row("u2", False, False, False),  # quotes read as an answer
        row("a1", True, False, True),  # answerable, clause quoted: still an answer
        row("a2", True, True, False),
    ]
    metrics = summarize_answers(rows)["metrics"]
    assert metrics["abstain_unanswerable"] == 0.5
    assert metrics["answer_answerable"] == 0.5


def test_external_report_prints_each_half_test_first_beside_the_baselines():
    from assistant.evaluation.report import external_report

    def system(name: str, r5: dict[str, float]) -> dict:
        halves = {h: {"questions": 2, "recall@5": r5[h]} for h in ("test", "dev")}
        return {"name": name, "questions": 4, "recall@5": r5["all"], "halves": halves}

    block = {
        "description": "handbook",
        "metrics": ["recall@5"],
        "systems": [
            system("ours (hybrid)", {"test": 0.5, "dev": 1.0, "all": 0.75}),
            system("BM25", {"test": 0.25, "dev": 0.5, "all": 0.375}),
        ],
    }
    text = external_report({"handbook": block})
    header = next(line for line in text.splitlines() if line.startswith("metric"))
    assert header.split()[1:] == [
        "test:",
        "ours",
        "test:",
        "BM25",
        "dev:",
        "ours",
        "dev:",
        "BM25",
        "all:",
        "ours",
        "all:",
        "BM25",
    ]
    row = next(line for line in text.splitlines() if line.startswith("recall@5")).split()[1:]
    assert row == ["0.500", "0.250", "1.000", "0.500", "0.750", "0.375"]
