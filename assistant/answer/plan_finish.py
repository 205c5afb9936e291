"""The planner's last stage: the first line checked against the parts and bounds asked, the notes, and
the answer's text as shown.

A first line for each part of a question asking several things or none (``parts``), a bound's figure
(``bound_lead``), notes on a document read loosely, cited only or stood in for, a "not stated" line
dropped when a quote contradicts it (``absent_guard``), and the shown order: the first line's passage
quoted, table headers, an amendment first, citations numbered as shown. After ``plan_quote_lead``; the
``Answer`` goes to ``api`` (present).
"""

from __future__ import annotations

import re

from assistant.answer import age_range, amended, bound_lead, cited_facts, parts, render, table_heads
from assistant.answer.absent_guard import absent_contradicted
from assistant.answer.act_words import action_phrase
from assistant.answer.citations import CitationBook
from assistant.answer.event_day import cites_other_event_day
from assistant.answer.facts import FactLead
from assistant.answer.other_bound import other_bound
from assistant.answer.plan_marks import lead_cues, quote_led, quoted_first, reading, renumber_marks
from assistant.answer.plan_scope import Frame, described
from assistant.answer.shown import cues, with_lead_quotes
from assistant.corpus import Corpus
from assistant.query import QueryInfo
from assistant.query.reasons import asks_reason
from assistant.retrieve.scope import inferred_type, named_docs
from assistant.text import fold


def whole_lead(
    corpus: Corpus,
    info: QueryInfo,
    book: CitationBook,
    language: str,
    lead: FactLead | None,
    lead_lines: list[str],
    body: str,
    readings: dict[int, str],
) -> tuple[FactLead | None, list[str], str, dict[int, str]]:
    """``(lead, lead_lines, body, readings)``: the first line completed for each part asked, or dropped
    (its unshown citations forgotten), and checked as the bound asked (``bound_lead``)."""
    docs = corpus.docs
    spec = info.spec
    if lead_lines and body and spec.answer not in ("metadata", "signed", "documents"):
        # a question asking several things: a labelled line for each part, or none (``parts``)
        readings.update({c.n: reading(docs, c) for c in book.citations if c.n not in readings})
        whole = None if asks_reason(info.folded) else parts.complete(
            lead_lines, info.folded, book.citations, readings, language, lead.obligation if lead else None
        )
        if whole is None:
            shown = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
            unshown = lead_cues(lead_lines) - shown
            if unshown:
                renumber = book.forget(unshown)
                body = renumber_marks(body, renumber)
            lead, lead_lines = None, []
        else:
            lead_lines = whole
    if lead_lines and not (lead and lead.absent) and not age_range.asks_age_range(info.folded):
        # "... phải từ bao nhiêu tuổi?", "tối đa bao nhiêu hội viên?": only a figure its quote writes as that
        # bound answers, never another case's figure ("những người trên 60 tuổi"; ``bound_lead``)
        lead_lines, body, renumber = bound_lead.checked(info.folded, lead_lines, body, book, language)
        if renumber is not None:
            body = quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
    if not lead_lines and body and spec.answer not in ("metadata", "signed", "documents"):
        # "Mức vay tối thiểu ... là bao nhiêu?" quoting only "Mức vay tối đa 50.000.000 đồng/hộ": the opposite
        # bound is no answer; say the document states only that one, its quote first (``other_bound``;
        # newcomer trial 46 u02)
        shown = [c for c in book.citations if f"[{c.n}]" in body]
        found = other_bound(info.folded, shown, corpus.folded_docs, language)
        if found is not None:
            body, readings = quote_led(book, found[1], body, readings)
            lead = FactLead("figure", [f"{found[0]} [1]"], absent=True)
            lead_lines = list(lead.lines)
    return lead, lead_lines, body, readings


def answer_notes(
    corpus: Corpus, info: QueryInfo, question: str, language: str, frame: Frame, lead_lines: list[str]
) -> list[str]:
    """The notes the answer adds, in order: a loose mention read as a loaded document, a fact read from a
    citing sentence, a document stood in for by another."""
    cited, missing, stand_in_doc = frame.cited, frame.missing, frame.stand_in_doc
    notes: list[str] = []
    for ref, held in _inferred_refs(corpus, info):
        # "kết luận 86" read as the loaded "Thông báo kết luận 86-TB/HU": say which document answers
        notes.append(render.label("note_doc_inferred", language, ref=ref, doc=held))
    if cited is not None and lead_lines:
        notes.append(cited_facts.cited_note(described(question, missing), language))
    if stand_in_doc is not None:
        meta = stand_in_doc.meta
        notes.append(
            render.label(
                "note_doc_stand_in",
                language,
                ref=described(question, missing),
                doc=render.doc_label(render.doc_ref(stand_in_doc), language),
                issuer=meta.issuer or "",
            )
        )
    return notes


def shown_lead(
    corpus: Corpus,
    info: QueryInfo,
    resolved: str,
    book: CitationBook,
    language: str,
    lead: FactLead | None,
    lead_lines: list[str],
    body: str,
    moved_by: str | None,
) -> tuple[FactLead | None, list[str], str]:
    """``(lead, lead_lines, body)`` as shown: a contradicted "not stated" line dropped, the first line's
    passage quoted under it, table headers, an amendment first, citations numbered in the order shown."""
    spec = info.spec
    if lead is not None and lead.absent and lead_lines and absent_contradicted(
        lead.kind,
        min(lead_cues(lead_lines), default=0),
        book.citations,
        action_phrase(info.asked_action or info.led_action, info.asked_object),
        resolved,
    ):
        # a "not stated" line citing a heading, or contradicted by a quoted sentence of the asked act holding
        # the fact (``absent_guard``): no first line rather than a wrong one
        unshown = lead_cues(lead_lines) - {int(n) for n in re.findall(r"\[(\d+)\]", body)}
        if unshown:
            body = renumber_marks(body, book.forget(unshown))
        lead, lead_lines = None, []
    if lead_lines and cites_other_event_day(lead_lines, resolved, book, language):
        # the chair of another dated meeting than the one the question names by its day (l6-party-40)
        unshown = lead_cues(lead_lines) - {int(n) for n in re.findall(r"\[(\d+)\]", body)}
        if unshown:
            body = renumber_marks(body, book.forget(unshown))
        lead, lead_lines = None, []
    # the first line's passage is shown under it (trial 36 t36-34: "[1]" cited, only [2] quoted); a
    # document fact (a signature, the letterhead) is no passage: it is cited by a quote holding it, if any
    lead_lines, body = with_lead_quotes(
        lead_lines, body, book, language, add=spec.answer not in ("metadata", "signed")
    )
    # a quoted table row with its column names (the header row quoted once above its first row)
    lead_lines, body = table_heads.with_headers(lead_lines, body, book)
    if lead is not None and lead.absent and cues(lead_lines)[:1] == [1]:
        # a fact said to be absent cites the asked thing's own passage: quoted first, the passages of other
        # acts (the sibling step's date, another activity's sum) after it, as context (trial 43 u05, u01)
        body = quoted_first(body, {})
    body = amended.amendment_first(body, moved_by or lead, corpus, language)
    # citations numbered in the order the answer shows them: a first line whose own cue was dropped (an
    # English clause covering too few words) leaves no "[2]" above "[1]"
    shown = cues([*lead_lines, body])
    if shown != sorted(shown):
        renumber = book.renumber(shown)  # new Citation values (frozen): the shown ones first, in order
        lead_lines = [renumber_marks(x, renumber) for x in lead_lines]
        body = renumber_marks(body, renumber)
    return lead, lead_lines, body


def _inferred_refs(corpus: Corpus, info: QueryInfo) -> list[tuple[str, str]]:
    """The question's loose mentions ("kết luận 86") that name a loaded document only by the last words
    of its type (``scope.inferred_type``), with that document's label: a reading the answer says it made."""
    out = []
    for ref in info.doc_numbers:
        held = list(named_docs(corpus.store.doc_info, [ref]))
        if len(held) == 1 and inferred_type(corpus.store.doc_info[held[0]], ref):
            doc = corpus.docs.get(held[0])
            if doc is not None:
                label = render.doc_label(render.doc_ref(doc), info.language)
                out.append((_as_written(info.question, ref.text), label))
    return out


def _as_written(question: str, folded_ref: str) -> str:
    """A loose mention as the question writes it ("kết luận 86"), not folded ("ket luan 86")."""
    folded = fold(question)
    at = folded.find(folded_ref)
    return question[at : at + len(folded_ref)] if at >= 0 and len(folded) == len(question) else folded_ref
