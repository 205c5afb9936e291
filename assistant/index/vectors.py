"""The dense index: FAISS over L2-normalised vectors, keyed by the chunk's integer id in SQLite.

Exact search (``IndexFlatIP``) is both fastest and exact for the corpora a provincial office holds (a few
thousand chunks search in well under a millisecond). Above ``settings.ann_threshold`` chunks an inverted
file (``IndexIVFFlat``, the default, ``ASSISTANT_ANN_KIND=ivf``) or an HNSW graph (``hnsw``) keeps search
sub-linear. Either is wrapped in ``IndexIDMap`` so FAISS
returns ``chunks.vid`` directly. The vectors themselves are also kept in SQLite, so the FAISS file can
always be rebuilt (HNSW cannot delete) without re-embedding anything. Files are written with
``faiss.write_index``; nothing is pickled.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import faiss
import numpy as np

IVF_NPROBE = 32  # inverted lists scanned per query: ~1% of a 1M index at nlist 4096
HNSW_M = 32  # graph degree: the usual recall/memory balance for a few hundred thousand vectors
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 96


def _omp_threads(n: int) -> None:
    """FAISS parallelises over queries; one query on a small index in OpenMP's thread pool spent ~7 ms
    spin-waiting on a busy 2-core machine versus microseconds on one thread, so searches use one thread
    and only HNSW construction uses all cores."""
    if faiss.omp_get_max_threads() != n:
        faiss.omp_set_num_threads(n)


def backend_for(count: int, ann_threshold: int, ann_kind: str = "ivf") -> str:
    """``"flat"`` up to the threshold, the approximate kind (``"ivf"`` or ``"hnsw"``) above.

    IVF is the default for large corpora on office machines: on 2 cores it trains and fills 1M vectors in
    minutes (HNSW took 16 minutes for 100k) and answers in ~2 ms (see benchmarks/README.md)."""
    if count <= ann_threshold:
        return "flat"
    return ann_kind if ann_kind in ("ivf", "hnsw") else "ivf"


def _ivf_lists(count: int) -> int:
    """nlist ~ 4 sqrt(n), with at least 39 training points per list (FAISS's own rule of thumb)."""
    return max(1, min(int(4 * np.sqrt(max(count, 1))), count // 39 or 1))


def build(vids: np.ndarray, vectors: np.ndarray, dim: int, backend: str = "flat") -> faiss.Index:
    """A fresh ``IndexIDMap`` over the given vectors (float32, already normalised)."""
    data = np.ascontiguousarray(vectors, dtype=np.float32)
    if backend == "hnsw":
        inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    elif backend == "ivf":
        quantizer = faiss.IndexFlatIP(dim)
        inner = faiss.IndexIVFFlat(quantizer, dim, _ivf_lists(len(vids)), faiss.METRIC_INNER_PRODUCT)
        inner.own_fields = True
        quantizer.this.disown()  # the IVF index owns its quantizer from here on
        _omp_threads(max(1, os.cpu_count() or 1))
        rng = np.random.default_rng(0)  # a fixed sample: rebuilding the same vectors gives the same lists
        sample = data[rng.choice(len(data), size=min(len(data), 256 * inner.nlist), replace=False)]
        inner.train(sample)
        inner.nprobe = IVF_NPROBE
    else:
        inner = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap(inner)
    if len(vids):
        _omp_threads(max(1, os.cpu_count() or 1))
        index.add_with_ids(data, np.asarray(vids, dtype=np.int64))
        _omp_threads(1)
    return index


def write(index: faiss.Index, path: Path) -> None:
    """FAISS's own binary format (no pickle)."""
    faiss.write_index(index, str(path))


def read(path: Path) -> faiss.Index:
    index = faiss.read_index(str(path))
    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else None
    if inner is not None and hasattr(inner, "hnsw"):
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    if inner is not None and hasattr(inner, "nprobe"):
        inner.nprobe = IVF_NPROBE
    return index


def search(
    index: faiss.Index, query: np.ndarray, k: int, allowed: Iterable[int] | None = None
) -> list[tuple[int, float]]:
    """Top-k (vid, inner product) for one query vector, optionally restricted to ``allowed`` vids."""
    if index.ntotal == 0 or k <= 0:
        return []
    _omp_threads(1)
    q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
    params = None
    if allowed is not None:
        ids = np.fromiter(allowed, dtype=np.int64)
        if len(ids) == 0:
            return []
        # IndexIDMap translates the selector to its external ids; the inner index skips the rest.
        selector = faiss.IDSelectorBatch(ids)
        inner = faiss.downcast_index(index.index)
        if hasattr(inner, "hnsw"):
            params = faiss.SearchParametersHNSW(sel=selector)
        elif hasattr(inner, "nprobe"):
            params = faiss.SearchParametersIVF(sel=selector, nprobe=IVF_NPROBE)
        else:
            params = faiss.SearchParameters(sel=selector)
        k = min(k, len(ids))
    k = min(k, index.ntotal)
    scores, ids_out = index.search(q, k, params=params) if params is not None else index.search(q, k)
    return [(int(i), float(s)) for i, s in zip(ids_out[0], scores[0], strict=True) if i != -1]
