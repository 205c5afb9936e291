"""Alternative files of one document in the index: which files were merged, and how to keep them merged.

``assistant.parse.duplicates`` tells whether two parsed documents are one; this module turns its groups
into index changes. The primary file is stored as usual (document row, chunks, vectors); each alternative
file gets a row in the ``alternates`` table (its hash, size, mtime and source, and the primary's doc_id),
so an unchanged alternative is not re-read on the next update and a removed one is noticed. The primary
``Document.alternates`` lists them for the app and ``Assistant.documents()``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.index.records import FileState, connect, read_documents
from assistant.index.writer import StoreWriter
from assistant.models import Document
from assistant.parse.duplicates import find_groups, merged_meta

_TABLE = (
    "CREATE TABLE IF NOT EXISTS alternates (file TEXT PRIMARY KEY, doc_id TEXT NOT NULL, content_hash TEXT, "
    "mtime REAL, size INTEGER, source TEXT)"
)


def read_alternates(db: Path | None) -> dict[str, FileState]:
    """The alternative files a generation remembers ({} for an index made before duplicates were merged)."""
    if db is None or not Path(db).exists():
        return {}
    conn = connect(db, readonly=True)
    try:
        rows = conn.execute(
            "SELECT file, doc_id, content_hash, mtime, size, source FROM alternates"
        ).fetchall()
    except sqlite3.OperationalError:  # no such table
        return {}
    finally:
        conn.close()
    return {r[0]: FileState(*r) for r in rows}


@dataclass
class MergePlan:
    """What the update must do so each document is stored once.

    ``merged_fresh``: files processed in this run that are alternatives (not stored, not embedded);
    ``demoted``: stored files that became alternatives of a fresh file (their rows and chunks go);
    ``rows``: alternates rows to write (file -> state with the primary's doc_id);
    ``updated``: stored primaries whose metadata or alternates changed;
    ``notes``: (alternative file, primary file) for the index report.
    """

    merged_fresh: set[str] = field(default_factory=set)
    demoted: list[str] = field(default_factory=list)
    rows: dict[str, FileState] = field(default_factory=dict)
    updated: list[Document] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def plan_merges(
    processed: list[tuple[Any, FileState, Any]],
    stored: list[Document],
    states: dict[str, FileState],
    alternates: dict[str, FileState],
) -> MergePlan:
    """Group fresh documents with each other and with stored ones; mutate the primaries' metadata.

    ``processed`` holds (result, state, status) with ``result.document``; ``states`` are the stored
    files' states; ``alternates`` the alternates rows read from the previous generation.
    """
    plan = MergePlan()
    fresh_state = {st.file: st for _, st, _ in processed}
    fresh = [r.document for r, _, _ in processed]
    for group in find_groups(fresh, stored):
        primary = group.primary
        primary.meta = merged_meta([primary.meta] + [d.meta for d in group.alternates])
        files = list(primary.alternates)
        for alt in group.alternates:
            files.extend([alt.file, *alt.alternates])
            state = fresh_state.get(alt.file) or states.get(alt.file)
            if alt.file in fresh_state:
                plan.merged_fresh.add(alt.file)
            else:
                plan.demoted.append(alt.file)
            if state is not None:
                plan.rows[alt.file] = replace(state, doc_id=primary.doc_id)
            for moved in alt.alternates:  # the demoted document's own alternatives follow it
                if moved in alternates:
                    plan.rows[moved] = replace(alternates[moved], doc_id=primary.doc_id)
            plan.notes.append((alt.file, primary.file))
        primary.alternates = sorted(set(files) - {primary.file})
        if primary.file not in fresh_state:
            plan.updated.append(primary)
    return plan


def orphans_todo(
    removed: list[str],
    states: dict[str, FileState],
    alternates: dict[str, FileState],
    todo: list[tuple[Path, str, FileState]],
) -> list[tuple[Path, str, FileState]]:
    """Alternative files whose primary file is removed or re-read: (source, file, state) to read again,
    so they are grouped anew (one may become the document, or stop being the same document)."""
    queued = {d for _, d, _ in todo}
    gone = {states[f].doc_id for f in [*removed, *queued] if f in states}
    out = []
    for f, st in alternates.items():
        if st.doc_id in gone and f not in removed and f not in queued and Path(st.source).is_file():
            out.append((Path(st.source), f, replace(st, doc_id="")))
    return out


def merge_fresh(
    old_db: Path | None,
    processed: list[tuple[Any, FileState, Any]],
    removed: list[str],
    states: dict[str, FileState],
    alternates: dict[str, FileState],
) -> tuple[MergePlan, list[Document]]:
    """Find fresh files that hold an already known document (or each other's) and plan to keep one.

    Removes the alternative files from ``processed`` in place. Returns the plan and the stored documents
    (read once here, reused for the collection-wide reference step).
    """
    replaced = {st.file for _, st, _ in processed} | set(removed)
    stored_docs = read_documents(old_db) if old_db is not None else []
    live = [d for d in stored_docs if d.file not in replaced]
    plan = plan_merges(processed, live, states, alternates)
    for f in removed:  # a removed alternative leaves its primary's list
        for d in live:
            if drop_alternate(d, f) and d not in plan.updated:
                plan.updated.append(d)
    processed[:] = [p for p in processed if p[1].file not in plan.merged_fresh]
    return plan, stored_docs


def store_merges(writer: StoreWriter, plan: MergePlan, forget: set[str]) -> None:
    """Alternative files lose their own document rows and are remembered in the alternates table."""
    for f in plan.demoted + sorted(plan.merged_fresh):
        writer.delete_file(f)
    apply_plan(writer.conn, plan, forget)


def apply_plan(conn: sqlite3.Connection, plan: MergePlan, forget: set[str]) -> None:
    """Write the plan into a generation being built: alternates rows in, stale ones (``forget``) out."""
    conn.execute(_TABLE)
    for f in forget | set(plan.rows):
        conn.execute("DELETE FROM alternates WHERE file = ?", (f,))
    for st in plan.rows.values():
        conn.execute(
            "INSERT INTO alternates VALUES (?,?,?,?,?,?)",
            (st.file, st.doc_id, st.content_hash, st.mtime, st.size, st.source),
        )


def drop_alternate(doc: Document, file: str) -> bool:
    """Forget ``file`` as an alternative of ``doc``; True when it was one."""
    if file in doc.alternates:
        doc.alternates = [f for f in doc.alternates if f != file]
        return True
    return False
