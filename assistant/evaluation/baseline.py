"""The naive baselines our retriever is measured against, built the way a tutorial would build them.

- ``naive_chunks``: LangChain ``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`` over
  each document's raw text (markdown and all; PDFs and Word files go through our loaders only to get
  their text, since a tutorial would use some text extractor too).
- ``DenseBaseline``: the same e5 model as the product (with its ``query:``/``passage:`` prefixes) and a
  FAISS ``IndexFlatIP`` over those chunks.
- ``BM25Baseline``: ``bm25s`` over the same chunks, tokens = lower-cased text split on whitespace.

Both return ``Retrieved`` items, so ``retrieval.evaluate`` scores them with the same relevance rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.evaluation.retrieval import Retrieved

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
_TEXT_SUFFIXES = {".txt", ".md", ".markdown"}


@dataclass
class NaiveChunk:
    """A baseline chunk: the file it came from, its text, and an optional external key."""

    file: str
    text: str
    key: str = ""
    pages: tuple[int, ...] = ()


def raw_text(path: Path) -> str:
    """A file's text as a naive pipeline sees it: plain files read as-is, others through our loaders."""
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return path.read_text(encoding="utf-8", errors="replace")
    from assistant.loaders import load_file  # only for non-text formats (PDF, DOCX, ...)

    loaded = load_file(path)
    return "\n\n".join(b.text for b in loaded.blocks)


def split_text(text: str, chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP) -> list[str]:
    """LangChain's recursive character splitter with its default separators."""
    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError as exc:  # pragma: no cover - dependency message
        raise RuntimeError("pip install langchain-text-splitters (needed for the naive baseline)") from exc
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    return splitter.split_text(text)


def naive_chunks(documents_dir: Path, suffixes: Sequence[str] | None = None) -> list[NaiveChunk]:
    """1000/200 recursive chunks of every file under ``documents_dir`` (sorted, hidden files skipped)."""
    paths = [
        p
        for p in sorted(Path(documents_dir).rglob("*"))
        if p.is_file() and not p.name.startswith(".") and (not suffixes or p.suffix.lower() in suffixes)
    ]
    return naive_chunks_from(paths)


def naive_chunks_from(paths: Sequence[Path], skip_unreadable: bool = True) -> list[NaiveChunk]:
    """1000/200 recursive chunks of the given files, in order. A file no loader can read is skipped when
    ``skip_unreadable`` (a tutorial pipeline would skip it too), else its error is raised."""
    out: list[NaiveChunk] = []
    for path in paths:
        try:
            text = raw_text(Path(path))
        except Exception:  # noqa: BLE001 - any loader error; the product reports these files itself
            if not skip_unreadable:
                raise
            continue
        for piece in split_text(text):
            out.append(NaiveChunk(file=Path(path).name, text=piece))
    return out


def cached_passage_vectors(chunks: Sequence[NaiveChunk], embedder, cache_dir: Path | None) -> np.ndarray:
    """``embedder.embed_passages`` of the chunk texts, stored under ``cache_dir`` by a hash of the model
    name and every text, so a second run over the same corpus does not embed it again."""
    import hashlib

    texts = [c.text for c in chunks]
    if cache_dir is None:
        return embedder.embed_passages(texts)
    h = hashlib.sha256(
        f"{getattr(embedder, 'model_name', '')}|{getattr(embedder, 'fingerprint', '')}".encode()
    )
    for t in texts:
        h.update(b"\0" + t.encode("utf-8"))
    path = Path(cache_dir) / f"naive-{h.hexdigest()[:24]}.npy"
    if path.exists():
        vectors = np.load(path)
        if len(vectors) == len(texts):
            return vectors
    vectors = np.asarray(embedder.embed_passages(texts), dtype=np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, vectors)
    tmp.replace(path)
    return vectors


def _to_retrieved(chunk: NaiveChunk, score: float) -> Retrieved:
    return Retrieved(
        file=chunk.file, text=chunk.text, score=float(score), pages=list(chunk.pages), key=chunk.key
    )


class DenseBaseline:
    """e5 passages in a FAISS exact inner-product index; ``search(question, k)``."""

    name = "naive dense"

    def __init__(self, chunks: Sequence[NaiveChunk], embedder, vectors: np.ndarray | None = None) -> None:
        import faiss

        self.chunks = list(chunks)
        self.embedder = embedder
        if vectors is None:
            vectors = embedder.embed_passages([c.text for c in self.chunks])
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.index = faiss.IndexFlatIP(self.vectors.shape[1] if len(self.vectors) else embedder.dim)
        if len(self.vectors):
            self.index.add(self.vectors)

    def search(self, question: str, k: int = 10) -> list[Retrieved]:
        """Top ``k`` chunks by cosine similarity to the prefixed query."""
        if not self.chunks:
            return []
        q = self.embedder.embed_queries([question])
        scores, ids = self.index.search(q, min(k, len(self.chunks)))
        return [_to_retrieved(self.chunks[i], s) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


def whitespace_tokens(text: str) -> list[str]:
    """The baseline's tokenizer: lower case, split on whitespace, nothing else."""
    return text.lower().split()


class BM25Baseline:
    """``bm25s`` over whitespace tokens of lower-cased chunk text; ``search(question, k)``."""

    name = "BM25"

    def __init__(self, chunks: Sequence[NaiveChunk]) -> None:
        try:
            import bm25s
        except ImportError as exc:  # pragma: no cover - dependency message
            raise RuntimeError("pip install bm25s (needed for the BM25 baseline)") from exc
        self.chunks = list(chunks)
        self.retriever = bm25s.BM25()
        if self.chunks:
            self.retriever.index(
                [whitespace_tokens(c.text) or ["∅"] for c in self.chunks], show_progress=False
            )

    def search(self, question: str, k: int = 10) -> list[Retrieved]:
        """Top ``k`` chunks by BM25 score (chunks scoring 0 are dropped)."""
        tokens = whitespace_tokens(question)
        if not self.chunks or not tokens:
            return []
        ids, scores = self.retriever.retrieve([tokens], k=min(k, len(self.chunks)), show_progress=False)
        return [
            _to_retrieved(self.chunks[int(i)], s) for i, s in zip(ids[0], scores[0], strict=True) if s > 0
        ]
