"""The documents folder as a boundary, the trash, and files waiting to be indexed.

- **Boundary**: a file of the library must be a regular file inside ``documents_dir``. Symbolic links (to a
  file or a folder) and anything that resolves outside the folder are refused with one bilingual message
  (``refused_paths``, ``check_inside``), for re-index, uploads and deletes alike.
- **Trash**: deleting a document removes it from the index *and* moves its file to the trash folder beside
  the documents folder (``settings.trash_path``), so a later re-index cannot bring it back; ``restore``
  moves it back and indexes it again. ``.trash.json`` in the trash folder remembers where each file came
  from, when and by whom it was deleted.
- **Pending**: files in the documents folder that the index does not hold (an upload interrupted by a crash,
  a file copied in by hand) are listed by ``pending`` so the UI can offer "index them".
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AssistantError

TRASH_INDEX = ".trash.json"


def outside_error(name: str) -> AssistantError:
    """The one message for a link or a path that leaves the documents folder."""
    return AssistantError(
        "Tệp là liên kết (symlink) hoặc nằm ngoài thư mục văn bản; không được đọc vì lý do an toàn.",
        "The file is a symbolic link or lies outside the documents folder; it is refused for safety.",
        file=name,
        code="outside_documents",
    )


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path`` resolves (links followed) to a place inside ``root``."""
    try:
        Path(path).resolve().relative_to(Path(root).resolve())
        return True
    except (ValueError, OSError):
        return False


def check_inside(path: Path, root: Path) -> Path:
    """``path`` itself when it is a regular file inside ``root`` reached without links; else the
    ``outside_documents`` error. Every part from ``root`` down is checked, so a linked folder is refused."""
    root = Path(root).resolve()
    path = Path(path) if Path(path).is_absolute() else root / path
    try:
        rel = Path(os.path.normpath(path)).relative_to(root)
    except ValueError:
        raise outside_error(str(path)) from None
    current = root
    for part in rel.parts:
        current = current / part
        if current.is_symlink():
            raise outside_error(rel.as_posix())
    if not is_inside(path, root):
        raise outside_error(rel.as_posix())
    return path


def refused_paths(root: Path, extensions: set[str]) -> list[Path]:
    """Links under ``root`` (to files or folders) whose name has a supported extension or that are
    folders: they are never followed, and each gets a message in the indexing report."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted(dirnames + filenames):
            p = Path(dirpath) / name
            if name.startswith((".", "~$")) or not p.is_symlink():
                continue
            if p.suffix.lower() in extensions or p.is_dir():
                out.append(p)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    return sorted(out)


def refused_names(root: Path) -> list[str]:
    """Names (relative to ``root``) of the links in the documents folder: never followed, each reported
    (a link to /etc/passwd must not be indexed and quoted)."""
    from assistant.loaders import SUPPORTED_EXTENSIONS

    return [p.relative_to(root).as_posix() for p in refused_paths(root, set(SUPPORTED_EXTENSIONS))]


def leaves_root(path: Path, root: Path) -> bool:
    """True for a link, or for a path written inside ``root`` that resolves somewhere else. A file given
    from elsewhere (the API allows it) is not a boundary question."""
    if path.is_symlink():
        return True
    absolute = Path(os.path.abspath(path))
    try:
        absolute.relative_to(root)
    except ValueError:
        return False
    return not is_inside(absolute, root)


# ------------------------------------------------------------------------------------------ the trash


@dataclass
class TrashItem:
    """One deleted file: its name in the trash, where it came from, when and by whom it was deleted."""

    name: str
    original: str  # path relative to the documents folder
    deleted_at: str
    user: str = ""
    title: str = ""


def _read_index(trash: Path) -> list[TrashItem]:
    try:
        rows = json.loads((trash / TRASH_INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [TrashItem(**r) for r in rows if (trash / r.get("name", "\0")).is_file()]


def _write_index(trash: Path, items: list[TrashItem]) -> None:
    tmp = trash / (TRASH_INDEX + ".tmp")
    tmp.write_text(json.dumps([asdict(i) for i in items], ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, trash / TRASH_INDEX)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


def trash_items(settings: Settings) -> list[TrashItem]:
    """The files in the trash, newest first."""
    return sorted(_read_index(settings.trash_path), key=lambda i: i.deleted_at, reverse=True)


def move_to_trash(settings: Settings, file: str, user: str = "", title: str = "") -> TrashItem | None:
    """Move ``file`` (relative to the documents folder) into the trash; None when it is not a file of the
    documents folder (then only the index entry is removed). Links are refused, never followed."""
    root = Path(settings.documents_dir).resolve()
    src = check_inside(Path(file), root)
    if not src.is_file():
        return None
    trash = settings.trash_path
    trash.mkdir(parents=True, exist_ok=True)
    target = _free_name(trash, src.name)
    shutil.move(str(src), str(target))
    item = TrashItem(
        target.name, src.relative_to(root).as_posix(), time.strftime("%Y-%m-%dT%H:%M:%S"), user, title
    )
    _write_index(trash, [*_read_index(trash), item])
    return item


def take_from_trash(settings: Settings, name: str) -> Path:
    """Move a trashed file back to where it was in the documents folder (a free name if that is taken);
    returns its new path. The caller indexes it."""
    trash = settings.trash_path
    items = _read_index(trash)
    item = next((i for i in items if i.name == name), None)
    if item is None or Path(name).name != name:
        raise AssistantError(
            "Không có tệp này trong thùng rác.", "No such file in the trash.", file=name, code="not_in_trash"
        )
    root = Path(settings.documents_dir).resolve()
    dest = check_inside(root / item.original, root)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest = _free_name(dest.parent, dest.name)
    shutil.move(str(trash / name), str(dest))
    _write_index(trash, [i for i in items if i.name != name])
    return dest


# ------------------------------------------------------------------------------------------- pending


def pending(settings: Settings) -> list[str]:
    """Files of the documents folder (relative names) that the current index does not hold."""
    from assistant.index.manifest import STORE_FILE, Manifest
    from assistant.index.records import read_file_states
    from assistant.index.sources import scan

    root = Path(settings.documents_dir).resolve()
    if not root.is_dir():
        return []
    indexed: set[str] = set()
    try:
        manifest = Manifest.read(Path(settings.index_dir))
        indexed = set(read_file_states(manifest.generation_dir(Path(settings.index_dir)) / STORE_FILE))
    except Exception:  # noqa: BLE001 - no index yet: everything is pending
        indexed = set()
    return [
        p.relative_to(root).as_posix() for p in scan(root) if p.relative_to(root).as_posix() not in indexed
    ]


def discard_rejected(settings: Settings, report, new_files: list[Path]) -> list[str]:
    """Delete the just-uploaded files the indexer rejected (an .exe renamed .pdf, an empty file), so a
    rejected upload never stays in the documents folder; returns their names. Files that were already
    there before the upload, or whose earlier version stays indexed, are left alone."""
    root = Path(settings.documents_dir).resolve()
    gone = []
    for path in new_files:
        rel = path.resolve().relative_to(root).as_posix() if is_inside(path, root) else path.name
        st = report.status(rel) if report is not None else None
        if st is not None and st.status == "error" and not st.kept_previous and path.is_file():
            path.unlink()
            gone.append(rel)
    return gone
