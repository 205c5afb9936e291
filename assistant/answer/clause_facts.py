"""Clause facts: the deadline or lead body a question asks for, from the duty clause that governs it.

``governing_clause`` picks, among a document's duties (the obligations table), the clause the question is
about, whether it states the fact or not, so that a clause setting no deadline is never replaced by a
neighbour's deadline; ``obligation_fact`` turns it into the answer's first line ("Thời hạn: ...",
"Chủ trì: ...; Phối hợp: ..." or "Văn bản không nêu thời hạn cho việc này."), citing the clause.
How an asked action is matched against a clause's words is ``act_words``; which of a clause's times may
answer, ``clause_times``; when a document is said to set no time, ``no_deadline``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import render
from assistant.answer.absent_guard import is_heading_line
from assistant.answer.act_words import acts, clause_words, writes
from assistant.answer.citations import CitationBook
from assistant.answer.clause_times import (
    deadline_on_round,
    on_year_asked,
    sentence_writes_time,
    states_deadline,
)
from assistant.answer.facts import FactLead
from assistant.answer.no_deadline import _covers, time_ask_words
from assistant.answer.partner_absent import coordinator_ask_words, partner_absent_fact
from assistant.answer.partner_rows import asked_body_rows
from assistant.answer.receivers import led_by_recipient
from assistant.answer.rival_sentences import dated_rival, top_sentences
from assistant.answer.sent_levels import asked_levels, sends_elsewhere
from assistant.answer.sibling_clauses import chained_clauses, sibling_choice, writes_chained
from assistant.answer.terms import Terms, Vocabulary, overlap
from assistant.answer.times import asks_end
from assistant.index.lexical import round_match
from assistant.lexicon.months import asked_months, item_label, item_months
from assistant.lexicon.phrases import writes_act
from assistant.models import Document, Hit, Obligation
from assistant.obligations.deadlines import span_end
from assistant.query.lead_asks import asks_coordinator, asks_doer, assigner, specific_act
from assistant.text import fold


def _org_names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(x, x) for x in ids)


OFF_ACTION_OVERLAP = 0.4  # library dev: 0.4 keeps 17 of 18 right first lines, 0.5 and 0.6 keep 15
ABSENCE_MARGIN = 0.3  # how far a clause without the fact must lead the best clause with it
# What a clause gains when its own subject is the body the question is about ("Các xã còn lại phải hoàn
# thành ... trước ngày nào?" -> "...; các xã còn lại hoàn thành đại hội trước ngày 31/10/2026"): half the
# weight of the words before a deadline, enough to outweigh a neighbouring clause of the same sentence
# that shares the question's topic words (newcomer trial 6: 1.36 vs 1.15 without it).
SUBJECT_BONUS = 0.5


def _subject_written(ob: Obligation, folded_question: str) -> int:
    """How long the clause's own subject is as the question writes it (folded, whole words; 0: not
    written). Only the longest subject written counts: "Đảng ủy các xã" is not the "các xã" of another."""
    best = 0
    for name in (*ob.lead, *ob.responsible):
        f = fold(name).strip()
        if f and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded_question):
            best = max(best, len(f))
    return best


def addressed_to_all(ob: Obligation) -> bool:
    """Whether a duty's only bodies are generic ones ("Các đơn vị gửi đăng ký ...", "các cơ quan, đơn vị
    liên quan"): every unit the document addresses, the one asked about among them."""
    names = [*ob.lead, *ob.responsible]
    return bool(names) and all(_ALL_UNITS_RE.fullmatch(fold(n).strip(" ,.")) for n in names)


# the units a document addresses, named by no kind of their own ("các ban", "các sở" are some body's
# departments, not everyone addressed)
_ALL_UNITS_RE = re.compile(
    r"(?:cac |nhung )?(?:co quan|don vi|dia phuong)(?:\s*,\s*(?:co quan|don vi|dia phuong))*"
    r"(?: (?:co )?lien quan)?"
)


def _clause_score(ob: Obligation, local: Terms, action: str | None, doc_rank: dict[str, int]) -> float:
    """How well a duty clause matches the question: its words, the words right before its deadline (or
    its task's opening, when it has none), the asked action, and the retriever's document order."""
    s = overlap(local, clause_words(ob))
    if ob.doc_id in doc_rank:
        s += 0.2 / (1 + doc_rank[ob.doc_id])
    at = ob.text.find(ob.deadline.text) if ob.deadline else -1
    # a table row's deadline is a cell of its own: the words before it are other cells, its task is the cell
    # the row is about
    window = ob.text[max(0, at - 70) : at] if at > 0 and ob.source != "table" else ob.task[:70]
    s += 1.0 * overlap(local, window)
    if action and writes(f"{window} {ob.task}", action):
        s += 0.5  # "Khi nào tổng kết ...?" -> "... tham mưu tổng kết vào quý III/2025"
    return s


# A clause whose task is only a frame verb and its time ("...; các chi bộ còn lại hoàn thành trước ngày
# 15/10/2026"): the action is the previous clause's, left unwritten.
_ELIDED_RE = re.compile(r"(?:hoan thanh|xong|thuc hien|ket thuc|tien hanh)?\W*")


def _with_elided_actions(obligations: list[Obligation]) -> list[Obligation]:
    """Each clause that elides its action borrows the task of the clause before it in the same
    sentence (its task and text read with it; the clause itself, its body, time and offsets unchanged)."""
    by_end = {(ob.doc_id, ob.end): ob for ob in obligations}
    out = []
    for ob in obligations:
        rest = fold(ob.task)
        if ob.deadline is not None:
            rest = rest.replace(fold(ob.deadline.text), " ")
        ends = [(ob.doc_id, ob.start - k) for k in range(4)]  # "; " or ", " between the two clauses
        prev = next((by_end[e] for e in ends if e in by_end), None)
        if prev is not None and prev is not ob and _ELIDED_RE.fullmatch(rest.strip()):
            action = fold(prev.task)
            if prev.deadline is not None:
                action = action.replace(fold(prev.deadline.text), " ")
            ob = replace(ob, task=f"{action.strip()} {ob.task}", text=f"{action.strip()} {ob.text}")
        out.append(ob)
    return out


def governing_clause(
    kind: str,
    obligations: list[Obligation],
    terms: Terms,
    hits: list[Hit],
    question: str,
    preferred: set[tuple[str, int, int]] | None = None,
    action: str | None = None,
    docs: dict[str, Document] | None = None,
) -> Obligation | None:
    """The duty clause that governs what the question asks about, or None when no clause matches well
    (overlap >= 0.3).

    The clause is chosen among every duty, whether it states the fact or not, so that a clause that sets
    no deadline is not replaced by another clause's deadline. When the question names an actor
    (``preferred``: that body's duties) and one of its duties matches, only its duties count. A clause
    without the fact wins only by a clear margin (``ABSENCE_MARGIN``) over the best clause that has it.
    ``docs`` (the documents by id): a clause's object may be written in a clause of its sentence it chains
    (``sibling_clauses.writes_chained``).
    """
    doc_rank: dict[str, int] = {}
    for i, h in enumerate(hits[:5]):
        doc_rank.setdefault(h.chunk.doc_id, i)
    obligations = _with_elided_actions(obligations)
    every = obligations
    if kind == "lead" and asks_coordinator(question):
        # "Trạm Y tế xã phối hợp với ai?": only that body's own rows say whom it works with (trial 45 u02)
        own_rows = asked_body_rows(obligations, question)
        if own_rows is not None:
            obligations = own_rows
    if kind == "deadline":
        obligations = [ob for ob in obligations if _schedule_row_asked(ob, question, action)]
        # not a clause sending to another level than the question's ("về ... MTTQ xã" for "lên MTTQ huyện")
        levels = asked_levels(question)
        obligations = [ob for ob in obligations if not sends_elsewhere(ob.text, levels)]
    if terms.ordinals:
        # only a clause on the round asked governs it: not one under another round's heading ("BƯỚC NĂM.
        # ... hiệp thương lần thứ ba" for "hiệp thương lần một"), nor one about no round at all
        obligations = [ob for ob in obligations if round_match(f"{ob.section} {ob.text}", terms.ordinals)]
    # Weighted by how rare a word is among these duties, not in the corpus: "Mặt trận", "kết luận" are in
    # every duty of a conclusion about the Front; "tổng kết" tells the one asked about from the others.
    local = replace(terms, vocab=Vocabulary([clause_words(ob) for ob in obligations]))
    scored = [(ob, _clause_score(ob, local, action, doc_rank)) for ob in obligations]
    folded_question = fold(question)
    written = [_subject_written(ob, folded_question) for ob in obligations]
    if any(written):
        longest = max(written)
        # a duty of "các đơn vị" is the asked body's as much as one naming it
        scored = [
            (ob, s + (SUBJECT_BONUS if (n == longest or addressed_to_all(ob)) and s >= 0.3 else 0.0))
            for (ob, s), n in zip(scored, written, strict=True)
        ]
    if preferred:
        own = [(ob, s) for ob, s in scored if (ob.doc_id, ob.start, ob.end) in preferred and s >= 0.3]
        scored = own or scored
    scored = on_year_asked([(ob, s) for ob, s in scored if s >= 0.3], question)
    if not scored:
        return None

    doer = kind == "lead" and asks_doer(question)
    partners = kind == "lead" and asks_coordinator(question)

    def states(ob: Obligation) -> bool:
        if kind == "deadline":
            return states_deadline(ob, question)
        if partners:
            return bool(_partners(ob, folded_question))
        return bool(ob.lead) or (doer and _doer(ob) is not None)

    best, best_score = max(scored, key=lambda x: x[1])
    if kind == "deadline" and action and not writes_chained(best, every, docs, action):
        # a clause writing the asked act close behind is the one meant ("gửi báo cáo năm": "...; báo cáo
        # năm trước ngày 12/11", not "xây dựng kế hoạch, gửi về ... trước ngày 02/4" before it)
        # (or the clause of its sentence it chains, which writes the act on what it names: "rà soát, bổ
        # sung Quy chế ...; trình Thường trực ... trước ngày ..." for "trình dự thảo bổ sung Quy chế ...")
        chain = chained_clauses(best, every, docs) if docs is not None and " + " in action else []
        writing = [
            (ob, s)
            for ob, s in scored
            if writes_chained(ob, every, docs, action)
            and (best_score - s < ABSENCE_MARGIN or any(ob is c for c in chain))
        ]
        if writing:
            best, best_score = max(writing, key=lambda x: x[1])
    if (
        kind == "deadline"
        and action
        and not writes_chained(best, every, docs, action)
        and (
            " + " in action
            or bool(preferred)
            or overlap(local, clause_words(best)) < OFF_ACTION_OVERLAP
            # a retrieved sentence writing the act and a time fits as well: the clause's time is another
            # act's ("Từ ngày 02/4 - 06/4: ... tổ chức hội nghị" against "Báo cáo ... về ... tỉnh chậm nhất
            # ngày 12/4" for "nộp lên tỉnh bản báo cáo ... muộn nhất là hôm nào?"; library2 dev l2-mttq-03)
            or dated_rival(terms, hits, best, action)
        )
    ):
        # "... phải tổng kết ... trước ngày nào?" and the best clause neither writes that action nor
        # covers most of the question: its date would read as the time of an action it does not set.
        # An action with its object ("gửi + danh sách") is the clause's only if it writes both: one that
        # sends another thing ("gửi báo cáo") covers the question's other words and still is not it.
        # So for a body asked about (``preferred``): its name, in all its duties, covers the question.
        return None
    if states(best):
        return best
    # A clause stating the fact for the asked action, close behind, is the one meant: the absence of a
    # deadline is claimed only for a clear winner (and ``obligation_fact`` checks it covers the question).
    # Without an asked action nothing tells a neighbouring clause's deadline from the answer: none moves.
    stating = [
        (ob, s)
        for ob, s in scored
        if states(ob) and action and (writes(_said(ob), action) or writes_chained(ob, every, docs, action))
    ]
    if stating:
        alt, alt_score = max(stating, key=lambda x: x[1])
        if best_score - alt_score < ABSENCE_MARGIN:
            return alt
    return best


def obligation_fact(
    kind: str,
    obligations: list[Obligation],
    terms: Terms,
    hits: list[Hit],
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
    org_names: dict[str, str] | None = None,
    preferred: set[tuple[str, int, int]] | None = None,
    action: str | None = None,
    question: str = "",
) -> FactLead | None:
    """Deadline or lead body from the clause that governs the question (``governing_clause``).

    When that clause states no deadline (or no lead body) the line says so ("Văn bản không nêu thời hạn
    cho việc này."), citing the clause, instead of borrowing another clause's fact. None: no clause
    matches the question well enough.
    """
    names = org_names or {}
    best = governing_clause(kind, obligations, terms, hits, question, preferred, action, docs)
    if best is not None and kind == "deadline":
        best = sibling_choice(best, obligations, terms, docs, action, question)
    if best is None or is_heading_line(best.text):
        return None  # a heading names a part of the document; its silence is no clause's (``absent_guard``)
    off_round = terms.ordinals and best.deadline and not deadline_on_round(best, terms.ordinals)
    if kind == "deadline" and off_round:
        return None  # "đợt 1 ... trước ngày 30/4, đợt 2 trước ngày 31/8": its deadline is another round's
    if kind == "deadline" and led_by_recipient(best, question):
        # "Các chi đoàn gửi báo cáo ... về Văn phòng Đoàn xã trước ngày nào?" and the row the office leads
        # ("Tổng hợp, báo cáo ... về Huyện đoàn | Văn phòng Đoàn xã | ... | Trước ngày 05/4"): the body the
        # question sends to does its own later task by that time, not the senders' (newcomer trial 40 P6)
        return None
    lines = []
    absent = False
    stated = states_deadline(best, question)
    doer = kind == "lead" and not best.lead and asks_doer(question) and _doer(best) is not None
    act = specific_act(question) if kind == "lead" else None
    if act and not writes_act(_said(best), act):
        # "Ai giám sát tiến độ ...?" of "Ban Thường vụ ... hoàn chỉnh dự thảo ..." or of the row a body leads
        # ("Tiếp nhận hồ sơ ... | Văn phòng UBND xã"): the body does, or leads, another act (trial 39 f2)
        return None
    partners = kind == "lead" and asks_coordinator(question)
    if kind == "lead" and not partners and (not (best.lead or doer) or best.inferred):
        # "Thực hiện: X" names who carries a task out, not who leads it ("Ai chủ trì ...?"), unless the
        # question asks who does it ("Ai lo tiền ...?", ``asks_doer``); a lead the clause does not write
        # (its issuer, "hai Hội" read back) is no first line either
        return None
    if kind == "lead" and _outcovered(best, terms, hits):
        return None
    if kind == "lead" and action and best.deadline is not None and acts(_said(best), action, question):
        untimed = _said(best).replace(best.deadline.text, " ")
        if not acts(untimed, action, question):
            # "Buổi đối thoại ... do ai chủ trì?" of "Chủ trì tổng hợp ý kiến ... chậm nhất 05 ngày trước buổi
            # đối thoại": the act asked is only what the clause's time counts from, not the task it leads
            return None
    if kind == "lead" and action and not acts(_said(best), action, question):
        # "Ai chủ trì cuộc họp ...?": a clause giving a body the lead of another task ("Giao Ban Tổ chức
        # chủ trì ... hoàn thiện phương án nhân sự") does not say who chairs the meeting, when a retrieved
        # passage writes the act ("... Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí ...")
        verb = action.split(" + ")[0]
        sentences = (t for *_, t in top_sentences(hits, len(hits)))
        if any(_LEADS_RE.search(fold(t)) and acts(t, verb, question) for t in sentences):
            return None
    if partners:
        found = _coordinator_fact(best, docs, book, language, names, question)
        if found is None and _covers(best, obligations, terms, docs, coordinator_ask_words(question)):
            # the clause plainly asked names no partner: said, as for a deadline (library4 l4-rw-35)
            return partner_absent_fact(best, docs, book, language)
        return found
    if kind == "deadline" and not stated:
        # Saying a document sets no deadline is itself a headline: only for a clause that plainly is
        # the one asked about (most of the question's terms, and the asked action). A question asking
        # no action ("Hạn chót là khi nào?") asks the body's deadlines, which
        # ``deadline_facts.body_deadlines`` lists.
        # The clause is read with its body: one inherited from a heading or a letter's addressees
        # ("3. Hội Nông dân xã: - Hướng dẫn hội viên ...") is as much the clause's as one written in it.
        # Measured on what the question asks about the task: the words asking for a time ("chậm nhất vào
        # ngày nào") and those naming the document's issuer and place ("Hội phụ nữ huyện Đông Lâm", written
        # in the letterhead, not in its clauses) are no words of any clause.
        covers = _covers(best, obligations, terms, docs, time_ask_words(question))
        if not action or not covers or not writes(_said(best), action):
            return None
        # nor when its sentence writes a time the grammar did not read as its deadline ("..., hoàn thành
        # trong vụ Hè Thu năm 2026"; "...; hoàn thành trước ngày 26/3/2026" split off as its own clause)
        doc = docs.get(best.doc_id)
        if doc is not None and sentence_writes_time(doc.text, best.start, best.end):
            return None
    if kind == "deadline":
        if stated and best.deadline:
            wording = best.deadline.text
            if asks_end(question):  # "... khi nào kết thúc?" of "từ ngày 01/3 đến hết tháng 5/2026"
                wording = span_end(wording) or wording
            lines.append(f"{render.label('deadline', language)}: {wording}")
        else:
            lines.append(render.label("no_deadline", language))
            absent = True
    if doer:
        # the body the clause gives the task asked ("Văn phòng Huyện ủy bảo đảm kinh phí ...")
        lines.append(f"{render.label('responsible', language)}: {_org_names(_doer(best) or [], names)}")
        if best.coordinators:
            lines[-1] += f"; {render.label('coordinate', language)}: {_org_names(best.coordinators, names)}"
    if best.lead and not best.inferred:
        lead = f"{render.label('lead', language)}: {_org_names(best.lead, names)}"
        if best.coordinators:
            lead += f"; {render.label('coordinate', language)}: {_org_names(best.coordinators, names)}"
        lines.append(lead)
    who = assigner(question) if kind == "lead" and lines else ""
    if who and re.search(rf"(?:^|: ){re.escape(who)}\b", fold(lines[-1].split(";")[0])):
        # "Ban Thường trực giao cho ai đứng ra lo ...?" of "Ban Thường trực UBMTTQ xã theo dõi, đôn đốc ...":
        # the body giving the task is not the one it is given to (library2 dev l2-mttq-18)
        return None
    doc = docs.get(best.doc_id)
    if doc is not None and best.end > best.start:
        n = book.cite_doc_span(doc, best.start, best.end)
        lines[-1] += f" [{n}]"
    return FactLead(kind, lines, obligation=best, absent=absent)


def _partners(ob: Obligation, folded_question: str) -> list[str]:
    """The coordinators of a clause the question does not name itself ("Ai phối hợp với Đài Truyền thanh
    xã?" is not answered by the radio station): the bodies asked for."""
    def named(body: str) -> bool:
        f = fold(body.replace("_", " ")).strip()  # a registry id ("doan_thanh_nien") or a name
        return bool(f) and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded_question) is not None

    return [c for c in ob.coordinators if not named(c)]


def _coordinator_fact(
    best: Obligation,
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
    names: dict[str, str],
    question: str,
) -> FactLead | None:
    """``["Phối hợp: Ban công tác Mặt trận các ấp; Chủ trì: Đài Truyền thanh xã [1]"]`` for "Ai phối hợp
    ...?" (``asks_coordinator``): the governing clause's coordinators, its lead after them. None when the
    clause names no coordinator the question does not name itself: its lead is not who coordinates."""
    partners = _partners(best, fold(question))
    if not partners or best.inferred:
        return None
    line = f"{render.label('coordinators', language)}: {_org_names(partners, names)}"
    if best.lead:
        line += f"; {render.label('lead', language)}: {_org_names(best.lead, names)}"
    doc = docs.get(best.doc_id)
    if doc is not None and best.end > best.start:
        line += f" [{book.cite_doc_span(doc, best.start, best.end)}]"
    return FactLead("lead", [line], obligation=best)


# How far a retrieved sentence may cover more of the question than a lead clause before that clause is
# taken for another task (trial 18 p15: "Ai chịu trách nhiệm vận động ... tham gia bảo hiểm y tế ...?" got
# the lead of a loan-appraisal row; the sentence asked about, written without a lead body, covers twice
# as much).
OUTCOVERED_MARGIN = 0.3


def _doer(ob: Obligation) -> list[str] | None:
    """The bodies a clause gives its task to carry out, when it names them itself: None for a clause of
    every unit addressed ("các đơn vị", ``addressed_to_all``) or whose body is read back (``inferred``)."""
    if not ob.responsible or ob.inferred or addressed_to_all(ob):
        return None
    return list(ob.responsible)


def _outcovered(ob: Obligation, terms: Terms, hits: list[Hit]) -> bool:
    """Whether a sentence of the top retrieved passages covers the question by ``OUTCOVERED_MARGIN`` more
    than the clause does (its task, or its text as written: "Giao Ban Dân vận ... chủ trì ... tham mưu thực
    hiện" is the answer to "... giao cơ quan nào tham mưu thực hiện?" though its task alone is short)."""
    own = max(overlap(terms, ob.task), overlap(terms, _said(ob)))
    top = max((overlap(terms, t) for *_, t in top_sentences(hits)), default=0.0)
    return top - own > OUTCOVERED_MARGIN


# A passage saying who leads ("... họp dưới sự chủ trì của đồng chí ...", "Đơn vị phụ trách: ...").
_LEADS_RE = re.compile(r"\b(?:chu tri|phu trach|dieu hanh)\b")


def _schedule_row_asked(ob: Obligation, question: str, action: str | None) -> bool:
    """Whether a row may give a deadline question its time. A row of a month-by-month schedule ("Tháng 3:
    Các huyện Hội xây dựng kế hoạch và phát động thi đua;"), whose time is its month label, answers only a
    question naming its month or writing its act with the thing acted on ("tổ chức + hội thi"): a word
    shared with the plan's subject ("thi đua") would make one month the time of the whole plan. Every other
    row may."""
    label = item_label(ob.text)
    if label is None or ob.deadline is None or ob.deadline.text != label[0]:
        return True
    if asked_months(question) & (item_months(ob.text) or frozenset()):
        return True
    return bool(action) and " + " in action and writes(_said(ob), action, True)


def _said(ob: Obligation) -> str:
    """What a duty writes of its act: its sentence, and its task where that borrows the words of the
    clause before ("Hội Cựu chiến binh huyện chủ trì năm 2038" leads "tổ chức sơ kết", written before it;
    ``Obligation.task`` of such a row starts with them). The same as its text for every other row."""
    return f"{ob.task} {ob.text}"

