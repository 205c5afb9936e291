"""What an index update reports: each file's status (added, changed, unchanged, removed, error, merged)
with a reason in Vietnamese and English, and the update's totals and timings.

Part of the index step: ``indexer.Indexer`` builds these while it updates a folder; the CLI, the
documents tab and the evaluation tools read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AssistantError


@dataclass
class FileStatus:
    """The outcome for one file, with a reason people can read in either language."""

    file: str
    status: str  # added | changed | unchanged | removed | error | merged (an alternative file of a document)
    chunks: int = 0
    message_vi: str = ""
    message_en: str = ""
    code: str | None = None
    kept_previous: bool = False  # an error on a file that stays indexed from an earlier run
    warnings: list[str] = field(default_factory=list)

    def message(self, language: str = "vi") -> str:
        return self.message_en if language == "en" else self.message_vi


@dataclass
class IndexReport:
    """What ``Indexer.update`` did: per-file statuses, totals and timings."""

    index_dir: Path
    files: list[FileStatus]
    counts: dict[str, int] = field(default_factory=dict)
    generation: str = ""
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def by_status(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files:
            out[f.status] = out.get(f.status, 0) + 1
        return out

    @property
    def all_failed(self) -> bool:
        """True when there were files and every one of them failed (the CLI's non-zero exit)."""
        return bool(self.files) and all(f.status == "error" for f in self.files)

    def status(self, file: str) -> FileStatus | None:
        return next((f for f in self.files if f.file == file), None)


def error_status(file: str, exc: BaseException, kept: bool) -> FileStatus:
    if isinstance(exc, AssistantError):
        vi, en, code = exc.message_vi, exc.message_en, exc.code
    else:
        vi = f"Lỗi khi xử lý tệp: {type(exc).__name__}: {exc}"
        en = f"Failed to process the file: {type(exc).__name__}: {exc}"
        code = "processing_error"
    if kept:
        vi += " (giữ nguyên nội dung đã lập chỉ mục lần trước)"
        en += " (the previously indexed version is kept)"
    return FileStatus(file, "error", message_vi=vi, message_en=en, code=code, kept_previous=kept)
