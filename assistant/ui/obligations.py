"""The "Obligations" tab: who must do what by when, filterable by organisation (any alias), document and
due-date range, with the source sentence of a selected row and CSV / ICS exports.

Filtering and matching happen in ``Assistant.obligations``; exports come from
``assistant.obligations.export``.
Stable ``elem_id``s: ``ob-org``, ``ob-doc``, ``ob-from``, ``ob-to``, ``ob-apply``, ``ob-count``, ``ob-table``,
``obligation-source``, ``ob-csv``, ``ob-ics``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer.render import format_date
from assistant.lexicon.doc_types import short_label
from assistant.models import Obligation
from assistant.ui.choices import document_choices, org_choices
from assistant.ui.i18n import t
from assistant.ui.state import UIContext, ui_error
from assistant.ui.viewer import empty_panel, render_obligation

WIDTHS = ["27%", "9%", "9%", "9%", "10%", "6%", "6%", "8%", "8%", "4%", "4%"]
COLUMNS = (
    "col_task",
    "col_lead",
    "col_coord",
    "col_resp",
    "col_deadline",
    "col_recurrence",
    "col_reporting",
    "col_document",
    "col_section",
    "col_page",
    "col_match",
)


def headers(lang: str) -> list[str]:
    return [t(k, lang) for k in COLUMNS]


def parse_day(value: str | None, lang: str) -> dt.date | None:
    """``YYYY-MM-DD`` (or ``DD/MM/YYYY``) to a date; empty gives None; anything else a clear ``gr.Error``."""
    value = (value or "").strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise gr.Error(t("ob_bad_date", lang, value=value))


def _deadline(ob: Obligation) -> str:
    if ob.deadline is None:
        return ""
    d = ob.deadline
    rng = format_date(d.end or d.start)
    return f"{d.text} ({rng})" if rng and not any(ch.isdigit() for ch in d.text) else d.text


def rows(obligations: list[Obligation], titles: dict[str, str], lang: str) -> list[list[Any]]:
    """Table rows in ``COLUMNS`` order."""
    match = {"named": t("match_named", lang), "collective": t("match_collective", lang)}

    def bodies(ob: Obligation, names: list[str]) -> str:
        """The names, with a mark when the clause does not write them (its issuer, "hai Hội" read back)."""
        return ", ".join(names) + (f" ({t('inferred', lang)})" if names and ob.inferred else "")

    return [
        [
            ob.task,
            bodies(ob, ob.lead),
            ", ".join(ob.coordinators),
            bodies(ob, ob.responsible),
            _deadline(ob),
            ob.recurrence or "",
            ob.reporting or "",
            titles.get(ob.doc_id, Path(ob.file).name),
            ob.section,
            ob.page or "",
            match.get(ob.org_match or "", ""),
        ]
        for ob in obligations
    ]


def _due_after(obligations: list[Obligation], start: dt.date | None) -> list[Obligation]:
    """Keep duties whose deadline ends on or after ``start`` (the API filters the upper bound)."""
    if start is None:
        return obligations
    iso = start.isoformat()
    return [ob for ob in obligations if ob.deadline and (ob.deadline.end or ob.deadline.start or "") >= iso]


WINDOWS = ("all", "next30", "next90", "overdue")


def in_window(obligations: list[Obligation], window: str, today: dt.date | None = None) -> list[Obligation]:
    """Duties due in the next 30 / 90 days or already overdue (by the deadline's last day), sorted by
    date; ``"all"`` keeps every row in its order."""
    if window not in WINDOWS[1:]:
        return obligations
    today = today or dt.date.today()
    dated = [ob for ob in obligations if ob.deadline and ob.deadline.end]
    if window == "overdue":
        keep = [ob for ob in dated if dt.date.fromisoformat(ob.deadline.end) < today]
    else:
        horizon = today + dt.timedelta(days=30 if window == "next30" else 90)
        keep = [ob for ob in dated if today <= dt.date.fromisoformat(ob.deadline.end) <= horizon]
    return sorted(keep, key=lambda ob: (ob.deadline.end, ob.org_match != "named"))


def cards_html(obligations: list[Obligation], titles: dict[str, str], lang: str) -> str:
    """The rows as cards (task, lead or responsible bodies, deadline, document and section) for narrow
    screens, where a many-column table leaves each column one letter wide; CSS shows either view."""
    import html

    out = []
    for ob in obligations:
        who = ", ".join(ob.lead or ob.responsible) or "—"
        if ob.inferred and who != "—":
            who += f" ({t('inferred', lang)})"
        doc = titles.get(ob.doc_id, Path(ob.file).name)
        out.append(
            '<div class="ob-card">'
            f'<div class="ob-card-task">{html.escape(ob.task)}</div>'
            f'<div><b>{html.escape(t("col_lead", lang))}:</b> {html.escape(who)}</div>'
            f'<div><b>{html.escape(t("col_deadline", lang))}:</b> {html.escape(_deadline(ob) or "—")}</div>'
            f'<div class="ob-card-doc">{html.escape(doc)} · {html.escape(ob.section)}'
            f'{" · " + t("col_page", lang).lower() + " " + str(ob.page) if ob.page else ""}</div>'
            "</div>"
        )
    return "".join(out)


CARDS_CSS = """
#ob-cards { display: none; }
.ob-card { border: 1px solid #ddd; border-radius: 6px; padding: .5em .7em; margin: .4em 0; font-size: .92em; }
.ob-card-task { font-weight: 600; margin-bottom: .2em; }
.ob-card-doc { color: #555; font-size: .88em; }
@media (max-width: 760px) { #ob-table { display: none !important; } #ob-cards { display: block; } }
"""


def _exports(obligations: list[Obligation], label=None) -> tuple[str | None, str | None]:
    """Write the CSV and ICS exports of ``obligations`` to a fresh temp folder; returns both paths
    (None, None while the export module is not installed)."""
    try:
        from assistant.obligations.export import to_csv, to_ics
    except ImportError:
        return None, None

    folder = Path(tempfile.mkdtemp(prefix="obligations-"))
    csv_path, ics_path = folder / "nhiem-vu.csv", folder / "nhiem-vu.ics"
    csv_path.write_bytes(to_csv(obligations, label))
    ics = to_ics(obligations, label)
    ics_path.write_bytes(ics if isinstance(ics, bytes) else ics.encode("utf-8"))
    return str(csv_path), str(ics_path)


def build_obligations_tab(ctx: UIContext, lang_in: gr.Radio) -> tuple[gr.Dropdown, Any]:
    """Lay out the tab and wire its events; returns the document picker and a loader event callback."""
    L = ctx.labels
    lang0 = ctx.settings.ui_language
    found = gr.State([])
    with gr.Row():
        org = L.add(
            gr.Dropdown(
                choices=org_choices(),
                value=None,
                allow_custom_value=True,
                label=t("ob_org", lang0),
                info=t("ob_org_ph", lang0),
                elem_id="ob-org",
                scale=2,
            ),
            label="ob_org",
            info="ob_org_ph",
        )
        doc = L.add(
            gr.Dropdown(
                choices=document_choices(ctx), value=None, label=t("ob_doc", lang0), elem_id="ob-doc", scale=2
            ),
            label="ob_doc",
        )
        due_from = L.add(gr.Textbox(label=t("ob_from", lang0), elem_id="ob-from", scale=1), label="ob_from")
        due_to = L.add(gr.Textbox(label=t("ob_to", lang0), elem_id="ob-to", scale=1), label="ob_to")
    window = L.add(
        gr.Radio(
            choices=[(t(f"ob_win_{w}", lang0), w) for w in WINDOWS],
            value="all",
            label=t("ob_window", lang0),
            elem_id="ob-window",
        ),
        label="ob_window",
    )
    with gr.Row():
        apply = L.add(
            gr.Button(t("ob_apply", lang0), variant="primary", elem_id="ob-apply", scale=1), value="ob_apply"
        )
        csv_btn = L.add(
            gr.DownloadButton(t("ob_csv", lang0), value=None, elem_id="ob-csv", scale=1), label="ob_csv"
        )
        ics_btn = L.add(
            gr.DownloadButton(t("ob_ics", lang0), value=None, elem_id="ob-ics", scale=1), label="ob_ics"
        )
        count = gr.Markdown("", elem_id="ob-count")
    table = L.add(
        gr.Dataframe(
            headers=headers(lang0),
            value=None,
            label=t("ob_table", lang0),
            interactive=False,
            wrap=True,
            elem_id="ob-table",
            max_height=520,
            column_widths=WIDTHS,
        ),
        label="ob_table",
    )
    cards = gr.HTML("", elem_id="ob-cards")
    source = gr.HTML(empty_panel(t("ob_source_empty", lang0)), elem_id="obligation-source")

    def run(org_v: str | None, doc_v: str | None, from_v: str, to_v: str, win: str, lang: str) -> list[Any]:
        start, end = parse_day(from_v, lang), parse_day(to_v, lang)
        if not ctx.ready:
            raise gr.Error(t("not_ready", lang))
        try:
            obs = ctx.assistant.obligations(
                org=(org_v or "").strip() or None,
                document=doc_v or None,
                due_before=end.isoformat() if end else None,
            )
        except Exception as exc:  # noqa: BLE001
            raise ui_error(exc, lang) from exc
        obs = in_window(_due_after(list(obs), start), win or "all")
        titles = {
            d.doc_id: short_label(d.meta.doc_type, d.meta.number) or d.meta.short_title() or Path(d.file).name
            for d in ctx.assistant.documents()
        }
        csv_path, ics_path = _exports(obs, lambda doc_id: titles.get(doc_id, doc_id))
        return [
            gr.update(value=rows(obs, titles, lang), headers=headers(lang)),
            obs,
            t("ob_count", lang, n=len(obs)),
            csv_path,
            ics_path,
            empty_panel(t("ob_source_empty", lang)),
            cards_html(obs, titles, lang),
        ]

    def show(obs: list[Obligation], lang: str, evt: gr.SelectData) -> str:
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not isinstance(row, int) or not 0 <= row < len(obs) or ctx.assistant is None:
            return empty_panel(t("ob_source_empty", lang))
        ob = obs[row]
        d = ctx.assistant.document(ob.doc_id)
        return render_obligation(ob, d, lang, ctx.original_path(ob.file))

    ins = [org, doc, due_from, due_to, window, lang_in]
    outs = [table, found, count, csv_btn, ics_btn, source, cards]
    apply.click(run, ins, outs, concurrency_id="answer", api_visibility="private")
    org.select(run, ins, outs, concurrency_id="answer", api_visibility="private")
    due_from.submit(run, ins, outs, concurrency_id="answer", api_visibility="private")
    due_to.submit(run, ins, outs, concurrency_id="answer", api_visibility="private")
    doc.select(run, ins, outs, concurrency_id="answer", api_visibility="private")
    window.change(run, ins, outs, concurrency_id="answer", api_visibility="private")
    table.select(show, [found, lang_in], [source], queue=False)
    return doc, (run, ins, outs)
