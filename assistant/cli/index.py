"""``python -m assistant index`` (build or update an index) and ``search`` (debug retrieval).

Commands only parse options, call ``Indexer`` / ``Retriever`` and format what comes back; domain errors
become one ``click.ClickException`` with the bilingual message.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from assistant.config import Settings
from assistant.errors import AssistantError

_STATUS_VI = {
    "added": "thêm mới",
    "changed": "cập nhật",
    "unchanged": "không đổi",
    "removed": "đã xóa",
    "error": "lỗi",
    "merged": "đã gộp",
}


def _settings(documents: str | None, index: str | None, model: str | None) -> Settings:
    return Settings.from_env(documents_dir=documents, index_dir=index, embed_model=model)


def _json_default(value: object) -> object:
    """JSON for what ``asdict`` leaves as Python objects: sets as sorted lists, anything else as ``str``."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def register(main: click.Group) -> None:
    """Add ``index`` and ``search`` to the top-level command group."""

    @main.command("index")
    @click.option(
        "--documents", "-d", type=click.Path(file_okay=False), help="Thư mục văn bản / documents folder"
    )
    @click.option(
        "--index", "-i", "index_dir", type=click.Path(file_okay=False), help="Thư mục chỉ mục / index folder"
    )
    @click.option("--model", "-m", help="Mô hình nhúng / embedding model (name or folder)")
    @click.option(
        "--rebuild", is_flag=True, help="Lập lại toàn bộ / rebuild from scratch (e.g. after a model change)"
    )
    @click.option("--quiet", "-q", is_flag=True, help="Không hiện thanh tiến trình / no progress bar")
    def index_cmd(
        documents: str | None, index_dir: str | None, model: str | None, rebuild: bool, quiet: bool
    ) -> None:
        """Lập hoặc cập nhật chỉ mục / build or update the index (only changed files are processed)."""
        from tqdm import tqdm

        from assistant.indexer import Indexer

        settings = _settings(documents, index_dir, model)
        if not Path(settings.documents_dir).is_dir():
            raise click.ClickException(
                f"Không thấy thư mục văn bản {settings.documents_dir} / documents folder not found"
            )
        bars: dict[str, tqdm] = {}

        def progress(i: int, n: int, name: str, stage: str) -> None:
            if quiet or stage not in ("load", "embed"):
                return
            label = {"load": "Đọc tệp / files", "embed": "Nhúng / embedding"}[stage]
            bar = bars.get(stage)
            if bar is None:
                for other in bars.values():  # one bar at a time: files first, then embedding
                    other.close()
                bar = bars[stage] = tqdm(total=n, desc=label, unit="", leave=False)
            bar.n = i
            if name:
                bar.set_postfix_str(name[-40:], refresh=False)
            bar.refresh()

        try:
            report = Indexer(settings).update(settings.documents_dir, progress=progress, rebuild=rebuild)
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from exc
        finally:
            for bar in bars.values():
                bar.close()
        changed = [f.file for f in report.files if f.status in ("added", "changed", "removed")]
        if changed:  # who changed the library, and how (assistant/audit.py)
            import getpass

            from assistant import audit

            audit.record(settings, f"cli:{getpass.getuser()}", "index", changed, report.by_status())
        for f in report.files:
            line = f"[{f.status} / {_STATUS_VI.get(f.status, f.status)}] {f.file}"
            if f.status in ("added", "changed"):
                line += f" ({f.chunks} đoạn / chunks)"
            if f.status in ("error", "merged"):
                line += f": {f.message_vi} / {f.message_en}"
            click.echo(line, err=f.status == "error")
            for w in f.warnings:
                click.echo(f"    ! {w}")
        totals = ", ".join(f"{k}: {v}" for k, v in sorted(report.by_status().items()))
        click.echo(
            f"Chỉ mục / index: {report.index_dir} — {report.counts.get('documents', 0)} văn bản / documents, "
            f"{report.counts.get('chunks', 0)} đoạn / chunks ({totals}; {report.seconds:.1f}s, "
            f"nhúng / embedding {report.embed_seconds:.1f}s)"
        )
        if report.all_failed:
            raise SystemExit(1)

    @main.command("search")
    @click.argument("query")
    @click.option(
        "--index", "-i", "index_dir", type=click.Path(file_okay=False), help="Thư mục chỉ mục / index folder"
    )
    @click.option("-k", "k", default=10, show_default=True, help="Số kết quả / number of hits")
    @click.option("--json", "as_json", is_flag=True, help="In JSON / print JSON")
    def search_cmd(query: str, index_dir: str | None, k: int, as_json: bool) -> None:
        """Tìm đoạn văn bản liên quan (gỡ lỗi truy hồi) / show retrieved chunks (retrieval debugging)."""
        from assistant.query import analyze
        from assistant.retrieve import Retriever

        settings = _settings(None, index_dir, None)
        try:
            retriever = Retriever(settings)
            info = analyze(query)
            hits = retriever.search_info(info, k=k)
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from exc
        if as_json:
            out = {
                "query": asdict(info),
                "hits": [
                    {
                        "score": h.score,
                        "dense_rank": h.dense_rank,
                        "lexical_rank": h.lexical_rank,
                        "dense_score": h.dense_score,
                        "lexical_score": h.lexical_score,
                        "chunk": h.chunk.to_dict(),
                    }
                    for h in hits
                ],
            }
            click.echo(json.dumps(out, ensure_ascii=False, indent=2, default=_json_default))
            return
        click.echo(
            f"lang={info.language} accentless={info.accentless} restored={info.restored!r} orgs={info.orgs} "
            f"numbers={[r.number or r.text for r in info.doc_numbers]}"
        )
        for n, h in enumerate(hits, 1):
            c = h.chunk
            page = f" p.{c.pages[0]}" if c.pages else ""
            click.echo(
                f"{n:2d}. {h.score:.4f} (dense #{h.dense_rank}, lexical #{h.lexical_rank}) "
                f"{c.file}{page} › {c.section_label()}"
            )
            click.echo("    " + c.text[:200].replace("\n", " "))
