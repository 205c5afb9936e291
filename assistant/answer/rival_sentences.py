"""Rival sentences: retrieved sentences that may answer a time question better than the governing clause.

Part of the answer step, beside ``clause_facts``: the sentences of the top retrieved passages
(``top_sentences``), and whether one of them writes a time and the asked act while covering the question at
least as well as the clause a "no deadline" line would cite (``dated_rival``).
"""

from __future__ import annotations

from assistant.answer.act_words import clause_words
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap
from assistant.answer.times import writes_time
from assistant.lexicon.phrases import writes_act
from assistant.models import Hit, Obligation


def dated_rival(
    terms: Terms, hits: list[Hit], ob: Obligation, action: str | None = None, margin: float = 0.0
) -> bool:
    """Whether a sentence of the top retrieved passages writes a time and covers the question at least as
    well as the clause ``ob`` a "no deadline" line would cite: then the time may be written in other words
    ("Thời gian nhận tác phẩm từ ngày 20/4 đến 17 giờ 00 ngày 31/5" for "Tác phẩm được nhận đến khi
    nào?", trial 19) and saying the document sets none would be a confident wrong first line. With
    ``margin``: only a sentence covering the question that much better than the clause."""
    own = overlap(terms, clause_words(ob))
    for h, a, b, sentence in top_sentences(hits):
        if h.chunk.doc_id == ob.doc_id and h.chunk.start + a < ob.end and h.chunk.start + b > ob.start:
            continue  # the clause's own sentence: its time is another act's
        if action and not writes_act(sentence, action.split(" + ")[0]):
            # the rival must write the asked act, by any verb for it: "Báo cáo ... về Ban Thường trực ...
            # tỉnh chậm nhất ngày 09/02/2026" writes the sending asked by "gửi ... báo cáo" (library2 dev
            # l2-mttq-03)
            continue
        if writes_time([sentence]) and overlap(terms, sentence) >= own + margin:
            return True
    return False


def top_sentences(hits: list[Hit], n: int = 5):
    """(hit, start, end, sentence) of each sentence of the top ``n`` retrieved passages."""
    for h in hits[:n]:
        for a, b in split_sentences(h.chunk.text):
            yield h, a, b, h.chunk.text[a:b]
