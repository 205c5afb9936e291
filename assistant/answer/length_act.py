"""A time limit asked as a length ("... phải được thành lập trong thời hạn bao nhiêu ngày?", "trong bao lâu?")
holds the deadline path's act check (newcomer trial 48 u5).

"Tổ giúp việc ... phải được thành lập trong thời hạn bao nhiêu ngày?" of a decision whose khoản 6 sets up the
group with no time ("Tổ giúp việc ... do đồng chí Phó Trưởng ban Thường trực quyết định thành lập") and whose
khoản 3 gives another act its length ("Trong thời hạn 07 ngày làm việc ..., Ban Chỉ đạo ban hành Quy chế ...")
was answered "Số liệu: 07 ngày làm việc", while the same question asked "chậm nhất khi nào?" said the
document sets no time. Two places read a length for such a question, and both now keep the deadline path's
judgement:

1. the deadline path's "Văn bản không nêu thời hạn cho việc này" (its act checks passed: the asked act's
   clause sets no time) stands for a length asked too, unless its cited sentence writes a length (then that
   length is how long the act takes, the answer asked: ``absent_stands``);
2. a length read from a quote as a figure (``plan_quote_lead``'s duration path) must be the asked act's time
   by ``deadline_facts.written_for``, the check a deadline read from a sentence passes
   (``length_of_other_act``).
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.deadline_facts import written_for
from assistant.answer.figure_reading import writes_length
from assistant.answer.sentences import split_sentences

# a line's citations: "07 ngày làm việc [1]" -> "07 ngày làm việc"
_CITES_RE = re.compile(r"(?:\s*\[\d+\])+\s*$")
# the number a length opens with: "07", "1,5", "mười lăm" is read only as written
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def absent_stands(lead_lines: list[str], book: CitationBook) -> bool:
    """Whether a "not stated" time line (``lead_lines``, its citations "[n]" numbers of ``book``) answers a
    length asked: True when no quote it cites writes a length of time (``figure_reading.writes_length``).
    A cited clause writing one ("... niêm yết công khai trong 05 ngày") states how long the act takes, which a
    length question asks: the line is then no answer (module doc, rule 1)."""
    cited = {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}
    quotes = [c.quote for c in book.citations if c.n in cited]
    return bool(quotes) and not any(writes_length(q) for q in quotes)


def length_of_other_act(lines: list[str], quote: str, action: str | None) -> bool:
    """Whether a figure line of ``lines`` ("Số liệu: 07 ngày làm việc [1]") reads from ``quote`` (the cited
    sentence or passage, str) a length that is not the time of ``action`` ("verb" or "verb + object",
    folded) by ``deadline_facts.written_for``. False with no ``action`` or when the length's number is not
    found in ``quote`` (nothing to judge). Source: newcomer trial 48 u5 (module doc, rule 2)."""
    if not action:
        return False
    for line in lines:
        value = _CITES_RE.sub("", line.split(":", 1)[-1]).strip()
        number = _NUMBER_RE.search(value)
        if number is None:
            continue
        for a, b in split_sentences(quote):
            sentence = quote[a:b]
            at = _length_at(sentence, value, number.group())
            if at is None:
                continue
            if not written_for(sentence, at[0], at[1], action):
                return True
            break
    return False


def _length_at(sentence: str, value: str, number: str) -> tuple[int, int] | None:
    """``(start, end)`` in ``sentence`` of the length ``value`` (whole, else its ``number`` standing alone),
    or None."""
    at = sentence.find(value)
    if at >= 0:
        return at, at + len(value)
    m = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,]\d)", sentence)
    return (m.start(), m.end()) if m else None
