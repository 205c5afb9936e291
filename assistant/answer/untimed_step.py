"""A step that sets no date for the act asked, beside a sibling step that does: "Văn bản không nêu thời hạn
cho việc này".

"Hội Nông dân xã phải hoàn thành niêm yết công khai danh sách hộ vay trước ngày nào?" of a guide whose steps
are "Bước 1: Chi hội ... lập danh sách hộ đề nghị vay gửi ... trước ngày 15/4/2027" and "Bước 3: Hội Nông
dân xã ... niêm yết công khai danh sách ... trong 05 ngày" (newcomer trial 43 u05): the date is Bước 1's
(another act, sharing only the nouns "danh sách", "công khai"); the asked act's own step gives how long the
list stays posted, no date. Steps of a procedure are no duty clauses (``clause_facts.obligation_fact``
reads those), so their absence is read from the retrieved sentences: the first line says the document sets
no time for the act, citing the asked act's own step, as a duty clause setting none is answered.
"""

from __future__ import annotations

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.clause_facts import ABSENCE_OVERLAP, is_time_limit, writes
from assistant.answer.extractive import split_sentences
from assistant.answer.facts import FactLead
from assistant.answer.terms import Terms, overlap
from assistant.answer.times import condition_clauses, writes_date
from assistant.models import Hit
from assistant.obligations.deadlines import find_deadlines

# How many of the best hits are read, as ``deadline_facts.best_deadline_sentence`` reads them
READ_HITS = 6


def untimed_step(
    hits: list[Hit],
    terms: Terms,
    book: CitationBook,
    language: str,
    question: str,
    action: str,
    names: list[str] | None = None,
) -> FactLead | None:
    """``FactLead("deadline", ["Văn bản không nêu thời hạn cho việc này. [n]"], absent=True)`` citing the
    sentence of the retrieved passages (the first ``READ_HITS`` of ``hits``, one document's) that writes the
    asked ``action`` (``clause_facts.writes``, with its object when the question names one) and covers
    ``ABSENCE_OVERLAP`` of the question with its heading, when that sentence writes no date nor period
    (``times.writes_date``: a length such as "trong 05 ngày" is how long the act lasts, no time it is due),
    no sentence writing the act sets a time limit (``find_deadlines``), and another of these sentences does
    (the sibling step whose date would otherwise be read as this act's), and the sentence states no time by
the event it waits for (``times.condition_clauses``: "sau khi nghiệm thu"). Never for a question asking a
round ("đợt 3"). ``names``: the asked body's names
    (folded); the sentence must write one. None otherwise, or when two sentences writing the act tie."""
    if terms.ordinals:
        return None  # "đợt 3": a round the step may not have; its times are told by round (``on_round``)
    own: list[tuple[float, Hit, int, int]] = []
    dated_other = False
    for h in hits[:READ_HITS]:
        for a, b in split_sentences(h.chunk.text):
            sent = h.chunk.text[a:b]
            timed = any(is_time_limit(m.deadline, question) for m in find_deadlines(sent))
            if not writes(sent, action):
                dated_other = dated_other or timed
                continue
            if timed:
                return None  # the act has a time written: it is read elsewhere, or left to the quotes
            own.append((overlap(terms, f"{h.chunk.heading} {sent}"), h, a, b))
    if not own or not dated_other:
        return None
    own.sort(key=lambda x: x[0], reverse=True)
    score, hit, a, b = own[0]
    if score < ABSENCE_OVERLAP or (len(own) > 1 and own[1][0] == score):
        return None
    sent = hit.chunk.text[a:b]
    if writes_date(sent) or condition_clauses(sent):
        # a date or a period the grammar did not read as a limit, or the event the act waits for ("đợt 2
        # phần còn lại sau khi nghiệm thu"): a time all the same, no "no time"
        return None
    if names and not any(writes(sent, n) for n in names if n):
        return None  # another body's step
    n = book.cite(hit.chunk, a, b)
    return FactLead("deadline", [f"{render.label('no_deadline', language)} [{n}]"], absent=True)
