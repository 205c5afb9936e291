"""How a question asks who does a task, from ``asks.json`` beside this file: the acts asked ("lo", "chi
trả", "mời", "đứng ra") and the kinds of body a "<body> nào" question asks with ("bên", "trường", "đơn vị").
Read by the question kinds' table (``query.intents``) to recognise a "who leads / who is responsible"
question however it is phrased, instead of a pattern per phrasing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from assistant.text import fold


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("asks.json").read_text(encoding="utf-8"))


def _folded_alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


@cache
def specific_acts() -> frozenset[str]:
    """The folded acts whose doer only a clause writing them (or a verb for the same act) answers
    (``asks.json`` specific_acts: "giam sat", "tong hop" ...)."""
    return frozenset(fold(w) for w in _data()["specific_acts"]["words"])


@cache
def lead_verbs() -> str:
    """A regex alternation of the folded acts a "who does it" question asks the doer of (``asks.json``
    lead_verbs: "lo", "chi tra", "dung ra" ...), longest first."""
    return _folded_alternation(_data()["lead_verbs"]["words"])


@cache
def asking_nouns() -> str:
    """A regex alternation of the folded kinds of body a "<body> nào" question asks with ("ben", "truong",
    "don vi"; ``asks.json`` asking_nouns), longest first."""
    return _folded_alternation(_data()["asking_nouns"]["words"])


@cache
def english_lead_verbs() -> str:
    """A regex alternation of the English verbs of those acts ("pays", "organises"; ``asks.json``)."""
    return _folded_alternation(_data()["english_lead_verbs"]["words"])


@cache
def lodged_acts() -> frozenset[str]:
    """The folded acts a person lodges with a body ("khieu nai", "to cao", "kien nghi"; ``asks.json``
    lodged_acts): after a verb passing a paper on ("gửi khiếu nại"), the act asked."""
    return frozenset(fold(w) for w in _data()["lodged_acts"]["words"])
