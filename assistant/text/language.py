"""Which language a question is written in, and whether it is Vietnamese typed without diacritics
(``assistant.text``): read on the query side before retrieval; ``reaccent`` restores a typed question's
known phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.datafiles import load_json
from assistant.text.normalise import WORD_RE, fold
from assistant.text.tokens import has_diacritics


@lru_cache(maxsize=1)
def _vi_folded_syllables() -> frozenset[str]:
    data = load_json("vi_common_syllables.json")
    return frozenset(data["syllables"])


def is_common_syllable(word: str) -> bool:
    """Is the folded word an everyday Vietnamese syllable ("da", "tu")? Short codes that are ("ĐA" for
    Đề án) only count as codes when written in capitals."""
    return fold(word) in _vi_folded_syllables()


_EN_WORDS = frozenset(
    "the a an of to in on for what who which when where how is are was were must should do does did "
    "by under with and or according this that these those deadline lead leads responsible union "
    "women youth farmers veterans front party committee conclusion resolution plan notice document".split()
)


_MAX_PHRASE_WORDS = 5


def reaccent(typed: str, restored: str, phrases: dict[str, str]) -> str:
    """``restored`` (a guess at the diacritics of ``typed``, a question typed without them, word for word)
    with every run of words that folds to a phrase of ``phrases`` ({folded: with diacritics}, lower case;
    ``lexicon.words.accented_phrases``) written as that phrase, longest first, keeping each word's capital
    and punctuation: "Con doan vien bo sinh hoat ..." restored by pyvi as "Con đoạn viên bộ sinh hoạt ..."
    -> "Con đoàn viên bỏ sinh hoạt ...". ``restored`` unchanged when its words do not line up with the
    typed ones."""
    words = restored.split()
    typed_words = typed.split()
    if len(words) != len(typed_words):
        return restored
    bare = [re.sub(r"^\W+|\W+$", "", fold(w)).lower() for w in typed_words]
    out = list(words)
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            phrase = phrases.get(" ".join(bare[i : i + n]))
            if phrase is None or not all(bare[i : i + n]):
                continue
            for j, new in enumerate(phrase.split()):
                word = words[i + j]
                m = re.match(r"^(\W*)(.*?)(\W*)$", word)
                lead, core, trail = m.groups() if m else ("", word, "")
                new = new[:1].upper() + new[1:] if core[:1].isupper() else new
                out[i + j] = f"{lead}{new}{trail}"
            i += n - 1
            break
        i += 1
    return " ".join(out)


def is_accentless(text: str) -> bool:
    """True for Vietnamese typed without diacritics ("hoi phu nu phai lam gi")."""
    if has_diacritics(text):
        return False
    words = [w.lower() for w in WORD_RE.findall(text)]
    if len(words) < 2:
        return False
    vi = sum(1 for w in words if w in _vi_folded_syllables())
    en = sum(1 for w in words if w in _EN_WORDS)
    return vi > en and vi / len(words) >= 0.6


def english_words() -> frozenset[str]:
    """Lower-case English words: function words and the words of the English glossary's entries."""
    return _english_words()


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words: the function words above and the words of the English glossary's entries."""
    entries = load_json("glossary_en.json")["terms"]
    return _EN_WORDS | {w for entry in entries for w in re.findall(r"[a-z]+", entry.lower())}


# English function words that Vietnamese writes too, before a name ("do Ban Tổ chức chủ trì", "Hội An")
_VI_TOO = frozenset(["do", "an", "to"])


def _lower_name_words(words: list[str], english: frozenset[str]) -> list[str]:
    """The words after the capitalised first word of a Vietnamese name that an English sentence quotes
    ("the Tiếp bước đến trường scholarship": "bước", "đến", "trường"): a run of Vietnamese words opened by
    a capitalised word right after an English function word, up to the next English word."""
    out: list[str] = []
    for n in range(1, len(words)):
        if not (words[n][:1].isupper() and words[n - 1].lower() in _EN_WORDS - _VI_TOO):
            continue
        for w in words[n + 1 :]:
            low = w.lower()
            if low in english or (fold(low) == low and low not in _vi_folded_syllables()):
                break
            if not w[:1].isupper():  # (a capitalised word is a name's already)
                out.append(w)
    return out


def detect_language(text: str) -> str:
    """``"vi"`` or ``"en"``: mostly Vietnamese syllables mean Vietnamese. A text with diacritics is
    Vietnamese unless English words make most of it, at least three and twice its Vietnamese words, names
    aside (an English question naming a Vietnamese place, body or person: "How many households registered
    ... in Bản Lầu district?", "What phone number should chi đoàn call ...?", a programme named with one
    capital after an English word: "the Tiếp bước đến trường scholarship")."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    if has_diacritics(text):
        english = _english_words()
        en = sum(1 for w in words if w in english)
        # (a capitalised word after the first is a name, "Lê Văn Hùng", of any language)
        named = [w for n, w in enumerate(WORD_RE.findall(text)) if n > 0 and w[:1].isupper()]
        named += _lower_name_words(WORD_RE.findall(text), english)
        vi = sum(1 for w in words if fold(w) != w or (w in _vi_folded_syllables() and w not in english))
        vi -= sum(1 for w in named if fold(w.lower()) != w.lower() or w.lower() in _vi_folded_syllables())
        return "en" if en >= 3 and en >= 2 * vi else "vi"
    if not words:
        return "vi"
    en = sum(1 for w in words if w in _EN_WORDS)
    vi = sum(1 for w in words if w in _vi_folded_syllables() and w not in _EN_WORDS)
    return "en" if en >= vi else "vi"
