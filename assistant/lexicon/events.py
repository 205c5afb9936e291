"""The nouns naming an event ("hội nghị", "buổi lễ", "cuộc thi"), one list (``phrases.json`` scheduled_events
nouns) for the sentence announcing when an event is held (``lexicon.phrases.is_scheduled_event``) and the
follow-up naming the event it points back to (``answer.event_pointer``)."""

from __future__ import annotations

from functools import cache

from assistant.lexicon.phrases import _data
from assistant.lexicon.words import type_words
from assistant.text import fold


@cache
def event_nouns(pointable: bool = False) -> tuple[str, ...]:
    """The nouns naming an event, lower case with diacritics, longest first. ``pointable``: only those a
    follow-up may point back with ("hội nghị đó"), not the ones that also name a document type
    ("chương trình này" is the programme document)."""
    words = _data()["scheduled_events"]["nouns"]
    if pointable:
        words = [w for w in words if fold(w) not in type_words()]
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))
