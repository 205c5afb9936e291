"""``python -m assistant serve``: start the web app (the same as ``python app.py``)."""

from __future__ import annotations

import os

import click


def register(main: click.Group) -> None:
    """Add the ``serve`` command to ``main``."""

    @main.command("serve")
    @click.option("--host", default=None, help="Địa chỉ lắng nghe / host to listen on (ASSISTANT_HOST).")
    @click.option("--port", type=int, default=None, help="Cổng / port (GRADIO_SERVER_PORT, default 7860).")
    @click.option(
        "--documents",
        type=click.Path(file_okay=False),
        default=None,
        help="Thư mục văn bản / documents folder (ASSISTANT_DOCUMENTS).",
    )
    @click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Thư mục chỉ mục / index folder (ASSISTANT_INDEX).",
    )
    @click.option("--auth", default=None, help="Đăng nhập user:password / login (ASSISTANT_AUTH).")
    @click.option(
        "--lang", type=click.Choice(["vi", "en"]), default=None, help="Ngôn ngữ giao diện / UI language."
    )
    def serve(
        host: str | None,
        port: int | None,
        documents: str | None,
        index_dir: str | None,
        auth: str | None,
        lang: str | None,
    ) -> None:
        """Mở giao diện web / start the web interface."""
        os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
        from assistant.config import Settings
        from assistant.ui.app import launch

        settings = Settings.from_env(
            host=host, port=port, documents_dir=documents, index_dir=index_dir, auth=auth, ui_language=lang
        )
        launch(settings)
