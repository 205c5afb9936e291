"""Whose duty a figure's clause states: "Trong vòng 20 ngày làm việc kể từ khi chi hội họp xét, Hội cơ sở phải
xem xét ... và gửi hồ sơ lên Hội cấp huyện" is the Hội cơ sở's time limit, not that of the body the question
counts from ("sau khi chi hội họp xét thì trong mấy ngày phải chuyển hồ sơ lên cấp trên?"). Of several figures
whose clauses write the act asked, those of a subject the question does not name give way to those of a
subject it names or leaves unsaid (library2 dev l2-party-05: the guide's 05 / 25 / 45 working days of one
paragraph, each counted from the chi bộ's resolution).
"""

from __future__ import annotations

import re

from assistant.lexicon.phrases import body_heads
from assistant.text import fold, normalize

# the duty word a clause's subject stands before ("Hội cơ sở phải ...", "Ban Thường trực có trách nhiệm ...")
_DUTY_RE = re.compile(r"\s+(?:phải|cần|có trách nhiệm)\b", re.IGNORECASE)
# where the words before a duty word begin: the clause's start, a list mark, or the last comma, colon or
# semicolon
_SEGMENT_START_RE = re.compile(r"(?:^|[,;:(]|\s[-–•+]\s)\s*")
SUBJECT_WORDS_MAX = 8  # a subject longer than this is no body's name but a phrase (a condition, a time)


def duty_subject(clause: str, at: int) -> str | None:
    """The body the duty word after ``at`` (a figure's offset in ``clause``) has as its subject, as written
    ("Hội cơ sở"): the words between the last comma, colon or list mark before that word and the word,
    opening with a body's head noun (``lexicon.phrases.body_heads``), at most ``SUBJECT_WORDS_MAX`` words
    and no digit; None when no duty word follows or its subject is unsaid ("Trong vòng 05 ngày ... phải gửi
    hồ sơ": the figure's own phrase stands before it)."""
    duty = _DUTY_RE.search(clause, at)
    if duty is None:
        return None
    before = clause[: duty.start()]
    start = max((m.end() for m in _SEGMENT_START_RE.finditer(before)), default=0)
    segment = before[start:].strip()
    words = segment.split()
    if not words or len(words) > SUBJECT_WORDS_MAX or re.search(r"\d", segment):
        return None
    lowered = normalize(segment).lower()
    if not any(lowered == h or lowered.startswith(f"{h} ") for h in body_heads()):
        return None
    return segment


def other_subject(clause: str, value: str, question: str) -> bool:
    """Whether the duty the figure ``value`` of ``clause`` is written for has a subject (``duty_subject``)
    that ``question`` does not write (folded, as a phrase): another body's figure."""
    at = clause.find(value)
    subject = duty_subject(clause, max(at, 0))
    if subject is None:
        return False
    return re.search(rf"\b{re.escape(fold(subject))}\b", fold(question)) is None
