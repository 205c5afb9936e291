"""The index on disk: per generation, one SQLite database (documents, chunks, vectors, FTS5) and one
FAISS file.

``IndexStore`` is the read side used by retrieval, citations, outlines and obligations: it keeps the FAISS
index and a light per-chunk table in memory and reads chunk texts from SQLite on demand. ``StoreWriter`` is
the write side the indexer uses on a fresh generation (see ``manifest.py`` for the atomic layout). Whole
``Document`` objects (text, sections, paragraphs) are stored as JSON so nothing downstream re-parses files.

The database schema and the (de)serialisation of its rows are in ``records.py``, the write side in
``writer.py``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from assistant import text as vt
from assistant.errors import IndexError_
from assistant.index import vectors as vec
from assistant.index.lexical import LexicalQuery, lexical_limit
from assistant.index.manifest import STORE_FILE, VECTORS_FILE, Manifest
from assistant.index.records import CHUNK_COLS, FileState, connect, document_from_json, row_to_chunk
from assistant.models import Chunk, Document
from assistant.parse.closing import is_closing_section


@dataclass(frozen=True)
class DocInfo:
    """Document facts retrieval filters and boosts on, held in memory (frozen: shared by every question)."""

    doc_id: str
    file: str
    number: str | None
    number_aliases: Sequence[str]
    doc_type: str | None
    issuer: str | None
    date: str | None
    title: str | None
    references: Sequence[str] = ()  # canonical numbers of the documents it cites


@dataclass(frozen=True)
class ChunkInfo:
    """The per-chunk facts retrieval needs for every candidate, held in memory (frozen)."""

    vid: int
    chunk_id: str
    doc_id: str
    org: str | None
    heading: str
    heading_folded: str = ""
    closing: bool = False  # an issue-line/signature or copy-note section (see parse.closing)
    ordinal: int = 0  # position in its document (0 = first)


class IndexStore:
    """An opened index generation. Thread-safe for reads (one connection behind a lock)."""

    def __init__(
        self, index_dir: Path, manifest: Manifest, conn: sqlite3.Connection, faiss_index: Any
    ) -> None:
        self.index_dir = Path(index_dir)
        self.manifest = manifest
        self._conn = conn
        self._faiss = faiss_index
        self._lock = threading.Lock()
        self.doc_info: dict[str, DocInfo] = {}
        for doc_id, file, number, meta_json, doc_type, issuer, date, title in conn.execute(
            "SELECT doc_id, file, number, meta_json, doc_type, issuer, date, title FROM documents"
        ):
            meta = json.loads(meta_json or "{}") or {}
            aliases = meta.get("number_aliases") or []
            cited = [r["number"] for r in meta.get("references") or [] if r.get("number")]
            self.doc_info[doc_id] = DocInfo(
                doc_id, file, number, tuple(aliases), doc_type, issuer, date, title, tuple(cited)
            )
        self.chunk_info: dict[int, ChunkInfo] = {}
        self._vid_by_chunk: dict[str, int] = {}
        self._openings: Mapping[int, str] | None = None
        self._folded: Mapping[int, str] | None = None
        for vid, chunk_id, doc_id, org, heading, path, ordinal in conn.execute(
            "SELECT vid, chunk_id, doc_id, org, heading, section_path, ordinal FROM chunks"
        ):
            self.chunk_info[vid] = ChunkInfo(
                vid,
                chunk_id,
                doc_id,
                org,
                heading or "",
                vt.fold(heading or ""),
                is_closing_section(json.loads(path or "[]")),
                int(ordinal or 0),
            )
            self._vid_by_chunk[chunk_id] = vid

    @classmethod
    def open(cls, index_dir: Path | str) -> IndexStore:
        """Open the live generation named by ``manifest.json`` (retrying if a save swapped it meanwhile)."""
        index_dir = Path(index_dir)
        last_exc: Exception | None = None
        for _ in range(3):
            manifest = Manifest.read(index_dir)
            gen = manifest.generation_dir(index_dir)
            try:
                if not (gen / STORE_FILE).exists() or not (gen / VECTORS_FILE).exists():
                    raise FileNotFoundError(gen)
                conn = connect(gen / STORE_FILE, readonly=True)
                return cls(index_dir, manifest, conn, vec.read(gen / VECTORS_FILE))
            except (FileNotFoundError, sqlite3.DatabaseError, RuntimeError) as exc:
                last_exc = exc
        raise IndexError_(
            f"Không mở được chỉ mục {index_dir} ({last_exc}). Hãy lập lại chỉ mục.",
            f"Cannot open the index at {index_dir} ({last_exc}). Re-index the documents.",
            code="index_damaged",
        )

    @property
    def generation(self) -> str:
        return self.manifest.generation

    def is_stale(self) -> bool:
        """True when a newer generation has been committed since this store was opened."""
        try:
            return Manifest.read(self.index_dir).generation != self.generation
        except IndexError_:
            return False

    def close(self) -> None:
        self._conn.close()

    # documents ---------------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        with self._lock:
            rows = self._conn.execute("SELECT doc_json FROM documents ORDER BY file").fetchall()
        return [document_from_json(r[0]) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        with self._lock:
            row = self._conn.execute("SELECT doc_json FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return document_from_json(row[0]) if row else None

    def file_states(self) -> dict[str, FileState]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT file, doc_id, content_hash, mtime, size, source FROM documents"
            ).fetchall()
        return {r[0]: FileState(*r) for r in rows}

    # chunks ------------------------------------------------------------------------------------------

    def chunks(self, ids: Sequence[str]) -> list[Chunk]:
        """Chunks by ``chunk_id``, in the order asked (unknown ids are skipped)."""
        by_vid = self.chunks_by_vid([self._vid_by_chunk[i] for i in ids if i in self._vid_by_chunk])
        return [by_vid[self._vid_by_chunk[i]] for i in ids if i in self._vid_by_chunk]

    def chunks_by_vid(self, vids: Iterable[int]) -> dict[int, Chunk]:
        vids = list(vids)
        if not vids:
            return {}
        marks = ",".join("?" * len(vids))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {CHUNK_COLS} FROM chunks WHERE vid IN ({marks})", vids
            ).fetchall()
        return {r[0]: row_to_chunk(r) for r in rows}

    def all_chunks(self) -> list[Chunk]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {CHUNK_COLS} FROM chunks ORDER BY file, ordinal").fetchall()
        return [row_to_chunk(r) for r in rows]

    def lexical_folded(self) -> dict[int, str]:
        """Every chunk's folded FTS column: the very tokens lexical search matches it by (not cached)."""
        with self._lock:
            rows = self._conn.execute("SELECT rowid, folded FROM chunks_fts").fetchall()
        return {vid: folded or "" for vid, folded in rows}

    def folded_texts(self) -> Mapping[int, str]:
        """Every chunk's text, folded, loaded once (for pattern flags such as "states a deadline");
        read-only."""
        if self._folded is None:
            with self._lock:
                rows = self._conn.execute("SELECT vid, text FROM chunks").fetchall()
            self._folded = MappingProxyType({vid: vt.fold(t or "") for vid, t in rows})
        return self._folded

    def chunk_spans(self) -> dict[int, tuple[str, int, int]]:
        """Every chunk's (doc_id, start, end) in its document's text."""
        with self._lock:
            rows = self._conn.execute('SELECT vid, doc_id, start, "end" FROM chunks').fetchall()
        return {vid: (doc_id, start, end) for vid, doc_id, start, end in rows}

    def chunk_texts(self) -> dict[int, str]:
        """Every chunk's original text, read once per call (for pattern scans cached by the caller)."""
        with self._lock:
            rows = self._conn.execute("SELECT vid, text FROM chunks").fetchall()
        return {vid: t or "" for vid, t in rows}

    def openings(self, chars: int = 80) -> Mapping[int, str]:
        """Folded first words of every chunk (lead-ins like "Hội phụ nữ các cấp:"), loaded once; read-only."""
        if self._openings is None:
            with self._lock:
                rows = self._conn.execute("SELECT vid, substr(text, 1, ?) FROM chunks", (chars,)).fetchall()
            self._openings = MappingProxyType({vid: vt.fold(t or "") for vid, t in rows})
        return self._openings

    def vid(self, chunk_id: str) -> int | None:
        return self._vid_by_chunk.get(chunk_id)

    # search ------------------------------------------------------------------------------------------

    def dense_search_vids(
        self, query: np.ndarray, k: int, allowed: set[int] | None = None
    ) -> list[tuple[int, float]]:
        return vec.search(self._faiss, query, k, allowed)

    def dense_search(self, query: np.ndarray, k: int) -> list[tuple[str, float]]:
        """(chunk_id, cosine) for the k nearest chunks."""
        return [
            (self.chunk_info[v].chunk_id, s)
            for v, s in self.dense_search_vids(query, k)
            if v in self.chunk_info
        ]

    def lexical_search_vids(
        self, query: LexicalQuery, k: int, allowed: set[int] | None = None
    ) -> list[tuple[int, float]]:
        """BM25 over the FTS5 columns; returns (vid, score) with higher = better."""
        expr = query.match_expression()
        if not expr:
            return []
        limit = lexical_limit(k, allowed)
        with self._lock:
            rows = self._conn.execute(
                "SELECT rowid, bm25(chunks_fts, ?, ?, ?) AS s FROM chunks_fts"
                " WHERE chunks_fts MATCH ? ORDER BY s LIMIT ?",
                (*query.weights, expr, limit),
            ).fetchall()
        out = [(int(r), -float(s)) for r, s in rows if allowed is None or r in allowed]
        return out[:k]

    # the FTS index's own statistics, for ``index.bm25`` (same numbers SQLite's bm25() reads)

    def fts_sizes(self) -> tuple[bytes, list[tuple[int, bytes]]]:
        """The FTS5 averages record (row count, tokens per column) and each row's token counts per column,
        both as FTS5 varint blobs."""
        with self._lock:
            averages = self._conn.execute("SELECT block FROM chunks_fts_data WHERE id = 1").fetchone()
            rows = self._conn.execute("SELECT id, sz FROM chunks_fts_docsize").fetchall()
        return (averages[0] if averages else b""), rows

    def fts_postings(self, column: str, token: str) -> list[tuple[int, int]]:
        """(rowid, occurrences) of one indexed token in one FTS column, read through ``fts5vocab``."""
        with self._lock:
            self._conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_fts_instance"
                " USING fts5vocab(main, 'chunks_fts', 'instance')"
            )
            return self._conn.execute(
                "SELECT doc, count(*) FROM temp.chunks_fts_instance WHERE term = ? AND col = ? GROUP BY doc",
                (token, column),
            ).fetchall()

    def fts_count(self, expression: str) -> int:
        """How many rows an FTS5 MATCH expression finds."""
        with self._lock:
            return self._conn.execute(
                "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?", (expression,)
            ).fetchone()[0]

    def lexical_search(self, query_terms: LexicalQuery | Sequence[str], k: int) -> list[tuple[str, float]]:
        """(chunk_id, bm25 score) for a ``LexicalQuery`` or plain texts/terms."""
        q = query_terms if isinstance(query_terms, LexicalQuery) else LexicalQuery.from_texts(query_terms)
        return [
            (self.chunk_info[v].chunk_id, s)
            for v, s in self.lexical_search_vids(q, k)
            if v in self.chunk_info
        ]
