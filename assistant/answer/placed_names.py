"""A body the question names with its place's name but no level word ("Sở GDĐT Đồng Tháp", "Hội Nông dân
Tân Phú"): documents write the level before the place ("Sở GDĐT tỉnh Đồng Tháp", "Hội Nông dân xã Tân
Phú"), so the name is read with each level word put there too (``bodies.names_of``; library5 dev l5-rw-17).
"""

from __future__ import annotations

from assistant.retrieve.scope import LEVEL_WORDS
from assistant.text import fold


def _title_word(word: str) -> bool:
    """A proper name's syllable: a capital, then lower case ("Tháp"; not "GDĐT", not "dục")."""
    return word[:1].isupper() and word[1:].islower()


def levelled_variants(body: str) -> list[str]:
    """Folded readings of ``body`` (a name as written, with its capitals) with a level word (``LEVEL_WORDS``)
    before each tail of the trailing run of capitalised syllables: "Sở GDĐT Đồng Tháp" -> "so gddt tinh
    dong thap", "so gddt huyen dong thap", ... [] when the name ends in no such run, when the run is the
    whole name, or when a level word already stands before the run (``bodies._body_core`` reads those)."""
    words = body.split()
    start = len(words)
    while start > 0 and _title_word(words[start - 1]):
        start -= 1
    if start == 0 or start == len(words):
        return []
    before = fold(" ".join(words[:start]))
    if any(before == w or before.endswith(f" {w}") for w in LEVEL_WORDS):
        return []
    out = []
    for cut in range(start, len(words)):
        head, place = fold(" ".join(words[:cut])), fold(" ".join(words[cut:]))
        out += [f"{head} {level} {place}" for level in LEVEL_WORDS if level != "tp"]
    return out
