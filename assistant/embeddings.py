"""Sentence embeddings for passages and queries, loaded strictly offline.

The default model (multilingual-e5-small) is trained with the prefixes ``"query: "`` and ``"passage: "``;
forgetting them costs several points of recall, so the prefixes live here and nowhere else. Vectors come
back float32 and L2-normalised so that FAISS inner product is cosine similarity.

The model is loaded with ``HF_HUB_OFFLINE=1``: the assistant runs on machines with no internet, and a
silent download attempt would hang for minutes before failing. A missing model is a ``ConfigError`` that
says how to build the default one.

The transformer forward pass runs on ONNX Runtime when the model folder has ``onnx/model.onnx`` (written
by ``assistant.model_build``) and ``onnxruntime`` imports; otherwise on PyTorch. Tokenisation, pooling and
normalisation stay sentence-transformers' in both cases, and the vectors agree to cosine >= 0.9999: ORT
only replaces the twelve BERT layers, which cost torch ~58 ms per short question on the 2-core AMD
machine (large per-op overhead for small matrices) against ~25-29 ms on ORT (measured with another job
busy on one core; see README).
"""

from __future__ import annotations

import hashlib
import logging
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

log = logging.getLogger(__name__)

MAX_TOKENS = 512  # e5 position embeddings; longer inputs are truncated, never an error
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".pt", ".gguf")
#: Where ``assistant.model_build`` writes the ONNX export of the transformer, relative to the model folder
#: (the same place as on the Hugging Face hub, so hub folders that ship an ONNX export work too).
ONNX_MODEL = "onnx/model.onnx"
#: ``runtime`` values: "auto" = ONNX Runtime when ``ONNX_MODEL`` exists and onnxruntime imports, else torch.
RUNTIMES = ("auto", "torch", "onnx")
_fingerprint_cache: dict[tuple[str, int, int], str] = {}
_shared: dict[tuple, Embedder] = {}
_shared_lock = threading.Lock()

ProgressFn = Callable[[int, int], None]


def _onnxruntime_importable() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except Exception:  # ImportError, or a broken install (missing shared library)
        return False
    return True


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


def _onnx_error(model: str, detail: str) -> ConfigError:
    hint_vi = (
        f"Không chạy được mô hình nhúng '{model}' bằng ONNX Runtime (ASSISTANT_EMBED_RUNTIME=onnx): "
        f"{detail}. Hãy chạy `make setup` hoặc "
        "`python -m assistant.model_build --out models/multilingual-e5-small` (cần các gói onnx và "
        "onnxruntime trong requirements.txt), hoặc đặt ASSISTANT_EMBED_RUNTIME=auto hay torch."
    )
    hint_en = (
        f"Cannot run embedding model '{model}' on ONNX Runtime (ASSISTANT_EMBED_RUNTIME=onnx): {detail}. "
        "Run `make setup` or `python -m assistant.model_build --out models/multilingual-e5-small` (needs the "
        "onnx and onnxruntime packages from requirements.txt), or set ASSISTANT_EMBED_RUNTIME=auto or torch."
    )
    return ConfigError(hint_vi, hint_en, code="onnx_missing")


def _weights_fingerprint(folder: Path) -> str:
    """sha256 over the folder's weight files, so an index notices a retrained or requantised model.

    Hashing ~500 MB takes about a second, so the result is cached per (file, size, mtime) for the process.

    ``onnx/`` is left out when the folder has other weights: it is a derived export of those same weights
    (``assistant.model_build`` checks cosine >= 0.9999 against torch before keeping it), both runtimes give
    the same vectors, and adding it to an existing model folder must not invalidate the indexes built
    before it existed. A folder whose only weights are under ``onnx/`` is still fingerprinted by them.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(_WEIGHT_SUFFIXES))
    not_onnx = [p for p in files if p.relative_to(folder).parts[0] != "onnx"]
    files = not_onnx or files
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


def onnx_session(path: str | Path, threads: int) -> object:
    """An ONNX Runtime CPU session for ``path`` with ``threads`` intra-op threads and no spin-waiting.

    ORT's worker threads normally spin for a while after each op, waiting for more work. On a busy 2-core
    machine those spinning threads steal the core the other threads need, which made OpenMP-style pools
    5-10x slower in our measurements, so spinning is off.
    """
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = max(1, int(threads))
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.add_session_config_entry("session.inter_op.allow_spinning", "0")
    so.log_severity_level = 3  # errors only: the exported graph triggers harmless optimizer notices
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


_onnx_module_class: type | None = None


def _onnx_transformer_class() -> type:
    """``torch.nn.Module`` that stands in for the Hugging Face model inside sentence-transformers.

    Built on first use so that importing this module does not import torch.
    """
    global _onnx_module_class
    if _onnx_module_class is not None:
        return _onnx_module_class
    import torch
    from transformers.modeling_outputs import BaseModelOutput

    class OnnxTransformer(torch.nn.Module):
        """Runs the BERT forward pass on an ORT session; returns what the HF model would (last_hidden_state).

        sentence-transformers' ``Transformer`` module calls ``self.model(input_ids=..., attention_mask=...,
        return_dict=True, ...)`` and reads ``last_hidden_state``; it also reads ``model.config``.
        """

        def __init__(self, session: object, config: object) -> None:
            super().__init__()
            self.config = config
            self.session = session
            self._inputs = {i.name for i in session.get_inputs()}  # type: ignore[attr-defined]
            outputs = [o.name for o in session.get_outputs()]  # type: ignore[attr-defined]
            self._output = "last_hidden_state" if "last_hidden_state" in outputs else outputs[0]

        def forward(self, input_ids, attention_mask=None, token_type_ids=None, **kwargs):  # noqa: ANN001
            ids = np.ascontiguousarray(input_ids.detach().cpu().numpy(), dtype=np.int64)
            mask = (
                np.ones_like(ids)
                if attention_mask is None
                else np.ascontiguousarray(attention_mask.detach().cpu().numpy(), dtype=np.int64)
            )
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:  # hub exports (optimum) take it; ours does not
                feeds["token_type_ids"] = (
                    np.zeros_like(ids)
                    if token_type_ids is None
                    else np.ascontiguousarray(token_type_ids.detach().cpu().numpy(), dtype=np.int64)
                )
            elif token_type_ids is not None and bool(token_type_ids.any()):
                raise ValueError("the ONNX export assumes token type 0; this tokenizer produced others")
            (hidden,) = self.session.run([self._output], feeds)  # type: ignore[attr-defined]
            return BaseModelOutput(last_hidden_state=torch.from_numpy(hidden))

    _onnx_module_class = OnnxTransformer
    return OnnxTransformer


def use_onnx_runtime(st_model: object, onnx_path: str | Path, threads: int) -> None:
    """Swap the torch transformer inside a loaded SentenceTransformer for an ORT session on ``onnx_path``.

    Tokeniser, pooling and normalisation stay sentence-transformers'. The torch module is released; ORT
    memory-maps the weights when they are stored as external data (``model.onnx.data``, as model_build
    writes them), so the process stays about as large as with torch alone.
    """
    transformer = st_model[0]  # type: ignore[index]
    config = transformer.model.config
    session = onnx_session(onnx_path, threads)
    transformer.model = _onnx_transformer_class()(session, config)


class Embedder:
    """A SentenceTransformer on CPU with e5 prefixes, batching, progress and a query cache.

    ``runtime`` (``ASSISTANT_EMBED_RUNTIME``): "auto" runs the transformer on ONNX Runtime when the folder
    has ``onnx/model.onnx`` and onnxruntime imports, else on torch; "torch" always uses torch; "onnx"
    insists (``ConfigError`` if the export or the package is missing). ``self.runtime`` is the one in use.
    """

    def __init__(
        self,
        model: str,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        batch_size: int = 32,
        cache_size: int = 2048,
        runtime: str = "auto",
    ) -> None:
        requested = (runtime or "auto").strip().lower()
        if requested not in RUNTIMES:
            raise ConfigError(
                f"ASSISTANT_EMBED_RUNTIME='{runtime}' không hợp lệ; dùng một trong: {', '.join(RUNTIMES)}.",
                f"ASSISTANT_EMBED_RUNTIME='{runtime}' is not valid; use one of: {', '.join(RUNTIMES)}.",
                code="bad_setting",
            )
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

        onnx_path = self._folder / ONNX_MODEL if self._folder is not None else None
        has_onnx = onnx_path is not None and onnx_path.is_file()
        if requested == "onnx":  # checked before the (slow) model load
            if not has_onnx:
                raise _onnx_error(model, f"{ONNX_MODEL} not found in the model folder")
            if not _onnxruntime_importable():
                raise _onnx_error(model, "the onnxruntime package is not installed")

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

        #: The runtime actually used for the transformer forward pass: "onnx" or "torch".
        self.runtime = "torch"
        if requested == "onnx" or (requested == "auto" and has_onnx and _onnxruntime_importable()):
            # One session with every core for passages and queries alike: with spinning off a single
            # short query ran as fast on 2 threads as on 1 (28-29 ms, measured on the busy 2-core
            # machine, see README), so a second, 1-thread session for queries would buy nothing.
            try:
                use_onnx_runtime(self._model, onnx_path, self.passage_threads)  # type: ignore[arg-type]
                self.runtime = "onnx"
            except Exception as exc:  # corrupt or foreign export: "auto" still works on torch
                if requested == "onnx":
                    raise _onnx_error(model, f"{type(exc).__name__}: {exc}") from exc
                log.warning("ONNX Runtime unavailable for %s (%s); using torch", onnx_path, exc)
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())

    @classmethod
    def for_settings(cls, settings: Settings) -> Embedder:
        """The process's shared model for these settings' model, prefixes, batch size and runtime."""
        return cls.shared(
            settings.embed_model,
            settings.query_prefix,
            settings.passage_prefix,
            settings.embed_batch_size,
            runtime=settings.embed_runtime,
        )

    @classmethod
    def shared(
        cls,
        model: str,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        batch_size: int = 32,
        runtime: str = "auto",
    ) -> Embedder:
        """One loaded model per process: the indexer, retriever and UI share it (loading takes seconds)."""
        key = (model, query_prefix, passage_prefix, batch_size, runtime)
        with _shared_lock:
            if key not in _shared:
                _shared[key] = cls(model, query_prefix, passage_prefix, batch_size, runtime=runtime)
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
        if self.runtime == "onnx":
            # ORT has its own thread pool; torch only pools and normalises, so it keeps one thread and
            # no OpenMP workers spin next to ORT's.
            threads = 1
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
