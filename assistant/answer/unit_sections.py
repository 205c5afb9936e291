"""The retrieved sections headed by the unit a duties question names (issue 11, item 5).

"Chi bộ có những việc gì phải làm?" or "Ban công tác Mặt trận ở các thôn ... phải làm gì?" names a unit that
the organisation registry reads as a wider body ("cấp ủy", "Mặt trận"): the duty list of that wider body
(``duties.org_duty_answer``) gathers every passage the registry gives it, across the whole document and
its other topics (how a party cell is dissolved, what the Front's chairman leads), while the retriever has
already ranked first the section titled for the unit itself ("1. Chi bộ (kể cả chi bộ cơ sở)" under the
topic asked, "5. Ban công tác Mặt trận các thôn trên địa bàn xã"). Such a section is the answer: the
question is then answered from the retrieved passages (``quotes``) rather than from the registry body's list.
"""

from __future__ import annotations

import re

from assistant.models import Hit
from assistant.text import fold

# How many of the best-ranked hits are looked at: the unit's section must be among the retriever's first.
UNIT_SECTION_HITS = 3
# An item label opening a heading ("1.", "5.2.", "II.", "a)", "-", "Điều 3."), left out before comparing
_LABEL = re.compile(
    r"^\s*(?:(?:dieu|muc|khoan)\s+\w+\s*[.:]?\s*)?(?:[-+•*–]\s*|(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)\-]\s*)*"
)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def unit_heading(heading: str, question_words: list[str], name_words: list[str]) -> str | None:
    """The unit's name (folded) a section heading opens with, when the question writes it so: the heading's
    words up to and including the registry name (``name_words``), written in a row in the question
    ("ban cong tac mat tran" of "5. Ban công tác Mặt trận các thôn ..."); else None."""
    words = _words(_LABEL.sub("", fold(heading)))
    k = len(name_words)
    for i in range(len(words) - k + 1):
        if words[i : i + k] == name_words:
            opening = " ".join(words[: i + k])
            return opening if f" {opening} " in f" {' '.join(question_words)} " else None
    return None


def unit_sections(question: str, written: str | None, hits: list[Hit], org_id: str) -> list[str]:
    """The unit's names (folded, as the question writes them) of the hits among the first
    ``UNIT_SECTION_HITS`` whose own section is titled for the unit the question names (``written``: the
    registry body ``org_id`` as the question writes it, ``duties.written_name``) and that the registry does
    not already give to ``org_id`` (``Chunk.org``): the names a quote of the unit's own duties writes
    ("chi bo", not the wider body's "to chuc dang"). Empty when ``written`` is None or no such section was
    retrieved. Raises nothing."""
    if not written:
        return []
    name = _words(written)
    if not name:
        return []
    qwords = _words(question)
    found = (
        unit_heading(h.chunk.section_path[-1], qwords, name)
        for h in hits[:UNIT_SECTION_HITS]
        if h.chunk.org != org_id and h.chunk.section_path
    )
    return list(dict.fromkeys(f for f in found if f))
