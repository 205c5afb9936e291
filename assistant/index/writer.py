"""The write side of the index: ``StoreWriter`` edits one fresh generation's SQLite file for the indexer
(documents, chunks with their vectors, and the FTS5 rows lexical search reads).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from assistant.index.lexical import index_fields
from assistant.index.records import CHUNK_COLS, SCHEMA, FileState, connect, document_to_json, json_default
from assistant.models import Chunk, Document
from assistant.parse.tables import ROW_STYLE, reading_text


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
                json.dumps(asdict(m), ensure_ascii=False, default=json_default),
                document_to_json(doc),
                at,
            ),
        )
        for c, v in zip(chunks, vectors, strict=True):
            cur = self.conn.execute(
                f"INSERT INTO chunks ({CHUNK_COLS}, vector) VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                json.dumps(asdict(m), ensure_ascii=False, default=json_default),
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
