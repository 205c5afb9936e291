"""The files an index is built from: which files of a documents folder are read, and each one's content
hash (sha256 of its bytes), which the indexer compares with the stored one to re-read only what changed.

The start of the flow (load): ``indexer.Indexer.update`` scans the folder, ``library`` and the evaluation
sets list their files the same way.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

DEFAULT_EXTENSIONS = (".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm")


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def scan(documents_dir: Path, extensions: Iterable[str] | None = None) -> list[Path]:
    """Supported files under a folder (recursively), skipping hidden and temporary Office files (~$x.docx)."""
    if extensions is None:
        try:
            from assistant.loaders import SUPPORTED_EXTENSIONS as extensions  # type: ignore[no-redef]
        except ImportError:
            extensions = DEFAULT_EXTENSIONS
    exts = {e.lower() if e.startswith(".") else "." + e.lower() for e in extensions}
    out = []
    root = Path(documents_dir)
    # os.walk without following links: a linked folder or file is never read (see ``boundary_statuses``).
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "~$")))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith((".", "~$")) or p.is_symlink() or not p.is_file():
                continue
            if p.suffix.lower() in exts:
                out.append(p)
    return sorted(out)
