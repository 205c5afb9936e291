"""One evaluation run over the question sets (sample, library): each set scored once, reported per half.

For every set: its corpus is indexed (the sample documents, or the library of ``evaluation.library``),
every question goes through our retriever, the two baselines (BM25 over LangChain 1000/200 chunks, and the
same chunks with e5 + FAISS) and ``Assistant.ask``; the per-question results are then summarised for the
test half, the dev half and the whole set (halves: ``sets.half_of``). Everything is plain data for the CLI
and ``--json``; ``report.suite_report`` prints it, test half first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from pathlib import Path

from assistant.config import REPO_ROOT, Settings
from assistant.evaluation import answers as ans
from assistant.evaluation.baseline import (
    BM25Baseline,
    DenseBaseline,
    cached_passage_vectors,
    naive_chunks_from,
)
from assistant.evaluation.retrieval import (
    EvalQuestion,
    QuestionResult,
    clear_query_cache,
    evaluate,
    load_questions,
    misses,
    summarize,
)
from assistant.evaluation.runner import ensure_index, product_search, unreachable_evidence
from assistant.evaluation.sets import HALVES, SETS, QuestionSet, half_of, recorded_splits

Log = Callable[[str], None]
BASELINE_CACHE = REPO_ROOT / "indexes" / "baseline-cache"
OURS, DENSE, BM25 = "ours (hybrid)", "tutorial (1000/200 + e5 + FAISS)", "BM25 (bm25s)"


def _quiet(_: str) -> None:
    return None


def prepare_corpus(
    qset: QuestionSet,
    base: Settings,
    embedder,
    documents: Path,
    sample_index: Path,
    library_index: Path | None = None,
    log: Log = _quiet,
) -> tuple[Settings, list[Path], dict]:
    """Index the set's corpus (incremental) and return the settings pointing at it, its files, and what the
    indexing did. Raises ``FileNotFoundError`` for the library when ``../shared`` is missing."""
    if qset.corpus == "library":
        from assistant.evaluation.library import ensure_library_index, library_files, library_settings

        files = library_files(documents)
        settings = replace(library_settings(base, library_index), documents_dir=Path(documents))
        info = ensure_library_index(settings, embedder, files, log)
        return settings, files, info
    from assistant.index.sources import scan

    settings = replace(base, index_dir=Path(sample_index), documents_dir=Path(documents))
    return settings, scan(Path(documents)), ensure_index(settings, Path(documents), embedder, log)


def _timed_build(log: Log, what: str, fn):
    t0 = time.perf_counter()
    out = fn()
    seconds = time.perf_counter() - t0
    log(f"{what} in {seconds:.0f}s")
    return out, seconds


def score_systems(
    settings: Settings,
    files: Sequence[Path],
    questions: Sequence[EvalQuestion],
    embedder,
    k: int = 10,
    baseline: bool = True,
    log: Log = _quiet,
) -> tuple[dict[str, list[QuestionResult]], dict[str, dict]]:
    """Per-question retrieval results of our retriever and (optionally) both baselines, with build facts."""
    search = product_search(settings, embedder, k)
    search("khởi động")  # warm-up: opens the store; not part of the latency figures
    clear_query_cache(embedder)
    log(f"  {OURS}: {len(questions)} questions ...")
    results = {OURS: evaluate(search, questions, k)}
    extra: dict[str, dict] = {OURS: {}}
    if baseline:
        chunks = naive_chunks_from(files)
        vectors, seconds = _timed_build(
            log,
            f"  tutorial baseline: {len(chunks)} chunks of 1000/200 embedded (or read from cache)",
            lambda: cached_passage_vectors(chunks, embedder, BASELINE_CACHE),
        )
        dense = DenseBaseline(chunks, embedder, vectors)
        dense.search("khởi động", k)
        clear_query_cache(embedder)
        results[DENSE] = evaluate(lambda q: dense.search(q, k), questions, k)
        extra[DENSE] = {"chunks": len(chunks), "build_seconds": seconds}
        bm25 = BM25Baseline(chunks)
        results[BM25] = evaluate(lambda q: bm25.search(q, k), questions, k)
        extra[BM25] = {"chunks": len(chunks)}
    return results, extra


def answer_results(settings: Settings, questions: Sequence[EvalQuestion], embedder, log: Log = _quiet):
    """``Assistant.ask`` on every question (with its history), scored."""
    from assistant.api import Assistant

    log(f"  answers: {len(questions)} questions ...")
    assistant = Assistant(settings, embedder=embedder)
    assistant.ask("khởi động")  # warm-up
    clear_query_cache(embedder)
    return ans.evaluate_answers(assistant, questions)


def summarize_half(
    questions: Sequence[EvalQuestion],
    systems: dict[str, list[QuestionResult]],
    extra: dict[str, dict],
    answered: Sequence[ans.AnswerResult] | None,
) -> dict:
    """Systems and answer summaries restricted to ``questions``."""
    ids = {q.id for q in questions}
    out: dict = {
        "questions": len(questions),
        "answerable": sum(1 for q in questions if q.answerable),
        "unanswerable": sum(1 for q in questions if not q.answerable),
        "systems": [],
    }
    for name, results in systems.items():
        rows = [r for r in results if r.id in ids]
        out["systems"].append(
            {"name": name, "summary": summarize(rows), "misses@5": misses(rows, questions, 5), **extra[name]}
        )
    if answered is not None:
        rows = [r for r in answered if r.id in ids]
        summary = ans.summarize_answers(rows)
        suggestion = ans.calibration_from(rows)
        summary["calibration"] = None if suggestion is None else suggestion.describe()
        out["answers"] = summary
    return out


def run_set(
    qset: QuestionSet,
    settings: Settings,
    files: Sequence[Path],
    embedder,
    k: int = 10,
    baseline: bool = True,
    answers: bool = True,
    log: Log = _quiet,
) -> dict:
    """Score one set on its (already indexed) corpus; summaries for test, dev and all."""
    t0 = time.perf_counter()
    questions = load_questions(qset.questions)
    recorded = recorded_splits()
    halves = {q.id: half_of(qset.name, q.id, recorded) for q in questions}
    log(f"set {qset.name}: {len(questions)} questions over {len(files)} files")
    systems, extra = score_systems(settings, files, questions, embedder, k, baseline, log)
    answered = answer_results(settings, questions, embedder, log) if answers else None
    out: dict = {
        "set": qset.name,
        "files": len(files),
        "k": k,
        "targets": qset.targets,
        "unreachable_evidence": unreachable_evidence(settings, questions),
        "halves": {},
    }
    for half in (*HALVES, "all"):
        chosen = [q for q in questions if half == "all" or halves[q.id] == half]
        out["halves"][half] = summarize_half(chosen, systems, extra, answered)
    out["per_question"] = {
        "halves": halves,
        "retrieval": {name: [asdict(r) for r in rows] for name, rows in systems.items()},
        "answers": [asdict(r) for r in answered] if answered is not None else [],
    }
    out["seconds"] = time.perf_counter() - t0
    return out


def run_suite(
    set_names: Sequence[str],
    base: Settings,
    embedder,
    documents: Path,
    sample_index: Path,
    library_index: Path | None = None,
    k: int = 10,
    baseline: bool = True,
    answers: bool = True,
    log: Log = _quiet,
) -> dict:
    """Every named set, in order; a set whose corpus is missing is reported as skipped, not raised."""
    out: dict = {"sets": {}}
    for name in set_names:
        qset = SETS[name]
        try:
            settings, files, info = prepare_corpus(
                qset, base, embedder, documents, sample_index, library_index, log
            )
        except FileNotFoundError as exc:
            out["sets"][name] = {"set": name, "skipped": str(exc)}
            log(f"set {name} skipped: {exc}")
            continue
        result = run_set(qset, settings, files, embedder, k, baseline, answers, log)
        result["index"] = info
        out["sets"][name] = result
    return out
