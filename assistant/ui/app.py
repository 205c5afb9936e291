"""The Gradio app: a header with the language switch and the index status, then the Ask, Documents and
Obligations and Training tabs, all thin shells over one ``Assistant``.

``build_app`` lays the page out; ``launch`` loads settings-driven pieces (the Assistant, a first-start index
build in a background thread with a console progress bar and the status bar in the page) and serves it
offline: analytics off, no share link, no server-side rendering, files served only from the documents folder.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.ui.chat import CITATION_JS, build_chat_tab  # noqa: E402
from assistant.ui.choices import document_choices, year_choices  # noqa: E402
from assistant.ui.documents import DocumentsTab  # noqa: E402
from assistant.ui.i18n import gradio_strings_js, normalize_lang, t  # noqa: E402
from assistant.ui.obligations import CARDS_CSS, build_obligations_tab  # noqa: E402
from assistant.ui.state import IndexStatus, UIContext  # noqa: E402
from assistant.ui.training import build_training_tab  # noqa: E402
from assistant.ui.viewer import CSS  # noqa: E402


def build_app(assistant: Any, settings: Settings, status: IndexStatus | None = None) -> gr.Blocks:
    """The whole page over ``assistant``; ``status`` is shared with a background indexing job, if any."""
    return build_page(UIContext(assistant=assistant, settings=settings, status=status or IndexStatus()))


def build_page(ctx: UIContext) -> gr.Blocks:
    """The page over ``ctx``; ``ctx.assistant`` may still be None while the first index is being built."""
    settings = ctx.settings
    lang0 = normalize_lang(settings.ui_language)
    L = ctx.labels
    with gr.Blocks(title=t("app_title", lang0), fill_width=True) as demo:
        with gr.Row(equal_height=True):
            with gr.Column(scale=5):
                title = gr.Markdown(_header(lang0), elem_id="app-header")
            lang_in = gr.Radio(
                choices=[("Tiếng Việt", "vi"), ("English", "en")],
                value=lang0,
                show_label=False,
                elem_id="ui-lang",
                scale=1,
                min_width=280,
            )
        status_md = gr.Markdown(ctx.status.text(lang0, 0), elem_id="status-bar")
        timer = gr.Timer(1.0, active=True)
        with gr.Tabs(elem_id="tabs"):
            with L.add(gr.Tab(t("tab_chat", lang0), id="chat", elem_id="tab-chat"), label="tab_chat"):
                chat = build_chat_tab(ctx, lang_in)
            with L.add(
                gr.Tab(t("tab_documents", lang0), id="documents", elem_id="tab-documents"),
                label="tab_documents",
            ):
                docs_tab = DocumentsTab(ctx, lang_in)
            with L.add(
                gr.Tab(t("tab_obligations", lang0), id="obligations", elem_id="tab-obligations"),
                label="tab_obligations",
            ):
                ob_doc, ob_event = build_obligations_tab(ctx, lang_in)
            with L.add(
                gr.Tab(t("tab_training", lang0), id="training", elem_id="tab-training"),
                label="tab_training",
            ):
                training_pickers = build_training_tab(ctx, lang_in)

        def pickers(lang: str) -> list[Any]:
            docs = document_choices(ctx)
            years = gr.update(choices=year_choices(ctx))
            training = [gr.update(choices=docs) for _ in training_pickers]
            return [gr.update(choices=docs), years, gr.update(choices=docs), *training, status_text(lang)]

        docs_tab.connect([chat.doc_filter, chat.year_filter, ob_doc, *training_pickers, status_md], pickers)
        demo.load(docs_tab.gate, [lang_in], docs_tab.gated, queue=False)  # editors only: see users.py
        from assistant.ui.api_routes import register_api

        register_api(ctx)  # /ask and /add_document for scripts (same queues, login and roles)
        targets = docs_tab.targets

        def status_text(lang: str) -> str:
            count = 0
            if not ctx.status.running:
                try:
                    count = len(ctx.assistant.documents())
                except Exception:  # noqa: BLE001 - no index yet
                    count = 0
            return ctx.status.text(lang, count)

        def tick(lang: str) -> list[Any]:
            """Status bar while indexing; when the job ends, refresh the document pickers and stop."""
            running = ctx.status.running
            refresh = [gr.skip()] * len(targets) if running else docs_tab.updates(lang)
            if running:  # the status bar is the last target: keep it moving while the job runs
                refresh[-1] = status_text(lang)
            return [gr.Timer(active=running), *refresh]

        timer.tick(tick, [lang_in], [timer, *targets], queue=False, show_progress="hidden")
        demo.load(
            lambda lang: [gr.Timer(active=ctx.status.running), *docs_tab.updates(lang)],
            [lang_in],
            [timer, *targets],
            queue=False,
        )
        if chat.on_load:
            demo.load(*chat.on_load, queue=False)
        ob_run, ob_ins, ob_outs = ob_event

        def obligations_on_load(*args: Any) -> list[Any]:
            """The Obligations tab opens filled (every duty), not empty until "Lọc" is pressed."""
            return ob_run(*args) if ctx.ready else [gr.skip()] * len(ob_outs)

        demo.load(obligations_on_load, ob_ins, ob_outs, queue=False)
        lang_in.change(
            lambda lang: [_header(lang), status_text(lang), *L.updates(lang)],
            [lang_in],
            [title, status_md, *L.components],
            queue=False,
        )
    return demo


def _header(lang: str) -> str:
    return f"## {t('app_title', lang)}\n{t('app_subtitle', lang)}"


def parse_auth(auth: str) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; empty -> None (no login)."""
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user:
        from assistant.errors import ConfigError

        raise ConfigError(
            "ASSISTANT_AUTH phải có dạng user:password.", "ASSISTANT_AUTH must be user:password."
        )
    return user, password


def index_exists(settings: Settings) -> bool:
    """True when an index was already saved in ``settings.index_dir``."""
    return (settings.index_dir / "manifest.json").is_file()


def build_index_in_background(ctx: UIContext, rebuild: bool = False) -> threading.Thread:
    """Index the documents folder in a thread, then open the Assistant on it.

    Progress goes to a console bar and to ``ctx.status`` (the page's status bar); until the thread ends
    ``ctx.assistant`` stays None and the page says the index is being built.
    """
    from tqdm import tqdm

    from assistant.indexer import Indexer
    from assistant.ui.documents import STAGES

    settings = ctx.settings
    lang = normalize_lang(settings.ui_language)
    ctx.status.start(str(settings.documents_dir))
    bar = tqdm(total=0, desc="Lập chỉ mục / indexing", file=sys.stderr, dynamic_ncols=True)

    def progress(done: int, total: int, name: str = "", stage: str = "") -> None:
        message = f"{STAGES.get(stage, stage)} {name}".strip()
        ctx.status.update(done, total, message)
        if bar.total != total:
            bar.reset(total=total)
        bar.n = done
        bar.set_description_str(message[-50:] or "indexing", refresh=False)
        bar.refresh()

    def work() -> None:
        from assistant.api import Assistant

        try:
            Indexer(settings).update(settings.documents_dir, progress=progress, rebuild=rebuild)
            assistant = Assistant(settings)
            assistant.ask("Kết luận")  # warm-up, so the first real question is answered at full speed
            ctx.assistant = assistant
            ctx.status.finish()
        except Exception as exc:  # noqa: BLE001 - shown in the status bar and the console
            message = exc.message(lang) if hasattr(exc, "message") and callable(exc.message) else str(exc)
            ctx.status.finish(message)
            print(f"Lỗi lập chỉ mục / indexing error: {exc}", file=sys.stderr)
        finally:
            bar.close()

    thread = threading.Thread(target=work, name="first-index", daemon=True)
    thread.start()
    return thread


def open_assistant(ctx: UIContext) -> threading.Thread | None:
    """Open the saved index (seconds), or start building it when there is none or it no longer fits."""
    from assistant.api import Assistant
    from assistant.errors import IndexError_, IndexMismatchError

    if index_exists(ctx.settings):
        try:
            ctx.assistant = Assistant(ctx.settings)
            ctx.assistant.ask("Kết luận")  # warm-up: the first real question is answered at full speed
            return None
        except IndexMismatchError:
            print("Chỉ mục không khớp mô hình: lập lại / index mismatch: rebuilding", file=sys.stderr)
            return build_index_in_background(ctx, rebuild=True)
        except IndexError_ as exc:
            print(f"{exc}", file=sys.stderr)
    print(
        f"Chưa có chỉ mục: đang lập chỉ mục {ctx.settings.documents_dir} / building the index",
        file=sys.stderr,
    )
    return build_index_in_background(ctx)


def launch(settings: Settings, *, block: bool = True) -> gr.Blocks:
    """Open (or start building) the index, then serve the app on the host and port from ``settings``."""
    settings.documents_dir.mkdir(parents=True, exist_ok=True)
    ctx = UIContext(assistant=None, settings=settings, status=IndexStatus())
    open_assistant(ctx)
    demo = build_page(ctx)
    from starlette.middleware import Middleware

    from assistant.ui.viewer import SecurityHeaders
    from assistant.users import gradio_auth

    demo.queue(default_concurrency_limit=4)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=gradio_auth(settings),  # the users file (roles), the single ASSISTANT_AUTH login, or none
        app_kwargs={"middleware": [Middleware(SecurityHeaders)]},
        auth_message=t("app_title", normalize_lang(settings.ui_language)),
        allowed_paths=[str(settings.documents_dir.resolve())],
        share=False,
        ssr_mode=False,
        footer_links=[],
        theme=gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"]),
        css=CSS + CARDS_CSS,
        head=f"<script>{CITATION_JS}</script><script>{gradio_strings_js()}</script>",
        prevent_thread_lock=not block,
    )
    return demo
