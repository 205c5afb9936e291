"""Library safety in the Documents tab: who may change the library, a confirmed delete that moves the
file to the trash, the trash with restore, and files waiting to be indexed (after a crash) with one
"index them" action. Every change is written to the audit log.

Stable ``elem_id``s: ``editor-tools`` (hidden for readers), ``delete-confirm``, ``delete-yes``, ``delete-no``,
``trash-list``, ``trash-pick``, ``trash-restore``, ``pending-note``, ``pending-index``, ``role-note``.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant import audit
from assistant.library import pending, trash_items
from assistant.ui.i18n import LABELS, t
from assistant.ui.state import UIContext
from assistant.users import allowed, role_of

LABELS.update(
    {
        "trash": {"vi": "Thùng rác", "en": "Trash"},
        "trash_pick": {"vi": "Chọn tệp để khôi phục", "en": "Choose a file to restore"},
        "restore": {"vi": "Khôi phục", "en": "Restore"},
        "restored": {"vi": "Đã khôi phục: {name}", "en": "Restored: {name}"},
        "col_deleted_at": {"vi": "Xóa lúc", "en": "Deleted at"},
        "col_deleted_by": {"vi": "Người xóa", "en": "Deleted by"},
        "col_original": {"vi": "Vị trí cũ", "en": "Original place"},
        "confirm_delete": {
            "vi": "Xóa **{name}** khỏi chỉ mục và chuyển tệp vào thùng rác (khôi phục được)?",
            "en": "Delete **{name}** from the index and move its file to the trash (restorable)?",
        },
        "delete_yes": {"vi": "Xác nhận xóa", "en": "Yes, delete"},
        "delete_no": {"vi": "Hủy", "en": "Cancel"},
        "pending": {
            "vi": "**{n} tệp trong thư mục văn bản chưa có trong chỉ mục** (tải lên bị gián đoạn?): {files}",
            "en": "**{n} file(s) in the documents folder are not indexed** (an interrupted upload?): {files}",
        },
        "pending_index": {"vi": "Lập chỉ mục các tệp này", "en": "Index them"},
        "not_allowed": {
            "vi": "Tài khoản của bạn (vai trò {role}) không được thay đổi thư viện văn bản.",
            "en": "Your account (role {role}) may not change the document library.",
        },
        "role_reader": {
            "vi": "Bạn đang xem với vai trò **người đọc**: "
            "chỉ biên tập viên mới tải lên, xóa hoặc lập chỉ mục.",
            "en": "You are a **reader**: only editors can upload, delete or re-index.",
        },
        "rejected_removed": {
            "vi": "Các tệp bị từ chối đã được gỡ khỏi thư mục văn bản: {files}",
            "en": "Rejected files were removed from the documents folder: {files}",
        },
    }
)


def username(request: gr.Request | None) -> str:
    """The logged-in name ("" without login)."""
    return (getattr(request, "username", None) or "") if request is not None else ""


def require(ctx: UIContext, request: gr.Request | None, action: str, lang: str) -> str:
    """The user's name when they may do ``action``; otherwise a ``gr.Error`` (the server-side check:
    hidden buttons are not the protection)."""
    name = username(request)
    if not allowed(ctx.settings, name or None, action):
        raise gr.Error(t("not_allowed", lang, role=role_of(ctx.settings, name or None)))
    return name


def log(ctx: UIContext, user: str, action: str, files: list[str], result: Any = "ok") -> None:
    audit.record(ctx.settings, user or "-", action, files, result)


def trash_headers(lang: str) -> list[str]:
    return [t(k, lang) for k in ("col_file", "col_original", "col_deleted_at", "col_deleted_by")]


def trash_rows(ctx: UIContext) -> list[list[str]]:
    return [
        [i.name, i.original, i.deleted_at.replace("T", " "), i.user or "-"] for i in trash_items(ctx.settings)
    ]


def pending_text(ctx: UIContext, lang: str) -> tuple[str, bool]:
    files = pending(ctx.settings) if ctx.assistant is not None and not ctx.status.running else []
    if not files:
        return "", False
    shown = ", ".join(files[:10]) + (" …" if len(files) > 10 else "")
    return t("pending", lang, n=len(files), files=shown), True


class TrashPanel:
    """The confirmation row, the pending-files note and the trash list (built inside the tab)."""

    def __init__(self, ctx: UIContext) -> None:
        L = ctx.labels
        lang0 = ctx.settings.ui_language
        self.ctx = ctx
        with gr.Row(visible=False, elem_id="delete-confirm") as self.confirm_row:
            self.confirm_text = gr.Markdown("")
            self.yes = L.add(
                gr.Button(t("delete_yes", lang0), variant="stop", size="sm", elem_id="delete-yes"),
                value="delete_yes",
            )
            self.no = L.add(
                gr.Button(t("delete_no", lang0), size="sm", elem_id="delete-no"), value="delete_no"
            )
        text, show = pending_text(ctx, lang0)
        with gr.Row():
            self.pending_md = gr.Markdown(text, elem_id="pending-note")
            self.pending_btn = L.add(
                gr.Button(t("pending_index", lang0), size="sm", visible=show, elem_id="pending-index"),
                value="pending_index",
            )
        with L.add(gr.Accordion(t("trash", lang0), open=False, elem_id="trash"), label="trash"):
            self.table = gr.Dataframe(
                headers=trash_headers(lang0),
                value=trash_rows(ctx),
                interactive=False,
                wrap=True,
                elem_id="trash-list",
            )
            with gr.Row():
                self.pick = L.add(
                    gr.Dropdown(
                        choices=[r[0] for r in trash_rows(ctx)],
                        value=None,
                        label=t("trash_pick", lang0),
                        elem_id="trash-pick",
                    ),
                    label="trash_pick",
                )
                self.restore = L.add(
                    gr.Button(t("restore", lang0), size="sm", elem_id="trash-restore"), value="restore"
                )

    @property
    def targets(self) -> list[Any]:
        return [self.table, self.pick, self.pending_md, self.pending_btn]

    def updates(self, lang: str) -> list[Any]:
        rows = trash_rows(self.ctx)
        text, show = pending_text(self.ctx, lang)
        return [
            gr.update(value=rows, headers=trash_headers(lang)),
            gr.update(choices=[r[0] for r in rows], value=None),
            text,
            gr.update(visible=show),
        ]
