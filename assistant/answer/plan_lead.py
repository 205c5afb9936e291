"""The planner's second stage: the first line read from the documents before any quote (``headline``).

A document's fact, the documents a person signs, the governing clause's time or lead (moved by a later
document, ``amended``), or a body's duties (``duties``), by the question's kind of answer; then the
checks that drop a first line answering something else than what is asked (a task not asked, a date for a
length of time, a day for an hour, a time counted from an event, a fact for a cause). After
``plan_scope``; ``plan_quotes`` quotes under what it gives.
"""

from __future__ import annotations

import re

from assistant.answer import amended, bodies, facts, figure_reading, headline, render, times
from assistant.answer.act_words import action_phrase
from assistant.answer.citations import CitationBook
from assistant.answer.duties import duties_of, org_duty_answer, written_name
from assistant.answer.facts import FactLead
from assistant.answer.length_act import absent_stands
from assistant.answer.offset_day import offset_for_day
from assistant.answer.plan_scope import Frame
from assistant.answer.taskless_lead import assigns_whole_document, document_words, names_no_task
from assistant.answer.unit_sections import unit_sections
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.models import Document, Hit
from assistant.query import QueryInfo
from assistant.query.reasons import asks_reason
from assistant.retrieve.scope import named_docs


def head_lead(
    corpus: Corpus,
    settings: Settings,
    info: QueryInfo,
    resolved: str,
    hits: list[Hit],
    book: CitationBook,
    language: str,
    org_names: dict[str, str],
    frame: Frame,
) -> tuple[FactLead | None, Document | None, str, list[str]]:
    """``(lead, fact_doc, body, unit_names)``: the first line by the question's kind of answer (None when
    none), the document a document-fact question is answered from (else None), a duties question's answer
    (else ""), and a duties question's unit names when its own section was retrieved (else [])."""
    docs = corpus.docs
    spec = info.spec
    terms, orgs, scope = frame.terms, frame.orgs, frame.scope
    named_doc, place_docs, unheld, cited = frame.named_doc, frame.place_docs, frame.unheld, frame.cited
    lead: FactLead | None = None
    fact_doc: Document | None = None  # the document a document-fact question is answered from
    body = ""
    unit_names: list[str] = []  # a duties question's unit, when its own section was retrieved
    if cited is not None:
        lead = cited
    elif unheld:
        pass
    elif spec.answer == "signed" and info.signer:
        # "Hoàng Thị Mến ký văn bản nào?": the documents whose signature names that person
        signed = corpus.signers.get(info.signer, [])
        lead = facts.signed_fact(info.signer, signed, docs, book, language)
    elif spec.answer == "metadata" and not headline.asks_event_date(info):
        fact_doc = headline.fact_document(info, scope, hits, docs, corpus)
        # "Chương trình 20-NQ/TU mà thông báo sơ kết KL 62 nhắc tới ban hành ngày nào?": of two documents
        # named by number, one is not loaded; which one the fact is asked of is not read here, and the held
        # one's date is no answer for the other (trial 36 t36-14): no first line, the quotes citing it stay
        if not (info.intent != "basis" and _one_named_unheld(corpus, info)):
            lead = headline.document_lead(info, fact_doc, book, language)
    elif spec.answer == "clause":
        booked = len(book.citations)
        lead = headline.clause_lead(
            corpus, info, hits, terms, book, language, org_names, resolved, scope, named_doc, place_docs
        )
        # a later retrieved document changing the clause's time ("đồng ý lùi thời hạn ... đến ngày ...")
        lead = amended.amended_lead(corpus, settings, info, resolved, hits, lead, book, booked, language)
    elif spec.answer == "duties" and orgs and not info.months:
        # (a month named, "Tháng 9 Hội LHPN xã làm gì?", asks that month's item of a schedule: quoted below,
        # not every duty of the body; trial 32 p16)
        doc_ids = (
            {named_doc.doc_id}
            if named_doc
            else place_docs or bodies.parent_documents(info, bodies.units_only(orgs), docs) or None
        )
        obs = duties_of(corpus, orgs[0], named_doc.doc_id if named_doc else None) or []
        # the body asked, not its namesake at another level or place ("Đoàn Thanh niên huyện tổ chức ..."
        # is no duty of the "Tỉnh đoàn" asked)
        if elsewhere := bodies.elsewhere(info):
            obs = [o for o in obs if bodies.acts_here(o, orgs[0], elsewhere)]
        obs = [o for o in obs if bodies.collective_here(o, info)]
        written = written_name(info.question, orgs[0])
        # a unit the registry reads as a wider body ("chi bộ", "Ban công tác Mặt trận"): its own retrieved
        # section is quoted (below), not the wider body's duty list (``unit_sections``)
        unit_names = unit_sections(info.question, written, hits, orgs[0])
        if not unit_names:
            body = org_duty_answer(
                orgs[0], corpus.chunks, docs, obs, terms, book, language, doc_ids, body_name=written
            )
    return lead, fact_doc, body, unit_names


def checked_lead(
    info: QueryInfo,
    resolved: str,
    lead: FactLead | None,
    book: CitationBook,
    language: str,
    hits: list[Hit] | None = None,
) -> tuple[FactLead | None, list[str], bool]:
    """``(lead, lead_lines, taskless)``: ``lead`` and its lines, both dropped (None, []) when they answer
    something else than what is asked, and whether the question names a document but no task. ``hits``:
    the retrieved passages a "not stated" line for a length asked is read against (``length_act``)."""
    lead_lines = lead.lines if lead else []
    # "Thông báo 160 thì giao cho ai?": a document named, no task asked; only a clause assigning the whole
    # document gives its lead, never the first clause's doer (``taskless_lead``)
    taskless = info.intent == "lead" and names_no_task(resolved, document_words(resolved, info.doc_numbers))
    if lead_lines and taskless and not _cites_whole_assignment(lead_lines, book):
        lead, lead_lines = None, []
    if lead_lines and info.amount_unit and info.amount_unit[0] in times.LENGTH_UNITS:
        # "... phải xây xong trong bao nhiêu ngày kể từ khi khởi công?" asks a length of time: a clause's
        # date ("trước ngày 30/11/2028", when the whole work ends) is not how long it takes (trial 27 n01)
        # The deadline path's "không nêu thời hạn" (the asked act's clause sets no time) answers the length
        # asked too, unless its clause writes one (``length_act.absent_stands``; trial 48 u5)
        action = action_phrase(info.asked_action or info.led_action, info.asked_object)
        kept = lead is not None and lead.absent and absent_stands(lead_lines, book, hits or [], action)
        if not kept and not any(figure_reading.writes_length(line) for line in lead_lines):
            lead, lead_lines = None, []
    if lead_lines and hourless_time(lead_lines, info, language):
        lead, lead_lines = None, []
    if lead_lines and offset_for_day(lead_lines, resolved, language):
        lead, lead_lines = None, []  # a day asked, a time counted from an event given (l4-mttq-26)
    if lead_lines and asks_reason(info.folded):
        # "Vì sao ... đổi địa điểm?" asks a cause: the fact it names is no first line (trial 42 q15)
        lead, lead_lines = None, []
    return lead, lead_lines, taskless


def hourless_time(lines: list[str], info: QueryInfo, language: str) -> bool:
    """Whether the question asks the hour ("... bắt đầu lúc mấy giờ?", "what time") and a time line gives a
    day without one: a date is no answer to it, and read as the answer it is a confident wrong first line
    (trial 31 p43: "Thời gian: ngày 05 tháng 3 năm 2034" where the text writes "7 giờ 30 phút, Chủ nhật
    ngày 05 ..."). An hour asked is given with its date, or the first line is left to the quotes."""
    if not times.asks_hour(info.folded):
        return False
    heads = tuple(f"{render.label(k, language)}:" for k in ("time", "deadline"))
    return any(line.startswith(heads) and not times.writes_hour(line.split(":", 1)[1]) for line in lines)


def _one_named_unheld(corpus: Corpus, info: QueryInfo) -> bool:
    """Whether the question names two or more documents by number and one of them is no loaded document
    while another is."""
    if len(info.doc_numbers) < 2:
        return False
    held = [bool(named_docs(corpus.store.doc_info, [r])) for r in info.doc_numbers]
    return any(held) and not all(held)


def _cites_whole_assignment(lead_lines: list[str], book: CitationBook) -> bool:
    """Whether a lead line cites a quote assigning its document as a whole (``taskless_lead``)."""
    cited = {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}
    return any(assigns_whole_document(c.quote) for c in book.citations if c.n in cited)
