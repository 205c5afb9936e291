"""The level of the body a paper is sent to: "gửi lên MTTQ tỉnh bản báo cáo ..." sends to the province; a
sentence sending its paper "về Ban Thường trực Ủy ban MTTQ xã" sets the time of another sending (library2
dev l2-mttq-03: a commune meeting's report sent to the commune's own committee answered the time of the
report sent to the province). The levels are those of Vietnam's administration (Luật Tổ chức chính quyền
địa phương 2015): commune (xã, phường, thị trấn), district (huyện, quận), province (tỉnh), the centre."""

from __future__ import annotations

import re

from assistant.lexicon.levels import folded_unit_levels, sending_directions, sending_verbs, unit_alternation
from assistant.text import fold

# The level words, folded, by the level they name (``lexicon.levels``; "thị xã" before "xã": a district).
_LEVELS = folded_unit_levels(unambiguous=True, centre=True)
_LEVEL_ALT = unit_alternation(unambiguous=True, centre=True)
_VERBS = "|".join(sending_verbs())
_MARKS = "|".join(sending_directions())
# A question's sending act, its mark of direction and the recipient named with its level within a few words
# ("gui len mttq tinh", "nop ve ban thuong truc uy ban mttq huyen"), folded.
_ASKED_RE = re.compile(
    rf"\b(?:{_VERBS})\s+(?:{_MARKS})\s+((?:[\w-]+\s+){{0,6}}?)({_LEVEL_ALT})\b"
)
_RECIPIENT_RE = re.compile(rf"(?<!\w)(?:{'|'.join(sending_directions(folded=False))})\s+(?=[A-ZÀ-Ỹ])")


def asked_levels(question: str) -> frozenset[str]:
    """The levels a question sends its paper to ({"tinh"} for "Xã phải gửi lên MTTQ tỉnh bản báo cáo ...");
    empty when it names no recipient with a level."""
    return frozenset(_LEVELS[m.group(2)] for m in _ASKED_RE.finditer(fold(question)))


def sends_elsewhere(clause: str, levels: frozenset[str]) -> bool:
    """Whether ``clause`` sends to a body named with a level, and none of its recipients is at one of
    ``levels`` ("Gửi ... về Ban Thường trực Ủy ban MTTQ xã ngay sau ..." for {"tinh"}); False when it names
    no recipient's level or ``levels`` is empty."""
    if not levels:
        return False
    found = set()
    # a mark of direction, a capitalised name, its level among the name's words ("về Ban Thường trực Ủy ban
    # MTTQ xã"); the capital tells a body from "về tình hình ..."
    for m in _RECIPIENT_RE.finditer(clause):
        words = fold(clause[m.end() : m.end() + 80]).split()
        for n in range(min(len(words), 10)):
            if not re.fullmatch(r"[\w-]+", words[n]):
                break
            two = " ".join(words[n : n + 2])
            level = _LEVELS.get(two) or _LEVELS.get(words[n])
            if level:
                found.add(level)
                break
    return bool(found) and not found & levels
