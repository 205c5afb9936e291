"""No deadline: saying "Văn bản không nêu thời hạn cho việc này" only when the document plainly sets none.

Part of the answer step, beside ``clause_facts`` (whose ``obligation_fact`` uses ``_covers`` for its own
clause): whether a clause plainly is the one asked about (``_covers``, ``ABSENCE_OVERLAP``); the line for a
body whose clauses never write the asked act (``unwritten_action``); and the line for a yes/no question on
a body's time limit when its clauses set none (``asks_whether_timed``, ``untimed_body``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import render
from assistant.answer.act_words import clause_words
from assistant.answer.citations import CitationBook
from assistant.answer.clause_times import sentence_writes_time
from assistant.answer.facts import FactLead
from assistant.answer.receivers import recipients
from assistant.answer.sent_recipient import same_recipient
from assistant.answer.terms import Terms, Vocabulary, overlap
from assistant.lexicon.phrases import action_variants, verb_pattern
from assistant.models import Document, Obligation
from assistant.text import fold

ABSENCE_OVERLAP = 0.5  # how much of the question a clause must cover to be said to set no deadline


# how much of the question's other words (its verb left out) a dated clause must write for the document
# not to be said to set no time for the act (trial 15 q19: 0.68 with the verb; the clauses of other acts
# in tests/test_unwritten_action.py stay below 0.4). Words alone cannot tell every paraphrased act from
# another act on the same matter (trial 24 q11: 0.50): see ``recipients``. The asked body's name words
# stay in: left out, trial 23 q14's own dated clause ("hoàn chỉnh dự thảo ..." for "hoàn thiện bản dự
# thảo ...") fell below the bar and was said to set no time.
SAME_TASK_OVERLAP = 0.6


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


def time_ask_words(question: str) -> set[str]:
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


def _with_body(ob: Obligation) -> str:
    return " ".join([*ob.lead, *ob.responsible, clause_words(ob)])


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
    # ... and so is one sent to the recipient the question names, as written rather than by the registry
    # ("nộp ... cho TT Đảng ủy" for "...; trình Thường trực Đảng uỷ trước ngày 31/7/2026"; library5 dev
    # l5-rw-30): a false "no time" is worse than no first line
    dated_text = [o.text for o in [*own, *clauses] if o.deadline] + list(dated)
    if any(same_recipient(question, w, paper=False) for w in dated_text):
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
        if doc is None or o.end <= o.start or sentence_writes_time(doc.text, o.start, o.end):
            return None
    best = max(own, key=lambda o: (overlap(terms, clause_words(o)), -o.start))
    n = book.cite_doc_span(docs[best.doc_id], best.start, best.end)
    line = f"{render.label('no_deadline', language)} [{n}]"
    return FactLead("deadline", [line], obligation=best, absent=True)
