"""Receivers: the bodies and levels a clause or a question sends a paper to, rather than the one acting.

Part of the answer step, below ``clause_facts``, ``deadline_facts`` and ``bodies``: a body named after a
sending word ("gửi về X", "báo cáo lên X", "phối hợp với X") receives or partners the act
(``recipient_only``, ``recipients``); a level a question sends to ("lên huyện") names the recipient
(``sent_to_levels``); a clause led by such a body states its own later task, not the senders' time
(``led_by_recipient``).
"""

from __future__ import annotations

import re

from assistant.lexicon.levels import sending_directions, sending_verbs, unit_alternation
from assistant.lexicon.words import registry
from assistant.models import Obligation
from assistant.text import fold


def led_by_recipient(ob: Obligation, question: str) -> bool:
    """Whether the clause's lead (or its only responsible body) is a body the question writes only as the
    one sent to or worked with ("... về Văn phòng Đoàn xã trước ngày nào?", ``recipient_only``), not as
    the actor."""
    return any(recipient_only(question, [n]) for n in (ob.lead or ob.responsible[:1]) if n.strip())


# What a body's name follows when it receives or partners the act rather than doing it: "gửi về X", "báo
# cáo lên X", "nộp cho X", "đến X", "phối hợp với X", "tới tay X" (folded; library3 dev l3-mttq-05).
_RECEIVER_BEFORE_RE = re.compile(
    r"\b(?:ve|len|toi|den|cho|voi|gui|nop|(?:toi|den) tay)\s+(?:(?:cac|cho)\s+)?$"
)


# a level written after the preposition of sending ("gửi báo cáo tháng lên huyện", "nộp về cấp tỉnh"), folded
# (``lexicon.levels``: the units that name one tier, and the centre)
_LEVEL_ALT = unit_alternation(unambiguous=True, centre=True)
_SENT_LEVEL_RE = re.compile(rf"\b(?:{'|'.join(sending_directions())})\s+(?:cap\s+)?({_LEVEL_ALT})\b")
_LEVEL_WORD_RE = re.compile(rf"\b({_LEVEL_ALT})\b")


def sent_to_levels(question: str) -> str:
    """A ``recipient_only`` ``not_after`` pattern (folded) of the levels a question sends to and names no
    body at otherwise ("Hội Phụ nữ xã gửi báo cáo tháng lên huyện ...?" -> huyện): the body of that level
    is the recipient the question names, so a clause sending to it ("Báo cáo tháng gửi Hội Liên hiệp Phụ
    nữ huyện trước ngày 20 hằng tháng") states the sender's time asked, not the recipient's (newcomer trial
    39 f4's history). "" when the question sends to no level."""
    folded = fold(question)
    sent = {m.group(1) for m in _SENT_LEVEL_RE.finditer(folded)}
    starts = {m.start(1) for m in _SENT_LEVEL_RE.finditer(folded)}
    other = {m.group(1) for m in _LEVEL_WORD_RE.finditer(folded) if m.start(1) not in starts}
    levels = sorted(sent - other)
    return rf"\s+(?:(?:cac|nhung|cap)\s+)?(?:{'|'.join(levels)})\b" if levels else ""


def recipient_only(clause: str, names: list[str], not_after: str = "", sub_unit: bool = False) -> bool:
    """Whether ``clause`` writes the body (one of ``names``, folded; at the asked level and place: not
    followed by ``not_after``; its unit below a commune, "chi hội ...", only when ``sub_unit``: the question
    asks that unit) and every time only as the one an act is sent to or done with, after
    ``_RECEIVER_BEFORE_RE`` ("Hội Cựu chiến binh cấp xã ... gửi về Hội Cựu chiến binh huyện trước ngày
    31/3": the time is the commune's, not the district's)."""
    folded = fold(clause)
    after = rf"(?!{not_after})" if not_after else ""
    found = [
        m.start()
        for n in names
        if n
        for m in re.finditer(rf"\b{re.escape(fold(n))}\b{after}", folded)
        # "Chi hội nông dân" is a unit of its own: the body asked only when the question asks that unit
        if folded[: m.start()].endswith("chi ") == sub_unit
    ]
    return bool(found) and all(_RECEIVER_BEFORE_RE.search(folded[:at]) for at in found)


# The words that send a paper to a body right before its name, folded: "trình Ban Thường vụ", "gửi về Văn
# phòng", "lên Ban Thường vụ", "báo cáo Huyện ủy" (``lexicon.levels``: the sending verbs and the marks of
# direction that send on their own). Also read by ``bodies.only_recipient``.
SENDING_WORDS = "|".join((*sending_verbs(), *sending_directions(bare=True)))
_SEND_TO_RE = re.compile(rf"\b(?:{SENDING_WORDS})\s*$")


def recipients(text: str) -> set[str]:
    """The registry bodies (org ids) ``text`` sends something to: each named right after a sending word
    (``_SEND_TO_RE``)."""
    return {
        m.org_id
        for m in registry().find_names(text, caps_only=False)
        if _SEND_TO_RE.search(fold(text[: m.start]))
    }
