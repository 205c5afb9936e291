"""Administrative level words and sending words, one table each in ``phrases.json``, in the form each reader
needs.

- The administrative units (``place_words`` "units": "xã", "phường", "thị trấn", "huyện", "quận", "thị xã",
  "thành phố", "tỉnh", "đặc khu") with the tier of a body named for them ("xa", "huyen", "tinh"; from
  ``place_words`` "words"), as written, folded, upper-case folded (letterheads) or as a regex alternation.
  A unit in ``ambiguous_units`` ("thành phố": a province's city or a centrally-run one) gives no tier where
  one must be sure (``unambiguous=True``). The tiers follow Luật Tổ chức chính quyền địa phương.
- The sending verbs and their marks of direction (``sending``: "gửi" "lên", "nộp" "về", "trình").

Readers: parse.header / parse.metadata / parse.headings / parse.signature (letterheads and headings),
query.docrefs (an issuer's level), retrieve.scope and retrieve.fields (a body's place), answer.sent_levels,
answer.receivers, query.actions (sending), and the answer modules that tell a level from a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType

from assistant.lexicon.phrases import _data, place_levels
from assistant.text import fold


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))


@cache
def unit_levels(unambiguous: bool = False) -> Mapping[str, str]:
    """Each administrative unit word, lower case with diacritics, -> the tier of a body named for it:
    {"xã": "xa", "thị xã": "huyen", "tỉnh": "tinh", ...} (``phrases.json`` place_words units / words).
    ``unambiguous``: without the units whose tier depends on the place ("thành phố")."""
    data = _data()["place_words"]
    skip = set(data["ambiguous_units"]) if unambiguous else set()
    levels = place_levels()
    return MappingProxyType({w: levels[w] for w in data["units"] if w not in skip})


def unit_words() -> frozenset[str]:
    """The administrative unit words, lower case with diacritics ({"xã", "thị trấn", "đặc khu", ...})."""
    return frozenset(unit_levels())


@cache
def folded_unit_levels(unambiguous: bool = False, centre: bool = False) -> Mapping[str, str]:
    """``unit_levels`` folded ({"xa": "xa", "thi xa": "huyen", ...}); ``centre`` adds the level above the
    province ("trung uong" -> "trung uong", ``phrases.json`` place_words centre)."""
    out = {fold(w): level for w, level in unit_levels(unambiguous).items()}
    if centre:
        c = fold(_data()["place_words"]["centre"])
        out[c] = c
    return MappingProxyType(out)


@cache
def upper_unit_words() -> tuple[str, ...]:
    """The unit words folded and upper-cased as a letterhead's key reads them ("THI TRAN", "DAC KHU"),
    longest first."""
    return _longest_first(fold(w).upper() for w in unit_levels())


@cache
def tier_words() -> tuple[str, ...]:
    """The unit words that name their own tier ("tỉnh", "huyện", "xã": "cấp huyện"), lower case with
    diacritics, longest first."""
    return _longest_first(w for w, level in unit_levels().items() if fold(w) == level)


@cache
def unit_alternation(
    folded: bool = True,
    unambiguous: bool = False,
    elided: bool = False,
    centre: bool = False,
    accentless: bool = False,
) -> str:
    """A regex alternation (no group) of the unit words, longest first: folded ("thi tran|thanh pho|...|xa")
    or with diacritics (``folded=False``). ``elided`` adds the short forms written inside a list of levels
    ("thị", "thành" of "các huyện, thị, thành ủy"); ``centre`` the level above the province;
    ``accentless`` leaves out the units that fold into a common word ("quận" as "quan": ``phrases.json``
    place_words folded_clash), for text typed without diacritics."""
    clash = set(_data()["place_words"]["folded_clash"]) if accentless else set()
    words = [w for w in unit_levels(unambiguous) if w not in clash]
    if elided:
        words += list(_data()["place_words"]["elided"])
    if centre:
        words.append(_data()["place_words"]["centre"])
    return "|".join(re.escape(w) for w in _longest_first(fold(w) if folded else w for w in words))


def _sending(key: str) -> tuple[str, ...]:
    return tuple(_data()["sending"][key])


@cache
def sending_verbs(folded: bool = True) -> tuple[str, ...]:
    """The verbs that pass a paper on to a body ("gui", "nop", "trinh", "chuyen", "bao cao"; ``phrases.json``
    sending verbs), folded or with diacritics, longest first."""
    return _longest_first(fold(w) if folded else w for w in _sending("verbs"))


@cache
def sending_papers() -> frozenset[str]:
    """The folded sending verbs that are also the paper sent ({"bao cao"})."""
    return frozenset(fold(w) for w in _sending("also_papers"))


@cache
def sending_directions(folded: bool = True, bare: bool = False) -> tuple[str, ...]:
    """The marks of direction after a sending verb ("len", "ve", "toi", "den", "cho"); ``bare``: those that
    send on their own right before a body's name ("len", "ve": "lên Ban Thường vụ")."""
    words = _sending("bare_directions" if bare else "directions")
    return _longest_first(fold(w) if folded else w for w in words)


@cache
def grade_alternation() -> str:
    """A folded regex alternation (no group) of the grades a thing or a body is of, "cấp <grade>": the tiers
    named by their own word, the units whose tier depends on the place ("thành phố") and the centre
    ("xa|huyen|tinh|thanh pho|trung uong" in some order, longest first)."""
    data = _data()["place_words"]
    words = (*tier_words(), *data["ambiguous_units"], data["centre"])
    return "|".join(re.escape(w) for w in _longest_first(fold(w) for w in words))


@cache
def level_syllables(folded: bool = True) -> tuple[str, ...]:
    """The level syllables of everyday bodies' names ("tỉnh" of "Tỉnh ủy", "thị" of "Thị đoàn";
    ``phrases.json`` level_names levels), folded or with diacritics, longest first."""
    words = _data()["level_names"]["levels"]
    return _longest_first(fold(w) if folded else w for w in words)
