"""Stop words and content words (``assistant.text``): the function and question words
(``data/stopwords_vi.json``) that lexical matching and the answer layer leave out."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.datafiles import load_json
from assistant.text.normalise import fold, normalize
from assistant.text.tokens import has_diacritics


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function and question words a query drops before lexical matching (``data/stopwords_vi.json``)."""
    return frozenset(normalize(w) for w in load_json("stopwords_vi.json")["stopwords"])


@lru_cache(maxsize=8)
def _folded_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def folded_stopwords() -> frozenset[str]:
    """``stopwords`` folded: for text typed without diacritics, where nothing tells them apart."""
    return _folded_set(stopwords())


def content_mask(
    words: list[str], accented: bool, stop: frozenset[str], plain_stop: frozenset[str] = frozenset()
) -> list[bool]:
    """For each ``normalize``d word of a text, whether it is a content word. ``stop`` is written with its
    diacritics and, on text that has them (``accented``), a word is compared as written: folded, "đang" is
    also "Đảng", "báo" "bao", "nội" "nói", "đề" "để", "cán" "cần", "lực" "lúc", "thi" "thì", "Bí" "bị"; text
    typed without diacritics can only be compared folded. ``plain_stop``: words that are stop words only
    written without diacritics (English "the", "to", "it" are also "thể", "tổ", "ít")."""
    if accented:
        return [not (w in stop or (w in plain_stop and not has_diacritics(w))) for w in words]
    folded_stop = _folded_set(stop) | plain_stop
    return [fold(w) not in folded_stop for w in words]


_LETTER_WORDS = r"[^\W\d_]+"


def content_folds(text: str, pattern: str = _LETTER_WORDS) -> list[str]:
    """Folded words of ``text`` (``pattern`` over its ``normalize`` form; letters only by default) less
    the function words of ``stopwords``, recognised as ``content_mask`` says."""
    words = re.findall(pattern, normalize(text))
    keep = content_mask(words, has_diacritics(text), stopwords())
    return [fold(w) for w, k in zip(words, keep, strict=True) if k]


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    """Question and function words, with diacritics, that the answer layer never counts as evidence
    (``data/stopwords_vi.json`` "question_words"; see its "about_question_words")."""
    return frozenset(normalize(w) for w in load_json("stopwords_vi.json")["question_words"])
