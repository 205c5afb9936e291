"""One writer at a time per index folder: an advisory file lock (``<index>/.lock``) the indexer holds
while it updates the index, so the CLI and the app never write the same index at once.

Part of the index step, around ``indexer.Indexer``'s update (saves are atomic anyway, see
``index/manifest.py``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import AssistantError


@contextlib.contextmanager
def locked(index_dir: Path, wait_s: float = 60.0) -> Iterator[None]:
    """One writer at a time per index (the CLI and the UI may both update it). Waits up to ``wait_s``
    seconds for another writer, then gives up with the bilingual ``locked`` error."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("a+") as fh:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock; saves are still atomic
            yield
            return
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _lock_error(index_dir) from None
                time.sleep(0.2)
        yield


def _lock_error(index_dir: Path) -> AssistantError:
    from assistant.errors import StorageError

    return StorageError(
        f"Chỉ mục {index_dir} đang được một tiến trình khác cập nhật. "
        "Hãy chờ tiến trình đó xong rồi thử lại.",
        f"The index {index_dir} is being updated by another process. Wait for it to finish and try again.",
        code="locked",
    )
