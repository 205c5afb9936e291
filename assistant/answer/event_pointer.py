"""A follow-up pointing back at the previous question's event by its kind and a demonstrative.

"Thế hạn chót của hội nghị đó là khi nào?" after "Hội nghị hiệp thương lần thứ ba của xã Lương Minh dự kiến
tổ chức vào ngày nào?": "hội nghị đó" is that conference, its round and commune with it. Not read as a
follow-up (ten words, no pronoun of ``lexicon/pronouns.json``: "đó là" there is a copula), it was answered
from another text's rule for another round of another election (library4 l4-mttq-32). The event's kind
with "đó / này / ấy / nói trên" is replaced by the previous question's event as written, as ``followup``
replaces "văn bản đó" by the previous document. Read on the text with its diacritics: folded, "hội nghị
đó" is also "hội nghị do (ai ...)", by whom.
"""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.lexicon.events import event_nouns
from assistant.query.subjects import classified_event, event_subject

# The kinds of gathering a follow-up names an event by (lower case, with diacritics; ``lexicon.events``).
_KIND_ALT = "|".join(re.escape(k) for k in event_nouns(pointable=True))
_POINTER_RE = re.compile(rf"(?<![\wÀ-ỹđĐ])({_KIND_ALT})\s+(?:đó|này|ấy|nói trên)(?![\wÀ-ỹđĐ])", re.IGNORECASE)
# Where an event's name ends in a question when no "when / where is it held" form reads it: the verb or the
# asking words after it (lower case, with diacritics)
_NAME_END_RE = re.compile(
    r"\s+(?:có|do|được|dự kiến|tổ chức|diễn ra|sẽ|phải|gồm|là|vào|ở|tại|khi|bao giờ|mấy)(?![\wÀ-ỹđĐ])|[,?;:]"
)
_FILLER_RE = re.compile(r"^\s*(?:thế|vậy)(?:\s+thì)?[,\s]+", re.IGNORECASE)


def points_to_event(question: str) -> bool:
    """Whether ``question`` names an event by its kind and a demonstrative ("hội nghị đó", "buổi lễ này")."""
    return _POINTER_RE.search(vt.nfc(question)) is not None


def _event_of(prev: str, kind: str) -> str | None:
    """The event the previous question names, as written, when it is of the kind pointed at: its "when /
    where" subject (``query.subjects``), else the words from that kind to the verb after it."""
    head = vt.fold(kind).split()[-1]
    for phrase in (classified_event(prev), event_subject(prev)):
        if phrase and head in vt.fold(phrase).split()[:3]:
            return phrase
    cased = vt.nfc(prev)
    m = re.search(rf"(?<![\wÀ-ỹđĐ]){re.escape(kind)}(?![\wÀ-ỹđĐ])", cased, re.IGNORECASE)
    if m is None:
        return None
    end = _NAME_END_RE.search(cased, m.end())
    phrase = cased[m.start() : end.start() if end else len(cased)].strip()
    return phrase if len(phrase.split()) > len(kind.split()) else None


def with_event(question: str, prev: str) -> str | None:
    """``question`` with its "<kind> đó" replaced by the previous question's event of that kind ("Thế hạn
    chót của hội nghị đó là khi nào?" -> "Hạn chót của Hội nghị hiệp thương lần thứ ba của xã Lương Minh là
    khi nào?"), a leading "Thế / Vậy" dropped; None when it points at no event or ``prev`` names none of
    that kind."""
    cased = vt.nfc(question)
    m = _POINTER_RE.search(cased)
    if m is None:
        return None
    event = _event_of(prev, m.group(1).lower())
    if event is None:
        return None
    out = cased[: m.start()] + event + cased[m.end() :]
    filler = _FILLER_RE.match(out)
    if filler:
        out = out[filler.end() :]
    return out[:1].upper() + out[1:]
