"""Headline-fact selection: which document and which of its facts or duty clauses give an answer's
first line.

A document-fact question ("Ai ký ...?", "ban hành ngày nào?") is answered from the document it names,
else the best-ranked one in scope (``fact_document``, ``document_lead``); the date of an event held is
not the issue date (``asks_event_date``). A deadline or lead-body question is answered from one document
(the one named, else the best-ranked one holding a candidate clause: a duty of the body asked about, or a
duty clause inside a retrieved passage) and the clause there that governs the question
(``clause_lead``); none found, no first line.
"""

from __future__ import annotations

import re

from assistant.answer import bodies, clause_facts, deadline_facts, facts, lead_rival, render, times
from assistant.answer.act_words import action_phrase, documents_write_action, writes
from assistant.answer.citations import CitationBook
from assistant.answer.duties import duties_of
from assistant.answer.english_labels import label_words
from assistant.answer.extractive import select
from assistant.answer.facts import FactLead
from assistant.answer.no_deadline import asks_whether_timed, untimed_body, unwritten_action
from assistant.answer.receivers import sent_to_levels
from assistant.answer.rival_sentences import dated_rival
from assistant.answer.sentence_scores import score_sentences
from assistant.answer.sentences import split_sentences
from assistant.answer.sibling_clauses import chained_words
from assistant.answer.terms import Terms, overlap
from assistant.answer.unaddressed_body import never_named
from assistant.answer.untimed_step import untimed_step
from assistant.corpus import Corpus
from assistant.models import Document, Hit, Obligation
from assistant.query import QueryInfo
from assistant.query.actions import asks_about_copy
from assistant.retrieve.asked_issuer import cited_filter
from assistant.retrieve.scope import DocumentScope, named_docs

# "Hội nghị họp ngày nào?", "When was the meeting held?": the date of an event, not the issue date.
_EVENT_RE = re.compile(r"\b(hop|hoi nghi|dien ra|khai mac|to chuc|meeting|held|took place)\b")
_ISSUE_RE = re.compile(r"\b(ban hanh|ky|issued|signed|dated)\b")


# How much of an English question's (glossary) terms its deadline clause must cover to be the first line:
# right clauses seen covered 0.90 (sample dev), 0.92 and 1.0 (tests/test_first_line_bodies.py); wrong ones
# 0.54 (newcomer trial, "final report" -> the registration deadline) and 0.735 (a body's only dated duty,
# not the asked "supervise"). On the side of no first line.
ENGLISH_CLAUSE_OVERLAP = 0.85
# How much better ([0, 1] of the question, ``terms.overlap``) a retrieved dated sentence must cover the
# question than the clause a deadline line is read from for that line to give way: clearly more than one
# shared word, as two figures' clauses must differ (``figures.FIGURE_MARGIN``).
RIVAL_CLAUSE_MARGIN = 0.15
# How many lower retrieved documents a deadline question's act is looked for in when the best ones set no
# time for it (library2 dev l2-party-04: the third document held it)
LOWER_DEADLINE_DOCS = 3


def fact_document(
    info: QueryInfo, scope: DocumentScope, hits: list[Hit], docs: dict[str, Document], corpus: Corpus
) -> Document | None:
    """The document a fact question is about: the one the question names (or the single one it cites),
    else the top hit's document among those in scope, else the top hit's."""
    target = scope.target()
    if info.intent == "basis" and len(scope.named) == 1:
        # "Công văn 31 căn cứ vào văn bản nào?": the basis is the named document's, not the cited one's
        target = next(iter(scope.named))
    if target and target in docs:
        return docs[target]
    if scope.docs:
        in_scope = [h for h in hits if h.chunk.doc_id in scope.docs]
        hits = in_scope or hits
    else:
        named = named_docs(corpus.store.doc_info, info.doc_numbers)
        if len(named) == 1:
            return docs.get(next(iter(named)))
    if info.intent == "issued_with":
        # "Which decision was the regulation issued with?": of the documents found, one issued by another
        hits = [h for h in hits if h.chunk.doc_id in docs and docs[h.chunk.doc_id].meta.issued_with] or hits
    return next((docs[h.chunk.doc_id] for h in hits if h.chunk.doc_id in docs), None)


_ORDINAL_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8}
_ORDINAL_RE = re.compile(
    r"\b(?:nhiem vu|noi dung|muc|viec|dong|hang|phan|item|task|row)\s+(?:thu|so|no\.?)\s+(\d+|"
    + "|".join(_ORDINAL_WORDS)
    + r")\b"
)


def _ordinal(folded_question: str) -> int | None:
    """The item number a question points at ("nhiệm vụ thứ 2", "nội dung số 4", "task no. 3"), or None."""
    m = _ORDINAL_RE.search(folded_question)
    if m is None:
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else _ORDINAL_WORDS[raw]


def _numbered(ob: Obligation, n: int) -> bool:
    """Whether a duty clause is item or table row ``n``: its text or its section label starts "n." / "n)",
    or its row's first cell is "n" ("2 | Tập huấn ... | ...") or names "TT: n"."""
    last = ob.section.split("›")[-1].strip() if ob.section else ""
    head = ob.text.lstrip()
    return bool(
        re.match(rf"{n}(?:[.)]|$)", last)
        or re.match(rf"{n}[.)]\s", head)
        or re.match(rf"{n}\.?\s\|\s", head)
        or re.match(rf"(?:S?TT)\s*:\s*{n}\b", head)
    )


# A sentence of the best-matching sentence's document within this share of its score that writes a time
# limit keeps a deadline question's first line in that document (``clause_lead``)
STATED_NEAR_BEST = 0.8


def _candidate_docs(
    named_doc: Document | None, hits: list[Hit], place_docs: set[str] | None, first: str | None = None
) -> list[str]:
    """The documents a clause answer may come from, best first: the named one, else ``first`` (the
    document of the best-matching sentence) and the retrieved documents in rank order (those mentioning
    the question's places, when it names any)."""
    if named_doc is not None:
        return [named_doc.doc_id]
    ranked = list(dict.fromkeys([first] * (first is not None) + [h.chunk.doc_id for h in hits]))
    return [d for d in ranked if place_docs is None or d in place_docs]


def _in_evidence(ob: Obligation, hits: list[Hit]) -> bool:
    """Whether the duty clause lies inside a retrieved chunk: the headline rests on a passage the answer
    can quote, not on a clause the retriever did not find."""
    return any(
        h.chunk.doc_id == ob.doc_id and ob.start < h.chunk.end and h.chunk.start < ob.end for h in hits
    )


def _dated_sentences(hits: list[Hit], doc_id: str) -> list[str]:
    """The retrieved sentences of ``doc_id`` writing a time limit (``times.writes_time``)."""
    out = []
    for h in hits:
        if h.chunk.doc_id == doc_id:
            for a, b in split_sentences(h.chunk.text):
                if times.writes_time([h.chunk.text[a:b]], deadline=True):
                    out.append(h.chunk.text[a:b])
    return out


def _same_sentence(sentence: str, clause: str) -> bool:
    """Whether a retrieved sentence and a duty clause's sentence are one text (either holds the other,
    spacing aside)."""
    a, b = " ".join(sentence.split()), " ".join(clause.split())
    return bool(a and b) and (a in b or b in a)


def asks_event_date(info: QueryInfo) -> bool:
    """Whether a date question asks when an event was held ("Hội nghị họp ngày nào?"), not when the
    document was issued: such a date is quoted, not read from the document's header."""
    return bool(info.intent == "date" and _EVENT_RE.search(info.folded) and not _ISSUE_RE.search(info.folded))


_ADDRESSEES_RE = re.compile(r"\b(?:kinh gui|addressed to)\b")


def document_lead(
    info: QueryInfo, doc: Document | None, book: CitationBook, language: str
) -> FactLead | None:
    """The document fact asked for (signer, date, number, ...), from a copy's note when the question asks
    about the copy, else from the document's own metadata; None when the document states none."""
    lead = None
    copy = False
    # the bodies the question names: of a joint document's signers, the one body's ("bên Mặt trận")
    asked = [bodies.names_of(o) for o in dict.fromkeys([*info.orgs, *info.bodies])]
    if doc is not None and asks_about_copy(info.folded):
        lead = facts.copy_fact(info.intent or "", doc, book, language)
        copy = lead is not None
    if lead is None and doc is not None:
        kind = info.intent or ""
        if kind == "recipients" and doc.meta.addressees and _ADDRESSEES_RE.search(info.folded):
            kind = "addressees"  # "kính gửi ai?": the letter's addressees, not its copy list ("Lưu VP")
        keep = cited_filter(info) if kind == "basis" else None
        lead = facts.metadata_fact(kind, doc, book, language, asked, keep, info.folded)
    if lead is not None and doc is not None and lead.kind in ("number", "date", "signer"):
        # "... số mấy, ngày nào và ai ký?": each document fact asked gets its line, from the same source
        # (the copy's note or the document's own metadata); one it does not state is left out
        for kind in facts.asked_doc_facts(info.folded):
            if kind == lead.kind:
                continue
            more = (
                facts.copy_fact(kind, doc, book, language)
                if copy
                else facts.metadata_fact(kind, doc, book, language, asked)
            )
            if more is not None:
                lead.lines += more.lines
    return lead


def clause_lead(
    corpus: Corpus,
    info: QueryInfo,
    hits: list[Hit],
    terms: Terms,
    book: CitationBook,
    language: str,
    org_names: dict[str, str],
    resolved: str,
    scope: DocumentScope,
    named_doc: Document | None,
    place_docs: set[str] | None,
) -> FactLead | None:
    """The deadline or lead body of the clause that governs a "clause" question, else (a deadline
    question) a deadline from the retrieved sentences or the dated duties of the body asked about; None
    when nothing answers it well enough."""
    docs = corpus.docs
    lead: FactLead | None = None
    untold: list[str] = []  # times of the asked act the best documents write but the question does not tell
    booked = len(book.citations)  # a first line dropped below takes its citation with it
    # Only a body asked about as the actor narrows the clauses; a topic ("về công tác Mặt trận") does
    # not. The clauses come from one document: the one named, else the best-ranked one that holds a
    # candidate (a duty of the actor, or a duty clause inside a retrieved passage).
    actors = list(info.subject_bodies) + list(info.subject_orgs)
    # the asked action: of a "when" question, or of a "who leads" one ("Ai chủ trì rà soát ...?")
    action = action_phrase(info.asked_action or info.led_action, info.asked_object)
    if (
        info.intent == "deadline"
        and info.asked_action
        and scope.docs
        and not documents_write_action(
            [corpus.folded_docs.get(d, "") for d in scope.docs], info.asked_action
        )
    ):
        # "... phải tổng kết Kế hoạch 41 trước ngày nào?" where Kế hoạch 41 never writes that act: no clause
        # of it sets its time (the same rule as the abstention check, ``checks``)
        return None
    english = info.language == "en"  # no tagged action: the fallbacks below have too little to match
    in_question: set[str] = set()
    obs: list[Obligation] = []
    preferred: set[tuple[str, int, int]] | None = None
    # The document of the best-matching sentence leads: the first line and the first quote then come
    # from the same document (a clause of the top-ranked document is no answer when the sentence that
    # matches the question sits in another one).
    scored = score_sentences(hits, terms, docs=docs)
    best = select(scored, max_sentences=1)
    quoted_doc = best[0].chunk.doc_id if best else None
    # That sentence, or one of its document scoring near it, writes a time limit ("2. Văn bản góp ý gửi về
    # Ban Thường trực ... trước 17 giờ 00 ngày 21/11/2042": its subject is the paper, so no duty clause holds
    # it): its document sets the time asked, and a lower document's duty clause with the asked act ("...
    # tổng hợp ý kiến, gửi cấp ủy chậm nhất 07 ngày ...") answers another question (trial 33 e4, p05, p42)
    stated = info.intent == "deadline" and any(
        sp.chunk.doc_id == quoted_doc
        and sp.score >= best[0].score * STATED_NEAR_BEST
        and times.writes_time([sp.text], deadline=True)
        for sp in scored
    )
    # documents the question names or describes ("Theo kế hoạch bầu cử của Mặt trận xã") bound them
    allowed = place_docs if not scope.docs else scope.docs & (place_docs or scope.docs)
    candidates = _candidate_docs(named_doc, hits, allowed, quoted_doc)
    if actors and action:
        # The document where the body does the asked action comes first ("Hội Cựu chiến binh xã giám
        # sát ... đến khi nào?": the plan where it supervises, not a notice on its congresses).
        acting = [
            d
            for d in candidates
            if any(writes(o.text, action) for o in duties_of(corpus, actors[0], d) or [])
        ]
        candidates = acting + [d for d in candidates if d not in acting]
    elsewhere = bodies.elsewhere(info)
    for d in candidates:
        # the body's duties, not those of its namesake in another place ("Hội Nông dân xã Thạch Long"
        # for "Hội Nông dân xã Thạch Đài"): a duty naming the body only elsewhere is not its own
        own = (
            {
                (o.doc_id, o.start, o.end)
                for o in duties_of(corpus, actors[0], d) or []
                if (not elsewhere or bodies.acts_here(o, actors[0], elsewhere))
                and not bodies.other_unit_duty(o, actors[0], info)
                and not bodies.only_recipient(o, actors[0])
            }
            if actors
            else None
        )
        if own:
            # the document's duties of "các đơn vị" are the asked body's too, once the document names it
            own |= {
                (o.doc_id, o.start, o.end)
                for o in duties_of(corpus, None, d) or []
                if clause_facts.addressed_to_all(o)
            }
        obs = [
            ob
            for ob in duties_of(corpus, None, d) or []
            if named_doc is not None or _in_evidence(ob, hits) or (ob.doc_id, ob.start, ob.end) in (own or ())
        ]
        if obs and (not actors or own or named_doc is not None):
            # The body that issued the document does its tasks through its departments ("Hội phụ nữ
            # tỉnh ... lập mới tổ hợp tác" is done by the union's Ban Gia đình - Xã hội): when no clause
            # naming the body itself writes the asked act, every clause counts. One that does governs: a
            # task the document gives another named body ("Các chi đoàn báo cáo ... trước ngày 20/11")
            # is not the issuer's.
            in_question = {d}
            preferred = own
            own_write = action and any(
                writes(o.text, action) for o in obs if (o.doc_id, o.start, o.end) in (own or ())
            )
            # the body asked may be named by the shape of its name ("Hội phụ nữ Bắc Ninh") beside its registry
            # organisation, at the level the question names: either names the issuer (library dev rw07-02)
            # (a charter recording no issuer is its organisation's by its subject line, ``titled_unissued``)
            issuer_asked = bool(actors) and (
                bodies.issued_by(docs.get(d), actors[0])
                or any(bodies.issued_by(docs.get(d), o, info.folded) for o in info.subject_orgs)
                or any(bodies.titled_unissued(docs.get(d), o) for o in info.subject_orgs)
            )
            if issuer_asked and not own_write:
                preferred = None
            elif actors and not own and never_named(corpus, actors[0], d):
                # a named document that never names the body: none of its clauses is the body's, another
                # body's date is no answer (trial 46 u04, ``unaddressed_body``)
                preferred, obs = set(), []
            break
        obs = []
        if stated and d == quoted_doc:
            break
    if not in_question:
        in_question = set(_candidate_docs(named_doc, hits, allowed)[:1])
    ordinal = _ordinal(info.folded)
    if ordinal is not None and obs:
        # "nhiệm vụ thứ 2": only the item or table row numbered 2 can answer; none found, no first line
        obs = [ob for ob in obs if _numbered(ob, ordinal)]
    if obs:
        lead = clause_facts.obligation_fact(
            info.intent or "",
            obs,
            terms,
            hits,
            docs,
            book,
            language,
            org_names,
            preferred,
            action=action,
            question=resolved,
        )
        if lead is not None and lead.obligation is not None and english:
            # An English question has only glossary words to match: its clause must cover most of them
            # (else "final report" takes the registration clause's date), unless it writes the act asked,
            # read from the glosses ("hand over the houses" -> "bàn giao" + "nhà"), as a Vietnamese
            # question's clause is chosen by its act.
            ob = lead.obligation
            acts = bool(action) and not lead.absent and writes(ob.text, action, True)
            # (the clause read with those of its sentence it chains: "drafts the scheme, submits it by ...")
            said = chained_words(ob, obs, docs)
            # the words naming the document ("Official Letter ... (2019)", "the plan") are no part of it
            if not acts and overlap(terms.without(label_words(info)), said) < ENGLISH_CLAUSE_OVERLAP:
                lead = None
                book.rollback(booked)  # its citation goes with it: the quotes are numbered from [1]
    if lead is not None and lead.absent and lead.obligation is not None:
        if dated_rival(terms, hits, lead.obligation, action):
            # a retrieved sentence writing a time fits the question as well as the clause setting none
            # ("Chậm nhất là ngày 08/02/2026, việc xác minh ... phải được tiến hành xong"): its time is read
            # below, from the retrieved sentences, rather than no first line at all
            lead = None
            book.rollback(booked)
    elif lead is not None and lead.obligation is not None and info.intent == "deadline":
        if dated_rival(terms, hits, lead.obligation, action, margin=RIVAL_CLAUSE_MARGIN):
            # a retrieved sentence writing a time fits the question clearly better than the clause ("1 |
            # Khảo sát ... nhu cầu đăng ký ... | Trước 30/6/2027" against "Tiếp nhận ... hộ đăng ký trong thời
            # hạn 15 ngày ..." for "Khảo sát nhu cầu đăng ký ... phải xong khi nào?"; trial 25 r07): the
            # clause's time is another act's; the retrieved sentences are read below instead
            lead = None
            book.rollback(booked)
    if lead is None and info.intent == "deadline" and actors and action and not english and obs:
        # "Ban Xây dựng Đảng phải báo cáo ... trước ngày nào?" where the body's clauses in the document
        # found for it set times for other acts only ("trình ... trước ngày 20/7"): say the document sets
        # no time for this act, citing the body's closest clause, rather than quote its other dates.
        # Only when no duty clause of that document writes the act: a body's task may be written in a
        # department's clause ("Ban Gia đình - Xã hội ... thành lập mới 20 tổ hợp tác") or in words the
        # registry does not tie to it.
        body_obs = [o for o in obs if preferred is None or (o.doc_id, o.start, o.end) in preferred]
        clauses = duties_of(corpus, None, obs[0].doc_id) or []
        dated = _dated_sentences(hits, obs[0].doc_id)
        if preferred is not None and not bodies.issued_by(docs.get(obs[0].doc_id), actors[0], info.folded):
            # A body that did not issue the document has no departments writing its tasks there: a clause
            # another named body leads ("Ban Quản lý chợ ... báo cáo kết quả ... trong vòng 30 ngày") sets
            # that body's time, not the asked one's ("Văn phòng Đảng ủy ... báo cáo ...?"; trial 41 q32),
            # and so does its sentence among the retrieved ones
            theirs = [
                o
                for o in clauses
                if (o.doc_id, o.start, o.end) not in preferred
                and not o.inferred
                and (o.lead or o.responsible)
                and not clause_facts.addressed_to_all(o)
            ]
            # (a clause of theirs goes on in the same sentence: "...; báo cáo kết quả ... trong vòng 30 ngày")
            text = docs[obs[0].doc_id].text if obs[0].doc_id in docs else ""
            theirs += [
                o
                for o in clauses
                if not (o.lead or o.responsible)
                and (o.doc_id, o.start, o.end) not in preferred
                and any(t.end <= o.start and not re.search(r"[.!?\n]", text[t.end : o.start]) for t in theirs)
            ]
            clauses = [o for o in clauses if o not in theirs]
            dated = [t for t in dated if not any(_same_sentence(t, o.text) for o in theirs)]
        lead = unwritten_action(
            body_obs,
            clauses,
            action,
            terms,
            docs,
            book,
            language,
            dated=dated,
            question=resolved,
        )
    if lead is None and info.intent == "deadline" and not english:
        # No duty clause answered: the dated sentences of the best candidate (the document of the
        # best-matching sentence), not of a lower one the loop reached for its duty clauses. (Read for an
        # English question too from its best document's near-best dated sentences, trial 22 q39 took
        # another item's "trước ngày 15/9/2029": left to the quotes.)
        fallback = set(candidates[:1]) or in_question
        own_hits = [h for h in hits if h.chunk.doc_id in fallback]
        # A body the question names that did not issue the document: only a sentence naming it
        # (or, a charter recording no issuer, is about it by its subject line: ``bodies.titled_unissued``)
        issuer = (
            any(
                bodies.issued_by(docs.get(d), actors[0]) or bodies.titled_unissued(docs.get(d), actors[0])
                for d in fallback
            )
            if actors
            else True
        )
        names = None if issuer else bodies.unlevelled(bodies.names_of(actors[0]))
        actor_names = bodies.unlevelled(bodies.names_of(actors[0])) if actors else None
        lead = deadline_facts.deadline_from_hits(
            own_hits,
            terms,
            book,
            language,
            resolved,
            action,
            names,
            elsewhere if names else "",
            actor=actor_names,
            actor_not_after=elsewhere,
            sent_to=sent_to_levels(resolved),
            sub_unit=bool(actors) and bodies.asks_sub_unit(info, actors[0]),
            about={d: render.subject_line(docs[d]) for d in fallback if docs.get(d) is not None},
            untold=untold,
        )
        if (
            lead is None
            and stated
            and quoted_doc is not None
            and quoted_doc not in fallback
            and (place_docs is None or quoted_doc in place_docs)
        ):
            # the body's acting document went first (``acting``) but sets no time for the act, while the
            # best-matching sentence's document writes one near it ("Trong thời hạn 7 ngày làm việc kể từ
            # ngày bế mạc đại hội, cấp ủy khoá mới phải báo cáo ...: Các biên bản bầu cử"): read that one
            issued = not actors or bodies.issued_by(docs.get(quoted_doc), actors[0])
            its_names = None if issued else actor_names
            lead = deadline_facts.deadline_from_hits(
                [h for h in hits if h.chunk.doc_id == quoted_doc],
                terms,
                book,
                language,
                resolved,
                action,
                its_names,
                elsewhere if its_names else "",
                actor=actor_names,
                actor_not_after=elsewhere,
                sub_unit=bool(actors) and bodies.asks_sub_unit(info, actors[0]),
                about={quoted_doc: render.subject_line(docs[quoted_doc])} if docs.get(quoted_doc) else None,
                untold=untold,
            )
    if lead is None and info.intent == "deadline" and action and not actors and not english and not untold:
        # (not when the best documents write the act's time several ways the question does not tell apart:
        # a lower document's one time is not the answer either; library2 dev l2-mttq-03)
        # the best documents set no time for the act asked (their "... chi bộ phải tổ chức lễ kết nạp" is the
        # ceremony's, not filling in the form after it): a lower retrieved one whose sentence writes the act
        # with its time ("Sau khi ... lễ kết nạp ..., đảng viên phải khai lý lịch ... trong thời gian 30 ngày
        # làm việc"; library2 dev l2-party-04), each sentence under ``deadline_from_hits``'s checks
        read = fallback | {quoted_doc}
        for d in [d for d in candidates if d not in read][:LOWER_DEADLINE_DOCS]:
            lead = deadline_facts.deadline_from_hits(
                [h for h in hits if h.chunk.doc_id == d], terms, book, language, resolved, action,
                sent_to=sent_to_levels(resolved),
                about={d: render.subject_line(docs[d])} if docs.get(d) else None,
            )
            if lead is not None:
                break
    if lead is None and info.intent == "deadline" and action and not english:
        # the asked act's own step sets no date while a sibling step does: say so (trial 43 u05)
        first_doc = set(candidates[:1]) or in_question
        lead = untimed_step(
            [h for h in hits if h.chunk.doc_id in first_doc], terms, book, language, resolved, action,
            bodies.unlevelled(bodies.names_of(actors[0])) if actors else None,
        )
    # The body's dated duties answer "hạn chót của X?", never a question about one action of X.
    if lead is None and info.intent == "deadline" and actors and not info.asked_action and not english:
        duties = [
            o
            for o in duties_of(corpus, actors[0], None) or []
            if not elsewhere or bodies.acts_here(o, actors[0], elsewhere)
        ]
        lead = deadline_facts.body_deadlines(duties, in_question, docs, book, language, resolved)
        if lead is None and asks_whether_timed(info.folded):
            # "Ủy ban Kiểm tra ... được giao gì, có thời hạn không?": the body's own clauses set none
            own = [o for o in duties if o.doc_id in in_question and o.org_match == "named"]
            lead = untimed_body(own, terms, docs, book, language)
    if lead is not None and lead.absent and lead.obligation is not None:
        if dated_rival(terms, hits, lead.obligation, action):
            book.rollback(booked)
            return None  # a retrieved sentence writing a time fits the question as well: no "no deadline"
    if lead is not None and lead_rival.off_question(
        info, resolved, terms, hits, lead, book, docs, RIVAL_CLAUSE_MARGIN
    ):
        # the line's clause is of another event, names no post asked, or another sentence fits clearly better
        book.rollback(booked)
        return None
    return lead


def citing_lead(book: CitationBook, scope: DocumentScope, language: str) -> list[str]:
    """``["Văn bản thực hiện, dẫn chiếu: Công văn 128/MTTQ-BTT (24/03/2026) [1]"]`` for "Văn bản nào (của X)
    thực hiện / dẫn chiếu Thông báo 45?": the documents in scope (those citing the one named, narrowed to
    the body asked: ``retrieve.scope.document_scope``) that the quotes cite, each with its first quote's
    number, in the quotes' order; [] when no quote is from one of them (trial 37 e07: the notice itself
    opened the answer and no line named the letter citing it)."""
    if not scope.carried_out or not scope.docs:
        return []
    seen: dict[str, str] = {}
    for c in book.citations:
        if c.doc.doc_id in scope.docs and c.doc.doc_id not in seen:
            seen[c.doc.doc_id] = f"{render.doc_label(c.doc, language)} [{c.n}]"
    return [f"{render.label('citing', language)}: {'; '.join(seen.values())}"] if seen else []
