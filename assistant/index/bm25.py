"""Lexical ranking without SQLite's per-row bm25() calls: the same BM25 scores, computed over cached postings.

``SELECT ..., bm25(chunks_fts, ...) ... WHERE chunks_fts MATCH ? ORDER BY ... LIMIT ?`` cost ~18 ms a library
question (3,881 chunks): a question's 50-100 OR-ed terms match nearly every row, and FTS5 calls bm25() on
each one, decoding every phrase's positions and reading the row's size (~13 ms of the 18; iterating the
matches alone is ~5 ms). Here each (column, token) is read once per index generation through ``fts5vocab``
as (row, occurrences) arrays, and a question's scores are a few vector operations (~1 ms).

The arithmetic is FTS5's own (``fts5Bm25Function`` in sqlite/ext/fts5/fts5_aux.c), in its order, so the
scores are the same doubles, not approximations: per phrase ``idf = log((N - n + 0.5) / (n + 0.5))``
(1e-6 when not positive), the phrase's column weight added once per occurrence, and
``score += idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))`` over the phrases in query order, with
``D`` the row's tokens in all columns and ``avgdl`` from the FTS averages record. Ties keep SQLite's order
(lower rowid first). A token the vocabulary does not hold although FTS5 matches it (the tokenizer reads
the query differently) sends that query to SQLite.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from typing import TYPE_CHECKING

import numpy as np

from assistant.index.lexical import FTS_COLUMNS, LexicalQuery, lexical_limit

if TYPE_CHECKING:
    from assistant.index.store import IndexStore

K1 = 1.2  # FTS5's bm25 constants (fts5_aux.c); changing them would no longer match SQLite
B = 0.75

_Postings = tuple[np.ndarray, np.ndarray]  # rowids (ascending), occurrences in the column
_EMPTY: _Postings = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def _varints(blob: bytes) -> list[int]:
    """The integers of an FTS5 varint blob (7 bits a byte, high bit = more follows)."""
    out: list[int] = []
    value = 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(value)
            value = 0
    return out


def _repeated(weight: float, most: int) -> np.ndarray:
    """``weight`` summed n times for n = 0..most, as FTS5 sums a phrase's column weight once per occurrence
    (``n * weight`` can differ in the last bit)."""
    return np.concatenate(([0.0], np.cumsum(np.full(most, weight))))


class Bm25:
    """``Bm25(store).search(query, k, allowed)``: ``IndexStore.lexical_search_vids``'s results, faster.

    Built once per generation (``Corpus.bm25``); postings are read on first use and kept (bounded by the
    index's vocabulary); safe to share between threads."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._postings: dict[tuple[str, str], _Postings | None] = {}
        averages, sizes = store.fts_sizes()
        totals = _varints(averages)
        self.rows = totals[0] if totals else 0
        tokens = np.zeros(max((r for r, _ in sizes), default=-1) + 1)
        for rowid, blob in sizes:
            tokens[rowid] = float(sum(_varints(blob)))
        avgdl = float(sum(totals[1:])) / float(self.rows) if self.rows else 1.0
        self._norm = K1 * (1 - B + B * tokens / avgdl)  # the row's length normalisation, per row
        self._norm.flags.writeable = False

    def _read(self, column: str, token: str) -> _Postings | None:
        """A token's postings in one column; None when the vocabulary cannot stand for FTS5's matching."""
        key = (column, token)
        with self._lock:
            if key in self._postings:
                return self._postings[key]
        try:
            rows = self.store.fts_postings(column, token)
            found: _Postings | None = _EMPTY
            if rows:
                found = (np.array([r for r, _ in rows], dtype=np.int64), np.array([n for _, n in rows]))
                for array in found:  # kept for every later question: read-only
                    array.flags.writeable = False
            elif self.store.fts_count(LexicalQuery(**{column: [token]}).match_expression()):
                found = None
        except sqlite3.OperationalError:  # no fts5vocab in this SQLite build
            found = None
        with self._lock:
            self._postings[key] = found
        return found

    def search(self, query: LexicalQuery, k: int, allowed: set[int] | None = None) -> list[tuple[int, float]]:
        """(vid, bm25 score) best first, as ``IndexStore.lexical_search_vids`` returns them."""
        phrases = query.phrases()
        if not phrases:
            return []
        read = [self._read(column, token) for column, token in phrases]
        found = [f for f in read if f is not None]
        if len(found) < len(read):
            return self.store.lexical_search_vids(query, k, allowed)
        most = dict.fromkeys(FTS_COLUMNS, 0)
        for (column, _), (_, counts) in zip(phrases, found, strict=True):
            most[column] = max(most[column], int(counts.max(initial=0)))
        sums = {
            c: _repeated(float(w), most[c]) for c, w in zip(FTS_COLUMNS, query.weights, strict=True)
        }
        score = np.zeros(len(self._norm))
        matched = np.zeros(len(self._norm), dtype=bool)
        for (column, _), (rows, counts) in zip(phrases, found, strict=True):
            n = len(rows)
            if not n:
                continue  # adds 0.0 to every row in SQLite
            idf = math.log((self.rows - n + 0.5) / (n + 0.5))
            if idf <= 0.0:
                idf = 1e-6
            freq = sums[column][counts]
            score[rows] += idf * ((freq * (K1 + 1.0)) / (freq + self._norm[rows]))
            matched[rows] = True
        vids = np.flatnonzero(matched)
        scores = score[vids]
        order = np.lexsort((vids, -scores))[: lexical_limit(k, allowed)]
        out = [(int(vids[i]), float(scores[i])) for i in order]
        if allowed is not None:
            out = [(v, s) for v, s in out if v in allowed]
        return out[:k]
