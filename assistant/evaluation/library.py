"""The evaluation library: the sample documents plus the real documents under ``../shared``, indexed together.

The library is what a provincial office would put into the assistant: the five samples in ``documents/``,
every document under ``../shared/external/`` (Hanoi party PDFs, the Youth Union files, the Fatherland
Front election files and the Word 97 legal documents) and the documents of ``../shared/realworld-cases/``.
Everything is read in place (nothing is copied); the index lives in its own folder (default
``indexes/library``, ignored by git) and is built on first use, then updated incrementally.

Left out, on purpose:

- ``external/alqac2024/`` (a benchmark of its own with 2,249 law articles, run by ``eval --external``);
- descriptive files (``SOURCES.md``, ``INVENTORY.tsv``, ``README.md``, ``case.json``, ``*.jsonl``);
- ``probes/`` folders and ``variant_*`` files of the real-world cases: cut-down or re-laid-out copies of a
  case's own document made to isolate a loader fault, not documents of their own.

Duplicates that a real office has (the same guideline as two PDF renderings, a plan as .doc and .docx, a
plan as DOCX and signed PDF) stay in: questions name every copy as an accepted gold file.

Files are indexed under their base name (``Indexer.add_files``), which must be unique across the library;
``library_files`` raises ``ValueError`` when two files share one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.config import REPO_ROOT, Settings

Log = Callable[[str], None]

LIBRARY_INDEX = REPO_ROOT / "indexes" / "library"
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm")
_SKIP_DIRS = {"alqac2024", "probes"}
_SKIP_NAMES = {"sources.md", "readme.md", "inventory.tsv", "case.json"}


def shared_root() -> Path:
    """``$ASSISTANT_SHARED`` or ``../shared`` next to the repository."""
    return Path(os.environ.get("ASSISTANT_SHARED", REPO_ROOT.parent / "shared"))


def _wanted(path: Path, root: Path) -> bool:
    rel = path.relative_to(root).parts
    if any(p in _SKIP_DIRS or p.startswith((".", "~$")) for p in rel):
        return False
    name = path.name.lower()
    return (
        path.is_file()
        and path.suffix.lower() in DOCUMENT_SUFFIXES
        and name not in _SKIP_NAMES
        and not name.startswith("variant_")
    )


def library_files(documents_dir: Path | None = None, shared: Path | None = None) -> list[Path]:
    """Every library file: samples first, then ``shared/external`` and ``shared/realworld-cases``, sorted.

    Raises ``FileNotFoundError`` when ``shared`` (default ``shared_root()``) is missing and ``ValueError``
    when two files share a base name (the index names files by base name).
    """
    documents_dir = Path(documents_dir or REPO_ROOT / "documents")
    shared = Path(shared or shared_root())
    if not (shared / "external").is_dir():
        raise FileNotFoundError(
            f"Không thấy thư mục {shared / 'external'} / shared documents not found at {shared / 'external'}"
        )
    out = [p for p in sorted(documents_dir.iterdir()) if _wanted(p, documents_dir)]
    for sub in ("external", "realworld-cases"):
        root = shared / sub
        if root.is_dir():
            out += [p for p in sorted(root.rglob("*")) if _wanted(p, root)]
    seen: dict[str, Path] = {}
    for p in out:
        if p.name in seen:
            raise ValueError(f"two library files share the name {p.name}: {seen[p.name]} and {p}")
        seen[p.name] = p
    return out


def library_settings(base: Settings, index_dir: Path | None = None) -> Settings:
    """``base`` pointed at the library index (``indexes/library`` unless ``index_dir`` is given)."""
    return replace(base, index_dir=Path(index_dir or LIBRARY_INDEX))


def ensure_library_index(
    settings: Settings, embedder=None, files: Sequence[Path] | None = None, log: Log = print
) -> dict:
    """Bring ``settings.index_dir`` in line with the library: new or changed files are (re)indexed, files no
    longer in the library are dropped, unchanged ones are skipped. Returns counts and seconds."""
    from assistant.index.store import IndexStore
    from assistant.indexer import Indexer

    files = list(files if files is not None else library_files(Path(settings.documents_dir)))
    indexer = Indexer(settings, embedder=embedder)
    t0 = time.perf_counter()
    last = [0.0]

    def progress(i: int, n: int, name: str, stage: str) -> None:
        now = time.perf_counter()
        if stage in ("load", "embed") and (now - last[0] > 30 or i == n):
            last[0] = now
            log(f"  library {stage} {i}/{n} {name[-50:]} ({now - t0:.0f}s)")

    report = indexer.add_files(files, progress=progress)
    names = {p.name for p in files}
    stale: list[str] = []
    if (Path(settings.index_dir) / "manifest.json").exists():
        store = IndexStore.open(settings.index_dir)
        try:
            stale = [f for f in store.file_states() if Path(f).name not in names]
        finally:
            store.close()
    for f in stale:
        indexer.remove(f)
    seconds = time.perf_counter() - t0
    counts = report.by_status()
    errors = [f"{s.file}: {s.message_en}" for s in report.files if s.status == "error"]
    log(f"library index {settings.index_dir}: {counts}, {len(stale)} removed, in {seconds:.0f}s")
    return {
        "index_dir": str(settings.index_dir),
        "files": counts,
        "removed": stale,
        "errors": errors,
        "seconds": seconds,
    }
