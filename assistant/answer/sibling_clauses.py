"""Sibling clauses: the dated tasks one body is given in one sentence, told apart or read together.

Part of the answer step, below ``clause_facts``: of two such clauses, the one whose own words match the
question (``sibling_choice``); a duty's words with those of the clauses of its sentence that chain its acts
(``chained_words``).
"""

from __future__ import annotations

import re

from assistant.answer.act_words import clause_words, task_terms, words_without_bodies, writes
from assistant.answer.clause_times import deadline_on_round, states_deadline
from assistant.answer.terms import Terms
from assistant.answer.times import time_key
from assistant.models import Document, Obligation


def sibling_choice(
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
        if terms.ordinals and not deadline_on_round(other, terms.ordinals):
            continue  # "đợt 1 ... trước ngày 30/4, đợt 2 trước ngày 31/8": another round's time
        if (
            action
            and _writes_act(best, obligations, docs, action)
            and not writes(other.text, action, True)
        ):
            # "ra mắt các tổ ... trước ngày 30/4 và tổ chức sơ kết ... trước ngày 15/7": the act asked
            # decides, its object perhaps written in the clause it chains ("lập dự toán kinh phí, trình ...
            # trước ngày 25/3 và báo cáo quyết toán trước ngày 15/12" for "quyết toán kinh phí": the
            # estimate's clause names the funds, not their settlement)
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


def _writes_act(
    ob: Obligation, obligations: list[Obligation], docs: dict[str, Document], action: str
) -> bool:
    """Does ``ob``'s sentence text write the asked ``action``, or its own words the verb with the object
    in a clause of its sentence it chains (``writes_chained``)?"""
    return writes(ob.text, action, True) or writes_chained(ob, obligations, docs, action)


def _own_words(ob: Obligation, other: Obligation) -> set[str]:
    """The folded words of ``ob``'s task that ``other``'s does not write, bodies' names left out."""

    def words(o: Obligation) -> set[str]:
        return words_without_bodies(o.task, [*o.lead, *o.coordinators, *o.responsible])

    return words(ob) - words(other)


def chained_words(ob: Obligation, obligations: list[Obligation], docs: dict[str, Document]) -> str:
    """``clause_words`` of a duty and of the clauses of its sentence that give the same bodies the acts
    it chains ("1. Ủy ban nhân dân xã chủ trì xây dựng đề án ..., trình Ban Thường vụ ... trước ngày
    30/4/2027": the second clause submits the scheme the first one drafts; newcomer trial 40 en3), the
    same test of one sentence as ``sibling_choice``'s. Its own words alone when no clause chains it."""
    return " ".join([clause_words(ob), *(clause_words(o) for o in chained_clauses(ob, obligations, docs))])


def chained_clauses(
    ob: Obligation, obligations: list[Obligation], docs: dict[str, Document]
) -> list[Obligation]:
    """The clauses of ``obligations`` in ``ob``'s sentence, right beside it, that give the same bodies the
    acts it chains (the test of one sentence ``sibling_choice`` uses); ``docs``: the documents by id."""
    doc = docs.get(ob.doc_id)
    chained = []
    for other in obligations if doc is not None else []:
        if other is ob or other.doc_id != ob.doc_id:
            continue
        if (other.lead, other.responsible, other.coordinators) != (ob.lead, ob.responsible, ob.coordinators):
            continue
        a, b = sorted((ob, other), key=lambda o: o.start)
        if b.start < a.end or _SENTENCE_END_RE.search(doc.text[a.end : b.start]) or b.start - a.end > 20:
            continue
        chained.append(other)
    return chained


def writes_chained(
    ob: Obligation, obligations: list[Obligation], docs: dict[str, Document] | None, action: str
) -> bool:
    """Does a duty write the asked ``action`` (``act_words.action_phrase``: "trinh + quy che"), its verb in
    its own words and its object perhaps in a clause of its sentence it chains ("Giao Hội Nông dân xã ...
    rà soát, sửa đổi Quy chế ...; trình Ban Thường vụ ... chậm nhất ngày 15/4/2027": what is submitted is the
    Quy chế the first clause revises, left unsaid; newcomer trial 47 q01)? Without ``docs`` (the documents
    by id), only its own words count."""
    said = f"{ob.task} {ob.text}"
    if writes(said, action, True):
        return True
    verb, *rest = action.split(" + ")
    if not rest or docs is None or not writes(said, verb, True):
        return False
    chained = [f"{o.task} {o.text}" for o in chained_clauses(ob, obligations, docs)]
    return writes(" ".join([said, *chained]), action, True)
