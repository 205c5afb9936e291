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

import re

from assistant.answer import render
from assistant.answer.act_words import writes
from assistant.answer.citations import CitationBook
from assistant.answer.clause_times import is_time_limit
from assistant.answer.facts import FactLead
from assistant.answer.no_deadline import ABSENCE_OVERLAP
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap
from assistant.answer.times import condition_clauses, writes_date
from assistant.lexicon.words import registry
from assistant.models import Hit
from assistant.obligations.deadlines import find_deadlines

# an item's mark before its subject: "5. ", "b) ", "- " (the list of a letter's requests)
_ITEM_MARK_RE = re.compile(r"^\s*(?:[-+•]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s+)?")

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
    asked ``action`` (``act_words.writes``, with its object when the question names one) and covers
    ``ABSENCE_OVERLAP`` of the question with its heading, when that sentence writes no date nor period
    (``times.writes_date``: a length such as "trong 05 ngày" is how long the act lasts, no time it is due),
    no sentence writing the act sets a time limit (``find_deadlines``), and another of these sentences does
    (the sibling step whose date would otherwise be read as this act's), and the sentence states no time by
the event it waits for (``times.condition_clauses``: "sau khi nghiệm thu"). Never for a question asking a
round ("đợt 3"). ``names``: the asked body's names
    (folded); the sentence must write one. With ``names``, a timed sentence writing the act whose item is
    another body's (``_others_only``: "3. Hội Liên hiệp Phụ nữ xã ... báo cáo ... chậm nhất ngày 15/10")
    is a dated sibling, and when no sentence writes the act for the asked body, the body's own item (one
    opening with its name: "5. Đoàn Thanh niên xã thành lập đội hình ..., ra quân giúp dân ...") is the
    cited sentence (newcomer trial 44 u1: a letter's items for several bodies, the asked one's untimed).
    None otherwise, or when two sentences writing the act tie."""
    if terms.ordinals:
        return None  # "đợt 3": a round the step may not have; its times are told by round (``on_round``)
    own: list[tuple[float, Hit, int, int]] = []
    items: list[tuple[float, Hit, int, int]] = []  # the asked body's own items not writing the act
    dated_other = False
    for h in hits[:READ_HITS]:
        for a, b in split_sentences(h.chunk.text):
            sent = h.chunk.text[a:b]
            timed = any(is_time_limit(m.deadline, question) for m in find_deadlines(sent))
            opener = _opening_body(sent) if names else None
            if not writes(sent, action):
                dated_other = dated_other or timed
                if opener is not None and _names_body(opener, names) and not timed:
                    items.append((overlap(terms, f"{h.chunk.heading} {sent}"), h, a, b))
                continue
            if timed:
                if names and _others_only(sent, names):
                    dated_other = True  # another body's item ("3. Hội LHPN xã ... báo cáo ... chậm nhất")
                    continue
                return None  # the act has a time written: it is read elsewhere, or left to the quotes
            own.append((overlap(terms, f"{h.chunk.heading} {sent}"), h, a, b))
    own = own or items
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


def _opening_body(sentence: str) -> str | None:
    """The name of the registry body ``sentence`` opens with, after its item mark ("5. Đoàn Thanh niên xã
    thành lập ..." -> "Đoàn Thanh niên xã"): the body whose item it is; None when it opens otherwise (a
    collective "Các đoàn thể ...", a verb)."""
    rest = sentence[_ITEM_MARK_RE.match(sentence).end() :]
    found = registry().find_names(rest, caps_only=False)
    return found[0].surface if found and found[0].start == 0 and not found[0].collective else None


def _names_body(opener: str, names: list[str] | None) -> bool:
    """Whether the body an item opens with (``opener``) is one of the asked body's (folded) ``names``."""
    return bool(names) and any(writes(opener, n) for n in names if n)


def _others_only(sentence: str, names: list[str]) -> bool:
    """Whether ``sentence`` names registry bodies and none of them is the asked one (``names``, folded,
    nowhere written in it): "3. Hội Liên hiệp Phụ nữ xã ... báo cáo ...", "Thời hạn các chi bộ gửi báo
    cáo ..." are other bodies' acts. False when it names no body (whose act it is is unread)."""
    if any(writes(sentence, n) for n in names if n):
        return False
    return bool(registry().find_names(sentence, caps_only=False))
