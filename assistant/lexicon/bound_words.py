"""The words that bound a figure, one table in ``phrases.json`` (``bound_words``), in the form each reader
needs.

Each row is a word ("tối đa", "không quá", "ít nhất", "trở lên", "at most", "minimum"), its direction
("max": the figure is the most allowed, "min": the least), whether the figure itself is allowed
("không quá 03" allows 03, "dưới 03" does not), the side of the figure it stands on ("tối đa 05 người",
"18 tuổi trở lên") and its language. Readers: ``query.bounds`` (a bound asked, a bound written),
``answer.bound_lead`` (a first line's bound), ``answer.stated_case`` (the case a question states by a bound
on its own figure), ``answer.figure_checks`` (a figure kept with its bound) and ``answer.other_bound``
(the opposite bound is no answer). The source of the words: the drafting words of limits in directives
and the English glossary (``data/glossary_en.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.lexicon.phrases import _data
from assistant.text import fold

OPPOSITE = {"max": "min", "min": "max"}


@dataclass(frozen=True)
class BoundWord:
    """One row of the table: ``words`` folded ("khong qua"), ``bound`` "max" / "min", ``inclusive`` (the
    figure itself allowed), ``side`` "before" / "after" the figure, ``language`` "vi" / "en"."""

    words: str
    bound: str
    inclusive: bool
    side: str
    language: str


@cache
def bound_rows() -> tuple[BoundWord, ...]:
    """Every row of ``phrases.json`` bound_words, its words folded, longest words first."""
    data = _data()["bound_words"]
    columns = data["columns"]
    rows = [dict(zip(columns, row, strict=True)) for row in data["rows"]]
    out = [BoundWord(fold(r["words"]), r["bound"], r["inclusive"], r["side"], r["language"]) for r in rows]
    return tuple(sorted(out, key=lambda r: (-len(r.words), r.words)))


@cache
def bound_words(
    bound: str | None = None,
    *,
    side: str = "before",
    inclusive: bool | None = None,
    language: str | None = None,
) -> tuple[str, ...]:
    """The folded words of the rows that bound a figure in direction ``bound`` ("max" / "min", None for
    both), on ``side`` ("before" / "after") of it, ``inclusive`` or not (None for both), in ``language``
    ("vi" / "en", None for both); longest first: ("khong vuot qua", "khong qua", "toi da", ...)."""
    return tuple(
        r.words
        for r in bound_rows()
        if (bound is None or r.bound == bound)
        and r.side == side
        and (inclusive is None or r.inclusive == inclusive)
        and (language is None or r.language == language)
    )


def bound_alternation(
    bound: str | None = None,
    *,
    side: str = "before",
    inclusive: bool | None = None,
    language: str | None = None,
) -> str:
    """``bound_words`` as a regex alternation (no group), longest first: "khong vuot qua|khong qua|..."."""
    words = bound_words(bound, side=side, inclusive=inclusive, language=language)
    return "|".join(re.escape(w) for w in words)


@cache
def not_measure_words() -> frozenset[str]:
    """The folded words beside a bound word in a question that name no measure ("la", "duoc", "bao",
    "nhieu", "the", "number"; ``phrases.json`` bound_words not_measures, each word of a phrase)."""
    return frozenset(w for phrase in _data()["bound_words"]["not_measures"] for w in fold(phrase).split())


@cache
def bound_of(folded_words: str) -> str | None:
    """The direction ("max" / "min") of a folded bound word of the table ("khong duoi" -> "min"); None
    when it is none of them."""
    return next((r.bound for r in bound_rows() if r.words == folded_words), None)


def _upto(n: int) -> str:
    """A regex quantifier "{0,n}" (written without an f-string)."""
    return "{0," + str(int(n)) + "}"


@cache
def _words_re(side: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{bound_alternation(side=side)})\b")


def bound_before(folded_before: str, gap: int = 2) -> str | None:
    """The direction ("max" / "min") of the bound word of the table nearest the end of ``folded_before``
    (the folded text right before a figure), with at most ``gap`` words of letters between it and the end:
    "co khong qua " -> "max", "khong it hon " -> "min" (the longest word written there, not "it hon"),
    "tren 5.000 dan den " -> None (a figure between). None when there is none."""
    found = list(_words_re("before").finditer(folded_before))
    if not found:
        return None
    last = found[-1]
    if not re.fullmatch(r"\s+(?:[a-z]+\s+)" + _upto(gap), folded_before[last.end() :]):
        return None
    return bound_of(last.group(0))


def bound_after(folded_after: str, gap: int = 3) -> str | None:
    """The direction of the bound word of the table written after a figure (``folded_after``: the folded
    text right after it), at most ``gap`` words of letters apart: " dan tro xuong" -> "max", " or more" ->
    "min"; None when there is none."""
    after = bound_alternation(side="after")
    m = re.match(r"\s*(?:[a-z]+\s+)" + _upto(gap) + "?(" + after + r")\b", folded_after)
    return bound_of(m.group(1)) if m else None
