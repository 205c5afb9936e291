"""Choices for the pickers the tabs share (organisations, indexed documents, issue years) and the
retrieval filters they make.

Part of the present step: the Ask tab (``ui.chat``) filters its questions with them, and the documents,
obligations and training tabs list documents and organisations with the same choices.
"""

from __future__ import annotations

from typing import Any

from assistant.ui.state import UIContext


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
