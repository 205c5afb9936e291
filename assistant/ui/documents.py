"""The "Documents" tab: upload files into the documents folder and the index, list what is indexed with the
references between documents, show one document's outline, delete a document, re-index everything.

Changing actions (upload, delete, restore, re-index) exist only for editors (``gate``, run on page load)
and are checked again on the server; delete asks for confirmation and moves the file to the trash
(``assistant/ui/trash.py``); a rejected upload is removed from the documents folder; every change goes to
the audit log. Indexing events share one queue slot (``concurrency_id="index"``, limit 1) so they never
block answering.
Stable ``elem_id``s: ``upload-files``, ``upload-btn``, ``upload-results``, ``doc-list``, ``doc-refresh``,
``outline-doc``, ``outline-view``, ``delete-doc``, ``reindex``, ``doc-message``.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer.render import format_date
from assistant.library import discard_rejected, pending
from assistant.ui.i18n import t
from assistant.ui.state import UIContext, ui_error
from assistant.ui.trash import TrashPanel, log, require, username
from assistant.ui.viewer import empty_panel, render_outline
from assistant.users import allowed

UPLOAD_TYPES = [".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"]
# Indexer progress stages (``assistant.indexer.Progress``) as people read them.
STAGES = {
    "load": "Đọc tệp / reading",
    "embed": "Mã hóa / embedding",
    "save": "Lưu / saving",
    "commit": "Lưu / saving",
    "done": "Xong / done",
}
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def safe_filename(name: str) -> str:
    """A file name safe to store: NFC, no path parts or control/reserved characters, Vietnamese kept.

    >>> safe_filename("../Kế hoạch: số 12/KH.docx")
    'Kế hoạch_ số 12_KH.docx'
    """
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE.sub("_", name).strip(" ._")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = stem[:150].strip(" ._") or "van-ban"
    return f"{stem}.{ext.lower()}" if ext else stem


def store_upload(src: Path, documents_dir: Path) -> Path:
    """Copy an uploaded file into ``documents_dir`` under a safe, collision-free name.

    Uploading the same content twice reuses the stored copy; a different file with the same name gets
    ``-2``, ``-3``... appended.
    """
    documents_dir.mkdir(parents=True, exist_ok=True)
    name = safe_filename(src.name)
    target = documents_dir / name
    stem, suffix = target.stem, target.suffix
    n = 2
    # lexists: a link (even a dangling one) counts as taken, and is never written through.
    while os.path.lexists(target):
        if not target.is_symlink() and target.is_file() and filecmp.cmp(src, target, shallow=False):
            return target
        target = documents_dir / f"{stem}-{n}{suffix}"
        n += 1
    # "xb" creates the file exclusively (O_CREAT|O_EXCL): it fails instead of following a link planted
    # between the check and the write.
    with open(src, "rb") as fin, open(target, "xb") as fout:
        shutil.copyfileobj(fin, fout)
    return target


def result_rows(report: Any, docs: list[Any], lang: str) -> list[list[Any]]:
    """Rows for the upload result table: the indexer's per-file status joined with the parsed document
    (pages, sections, OCR pages) when the file was indexed, or its bilingual error message."""
    by_file = {d.file: d for d in docs}
    rows = []
    for f in getattr(report, "files", []) or []:
        doc = by_file.get(f.file)
        if f.status == "error":
            note = f.message(lang)
        else:
            note = "; ".join(
                [*(str(w) for w in (f.warnings or [])), *([f.message(lang)] if f.message(lang) else [])]
            )
        ocr = ", ".join(str(p) for p in doc.ocr_pages) if doc is not None and doc.ocr_pages else ""
        rows.append(
            [
                Path(f.file).name,
                t(f"st_{f.status}", lang),
                (doc.page_count or "") if doc is not None else "",
                len(doc.sections) if doc is not None else "",
                f"{t('yes', lang)} ({ocr})" if ocr else t("no", lang),
                note,
            ]
        )
    return rows


def result_headers(lang: str) -> list[str]:
    return [
        t(k, lang) for k in ("col_file", "col_status", "col_pages", "col_sections", "col_ocr", "col_message")
    ]


def doc_headers(lang: str) -> list[str]:
    return [
        t(k, lang)
        for k in (
            "col_type",
            "col_number",
            "col_date",
            "col_issuer",
            "col_title",
            "col_file",
            "col_pages",
            "col_sections",
            "col_refs",
        )
    ]


def doc_rows(docs: list[Any]) -> list[list[Any]]:
    """One row per indexed document; the last column names the indexed documents it refers to (→)."""
    by_number: dict[str, Any] = {}
    for d in docs:
        for num in [d.meta.number, *d.meta.number_aliases]:
            if num:
                by_number[num.upper()] = d
    rows = []
    for d in docs:
        refs: list[str] = []
        for r in d.meta.references:
            target = by_number.get((r.number or "").upper())
            label = f"→ {target.meta.short_title()}" if target is not None and target is not d else None
            if label and label not in refs:
                refs.append(label)
        m = d.meta
        rows.append(
            [
                m.doc_type or "",
                m.number or "",
                format_date(m.date),
                m.issuer or "",
                m.title or "",
                # Other files of the same document (a DOCX beside its signed PDF) follow the indexed one.
                " + ".join([Path(d.file).name, *(Path(f).name for f in getattr(d, "alternates", []))]),
                d.page_count or "",
                len(d.sections),
                "; ".join(refs),
            ]
        )
    return rows


def _progress_adapter(ctx: UIContext, progress: gr.Progress) -> Callable[..., None]:
    """A progress callback for the API that feeds both the Gradio bar and the status bar."""

    def report(done: int, total: int, name: str = "", stage: str = "") -> None:
        message = f"{STAGES.get(stage, stage)} {name}".strip()
        ctx.status.update(done, total, message)
        if total:
            progress((int(done), int(total)), desc=message or None)

    return report


class DocumentsTab:
    """The tab's components; ``connect`` wires its events once the other tabs' pickers exist."""

    def __init__(self, ctx: UIContext, lang_in: gr.Radio) -> None:
        from assistant.ui.choices import document_choices

        self.ctx, self.lang_in = ctx, lang_in
        L = ctx.labels
        lang0 = ctx.settings.ui_language
        self.role_note = gr.Markdown("", elem_id="role-note")
        with gr.Row(elem_id="editor-tools") as self.editor_row:
            with gr.Column(scale=2):
                self.files = L.add(
                    gr.File(
                        label=t("upload", lang0),
                        file_count="multiple",
                        file_types=UPLOAD_TYPES,
                        elem_id="upload-files",
                    ),
                    label="upload",
                )
                self.upload_btn = L.add(
                    gr.Button(t("upload_btn", lang0), variant="primary", elem_id="upload-btn"),
                    value="upload_btn",
                )
            with gr.Column(scale=3):
                self.results = L.add(
                    gr.Dataframe(
                        headers=result_headers(lang0),
                        value=None,
                        interactive=False,
                        label=t("upload_results", lang0),
                        wrap=True,
                        elem_id="upload-results",
                        column_widths=["25%", "10%", "9%", "9%", "10%", "37%"],
                    ),
                    label="upload_results",
                )
        self.message = gr.Markdown("", elem_id="doc-message")
        self.doc_list = L.add(
            gr.Dataframe(
                headers=doc_headers(lang0),
                value=_list(ctx),
                label=t("doc_list", lang0),
                interactive=False,
                wrap=True,
                elem_id="doc-list",
                column_widths=["9%", "9%", "8%", "12%", "22%", "15%", "5%", "5%", "15%"],
            ),
            label="doc_list",
        )
        with gr.Row():
            self.refresh = L.add(
                gr.Button(t("refresh", lang0), size="sm", elem_id="doc-refresh"), value="refresh"
            )
            self.reindex = L.add(
                gr.Button(t("reindex", lang0), size="sm", elem_id="reindex"), value="reindex"
            )
        with gr.Row(equal_height=False):
            with gr.Column(scale=1):
                self.pick = L.add(
                    gr.Dropdown(
                        choices=document_choices(ctx),
                        value=None,
                        elem_id="outline-doc",
                        label=t("outline_pick", lang0),
                    ),
                    label="outline_pick",
                )
                self.delete = L.add(
                    gr.Button(t("delete", lang0), variant="stop", size="sm", elem_id="delete-doc"),
                    value="delete",
                )
            with gr.Column(scale=3):
                self.outline = gr.HTML(empty_panel(t("outline", lang0)), elem_id="outline-view")
        self.trash = TrashPanel(ctx)
        self.to_delete = gr.State(None)
        self.gated = [self.role_note, self.editor_row, self.reindex, self.delete, self.trash.restore]
        self.targets: list[Any] = [self.doc_list, self.pick, *self.trash.targets]
        self._extra_updates: Callable[[str], list[Any]] = lambda lang: []

    def updates(self, lang: str) -> list[Any]:
        """Fresh values for ``targets`` after the document set changed."""
        from assistant.ui.choices import document_choices

        return [
            gr.update(value=_list(self.ctx), headers=doc_headers(lang)),
            gr.update(choices=document_choices(self.ctx)),
            *self.trash.updates(lang),
            *self._extra_updates(lang),
        ]

    def gate(self, request: gr.Request, lang: str) -> list[Any]:
        """On page load: the changing actions exist only for editors (``gated`` components)."""
        editor = allowed(self.ctx.settings, username(request) or None, "upload")
        note = "" if editor else t("role_reader", lang)
        return [note, *[gr.update(visible=editor) for _ in self.gated[1:]]]

    def _add(self, paths: list[Path], progress: Callable[..., None]) -> Any:
        """Index ``paths`` through the Assistant; with no index yet, build the first one and open it."""
        ctx = self.ctx
        if ctx.assistant is not None:
            return ctx.assistant.add_documents(paths, progress=progress)
        from assistant.api import Assistant
        from assistant.indexer import Indexer

        report = Indexer(ctx.settings).add_files(paths, progress=progress)
        ctx.assistant = Assistant(ctx.settings)
        return report

    def connect(self, extra: list[Any], extra_updates: Callable[[str], list[Any]]) -> None:
        """Wire the events; ``extra`` are pickers in other tabs refreshed by ``extra_updates(lang)``."""
        ctx, lang_in = self.ctx, self.lang_in
        self.targets = [self.doc_list, self.pick, *self.trash.targets, *extra]
        self._extra_updates = extra_updates

        def upload(
            paths: list[str] | None,
            lang: str,
            request: gr.Request,
            progress: gr.Progress = gr.Progress(),  # noqa: B008
        ) -> list[Any]:
            user = require(ctx, request, "upload", lang)
            if not paths:
                raise gr.Error(t("upload_none", lang))
            if ctx.assistant is None and ctx.status.running:  # the first index is still being built
                raise gr.Error(t("not_ready", lang))
            before = (
                {p for p in ctx.settings.documents_dir.glob("*")}
                if ctx.settings.documents_dir.is_dir()
                else set()
            )
            stored = [store_upload(Path(p), ctx.settings.documents_dir) for p in paths]
            new = [p for p in stored if p not in before]
            ctx.status.start(t("upload_btn", lang))
            try:
                out = self._add(stored, _progress_adapter(ctx, progress))
                ctx.status.finish()
            except Exception as exc:  # noqa: BLE001
                for p in new:  # nothing was indexed: the upload must not stay half-done in documents/
                    p.unlink(missing_ok=True)
                ctx.status.finish(str(exc))
                raise ui_error(exc, lang) from exc
            gone = discard_rejected(ctx.settings, out, new)
            log(ctx, user, "upload", [p.name for p in stored], out.by_status())
            table = gr.update(
                value=result_rows(out, ctx.assistant.documents(), lang), headers=result_headers(lang)
            )
            note = t("rejected_removed", lang, files=", ".join(gone)) if gone else ""
            return [table, None, note, *self.updates(lang)]

        def run_index(lang: str, request: gr.Request, progress: Any, files: list[str] | None) -> list[Any]:
            user = require(ctx, request, "reindex", lang)
            if ctx.assistant is None:
                raise gr.Error(t("not_ready", lang))
            ctx.status.start(t("reindex", lang))
            try:
                if files is None:
                    report = ctx.assistant.reindex(progress=_progress_adapter(ctx, progress))
                else:
                    root = ctx.settings.documents_dir
                    paths = [root / f for f in files]
                    report = ctx.assistant.add_documents(paths, progress=_progress_adapter(ctx, progress))
                ctx.status.finish()
            except Exception as exc:  # noqa: BLE001
                ctx.status.finish(str(exc))
                raise ui_error(exc, lang) from exc
            changed = [f.file for f in report.files if f.status != "unchanged"]
            log(ctx, user, "reindex" if files is None else "index_pending", changed, report.by_status())
            return [t("reindexed", lang, n=len(ctx.assistant.documents())), *self.updates(lang)]

        def do_reindex(lang: str, request: gr.Request, progress: gr.Progress = gr.Progress()) -> list[Any]:  # noqa: B008
            return run_index(lang, request, progress, None)

        def index_pending(lang: str, request: gr.Request, progress: gr.Progress = gr.Progress()) -> list[Any]:  # noqa: B008
            return run_index(lang, request, progress, pending(ctx.settings))

        def ask_delete(doc_id: str | None, lang: str, request: gr.Request) -> list[Any]:
            require(ctx, request, "delete", lang)
            if not doc_id or ctx.assistant is None:
                raise gr.Error(t("outline_pick", lang))
            doc = ctx.assistant.document(doc_id)
            name = (doc.meta.short_title() or doc.file) if doc else doc_id
            return [gr.update(visible=True), t("confirm_delete", lang, name=name), doc_id]

        def do_delete(doc_id: str | None, lang: str, request: gr.Request) -> list[Any]:
            user = require(ctx, request, "delete", lang)
            if not doc_id or ctx.assistant is None:
                raise gr.Error(t("outline_pick", lang))
            doc = ctx.assistant.document(doc_id)
            name = (doc.meta.short_title() or doc.file) if doc else doc_id
            try:
                ctx.assistant.delete_document(doc_id, user=user)
            except Exception as exc:  # noqa: BLE001
                raise ui_error(exc, lang) from exc
            log(ctx, user, "delete", [doc.file if doc else doc_id])
            return [
                t("deleted", lang, name=name),
                empty_panel(t("outline", lang)),
                gr.update(visible=False),
                None,
                *self.updates(lang),
            ]

        def do_restore(name: str | None, lang: str, request: gr.Request) -> list[Any]:
            user = require(ctx, request, "restore", lang)
            if not name or ctx.assistant is None:
                raise gr.Error(t("trash_pick", lang))
            try:
                report = ctx.assistant.restore_document(name)
            except Exception as exc:  # noqa: BLE001
                raise ui_error(exc, lang) from exc
            log(ctx, user, "restore", [name], report.by_status())
            return [t("restored", lang, name=name), *self.updates(lang)]

        def show_outline(doc_id: str | None, lang: str) -> str:
            doc = ctx.assistant.document(doc_id) if doc_id and ctx.assistant is not None else None
            if doc is None:
                return empty_panel(t("outline", lang))
            return render_outline(doc, lang, ctx.original_path(doc.file))

        index = {"concurrency_id": "index", "concurrency_limit": 1, "api_visibility": "private"}
        self.upload_btn.click(
            upload, [self.files, lang_in], [self.results, self.files, self.message, *self.targets], **index
        )
        self.reindex.click(do_reindex, [lang_in], [self.message, *self.targets], **index)
        self.trash.pending_btn.click(index_pending, [lang_in], [self.message, *self.targets], **index)
        confirm = [self.trash.confirm_row, self.trash.confirm_text, self.to_delete]
        self.delete.click(ask_delete, [self.pick, lang_in], confirm, queue=False)
        self.trash.no.click(lambda: [gr.update(visible=False), "", None], None, confirm, queue=False)
        self.trash.yes.click(
            do_delete,
            [self.to_delete, lang_in],
            [self.message, self.outline, self.trash.confirm_row, self.to_delete, *self.targets],
            **index,
        )
        self.trash.restore.click(
            do_restore, [self.trash.pick, lang_in], [self.message, *self.targets], **index
        )
        self.refresh.click(self.updates, [lang_in], self.targets, queue=False)
        self.pick.change(show_outline, [self.pick, lang_in], [self.outline], queue=False)
        lang_in.change(
            lambda lang: [gr.update(headers=doc_headers(lang)), gr.update(headers=result_headers(lang))],
            [lang_in],
            [self.doc_list, self.results],
            queue=False,
        )


def _list(ctx: UIContext) -> list[list[Any]]:
    """Rows of the indexed-documents table (empty while no index exists)."""
    try:
        return doc_rows(ctx.assistant.documents()) if ctx.assistant is not None else []
    except Exception:  # noqa: BLE001 - no index yet
        return []
