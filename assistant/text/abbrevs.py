"""Abbreviations (``assistant.text``): the known table (``data/abbreviations.json`` and the organisation
registry), expanding them in text and queries, spelling them out on folded text, the ones a document defines
itself, and initials a question uses for a phrase a document writes; also what a time limit is counted
from. Used by indexing and querying alike."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from assistant.text.content_words import folded_stopwords
from assistant.text.datafiles import load_json
from assistant.text.normalise import fold


@lru_cache(maxsize=1)
def abbreviations() -> Mapping[str, tuple[str, ...]]:
    """Abbreviation -> expansions, keyed by the abbreviation's folded form ("hlhpn", "ct-xh"); read-only
    (shared by every question)."""
    table = {fold(k): list(v) for k, v in load_json("abbreviations.json")["abbreviations"].items()}
    # Organisation abbreviations (HLHPN, CCB, LĐLĐ ...) come from the registry, so they are defined once.
    for org in load_json("organisations.json")["organisations"]:
        for abbr in org.get("abbreviations", []):
            names = table.setdefault(fold(abbr), [])
            if org["name"] not in names:
                names.append(org["name"])
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


@lru_cache(maxsize=1)
def _spelled_table() -> Mapping[str, str]:
    """{folded abbreviation: its first expansion, folded} for the abbreviations ``spell_out`` reads on
    folded text: three letters or more, no syllable's shape ("htx", "ubnd", "hccb"; not "tu", "thu")."""
    return MappingProxyType(
        {
            k: fold(v[0]).lower()
            for k, v in abbreviations().items()
            if v and len(k) >= 3 and re.fullmatch(r"[a-z]+", k) and not _SYLLABLE_RE.fullmatch(k)
        }
    )


# The shape of a folded Vietnamese syllable (onset, vowels, coda): "thu", "tu" are words, "htx", "ubnd" none.
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?"
)


_FOLDED_WORD_RE = re.compile(r"[a-z]+")


def spelled_abbreviations() -> frozenset[str]:
    """The folded abbreviations ``spell_out`` reads ("htx", "ubnd", "hccb")."""
    return frozenset(_spelled_table())


def spell_out(folded: str) -> str:
    """A folded text (``fold``) with each whole-word abbreviation written as its first expansion, folded
    ("htx nong nghiep tan ha" -> "hop tac xa nong nghiep tan ha", "hccb xa" -> "hoi cuu chien binh xa"):
    a body's name compared the same way whether a document or a question abbreviates it. Only codes of
    three letters or more that cannot be a Vietnamese syllable are read (``data/abbreviations.json`` and the
    registry's abbreviations; "tu", "thu" stay words)."""
    table = _spelled_table()
    return _FOLDED_WORD_RE.sub(lambda m: table.get(m.group(0), m.group(0)), folded)


_ABBR_RE = re.compile(r"(?<![\w-])([A-ZĐ][A-ZĐa-zđ]*(?:[-/ ][A-ZĐ]{1,4})*)(?![\w-])")


def expand_abbreviations(text: str) -> tuple[str, list[str]]:
    """Append the expansions of the abbreviations a text uses.

    Returns the text with each known abbreviation followed by its first expansion in brackets, and the
    list of all expansions found (so a query can search for them too). Only upper-case tokens are
    expanded, so ordinary words are never touched.
    """
    table = abbreviations()
    found: list[str] = []

    def one(token: str) -> str | None:
        key = fold(token)
        if key in table:
            found.extend(table[key])
            return f"{token} ({table[key][0]})"
        return None

    def repl(m: re.Match[str]) -> str:
        token = m.group(1)
        if not any(c.isupper() for c in token[1:]) and len(token) > 1 and not token.isupper():
            return token
        whole = one(token)
        if whole is not None or " " not in token:
            return whole or token
        # a run of abbreviations ("KL BTV TU"): the longest known runs from the left, each expanded
        words, out, i = token.split(" "), [], 0
        while i < len(words):
            for j in range(len(words), i, -1):
                done = one(" ".join(words[i:j]))
                if done is not None:
                    out.append(done)
                    i = j
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    expanded = _ABBR_RE.sub(repl, text)
    return expanded, found


# "... kết nạp đảng viên (KNĐV) ...": an abbreviation a document defines in brackets after the words whose
# initials it writes (two to eight capitals, Đ one of them).
_DEFINED_ABBR_RE = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)")
_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=64)
def defined_abbreviations(text: str) -> dict[str, str]:
    """{abbreviation: its expansion as written} for the abbreviations ``text`` defines itself: a bracketed
    run of capitals right after as many words whose initials spell it ("kết nạp đảng viên (KNĐV)" ->
    {"KNĐV": "kết nạp đảng viên"}, "công nhận đảng viên chính thức (CNĐVCT)"). A guide defines its own
    shorthand once and writes only the letters afterwards ("Trong vòng 05 ngày ... đề nghị KNĐV"), which no
    general table holds. The first definition of an abbreviation counts. Cached per text (a document's)."""
    out: dict[str, str] = {}
    for m in _DEFINED_ABBR_RE.finditer(text):
        abbr = m.group(1)
        if abbr in out:
            continue
        letters = fold(abbr).lower()
        before = _WORD_BEFORE_RE.findall(text[max(0, m.start() - 12 * len(abbr)) : m.start()])
        if len(before) < len(letters):
            continue
        words = before[-len(letters) :]
        if "".join(fold(w)[0].lower() for w in words) == letters:
            out[abbr] = " ".join(words)
    return out


def with_definitions(text: str, defined: dict[str, str]) -> str:
    """``text`` with the expansion of each abbreviation of ``defined`` (``defined_abbreviations``) it writes
    as a whole word put in brackets after it: what the sentence says, read with its document's shorthand
    spelled out in place ("... đề nghị KNĐV phải gửi ..." reads "... đề nghị KNĐV (kết nạp đảng viên) phải
    gửi ...", so the words around it still pair with it); ``text`` itself when it writes none."""
    for abbr, full in defined.items():
        if abbr in text:
            text = re.sub(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", f"{abbr} ({full})", text)
    return text


# What a time limit is counted from: "kể từ ngày chi bộ ra nghị quyết", "sau khi kết thúc hội nghị", "tính từ
# khi nhận hồ sơ" (folded), up to eight words before any punctuation.
_COUNTED_FROM_RE = re.compile(
    r"\b(?:ke tu|tinh tu|sau khi)\s+(?:(?:ngay|khi|thoi diem)\s+)?((?:[a-z0-9]+ ?){1,8})"
)


def counted_from(text: str) -> list[frozenset[str]]:
    """The content words (folded, stop words aside) of each event ``text`` counts a time from ("... trong
    mấy ngày sau khi chi bộ có nghị quyết?" -> [{"chi", "bo", "nghi", "quyet"}], "kể từ ngày chi bộ ra
    nghị quyết đề nghị ..." -> [{"chi", "bo", "nghi", "quyet", "de", ...}]); [] when it counts from none."""
    stop = folded_stopwords()
    out = []
    # brackets read through: a shorthand spelled out in place ("quyết định KNĐV (kết nạp đảng viên)")
    for m in _COUNTED_FROM_RE.finditer(re.sub(r"\s*[()]\s*", " ", fold(text).lower())):
        words = frozenset(w for w in m.group(1).split() if w not in stop and not w.isdigit())
        if words:
            out.append(words)
    return out


# An abbreviation of three to six capitals ("UBBC", "HĐGK") standing alone in a question.
_CAPITALS_RE = re.compile(r"(?<![\w/-])([A-ZĐ]{3,6})(?![\w/-])")


def initialled_phrases(question: str, folded_text: str) -> dict[str, str]:
    """{abbreviation: the folded phrase of ``folded_text`` (a document's ``fold``) whose syllables it
    initials}, for the abbreviations of ``question`` the lexicon does not know ("UBBC" -> "uy ban bau cu",
    "HĐGK" -> "hoi dong giam khao"): documents write an ad-hoc body's name in full and cadres abbreviate
    it by its initials, as administrative usage abbreviates every body (UBND, HĐND). A phrase counts when
    the document writes it twice or more and more often than any other phrase of those initials (one
    sentence's chance run of initials is no name); {} when none."""
    out: dict[str, str] = {}
    table = abbreviations()
    text = folded_text.lower()
    for m in _CAPITALS_RE.finditer(question):
        key = fold(m.group(1)).lower()
        if key in table or m.group(1) in out:
            continue
        rx = re.compile(r"(?<![\w-])" + r"[ ]+".join(rf"{c}[a-z]*" for c in key) + r"(?![\w-])")
        counts: dict[str, int] = {}
        for found in rx.finditer(text):
            phrase = " ".join(found.group(0).split())
            counts[phrase] = counts.get(phrase, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            out[m.group(1)] = ranked[0][0]
    return out
