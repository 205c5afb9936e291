"""The "Ask" tab: streaming answers with numbered citations and a side panel showing the cited section.

The tab only reads input, calls ``Assistant.stream`` and formats what comes back; follow-up questions
pass the session's earlier questions as history. Stable ``elem_id``s: ``chatbot``, ``question``, ``send``,
``example-0..2``, ``answer-mode``, ``filter-docs``, ``filter-org``, ``filter-years``, ``citation-picker``,
``citation-view``, ``answer-copy``, ``clear-chat``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.models import Answer
from assistant.ui.answer_view import (
    answer_markdown,
    citation_choices,
    citation_panel,
    cited,
    copy_text,
    export_files,
)
from assistant.ui.choices import document_choices, make_filters, org_choices, year_choices
from assistant.ui.i18n import EXAMPLES, t
from assistant.ui.state import UIContext, ui_error
from assistant.ui.viewer import empty_panel


@dataclass
class ChatTab:
    """The components other parts of the app update (filters when documents change, labels), and the
    page-load event restoring the browser's current conversation (``demo.load(*on_load)``)."""

    doc_filter: gr.Dropdown
    year_filter: gr.Dropdown
    examples: list[gr.Button]
    on_load: tuple = ()


# Clicking [n] in an answer opens citation n in the source panel (and scrolls to it on a phone); after an
# answer, the chat shows the answer's first line rather than its end.
CITATION_JS = """
document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[href^="#cite-"]');
  if (!a) return;
  ev.preventDefault();
  const value = a.getAttribute('href').slice(6);
  const input = document.querySelector('#citation-picker input[value="' + value + '"]');
  if (input) { input.click(); }
  const view = document.querySelector('#citation-view');
  if (view && window.innerWidth < 900) { view.scrollIntoView({behavior: 'smooth', block: 'start'}); }
}, true);
"""
SHOW_ANSWER_JS = """
() => {
  const bots = document.querySelectorAll('#chatbot .message-row.bot-row, #chatbot .bot');
  const last = bots[bots.length - 1];
  if (last) { last.scrollIntoView({block: 'start'}); }
}
"""


def build_chat_tab(ctx: UIContext, lang_in: gr.Radio) -> ChatTab:
    """Lay out the tab inside the current ``gr.Tab`` and wire its events."""
    L = ctx.labels
    lang0 = ctx.settings.ui_language
    llm = ctx.settings.llm_configured
    session = gr.State({"questions": [], "answer": None, "answers": []})
    from assistant.conversations import ConversationStore

    store = ConversationStore.for_settings(ctx.settings)
    browser_user = gr.BrowserState(None, storage_key="tro-ly-van-ban-user")
    current = gr.BrowserState(None, storage_key="tro-ly-van-ban-conversation")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = L.add(
                gr.Chatbot(
                    label=t("chatbot", lang0),
                    elem_id="chatbot",
                    height=None,
                    min_height=120,
                    max_height=560,
                    autoscroll=False,  # a new answer is shown from its first line (CITATION_JS scrolls)
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
            with L.add(gr.Accordion(t("conv_saved", lang0), open=False, elem_id="conversations"), label="conv_saved"):
                with gr.Row():
                    conv_pick = L.add(
                        gr.Dropdown(choices=[], value=None, label=t("conv_list", lang0), elem_id="conv-list", scale=3),
                        label="conv_list",
                    )
                    conv_title = L.add(gr.Textbox(label=t("conv_title", lang0), elem_id="conv-title", scale=2), label="conv_title")
                with gr.Row():
                    conv_share = L.add(gr.Button(t("conv_share", lang0), size="sm", elem_id="conv-share"), value="conv_share")
                    conv_link = L.add(
                        gr.Textbox(label=t("conv_link", lang0), interactive=False, buttons=["copy"], elem_id="conv-link", scale=3),
                        label="conv_link",
                    )
                with gr.Row():
                    conv_rename = L.add(gr.Button(t("conv_rename", lang0), size="sm", elem_id="conv-rename"), value="conv_rename")
                    conv_delete = L.add(
                        gr.Button(t("conv_delete", lang0), size="sm", variant="stop", elem_id="conv-delete"), value="conv_delete"
                    )
            clear = L.add(gr.Button(t("clear", lang0), size="sm", elem_id="clear-chat"), value="clear")
        with gr.Column(scale=2):
            picker = L.add(
                gr.Radio(choices=[], value=None, label=t("citation_pick", lang0), elem_id="citation-picker"),
                label="citation_pick",
            )
            viewer = gr.HTML(empty_panel(t("viewer_empty", lang0)), elem_id="citation-view")
            with gr.Row():
                dl_docx = L.add(gr.DownloadButton(t("export_docx", lang0), value=None, size="sm", visible=False, elem_id="export-docx"), label="export_docx")
                dl_pdf = L.add(gr.DownloadButton(t("export_pdf", lang0), value=None, size="sm", visible=False, elem_id="export-pdf"), label="export_pdf")
                dl_txt = L.add(gr.DownloadButton(t("export_txt", lang0), value=None, size="sm", visible=False, elem_id="export-txt"), label="export_txt")
                dl_conv = L.add(gr.DownloadButton(t("export_conv", lang0), value=None, size="sm", visible=False, elem_id="export-conversation"), label="export_conv")
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
            yield (gr.skip(),) * 10
            return
        if not ctx.ready:
            raise gr.Error(t("not_ready", lang))
        messages = list(messages or []) + [
            {"role": "user", "content": q},
            {"role": "assistant", "content": t("thinking", lang)},
        ]
        yield messages, "", *(gr.skip(),) * 8
        answer: Answer | None = None
        partial = ""
        try:
            for item in ctx.assistant.stream(q, list(sess["questions"]), md, make_filters(docs, org, years)):
                if isinstance(item, str):
                    partial += item
                    messages[-1] = {"role": "assistant", "content": partial}
                    yield messages, *(gr.skip(),) * 9
                else:
                    answer = item
        except Exception as exc:  # noqa: BLE001 - shown to the user as one clear message
            raise ui_error(exc, lang) from exc
        if answer is None:
            return
        messages[-1] = {"role": "assistant", "content": answer_markdown(answer, lang, len(sess.get("answers", [])))}
        answers = [*sess.get("answers", []), answer]
        sess = {"questions": [*sess["questions"], q], "answer": answer, "answers": answers}
        first = str(answer.citations[0].n) if answer.citations else None
        yield (
            messages,
            "",
            sess,
            gr.update(choices=citation_choices(answers, lang), value=f"{len(answers) - 1}-{first}" if first else None),
            citation_panel(ctx, answer, first, lang),
            copy_text(answer, lang),
            *(gr.update(value=f, visible=f is not None) for f in export_files(answer, answers, lang)),
        )

    ins = [question, chatbot, session, mode, doc_filter, org_filter, year_filter, lang_in]
    outs = [chatbot, question, session, picker, viewer, copy_box, dl_docx, dl_pdf, dl_txt, dl_conv]
    answered = [
        send.click(respond, ins, outs, concurrency_id="answer", concurrency_limit=4, api_visibility="private"),
        question.submit(respond, ins, outs, concurrency_id="answer", concurrency_limit=4, api_visibility="private"),
    ]
    for i, btn in enumerate(examples):
        answered.append(
            btn.click(lambda lang, i=i: EXAMPLES[lang][i], [lang_in], [question], queue=False).then(
                respond, ins, outs, concurrency_id="answer", concurrency_limit=4
            )
        )
    picker.input(
        lambda s, v, lang: citation_panel(ctx, *cited(s.get("answers") or [], v), lang),
        [session, picker, lang_in],
        [viewer],
        queue=False,
    )
    clear.click(
        lambda lang: (
            [],
            "",
            {"questions": [], "answer": None, "answers": []},
            gr.update(choices=[], value=None),
            empty_panel(t("viewer_empty", lang)),
            "",
            *(gr.update(value=None, visible=False) for _ in range(4)),
        ),
        [lang_in],
        outs,
        queue=False,
    )
    lang_in.change(
        lambda lang: [gr.update(value=q) for q in EXAMPLES[lang]], [lang_in], examples, queue=False
    )

    # ------------------------------------------------------------------ kept conversations
    def who(request: gr.Request | None, browser_id: str | None) -> str:
        name = getattr(request, "username", None) if request is not None else None
        return f"login:{name}" if name else f"browser:{browser_id}"

    def choices_for(user: str) -> list[tuple[str, str]]:
        return [(c.title, c.id) for c in store.list(user)]

    def restore(browser_id: str | None, cid: str | None, lang: str, request: gr.Request) -> list[Any]:
        """Page load or a pick in the list: the conversation's messages, filters and follow-up history."""
        import uuid

        browser_id = browser_id or uuid.uuid4().hex
        user = who(request, browser_id)
        empty = {"questions": [], "answer": None, "answers": []}
        token = (getattr(request, "query_params", None) or {}).get("answer") if request is not None else None
        shared = store.shared(token) if token else None
        if shared is not None:  # a permalink: show that answer (the visitor's own conversations stay theirs)
            q, a = shared
            messages = [{"role": "user", "content": q}, {"role": "assistant", "content": answer_markdown(a, lang, 0)}]
            sess = {"questions": [q], "answer": a, "answers": [a]}
            return [
                browser_id, None, gr.update(choices=choices_for(user), value=None), "", messages, sess,
                gr.skip(), gr.skip(), gr.skip(), gr.update(choices=citation_choices([a], lang), value=None),
            ]
        conv = store.get(user, cid) if cid else None
        if conv is None:
            return [
                browser_id, None, gr.update(choices=choices_for(user), value=None), "", [], empty,
                gr.skip(), gr.skip(), gr.skip(), gr.update(choices=[], value=None),
            ]
        messages: list[dict] = []
        for i, (q, a) in enumerate(conv.turns):
            messages += [{"role": "user", "content": q}, {"role": "assistant", "content": answer_markdown(a, lang, i)}]
        answers = [a for _, a in conv.turns]
        sess = {"questions": [q for q, _ in conv.turns], "answer": answers[-1] if answers else None, "answers": answers}
        f = conv.filters or {}
        return [
            browser_id,
            conv.id,
            gr.update(choices=choices_for(user), value=conv.id),
            conv.title,
            messages,
            sess,
            f.get("docs", []),
            f.get("org"),
            f.get("years", []),
            gr.update(choices=citation_choices(answers, lang), value=None),
        ]

    restore_outs = [
        browser_user, current, conv_pick, conv_title, chatbot, session, doc_filter, org_filter, year_filter, picker
    ]

    def persist(sess: dict, browser_id: str | None, cid: str | None, docs, org, years, request: gr.Request) -> list[Any]:
        """Keep the newest turn; the first turn creates the conversation, titled by its question."""
        answers = sess.get("answers") or []
        if not answers:
            return [gr.skip(), gr.skip(), gr.skip()]
        user = who(request, browser_id)
        filters = {"docs": list(docs or []), "org": org, "years": list(years or [])}
        conv = store.get(user, cid) if cid else None
        if conv is None:
            cid = store.create(user, sess["questions"][-1], filters)
            conv = store.get(user, cid)
        for q, a in list(zip(sess["questions"], answers))[len(conv.turns) :]:
            store.add_turn(user, cid, q, a, filters)
        title = store.get(user, cid).title
        return [cid, gr.update(choices=choices_for(user), value=cid), title]

    persist_ins = [session, browser_user, current, doc_filter, org_filter, year_filter]
    persist_outs = [current, conv_pick, conv_title]
    for event in answered:
        event.then(None, js=SHOW_ANSWER_JS).then(persist, persist_ins, persist_outs, queue=False)
    conv_pick.select(restore, [browser_user, conv_pick, lang_in], restore_outs, queue=False)

    def rename(browser_id, cid, title, request: gr.Request):
        user = who(request, browser_id)
        if cid and title and title.strip():
            store.rename(user, cid, title)
        return gr.update(choices=choices_for(user), value=cid)

    conv_rename.click(rename, [browser_user, current, conv_title], [conv_pick], queue=False)

    def share(browser_id, cid, lang, request: gr.Request):
        """A permalink to the conversation's last answer, for colleagues who use the same app."""
        if not cid:
            raise gr.Error(t("conv_share_none", lang))
        token = store.share(who(request, browser_id), cid)
        base = ""
        if request is not None:
            headers = getattr(request, "headers", {}) or {}
            host = headers.get("host", "")
            scheme = headers.get("x-forwarded-proto", "http")
            base = f"{scheme}://{host}" if host else ""
        return f"{base}/?answer={token}"

    conv_share.click(share, [browser_user, current, lang_in], [conv_link], queue=False)
    conv_title.submit(rename, [browser_user, current, conv_title], [conv_pick], queue=False)

    def delete(browser_id, cid, lang, request: gr.Request):
        user = who(request, browser_id)
        if cid:
            store.delete(user, cid)
        return [
            None, gr.update(choices=choices_for(user), value=None), "", [],
            {"questions": [], "answer": None, "answers": []}, gr.update(choices=[], value=None),
        ]

    conv_delete.click(
        delete,
        [browser_user, current, lang_in],
        [current, conv_pick, conv_title, chatbot, session, picker],
        queue=False,
        js=f"(b, c, l) => {{ if (!confirm({json.dumps(t('conv_delete_confirm', lang0))})) {{ throw new Error('cancelled'); }} return [b, c, l]; }}",
    )
    clear.click(lambda: [None, gr.update(value=None), ""], None, [current, conv_pick, conv_title], queue=False)
    return ChatTab(
        doc_filter=doc_filter,
        year_filter=year_filter,
        examples=examples,
        on_load=(restore, [browser_user, current, lang_in], restore_outs),
    )
