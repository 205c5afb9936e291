"""Question traits that add an abstention check whatever the kind of question: an amount ("bao nhiêu tỷ
đồng", "how many members") needs its unit written next to a number; a post holder ("Ai là Chủ tịch ...?")
needs a sentence naming a person next to that post."""

from __future__ import annotations

import re

from assistant.lexicon.words import glossary_terms
from assistant.text import fold

_AMOUNT = re.compile(r"\b(bao nhieu|may|how much|how many)\b\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)?", re.UNICODE)
_UNIT_STOP = frozenset("la phai dat duoc co nguoi the does do is are of nam lan".split())


def amount_unit(question: str) -> list[str] | None:
    """The folded unit words a "how much / how many" question asks for ([] when none; None: no amount)."""
    m = _AMOUNT.search(fold(question))
    if not m:
        return None
    words = [w for w in (m.group(2) or "").split() if w not in _UNIT_STOP]
    return words[:2]


# "Ai là Chủ tịch ... hiện nay?", "Who is the chair of ...?": the answer is a person.
_PERSON_ROLE = re.compile(
    r"\b(ai la|ai dang la|ai giu chuc|who is|who are|who's)\s+(the\s+)?(current\s+)?"
    r"(chu tich|pho chu tich|bi thu|pho bi thu|truong ban|pho truong ban|giam doc|nguoi dung dau|"
    r"chair\w*|president|secretary|head|director|leader)\b"
)
_EN_POST = re.compile(r"chair\w*|president|secretary|head|director|leader")


def asks_person(question: str) -> list[str] | None:
    """The post a question asks the holder of, as folded Vietnamese phrasings ("Ai là Chủ tịch ...?" ->
    ["chu tich"]; English posts through the glossary, [] when it has none), or None."""
    m = _PERSON_ROLE.search(fold(question))
    if not m:
        return None
    post = m.group(4)
    if _EN_POST.fullmatch(post):
        return [fold(t) for t in glossary_terms(post)]
    return [post]
