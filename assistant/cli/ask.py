"""``python -m assistant ask``: ask one question, or a batch of questions from a JSONL file.

Stable contract (the eval harness and scripts depend on it)::

    python -m assistant ask "QUESTION" [--index DIR] [--mode extractive|llm] [--json] [--history Q ...]
    python -m assistant ask --index DIR --json --batch FILE.jsonl

Batch input lines: ``{"id": ..., "question": ..., "history": [earlier user questions]}``. Output: one JSON
object per line, in input order::

    {"id", "question", "answer", "abstained", "mode", "language", "resolved_question", "notes",
     "citations": [{"n", "file", "doc_title", "doc_number", "doc_date", "section", "page", "pages", "text", "quote",
                    "quote_start", "quote_end", "doc_start", "doc_end"}],
     "see_also": [same shape as citations],
     "retrieved": [{"file", "section", "page", "text", "score", "chunk_id"}],   # top 10, rank order
     "timings_ms": {stage: ms, ..., "total": ms}}

``file`` is the source path as given to ``index``; ``text`` is the chunk's original text. The index and
models load once per run. Only parsing, calling ``Assistant`` and formatting happen here.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Any

import click

from assistant.models import Answer, Citation


def citation_json(c: Citation) -> dict[str, Any]:
    """One citation as the batch output shows it."""
    return {
        "n": c.n,
        "file": c.doc.file,
        "doc_title": c.doc.title,
        "doc_number": c.doc.number,
        "doc_date": c.doc.date,
        "section": c.section,
        "page": c.page,
        "pages": list(c.pages) or ([c.page] if c.page else []),  # every page a quote spans (page breaks)
        "text": c.text,
        "quote": c.quote,
        "quote_start": c.quote_start,
        "quote_end": c.quote_end,
        "doc_start": c.doc_start,
        "doc_end": c.doc_end,
    }


def answer_json(answer: Answer, qid: Any = None, top: int = 10) -> dict[str, Any]:
    """The JSON object of one answer (the batch and ``--json`` formats)."""
    return {
        "id": qid,
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "fact_absent": answer.fact_absent,
        "mode": answer.mode,
        "language": answer.language,
        "resolved_question": answer.resolved_question,
        "notes": answer.notes,
        "citations": [citation_json(c) for c in answer.citations],
        "see_also": [citation_json(c) for c in answer.see_also],
        "retrieved": [
            {
                "file": h.chunk.file,
                "section": h.chunk.section_label(),
                "page": h.chunk.pages[0] if h.chunk.pages else None,
                "text": h.chunk.text,
                "score": round(float(h.score), 6),
                "chunk_id": h.chunk.chunk_id,
            }
            for h in answer.retrieved[:top]
        ],
        "timings_ms": answer.timings_ms,
    }


def _plain(answer: Answer) -> str:
    from assistant.answer import render

    parts = [answer.text]
    if answer.citations:
        parts.append(render.sources_block(answer.citations, answer.language))
    if answer.see_also:
        parts.append(render.sources_block(answer.see_also, answer.language, heading="see_also"))
    parts += [f"({n})" for n in answer.notes]
    return "\n\n".join(p for p in parts if p)


def register(main: click.Group) -> None:
    @main.command("ask")
    @click.argument("question", required=False)
    @click.option(
        "--index", "index_dir", type=click.Path(path_type=Path), help="Thư mục chỉ mục / index folder"
    )
    @click.option("--mode", type=click.Choice(["extractive", "llm"]), default=None, help="Answer mode")
    @click.option("--json", "as_json", is_flag=True, help="JSON output")
    @click.option(
        "--batch", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="JSONL questions"
    )
    @click.option("--history", multiple=True, help="Earlier question (repeatable, oldest first)")
    @click.option("--docx", "docx_out", type=click.Path(dir_okay=False, path_type=Path), help="Xuất DOCX / write DOCX")
    @click.option("--pdf", "pdf_out", type=click.Path(dir_okay=False, path_type=Path), help="Xuất PDF / write PDF")
    def ask(
        question: str | None,
        index_dir: Path | None,
        mode: str | None,
        as_json: bool,
        batch: Path | None,
        history: tuple[str, ...],
        docx_out: Path | None,
        pdf_out: Path | None,
    ) -> None:
        """Hỏi một câu (hoặc cả tệp JSONL) / Ask a question (or a JSONL batch)."""
        from assistant.api import Assistant
        from assistant.config import Settings
        from assistant.errors import AssistantError

        if not question and not batch:
            raise click.UsageError("Cần câu hỏi hoặc --batch / give a QUESTION or --batch FILE")
        settings = Settings.from_env(index_dir=index_dir, answer_mode=mode)
        try:
            assistant = Assistant(settings)
            if batch:
                _run_batch(assistant, batch, mode)
                return
            answer = assistant.ask(question or "", history=list(history), mode=mode)
            if docx_out or pdf_out:
                from assistant.export import write_docx, write_pdf
                from assistant.export.answer import answer_blocks

                blocks = answer_blocks(answer)
                for out, write in ((docx_out, write_docx), (pdf_out, write_pdf)):
                    if out:
                        write(blocks, out, answer.question)
                        click.echo(f"Đã ghi / written: {out}", err=True)
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from exc
        if as_json:
            click.echo(json.dumps(answer_json(answer), ensure_ascii=False))
        else:
            click.echo(_plain(answer))
        if assistant.llm_error:  # LLM mode was asked for and the model failed: the answer above is extractive
            raise SystemExit(3)


def _run_batch(assistant, batch: Path, mode: str | None) -> None:
    """One JSON line per input line; a bad line, or a question whose answering fails, gets an ``error``
    object (the failure's traceback on stderr) instead of stopping the run."""
    out = sys.stdout
    with batch.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question, qid = item["question"], item.get("id")
            except (ValueError, KeyError, TypeError) as exc:
                row = {"id": None, "line": lineno, "error": f"{type(exc).__name__}: {exc}"}
            else:
                try:
                    answer = assistant.ask(question, history=list(item.get("history") or []), mode=mode)
                    row = answer_json(answer, qid)
                except Exception as exc:  # noqa: BLE001 - one failing question must not end the batch
                    traceback.print_exc(file=sys.stderr)
                    row = {"id": qid, "line": lineno, "error": f"{type(exc).__name__}: {exc}"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
