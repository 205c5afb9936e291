"""Audit log of library changes: who changed what, when, with what result.

One JSON object per line in ``settings.audit_path`` (``audit.jsonl`` beside the index folder, outside any
index generation, so it survives re-indexing): ``{"time": ISO-8601 UTC, "user", "action", "files",
"result"}``. Actions: ``upload``, ``delete``, ``restore``, ``reindex``, ``index`` (the CLI),
``index_pending``.
Each record is appended with one ``write`` on a file opened ``O_APPEND``, so concurrent writers never
interleave lines. A failure to write the log is reported, never hidden: it raises ``OSError``.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.config import Settings


def record(settings: Settings, user: str, action: str, files: list[str], result: Any = "ok") -> dict:
    """Append one record and return it."""
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "user": user or "-",
        "action": action,
        "files": list(files),
        "result": result,
    }
    path = settings.audit_path
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)
    return entry


def read(settings: Settings | Path, limit: int | None = None) -> list[dict]:
    """Records, oldest first (the last ``limit`` when given); an absent log is empty."""
    path = settings.audit_path if isinstance(settings, Settings) else Path(settings)
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue
    return rows[-limit:] if limit else rows


def summarize(report: Any) -> dict[str, int]:
    """Per-status counts of an ``IndexReport`` for the ``result`` field."""
    return report.by_status() if hasattr(report, "by_status") else {}
