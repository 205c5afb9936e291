"""Resource limits checked before a file is read, so one hostile file cannot take the machine.

- zip-based formats (DOCX, XLSX, ODT, EPUB, any ``PK`` file): member count, total inflated size and the
  compression ratio of large members, all read from the zip directory without inflating anything. Reading
  later cannot exceed these sizes: ``zipfile`` never returns more than a member's declared size.
- PDF: the page count (from the page tree, no page is parsed);
- any format: the number of characters after loading (``check_chars``).

Limits are settings (``ASSISTANT_MAX_UNZIPPED_MB``, ``ASSISTANT_MAX_ZIP_MEMBERS``,
``ASSISTANT_MAX_ZIP_RATIO``,
``ASSISTANT_MAX_PAGES``, ``ASSISTANT_MAX_CHARS``); going over one raises ``LoadError`` code ``too_large``.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.loaders._common import load_error

# A member smaller than this is never judged by its ratio: small XML parts compress very well.
_RATIO_FLOOR = 1 << 20


def _too_large(path: Path, vi: str, en: str, setting: str) -> LoadError:
    return load_error(
        "too_large",
        path,
        f"{vi} Tệp bị từ chối để bảo vệ máy chủ (đặt {setting} để nới giới hạn).",
        f"{en} The file is refused to protect the server (set {setting} to raise the limit).",
    )


def check_zip(path: Path, settings: Settings) -> None:
    """Refuse a zip container whose directory promises too many members, too many bytes once inflated,
    or a member inflating more than ``max_zip_ratio`` times (a zip bomb). A broken zip is left to the
    format loader, which reports it as corrupt."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(infos) > settings.max_zip_members:
        raise _too_large(
            path,
            f"Gói nén có {len(infos)} thành phần (giới hạn {settings.max_zip_members}).",
            f"The archive has {len(infos)} members (limit {settings.max_zip_members}).",
            "ASSISTANT_MAX_ZIP_MEMBERS",
        )
    total = sum(i.file_size for i in infos)
    limit = settings.max_unzipped_mb * 1024 * 1024
    if total > limit:
        raise _too_large(
            path,
            f"Nội dung giải nén lên tới {total / 1048576:.0f} MB (giới hạn {settings.max_unzipped_mb} MB).",
            f"The content inflates to {total / 1048576:.0f} MB (limit {settings.max_unzipped_mb} MB).",
            "ASSISTANT_MAX_UNZIPPED_MB",
        )
    _check_inflation(path, infos, limit)
    for i in infos:
        ratio = i.file_size / max(1, i.compress_size)
        if i.file_size > _RATIO_FLOOR and ratio > settings.max_zip_ratio:
            raise _too_large(
                path,
                f"Thành phần {i.filename} nén {ratio:.0f} lần (giới hạn {settings.max_zip_ratio}): "
                "dấu hiệu bom nén.",
                f"Member {i.filename} is compressed {ratio:.0f} times (limit {settings.max_zip_ratio}): "
                "a zip bomb.",
                "ASSISTANT_MAX_ZIP_RATIO",
            )


_CHUNK = 1 << 20


def _check_inflation(path: Path, infos: list, limit: int) -> None:
    """Inflate every member in 1 MB pieces, keeping nothing: a directory that understates a member's size
    (a "lying" zip bomb) shows up as a CRC or size error here, with memory bounded by one piece, before
    any loader inflates it whole. Cost: one pass of inflation over sizes already within the limits."""
    total = 0
    try:
        with zipfile.ZipFile(path) as zf:
            for info in infos:
                with zf.open(info) as member:
                    while piece := member.read(_CHUNK):
                        total += len(piece)
                        if total > limit:
                            raise zipfile.BadZipFile("inflates past its limit")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise LoadError(
            f"Gói nén không khớp với danh mục của nó ({exc}): tệp hỏng hoặc là bom nén; không đọc.",
            f"The archive does not match its own directory ({exc}): corrupt or a zip bomb; not read.",
            file=path.name,
            code="corrupt",
        ) from None


def check_pdf(path: Path, settings: Settings) -> None:
    """Refuse a PDF with more than ``max_pages`` pages; unreadable PDFs are left to the PDF loader."""
    import logging

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the loader reports damage once, with the file's name
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            return
        count = len(reader.pages)
    except Exception:  # noqa: BLE001 - the loader gives the precise message
        return
    finally:
        quiet.setLevel(level)
    if count > settings.max_pages:
        raise _too_large(
            path,
            f"PDF có {count} trang (giới hạn {settings.max_pages}).",
            f"The PDF has {count} pages (limit {settings.max_pages}).",
            "ASSISTANT_MAX_PAGES",
        )


def check_before_load(path: Path, head: bytes, settings: Settings) -> None:
    """The checks that apply to this file's real content (from its first bytes), before any loader."""
    if head.startswith(b"PK\x03\x04"):
        check_zip(path, settings)
    elif b"%PDF-" in head[:1024]:
        check_pdf(path, settings)


def check_chars(path: Path, n_chars: int, settings: Settings) -> None:
    """Refuse loaded text longer than ``max_chars`` characters."""
    if n_chars > settings.max_chars:
        raise _too_large(
            path,
            f"Văn bản dài {n_chars:,} ký tự (giới hạn {settings.max_chars:,}).",
            f"The text has {n_chars:,} characters (limit {settings.max_chars:,}).",
            "ASSISTANT_MAX_CHARS",
        )
