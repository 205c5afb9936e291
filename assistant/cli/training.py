"""``python -m assistant training pack|compare|quiz``: training material from the indexed documents.

Documents come from the index when there is one, else the documents folder is parsed on the spot (as
``obligations`` does). Output goes to the terminal (text or ``--json``) and to the files asked for.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from assistant.config import Settings
from assistant.errors import AssistantError


def _context(index_dir, documents_dir):
    from assistant.cli.obligations import load_documents
    from assistant.obligations.table import ObligationTable

    settings = Settings.from_env()
    docs = load_documents(Path(index_dir) if index_dir else None, Path(documents_dir) if documents_dir else None, settings)
    if not docs:
        where = documents_dir or index_dir or settings.documents_dir
        raise click.ClickException(
            f"Thư viện không có văn bản nào ({where}). / The library has no documents ({where})."
        )
    return settings, docs, ObligationTable.from_documents(docs)


def _done(path: Path) -> None:
    click.echo(f"Đã ghi / written: {path}", err=True)


def _source_opts(f):
    f = click.option("--index", "index_dir", type=click.Path(file_okay=False), default=None, help="Thư mục chỉ mục / index folder.")(f)
    f = click.option("--documents", "documents_dir", type=click.Path(file_okay=False), default=None, help="Thư mục văn bản (khi chưa có chỉ mục) / documents folder when there is no index.")(f)
    return f


def register(main: click.Group) -> None:
    """Add the ``training`` command group to ``main``."""

    @main.group("training")
    def training() -> None:
        """Tập huấn: tài liệu, so sánh văn bản, câu hỏi kiểm tra / training pack, comparison, quiz."""

    @training.command("pack")
    @click.option("--document", "document", required=True, help="Số hiệu, tên tệp hoặc mã văn bản / number, file or id.")
    @click.option("--chain", is_flag=True, help="Kèm các văn bản triển khai / include the documents implementing it.")
    @click.option("--docx", "docx_out", type=click.Path(dir_okay=False), default=None)
    @click.option("--pdf", "pdf_out", type=click.Path(dir_okay=False), default=None)
    @click.option("--json", "as_json", is_flag=True, help="In JSON / print JSON.")
    @_source_opts
    def pack_cmd(document, chain, docx_out, pdf_out, as_json, index_dir, documents_dir) -> None:
        """Tài liệu tập huấn cho một văn bản / the training pack of one document."""
        from assistant.export import write_docx, write_pdf
        from assistant.training import build_pack, find_document
        from assistant.training.render import blocks_to_text, pack_blocks

        try:
            _, docs, table = _context(index_dir, documents_dir)
            pack = build_pack(docs, find_document(docs, document), table, chain=chain)
            blocks = pack_blocks(pack)
            title = pack.documents[0]["label"]
            if docx_out:
                _done(write_docx(blocks, docx_out, title))
            if pdf_out:
                _done(write_pdf(blocks, pdf_out, title))
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from None
        click.echo(json.dumps(asdict(pack), ensure_ascii=False, indent=1) if as_json else blocks_to_text(blocks))

    @training.command("compare")
    @click.argument("documents", nargs=-1, required=True)
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--docx", "docx_out", type=click.Path(dir_okay=False), default=None)
    @click.option("--threshold", type=float, default=None, help="Ngưỡng ghép mục / alignment threshold.")
    @_source_opts
    def compare_cmd(documents, as_json, docx_out, threshold, index_dir, documents_dir) -> None:
        """So sánh 2-3 văn bản theo từng mục / compare two or three documents section by section."""
        from assistant.export import write_docx
        from assistant.training import compare_documents, find_document
        from assistant.training.render import blocks_to_text, comparison_blocks

        if not 2 <= len(documents) <= 3:
            raise click.ClickException("Cần 2 hoặc 3 văn bản. / Give two or three documents.")
        try:
            settings, docs, table = _context(index_dir, documents_dir)
            chosen = [find_document(docs, d) for d in documents]
            if len({d.doc_id for d in chosen}) < len(chosen):
                raise click.ClickException(
                    "Hãy chọn các văn bản khác nhau để so sánh. / Choose different documents to compare."
                )
            embedder = None
            try:
                from assistant.embeddings import Embedder

                embedder = Embedder.for_settings(settings)
            except AssistantError as exc:
                click.echo(f"! {exc.bilingual()} — so sánh theo từ / comparing by words only", err=True)
            cmp = compare_documents(docs, chosen, embedder, table, threshold)
            blocks = comparison_blocks(cmp)
            if docx_out:
                _done(write_docx(blocks, docx_out, "So sánh văn bản"))
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from None
        if as_json:
            click.echo(json.dumps(_comparison_json(cmp), ensure_ascii=False, indent=1))
        else:
            click.echo(blocks_to_text(blocks))

    @training.command("quiz")
    @click.option("--document", "document", required=True, multiple=True, help="Số hiệu, tên tệp hoặc mã (lặp lại được) / number, file or id (repeatable).")
    @click.option("--n", "n", type=click.IntRange(1, 200), default=20, show_default=True)
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--gift", "gift_out", type=click.Path(dir_okay=False), default=None, help="Moodle GIFT.")
    @click.option("--aiken", "aiken_out", type=click.Path(dir_okay=False), default=None, help="Aiken.")
    @click.option("--docx", "docx_out", type=click.Path(dir_okay=False), default=None, help="Câu hỏi; đáp án ghi vào *-dap-an.docx / questions; the key goes to *-dap-an.docx.")
    @_source_opts
    def quiz_cmd(document, n, as_json, gift_out, aiken_out, docx_out, index_dir, documents_dir) -> None:
        """Câu hỏi kiểm tra từ nhiệm vụ, thời hạn, chỉ tiêu / a quiz from duties, deadlines and figures."""
        from assistant.export import write_docx
        from assistant.export.quiz_formats import to_aiken, to_gift
        from assistant.training import find_document, make_quiz
        from assistant.training.render import blocks_to_text, quiz_blocks

        try:
            _, docs, table = _context(index_dir, documents_dir)
            items = make_quiz(docs, [find_document(docs, d) for d in document], n, table)
            if len(items) < n:
                click.echo(
                    f"Chỉ đặt được {len(items)} câu hỏi từ văn bản này. / Only {len(items)} questions could be made.",
                    err=True,
                )
            if gift_out:
                Path(gift_out).write_text(to_gift(items), encoding="utf-8")
                _done(Path(gift_out))
            if aiken_out:
                Path(aiken_out).write_text(to_aiken(items), encoding="utf-8")
                _done(Path(aiken_out))
            if docx_out:
                out = Path(docx_out)
                _done(write_docx(quiz_blocks(items, False), out, "Câu hỏi"))
                _done(write_docx(quiz_blocks(items, True), out.with_name(out.stem + "-dap-an.docx"), "Đáp án"))
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from None
        if as_json:
            click.echo(json.dumps([it.to_dict() for it in items], ensure_ascii=False, indent=1))
        else:
            click.echo(blocks_to_text(quiz_blocks(items, True)))


def _comparison_json(cmp) -> dict:
    def unit(u):
        return {"section": " › ".join(u.section.path), "cite": u.cite.to_dict()}

    labels = cmp.labels()
    return {
        "documents": labels,
        "method": cmp.method,
        "against": [
            {
                "document": labels[k + 1],
                "aligned": [
                    {
                        "left": unit(p.left),
                        "right": unit(p.right),
                        "score": round(p.score, 3),
                        "changes": [asdict(c) for c in p.changes],
                    }
                    for p in pairs
                ],
                "new": [unit(u) for u in cmp.new[k]],
                "dropped": [unit(u) for u in cmp.dropped[k]],
            }
            for k, pairs in enumerate(cmp.aligned)
        ],
    }
