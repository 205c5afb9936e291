"""Token streams of Vietnamese text (``assistant.text``): the syllables and bigrams the lexical index and
the query share, the token answers and checks compare, and diacritic tests on words."""

from __future__ import annotations

import re
import unicodedata

from assistant.text.normalise import fold, normalize

_TOKEN_RE = re.compile(r"\d+(?:[.,/]\d+)*|[^\W_]+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Syllable tokens of the normalised text (Vietnamese words are space-separated syllables)."""
    return _TOKEN_RE.findall(normalize(text))


def bigrams(tokens: list[str]) -> list[str]:
    """Adjacent syllable pairs joined by ``_``: "phụ nữ" -> "phụ_nữ", standing in for word segmentation."""
    return [f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic or đ."""
    return any(c in "đĐ" or unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def written_forms(text: str) -> dict[str, frozenset[str]]:
    """{folded word: the forms ``text`` writes it in (``normalize``d: tones unified, lower case)}: to compare
    words with their diacritics where folding merges them ("tích" / "tịch" both fold to "tich")."""
    out: dict[str, set[str]] = {}
    for w in re.findall(r"\w+", normalize(text)):
        out.setdefault(fold(w), set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


# A token as answers and checks compare them: a number whole ("08/12/2009", "1.500.000") or a word.
TOKEN_RE = re.compile(r"\d+(?:[./,-]\d+)*|[^\W_]+", re.UNICODE)


# "đồng chí" (comrade) in or after a count: the "đồng" is no currency ("gồm 09 đồng chí" counts people)
_COMRADE_RE = re.compile(r"\bdong\s+chi\b")


def comrade_count(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` (character offsets) written with "đồng" is, with the word
    after it, "đồng chí" (comrades): a count of people, not a sum of money (newcomer trial 48 u3: "gồm 09
    đồng chí" read as a sum in đồng)."""
    return _COMRADE_RE.search(fold(text[start : end + 5])) is not None
