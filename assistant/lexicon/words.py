"""The shared word lists behind one door each: the organisation registry, the English glossary, the
stopwords, and the document-type words a question uses ("kết luận", "KL", "conclusion" -> Kết luận).

- organisations: ``data/organisations.json`` through ``obligations.orgs.OrgRegistry`` (loaded once);
- glossary: ``data/glossary_en.json`` (English word or phrase -> Vietnamese terms);
- stopwords: ``data/stopwords_vi.json`` (through ``text.stopwords``);
- nouns that count people: ``data/person_nouns_vi.json``;
- document types: ``lexicon/doc_types.json`` plus the abbreviations that expand to a type name ("TB").
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from assistant import text as vt
from assistant.lexicon.doc_types import doc_types
from assistant.obligations.orgs import Org, OrgRegistry, default_registry


def registry() -> OrgRegistry:
    """The process-wide organisation registry (aliases, abbreviations, English names, collectives)."""
    return default_registry()


def stopwords() -> frozenset[str]:
    """Function and question words dropped before lexical matching."""
    return vt.stopwords()


def boundary_re(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation over folded phrases, longest first, matching whole words only (None when empty)."""
    phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


# Entries whose last word takes no plural "-s" of its own meaning (question words, "number of", "due").
_NO_PLURAL = frozenset("who when where what which whom of at in by due before within".split())


def _plural(word: str) -> str | None:
    """The regular plural (or third person) of an English word: "plans", "billboards", "difficulties",
    "approves", "taxes"; None for a word that already ends in "s" or is too short."""
    if len(word) < 3 or word.endswith("s") or not word.isalpha():
        return None
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


_VOWELS = "aeiou"


def _verb_forms(word: str) -> list[str]:
    """Regular "-ing" and "-ed" forms of an English word, and its other spelling of "-ise" / "-ize": "send"
    -> "sending", "sended"; "receive" -> "receiving", "received"; "submit" -> "submitting", "submitted" too
    (a doubled last consonant; a form no question writes is never matched); "mobilize" -> "mobilise", ...
    [] for a word already inflected ("-ing", "-ed") or too short."""
    if len(word) < 3 or not word.isalpha() or word.endswith(("ing", "ed")):
        return []
    spellings = [word]
    if word.endswith(("ise", "ize")):
        spellings.append(word[:-2] + ("z" if word[-2] == "s" else "s") + "e")
    out = []
    for w in spellings:
        out.append(w)
        if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
            out += [w[:-1] + "ing", w + "d"]
        elif w.endswith("y") and w[-2] not in _VOWELS:
            out += [w + "ing", w[:-1] + "ied"]
        else:
            out += [w + "ing", w + "ed"]
            if w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
                out += [w + w[-1] + "ing", w + w[-1] + "ed"]
    return [f for f in dict.fromkeys(out) if f != word]


@cache
def glossary() -> tuple[re.Pattern[str] | None, Mapping[str, tuple[str, ...]]]:
    """(matcher over folded English entries, folded entry -> Vietnamese terms). An entry's regular plural
    ("plan" -> "plans", "main road" -> "main roads", "difficulty" -> "difficulties") glosses as the entry
    when the file does not list that form itself: a question writes either, and an untranslated plural
    left the question with fewer Vietnamese terms than its singular. So do the "-ing" and "-ed" forms of
    an entry's first word ("send" -> "sending", "hand over" -> "handed over", ``_verb_forms``): "the
    deadline for sending comments" had lost its act while "send" was glossed; and the third person of a
    phrase's first word ("take effect" -> "takes effect", "set up" -> "sets up"): an entry written in one
    person only left the other unglossed (library6 dev l6-party-29)."""
    with resources.files("assistant.data").joinpath("glossary_en.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    table = {vt.fold(k): tuple(v) for k, v in data["terms"].items()}
    for entry, terms in list(table.items()):
        head, _, last = entry.rpartition(" ")
        if last in _NO_PLURAL:
            continue
        plural = _plural(last)
        if plural:
            table.setdefault(f"{head} {plural}".strip(), terms)
    for entry, terms in list(table.items()):
        first, _, rest = entry.partition(" ")
        if first in _NO_PLURAL:
            continue
        forms = _verb_forms(first)
        if rest and (third := _plural(first)):
            forms.append(third)  # a phrase's verb in the third person: "take effect" -> "takes effect"
        for form in forms:
            table.setdefault(f"{form} {rest}".strip(), terms)
    return boundary_re(list(table)), MappingProxyType(table)  # read-only: shared by every question


@cache
def english_vocabulary() -> frozenset[str]:
    """Every folded English word the glossary's entries are written with (plurals too): a capitalised run
    of a question holding one is an English term ("Great Solidarity houses", "Standing Committee"), not
    the name of a place or person (``query.english_names``)."""
    return frozenset(w for entry in glossary()[1] for w in entry.split())


def glossary_terms(english: str) -> list[str]:
    """Vietnamese terms the English glossary gives for a word or phrase ("members" -> đoàn viên, hội viên)."""
    return list(glossary()[1].get(vt.fold(english), []))


@cache
def person_nouns() -> tuple[str, ...]:
    """Folded nouns that count people ("dai bieu", "cu tri", "can bo"; ``data/person_nouns_vi.json``)."""
    with resources.files("assistant.data").joinpath("person_nouns_vi.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(dict.fromkeys(vt.fold(n) for n in data["nouns"]))


@cache
def seat_nouns() -> tuple[str, ...]:
    """Folded nouns a count of a committee's seats is written with, any one for another ("uy vien", "dong
    chi"; ``data/person_nouns_vi.json`` seats)."""
    with resources.files("assistant.data").joinpath("person_nouns_vi.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(dict.fromkeys(vt.fold(n) for n in data["seats"]))


def org_aliases(org_id: str) -> list[str]:
    """Folded names of one organisation longer than three letters (heading matches, answer phrasings)."""
    folded = (vt.fold(name) for name in registry().names(org_id))
    return [alias for alias in dict.fromkeys(folded) if len(alias) > 3]


@lru_cache(maxsize=256)
def org_pattern(org_id: str) -> re.Pattern[str] | None:
    """Whole-word matcher for an organisation's folded names, for use on folded text."""
    return boundary_re(org_aliases(org_id))


def search_names(org: Org, limit: int = 4) -> list[str]:
    """Vietnamese names worth adding to a lexical query: full words only, no bare abbreviations."""
    out = [org.name]
    for alias in org.aliases:
        words = alias.split()
        if len(words) >= 2 and not any(len(w) > 1 and w.isupper() for w in words):
            out.append(alias)
    return list(dict.fromkeys(out))[:limit]


@cache
def type_words() -> Mapping[str, str]:
    """Folded words naming a document type -> the type's name: names ("ket luan"), number codes ("kl"),
    abbreviations expanding to a name ("tb" -> Thông báo) and English names ("conclusion")."""
    words: dict[str, str] = {}
    types = doc_types()
    by_name = {vt.fold(t.name): t.name for t in types}
    for t in types:
        words.setdefault(vt.fold(t.name), t.name)
    for t in types:
        for code in t.codes:
            words.setdefault(vt.fold(code), t.name)
        for en in t.en:
            words.setdefault(vt.fold(en), t.name)
    for abbr, expansions in vt.abbreviations().items():
        for e in expansions:
            if vt.fold(e) in by_name:
                words.setdefault(abbr, by_name[vt.fold(e)])
    return MappingProxyType(words)  # read-only: shared by every question


@cache
def type_names() -> frozenset[str]:
    """The folded names of the document types ("ket luan", "ke hoach"), no codes or English."""
    return frozenset(vt.fold(t.name) for t in doc_types())


@cache
def type_alternation(english: bool = True, codes: bool = True) -> str:
    """A regex alternation (no group) of the folded type words, longest first."""
    names = type_names()
    en = {vt.fold(e) for t in doc_types() for e in t.en}
    keep = [
        w
        for w in type_words()
        if w in names or (english and w in en) or (codes and w not in names and w not in en)
    ]
    return "|".join(re.escape(w) for w in sorted(set(keep), key=len, reverse=True))


def codes_of(type_name: str) -> tuple[str, ...]:
    """The number codes of a type ("Kết luận" -> ("KL",)); () when unknown."""
    for t in doc_types():
        if t.name == type_name:
            return t.codes
    return ()


@cache
def accented_phrases() -> dict[str, str]:
    """{folded phrase: the phrase with its diacritics}, lower case, for phrases of two syllables or more
    the lexicon writes: the Vietnamese terms of the English glossary ("hoi vien" -> "hội viên"), the
    everyday words and directive wordings of ``phrases.json`` question_paraphrases ("bo sinh hoat" -> "bỏ
    sinh hoạt"), the registry's bodies' names and aliases ("doan thanh nien" -> "đoàn thanh niên"). A
    folded phrase the lexicon writes two ways is left out (the question cannot tell them apart). Used to
    put back the diacritics of a question typed without them (``text.reaccent``), the same words the
    glossary gives an English question."""
    from assistant.lexicon.phrases import paraphrase_pairs

    written: list[str] = [t for terms in glossary()[1].values() for t in terms]
    for key, wordings in paraphrase_pairs().items():
        written += [key, *wordings]
    for org in registry().orgs.values():
        written += [org.name, *org.aliases]
    forms: dict[str, set[str]] = {}
    for phrase in written:
        low = vt.normalize(phrase).lower()
        words = re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", low)
        if words and vt.has_diacritics(low):
            forms.setdefault(vt.fold(low), set()).add(low)
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
