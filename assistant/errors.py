"""Domain errors. Each carries one clear message in Vietnamese and in English, naming the file and reason.

The CLI turns them into ``click.ClickException`` and the UI into ``gr.Error``; nothing else catches them.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: ``code`` is stable (for tests and scripts), messages are for people."""

    code = "error"

    def __init__(self, message_vi: str, message_en: str, *, file: str | None = None, code: str | None = None):
        self.message_vi = message_vi
        self.message_en = message_en
        self.file = file
        if code:
            self.code = code
        super().__init__(self.bilingual())

    def bilingual(self) -> str:
        """ "<vi> / <en>", prefixed with the file name when there is one."""
        prefix = f"{self.file}: " if self.file else ""
        return f"{prefix}{self.message_vi} / {self.message_en}"

    def message(self, language: str = "vi") -> str:
        """The message in one language."""
        prefix = f"{self.file}: " if self.file else ""
        return prefix + (self.message_en if language == "en" else self.message_vi)


class LoadError(AssistantError):
    """A file could not be read: empty, corrupt, encrypted, unsupported, too large, image-only..."""

    code = "load_error"


class IndexError_(AssistantError):
    """The index is missing, damaged, or was built with another embedding model."""

    code = "index_error"


class IndexMismatchError(IndexError_):
    """The index was built with a different model or settings: it must be rebuilt."""

    code = "index_mismatch"


class ConfigError(AssistantError):
    """A setting is wrong or a needed optional component is missing."""

    code = "config_error"


class StorageError(AssistantError):
    """The index or documents folder cannot be written: read-only, no permission, disk full, locked."""

    code = "storage_error"


_READ_ONLY = {30, 13, 1}  # EROFS, EACCES, EPERM
_FULL = {28, 122}  # ENOSPC, EDQUOT


def as_user_error(exc: BaseException) -> AssistantError | None:
    """The bilingual domain error for a failure a user can cause or meet at the operating-system boundary
    (read-only folder, no permission, full disk, a locked database); None for anything else (a bug).

    Used by the CLI (one message, exit 1) and the UI (one message), so no traceback reaches a person.
    """
    import sqlite3

    if isinstance(exc, AssistantError):
        return exc
    where = getattr(exc, "filename", None)
    place_vi = f" ({where})" if where else ""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in _FULL or "disk is full" in text or "no space" in text:
        return StorageError(
            f"Ổ đĩa đã đầy, không ghi được chỉ mục{place_vi}. Hãy giải phóng dung lượng rồi chạy lại; "
            "chỉ mục trước đó vẫn dùng được.",
            f"The disk is full; the index could not be written{place_vi}. Free some space and run again; "
            "the previous index still works.",
            code="disk_full",
        )
    if (
        isinstance(exc, OSError)
        and exc.errno in _READ_ONLY
        or "readonly database" in text
        or "read-only" in text
        or (isinstance(exc, sqlite3.OperationalError) and "unable to open" in text)
        or ("could not open" in text and "for writing" in text)
    ):
        return StorageError(
            f"Không ghi được vào thư mục{place_vi}: thư mục chỉ đọc hoặc không có quyền ghi. "
            "Hãy chọn thư mục khác (--index) hoặc cấp quyền ghi.",
            f"Cannot write to the folder{place_vi}: it is read-only or not writable. "
            "Choose another folder (--index) or grant write access.",
            code="read_only",
        )
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return StorageError(
            "Chỉ mục đang bị một tiến trình khác khóa. Hãy chờ tiến trình đó xong rồi thử lại.",
            "The index is locked by another process. Wait for it to finish and try again.",
            code="locked",
        )
    return None
