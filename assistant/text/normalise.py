"""Normalising and folding Vietnamese text: the first of the text rules (``assistant.text``), applied
wherever text is cleaned, indexed or matched.

- ``nfc``: Unicode NFC (decomposed input from Word or PDFs becomes composed).
- ``unify_tones``: one tone placement for every syllable ("uỷ"/"ủy" -> "ủy", "hoà"/"hòa" -> "hòa").
- ``normalize``: the matching form: NFC, unified tones, lower case, one kind of quote and dash, single spaces.
- ``fold``: ``normalize`` without any diacritics ("Hội phụ nữ" -> "hoi phu nu"), for accent-less matching;
  ``fold_chars`` / ``fold_cased`` the same keeping offsets (and case).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks (decomposed form). The other Vietnamese diacritics (circumflex, breve, horn)
# change the vowel itself and are kept.


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
# Vowels that carry their own diacritic take the tone in any syllable (tiếng, người, thuở).
_MARKED = set("ăâêôơư")

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
        "‑": "-",
        "−": "-",
        "\u00ad": "",
    }
)


def nfc(text: str) -> str:
    """Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def tone_marks(word: str) -> int:
    """How many tone marks a word carries (``_TONES``, counted decomposed): one at most in a Vietnamese
    syllable, so two tell garbled text ("xảã" of a PDF cell overrun)."""
    return sum(ch in _TONES for ch in unicodedata.normalize("NFD", word))


def _place_tone(word: str) -> str:
    """Re-place the tone mark of one syllable by the traditional rule (hòa, ủy, khỏe, thuở, người)."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = None
    base_chars: list[str] = []
    for ch in decomposed:
        if ch in _TONES:
            if tone is None:
                tone = ch
            continue
        base_chars.append(ch)
    if tone is None:
        return word
    base = unicodedata.normalize("NFC", "".join(base_chars))
    lower = base.lower()
    # Vowel cluster positions, skipping the consonantal u of "qu" and i of "gi" (when a vowel follows).
    idx = [i for i, c in enumerate(lower) if c in _VOWELS]
    if not idx:
        return word
    if len(idx) > 1 and (
        (lower.startswith("qu") and idx[0] == 1) or (lower.startswith("gi") and idx[0] == 1)
    ):
        idx = idx[1:]
    # Keep the first contiguous run of vowels: that is the syllable's nucleus.
    run = [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            break
    marked = [i for i in run if lower[i] in _MARKED]
    if marked:
        pos = marked[-1]  # "ươ" takes the tone on ơ
    elif run[-1] + 1 < len(lower):  # closed syllable: the last vowel (hoàng, tuyết)
        pos = run[-1]
    elif len(run) == 3:
        pos = run[1]  # ngoài, khuỷu
    else:
        pos = run[0]  # hòa, ủy, múa, hỏi
    out = unicodedata.normalize("NFD", base[pos]) + tone
    return base[:pos] + unicodedata.normalize("NFC", out) + base[pos + 1 :]


@lru_cache(maxsize=200_000)
def _unify_word(word: str) -> str:
    return _place_tone(word)


def unify_tones(text: str) -> str:
    """Put every syllable's tone mark in one canonical place (old and new styles agree afterwards)."""
    return WORD_RE.sub(lambda m: _unify_word(m.group(0)), nfc(text))


def clean_spaces(text: str) -> str:
    """Collapse runs of horizontal whitespace to one space and strip the ends."""
    return _SPACE_RE.sub(" ", text).strip()


def normalize_cased(text: str) -> str:
    """``normalize`` keeping letter case (where capitals carry meaning: "TU" the abbreviation, "từ")."""
    return clean_spaces(unify_tones(nfc(text).translate(QUOTES)))


def normalize(text: str) -> str:
    """The matching form: NFC, unified tones, lower case, plain quotes and dashes, single spaces."""
    return normalize_cased(text).lower()


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """``normalize`` without diacritics: "Hội Liên hiệp Phụ nữ" -> "hoi lien hiep phu nu". Short texts
    (bodies' names, sentences; the answer layer folds the same ones many times a question) are cached."""
    if len(text) <= _FOLD_CACHED_CHARS:
        return _fold_short(text)
    if len(text) <= _FOLD_LONG_CHARS:
        return _fold_long(text)
    return _fold(text)


_FOLD_CACHED_CHARS = 300
# Passages (a chunk's text, a widened quote) are folded again by each check of a question that reads them
# (~1,300 folds of a text over 300 characters a question set of 103 on the library, most of them repeats):
# the last ``_FOLD_LONG_KEPT`` of up to ``_FOLD_LONG_CHARS`` characters are kept (a few MB at most).
_FOLD_LONG_CHARS = 8000
_FOLD_LONG_KEPT = 1024


def _fold(text: str) -> str:
    return WORD_RE.sub(lambda m: _fold_word(m.group(0)), normalize(text))


@lru_cache(maxsize=32768)
def _fold_short(text: str) -> str:
    return _fold(text)


@lru_cache(maxsize=_FOLD_LONG_KEPT)
def _fold_long(text: str) -> str:
    return _fold(text)


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character with its folded form."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isspace():
            f = " "
        else:
            f = fold(ch)
            if len(f) != 1:
                f = ch.lower() if len(ch.lower()) == 1 else ch
        self[code] = f
        return f


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=8192)
def fold_chars(text: str) -> str:
    """``fold`` applied character by character, so the result has the same length and
    offsets as ``text`` (whitespace becomes a space, anything that would change length stays as is)."""
    return text.translate(_FOLD_TABLE)


def fold_cased(text: str) -> str:
    """``fold_chars`` keeping each letter's case ("Điều lệ ĐOÀN" -> "Dieu le DOAN"): a text written as
    one typed without diacritics writes it."""
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fold_chars(text), strict=True))
