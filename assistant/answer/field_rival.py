"""A report's own dated sentence against a generic time field read with its item (``deadline_facts``).

A guide lists its reports each with a time: "b. Báo cáo về tình hình tổ chức hội nghị lấy ý kiến cử tri
... về Ban Thường trực ... tỉnh chậm nhất ngày 09/02/2026." writes its matter and its time in one sentence;
"c. Báo cáo tình hình ... các cuộc tiếp xúc giữa người ứng cử với cử tri ... / Thời gian gửi báo cáo về Ban
Thường trực ... tỉnh chậm nhất ngày 14/3/2026." writes a generic field line ("Thời gian gửi báo cáo ...")
that names its matter only through its item. Read with its item the field line can cover the question's
words best, because it writes the act asked ("gửi báo cáo") besides the item's matter words; but the
question asking about the conference's report ("Sau các cuộc họp cử tri ... nhận xét người ứng cử, MTTQ xã
phải gửi báo cáo lên BTT tỉnh hạn chót là ngày nào?") names the matter of the sentence, not the item's
(library6 l6-mttq-02: "Thời hạn: chậm nhất ngày 14/3/2026"). ``own_matter_rival`` picks the sentence
that names the question's matter by its own words at least as well as the field line's item does.
"""

from __future__ import annotations

from typing import NamedTuple

from assistant.answer.terms import Terms, overlap
from assistant.models import Chunk

# The least share of the question a sentence's own words must cover to take a field line's place (as
# ``deadline_facts.TWIN_MIN_COVER``: a sentence matching half the question)
OWN_MATTER_MIN_COVER = 0.5


class Dated(NamedTuple):
    """A retrieved sentence's time limit that passed ``best_deadline_sentence``'s checks: its score, its
    coverage of the question (read with its item for a field line), the item ("" for a sentence read
    alone), where it is and its time's wording."""

    score: float
    covered: float
    item: str
    chunk: Chunk
    start: int
    end: int
    phrase: str
    key: frozenset[str]


def own_matter_rival(best: Dated, dated: list[Dated], terms: Terms) -> Dated | None:
    """The sentence read alone, with another time, that takes the place of ``best`` when ``best`` is a
    field line read with its item: the one covering the question best, when its own words cover it at
    least as well as the item alone does (the item's words are all that tie the field line to the
    question's matter) and at least ``OWN_MATTER_MIN_COVER``; else None."""
    if not best.item:
        return None
    alone = [d for d in dated if not d.item and d.key != best.key and d.covered >= OWN_MATTER_MIN_COVER]
    if not alone:
        return None
    rival = max(alone, key=lambda d: (d.covered, d.score))
    return rival if rival.covered >= overlap(terms, best.item) else None
