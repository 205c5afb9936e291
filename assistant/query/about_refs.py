"""A document named as the subject of another document the question asks about: "Chương trình hành động
của UBND tỉnh Kon Tum về Chỉ thị 37 ..." asks the action programme, whose subject is Chỉ thị 37 (library6
dev l6-rw-04: the programme is held, the directive only cited). Like a verb of carrying out before it
(``docrefs.implemented_role``), the reference then names what the asked document carries out or treats,
and the passages sought are that document's, which cite it.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.lexicon.words import type_alternation

# the words a document's description may hold between its type and "về" (its issuer, its level: "của UBND
# tỉnh Kon Tum"), no clause break; folded
_DESCRIPTION_GAP = r"(?:\s+[^\s,;:?.!]+){0,12}?"


@cache
def _about_before_re() -> re.Pattern[str]:
    types = type_alternation(english=False, codes=False)
    ref_types = type_alternation()
    return re.compile(
        r"\b(?:" + types + r")" + _DESCRIPTION_GAP + r"\s+(?:ve|ve viec)\s+(?:(?:" + ref_types + r")\s+){0,2}"
        r"(?:so\s+)?$"
    )


def named_as_subject(folded_before: str) -> bool:
    """Does the folded text right before a document reference end with another document's description and
    "về" ("chương trình hành động của ubnd tỉnh kon tum về " + "Chỉ thị 37")? Then the referenced document
    is that document's subject, which the asked document carries out or treats."""
    return bool(_about_before_re().search(folded_before))
