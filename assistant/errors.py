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
