"""One evaluation run over the sample corpus: our retriever and the naive baselines side by side, then the
answer metrics when ``assistant.api`` is available.

Everything that takes time is measured here, and everything is returned as plain data (a dict) so the
CLI can print it and ``--json`` can store it. The embedding model is loaded once and shared by the
indexer, our retriever, the dense baseline and the assistant.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from assistant.config import Settings
from assistant.evaluation import answers as ans
from assistant.evaluation.baseline import BM25Baseline, DenseBaseline, naive_chunks
from assistant.evaluation.retrieval import (
    EvalQuestion,
    QuestionResult,
    Retrieved,
    clear_query_cache,
    evaluate,
    misses,
    relevant_ranks,
    summarize,
)

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def shared_embedder(settings: Settings):
    """The process-wide embedder for these settings (loads the model once)."""
    from assistant.embeddings import Embedder

    return Embedder.for_settings(settings)


def ensure_index(settings: Settings, documents_dir: Path, embedder, log: Log = _quiet) -> dict:
    """Bring ``settings.index_dir`` in line with ``documents_dir`` (incremental: unchanged files skipped)."""
    from assistant.indexer import Indexer

    t0 = time.perf_counter()
    report = Indexer(settings, embedder=embedder).update(documents_dir)
    seconds = time.perf_counter() - t0
    counts = report.by_status() if hasattr(report, "by_status") else {}
    log(f"index {settings.index_dir}: {counts} in {seconds:.1f}s")
    return {"index_dir": str(settings.index_dir), "files": counts, "seconds": seconds}


def chunk_to_retrieved(c, score: float = 0.0) -> Retrieved:
    """A ``models.Chunk`` as the metrics see it."""
    return Retrieved(file=c.file, text=c.text, score=float(score), pages=list(c.pages or []), key=c.chunk_id)


def hit_to_retrieved(hit) -> Retrieved:
    """A ``models.Hit`` as the metrics see it."""
    return chunk_to_retrieved(hit.chunk, hit.score)


def product_search(settings: Settings, embedder, k: int = 10) -> Callable[[str], list[Retrieved]]:
    """Our hybrid retriever over ``settings.index_dir`` as a ``question -> ranking`` function."""
    from assistant.retrieve import Retriever

    retriever = Retriever(settings, embedder=embedder)
    return lambda question: [hit_to_retrieved(h) for h in retriever.search(question, k=k)]


def unreachable_evidence(settings: Settings, questions: Sequence[EvalQuestion]) -> list[str]:
    """Gold items that no chunk of the index holds (by the relevance rule): no retriever can find them."""
    from assistant.index.store import IndexStore

    store = IndexStore.open(settings.index_dir)
    try:
        chunks = [chunk_to_retrieved(c) for c in store.all_chunks()]
    finally:
        if hasattr(store, "close"):
            store.close()
    out = []
    for q in questions:
        for gi, ranks in enumerate(relevant_ranks(chunks, q.gold)):
            if not ranks:
                out.append(f"{q.id}: {q.gold[gi].file}: {q.gold[gi].evidence}")
    return out


def _system(name: str, results: Sequence[QuestionResult], questions, extra: dict | None = None) -> dict:
    return {
        "name": name,
        "summary": summarize(results),
        "misses@5": misses(results, questions, 5),
        "per_question": [asdict(r) for r in results],
        **(extra or {}),
    }


def api_available() -> bool:
    """True once ``assistant.api`` exists (the answer stage is built in parallel)."""
    return importlib.util.find_spec("assistant.api") is not None


def run_sample_eval(
    settings: Settings,
    questions: Sequence[EvalQuestion],
    documents_dir: Path,
    k: int = 10,
    baseline: bool = True,
    answers: bool | None = None,
    build_index: bool = True,
    embedder=None,
    log: Log = _quiet,
) -> dict:
    """Score our retriever (and the baselines) on ``questions``; answers too when requested/available."""
    embedder = embedder or shared_embedder(settings)
    out: dict = {"questions": len(questions), "k": k, "systems": []}
    if build_index:
        out["index"] = ensure_index(settings, documents_dir, embedder, log)

    search = product_search(settings, embedder, k)
    search("khởi động")  # warm-up: opens the store; not part of the latency figures
    out["unreachable_evidence"] = unreachable_evidence(settings, questions)
    clear_query_cache(embedder)
    log("evaluating our retriever ...")
    ours = evaluate(search, questions, k)
    out["systems"].append(_system("ours (hybrid)", ours, questions))

    if baseline:
        chunks = naive_chunks(documents_dir)
        t0 = time.perf_counter()
        dense = DenseBaseline(chunks, embedder)
        embed_s = time.perf_counter() - t0
        log(f"naive baseline: {len(chunks)} chunks of 1000/200, embedded in {embed_s:.1f}s")
        dense.search("khởi động", k)
        clear_query_cache(embedder)
        out["systems"].append(
            _system(
                "naive dense",
                evaluate(lambda q: dense.search(q, k), questions, k),
                questions,
                {"chunks": len(chunks), "build_seconds": embed_s},
            )
        )
        bm25 = BM25Baseline(chunks)
        out["systems"].append(
            _system(
                "BM25",
                evaluate(lambda q: bm25.search(q, k), questions, k),
                questions,
                {"chunks": len(chunks)},
            )
        )

    if answers is None:
        answers = api_available()
    if answers:
        out["answers"] = run_answer_eval(settings, questions, embedder, log)
    return out


def run_answer_eval(
    settings: Settings, questions: Sequence[EvalQuestion], embedder, log: Log = _quiet
) -> dict:
    """``Assistant.ask`` on every question, scored, plus a suggested abstention threshold."""
    from assistant.api import Assistant

    log("evaluating answers ...")
    assistant = Assistant(settings, embedder=embedder)
    assistant.ask("khởi động")  # warm-up
    clear_query_cache(embedder)
    results = ans.evaluate_answers(assistant, questions)
    summary = ans.summarize_answers(results)
    suggestion = ans.calibration_from(results)
    summary["calibration"] = (
        None
        if suggestion is None
        else {
            "threshold": suggestion.threshold,
            "answer_rate": suggestion.answer_rate,
            "abstain_rate": suggestion.abstain_rate,
            "accuracy_threshold": suggestion.accuracy_threshold,
            "text": suggestion.describe(),
        }
    )
    summary["per_question"] = [asdict(r) for r in results]
    return summary
