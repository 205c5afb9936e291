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
the act takes, the answer asked: ``absent_stands``). A length read as a figure when the deadline path says
nothing is not yet checked against the asked act: ``deadline_facts._written_for`` rejects right answers
whose act follows a long "kể từ ..." (library dev lib-hd02-03), so it is no check for that path yet.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.figure_reading import writes_length


def absent_stands(lead_lines: list[str], book: CitationBook) -> bool:
    """Whether a "not stated" time line (``lead_lines``, its citations "[n]" numbers of ``book``) answers a
    length asked: True when no quote it cites writes a length of time (``figure_reading.writes_length``).
    A cited clause writing one ("... niêm yết công khai trong 05 ngày") states how long the act takes, which a
    length question asks: the line is then no answer (module doc)."""
    cited = {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}
    quotes = [c.quote for c in book.citations if c.n in cited]
    return bool(quotes) and not any(writes_length(q) for q in quotes)
