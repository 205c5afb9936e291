"""What one index generation's SQLite file holds, and how its rows become objects again.

The schema (documents, chunks with their vectors, the FTS5 lexical table), the connection, whole
``Document`` objects (text, sections, paragraphs) stored as JSON so nothing downstream re-parses files,
chunk rows back into ``Chunk``, and the per-file states the indexer compares to decide what to re-process.
``store.IndexStore`` reads a generation, ``writer.StoreWriter`` writes one (see ``manifest.py`` for the
atomic layout).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.lexical import FTS_TOKENIZE
from assistant.models import Chunk, CopyNote, Document, DocumentMeta, Paragraph, Reference, Section, Signer

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
CHUNK_COLS = (
    'vid, chunk_id, doc_id, file, section_id, section_path, heading, start, "end", text, norm_text, '
    "embed_text, pages, org, ordinal"
)


# ----------------------------------------------------------------------------------- (de)serialisation


def json_default(o: Any) -> Any:
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def _pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def document_to_json(doc: Document) -> str:
    return json.dumps(asdict(doc), ensure_ascii=False, default=json_default)


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


def row_to_chunk(row: Sequence[Any]) -> Chunk:
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


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    return conn


def stored_vectors(db: Path, texts: set[str], dim: int) -> dict[str, np.ndarray]:
    """{embedded text: its stored vector} for the chunks of generation ``db`` whose embedded text is in
    ``texts`` ({} when the database is missing or predates the column)."""
    if not Path(db).exists():
        return {}
    conn = connect(db, readonly=True)
    try:
        rows = conn.execute("SELECT embed_text, vector FROM chunks").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()
    out: dict[str, np.ndarray] = {}
    for text, blob in rows:
        if text in texts and blob is not None and len(blob) == dim * 4:
            out[text] = np.frombuffer(blob, dtype=np.float32)
    return out


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


def read_documents(db: Path) -> list[Document]:
    """Every stored Document of one generation's database (for collection-wide steps at index time)."""
    conn = connect(db, readonly=True)
    try:
        return [document_from_json(r[0]) for r in conn.execute("SELECT doc_json FROM documents")]
    finally:
        conn.close()
