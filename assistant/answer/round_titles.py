"""A document titled for one round of a recurring event is on that round in every sentence (issue 11,
item 5).

``sentence_scores.score_sentences`` gives a sentence on the round a question asks ("hội nghị hiệp thương lần
thứ hai", ``Terms.ordinals``) a bonus when the sentence writes the round, half of it when only its section
title does. A plan titled for the round ("Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai ...") seldom
repeats it in its provisions ("3. Trường hợp không thỏa thuận được vấn đề nào thì hội nghị quyết định biểu
quyết ..."), so they lost to another document's sentence that only restates the round ("Hội nghị hiệp
thương lần thứ hai được tổ chức trong khoảng thời gian ...": library dev lib-ht2-02). Its title says the
round for all of them: a sentence of it that covers the question counts as one writing the round.
"""

from __future__ import annotations

from assistant.index.lexical import round_match
from assistant.models import Document


def titled_for(doc: Document | None, ordinals: set[str] | frozenset[str]) -> bool:
    """Whether ``doc``'s title writes a round the question asks (``ordinals``: ``Terms.ordinals``, such as
    "lan_ord2"; ``index.lexical.round_match``). False without a document, a title or an ordinal. A title
    of another round is False too (its sentences are not weighted down for it: only a sentence or a section
    writing another round is)."""
    if doc is None or not ordinals or not doc.meta.title:
        return False
    return bool(round_match(doc.meta.title, ordinals))
