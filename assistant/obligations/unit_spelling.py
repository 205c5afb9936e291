"""Whether a unit word read on folded text is written as that unit, with its diacritics.

The clause grammar (``obligations.clauses``) finds a distributive subject ("Các sở, ngành ...", "Mỗi xã
...") or a settlement by its name ("xã Phú Thạnh ...") on folded text, where words of other meanings fold the
same: "Các sổ phát thẻ đảng viên ..." (registers, after a list's label "... là:") folds to "cac so" like
"Các sở" (departments), and was read as the duty's doer ("Thực hiện: Các sổ", library5 dev l5-party-17).
A word written with diacritics must be one of the unit's spellings; one written without any (a text typed
without diacritics) cannot be told apart and still counts.
"""

from __future__ import annotations

from functools import cache

from assistant.lexicon.phrases import place_words
from assistant.text import fold, unify_tones

# The unit words the clause grammar reads beside the place words, spelled (``clauses`` folds them): kinds of
# unit in the plural after a body head ("Đảng ủy các sở, ngành", "Ban Chấp hành các cấp") ...
PLURAL_UNITS = ("sở", "ngành", "ban", "cơ quan", "đơn vị", "địa phương", "cấp")
# ... and territorial and grassroots units after a determiner ("Mỗi chi đoàn ...", "Các cơ sở Hội ...").
DISTRIBUTIVE_UNITS = (
    "ban", "ngành", "sở", "địa phương", "chi bộ", "chi đoàn", "chi hội", "tổ hội", "cơ sở đoàn", "cơ sở hội",
)


@cache
def _spellings() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for w in (*place_words(), *PLURAL_UNITS, *DISTRIBUTIVE_UNITS):
        spelled = unify_tones(w.lower())
        out.setdefault(fold(spelled), set()).add(spelled)
    return {k: frozenset(v) for k, v in out.items()}


def spelled_as_unit(written: str) -> bool:
    """Whether ``written`` (the unit words as the text writes them: "sở", "Sở, ngành", "xã") spells a unit
    word in each of its comma- or "và"-separated parts; False for "sổ" (a register), True for "so" (no
    diacritics to tell by) and for any part the unit lists do not know."""
    for part in written.replace(" và ", ",").split(","):
        word = unify_tones(" ".join(part.lower().split()))
        if not word:
            continue
        known = _spellings().get(fold(word))
        if known is not None and word != fold(word) and word not in known:
            return False
    return True
