"""Kept conversations: per user, in one SQLite database beside the index folder (never inside an index
generation, so re-indexing keeps them).

A conversation has a title, the filters it was asked under and its turns (question + the answer as
shown: text, citations with their quotes, see-also, notes). The user is the login name, or a random id
the browser keeps when the app runs without login. Schema changes go through numbered migrations
(``PRAGMA user_version``), as simonw/llm does.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.models import Answer, Citation, DocRef

_MIGRATIONS = [
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        user TEXT NOT NULL,
        title TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}',
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE INDEX conversations_user ON conversations(user, updated);
    CREATE TABLE turns (
        conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        created REAL NOT NULL,
        PRIMARY KEY (conversation, seq)
    );
    """,
    """
    CREATE TABLE shares (
        token TEXT PRIMARY KEY,
        conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        created REAL NOT NULL
    );
    """,
]


def answer_to_dict(answer: Answer) -> dict:
    """What a kept turn stores of an answer (retrieval internals and timings are left out)."""
    return {
        "question": answer.question,
        "text": answer.text,
        "abstained": answer.abstained,
        "citations": [asdict(c) for c in answer.citations],
        "see_also": [asdict(c) for c in answer.see_also],
        "mode": answer.mode,
        "language": answer.language,
        "notes": list(answer.notes),
        "resolved_question": answer.resolved_question,
    }


def _citation(d: dict) -> Citation:
    return Citation(**{**d, "doc": DocRef(**d["doc"])})


def answer_from_dict(d: dict) -> Answer:
    """The inverse of ``answer_to_dict`` (``retrieved`` is empty)."""
    return Answer(
        question=d["question"],
        text=d["text"],
        abstained=d["abstained"],
        citations=[_citation(c) for c in d["citations"]],
        retrieved=[],
        mode=d.get("mode", "extractive"),
        language=d.get("language", "vi"),
        see_also=[_citation(c) for c in d.get("see_also", [])],
        notes=list(d.get("notes", [])),
        resolved_question=d.get("resolved_question"),
    )


@dataclass
class Conversation:
    id: str
    title: str
    filters: dict
    updated: float
    turns: list[tuple[str, Answer]] = field(default_factory=list)


class ConversationStore:
    """Conversations of every user; each method takes the user, so one user never sees another's."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    @classmethod
    def for_settings(cls, settings) -> ConversationStore:
        """The store beside ``settings.index_dir``: ``<index>-conversations.sqlite3``."""
        index_dir = Path(settings.index_dir)
        return cls(index_dir.parent / f"{index_dir.name}-conversations.sqlite3")

    def _migrate(self) -> None:
        with self._lock, self._db:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for i, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                self._db.executescript(script)
                self._db.execute(f"PRAGMA user_version = {i}")

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------------------------ writing

    def create(self, user: str, title: str, filters: dict | None = None) -> str:
        """A new empty conversation; returns its id."""
        cid = uuid.uuid4().hex
        now = time.time()
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?)",
                (cid, user, title.strip()[:120] or "…", json.dumps(filters or {}, ensure_ascii=False), now, now),
            )
        return cid

    def add_turn(self, user: str, cid: str, question: str, answer: Answer, filters: dict | None = None) -> None:
        """Append a turn (and record the filters it was asked under). Raises KeyError for another user's id."""
        self._own(user, cid)
        now = time.time()
        with self._lock, self._db:
            seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE conversation = ?", (cid,)).fetchone()[0]
            self._db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?)",
                (cid, seq, question, json.dumps(answer_to_dict(answer), ensure_ascii=False), now),
            )
            if filters is not None:
                self._db.execute("UPDATE conversations SET filters = ? WHERE id = ?", (json.dumps(filters, ensure_ascii=False), cid))
            self._db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, cid))

    def rename(self, user: str, cid: str, title: str) -> None:
        self._own(user, cid)
        with self._lock, self._db:
            self._db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title.strip()[:120] or "…", cid))

    def delete(self, user: str, cid: str) -> None:
        self._own(user, cid)
        with self._lock, self._db:
            self._db.execute("DELETE FROM conversations WHERE id = ?", (cid,))

    def share(self, user: str, cid: str, seq: int | None = None) -> str:
        """A permalink token for turn ``seq`` (1-based; the last turn when None) of the user's conversation.
        Anyone who can open the app may open it (the group the app serves); deleting the conversation
        ends the link. Raises KeyError for another user's conversation or a missing turn."""
        self._own(user, cid)
        row = self._db.execute(
            "SELECT seq FROM turns WHERE conversation = ? AND (? IS NULL OR seq = ?) ORDER BY seq DESC LIMIT 1",
            (cid, seq, seq),
        ).fetchone()
        if row is None:
            raise KeyError(seq)
        token = uuid.uuid4().hex[:20]
        with self._lock, self._db:
            self._db.execute("INSERT INTO shares VALUES (?, ?, ?, ?)", (token, cid, row[0], time.time()))
        return token

    def shared(self, token: str) -> tuple[str, Answer] | None:
        """The question and answer a permalink token points to, or None."""
        row = self._db.execute(
            "SELECT t.question, t.answer FROM shares s JOIN turns t ON t.conversation = s.conversation "
            "AND t.seq = s.seq WHERE s.token = ?",
            (token,),
        ).fetchone()
        return (row[0], answer_from_dict(json.loads(row[1]))) if row else None

    # ------------------------------------------------------------------------------------ reading

    def _own(self, user: str, cid: str) -> None:
        row = self._db.execute("SELECT user FROM conversations WHERE id = ?", (cid,)).fetchone()
        if row is None or row[0] != user:
            raise KeyError(cid)

    def list(self, user: str) -> list[Conversation]:
        """The user's conversations, most recently used first (without their turns)."""
        rows = self._db.execute(
            "SELECT id, title, filters, updated FROM conversations WHERE user = ? ORDER BY updated DESC", (user,)
        ).fetchall()
        return [Conversation(r[0], r[1], json.loads(r[2]), r[3]) for r in rows]

    def get(self, user: str, cid: str) -> Conversation | None:
        """One conversation with its turns, or None (unknown id or another user's)."""
        row = self._db.execute(
            "SELECT id, title, filters, updated, user FROM conversations WHERE id = ?", (cid,)
        ).fetchone()
        if row is None or row[4] != user:
            return None
        turns = self._db.execute("SELECT question, answer FROM turns WHERE conversation = ? ORDER BY seq", (cid,)).fetchall()
        return Conversation(row[0], row[1], json.loads(row[2]), row[3], [(q, answer_from_dict(json.loads(a))) for q, a in turns])
