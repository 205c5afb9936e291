"""An age range asked ("trong độ tuổi nào?", "what age range ...?") and the quote that writes one.

"Under Regulation 294-QĐ/TW, what age range must a person be in when the party cell considers admitting
them?" asks for "đủ 18 tuổi đến đủ 60 tuổi"; no "bao nhiêu" names a unit, so no figure was read and the
answer had no first line, while the rule on people over 60 quoted above it writes one age only (library2
dev l2-party-31). Only a quote writing two ages joined as a range answers: one age ("trên 60 tuổi") is a
bound, not the range asked.
"""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.answer import render
from assistant.answer.citations import Citation

# The question asks for a range of ages (folded): "độ tuổi nào", "trong độ tuổi", "lứa tuổi nào", "từ bao
# nhiêu tuổi đến bao nhiêu tuổi", "age range", "between what ages".
_ASKS_RANGE_RE = re.compile(
    r"\b(?:do tuoi|lua tuoi|gioi han tuoi|tu bao nhieu tuoi den|age range|range of ages|age bracket|"
    r"age limits?|between what ages|between which ages)\b"
)
# Two ages joined as a range (folded): "từ đủ 18 tuổi đến đủ 60 tuổi", "từ 16 đến 30 tuổi", "18 - 35 tuổi".
_RANGE_RE = re.compile(
    r"(?<![\w])(?:tu\s+)?(?:du\s+)?\d{1,3}\s*(?:tuoi\s*)?(?:den|toi|-|–)\s*(?:du\s+)?\d{1,3}\s*tuoi(?![a-z])"
)


def asks_age_range(folded_question: str) -> bool:
    """Whether a folded question asks for a range of ages ("trong độ tuổi nào", "what age range")."""
    return bool(_ASKS_RANGE_RE.search(folded_question))


def written_range(text: str) -> str | None:
    """The first range of ages ``text`` writes, as written ("đủ 18 tuổi đến đủ 60 tuổi"), or None."""
    folded = vt.fold(text)
    m = _RANGE_RE.search(folded)
    if m is None:
        return None
    if len(folded) != len(text):
        return m.group(0).strip()
    return text[m.start() : m.end()].strip()


def range_quote(citations: list[Citation], shown: str) -> tuple[int, str] | None:
    """(number, range as written) of the first citation shown in the answer body ``shown`` whose quote
    writes a range of ages; None when none does."""
    for c in citations:
        if f"[{c.n}]" not in shown:
            continue
        found = written_range(c.quote)
        if found:
            return c.n, found
    return None


def range_line(found: str, language: str) -> str:
    """The first line stating the range, cited as [1] (its quote is made the first)."""
    return f"{render.label('figure', language)}: {found} [1]"
