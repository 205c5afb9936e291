"""Which round a passage is on: the ranking feature ``round_marks``.

A campaign runs in rounds ("Hội nghị hiệp thương lần thứ nhất / hai / ba", "Đợt 1 / 2 / 3" of a
supervision plan), and a commune writes one plan per round or one section per round with the same
wording ("Gửi biên bản Hội nghị đến Ban Thường trực ... ngay sau khi kết thúc hội nghị" under each). A
question naming its round ("kết quả hiệp thương lần một", "đợt giám sát thứ hai", "vòng hiệp thương thứ
hai") is then answered by the passage on that round, and the other rounds' passages, which match every
other word, are wrong answers.

A passage's round is read from the nearest place that writes one, with the counting word the question
uses (``index.lexical.counted_ordinals``: "lần" and "vòng" count rounds, "đợt" periods): its own text and
section path ("1. Hội nghị hiệp thương lần thứ nhất > 1.2. Báo cáo kết quả"), else its document's title
("Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai": every passage of it is on round two). On the asked
round: ``ROUND_BOOST``; on another round of the same counting word only: ``OTHER_ROUND``; writing none:
unchanged. A timeline listing every round ("(2) hiệp thương lần thứ hai ...; (3) ... lần thứ ba ...") is
on the asked one too. Nothing here names a document or a phrasing.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.corpus import Corpus
from assistant.index.lexical import counted_ordinals
from assistant.lexicon.months import item_months
from assistant.query import QueryInfo

# Library dev half (eval/splits.json), 2026-11-30: see README "Fifth round" for the sweep.
ROUND_BOOST = 1.3  # as ``prefer.INTENT_BOOST``: the passage can state what is asked of that round
OTHER_ROUND = 0.7  # another round's passage: same words, another event


def round_factor(corpus: Corpus, info: QueryInfo, off: frozenset[str]) -> Callable[[int], float] | None:
    """vid -> multiplier for a question naming a round with its counting word; None for others."""
    if "round_marks" in off:
        return None
    asked = frozenset(counted_ordinals(info.question))
    if not asked:
        return None
    rounds, titles = corpus.passage_rounds, corpus.title_rounds
    info_of = corpus.store.chunk_info

    def factor(vid: int) -> float:
        match = _match(rounds.get(vid, frozenset()), asked)
        if match is None and vid in info_of and not info_of[vid].closing:
            # (the number line and the signature restate no round of the title: they are on none)
            match = _match(titles.get(info_of[vid].doc_id, frozenset()), asked)
        if match is None:
            return 1.0
        return ROUND_BOOST if match else OTHER_ROUND

    return factor


def _match(written: frozenset[str], asked: frozenset[str]) -> bool | None:
    """As ``index.lexical.round_match``, on ordinals already read: True when one asked round is written,
    False when only other rounds of the asked counting words are, None when none of them is."""
    if written & asked:
        return True
    counters = {o.split("_ord")[0] for o in asked}
    return False if any(o.split("_ord")[0] in counters for o in written) else None


# A month-by-month schedule's passage holding the item of the month asked ("Tháng 9: Kiểm tra ..." for
# "Tháng 9 ... làm gì?", ``lexicon.months``): it can state what is done that month (as ``ROUND_BOOST``).
MONTH_BOOST = 1.3


def month_factor(corpus: Corpus, info: QueryInfo, off: frozenset[str]) -> Callable[[int], float] | None:
    """vid -> multiplier for a question naming a month; None for others."""
    if "month_items" in off or not info.months:
        return None
    texts = corpus.store.folded_texts()

    def factor(vid: int) -> float:
        text = texts.get(vid, "")
        if "thang" not in text:
            return 1.0
        for line in text.split("\n"):
            months = item_months(line) if "thang" in line else None
            if months and months & info.months:
                return MONTH_BOOST
        return 1.0

    return factor
