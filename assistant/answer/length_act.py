"""A time limit asked as a length ("... phải được thành lập trong thời hạn bao nhiêu ngày?", "trong bao lâu?")
keeps the deadline path's judgement of the asked act (newcomer trial 48 u5).

"Tổ giúp việc ... phải được thành lập trong thời hạn bao nhiêu ngày?" of a decision whose khoản 6 sets up the
group with no time ("Tổ giúp việc ... do đồng chí Phó Trưởng ban Thường trực quyết định thành lập") and whose
khoản 3 gives another act its length ("Trong thời hạn 07 ngày làm việc ..., Ban Chỉ đạo ban hành Quy chế ...")
was answered "Số liệu: 07 ngày làm việc", while the same question asked "chậm nhất khi nào?" said the
document sets no time. The deadline path's "Văn bản không nêu thời hạn cho việc này" (its act checks
passed: the asked act's clause sets no time) was dropped because it writes no length
(``plan_lead.checked_lead``) and the first quote's length, another act's, was read as a figure instead. It
now stands for a length asked too, unless its cited sentence writes a length (then that length is how long
the act takes, the answer asked), or a retrieved sentence writes the asked act with a length
(``absent_stands``). A length read as a figure when the deadline path says nothing is not yet checked
against the asked act: ``deadline_facts._written_for`` rejects right answers whose act follows a long "kể
từ ..." (library dev lib-hd02-03), so it is no check for that path yet.
"""

from __future__ import annotations

import re

from assistant.answer.absent_guard import writes_asked
from assistant.answer.citations import CitationBook
from assistant.answer.figure_reading import writes_length
from assistant.answer.sentences import split_sentences
from assistant.models import Hit

# How many of the best hits are read, as ``deadline_facts.best_deadline_sentence`` reads them
READ_HITS = 6


def absent_stands(lead_lines: list[str], book: CitationBook, hits: list[Hit], action: str | None) -> bool:
    """Whether a "not stated" time line (``lead_lines``, its citations "[n]" numbers of ``book``) answers a
    length asked: True when no quote it cites writes a length of time (``figure_reading.writes_length``;
    a cited clause writing one, "... niêm yết công khai trong 05 ngày", states how long the act takes,
    which a length question asks) and no sentence of the first ``READ_HITS`` retrieved passages (``hits``)
    writes the asked ``action`` ("verb" or "verb + object", ``absent_guard.writes_asked``) with a length
    ("Trong vòng 45 ngày làm việc kể từ ..., cấp ủy ... phải xem xét, quyết định KNĐV" for "cấp ủy ... phải
    ra quyết định trong vòng bao nhiêu ngày?", library dev lib-hd02-03: the length read from the quotes
    answers, the line would hide it). False with no ``action``."""
    if not action:
        return False
    cited = {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}
    quotes = [c.quote for c in book.citations if c.n in cited]
    if not quotes or any(writes_length(q) for q in quotes):
        return False
    for h in hits[:READ_HITS]:
        for a, b in split_sentences(h.chunk.text):
            sentence = h.chunk.text[a:b]
            if writes_length(sentence) and writes_asked(sentence, action):
                return False
    return True
