"""An event's planned arrangement and its move written in one sentence: the old values are no answer.

"6. Do ảnh hưởng của bão, Hội nghị sơ kết 9 tháng ..., dự kiến tổ chức ngày 08/10/2026 tại Hội trường Đảng
ủy xã, nay lùi sang 7 giờ 30 ngày 22/10/2026, địa điểm chuyển về Nhà văn hóa ấp Bình An." The time and place
written between the planned mark ("dự kiến", "theo kế hoạch") and the move ("nay lùi sang", "đã được
chuyển về") are the superseded ones; the move's own time and place are in force (newcomer trial 44 q18: the
old venue was the place line, the time line was none). The words are the lexicon's
(``lexicon/amendments.json`` "planned_then_moved"); this module is their grammar over folded, lower-cased
text (``text.fold_chars``: offsets kept), so every format reads alike. Read by ``event_times`` (the old
time is no event time) and ``parts.place_lead`` (the old place is no venue; the moved-to one is).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.obligations.amendments import amendment_words
from assistant.text import fold, fold_chars


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


@cache
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the planned mark, the move with its now-mark, a place moved to) over folded lower-cased text."""
    lex = amendment_words()["planned_then_moved"]
    places = amendment_words()["place_changes"]["nouns"]
    verbs, to = _alt(lex["move_verbs"]), _alt(lex["to_marks"])
    planned = re.compile(rf"\b(?:{_alt(lex['planned_marks'])})\b")
    move = re.compile(rf"\b(?:{_alt(lex['now_marks'])})\s+(?:{verbs})\s+(?:{to})\b")
    # "địa điểm chuyển về Nhà văn hóa ...", "nay chuyển về Hội trường ...": a name after the to-mark
    place = re.compile(
        rf"\b(?:(?:{_alt(places)})\s+)?(?:(?:{_alt(lex['now_marks'])})\s+)?(?:{verbs})\s+(?:{to})\s+"
    )
    return planned, move, place


def planned_span(folded: str) -> tuple[int, int] | None:
    """(start, end) in ``folded`` (one sentence, ``fold_chars`` lower-cased) of the planned arrangement a
    later move in the sentence supersedes: from the planned mark ("dự kiến") to the move ("nay lùi sang");
    None when the sentence writes no planned mark followed by a move."""
    planned, move, _ = _grammar()
    opened = planned.search(folded)
    if opened is None:
        return None
    moved = move.search(folded, opened.end())
    return (opened.start(), moved.start()) if moved else None


def superseded_at(folded: str, start: int) -> bool:
    """Whether the value at ``folded[start:]`` (a time or place of one sentence, folded, lower-cased) is
    written in the planned arrangement a later move of the sentence replaces (``planned_span``)."""
    span = planned_span(folded)
    return span is not None and span[0] <= start < span[1]


def moved_to_place(sentence: str) -> tuple[int, int] | None:
    """(start, end) in ``sentence`` of the place a planned-then-moved sentence moves its event to ("...,
    địa điểm chuyển về Nhà văn hóa ấp Bình An."): a capitalised name after the move verb and its to-mark,
    past the planned arrangement, up to a comma, stop or bracket; None when the sentence writes no planned
    arrangement (``planned_span``) or no such name (a time after "sang" is no place)."""
    folded = fold_chars(sentence).lower()
    span = planned_span(folded)
    if span is None:
        return None
    for m in _grammar()[2].finditer(folded, span[1]):
        rest = sentence[m.end() :]
        name = re.match(r"[A-ZĐÀ-Ỹ][^,;.\n()\"“”|]{2,80}", rest)
        if name:
            return m.end(), m.end() + len(name.group(0).rstrip())
    return None
