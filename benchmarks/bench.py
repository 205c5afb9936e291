"""Benchmarks: indexing throughput, query latency, and vector/lexical search at 100k and 1M chunks.

    python benchmarks/bench.py [--quick] [--json FILE] [--queries N] [--hnsw-1m]

Stages (each reports wall time and the process RSS after it; peak RSS is ``ru_maxrss``):

1. sample corpus (``documents/``): index build with the product ``Indexer`` (chunks/s) next to pure
   embedding throughput of the same chunks; query latency p50/p95 of ``Retriever.search`` and, when
   ``assistant.api`` exists, ``Assistant.ask``; the naive baseline (LangChain 1000/200 + e5 + FAISS flat,
   BM25) built and queried in the same run.
2. synthetic 100k chunks: random float32 384-d normalised vectors in the product's index kinds
   (``assistant.index.vectors.build``: flat and HNSW M=32), plus IVF-Flat and IVF-PQ for comparison: build
   time, single-query search p50/p95, recall@10 against exact search, and FTS5 lexical latency over 100k
   synthetic rows of Vietnamese syllables with the product's tokenizer and bm25 weights.
3. synthetic 1M chunks (skipped by ``--quick``) in a subprocess so its RSS is its own: flat, IVF-Flat and
   IVF-PQ; HNSW only with ``--hnsw-1m`` (its build takes a long time on two cores).
4. ``--library``: the evaluation library (samples + ``../shared``, ``assistant.evaluation.library``) in
   ``indexes/library`` (built on first use, about 13 minutes on two shared cores): ``Retriever.search``
   and extractive ``Assistant.ask`` latency p50/p95 over the library questions (with their history), the
   slowest questions listed, and the load average before and after (a quiet machine has load < 1).

Random vectors have no cluster structure, so ANN recall here is a pessimistic bound. No assertions: the
numbers are printed (and written with ``--json``) for the README and issues.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

DIM = 384


def rss_mb() -> float:
    """Current resident set size in MiB (psutil when installed, else /proc)."""
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """Peak RSS of this process so far (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return (
        ordered[min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))]
        if ordered
        else 0.0
    )


def latency(fn, inputs) -> dict:
    """p50/p95/mean milliseconds of ``fn`` over ``inputs`` (one call each)."""
    times = []
    for x in inputs:
        t0 = time.perf_counter()
        fn(x)
        times.append((time.perf_counter() - t0) * 1000)
    return {
        "p50_ms": pct(times, 50),
        "p95_ms": pct(times, 95),
        "mean_ms": statistics.fmean(times),
        "n": len(times),
    }


# ------------------------------------------------------------------------------------------- sample corpus


def bench_sample(n_queries: int, log) -> dict:
    """Indexing and query latency on documents/, product and naive baseline."""
    from assistant.config import Settings
    from assistant.embeddings import Embedder
    from assistant.evaluation.baseline import BM25Baseline, DenseBaseline, naive_chunks
    from assistant.evaluation.retrieval import load_questions, retrieval_query
    from assistant.index.store import IndexStore
    from assistant.indexer import Indexer
    from assistant.retrieve import Retriever

    out: dict = {}
    base = Settings.from_env()
    t0 = time.perf_counter()
    emb = Embedder(
        base.embed_model,
        base.query_prefix,
        base.passage_prefix,
        base.embed_batch_size,
        runtime=base.embed_runtime,
    )
    out["model_load_s"] = time.perf_counter() - t0
    out["embed_runtime"] = emb.runtime  # "onnx" or "torch" (ASSISTANT_EMBED_RUNTIME)
    questions = [retrieval_query(q) for q in load_questions(REPO / "eval" / "questions.jsonl")][:n_queries]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        s = replace(base, index_dir=Path(tmp) / "index")
        t0 = time.perf_counter()
        Indexer(s, embedder=emb).update(REPO / "documents")
        build_s = time.perf_counter() - t0
        store = IndexStore.open(s.index_dir)
        chunks = store.all_chunks()
        t0 = time.perf_counter()
        emb.embed_passages([c.embed_text or c.text for c in chunks])
        embed_s = time.perf_counter() - t0
        out["index"] = {
            "chunks": len(chunks),
            "build_s": build_s,
            "build_chunks_per_s": len(chunks) / build_s,
            "embed_only_s": embed_s,
            "embed_chunks_per_s": len(chunks) / embed_s,
            "rss_mb": rss_mb(),
        }
        log(f"sample index: {out['index']}")
        retriever = Retriever(s, store=store, embedder=emb)
        retriever.search("khởi động")
        emb._cache.clear()  # measure with the query embedding, not the LRU cache
        out["retrieve"] = latency(lambda q: retriever.search(q, k=10), questions)
        log(f"retrieve: {out['retrieve']}")
        try:
            from assistant.api import Assistant

            assistant = Assistant(s, embedder=emb)
            assistant.ask("khởi động")
            emb._cache.clear()
            out["ask"] = latency(lambda q: assistant.ask(q), questions)
            log(f"ask: {out['ask']}")
        except ImportError as exc:
            out["ask"] = {"skipped": str(exc)}
        t0 = time.perf_counter()
        naive = naive_chunks(REPO / "documents")
        dense = DenseBaseline(naive, emb)
        nb_s = time.perf_counter() - t0
        emb._cache.clear()
        bm25 = BM25Baseline(naive)
        out["naive"] = {
            "chunks": len(naive),
            "build_s": nb_s,
            "build_chunks_per_s": len(naive) / nb_s,
            "dense_search": latency(lambda q: dense.search(q, 10), questions),
            "bm25_search": latency(lambda q: bm25.search(q, 10), questions),
        }
        log(f"naive: {out['naive']}")
    out["rss_mb"] = rss_mb()
    return out


# ------------------------------------------------------------------------------------------- library


def bench_library(log, slowest: int = 10, repeat: int = 1) -> dict:
    """Question latency on the library index (issue 11: ask p50 <= 60 ms, p95 <= 150 ms)."""
    from assistant.config import Settings
    from assistant.embeddings import Embedder
    from assistant.evaluation.library import ensure_library_index, library_settings
    from assistant.evaluation.retrieval import load_questions, retrieval_query
    from assistant.evaluation.sets import SETS
    from assistant.retrieve import Retriever

    out: dict = {"load_before": os.getloadavg()}
    settings = replace(library_settings(Settings.from_env(), None), answer_mode="extractive")
    emb = Embedder.for_settings(settings)
    out["index"] = ensure_library_index(settings, emb, log=log)
    questions = load_questions(SETS["library"].questions)
    retriever = Retriever(settings, embedder=emb)
    retriever.search("khởi động")
    emb._cache.clear()  # measure with the query embedding, not the LRU cache
    out["retrieve"] = latency(lambda q: retriever.search(retrieval_query(q), k=10), questions)
    log(f"library retrieve: {out['retrieve']}")
    try:
        from assistant.api import Assistant
    except ImportError as exc:
        out["ask"] = {"skipped": str(exc)}
        return out
    assistant = Assistant(settings, embedder=emb)
    assistant.ask("khởi động")
    timed: list[tuple[float, str]] = []
    for _ in range(repeat):
        emb._cache.clear()
        for q in questions:
            t0 = time.perf_counter()
            assistant.ask(q.question, history=list(q.history))
            timed.append(((time.perf_counter() - t0) * 1000, f"{q.id}: {q.question}"))
    times = [t for t, _ in timed]
    out["ask"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "mean_ms": statistics.fmean(times)}
    out["ask"]["n"] = len(times)
    out["slowest"] = [f"{t:.0f} ms  {what}" for t, what in sorted(timed, reverse=True)[:slowest]]
    out["load_after"] = os.getloadavg()
    log(f"library ask: {out['ask']}")
    log("slowest questions:\n  " + "\n  ".join(out["slowest"]))
    log(f"load average before {out['load_before']}, after {out['load_after']}")
    return out


# ------------------------------------------------------------------------------------------- synthetic


def random_unit(n: int, seed: int) -> np.ndarray:
    """``n`` random float32 384-d vectors, L2-normalised, generated in blocks to bound peak memory."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, DIM), dtype=np.float32)
    for start in range(0, n, 100_000):
        block = rng.standard_normal((min(100_000, n - start), DIM), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start : start + len(block)] = block
    return out


def _ann_recall(index, queries: np.ndarray, truth: np.ndarray, k: int = 10) -> float:
    _, ids = index.search(queries, k)
    return float(np.mean([len(set(a) & set(b)) / k for a, b in zip(ids, truth, strict=True)]))


def bench_vectors(n: int, hnsw: bool, log, n_queries: int = 200) -> dict:
    """Build and query each index kind over ``n`` random vectors."""
    import faiss

    from assistant.index import vectors as product_vectors

    out: dict = {"n": n, "threads": faiss.omp_get_max_threads()}
    t0 = time.perf_counter()
    xb = random_unit(n, 1)
    xq = random_unit(n_queries, 2)
    out["generate_s"] = time.perf_counter() - t0
    vids = np.arange(n, dtype=np.int64)
    kinds: list[tuple[str, callable]] = [
        ("flat (product)", lambda: product_vectors.build(vids, xb, DIM, "flat"))
    ]
    if hnsw:
        kinds.append(("hnsw M=32 (product)", lambda: product_vectors.build(vids, xb, DIM, "hnsw")))
    nlist = 1024 if n <= 200_000 else 4096

    def ivf(pq: bool):
        quant = faiss.IndexFlatIP(DIM)
        idx = (
            faiss.IndexIVFPQ(quant, DIM, nlist, 48, 8, faiss.METRIC_INNER_PRODUCT)
            if pq
            else faiss.IndexIVFFlat(quant, DIM, nlist, faiss.METRIC_INNER_PRODUCT)
        )
        idx.train(xb[: min(n, 50 * nlist)])
        idx.add(xb)
        idx.nprobe = 32
        return idx

    kinds += [
        (f"ivf-flat nlist={nlist} nprobe=32", lambda: ivf(False)),
        (f"ivf-pq m=48 nlist={nlist} nprobe=32", lambda: ivf(True)),
    ]
    truth = None
    for name, make in kinds:
        rss0 = rss_mb()
        t0 = time.perf_counter()
        index = make()
        build_s = time.perf_counter() - t0
        row = {"build_s": build_s, "rss_delta_mb": rss_mb() - rss0}
        inner = faiss.downcast_index(index.index) if hasattr(index, "index") else index
        if hasattr(inner, "hnsw"):
            inner.hnsw.efSearch = 64
            row["efSearch"] = 64
        if truth is None:
            _, truth = index.search(xq, 10)
            row["recall@10_vs_exact"] = 1.0
        else:
            row["recall@10_vs_exact"] = _ann_recall(index, xq, truth)
        row.update(latency(lambda q, ix=index: ix.search(q.reshape(1, -1), 10), xq))
        out[name] = row
        log(f"  {n:,} {name}: {row}")
        del index
    out["peak_rss_mb"] = peak_mb()
    return out


def bench_fts(n: int, log, n_queries: int = 100) -> dict:
    """FTS5 bm25 latency over ``n`` synthetic Vietnamese chunks, product tokenizer and weights."""
    from assistant.index.lexical import FTS_TOKENIZE, LexicalQuery, token_streams
    from assistant.text.datafiles import load_json

    vocab = load_json("vi_common_syllables.json")["syllables"]
    rng = random.Random(3)
    with tempfile.TemporaryDirectory(prefix="bench-fts-") as tmp:
        conn = sqlite3.connect(Path(tmp) / "fts.sqlite")
        conn.execute(
            f'CREATE VIRTUAL TABLE chunks_fts USING fts5(vi, folded, nums, tokenize="{FTS_TOKENIZE}")'
        )
        t0 = time.perf_counter()
        batch = []
        for i in range(n):
            words = " ".join(rng.choices(vocab, k=120))
            vi, folded = token_streams(words)
            batch.append((i + 1, " ".join(vi), " ".join(folded), ""))
            if len(batch) == 5000:
                conn.executemany("INSERT INTO chunks_fts(rowid, vi, folded, nums) VALUES (?,?,?,?)", batch)
                batch.clear()
        conn.executemany("INSERT INTO chunks_fts(rowid, vi, folded, nums) VALUES (?,?,?,?)", batch)
        conn.commit()
        build_s = time.perf_counter() - t0
        queries = [LexicalQuery.from_texts([" ".join(rng.choices(vocab, k=8))]) for _ in range(n_queries)]
        sql = (
            "SELECT rowid, bm25(chunks_fts, ?, ?, ?) AS s FROM chunks_fts "
            "WHERE chunks_fts MATCH ? ORDER BY s LIMIT 50"
        )
        lat = latency(lambda q: conn.execute(sql, (*q.weights, q.match_expression())).fetchall(), queries)
        conn.close()
    out = {"rows": n, "build_s": build_s, **lat}
    log(f"  fts5 {n:,}: {out}")
    return out


def run_subprocess(n: int, hnsw: bool, log) -> dict:
    """Run the vector benchmark for ``n`` in a fresh interpreter so its peak RSS is isolated."""
    cmd = [sys.executable, __file__, "--worker", str(n)] + (["--hnsw-1m"] if hnsw else [])
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr[-2000:]}
    for line in proc.stderr.splitlines():
        if line.startswith("  "):
            log(line)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - t0
    log(f"  {n:,} (subprocess): peak RSS {result.get('peak_rss_mb', 0):.0f} MiB")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1M synthetic case")
    parser.add_argument("--json", type=Path, help="write all numbers to this file")
    parser.add_argument("--queries", type=int, default=72, help="sample-corpus queries to time")
    parser.add_argument("--hnsw-1m", action="store_true", help="also build HNSW over 1M vectors (slow)")
    parser.add_argument("--skip-sample", action="store_true", help="only the synthetic stages")
    parser.add_argument("--skip-synthetic", action="store_true", help="only the sample-corpus stage")
    parser.add_argument("--library", action="store_true", help="also time questions on the library index")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:  # subprocess mode: one synthetic size, JSON on stdout
        print(json.dumps(bench_vectors(args.worker, args.hnsw_1m, lambda m: print(m, file=sys.stderr))))
        return 0

    def log(message: str) -> None:
        print(message, flush=True)

    result: dict = {"cpu_count": os.cpu_count()}
    if not args.skip_sample:
        log("== sample corpus")
        result["sample"] = bench_sample(args.queries, log)
    if args.library:
        log("== library (samples + ../shared)")
        result["library"] = bench_library(log)
    if not args.skip_synthetic:
        log("== synthetic 100k")
        result["synthetic_100k"] = run_subprocess(100_000, True, log)
        result["fts5_100k"] = bench_fts(100_000, log)
    if not args.quick and not args.skip_synthetic:
        log("== synthetic 1M")
        result["synthetic_1m"] = run_subprocess(1_000_000, args.hnsw_1m, log)
    result["peak_rss_mb_main"] = peak_mb()
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
