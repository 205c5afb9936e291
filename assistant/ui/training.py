"""The "Tập huấn / Training" tab: a training pack, a comparison of documents and a quiz, each shown on the
page and offered as files (DOCX, PDF, GIFT, Aiken, JSON). A thin shell over ``assistant.training``.

Stable ``elem_id``s: ``tr-pack-doc``, ``tr-pack-chain``, ``tr-pack-go``, ``tr-pack-out``, ``tr-pack-files``,
``tr-cmp-docs``, ``tr-cmp-go``, ``tr-cmp-out``, ``tr-cmp-files``, ``tr-quiz-docs``, ``tr-quiz-n``,
``tr-quiz-go``, ``tr-quiz-out``, ``tr-quiz-files``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.export.blocks import Block, Heading, Para, Quote, Table
from assistant.ui.choices import document_choices
from assistant.ui.i18n import t
from assistant.ui.state import UIContext, ui_error


def blocks_to_markdown(blocks: list[Block]) -> str:
    """Render export blocks as Markdown for the page (tables as Markdown tables, quotes as blockquotes)."""

    def esc(s: str) -> str:
        return (s or "").replace("|", "\\|").replace("\n", " ")

    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append("#" * (b.level + 2) + " " + b.text)
        elif isinstance(b, Para):
            out.append(f"**{b.text}**" if b.bold else b.text)
        elif isinstance(b, Quote):
            out.append(f"> “{b.text}”  \n> — *{b.source}*")
        elif isinstance(b, Table):
            lines = ["| " + " | ".join(esc(h) for h in b.header) + " |", "|" + "---|" * len(b.header)]
            lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in b.rows]
            out.append("\n".join(lines))
    return "\n\n".join(out)


def _context(ctx: UIContext, lang: str):
    if not ctx.ready:
        raise gr.Error(t("not_ready", lang))
    # The index generation's obligations table, extracted once by the Corpus, not again per click.
    return ctx.assistant.documents(), ctx.assistant.corpus.obligations


def _pick(docs, ids: list[str]):
    by_id = {d.doc_id: d for d in docs}
    return [by_id[i] for i in ids if i in by_id]


def build_training_tab(ctx: UIContext, lang_in: gr.Radio) -> list[gr.Dropdown]:
    """Lay out the tab and wire its events; returns the document pickers (refreshed after uploads)."""
    L = ctx.labels
    lang0 = ctx.settings.ui_language
    choices = document_choices(ctx)
    with gr.Tabs():
        with L.add(gr.Tab(t("tr_pack", lang0), id="tr-pack"), label="tr_pack"):
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    pack_doc = L.add(gr.Dropdown(choices=choices, label=t("tr_doc", lang0), elem_id="tr-pack-doc"), label="tr_doc")
                    with gr.Row():
                        chain = L.add(gr.Checkbox(label=t("tr_chain", lang0), elem_id="tr-pack-chain"), label="tr_chain")
                        pack_go = L.add(gr.Button(t("tr_make_pack", lang0), variant="primary", elem_id="tr-pack-go"), value="tr_make_pack")
                pack_files = L.add(gr.File(label=t("tr_files", lang0), file_count="multiple", elem_id="tr-pack-files", scale=2, min_width=260, height=150), label="tr_files")
            pack_out = gr.Markdown(elem_id="tr-pack-out")
        with L.add(gr.Tab(t("tr_compare", lang0), id="tr-compare"), label="tr_compare"):
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    cmp_docs = L.add(gr.Dropdown(choices=choices, multiselect=True, max_choices=3, label=t("tr_docs", lang0), elem_id="tr-cmp-docs"), label="tr_docs")
                    cmp_go = L.add(gr.Button(t("tr_make_compare", lang0), variant="primary", elem_id="tr-cmp-go"), value="tr_make_compare")
                cmp_files = L.add(gr.File(label=t("tr_files", lang0), file_count="multiple", elem_id="tr-cmp-files", scale=2, min_width=260, height=150), label="tr_files")
            cmp_out = gr.Markdown(elem_id="tr-cmp-out")
        with L.add(gr.Tab(t("tr_quiz", lang0), id="tr-quiz"), label="tr_quiz"):
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    quiz_docs = L.add(gr.Dropdown(choices=choices, multiselect=True, label=t("tr_quiz_docs", lang0), elem_id="tr-quiz-docs"), label="tr_quiz_docs")
                    with gr.Row():
                        quiz_n = L.add(gr.Slider(5, 50, value=20, step=1, label=t("tr_n", lang0), elem_id="tr-quiz-n"), label="tr_n")
                        quiz_go = L.add(gr.Button(t("tr_make_quiz", lang0), variant="primary", elem_id="tr-quiz-go"), value="tr_make_quiz")
                quiz_files = L.add(gr.File(label=t("tr_files", lang0), file_count="multiple", elem_id="tr-quiz-files", scale=2, min_width=260, height=150), label="tr_files")
            quiz_out = gr.Markdown(elem_id="tr-quiz-out")

    def make_pack(doc_id: str | None, with_chain: bool, lang: str) -> list[Any]:
        from assistant.export import write_docx, write_pdf
        from assistant.training import build_pack
        from assistant.training.render import pack_blocks

        if not doc_id:
            raise gr.Error(t("tr_pick", lang))
        try:
            docs, table = _context(ctx, lang)
            pack = build_pack(docs, _pick(docs, [doc_id])[0], table, chain=bool(with_chain))
            blocks = pack_blocks(pack)
            folder = Path(tempfile.mkdtemp(prefix="tap-huan-"))
            files = [
                str(write_docx(blocks, folder / "tai-lieu-tap-huan.docx", pack.documents[0]["label"])),
                str(write_pdf(blocks, folder / "tai-lieu-tap-huan.pdf", pack.documents[0]["label"])),
            ]
        except gr.Error:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ui_error(exc, lang) from exc
        return [blocks_to_markdown(blocks), files]

    def make_compare(ids: list[str] | None, lang: str) -> list[Any]:
        from assistant.export import write_docx
        from assistant.training import compare_documents
        from assistant.training.render import comparison_blocks

        if not ids or not 2 <= len(ids) <= 3:
            raise gr.Error(t("tr_pick_two", lang))
        try:
            docs, table = _context(ctx, lang)
            cmp = compare_documents(docs, _pick(docs, ids), ctx.assistant.embedder, table)
            blocks = comparison_blocks(cmp)
            folder = Path(tempfile.mkdtemp(prefix="so-sanh-"))
            files = [str(write_docx(blocks, folder / "so-sanh-van-ban.docx", "So sánh văn bản"))]
        except Exception as exc:  # noqa: BLE001
            raise ui_error(exc, lang) from exc
        return [blocks_to_markdown(blocks), files]

    def make_quiz_files(ids: list[str] | None, n: float, lang: str) -> list[Any]:
        from assistant.export import write_docx
        from assistant.export.quiz_formats import to_aiken, to_gift
        from assistant.training import make_quiz
        from assistant.training.render import quiz_blocks

        if not ids:
            raise gr.Error(t("tr_pick", lang))
        try:
            docs, table = _context(ctx, lang)
            items = make_quiz(docs, _pick(docs, ids), int(n), table)
            folder = Path(tempfile.mkdtemp(prefix="cau-hoi-"))
            (folder / "cau-hoi.gift.txt").write_text(to_gift(items), encoding="utf-8")
            (folder / "cau-hoi.aiken.txt").write_text(to_aiken(items), encoding="utf-8")
            (folder / "cau-hoi.json").write_text(json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=1), encoding="utf-8")
            files = [
                str(write_docx(quiz_blocks(items, False), folder / "cau-hoi.docx", "Câu hỏi")),
                str(write_docx(quiz_blocks(items, True), folder / "dap-an.docx", "Đáp án")),
                *(str(folder / f) for f in ("cau-hoi.gift.txt", "cau-hoi.aiken.txt", "cau-hoi.json")),
            ]
        except Exception as exc:  # noqa: BLE001
            raise ui_error(exc, lang) from exc
        return [blocks_to_markdown(quiz_blocks(items, True)), files]

    pack_go.click(make_pack, [pack_doc, chain, lang_in], [pack_out, pack_files], concurrency_id="answer", api_visibility="private")
    cmp_go.click(make_compare, [cmp_docs, lang_in], [cmp_out, cmp_files], concurrency_id="answer", api_visibility="private")
    quiz_go.click(make_quiz_files, [quiz_docs, quiz_n, lang_in], [quiz_out, quiz_files], concurrency_id="answer", api_visibility="private")
    return [pack_doc, cmp_docs, quiz_docs]
