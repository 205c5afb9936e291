"""The index folder's self-description and its atomic commit point.

Layout of ``indexes/<name>/``::

    manifest.json          <- written last, atomically (os.replace): names the live generation
    g000007/store.sqlite   <- documents, chunks, vectors (float32 blobs) and the FTS5 lexical index
    g000007/vectors.faiss  <- faiss.write_index of the dense index (ids = chunks.vid)

A save writes a complete new generation folder, then swaps ``manifest.json``. A crash at any moment before
the swap leaves the old manifest pointing at the old, untouched generation, so the previous index always
loads; stale generation folders are swept by the next successful save. No pickles anywhere: JSON, SQLite,
and FAISS's own format.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.errors import IndexError_, IndexMismatchError

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
STORE_FILE = "store.sqlite"
VECTORS_FILE = "vectors.faiss"


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Manifest:
    """What an index was built with; compared with the running embedder before any search."""

    embed_model: str
    dim: int
    fingerprint: str
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    chunking: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    vector_backend: str = "flat"  # "flat" (IndexFlatIP), "ivf" (IndexIVFFlat) or "hnsw" (IndexHNSWFlat)
    generation: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    schema_version: int = SCHEMA_VERSION

    @classmethod
    def read(cls, index_dir: Path) -> Manifest:
        """Load ``manifest.json``; a missing or unreadable one is an ``IndexError_`` with advice."""
        path = Path(index_dir) / MANIFEST
        if not path.exists():
            raise IndexError_(
                f"Chưa có chỉ mục tại {index_dir}. Hãy chạy `python -m assistant index` để lập chỉ mục.",
                f"No index at {index_dir}. Run `python -m assistant index` to build it.",
                code="index_missing",
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            manifest = cls(**known)
        except (ValueError, TypeError) as exc:
            raise IndexError_(
                f"Tệp manifest.json của chỉ mục bị hỏng ({exc}). Hãy lập lại chỉ mục.",
                f"The index manifest.json is damaged ({exc}). Re-index the documents.",
                code="index_damaged",
            ) from exc
        if manifest.schema_version != SCHEMA_VERSION:
            raise IndexMismatchError(
                f"Chỉ mục dùng định dạng phiên bản {manifest.schema_version}, phần mềm cần phiên bản "
                f"{SCHEMA_VERSION}. Hãy lập lại chỉ mục (`python -m assistant index --rebuild`).",
                f"The index uses schema version {manifest.schema_version}, this software needs "
                f"{SCHEMA_VERSION}. Re-index (`python -m assistant index --rebuild`).",
            )
        return manifest

    def write(self, index_dir: Path) -> None:
        """Atomically replace ``manifest.json``: this is the commit of a save."""
        write_json_atomic(Path(index_dir) / MANIFEST, asdict(self))

    def generation_dir(self, index_dir: Path) -> Path:
        return Path(index_dir) / self.generation

    def check_compatible(self, model_name: str, dim: int, fingerprint: str) -> None:
        """Raise ``IndexMismatchError`` when vectors in the index cannot be compared with this model's."""
        problems = []
        if self.dim != dim:
            problems.append(f"dimension {self.dim} != {dim}")
        if self.fingerprint != fingerprint:
            problems.append(f"model checksum {self.fingerprint[:20]}… != {fingerprint[:20]}…")
        if self.embed_model != model_name and self.fingerprint != fingerprint:
            problems.append(f"model '{self.embed_model}' != '{model_name}'")
        if problems:
            detail = "; ".join(problems)
            raise IndexMismatchError(
                f"Chỉ mục được lập bằng mô hình nhúng khác ('{self.embed_model}'), không dùng được với "
                f"mô hình "
                f"hiện tại ('{model_name}'): {detail}. Hãy lập lại chỉ mục: "
                "`python -m assistant index --rebuild`.",
                f"The index was built with another embedding model ('{self.embed_model}') and cannot be used "
                f"with '{model_name}': {detail}. Re-index: `python -m assistant index --rebuild`.",
            )


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to a temp file in the same folder, fsync, then ``os.replace`` (atomic on POSIX/NTFS)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def next_generation(index_dir: Path) -> str:
    """A generation name newer than any folder present (live or left over from a crash)."""
    numbers = [int(p.name[1:]) for p in Path(index_dir).glob("g[0-9]*") if p.name[1:].isdigit()]
    return f"g{(max(numbers) + 1) if numbers else 1:06d}"


def sweep_generations(index_dir: Path, keep: set[str]) -> None:
    """Delete generation folders not in ``keep`` (older ones, or half-written ones from a crash).

    Callers keep the generation just replaced too, so a reader that read the old manifest a moment ago
    can still open its files.
    """
    for p in Path(index_dir).glob("g[0-9]*"):
        if p.is_dir() and p.name not in keep:
            shutil.rmtree(p, ignore_errors=True)
    for p in Path(index_dir).glob(f".{MANIFEST}.*.tmp"):
        p.unlink(missing_ok=True)
