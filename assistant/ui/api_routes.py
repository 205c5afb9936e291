"""API endpoints of the app for scripts and load tests (``gradio_client``): ``/ask``, ``/add_document``.

They run in the same queues as the page (``answer`` and ``index``), behind the same login, and check the
same roles: asking needs ``ask`` (readers and editors), uploading needs ``upload`` (editors).
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import AssistantError, as_user_error
from assistant.ui.state import UIContext
from assistant.users import allowed

ANSWER_SLOTS = 4  # the chat's "answer" group; LLM questions use at most settings.llm_concurrency of them


def _user(request: gr.Request | None) -> str:
    return (getattr(request, "username", None) or "") if request is not None else ""


def _fail(exc: BaseException) -> gr.Error:
    user = as_user_error(exc)
    return gr.Error(user.bilingual() if isinstance(user, AssistantError) else f"{type(exc).__name__}: {exc}")


def register_api(ctx: UIContext) -> None:
    """Declare the endpoints inside the current ``gr.Blocks``."""

    def ask(question: str, mode: str = "extractive", request: gr.Request = None) -> dict:  # type: ignore[assignment]
        """Answer one question; returns {answer, abstained, fact_absent, mode, notes, citations}."""
        if not allowed(ctx.settings, _user(request) or None, "ask"):
            raise gr.Error("Không được phép / not allowed")
        if ctx.assistant is None:
            raise gr.Error("Chỉ mục đang được lập / the index is being built")
        try:
            a = ctx.assistant.ask(question, mode=mode)
        except Exception as exc:  # noqa: BLE001 - one message, never a traceback
            raise _fail(exc) from exc
        return {
            "answer": a.text,
            "abstained": a.abstained,
            "fact_absent": a.fact_absent,
            "mode": a.mode,
            "notes": list(a.notes),
            "citations": [
                {"n": c.n, "file": c.doc.file, "section": c.section, "page": c.page, "quote": c.quote}
                for c in a.citations
            ],
        }

    def upload(name: str, content_b64: str, request: gr.Request = None) -> dict:  # type: ignore[assignment]
        """Store one file (base64 content) in the documents folder and index it; editors only."""
        from assistant import audit
        from assistant.library import discard_rejected
        from assistant.ui.documents import store_upload

        user = _user(request)
        if not allowed(ctx.settings, user or None, "upload"):
            raise gr.Error("Chỉ biên tập viên được tải lên / only editors may upload")
        if ctx.assistant is None:
            raise gr.Error("Chỉ mục đang được lập / the index is being built")
        data = base64.b64decode(content_b64)
        if len(data) > ctx.settings.max_file_mb * 1024 * 1024:
            raise gr.Error(f"Tệp quá lớn / file too large (> {ctx.settings.max_file_mb} MB)")
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / Path(name).name
            src.write_bytes(data)
            existed = set(ctx.settings.documents_dir.glob("*"))
            stored = store_upload(src, ctx.settings.documents_dir)
        try:
            report = ctx.assistant.add_documents([stored])
        except Exception as exc:  # noqa: BLE001
            if stored not in existed:
                stored.unlink(missing_ok=True)
            raise _fail(exc) from exc
        gone = discard_rejected(ctx.settings, report, [stored] if stored not in existed else [])
        audit.record(ctx.settings, user or "-", "upload", [stored.name], report.by_status())
        out: dict[str, Any] = {
            "files": [{"file": f.file, "status": f.status, "message": f.message("en")} for f in report.files]
        }
        out["removed"] = gone
        return out

    gr.api(ask, api_name="ask", concurrency_id="answer", concurrency_limit=ANSWER_SLOTS)
    gr.api(upload, api_name="add_document", concurrency_id="index", concurrency_limit=1)
