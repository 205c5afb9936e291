"""The figure of the case a question states by a bound on its own figure.

"Xã miền núi có không quá 5.000 dân thì HĐND xã có mấy đại biểu?" of "a) Xã ở miền núi ... có từ 5.000 dân
trở xuống được bầu 15 đại biểu; có trên 5.000 dân đến 10.000 dân thì cứ thêm 1.000 dân được bầu thêm 01
đại biểu; ..., nhưng tổng số không quá 30 đại biểu": the question states its case as "at most 5.000", and
the figure answering it is the one in the clause writing that case ("từ 5.000 dân trở xuống"), not one in a
clause of the other case ("trên 5.000 dân": "01 đại biểu", nor the cap "không quá 30 đại biểu"; library5
dev l5-mttq-30, a wrong "Số liệu: không quá 30 đại biểu"). A clause writing the question's figure with the
other direction is another case's; one writing it with the same direction is the case asked; a clause not
writing it says nothing. Any unit, any document type; Vietnamese and English bound words (folded).
"""

from __future__ import annotations

import re

from assistant.lexicon.bound_words import bound_after, bound_before
from assistant.text import fold

# A figure (folded): "5.000", "5,000", "2/3" is no case bound.
_NUMBER_RE = re.compile(r"(?<![\w.,/])(\d[\d.,]*\d|\d)(?![\w/])")
# The words bounding a figure, before it ("không quá 5.000", "at most 5,000") or after it ("5.000 dân trở
# xuống", "or more"), exclusive ones included ("trên 5.000 dân" is the other case): ``lexicon.bound_words``.


def _digits(number: str) -> str:
    return re.sub(r"[.,]", "", number)


def _bounds(folded: str) -> dict[str, set[str]]:
    """{figure's digits: {"max" / "min"}} for each figure the folded text writes as a case's bound."""
    out: dict[str, set[str]] = {}
    for m in _NUMBER_RE.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        kind = bound_after(folded[m.end() : m.end() + 40]) or bound_before(before)
        if kind is None:
            continue
        out.setdefault(_digits(m.group(1)), set()).add(kind)
    return out


def case_clauses(question: str, clauses: list[str]) -> list[bool | None]:
    """For each clause of a figure: True when it writes the case the question states by a bound on its own
    figure (the same figure bounded the same way: "không quá 5.000" and "từ 5.000 ... trở xuống"), False
    when it writes that figure bounded the other way (another case: "trên 5.000 dân"), None when it writes
    neither or the question states no such case."""
    asked = _bounds(fold(question))
    out: list[bool | None] = []
    for clause in clauses:
        written = _bounds(fold(clause))
        shared = [n for n in asked if n in written]
        if not shared:
            out.append(None)
        elif all(asked[n] & written[n] for n in shared):
            out.append(True)
        else:
            out.append(False)
    return out
