"""Where a question writes a known place: as the documents write it, or, in an English question, its
syllables run together as English spells Vietnamese places ("Hanoi", "Haiphong", "Danang" for "Hà Nội",
"Hải Phòng", "Đà Nẵng"; library3 dev l3-party-28: "... does Hanoi hold ...?" read no place, so the central
guide was quoted over the city's own)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def places_written(known: Iterable[str], folded_question: str, language: str) -> set[str]:
    """The folded places of ``known`` (``Corpus.issuer_places``' values: "ha noi") that ``folded_question``
    writes as whole words, or, when ``language`` is "en", with their syllables run together ("hanoi").
    Raises nothing."""
    found = set()
    for p in known:
        run_together = p.replace(" ", "") if language == "en" and " " in p else None
        if re.search(rf"\b{re.escape(p)}\b", folded_question) or (
            run_together and re.search(rf"\b{re.escape(run_together)}\b", folded_question)
        ):
            found.add(p)
    return found
