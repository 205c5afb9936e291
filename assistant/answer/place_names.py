"""Unit words a question writes as part of a place's name, not as a level it asks about.

"Nghị quyết ... của HĐND tỉnh Quảng Ninh cho Chủ tịch Ủy ban bầu cử ở xã ... bao nhiêu?" names the level
"xã" (the commune's rate, "cấp xã: 2.300.000 đồng") and writes "tỉnh" only inside the issuer's place name
"tỉnh Quảng Ninh": a list labelled by level ("cấp tỉnh: 3.300.000 đồng; cấp xã: 2.300.000 đồng") is read
under the level the question asks, not under every unit word it writes (library3 dev l3-mttq-10).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.lexicon.phrases import place_words
from assistant.text import fold

# a capitalised syllable or a number opening a place's proper name ("Quảng Ninh", "tổ dân phố 5")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


@cache
def _place_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in place_words())
    return re.compile(rf"(?<!\w)((?i:{words}))(?!\w)(\s+[{_UPPER}0-9])?")


def place_name_words(question: str) -> set[str]:
    """The folded syllables of the unit words ("tỉnh", "thành phố") that ``question`` writes only right
    before a proper name ("tỉnh Quảng Ninh"), never bare as a level ("ở xã", "cấp huyện"); an empty set
    when none. Told by the capital after the word, so a question typed all in lower case gives none."""
    named: set[str] = set()
    bare: set[str] = set()
    for m in _place_re().finditer(question):
        syllables = set(fold(m.group(1)).lower().split())
        (named if m.group(2) else bare).update(syllables)
    return named - bare
