"""The index on disk: per generation, one SQLite database (documents, chunks, vectors, FTS5) and one
FAISS file.

``IndexStore`` is the read side used by retrieval, citations, outlines and obligations: it keeps the FAISS
index and a light per-chunk table in memory and reads chunk texts from SQLite on demand. ``StoreWriter`` is
the write side the indexer uses on a fresh generation (see ``manifest.py`` for the atomic layout). Whole
``Document`` objects (text, sections, paragraphs) are stored as JSON so nothing downstream re-parses files.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from assistant import text as vt
from assistant.errors import IndexError_
from assistant.index import vectors as vec
from assistant.index.lexical import FTS_TOKENIZE, LexicalQuery, index_fields, lexical_limit
from assistant.index.manifest import STORE_FILE, VECTORS_FILE, Manifest
from assistant.models import Chunk, CopyNote, Document, DocumentMeta, Paragraph, Reference, Section, Signer
from assistant.parse.closing import is_closing_section
from assistant.parse.tables import ROW_STYLE, reading_text

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, file TEXT NOT NULL UNIQUE, source TEXT, content_hash TEXT, mtime REAL,
    size INTEGER, format TEXT, number TEXT, doc_type TEXT, issuer TEXT, date TEXT, title TEXT,
    meta_json TEXT, doc_json TEXT, indexed_at TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    vid INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, file TEXT,
    section_id TEXT, section_path TEXT, heading TEXT, start INTEGER, "end" INTEGER, text TEXT,
    norm_text TEXT, embed_text TEXT, pages TEXT, org TEXT, ordinal INTEGER, vector BLOB
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(vi, folded, nums, tokenize="{FTS_TOKENIZE}");
"""
_CHUNK_COLS = (
    'vid, chunk_id, doc_id, file, section_id, section_path, heading, start, "end", text, norm_text, '
    "embed_text, pages, org, ordinal"
)


# ----------------------------------------------------------------------------------- (de)serialisation


def _json_default(o: Any) -> Any:
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def _pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def document_to_json(doc: Document) -> str:
    return json.dumps(asdict(doc), ensure_ascii=False, default=_json_default)


def document_from_json(raw: str) -> Document:
    """Rebuild a ``Document`` with its nested dataclasses (unknown keys from newer versions are ignored)."""
    d = json.loads(raw)
    m = d.get("meta") or {}
    meta = DocumentMeta(
        **{
            **_pick(DocumentMeta, m),
            "copies": [CopyNote(**_pick(CopyNote, c)) for c in m.get("copies", [])],
            "cosigners": [Signer(**_pick(Signer, c)) for c in m.get("cosigners", [])],
            "references": [Reference(**_pick(Reference, r)) for r in m.get("references", [])],
        }
    )
    sections = [Section(**_pick(Section, s)) for s in d.get("sections", [])]
    paragraphs = [
        Paragraph(**{**_pick(Paragraph, p), "style": frozenset(p.get("style") or ())})
        for p in d.get("paragraphs", [])
    ]
    return Document(**{**_pick(Document, d), "meta": meta, "sections": sections, "paragraphs": paragraphs})


def _row_to_chunk(row: Sequence[Any]) -> Chunk:
    (
        _,
        chunk_id,
        doc_id,
        file,
        section_id,
        section_path,
        heading,
        start,
        end,
        text,
        norm,
        emb,
        pages,
        org,
        ordinal,
    ) = row
    return Chunk(
        chunk_id=chunk_id,
        doc_id=doc_id,
        file=file,
        section_id=section_id,
        section_path=json.loads(section_path),
        heading=heading,
        start=start,
        end=end,
        text=text,
        norm_text=norm,
        embed_text=emb,
        pages=json.loads(pages),
        org=org,
        ordinal=ordinal,
    )


@dataclass
class FileState:
    """What the indexer remembers about a source file to decide whether to re-process it."""

    file: str
    doc_id: str
    content_hash: str
    mtime: float
    size: int
    source: str


@dataclass
class DocInfo:
    """Document facts retrieval filters and boosts on, held in memory."""

    doc_id: str
    file: str
    number: str | None
    number_aliases: list[str]
    doc_type: str | None
    issuer: str | None
    date: str | None
    title: str | None
    references: list[str] = field(default_factory=list)  # canonical numbers of the documents it cites


@dataclass
class ChunkInfo:
    """The per-chunk facts retrieval needs for every candidate, held in memory."""

    vid: int
    chunk_id: str
    doc_id: str
    org: str | None
    heading: str
    heading_folded: str = ""
    closing: bool = False  # an issue-line/signature or copy-note section (see parse.closing)
    ordinal: int = 0  # position in its document (0 = first)


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    return conn


def read_file_states(db: Path) -> dict[str, FileState]:
    """What a generation remembers about each source file (opened read-only, without loading FAISS)."""
    conn = connect(db, readonly=True)
    try:
        rows = conn.execute(
            "SELECT file, doc_id, content_hash, mtime, size, source FROM documents"
        ).fetchall()
    finally:
        conn.close()
    return {r[0]: FileState(*r) for r in rows}


# ----------------------------------------------------------------------------------- read side


def _chunk_fields(doc: Document, section_path: Sequence[str], body: str, start: int, end: int):
    """FTS columns of one chunk: its own words plus its document's identity (type, number and its other
    spellings, subject, issuer), so questions that name the document match every chunk of it. A table
    row's values are indexed with their column names ("Đơn vị chủ trì: ..."), which its text, the
    document's cells, does not repeat."""
    if any(ROW_STYLE in p.style and start <= p.start < end for p in doc.paragraphs):
        body = reading_text(doc, start, end)
    m = doc.meta
    label = " ".join(x for x in (m.doc_type, m.title, m.issuer) if x)
    numbers = [n for n in (m.number, *m.number_aliases) if n]
    return index_fields(section_path, body, extra_numbers=numbers, doc_label=label)


def read_documents(db: Path) -> list[Document]:
    """Every stored Document of one generation's database (for collection-wide steps at index time)."""
    conn = connect(db, readonly=True)
    try:
        return [document_from_json(r[0]) for r in conn.execute("SELECT doc_json FROM documents")]
    finally:
        conn.close()


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
                doc_id, file, number, aliases, doc_type, issuer, date, title, cited
            )
        self.chunk_info: dict[int, ChunkInfo] = {}
        self._vid_by_chunk: dict[str, int] = {}
        self._openings: dict[int, str] | None = None
        self._folded: dict[int, str] | None = None
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
                f"SELECT {_CHUNK_COLS} FROM chunks WHERE vid IN ({marks})", vids
            ).fetchall()
        return {r[0]: _row_to_chunk(r) for r in rows}

    def all_chunks(self) -> list[Chunk]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {_CHUNK_COLS} FROM chunks ORDER BY file, ordinal").fetchall()
        return [_row_to_chunk(r) for r in rows]

    def lexical_folded(self) -> dict[int, str]:
        """Every chunk's folded FTS column: the very tokens lexical search matches it by (not cached)."""
        with self._lock:
            rows = self._conn.execute("SELECT rowid, folded FROM chunks_fts").fetchall()
        return {vid: folded or "" for vid, folded in rows}

    def folded_texts(self) -> dict[int, str]:
        """Every chunk's text, folded, loaded once (for pattern flags such as "states a deadline")."""
        if self._folded is None:
            with self._lock:
                rows = self._conn.execute("SELECT vid, text FROM chunks").fetchall()
            self._folded = {vid: vt.fold(t or "") for vid, t in rows}
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

    def openings(self, chars: int = 80) -> dict[int, str]:
        """Folded first words of every chunk (lead-ins like "Hội phụ nữ các cấp:"), loaded once."""
        if self._openings is None:
            with self._lock:
                rows = self._conn.execute("SELECT vid, substr(text, 1, ?) FROM chunks", (chars,)).fetchall()
            self._openings = {vid: vt.fold(t or "") for vid, t in rows}
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


# ----------------------------------------------------------------------------------- write side


class StoreWriter:
    """Edits one generation's SQLite file inside a single transaction (committed by ``commit``)."""

    def __init__(self, path: Path, copy_from: Path | None = None) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        if copy_from is not None:
            src = connect(copy_from, readonly=True)
            try:
                src.backup(self.conn)  # consistent copy, even of a database being read
            finally:
                src.close()
        self.conn.executescript(SCHEMA)
        self.conn.execute("BEGIN")

    def file_states(self) -> dict[str, FileState]:
        rows = self.conn.execute(
            "SELECT file, doc_id, content_hash, mtime, size, source FROM documents"
        ).fetchall()
        return {r[0]: FileState(*r) for r in rows}

    def delete_file(self, file: str) -> int:
        """Remove a file's document, chunks and FTS rows; returns the number of chunks removed."""
        row = self.conn.execute("SELECT doc_id FROM documents WHERE file = ?", (file,)).fetchone()
        if not row:
            return 0
        vids = [r[0] for r in self.conn.execute("SELECT vid FROM chunks WHERE doc_id = ?", (row[0],))]
        self.conn.executemany("DELETE FROM chunks_fts WHERE rowid = ?", [(v,) for v in vids])
        self.conn.execute("DELETE FROM chunks WHERE doc_id = ?", (row[0],))
        self.conn.execute("DELETE FROM documents WHERE doc_id = ?", (row[0],))
        return len(vids)

    def add_document(
        self, doc: Document, chunks: Sequence[Chunk], vectors: np.ndarray, state: FileState, at: str
    ) -> None:
        """Insert a parsed document with its chunks, their vectors and their lexical rows."""
        m = doc.meta
        self.conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.doc_id,
                state.file,
                state.source,
                state.content_hash,
                state.mtime,
                state.size,
                doc.format,
                m.number,
                m.doc_type,
                m.issuer,
                m.date,
                m.title,
                json.dumps(asdict(m), ensure_ascii=False, default=_json_default),
                document_to_json(doc),
                at,
            ),
        )
        for c, v in zip(chunks, vectors, strict=True):
            cur = self.conn.execute(
                f"INSERT INTO chunks ({_CHUNK_COLS}, vector) VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    c.chunk_id,
                    c.doc_id,
                    state.file,
                    c.section_id,
                    json.dumps(c.section_path, ensure_ascii=False),
                    c.heading,
                    c.start,
                    c.end,
                    c.text,
                    c.norm_text,
                    c.embed_text,
                    json.dumps(c.pages),
                    c.org,
                    c.ordinal,
                    np.asarray(v, dtype=np.float32).tobytes(),
                ),
            )
            f = _chunk_fields(doc, c.section_path, c.text, c.start, c.end)
            self.conn.execute(
                "INSERT INTO chunks_fts(rowid, vi, folded, nums) VALUES (?,?,?,?)",
                (cur.lastrowid, f.vi, f.folded, f.nums),
            )

    def update_metadata(self, doc: Document) -> None:
        """Rewrite a stored document's metadata (identities inferred from other documents change it)."""
        m = doc.meta
        self.conn.execute(
            "UPDATE documents SET number = ?, date = ?, meta_json = ?, doc_json = ? WHERE doc_id = ?",
            (
                m.number,
                m.date,
                json.dumps(asdict(m), ensure_ascii=False, default=_json_default),
                document_to_json(doc),
                doc.doc_id,
            ),
        )
        # The lexical rows carry the document's identity too: refresh them.
        rows = self.conn.execute(
            'SELECT vid, section_path, text, start, "end" FROM chunks WHERE doc_id = ?', (doc.doc_id,)
        ).fetchall()
        for vid, section_path, body, start, end in rows:
            f = _chunk_fields(doc, json.loads(section_path), body, start, end)
            self.conn.execute(
                "UPDATE chunks_fts SET vi = ?, folded = ?, nums = ? WHERE rowid = ?",
                (f.vi, f.folded, f.nums, vid),
            )

    def vectors(self, dim: int) -> tuple[np.ndarray, np.ndarray]:
        """All (vids, vectors) for rebuilding the FAISS index without re-embedding."""
        rows = self.conn.execute("SELECT vid, vector FROM chunks ORDER BY vid").fetchall()
        vids = np.array([r[0] for r in rows], dtype=np.int64)
        mat = (
            np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dim)
            if rows
            else np.zeros((0, dim), np.float32)
        )
        return vids, mat

    def counts(self) -> dict[str, int]:
        docs = self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        chunks = self.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        return {"documents": int(docs), "chunks": int(chunks)}

    def commit(self) -> None:
        self.conn.commit()
        self.conn.close()

    def abort(self) -> None:
        try:
            self.conn.rollback()
        finally:
            self.conn.close()
