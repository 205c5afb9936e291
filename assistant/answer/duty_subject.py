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


# a question's duty word and what opens the words before it ("..., cấp ủy được quyền kết nạp phải ...",
# "... thì trong mấy ngày phải ..."); the interrogatives that make those words the time asked, not a subject
_ASKED_DUTY_RE = re.compile(r"\s(?:phải|cần)\s")
_ASKED_START_RE = re.compile(r"(?:^|[,;:]|\bthì\b)\s*")
_ASKING_RE = re.compile(r"\b(?:mấy|bao lâu|bao nhiêu|khi nào|bao giờ|nào)\b")


def subject_unsaid(question: str) -> bool:
    """Whether ``question`` asks a duty ("phải / cần ...") without naming who does it: the words before its
    duty word (from the last comma, colon or "thì") are the time asked ("... thì trong mấy ngày phải chuyển
    hồ sơ?"), not a subject ("Ở Hà Nội, cấp ủy được quyền kết nạp phải ra quyết định ...?" names one, and
    the figures are left to the clauses' scores; library dev lib-hd02-03). False without a duty word."""
    text = normalize(question).lower()
    duty = _ASKED_DUTY_RE.search(text)
    if duty is None:
        return False
    before = text[: duty.start()]
    start = max((m.end() for m in _ASKED_START_RE.finditer(before)), default=0)
    words = before[start:].strip()
    return not words or _ASKING_RE.search(words) is not None


def other_subject(clause: str, value: str, question: str) -> bool:
    """Whether the duty the figure ``value`` of ``clause`` is written for has a subject (``duty_subject``)
    that ``question`` does not write (folded, as a phrase) while the question leaves its own unsaid
    (``subject_unsaid``): another body's figure."""
    if not subject_unsaid(question):
        return False
    at = clause.find(value)
    subject = duty_subject(clause, max(at, 0))
    if subject is None:
        return False
    return re.search(rf"\b{re.escape(fold(subject))}\b", fold(question)) is None
