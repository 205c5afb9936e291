"""What the UI tabs share: the ``Assistant``, the settings, the indexing status and the label registry.

``IndexStatus`` is written by whoever runs indexing (the first-start build in a background thread, an
upload, a re-index) and read by the status bar; ``Labels`` remembers which component shows which label so
the language switch can re-label the whole page in one event.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ui.i18n import t


class IndexStatus:
    """Thread-safe progress of the current indexing job (or none)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.running = False
        self.done = 0
        self.total = 0
        self.message = ""
        self.error: str | None = None
        self.started_at = 0.0

    def start(self, message: str = "") -> None:
        """Mark a job as running."""
        with self._lock:
            self.running, self.done, self.total, self.message, self.error = True, 0, 0, message, None
            self.started_at = time.monotonic()

    def update(
        self, done: int | float | None = None, total: int | float | None = None, message: str = ""
    ) -> None:
        """Record progress; any argument left as None keeps its value."""
        with self._lock:
            if done is not None:
                self.done = int(done)
            if total is not None:
                self.total = int(total)
            if message:
                self.message = message

    def finish(self, error: str | None = None) -> None:
        """Mark the job as over, with an error message if it failed."""
        with self._lock:
            self.running = False
            self.error = error

    def text(self, lang: str, doc_count: int) -> str:
        """One line for the status bar."""
        with self._lock:
            if self.running:
                frac = f" {self.done}/{self.total}" if self.total else ""
                return t("status_indexing", lang, msg=f"{self.message}{frac}".strip())
            if self.error:
                return t("status_error", lang, msg=self.error)
        return t("status_ready", lang, docs=doc_count) if doc_count else t("status_empty", lang)


@dataclass
class Labels:
    """Components and the label keys they show, for the language switch."""

    entries: list[tuple[gr.components.Component | gr.blocks.Block, dict[str, str]]] = field(
        default_factory=list
    )

    def add(self, component: Any, **attrs: str) -> Any:
        """Register ``component`` with ``attr=label_key`` pairs (``label="question"``); returns it."""
        self.entries.append((component, attrs))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _ in self.entries]

    def updates(self, lang: str) -> list[Any]:
        """One ``gr.update`` per registered component, in registration order."""
        return [gr.update(**{attr: t(key, lang) for attr, key in attrs.items()}) for _, attrs in self.entries]


@dataclass
class UIContext:
    """Everything a tab builder needs."""

    assistant: Any  # assistant.api.Assistant; typed loosely so the UI imports without the backend
    settings: Settings
    status: IndexStatus
    labels: Labels = field(default_factory=Labels)

    @property
    def ready(self) -> bool:
        """True once the Assistant is open (later indexing jobs do not stop answering)."""
        return self.assistant is not None

    def original_path(self, file: str) -> Path | None:
        """The absolute path of a document's source file if it lies in the documents folder, else None."""
        p = Path(file)
        if not p.is_absolute():
            p = self.settings.documents_dir / p
        try:
            p = p.resolve()
        except OSError:
            return None
        return p if p.is_file() else None


def ui_error(exc: Exception, lang: str) -> gr.Error:
    """Turn a domain error into one clear ``gr.Error`` in the interface language."""
    from assistant.errors import as_user_error

    user = as_user_error(exc)
    if isinstance(user, AssistantError):
        return gr.Error(user.message(lang))
    return gr.Error(f"{type(exc).__name__}: {exc}")
