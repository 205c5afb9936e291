"""A field asked beside a time, quoted from its own sentence.

"Lễ kỷ niệm ... tổ chức vào lúc nào, ở đâu?" over a notice moving both: "1. Thời gian: Lễ kỷ niệm được chuyển
sang 14 giờ 00 ... thay cho ..." names the event and scores high; "2. Địa điểm: Nhà văn hóa thôn ..., thay cho
Hội trường ..." names only the place, scores below the cut, and the changed venue went unquoted (newcomer
trial 42 q14, trial 40 P8). Each field the question asks beside the time (``quotes._other_fields``: the
"Địa điểm" label of "ở đâu?") is quoted from the best sentence writing it in the document of the best quote,
when none chosen writes it.
"""

from __future__ import annotations

import re

from assistant.answer.sentence_scores import Span
from assistant.text import fold


def fields_beside(
    chosen: list[Span], spans: list[Span], fields: list[re.Pattern[str]], limit: int
) -> list[Span]:
    """The spans to add to ``chosen`` (the selected quotes, best first): for each of ``fields`` (patterns
    over folded text) no chosen span writes, the best-scored span of ``spans`` writing it from the first
    chosen span's document; at most ``limit`` quotes in all. [] when nothing is missing."""
    if not chosen:
        return []
    doc = chosen[0].chunk.doc_id
    added: list[Span] = []
    for p in fields:
        if any(p.search(fold(s.text)) for s in [*chosen, *added]):
            continue
        found = [s for s in spans if s.chunk.doc_id == doc and s not in chosen and p.search(fold(s.text))]
        if found and len(chosen) + len(added) < limit:
            added.append(max(found, key=lambda s: s.score))
    return added
