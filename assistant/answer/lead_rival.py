"""Whether a deadline or lead-body first line (``headline.clause_lead``) is read from a clause about something
else than what the question asks; the line is then dropped, no line being better than a confident wrong one
(issue 11). Three kinds, each seen on library3 dev questions by outside writers:

- a deadline asked of an event ("Hội nghị sơ kết ... phải tổ chức trước ngày nào?") read from a clause, with
  its headings and subject line, naming no such event ("Ban Tổ chức - Kiểm tra Tỉnh hội hướng dẫn tiêu chí rà
  soát, ban hành trước ngày 20/5/2026"; l3-rw-39; ``event_names.names_other_event``);
- a post asked ("... do ai làm phó đoàn?") that the line's clause does not write ("Thực hiện: Tổ chức Đoàn"
  read from the heading "3. Tổ chức Đoàn kiểm tra, giám sát: ..."; l3-mttq-38; ``roles.asked_role``);
- a lead body read from a clause while a retrieved sentence of the same document covers the question clearly
  better ("Trường THPT Cao Lãnh 2: Tổ bộ môn Lịch sử ..." against the programme's row "3. Tham luận về
  “Công tác phụ đạo cho học sinh ... môn Lịch sử chưa tốt” – Trường THPT Trần Quốc Toản hỗ trợ thực hiện"
  for "Trong buổi sinh hoạt Lịch sử cụm 2, trường nào lo phần trình bày kinh nghiệm phụ đạo ...?"; l3-rw-18).
  The words only the question's opening adjunct writes ("Trong buổi sinh hoạt ..., ") say when the act
  happens and are not compared.
"""

from __future__ import annotations

import re

from assistant.answer import event_names, render, roles
from assistant.answer.act_words import clause_words
from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap, title_phrase_words
from assistant.models import Document, Hit, Obligation
from assistant.query import QueryInfo
from assistant.query.actions import opening_adjunct
from assistant.text import fold

# How many of the top retrieved passages are read for a better sentence (as ``rival_sentences.dated_rival``).
TOP_PASSAGES = 5


def off_question(
    info: QueryInfo,
    question: str,
    terms: Terms,
    hits: list[Hit],
    lead: FactLead,
    book: CitationBook,
    docs: dict[str, Document],
    margin: float,
) -> bool:
    """Whether ``lead`` (a deadline or lead line stating a fact, not "sets none") answers something else than
    ``question`` (the resolved question; ``info`` its reading): one of the three kinds of the module's
    docstring. ``margin``: how much better ([0, 1] of the question, ``terms.overlap``) another sentence must
    cover the question than the lead's clause (``headline.RIVAL_CLAUSE_MARGIN``)."""
    if lead.absent:
        return False
    if info.intent == "deadline" and event_names.names_other_event(question, _lead_text(lead, book, docs)):
        return True
    if info.intent != "lead":
        return False
    role = roles.asked_role(info.folded)
    if role is not None and not roles.writes_role(role, _lead_text(lead, book, docs)):
        return True
    ob = lead.obligation
    if ob is None:
        return False
    # the question's phrases the document's subject line writes describe every passage of it ("tổ chức Đại
    # hội Mặt trận huyện" of the notice on that congress): the rest of the question says which sentence
    # (library dev lib-rw09-03: "Văn phòng Huyện ủy bảo đảm kinh phí" for "Ai lo tiền tổ chức Đại hội ...?")
    asked = without_adjunct(terms, question)
    titled = title_phrase_words(asked, render.subject_line(docs.get(ob.doc_id)))
    asked = asked.without(titled) if titled else asked
    return better_sentence(asked, hits, ob, margin) is not None


def _lead_text(lead: FactLead, book: CitationBook, docs: dict[str, Document]) -> str:
    """What a first line rests on, read whole: its clause, the quotes it cites with their headings and their
    documents' subject lines."""
    cues = {int(n) for n in re.findall(r"\[(\d+)\]", " ".join(lead.lines))}
    said = [lead.obligation.text] if lead.obligation is not None else []
    for c in book.citations:
        if c.n in cues:
            doc = docs.get(c.doc.doc_id)
            said += [c.section or "", c.quote, render.subject_line(doc)]
    return " ".join(said)


def better_sentence(terms: Terms, hits: list[Hit], ob: Obligation, margin: float) -> str | None:
    """The first sentence of the top ``TOP_PASSAGES`` retrieved passages of ``ob``'s document, outside
    ``ob``'s own span, whose overlap with the question (``terms.overlap``, [0, 1]) is at least ``margin``
    above that of the clause (its task, text and bodies); None when there is none."""
    own = overlap(terms, " ".join([*ob.lead, *ob.responsible, clause_words(ob)]))
    for h in hits[:TOP_PASSAGES]:
        if h.chunk.doc_id != ob.doc_id:
            continue
        for a, b in split_sentences(h.chunk.text):
            if h.chunk.start + a < ob.end and h.chunk.start + b > ob.start:
                continue  # the clause's own sentence
            sentence = h.chunk.text[a:b]
            if overlap(terms, sentence) >= own + margin:
                return sentence
    return None


def without_adjunct(terms: Terms, question: str) -> Terms:
    """``terms`` less the words only the question's opening adjunct writes ("buổi", "sinh hoạt", "cụm" of
    "Trong buổi sinh hoạt Địa lý cụm 3, trường nào lo ...?", ``query.actions.opening_adjunct``): they say
    when the act asked happens, and a clause on that occasion is no clause of the act."""
    adjunct = opening_adjunct(question)
    if not adjunct:
        return terms
    rest = set(re.findall(r"\w+", fold(question[len(adjunct) :])))
    return terms.without(set(re.findall(r"\w+", fold(adjunct))) - rest)
