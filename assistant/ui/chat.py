"""The "Ask" tab: streaming answers with numbered citations and a side panel showing the cited section.

The tab only reads input, calls ``Assistant.stream`` and formats what comes back; follow-up questions
pass the session's earlier questions as history. Stable ``elem_id``s: ``chatbot``, ``question``, ``send``,
``example-0..2``, ``answer-mode``, ``filter-docs``, ``filter-org``, ``filter-years``, ``citation-picker``,
``citation-view``, ``answer-copy``, ``clear-chat``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.answer.render import citation_line, doc_label
from assistant.models import Answer, Citation
from assistant.ui.i18n import EXAMPLES, t
from assistant.ui.state import UIContext, ui_error
from assistant.ui.viewer import empty_panel, render_citation


@dataclass
class ChatTab:
    """The components other parts of the app update (filters when documents change, labels)."""

    doc_filter: gr.Dropdown
    year_filter: gr.Dropdown
    examples: list[gr.Button]


def org_choices() -> list[str]:
    """Organisation names for the filter dropdowns (free text is accepted too: any alias works)."""
    from assistant.obligations.orgs import OrgRegistry

    return [o.name for o in OrgRegistry.load().orgs.values()]


def org_id(name: str | None) -> str | None:
    """The canonical id of an organisation named by any alias, abbreviation or English name."""
    if not name or not name.strip():
        return None
    from assistant.obligations.orgs import OrgRegistry

    org = OrgRegistry.load().resolve(name)
    return org.id if org is not None else name.strip()


def document_choices(ctx: UIContext) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for document pickers."""
    try:
        docs = ctx.assistant.documents() if ctx.assistant is not None else []
    except Exception:  # the index may not exist yet during the first build
        docs = []
    out = []
    for d in docs:
        name = d.meta.short_title() or d.file
        out.append((f"{name} — {d.file.rsplit('/', 1)[-1]}", d.doc_id))
    return out


def year_choices(ctx: UIContext) -> list[str]:
    """Years in which the indexed documents were issued, newest first."""
    try:
        docs = ctx.assistant.documents() if ctx.assistant is not None else []
    except Exception:
        docs = []
    return sorted({d.meta.date[:4] for d in docs if d.meta.date}, reverse=True)


def make_filters(doc_ids: list[str] | None, org: str | None, years: list[str] | None) -> Any:
    """A ``retrieve.Filters`` from the widgets, or None when nothing is selected."""
    if not (doc_ids or (org and org.strip()) or years):
        return None
    from assistant.retrieve import Filters

    return Filters(
        doc_ids=list(doc_ids) if doc_ids else None,
        years=[int(y) for y in years] if years else None,
        orgs=[org_id(org)] if org and org.strip() else None,
    )


def citation_choices(answer: Answer, lang: str) -> list[tuple[str, str]]:
    """Radio choices "[n] Document — section, page" for the citations of ``answer``."""
    out = []
    for c in answer.citations:
        where = c.section + (f", {t('meta_page', lang).lower()} {c.page}" if c.page else "")
        out.append((f"[{c.n}] {doc_label(c.doc, lang)} — {where}", str(c.n)))
    return out


def answer_markdown(answer: Answer, lang: str) -> str:
    """The chat message: the answer text, then the numbered sources (and notes, if any)."""
    parts = [answer.text.strip() or t("no_answer", lang)]
    if answer.citations:
        parts.append(
            f"**{t('sources', lang)}:**\n"
            + "\n".join(f"- {citation_line(c, lang)}" for c in answer.citations)
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


def build_chat_tab(ctx: UIContext, lang_in: gr.Radio) -> ChatTab:
    """Lay out the tab inside the current ``gr.Tab`` and wire its events."""
    L = ctx.labels
    lang0 = ctx.settings.ui_language
    llm = ctx.settings.llm_configured
    session = gr.State({"questions": [], "answer": None})
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = L.add(
                gr.Chatbot(
                    label=t("chatbot", lang0),
                    elem_id="chatbot",
                    height=540,
                    buttons=["copy", "copy_all"],
                    feedback_options=None,
                ),
                label="chatbot",
            )
            with gr.Row():
                question = L.add(
                    gr.Textbox(
                        label=t("question", lang0),
                        placeholder=t("question_ph", lang0),
                        elem_id="question",
                        scale=5,
                        lines=1,
                        autofocus=True,
                    ),
                    label="question",
                    placeholder="question_ph",
                )
                send = L.add(
                    gr.Button(t("send", lang0), variant="primary", elem_id="send", scale=1), value="send"
                )
            L.add(gr.Markdown(f"**{t('examples', lang0)}**"), value="examples")
            with gr.Row():
                examples = [
                    gr.Button(q, size="sm", elem_id=f"example-{i}") for i, q in enumerate(EXAMPLES[lang0])
                ]
            with L.add(gr.Accordion(t("filters", lang0), open=False, elem_id="filters"), label="filters"):
                mode = L.add(
                    gr.Radio(
                        choices=[(t("mode_extractive", lang0), "extractive"), (t("mode_llm", lang0), "llm")],
                        value="llm" if llm and ctx.settings.answer_mode == "llm" else "extractive",
                        label=t("mode", lang0),
                        interactive=llm,
                        elem_id="answer-mode",
                        info=None if llm else t("mode_llm_off", lang0),
                    ),
                    label="mode",
                )
                doc_filter = L.add(
                    gr.Dropdown(
                        choices=document_choices(ctx),
                        multiselect=True,
                        value=[],
                        label=t("filter_docs", lang0),
                        elem_id="filter-docs",
                    ),
                    label="filter_docs",
                )
                with gr.Row():
                    org_filter = L.add(
                        gr.Dropdown(
                            choices=org_choices(),
                            value=None,
                            allow_custom_value=True,
                            label=t("filter_org", lang0),
                            elem_id="filter-org",
                        ),
                        label="filter_org",
                    )
                    year_filter = L.add(
                        gr.Dropdown(
                            choices=year_choices(ctx),
                            multiselect=True,
                            value=[],
                            label=t("filter_years", lang0),
                            elem_id="filter-years",
                        ),
                        label="filter_years",
                    )
            clear = L.add(gr.Button(t("clear", lang0), size="sm", elem_id="clear-chat"), value="clear")
        with gr.Column(scale=2):
            picker = L.add(
                gr.Radio(choices=[], value=None, label=t("citation_pick", lang0), elem_id="citation-picker"),
                label="citation_pick",
            )
            viewer = gr.HTML(empty_panel(t("viewer_empty", lang0)), elem_id="citation-view")
            copy_box = L.add(
                gr.Textbox(
                    label=t("copy", lang0),
                    lines=5,
                    max_lines=12,
                    interactive=False,
                    buttons=["copy"],
                    elem_id="answer-copy",
                ),
                label="copy",
            )

    def respond(
        q: str,
        messages: list[dict],
        sess: dict,
        md: str,
        docs: list[str],
        org: str | None,
        years: list[str],
        lang: str,
    ) -> Iterator[tuple]:
        q = (q or "").strip()
        if not q:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        if not ctx.ready:
            raise gr.Error(t("not_ready", lang))
        messages = list(messages or []) + [
            {"role": "user", "content": q},
            {"role": "assistant", "content": t("thinking", lang)},
        ]
        yield messages, "", gr.skip(), gr.skip(), gr.skip(), gr.skip()
        answer: Answer | None = None
        partial = ""
        try:
            for item in ctx.assistant.stream(q, list(sess["questions"]), md, make_filters(docs, org, years)):
                if isinstance(item, str):
                    partial += item
                    messages[-1] = {"role": "assistant", "content": partial}
                    yield messages, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
                else:
                    answer = item
        except Exception as exc:  # noqa: BLE001 - shown to the user as one clear message
            raise ui_error(exc, lang) from exc
        if answer is None:
            return
        messages[-1] = {"role": "assistant", "content": answer_markdown(answer, lang)}
        sess = {"questions": [*sess["questions"], q], "answer": answer}
        first = str(answer.citations[0].n) if answer.citations else None
        yield (
            messages,
            "",
            sess,
            gr.update(choices=citation_choices(answer, lang), value=first),
            citation_panel(ctx, answer, first, lang),
            copy_text(answer, lang),
        )

    ins = [question, chatbot, session, mode, doc_filter, org_filter, year_filter, lang_in]
    outs = [chatbot, question, session, picker, viewer, copy_box]
    send.click(respond, ins, outs, concurrency_id="answer", concurrency_limit=4, api_visibility="private")
    question.submit(
        respond, ins, outs, concurrency_id="answer", concurrency_limit=4, api_visibility="private"
    )
    for i, btn in enumerate(examples):
        btn.click(lambda lang, i=i: EXAMPLES[lang][i], [lang_in], [question], queue=False).then(
            respond, ins, outs, concurrency_id="answer", concurrency_limit=4
        )
    picker.change(
        lambda s, n, lang: citation_panel(ctx, s.get("answer"), n, lang),
        [session, picker, lang_in],
        [viewer],
        queue=False,
    )
    clear.click(
        lambda lang: (
            [],
            "",
            {"questions": [], "answer": None},
            gr.update(choices=[], value=None),
            empty_panel(t("viewer_empty", lang)),
            "",
        ),
        [lang_in],
        outs,
        queue=False,
    )
    lang_in.change(
        lambda lang: [gr.update(value=q) for q in EXAMPLES[lang]], [lang_in], examples, queue=False
    )
    return ChatTab(doc_filter=doc_filter, year_filter=year_filter, examples=examples)
