"""Whether a time found for a "when / by when" question is the time of the place the question names.

"Chi hội ấp Rạch Gốc phải hoàn thành rà soát ... khi nào?" where the report writes that duty with its time
only for "Chi hội ấp Xóm Mới" and names Rạch Gốc only in a figures row: the time is another unit's, and
quoting the row reads as an answer (newcomer trial 45 u01). Called by ``answer.checks`` for a time question
without a first line, after ``times.writes_time`` found a time among the quotes and the top sentences.
"""

from __future__ import annotations

import re

from assistant.answer import times
from assistant.answer.cited_context import in_context
from assistant.models import Document
from assistant.text import fold


def _names_all(text: str, places: list[str]) -> bool:
    folded = fold(text)
    return all(re.search(rf"\b{re.escape(p)}\b", folded) for p in places)


def time_of_place(
    places: list[str],
    stating: list[str],
    citations: list,
    docs: dict[str, Document],
    deadline: bool,
    day: bool,
) -> bool:
    """True when a time is written for the places asked (``places``: folded names, ``subjects.named_places``):
    a sentence of ``stating`` (the quotes and top sentences) writing a time and naming every place, a
    cited passage writing a time read with its section and subject line naming them, or any time when a
    cited document is the places' own (its issuer or subject line names them: "UBND xã Phố Bảng" dates its
    own work without repeating its name). True when no place is asked.

    ``citations``: the answer's ``Citation`` objects; ``deadline`` / ``day``: as ``times.writes_time``."""
    if not places:
        return True
    for c in citations:
        doc = docs.get(c.doc.doc_id)
        if doc is not None and _names_all(f"{doc.meta.issuer or ''} {doc.meta.title or ''}", places):
            return True
        if times.writes_time([c.quote], deadline=deadline, day=day) and _names_all(
            in_context(c, docs, c.quote), places
        ):
            return True
    return any(
        times.writes_time([s], deadline=deadline, day=day) and _names_all(s, places) for s in stating
    )
