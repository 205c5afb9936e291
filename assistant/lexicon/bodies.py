"""Heads of bodies' names and the administrative units and settlements, one list each (``phrases.json``
``body_heads`` and ``place_words``), for every reader: the obligations grammar (``obligations.clauses``),
the organisation registry's localities (``obligations.orgs``), the end of a body's name
(``phrases.body_name_tail``) and, through ``obligations.clauses.named_body_end``, the question analysis.

Heads are kept with their diacritics and matched with them when the text has any: folded, "Vụ" (a
department) is "Vũ", "Báo" (a newspaper) "Bảo", so "Vũ Quang, ngày ..." or "Bảo Thắng" would read as bodies.
"""

from __future__ import annotations

from functools import cache

from assistant.lexicon.phrases import phrases_data as _data
from assistant.text import fold, has_diacritics, normalize


@cache
def body_heads() -> tuple[str, ...]:
    """Head nouns of bodies' names, lower case with diacritics, longest first ("ban thường vụ", "ban")."""
    words = {normalize(w) for w in _data()["body_heads"]["words"]}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def folded_body_heads() -> tuple[str, ...]:
    """The heads folded ("ban thuong vu", "uy ban"), longest first, each once."""
    return tuple(sorted({fold(h) for h in body_heads()}, key=len, reverse=True))


def is_written_head(written: str) -> bool:
    """Whether ``written`` (a text's words where a folded head matched) is that head: the same diacritics,
    or none at all (a text typed without them)."""
    w = normalize(written)
    return w in body_heads() or not has_diacritics(w)


@cache
def place_levels() -> dict[str, str | None]:
    """Each administrative unit or settlement word ("xã", "thôn", "thành phố") with the level of a body
    named for it ("xa", "huyen", "tinh"), or None (schools; words that fold into another word)."""
    return dict(_data()["place_words"]["words"])


@cache
def place_words() -> tuple[str, ...]:
    """The unit and settlement words, with diacritics, longest first."""
    return tuple(sorted(place_levels(), key=len, reverse=True))


@cache
def folded_place_words() -> tuple[str, ...]:
    """The unit and settlement words folded, longest first, less those that fold into a body's head
    ("bản" -> "ban") and so cannot be told apart on folded text."""
    heads = set(folded_body_heads())
    return tuple(dict.fromkeys(f for f in (fold(w) for w in place_words()) if f not in heads))


@cache
def admin_levels() -> dict[tuple[str, ...], str]:
    """Folded syllables of each unit word that gives a level, elided forms included ("thanh" of "các
    huyện, thành ủy"): ("thi", "tran") -> "xa"."""
    words = {**place_levels(), **_data()["place_words"]["elided"]}
    return {tuple(fold(w).split()): level for w, level in words.items() if level}
