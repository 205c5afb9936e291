"""Clause facts: the deadline or lead body a question asks for, from the duty clause that governs it.

``governing_clause`` picks, among a document's duties (the obligations table), the clause the question is
about, whether it states the fact or not, so that a clause setting no deadline is never replaced by a
neighbour's deadline; ``obligation_fact`` turns it into the answer's first line ("Thời hạn: ...",
"Chủ trì: ...; Phối hợp: ..." or "Văn bản không nêu thời hạn cho việc này."), citing the clause.
``writes`` and ``action_phrase`` are how an asked action is matched against a clause's words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.answer import render
from assistant.answer.absent_guard import is_heading_line
from assistant.answer.citations import CitationBook
from assistant.answer.extractive import split_sentences
from assistant.answer.facts import FactLead
from assistant.answer.partner_absent import coordinator_ask_words, partner_absent_fact
from assistant.answer.sent_levels import asked_levels, sends_elsewhere
from assistant.answer.terms import Terms, Vocabulary, overlap
from assistant.answer.times import asks_end, time_key, writes_time
from assistant.index.lexical import counted_ordinals, round_match
from assistant.lexicon.months import asked_months, item_label, item_months
from assistant.lexicon.phrases import action_variants, verb_pattern, writes_act
from assistant.lexicon.words import registry
from assistant.models import Deadline, Document, Hit, Obligation
from assistant.obligations.deadlines import restates_period, span_end
from assistant.query import analyze
from assistant.query.lead_asks import asks_coordinator, asks_doer, assigner, specific_act
from assistant.text import fold, has_diacritics, nfc


def _org_names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(x, x) for x in ids)


ABSENCE_OVERLAP = 0.5  # how much of the question a clause must cover to be said to set no deadline
OFF_ACTION_OVERLAP = 0.4  # library dev: 0.4 keeps 17 of 18 right first lines, 0.5 and 0.6 keep 15
# how much of the question's other words (its verb left out) a dated clause must write for the document
# not to be said to set no time for the act (trial 15 q19: 0.68 with the verb; the clauses of other acts
# in tests/test_unwritten_action.py stay below 0.4). Words alone cannot tell every paraphrased act from
# another act on the same matter (trial 24 q11: 0.50): see ``recipients``. The asked body's name words
# stay in: left out, trial 23 q14's own dated clause ("hoàn chỉnh dự thảo ..." for "hoàn thiện bản dự
# thảo ...") fell below the bar and was said to set no time.
SAME_TASK_OVERLAP = 0.6
ABSENCE_MARGIN = 0.3  # how far a clause without the fact must lead the best clause with it
# What a clause gains when its own subject is the body the question is about ("Các xã còn lại phải hoàn
# thành ... trước ngày nào?" -> "...; các xã còn lại hoàn thành đại hội trước ngày 31/10/2026"): half the
# weight of the words before a deadline, enough to outweigh a neighbouring clause of the same sentence
# that shares the question's topic words (newcomer trial 6: 1.36 vs 1.15 without it).
SUBJECT_BONUS = 0.5
# What a clause led in the year asked gains over the sentence it shares with the other years' leads and the
# alternation they spell out ("hai Hội luân phiên chủ trì ...; X chủ trì năm 2037, Y chủ trì năm 2038"):
# as much as its own subject written (trial 32 p65: 1.86 against the alternation's 2.31).
YEAR_BONUS = 0.5


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


def states_deadline(ob: Obligation, question: str) -> bool:
    """Whether a duty's deadline can answer "by when" (``is_time_limit``), and is not the period a report's
    figures cover (``covered_period``)."""
    return (
        ob.deadline is not None
        and is_time_limit(ob.deadline, question)
        and not covered_period(ob.text, ob.deadline.text)
    )


# "Báo cáo số liệu kết quả Chiến dịch từ ngày 20/5 đến ngày 25/6", "số liệu tính đến ngày 15/6": the span or
# day the figures are counted over, not the time the report is due (trial 20 q33).
_COVERED_RE = re.compile(r"\b(?:so lieu|ket qua|tinh hinh|thong ke)\b[^.;:]{0,60}$")


def covered_period(text: str, deadline_text: str) -> bool:
    """Whether the deadline wording in ``text`` follows the figures or results it counts ("số liệu ... từ
    ngày X đến ngày Y", "... tính đến ngày X") rather than an act due by then."""
    folded, wording = fold(text), fold(deadline_text)
    at = folded.find(wording)
    if at < 0 or not (wording.startswith("tu ") or folded[:at].rstrip().endswith("tinh")):
        return False
    return bool(_COVERED_RE.search(folded[:at]))


def is_time_limit(d: Deadline, question: str) -> bool:
    """Whether a deadline can answer "by when": it says more than the question's own period, and is a
    time limit rather than the span the task belongs to ("nhiệm kỳ 2026 - 2031", "giai đoạn 2021-2025":
    longer than a year and not cued by "trước"/"đến"/"chậm nhất")."""
    if restates_period(d.text, question):
        return False
    if (
        d.start
        and d.end
        and d.end[:4] > d.start[:4]
        and not re.match(r"(truoc|den|cham nhat|han chot|xong)\b", fold(d.text))
    ):
        return False
    return True


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
) -> Obligation | None:
    """The duty clause that governs what the question asks about, or None when no clause matches well
    (overlap >= 0.3).

    The clause is chosen among every duty, whether it states the fact or not, so that a clause that sets
    no deadline is not replaced by another clause's deadline. When the question names an actor
    (``preferred``: that body's duties) and one of its duties matches, only its duties count. A clause
    without the fact wins only by a clear margin (``ABSENCE_MARGIN``) over the best clause that has it.
    """
    doc_rank: dict[str, int] = {}
    for i, h in enumerate(hits[:5]):
        doc_rank.setdefault(h.chunk.doc_id, i)
    obligations = _with_elided_actions(obligations)
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
    scored = _on_year_asked([(ob, s) for ob, s in scored if s >= 0.3], question)
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
    if kind == "deadline" and action and not writes(_said(best), action, True):
        # a clause writing the asked act close behind is the one meant ("gửi báo cáo năm": "...; báo cáo
        # năm trước ngày 12/11", not "xây dựng kế hoạch, gửi về ... trước ngày 02/4" before it)
        writing = [
            (ob, s) for ob, s in scored if writes(ob.text, action, True) and best_score - s < ABSENCE_MARGIN
        ]
        if writing:
            best, best_score = max(writing, key=lambda x: x[1])
    if (
        kind == "deadline"
        and action
        and not writes(_said(best), action, True)
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
        if states(ob) and action and writes(_said(ob), action)
    ]
    if stating:
        alt, alt_score = max(stating, key=lambda x: x[1])
        if best_score - alt_score < ABSENCE_MARGIN:
            return alt
    return best


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _bare_year(ob: Obligation) -> str | None:
    """The year of a clause whose time is a bare year ("... chủ trì năm 2037"), else None."""
    d = ob.deadline
    if d is None or not d.start or not fold(d.text).startswith("nam ") or d.start[:4] != (d.end or "")[:4]:
        return None
    return d.start[:4]


def _on_year_asked(scored: list[tuple[Obligation, float]], question: str) -> list[tuple[Obligation, float]]:
    """Clauses whose time is a bare year ("Hội Nông dân huyện chủ trì năm 2037, Hội Cựu chiến binh huyện
    chủ trì năm 2038": the year each body leads in) scored for the year the question asks: the one of
    that year gains ``YEAR_BONUS`` over the sentence it shares, one of another year is not the one asked
    about; asked with no year, none of a section's several years answers alone. Clauses with a time limit
    ("trong năm 2037") or none are left as they are."""
    years = set(_YEAR_RE.findall(question))
    per_section: dict[tuple[str, str], set[str]] = {}
    for ob, _ in scored:
        if (year := _bare_year(ob)) is not None:
            per_section.setdefault((ob.doc_id, ob.section), set()).add(year)
    out = []
    for ob, s in scored:
        year = _bare_year(ob)
        if year is None:
            out.append((ob, s))
        elif year in years:
            out.append((ob, s + YEAR_BONUS))
        elif not years and len(per_section[(ob.doc_id, ob.section)]) == 1:
            out.append((ob, s))
    return out


def on_round(text: str, at: int, asked: set[str]) -> bool:
    """Whether offset ``at`` of a text writing several rounds ("đợt 1 ... trước ngày 30/4/2027, đợt 2
    trước ngày 31/8/2027") lies in the part on the round asked (``counted_ordinals`` tokens, read as the
    retriever reads them); anywhere in a text on one round or none."""
    if not asked or len(set(counted_ordinals(text))) < 2:
        return True
    before = counted_ordinals(text[:at])
    return bool(before) and before[-1] in asked


def _deadline_on_round(ob: Obligation, asked: set[str]) -> bool:
    """``on_round`` for a clause's deadline (False when its wording is not found in the clause)."""
    at = ob.text.find(ob.deadline.text) if ob.deadline else -1
    return at >= 0 and on_round(ob.text, at, asked)


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
    best = governing_clause(kind, obligations, terms, hits, question, preferred, action)
    if best is not None and kind == "deadline":
        best = _sibling_choice(best, obligations, terms, docs, action, question)
    if best is None or is_heading_line(best.text):
        return None  # a heading names a part of the document; its silence is no clause's (``absent_guard``)
    off_round = terms.ordinals and best.deadline and not _deadline_on_round(best, terms.ordinals)
    if kind == "deadline" and off_round:
        return None  # "đợt 1 ... trước ngày 30/4, đợt 2 trước ngày 31/8": its deadline is another round's
    if kind == "deadline" and _led_by_recipient(best, question):
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
    if kind == "lead" and action and best.deadline is not None and _acts(_said(best), action, question):
        untimed = _said(best).replace(best.deadline.text, " ")
        if not _acts(untimed, action, question):
            # "Buổi đối thoại ... do ai chủ trì?" of "Chủ trì tổng hợp ý kiến ... chậm nhất 05 ngày trước buổi
            # đối thoại": the act asked is only what the clause's time counts from, not the task it leads
            return None
    if kind == "lead" and action and not _acts(_said(best), action, question):
        # "Ai chủ trì cuộc họp ...?": a clause giving a body the lead of another task ("Giao Ban Tổ chức
        # chủ trì ... hoàn thiện phương án nhân sự") does not say who chairs the meeting, when a retrieved
        # passage writes the act ("... Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí ...")
        verb = action.split(" + ")[0]
        sentences = (t for *_, t in _top_sentences(hits, len(hits)))
        if any(_LEADS_RE.search(fold(t)) and _acts(t, verb, question) for t in sentences):
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
        covers = _covers(best, obligations, terms, docs, _time_ask_words(question))
        if not action or not covers or not writes(_said(best), action):
            return None
        # nor when its sentence writes a time the grammar did not read as its deadline ("..., hoàn thành
        # trong vụ Hè Thu năm 2026"; "...; hoàn thành trước ngày 26/3/2026" split off as its own clause)
        doc = docs.get(best.doc_id)
        if doc is not None and _sentence_writes_time(doc.text, best.start, best.end):
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


# How a deadline question asks for the time ("chậm nhất vào ngày nào?", "hạn chót là khi nào?"), folded.
_TIME_ASK_RE = re.compile(
    r"\b(?:han chot|han cuoi|thoi han|cham nhat|(?:(?:vao|truoc|den)\s+)?(?:ngay|thoi diem|thoi gian) nao|"
    r"khi nao|luc nao|bao gio)\b"
)


def _covers(
    best: Obligation, obligations: list[Obligation], terms: Terms, docs: dict[str, Document], asking: set[str]
) -> bool:
    """Whether ``best`` plainly is the clause asked about, to say it states no such fact: it covers
    ``ABSENCE_OVERLAP`` of the question's words, weighted among these clauses, less the words ``asking``
    for the fact and those naming its document's issuer and place."""
    local = replace(terms, vocab=Vocabulary([_with_body(ob) for ob in obligations]))
    local = local.without(asking | _identity_words(docs.get(best.doc_id), best))
    return overlap(local, _with_body(best)) >= ABSENCE_OVERLAP


def _time_ask_words(question: str) -> set[str]:
    """The folded words with which a question asks for a time, not for a task."""
    return {w for m in _TIME_ASK_RE.finditer(fold(question)) for w in m.group(0).split()}


def _identity_words(doc: Document | None, ob: Obligation) -> set[str]:
    """The folded words of a document's issuer and place that the clause itself does not write: a
    question names the document by them ("... của Hội phụ nữ huyện Đông Lâm"), not the clause."""
    if doc is None:
        return set()
    meta = doc.meta
    named = set(re.findall(r"[a-z0-9]+", fold(f"{meta.issuer or ''} {meta.place or ''}")))
    return named - set(re.findall(r"[a-z0-9]+", fold(_with_body(ob))))


def _sibling_choice(
    best: Obligation,
    obligations: list[Obligation],
    terms: Terms,
    docs: dict[str, Document],
    action: str | None = None,
    question: str = "",
) -> Obligation | None:
    """Of the dated tasks one body is given in one sentence ("Báo cáo kết quả 6 tháng về Hội LHPN huyện
    trước ngày 15/6 và báo cáo năm trước ngày 20/11"), the one whose own words (those the other does not
    write, bodies' names aside: the later task shares the earlier one's recipient unsaid) match the
    question better; None when neither does: the question does not say which time it asks. The words
    naming the question's bodies tell no task from the other ("Hội" of "Văn phòng Hội phụ nữ huyện" and of
    "trình Thường trực Hội phê duyệt")."""
    doc = docs.get(best.doc_id)
    if doc is None or best.deadline is None:
        return best
    terms = task_terms(terms, question)
    chosen, chosen_own = best, None
    for other in obligations:
        if other is best or other.doc_id != best.doc_id or other.deadline is None:
            continue
        if time_key(other.deadline.text) == time_key(best.deadline.text):
            continue
        if not states_deadline(other, question):
            # "xây dựng đề án ... giai đoạn 2027 - 2030, trình Ban Thường vụ trước ngày 30/4/2027": the period
            # the first task covers is no time it is due by, no rival of the limit (newcomer trial 40 en3)
            continue
        if terms.ordinals and not _deadline_on_round(other, terms.ordinals):
            continue  # "đợt 1 ... trước ngày 30/4, đợt 2 trước ngày 31/8": another round's time
        if action and writes(best.text, action, True) and not writes(other.text, action, True):
            # "ra mắt các tổ ... trước ngày 30/4 và tổ chức sơ kết ... trước ngày 15/7": the act asked decides
            continue
        parties = (other.lead, other.responsible, other.coordinators)
        if parties != (best.lead, best.responsible, best.coordinators):
            # "Các xã ... trước ngày 31/7; riêng xã Tân Hòa ... trong tháng 9": another body's time
            continue
        a, b = sorted((best, other), key=lambda o: o.start)
        if b.start < a.end or _SENTENCE_END_RE.search(doc.text[a.end : b.start]) or b.start - a.end > 20:
            continue  # not two parts of one sentence
        mine, theirs = _own_words(best, other), _own_words(other, best)
        w_mine = sum(terms.weights(terms.unigrams & mine))
        w_theirs = sum(terms.weights(terms.unigrams & theirs))
        if w_theirs > w_mine and (chosen_own is None or w_theirs > chosen_own):
            chosen, chosen_own = other, w_theirs
        elif w_theirs == w_mine:
            return None
    return chosen


_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")


def _own_words(ob: Obligation, other: Obligation) -> set[str]:
    """The folded words of ``ob``'s task that ``other``'s does not write, bodies' names left out."""

    def words(o: Obligation) -> set[str]:
        return words_without_bodies(o.task, [*o.lead, *o.coordinators, *o.responsible])

    return words(ob) - words(other)


def task_terms(terms: Terms, question: str) -> Terms:
    """The question's terms less the words naming its bodies (the registry's, and those named by the shape of
    their names): what tells one of a body's tasks from another; "Văn phòng Hội phụ nữ huyện" tells none
    ("3. Văn phòng Hội ... lập dự toán, trình Thường trực Hội ... và báo cáo quyết toán ...")."""
    if not question:
        return terms
    asked = set(re.findall(r"[a-z0-9]+", fold(question)))
    named = {w for b in analyze(question).bodies for w in re.findall(r"[a-z0-9]+", fold(b))}
    return terms.without((asked - words_without_bodies(question)) | named)


def words_without_bodies(text: str, names: list[str] | None = None) -> set[str]:
    """The folded words of ``text`` less the bodies it names (the registry's, and ``names``): what a task
    is, whoever does it or receives it."""
    folded = fold(text)
    for m in registry().find_in(text, caps_only=False):
        folded = folded.replace(fold(text[m.start : m.end]), " ")
    for n in names or []:
        folded = folded.replace(fold(n), " ")
    return set(re.findall(r"[a-z0-9]+", folded))


# How far a retrieved sentence may cover more of the question than a lead clause before that clause is
# taken for another task (trial 18 p15: "Ai chịu trách nhiệm vận động ... tham gia bảo hiểm y tế ...?" got
# the lead of a loan-appraisal row; the sentence asked about, written without a lead body, covers twice
# as much).
OUTCOVERED_MARGIN = 0.3


def _led_by_recipient(ob: Obligation, question: str) -> bool:
    """Whether the clause's lead (or its only responsible body) is a body the question writes only as the
    one sent to or worked with ("... về Văn phòng Đoàn xã trước ngày nào?", ``recipient_only``), not as
    the actor."""
    return any(recipient_only(question, [n]) for n in (ob.lead or ob.responsible[:1]) if n.strip())


# What a body's name follows when it receives or partners the act rather than doing it: "gửi về X", "báo
# cáo lên X", "nộp cho X", "đến X", "phối hợp với X", "tới tay X" (folded; library3 dev l3-mttq-05).
_RECEIVER_BEFORE_RE = re.compile(
    r"\b(?:ve|len|toi|den|cho|voi|gui|nop|(?:toi|den) tay)\s+(?:(?:cac|cho)\s+)?$"
)


# a level written after the preposition of sending ("gửi báo cáo tháng lên huyện", "nộp về cấp tỉnh"), folded
_SENT_LEVEL_RE = re.compile(r"\b(?:ve|len|toi|den|cho)\s+(?:cap\s+)?(xa|huyen|tinh|phuong|quan|trung uong)\b")
_LEVEL_WORD_RE = re.compile(r"\b(xa|huyen|tinh|phuong|quan|trung uong)\b")


def sent_to_levels(question: str) -> str:
    """A ``recipient_only`` ``not_after`` pattern (folded) of the levels a question sends to and names no
    body at otherwise ("Hội Phụ nữ xã gửi báo cáo tháng lên huyện ...?" -> huyện): the body of that level
    is the recipient the question names, so a clause sending to it ("Báo cáo tháng gửi Hội Liên hiệp Phụ
    nữ huyện trước ngày 20 hằng tháng") states the sender's time asked, not the recipient's (newcomer trial
    39 f4's history). "" when the question sends to no level."""
    folded = fold(question)
    sent = {m.group(1) for m in _SENT_LEVEL_RE.finditer(folded)}
    starts = {m.start(1) for m in _SENT_LEVEL_RE.finditer(folded)}
    other = {m.group(1) for m in _LEVEL_WORD_RE.finditer(folded) if m.start(1) not in starts}
    levels = sorted(sent - other)
    return rf"\s+(?:(?:cac|nhung|cap)\s+)?(?:{'|'.join(levels)})\b" if levels else ""


def recipient_only(clause: str, names: list[str], not_after: str = "", sub_unit: bool = False) -> bool:
    """Whether ``clause`` writes the body (one of ``names``, folded; at the asked level and place: not
    followed by ``not_after``; its unit below a commune, "chi hội ...", only when ``sub_unit``: the question
    asks that unit) and every time only as the one an act is sent to or done with, after
    ``_RECEIVER_BEFORE_RE`` ("Hội Cựu chiến binh cấp xã ... gửi về Hội Cựu chiến binh huyện trước ngày
    31/3": the time is the commune's, not the district's)."""
    folded = fold(clause)
    after = rf"(?!{not_after})" if not_after else ""
    found = [
        m.start()
        for n in names
        if n
        for m in re.finditer(rf"\b{re.escape(fold(n))}\b{after}", folded)
        # "Chi hội nông dân" is a unit of its own: the body asked only when the question asks that unit
        if folded[: m.start()].endswith("chi ") == sub_unit
    ]
    return bool(found) and all(_RECEIVER_BEFORE_RE.search(folded[:at]) for at in found)


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
    top = max((overlap(terms, t) for *_, t in _top_sentences(hits)), default=0.0)
    return top - own > OUTCOVERED_MARGIN


def dated_rival(
    terms: Terms, hits: list[Hit], ob: Obligation, action: str | None = None, margin: float = 0.0
) -> bool:
    """Whether a sentence of the top retrieved passages writes a time and covers the question at least as
    well as the clause ``ob`` a "no deadline" line would cite: then the time may be written in other words
    ("Thời gian nhận tác phẩm từ ngày 20/4 đến 17 giờ 00 ngày 31/5" for "Tác phẩm được nhận đến khi
    nào?", trial 19) and saying the document sets none would be a confident wrong first line. With
    ``margin``: only a sentence covering the question that much better than the clause."""
    own = overlap(terms, clause_words(ob))
    for h, a, b, sentence in _top_sentences(hits):
        if h.chunk.doc_id == ob.doc_id and h.chunk.start + a < ob.end and h.chunk.start + b > ob.start:
            continue  # the clause's own sentence: its time is another act's
        if action and not writes_act(sentence, action.split(" + ")[0]):
            # the rival must write the asked act, by any verb for it: "Báo cáo ... về Ban Thường trực ...
            # tỉnh chậm nhất ngày 09/02/2026" writes the sending asked by "gửi ... báo cáo" (library2 dev
            # l2-mttq-03)
            continue
        if writes_time([sentence]) and overlap(terms, sentence) >= own + margin:
            return True
    return False


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


def _acts(text: str, action: str, question: str) -> bool:
    """Does ``text`` write the asked action (``writes`` with its variants), its verb with the diacritics
    the question gives it?"""
    return writes(text, action, True) and _verb_as_asked(text, action, question)


def _verb_as_asked(text: str, action: str, question: str) -> bool:
    """Whether ``text`` writes the action's verb with the diacritics the question gives it, when both have
    them: folded, "họp" (meet) is the "hợp" of "phối hợp". True when either is typed without them."""
    written = _asked_surface(action.split(" + ")[0], question)
    if written is None or not has_diacritics(text):
        return True
    return written.search(nfc(text).lower()) is not None


@lru_cache(maxsize=256)
def _asked_surface(verb: str, question: str) -> re.Pattern[str] | None:
    """The pattern of the folded ``verb`` as the question writes it, with its diacritics; None when the
    question does not write it with them."""
    words = re.findall(r"\w+", nfc(question).lower())
    n = len(verb.split())
    spans = (" ".join(words[i : i + n]) for i in range(len(words)))
    surface = next((w for w in spans if fold(w) == verb), None)
    if surface is None or not has_diacritics(surface):
        return None
    return re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")


def _top_sentences(hits: list[Hit], n: int = 5):
    """(hit, start, end, sentence) of each sentence of the top ``n`` retrieved passages."""
    for h in hits[:n]:
        for a, b in split_sentences(h.chunk.text):
            yield h, a, b, h.chunk.text[a:b]


def _sentence_writes_time(text: str, start: int, end: int) -> bool:
    """Does the sentence holding ``text[start:end]`` write a date or period (cited documents' dates
    aside)?"""
    stop = re.search(r"[.!?](?:\s|$)|\n", text[end:])
    sentence = text[start : end + (stop.end() if stop else len(text) - end)]
    return writes_time([sentence])


def _with_body(ob: Obligation) -> str:
    return " ".join([*ob.lead, *ob.responsible, clause_words(ob)])


# The roles a table row's columns give it, in the words a question asks them by ("ai chủ trì ...?"): the
# row's text is the document's cells, its column names are its table's header line.
_ROLE_WORDS = (("lead", "chủ trì"), ("coordinators", "phối hợp"), ("responsible", "thực hiện"))


def chained_words(ob: Obligation, obligations: list[Obligation], docs: dict[str, Document]) -> str:
    """``clause_words`` of a duty and of the clauses of its sentence that give the same bodies the acts
    it chains ("1. Ủy ban nhân dân xã chủ trì xây dựng đề án ..., trình Ban Thường vụ ... trước ngày
    30/4/2027": the second clause submits the scheme the first one drafts; newcomer trial 40 en3), the
    same test of one sentence as ``_sibling_choice``'s. Its own words alone when no clause chains it."""
    doc = docs.get(ob.doc_id)
    said = [clause_words(ob)]
    for other in obligations if doc is not None else []:
        if other is ob or other.doc_id != ob.doc_id:
            continue
        if (other.lead, other.responsible, other.coordinators) != (ob.lead, ob.responsible, ob.coordinators):
            continue
        a, b = sorted((ob, other), key=lambda o: o.start)
        if b.start < a.end or _SENTENCE_END_RE.search(doc.text[a.end : b.start]) or b.start - a.end > 20:
            continue
        said.append(clause_words(other))
    return " ".join(said)


def clause_words(ob: Obligation) -> str:
    """What a duty is matched on: its task and its text; a table row's with the roles its columns fill."""
    if ob.source != "table":
        return f"{ob.task} {ob.text}"
    roles = [w for attr, w in _ROLE_WORDS if getattr(ob, attr)]
    if ob.deadline:
        roles.append("thời gian")
    return " ".join([ob.task, ob.text, *roles])


def writes(text: str, phrase: str, variants: bool = False) -> bool:
    """Does ``text`` write ``phrase`` (an action or a body's name) as whole words, diacritics aside? An
    action with its object ("gửi + danh sách", see ``action_phrase``) is written when both parts are; one
    whose object is itself a verb for the act ("gửi + báo cáo") when the object is. ``variants``: the verb
    of an action with its object by any verb written for the same act ("nộp + hồ sơ" / "gửi hồ sơ";
    ``action_variants``)."""
    folded = fold(text)

    def has(word: str) -> bool:
        return verb_pattern(word).search(folded) is not None

    verb, *rest = [fold(p) for p in phrase.split(" + ")]
    if len(rest) == 1 and rest[0] in action_variants(verb)[1:]:
        return has(rest[0])  # "gửi + báo cáo": the paper names the act ("báo cáo kết quả ... trước ...")
    # only beside the object it acts on: "báo cáo" alone is not every "gửi" ("gửi kế hoạch về ...")
    verbs = action_variants(verb) if variants and rest else (verb,)
    return any(has(v) for v in verbs) and all(has(p) for p in rest)


def documents_write_action(folded_texts: list[str], action: str) -> bool:
    """Whether any of the (folded) document texts writes the asked action or a verb for the same act
    (``lexicon/phrases.json`` action_variants: "gửi" / "báo cáo" / "nộp"). A document the question names
    that never does sets no time for it: its dates are other actions'."""
    variants = [verb_pattern(v) for v in action_variants(action)]
    return any(rx.search(t) for rx in variants for t in folded_texts)


def unwritten_action(
    own: list[Obligation],
    clauses: list[Obligation],
    action: str,
    terms: Terms,
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
    dated: list[str] = (),
    question: str = "",
) -> FactLead | None:
    """ "Văn bản không nêu thời hạn cho việc này", citing the body's clause closest to the question, when
    the body asked about has clauses in the document (``own``) and none of the document's duty clauses
    (``clauses``) nor of its retrieved sentences writing a time limit (``dated``: a step of a procedure
    list, "- Chi hội gửi hồ sơ ... chậm nhất ngày 05/9", is no duty clause) writes the asked act, as the
    verb or a verb for the same act (``action_variants``: "gửi" / "báo cáo" / "nộp"), nor writes a time
    and most of the question's other words (``SAME_TASK_OVERLAP``); None otherwise."""
    verb = action.split(" + ")[0]
    variants = [verb_pattern(v) for v in action_variants(verb)]
    written = [clause_words(o) for o in [*own, *clauses]] + list(dated)
    if not own or any(rx.search(fold(w)) for rx in variants for w in written):
        return None
    # A dated clause that writes everything else the question asks ("xử lý dứt điểm nợ quá hạn Quỹ Hỗ trợ
    # nông dân trước ngày 30/9" for "giải quyết xong nợ quá hạn của Quỹ Hỗ trợ nông dân khi nào?") may set
    # this act's time in other words: saying the document sets none would be a confident wrong first line.
    rest = terms.without(set(verb.split()))
    timed = [clause_words(o) for o in [*own, *clauses] if o.deadline] + list(dated)
    if any(overlap(rest, w) >= SAME_TASK_OVERLAP for w in timed):
        return None
    # A paper sent to the body the question sends it to ("gửi kế hoạch ... lên Ban Thường vụ" for "xây
    # dựng phương án ..., trình Ban Thường vụ ... chậm nhất ngày 25/9"; trial 24 q11) is the same act
    # however its verb and paper are worded: a time written for it is no "no time".
    to = recipients(question)
    if to and any(to & recipients(w) for w in timed):
        return None
    best = max(own, key=lambda o: (overlap(terms, clause_words(o)), -o.start))
    doc = docs.get(best.doc_id)
    if doc is None or best.end <= best.start:
        return None
    n = book.cite_doc_span(doc, best.start, best.end)
    line = f"{render.label('no_deadline', language)} [{n}]"
    return FactLead("deadline", [line], obligation=best, absent=True)


# A yes/no question on a time limit ("... có thời hạn không?", "có bị giới hạn thời gian hoàn thành không?"),
# folded
_WHETHER_TIMED_RE = re.compile(
    r"\bco (?:bi )?(?:thoi han|han chot|han cuoi|gioi han thoi gian|quy dinh thoi han)\b.*\bkhong\b"
)


def asks_whether_timed(folded_question: str) -> bool:
    """Whether the (folded) question asks whether a time limit is set ("... có thời hạn không?")."""
    return bool(_WHETHER_TIMED_RE.search(folded_question))


def untimed_body(
    own: list[Obligation], terms: Terms, docs: dict[str, Document], book: CitationBook, language: str
) -> FactLead | None:
    """ "Văn bản không nêu thời hạn cho việc này" for a yes/no question on a body's time limit ("Ủy ban
    Kiểm tra ... được giao gì, có thời hạn không?"), citing the body's clause closest to the question, when
    the body's own duty clauses in the document (``own``) set no deadline and their sentences write no
    time; None otherwise."""
    if not own or any(o.deadline for o in own):
        return None
    for o in own:
        doc = docs.get(o.doc_id)
        if doc is None or o.end <= o.start or _sentence_writes_time(doc.text, o.start, o.end):
            return None
    best = max(own, key=lambda o: (overlap(terms, clause_words(o)), -o.start))
    n = book.cite_doc_span(docs[best.doc_id], best.start, best.end)
    line = f"{render.label('no_deadline', language)} [{n}]"
    return FactLead("deadline", [line], obligation=best, absent=True)


# The words that send a paper to a body right before its name, folded: "trình Ban Thường vụ", "gửi về Văn
# phòng", "lên Ban Thường vụ", "báo cáo Huyện ủy".
SENDING_WORDS = r"trinh|gui|nop|bao cao|chuyen|len|ve"  # also read by ``bodies.only_recipient``
_SEND_TO_RE = re.compile(rf"\b(?:{SENDING_WORDS})\s*$")


def recipients(text: str) -> set[str]:
    """The registry bodies (org ids) ``text`` sends something to: each named right after a sending word
    (``_SEND_TO_RE``)."""
    return {
        m.org_id
        for m in registry().find_names(text, caps_only=False)
        if _SEND_TO_RE.search(fold(text[: m.start]))
    }


def action_phrase(action: str | None, obj: str | None) -> str | None:
    """The asked action as the facts check it: the verb, with its object when the question names one
    ("gui + danh sach"): a clause that sends another thing ("gửi báo cáo ...") does not set its time."""
    if not action:
        return None
    return f"{action} + {obj}" if obj else action
