"""How one answer is shown in the Ask tab: the chat message with clickable [n] markers, the citation
picker's choices, the side panel for a cited section, the text to copy and the export files.

Part of the present step: ``ui.chat`` lays out the tab and calls these on every answer (``Answer`` from
the answer step, ``answer.render`` for citation lines, ``ui.viewer`` for the panel's HTML).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from assistant.answer.render import citation_line, doc_label
from assistant.models import Answer, Citation
from assistant.ui.i18n import t
from assistant.ui.state import UIContext
from assistant.ui.viewer import empty_panel, render_citation


def citation_choices(answers: list[Answer], lang: str) -> list[tuple[str, str]]:
    """Radio choices for every citation of the conversation, newest answer first: "[n] Document — section,
    page" (earlier answers prefixed "Câu k ·"), valued ``"<turn>-<n>"`` as the [n] links are."""
    out = []
    last = len(answers) - 1
    for turn in range(last, -1, -1):
        for c in answers[turn].citations:
            where = c.section + (f", {t('meta_page', lang).lower()} {c.page}" if c.page else "")
            prefix = "" if turn == last else f"{t('turn', lang)} {turn + 1} · "
            out.append((f"{prefix}[{c.n}] {doc_label(c.doc, lang)} — {where}", f"{turn}-{c.n}"))
    return out


def cited(answers: list[Answer], value: str | None) -> tuple[Answer | None, str | None]:
    """The answer and citation number a ``"<turn>-<n>"`` value names."""
    m = re.match(r"(\d+)-(\d+)$", value or "")
    if not m or int(m.group(1)) >= len(answers):
        return None, None
    return answers[int(m.group(1))], m.group(2)


_MARKER_RE = re.compile(r"\[(\d{1,2})\]")


def link_markers(text: str, numbers: set[int], turn: int = 0) -> str:
    """Turn each citation marker ``[n]`` of a known citation into a link ``#cite-<turn>-<n>`` (``turn`` is
    the answer's place in the conversation, so a marker in an earlier answer opens that answer's source);
    a script on the page (``ui.chat.CITATION_JS``) opens it in the source panel instead of following the
    link."""
    return _MARKER_RE.sub(
        lambda m: f"[\\[{m.group(1)}\\]](#cite-{turn}-{m.group(1)})" if int(m.group(1)) in numbers else m.group(0),
        text,
    )


def answer_markdown(answer: Answer, lang: str, turn: int = 0) -> str:
    """The chat message: the answer text with clickable [n] markers, then the numbered sources (and notes)."""
    numbers = {c.n for c in answer.citations}
    parts = [link_markers(answer.text.strip(), numbers, turn) or t("no_answer", lang)]
    if answer.citations:
        parts.append(
            f"**{t('sources', lang)}:**\n"
            + "\n".join(f"- {link_markers(citation_line(c, lang), numbers, turn)}" for c in answer.citations)
        )
    if answer.see_also:
        parts.append(
            f"*{t('see_also', lang)}:*\n" + "\n".join(f"- {citation_line(c, lang)}" for c in answer.see_also)
        )
    if answer.notes:
        parts.append("\n".join(f"> {n}" for n in answer.notes))
    return "\n\n".join(parts)


def copy_text(answer: Answer, lang: str) -> str:
    """Plain text to paste elsewhere: the answer followed by its numbered citations with quotes."""
    lines = [answer.text.strip()]
    if answer.citations:
        lines.append("")
        lines.append(f"{t('sources', lang)}:")
        for c in answer.citations:
            lines.append(citation_line(c, lang))
            lines.append(f"    “{' '.join(c.quote.split())}”")
    return "\n".join(lines)


def export_files(answer: Answer, answers: list[Answer], lang: str) -> list[str]:
    """The answer as DOCX, PDF and plain text, and the whole conversation as DOCX, in a fresh temp folder."""
    from assistant.export import write_docx, write_pdf
    from assistant.export.answer import answer_blocks, conversation_blocks

    folder = Path(tempfile.mkdtemp(prefix="tra-loi-"))
    blocks = answer_blocks(answer)
    docx = write_docx(blocks, folder / "tra-loi.docx", answer.question)
    try:
        pdf: str | None = str(write_pdf(blocks, folder / "tra-loi.pdf", answer.question))
    except Exception:  # noqa: BLE001 - no font installed: the other formats still work
        pdf = None
    txt = folder / "tra-loi.txt"
    txt.write_text(f"{answer.question}\n\n{copy_text(answer, lang)}\n", encoding="utf-8")
    conv = write_docx(conversation_blocks(answers), folder / "hoi-thoai.docx", t("chatbot", lang))
    return [str(docx), pdf, str(txt), str(conv)]


def _find(answer: Answer | None, n: str | int | None) -> Citation | None:
    if answer is None or n in (None, ""):
        return None
    return next((c for c in answer.citations if str(c.n) == str(n)), None)


def citation_panel(ctx: UIContext, answer: Answer | None, n: str | int | None, lang: str) -> str:
    """The side panel HTML for citation ``n`` of ``answer``."""
    c = _find(answer, n)
    if c is None:
        return empty_panel(t("viewer_empty", lang))
    try:
        doc = ctx.assistant.document(c.doc.doc_id)
    except Exception:
        doc = None
    return render_citation(c, doc, lang, ctx.original_path(c.doc.file))
