"""The answer planner: from an analysed question (``QueryInfo``) and its retrieved hits to an ``Answer``.

The kind of question comes from the intent table (``query.intents``): its ``answer`` field says what
leads the answer (a document fact, the governing clause's deadline or lead body, an organisation's
duties, or quotes only), its ``check`` what abstention must verify. Everything per request lives in local
variables and the returned ``Answer``; the planner keeps nothing between questions.

``plan_answer`` runs the stages in order, each a module beside this one taking and returning explicit
values: the question's scope (``plan_scope``: the documents it names or describes, and whether they are
held), the first line read from the documents (``plan_lead``, over ``headline``), the quotes
(``plan_quotes``, over ``quotes``) or a body's duties (``duties``), the checks of the question's kind and
the abstentions with "see also" sections (``plan_abstain``, over ``checks``), a first line read from the
quotes (``plan_quote_lead``), and the parts, notes and shown order of the answer (``plan_finish``).
"""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.plan_abstain import abstention, gather_evidence
from assistant.answer.plan_finish import answer_notes, shown_lead, whole_lead
from assistant.answer.plan_lead import checked_lead, head_lead
from assistant.answer.plan_quote_lead import fallback_lead, quoted_lead
from assistant.answer.plan_quotes import quote_stage
from assistant.answer.plan_scope import frame_question
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.models import Answer, Hit
from assistant.query import QueryInfo

MAX_QUOTES = 5


def plan_answer(
    corpus: Corpus,
    settings: Settings,
    question: str,
    resolved: str,
    info: QueryInfo,
    hits: list[Hit],
    language: str,
    org_names: dict[str, str],
) -> Answer:
    """The extractive answer (fact line first, then at most ``MAX_QUOTES`` quotes), or an abstention
    with "see also" sections. ``Answer.evidence`` records why."""
    book = CitationBook(corpus.docs, corpus.by_doc.get)
    frame = frame_question(corpus, info, resolved, hits, book, language)
    lead, fact_doc, body, unit_names = head_lead(
        corpus, settings, info, resolved, hits, book, language, org_names, frame
    )
    lead, lead_lines, taskless = checked_lead(info, resolved, lead, book, language, hits)
    lead, lead_lines, body, spans_text, asked_bodies, actor_names = quote_stage(
        corpus, settings, info, hits, book, language, frame, lead, lead_lines, body, unit_names
    )
    ev, quoted_text, readings = gather_evidence(
        corpus, info, resolved, hits, book, frame, fact_doc, lead_lines, spans_text, asked_bodies, actor_names
    )
    answer = Answer(
        question=question,
        text="",
        abstained=False,
        citations=[],
        retrieved=hits,
        language=language,
        resolved_question=resolved if resolved != question else None,
        evidence=ev,
    )
    abstained = abstention(
        corpus, settings, question, info, hits, language, frame, book, ev, quoted_text, fact_doc, lead_lines,
        body, answer,
    )
    if abstained is not None:
        return abstained
    lead, lead_lines, body, readings, moved_by = quoted_lead(
        corpus, settings, info, resolved, hits, book, language, frame, lead, lead_lines, body, readings
    )
    lead_lines, body, readings = fallback_lead(
        corpus, info, resolved, book, language, frame, lead_lines, body, readings, taskless
    )
    lead, lead_lines, body, readings = whole_lead(
        corpus, info, book, language, lead, lead_lines, body, readings
    )
    answer.notes.extend(answer_notes(corpus, info, question, language, frame, lead_lines))
    lead, lead_lines, body = shown_lead(
        corpus, info, resolved, book, language, lead, lead_lines, body, moved_by
    )
    answer.text = "\n".join(lead_lines) + ("\n\n" if lead_lines and body else "") + body
    answer.citations = book.citations
    answer.fact_absent = bool(lead and lead.absent)
    return answer
