"""Sentence embeddings for passages and queries, loaded strictly offline.

The default model (multilingual-e5-small) is trained with the prefixes ``"query: "`` and ``"passage: "``;
forgetting them costs several points of recall, so the prefixes live here and nowhere else. Vectors come
back float32 and L2-normalised so that FAISS inner product is cosine similarity.

The model is loaded with ``HF_HUB_OFFLINE=1``: the assistant runs on machines with no internet, and a
silent download attempt would hang for minutes before failing. A missing model is a ``ConfigError`` that
says how to build the default one.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import ConfigError

# Set before sentence-transformers / huggingface_hub are imported: they read it at import time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MAX_TOKENS = 512  # e5 position embeddings; longer inputs are truncated, never an error
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".pt", ".gguf")
_fingerprint_cache: dict[tuple[str, int, int], str] = {}
_shared: dict[tuple, Embedder] = {}
_shared_lock = threading.Lock()

ProgressFn = Callable[[int, int], None]


def _missing_model_error(model: str, detail: str = "") -> ConfigError:
    hint_vi = (
        f"Chưa có mô hình nhúng (embedding) '{model}'. Hãy tạo mô hình mặc định bằng `make setup` hoặc "
        "`python -m assistant.model_build --out models/multilingual-e5-small`, hoặc đặt biến "
        "ASSISTANT_EMBED_MODEL trỏ tới một thư mục mô hình sentence-transformers có sẵn trên máy."
    )
    hint_en = (
        f"Embedding model '{model}' is not available offline. Build the default model with `make setup` or "
        "`python -m assistant.model_build --out models/multilingual-e5-small`, or set ASSISTANT_EMBED_MODEL "
        "to a local sentence-transformers folder."
    )
    if detail:
        hint_en += f" ({detail})"
    return ConfigError(hint_vi, hint_en, code="model_missing")


def _weights_fingerprint(folder: Path) -> str:
    """sha256 over the folder's weight files, so an index notices a retrained or requantised model.

    Hashing ~500 MB takes about a second, so the result is cached per (file, size, mtime) for the process.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(_WEIGHT_SUFFIXES))
    if not files:
        return ""
    outer = hashlib.sha256()
    for p in files:
        st = p.stat()
        key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
        digest = _fingerprint_cache.get(key)
        if digest is None:
            h = hashlib.sha256()
            with p.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 22), b""):
                    h.update(block)
            digest = _fingerprint_cache[key] = h.hexdigest()
        outer.update(f"{p.relative_to(folder).as_posix()}:{digest}\n".encode())
    return "sha256:" + outer.hexdigest()


if TYPE_CHECKING:
    from assistant.config import Settings


class Embedder:
    """A SentenceTransformer on CPU with e5 prefixes, batching, progress and a query cache."""

    def __init__(
        self,
        model: str,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        batch_size: int = 32,
        cache_size: int = 2048,
    ) -> None:
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = max(1, int(batch_size))
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._fingerprint: str | None = None

        path = Path(model).expanduser()
        self._folder: Path | None = path if path.exists() else None
        if self._folder is None and (model.startswith((".", "/", "~")) or model.count("/") > 1):
            raise _missing_model_error(model, "folder not found")
        if (
            self._folder is not None
            and not (self._folder / "modules.json").exists()
            and not (self._folder / "config.json").exists()
        ):
            raise _missing_model_error(model, "folder has no modules.json/config.json")
        self.model_name = self._folder.name if self._folder else model

        import torch  # heavy: imported only when a model is really needed

        self._torch = torch
        # Batches of passages use every core. A single short query is memory-bound: extra threads buy
        # little and, on a busy machine, OpenMP spin-waiting made it 5-10x slower (measured), so 1 thread.
        self.passage_threads = max(1, os.cpu_count() or 1)
        self.query_threads = 1
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(str(self._folder or model), device="cpu")
        except Exception as exc:  # hub name with no local cache (OSError, HF errors), or a broken folder
            raise _missing_model_error(model, f"{type(exc).__name__}: {exc}") from exc
        self._model.max_seq_length = min(int(self._model.max_seq_length or MAX_TOKENS), MAX_TOKENS)
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())

    @classmethod
    def for_settings(cls, settings: Settings) -> Embedder:
        """The process's shared model for these settings' model, prefixes and batch size."""
        return cls.shared(
            settings.embed_model, settings.query_prefix, settings.passage_prefix, settings.embed_batch_size
        )

    @classmethod
    def shared(
        cls,
        model: str,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        batch_size: int = 32,
    ) -> Embedder:
        """One loaded model per process: the indexer, retriever and UI share it (loading takes seconds)."""
        key = (model, query_prefix, passage_prefix, batch_size)
        with _shared_lock:
            if key not in _shared:
                _shared[key] = cls(model, query_prefix, passage_prefix, batch_size)
            return _shared[key]

    @property
    def fingerprint(self) -> str:
        """Checksum stored in the index manifest: weights sha256 for folders, ``name:dim`` for hub models."""
        if self._fingerprint is None:
            fp = _weights_fingerprint(self._folder) if self._folder else ""
            self._fingerprint = fp or f"{self.model_name}:{self.dim}"
        return self._fingerprint

    @property
    def max_seq_length(self) -> int:
        return int(self._model.max_seq_length)

    def _encode(self, texts: list[str], threads: int) -> np.ndarray:
        torch = self._torch
        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)
        vecs = self._model.encode(
            texts,
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_passages(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        """Embed passages with the passage prefix, longest-first batches, reporting (done, total)."""
        total = len(texts)
        out = np.zeros((total, self.dim), dtype=np.float32)
        if total == 0:
            return out
        # Sorting by length keeps padding small; sentence-transformers only sorts within one call.
        order = sorted(range(total), key=lambda i: -len(texts[i]))
        done = 0
        for start in range(0, total, self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._encode([self.passage_prefix + texts[i] for i in idx], self.passage_threads)
            done += len(idx)
            if progress is not None:
                progress(done, total)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions with the query prefix; repeated questions come from an LRU cache."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: list[int] = []
        with self._lock:
            for i, t in enumerate(texts):
                vec = self._cache.get(t)
                if vec is None:
                    missing.append(i)
                else:
                    self._cache.move_to_end(t)
                    out[i] = vec
        if missing:
            unique = list(dict.fromkeys(texts[i] for i in missing))
            vecs = self._encode([self.query_prefix + t for t in unique], self.query_threads)
            fresh = dict(zip(unique, vecs, strict=True))
            with self._lock:
                for t, v in fresh.items():
                    self._cache[t] = v
                    self._cache.move_to_end(t)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
            for i in missing:
                out[i] = fresh[texts[i]]
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """One question -> one vector."""
        return self.embed_queries([text])[0]
