"""Vietnamese text rules, in one place, so that indexing and querying can never disagree.

- ``nfc``: Unicode NFC (decomposed input from Word or PDFs becomes composed).
- ``unify_tones``: one tone placement for every syllable ("uỷ"/"ủy" -> "ủy", "hoà"/"hòa" -> "hòa").
- ``normalize``: the matching form: NFC, unified tones, lower case, one kind of quote and dash, single spaces.
- ``fold``: ``normalize`` without any diacritics ("Hội phụ nữ" -> "hoi phu nu"), for accent-less matching.
- ``syllables`` / ``bigrams``: the token streams the lexical index and the query share.
- ``expand_abbreviations``: MTTQ -> Mặt trận Tổ quốc, from ``data/abbreviations.json``; ``spell_out`` the
  same on folded text ("htx xa" -> "hop tac xa xa"), for comparing bodies' names.
- ``find_doc_numbers`` / ``canonical_doc_number``: "62- KL/TW" -> "62-KL/TW".
- ``is_accentless`` / ``detect_language``: what kind of question this is.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

# Combining tone marks (decomposed form). The other Vietnamese diacritics (circumflex, breve, horn)
# change the vowel itself and are kept.
# The letters Vietnamese directives label list items with, in order: the Vietnamese alphabet's ("a)", "b)",
# ... "d)", "đ)", "e)", "g)"; no f, j, w, z).
ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
# Vowels that carry their own diacritic take the tone in any syllable (tiếng, người, thuở).
_MARKED = set("ăâêôơư")

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_QUOTES = str.maketrans(
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
    return _WORD_RE.sub(lambda m: _unify_word(m.group(0)), nfc(text))


def clean_spaces(text: str) -> str:
    """Collapse runs of horizontal whitespace to one space and strip the ends."""
    return _SPACE_RE.sub(" ", text).strip()


def normalize_cased(text: str) -> str:
    """``normalize`` keeping letter case (where capitals carry meaning: "TU" the abbreviation, "từ")."""
    return clean_spaces(unify_tones(nfc(text).translate(_QUOTES)))


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
    return _WORD_RE.sub(lambda m: _fold_word(m.group(0)), normalize(text))


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


# --------------------------------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _vi_folded_syllables() -> frozenset[str]:
    data = _load_json("vi_common_syllables.json")
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
    words = [w.lower() for w in _WORD_RE.findall(text)]
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
    entries = _load_json("glossary_en.json")["terms"]
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
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if has_diacritics(text):
        english = _english_words()
        en = sum(1 for w in words if w in english)
        # (a capitalised word after the first is a name, "Lê Văn Hùng", of any language)
        named = [w for n, w in enumerate(_WORD_RE.findall(text)) if n > 0 and w[:1].isupper()]
        named += _lower_name_words(_WORD_RE.findall(text), english)
        vi = sum(1 for w in words if fold(w) != w or (w in _vi_folded_syllables() and w not in english))
        vi -= sum(1 for w in named if fold(w.lower()) != w.lower() or w.lower() in _vi_folded_syllables())
        return "en" if en >= 3 and en >= 2 * vi else "vi"
    if not words:
        return "vi"
    en = sum(1 for w in words if w in _EN_WORDS)
    vi = sum(1 for w in words if w in _vi_folded_syllables() and w not in _EN_WORDS)
    return "en" if en >= vi else "vi"


# --------------------------------------------------------------------------------------- data files


def _load_json(name: str) -> dict:
    with resources.files("assistant.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def abbreviations() -> Mapping[str, tuple[str, ...]]:
    """Abbreviation -> expansions, keyed by the abbreviation's folded form ("hlhpn", "ct-xh"); read-only
    (shared by every question)."""
    table = {fold(k): list(v) for k, v in _load_json("abbreviations.json")["abbreviations"].items()}
    # Organisation abbreviations (HLHPN, CCB, LĐLĐ ...) come from the registry, so they are defined once.
    for org in _load_json("organisations.json")["organisations"]:
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


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function and question words a query drops before lexical matching (``data/stopwords_vi.json``)."""
    return frozenset(normalize(w) for w in _load_json("stopwords_vi.json")["stopwords"])


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
    return frozenset(normalize(w) for w in _load_json("stopwords_vi.json")["question_words"])


# --------------------------------------------------------------------------------------- doc numbers

# The dashes a number is typed with: hyphen, en and em dash, non-breaking hyphen, minus ("08 –HD/BTCTU").
_DASH = "[-\u2013\u2014\u2011\u2212]"
# "62-KL/TW", "62- KL/TW", "08 –HD/BTCTU", "160-TB/TW", "1000-BS/TU", "16/KH-MTTQ-BTT", "67/2023/NĐ-CP"
_DOC_NUMBER_RE = re.compile(
    rf"(?<![\w/])(\d{{1,5}})\s*(?:{_DASH}\s*|/\s*(?:(\d{{4}})\s*/\s*)?)"
    rf"((?:[A-ZĐ]{{2,6}}[a-z]|[A-ZĐ]{{1,6}})(?:\s*{_DASH}\s*[A-ZĐ]{{1,10}}){{0,3}})\s*/\s*"
    rf"([A-ZĐ][A-ZĐa-z0-9]{{0,12}}(?:{_DASH}[A-ZĐ0-9]{{1,12}}){{0,3}})"
    r"(?![\w])"
    # a code of two capitals or more may end in one lower-case letter ("05/CTr-MTTQ-HND", "12-CTr/TU",
    # "08-QĐi/TW")
    r"|(?<![\w/])(\d{1,5})\s*/\s*(?:(\d{4})\s*/\s*)?"
    rf"((?:[A-ZĐ]{{2,6}}[a-z]|[A-ZĐ]{{1,6}})(?:{_DASH}[A-ZĐ0-9]{{1,12}}){{1,4}})(?![\w/])"
    # Laws and National Assembly resolutions: number / year / body and term ("72/2025/QH15",
    # "101/2025/UBTVQH15"); the year is required so "1/2" or a date is never one.
    r"|(?<![\w/])\d{1,5}\s*/\s*\d{4}\s*/\s*[A-ZĐ]{2,10}\d{1,3}(?![\w/])",
    re.UNICODE,
)


_MIXED_CODE_RE = re.compile(r"[A-ZĐ]{2,6}[a-z]")


def canonical_doc_number(raw: str) -> str:
    """Write a document number one way: no spaces, upper case (``62- kl/tw`` -> ``62-KL/TW``)."""
    s = nfc(raw).translate(_QUOTES)
    s = re.sub(r"\s+", "", s)
    # a code whose official spelling ends in a lower-case letter ("CTr", "QĐi") keeps it; matching goes
    # through ``doc_number_key``, which ignores case
    parts = re.sub(r"[^-/]+", _code_case, s)
    return parts.replace("Đ", "Đ")


def _code_case(m: re.Match[str]) -> str:
    return m.group(0) if _MIXED_CODE_RE.fullmatch(m.group(0)) else m.group(0).upper()


def find_doc_numbers(text: str) -> list[tuple[str, int, int]]:
    """All document numbers in a text as (canonical number, start, end)."""
    out = []
    for m in _DOC_NUMBER_RE.finditer(nfc(text)):
        out.append((canonical_doc_number(m.group(0)), m.start(), m.end()))
    return out


def doc_number_key(number: str) -> str:
    """A document's identity for matching numbers across spellings: digits, year, type code and issuer.

    Spacing, case and diacritics do not count ("62- kl/tw" = "62-KL/TW"), the type does: "62-KL/TW" (a
    conclusion) and "62-NQ/TW" (a resolution) are two documents. A reference whose type disagrees with every
    held document is linked by the visible fallback in ``parse.references`` (same number and issuer,
    recorded as inferred), never by this key.
    """
    parts = _number_parts(number)
    if parts:
        digits, year, code, issuer = parts
        return f"{digits}{'/' + year if year else ''}-{code}/{issuer}"
    return fold(canonical_doc_number(number)).upper()


def _number_parts(number: str) -> tuple[str, str | None, str, str] | None:
    """(digits, year, type code, issuer) of "62-KL/TW", "16/KH-MTTQ-BTT", "67/2023/NĐ-CP", folded upper."""
    n = fold(canonical_doc_number(number)).upper()
    m = re.match(r"(\d+)(?:/(\d{4}))?-([A-Z]+(?:-[A-Z]+)*)/(.+)$", n) or re.match(
        r"(\d+)/(?:(\d{4})/)?([A-Z]+)-(.+)$", n
    )
    if m:
        return str(int(m.group(1))), m.group(2), m.group(3), m.group(4)
    return None


def doc_number_issuer_key(number: str) -> str | None:
    """Digits and issuer only ("160-TB/TW" and "160-KL/TW" -> "160/TW"), for the inferred fallback that
    links a reference no held document matches by type; None when the number has no issuer part."""
    parts = _number_parts(number)
    return f"{parts[0]}/{parts[3]}" if parts else None


# --------------------------------------------------------------------------------------------- days

# A token as answers and checks compare them: a number whole ("08/12/2009", "1.500.000") or a word.
TOKEN_RE = re.compile(r"\d+(?:[./,-]\d+)*|[^\W_]+", re.UNICODE)

# A day written in figures ("05/6/2025", "5-6-2025", "05/6") or in words ("ngày 05 tháng 6 năm 2025"),
# folded: one day however it is written, so "cuộc họp ngày 05/6/2025" finds "Ngày 05 tháng 6 năm 2025".
_DAY_FIGURES_RE = re.compile(r"^(\d{1,2})(?:/(\d{1,2})|[/.-](\d{1,2})[/.-](\d{4}))$")
_DAY_WORDS_RE = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?\b")


def day_keys(token: str) -> list[str]:
    """The comparable forms of a day written in figures (``_DAY_FIGURES_RE``): "05/6/2025" ->
    ["5/6/2025", "5/6"]; [] for any other token."""
    m = _DAY_FIGURES_RE.match(token)
    if not m:
        return []
    if m.group(2):
        return [f"{int(m.group(1))}/{int(m.group(2))}"]
    day, month = int(m.group(1)), int(m.group(3))
    return [f"{day}/{month}/{m.group(4)}", f"{day}/{month}"]


def days_written(tokens: list[str]) -> list[str]:
    """``day_keys`` of every day folded tokens write, in figures or in words ("ngay 05 thang 6 nam 2025"
    -> "5/6", "5/6/2025"): what a passage's days are compared by, for the question's terms and for the
    documents writing a day alike."""
    out = [k for t in tokens if "/" in t or "-" in t or "." in t for k in day_keys(t)]
    if "thang" in tokens:
        for m in _DAY_WORDS_RE.finditer(" ".join(tokens)):
            out.append(f"{int(m.group(1))}/{int(m.group(2))}")
            if m.group(3):
                out.append(f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}")
    return out


# --------------------------------------------------------------------------------------- sentences

# Abbreviations that end with a period but never end a sentence ("TP. Hà Nội", "Q. 1", "ThS. Lê ...").
_NO_END_ABBR = frozenset("tp tx q p tt tr ths ts gs pgs bs ks cn đ/c v.v vv st sđd nxb ct k đ số".split())
_SENT_END_RE = re.compile(r"(\./\.|[.!?…]+)([\"”’')\]]*)(\s+)(?=[\"“‘(\[]?(\S))")
_LABEL_ONLY_RE = re.compile(
    r"^\s*(?:(?:Điều|Chương|Mục|Phần|Điểm)\s+)?(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])$", re.I
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never ending at an abbreviation ("TP.", "Q."), a numbering label
    ("5.1.", "II.", "Điều 5.") or inside a number ("4.1", "2.000"); spans exclude the spaces between."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end(2)
        sentence = text[start : m.start(1)]
        last_word = sentence.rsplit(None, 1)[-1] if sentence.strip() else ""
        nxt = m.group(4)
        if not (nxt.isupper() or nxt.isdigit() or nxt in "•-+"):
            continue  # a sentence starts with a capital, a number or a list mark
        if m.group(1) == "." and (
            last_word.lower().rstrip(".") in _NO_END_ABBR
            or (len(last_word) == 1 and last_word.isupper())
            or _LABEL_ONLY_RE.match(sentence)
        ):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# The letters Vietnamese lettered lists go through, in order ("a)", "b)", "c)", "d)", "đ)", "e)", "g)" ...:
# no f, j, w, z: the Vietnamese alphabet, by which drafting letters a clause's points).
LIST_LETTERS = "abcdđeghiklmnopqrstuvxy"


def next_list_letter(letter: str | None) -> str | None:
    """The letter after ``letter`` in a lettered list ("b" after "a", "đ" after "d"), None after the last
    one or for a letter lists do not use."""
    if letter is None or letter not in LIST_LETTERS or letter == LIST_LETTERS[-1]:
        return None
    return LIST_LETTERS[LIST_LETTERS.index(letter) + 1]


# A letter cited as a point of a legal text ("điểm b) khoản 2", "tiết a)"): no list item of its own.
CITED_POINT_BEFORE_RE = re.compile(r"(?:điểm|tiết|khoản|mục|Điểm|Tiết|Khoản|Mục)\s*$")


# Between the members of a list of posts or items: a comma, a semicolon, a slash, "và", "hoặc".
_LIST_JOIN_RE = re.compile(r"\s*[,;/]\s*|\s+(?:và|hoặc|va|hoac)\s+", re.IGNORECASE)


def listed_parts(phrase: str) -> list[str]:
    """The members of a listed phrase ("Phó Chủ tịch, Ủy viên, Thư ký của Ủy ban bầu cử" -> ["Phó Chủ
    tịch", "Ủy viên", "Thư ký của Ủy ban bầu cử"]), each stripped; empty members dropped."""
    return [p.strip() for p in _LIST_JOIN_RE.split(phrase) if p.strip()]


# A question asking which act a document replaces or repeals ("thay thế nghị quyết nào?", "bãi bỏ văn bản
# nào?", "làm hết hiệu lực quyết định số mấy?"), folded; and the words an effect article writes it with
# ("... và thay thế Nghị quyết số ...", "Nghị quyết số ... hết hiệu lực từ ngày ...", "bãi bỏ ...").
_REPLACING_WORDS = r"(?:thay the|bai bo|het hieu luc|replace[sd]?|repeal(?:s|ed)?|supersede[sd]?)"
_ACT_WORDS = (
    r"(?:van ban|nghi quyet|quyet dinh|nghi dinh|thong tu|chi thi|ke hoach|huong dan|quy dinh|ket luan"
    r"|thong bao|cong van|quy che|act|resolution|decision|document|regulation)"
)
_ASKS_REPLACED_RE = re.compile(
    rf"\b{_REPLACING_WORDS}\b.*\b{_ACT_WORDS}\s+(?:so\s+)?(?:nao|gi|may)\b|\b(?:which|what)\s+(?:\w+\s+)?"
    rf"{_ACT_WORDS}\b.*\b{_REPLACING_WORDS}\b|\b{_REPLACING_WORDS}\b.*\b(?:which|what)\b"
)
_REPLACING_RE = re.compile(rf"\b{_REPLACING_WORDS}\b")


def asks_replaced_act(question: str) -> bool:
    """Whether the question asks which earlier act a document replaces or repeals (``_ASKS_REPLACED_RE``;
    Vietnamese legal drafting: the effect article "Điều ... Hiệu lực thi hành" writes it, Luật Ban hành
    văn bản quy phạm pháp luật 2015, Điều 154)."""
    return _ASKS_REPLACED_RE.search(fold(question).lower()) is not None


def writes_replacement(text: str) -> bool:
    """Whether ``text`` writes an act being replaced, repealed or ending its effect (folded words of
    ``_REPLACING_RE``: "thay thế", "bãi bỏ", "hết hiệu lực")."""
    return _REPLACING_RE.search(fold(text).lower()) is not None


# A division that states when a document takes effect ("Điều 9. Điều khoản thi hành", "Hiệu lực thi
# hành"), folded.
_EFFECT_DIVISION_RE = re.compile(r"\b(?:hieu luc|thi hanh|effect)\b")


def is_effect_division(section: str) -> bool:
    """Whether a section path names the division stating when the document takes effect."""
    return _EFFECT_DIVISION_RE.search(fold(section).lower()) is not None


# A paragraph's opening period, up to its first comma (folded): "Chín tháng đầu năm 2027, ...", "Trong quý
# III, ...", "Năm 2026, ...": a count or an ordinal of months, quarters or a year, which scopes every sentence
# of the paragraph after it (the drafting of a report's review paragraph).
_OPENING_PERIOD_RE = re.compile(
    r"^\s*(?:(?:trong|qua|sau|tinh den|den het|trong nam)\s+)?"
    r"(?:(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi mot)\s+thang\s+(?:dau|cuoi)\s+nam\s+\d{4}"
    r"|(?:\d+|mot|hai|ba|bon|sau|bay|tam|chin|muoi|muoi mot)\s+thang\s+(?:dau|cuoi)\s+nam"
    r"|(?:thang|quy)\s+(?:\d{1,2}|[ivx]+)(?:\s*(?:/|nam)\s*\d{4})?|nam\s+\d{4})\s*,"
)


def opening_period(paragraph: str) -> str:
    """The period a paragraph opens with, through its comma ("Chín tháng đầu năm 2027,"), as written; ""
    when it opens otherwise. Source: a review paragraph states its period once, first (trial 39 q09)."""
    m = _OPENING_PERIOD_RE.match(fold_chars(paragraph).lower())
    return paragraph[: m.end()] if m else ""


# The words that end a noun phrase in a question (folded): its verb's prepositions and the words asking
# ("báo cáo tháng | lên huyện trước ngày nào", "kế hoạch năm | phải gửi về ...")
_PHRASE_END_RE = re.compile(
    r"\b(?:len|ve|cho|toi|den|truoc|sau|trong|tai|o|vao|la|phai|can|duoc|gui|nop|trinh|co|khi|nao"
    r"|bao (?:nhieu|gio|lau)|ai|gi|dau|the|thi|hay|va|cua|tu|do)\b"
)


# the most words a swapped phrase writes after its two head words ("báo cáo | tháng", "tập huấn | kỹ thuật")
_PHRASE_MODIFIERS = 2


def swap_head_phrase(prev: str, rest: str) -> str | None:
    """``prev`` with the noun phrase a bare follow-up (``rest``) names in its stead: the phrase of ``prev``
    that opens with the same two words as ``rest`` and runs to the next preposition or question word
    (``_PHRASE_END_RE``, at most ``_PHRASE_MODIFIERS`` words after them) -> ``rest`` ("Thế còn báo cáo
    sơ kết 6 tháng?" after "Hội Phụ nữ xã gửi báo cáo tháng lên huyện trước ngày nào?" -> "... gửi báo cáo
    sơ kết 6 tháng lên huyện ..."; newcomer trial 39 f4). None when ``rest`` names no more than those two
    words or writes a phrase end itself, when ``prev`` writes them not once, or when its phrase is ``rest``
    already."""
    folded_rest = fold_chars(rest).lower().strip(" ?.")
    words = folded_rest.split()
    if len(words) < 3 or _PHRASE_END_RE.search(folded_rest):
        return None
    folded_prev = fold_chars(prev).lower()
    head = re.escape(" ".join(words[:2]))
    found = list(re.finditer(rf"(?<!\w){head}(?!\w)", folded_prev))
    if len(found) != 1:
        return None
    a = found[0].start()
    end = _PHRASE_END_RE.search(folded_prev, found[0].end())
    if end is None or len(folded_prev[found[0].end() : end.start()].split()) > _PHRASE_MODIFIERS:
        return None  # no phrase end read after it, or a verb the list does not know read as its modifier
    b = a + len(prev[a : end.start()].rstrip(" ,;?"))
    if folded_prev[a:b] == folded_rest:
        return None
    value = rest.strip(" ?.")
    return prev[:a] + (value if a > 0 else value[:1].upper() + value[1:]) + " " + prev[b:].lstrip()


# The words that open a reference to a document or to one of its divisions ("Công văn số 1849/...", "Điều
# 5", "Phụ lục II", "Mục 3"), folded: what follows "tại / theo" there is where a text is written, not where
# something happens ("... các nội dung Đoàn kiểm tra yêu cầu tại Công văn số 1849/BGDĐT-GDPT"; library2
# l2-rw-10 read the letter as the inspection's place). The document types themselves are the lexicon's.
_DIVISION_RE = re.compile(r"^(?:chuong|muc|dieu|khoan|diem|phan|phu luc|tiet|bieu mau|mau so)\b")


def opens_reference(value: str, type_names: frozenset[str]) -> bool:
    """Whether ``value`` (a phrase as written, e.g. what follows "tại") opens with a division of a document
    ("Điều 5", "Phụ lục I") or a document type followed by its number or kind ("Công văn số ...", "Kế hoạch
    199/KH-BGDĐT"); ``type_names``: the folded document type names (``lexicon.words.type_names``)."""
    folded = fold(value).strip()
    if _DIVISION_RE.match(folded):
        return True
    for name in type_names:
        if folded.startswith(name + " "):
            rest = folded[len(name) + 1 :]
            if re.match(r"(?:so\b|\d)", rest):
                return True
    return False


# A document's own adoption statement: "Luật này được Quốc hội ... Kỳ họp thứ 9 thông qua ngày 16 tháng 6
# năm 2025", "(Đại hội đại biểu toàn quốc lần thứ XI ... thông qua ngày 13/12/2017)" under a charter's
# title: the date after "thông qua (vào) ngày" (library2 l2-mttq-10, l2-rw-12). Folded, offsets kept.
_ADOPTED_RE = re.compile(
    r"\bthong qua\s+(?:vao\s+)?(?:ngay\s+)"
    r"(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
)
# "... này" (this law, this charter) before the statement in its sentence: the document's own adoption
_THIS_RE = re.compile(r"\bnay\b")


def adoption_date(text: str, own: bool = True) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((date start, date end), (sentence start, sentence end)) of the last adoption date ``text`` writes
    ("thông qua ngày 16 tháng 6 năm 2025"), or None. ``own``: only a sentence naming the document itself
    ("Luật này", "Điều lệ này") before it, or a note in brackets of its own (the title block's "(Đại hội
    ... thông qua ngày 13/12/2017)" where the text keeps it); a title (``own=False``) states no other."""
    folded = fold_chars(text).lower()
    if len(folded) != len(text):
        return None
    found = None
    for a, b in sentence_spans(text) or [(0, len(text))]:
        note = folded[a:b].lstrip().startswith("(")
        for m in _ADOPTED_RE.finditer(folded, a, b):
            if not own or note or _THIS_RE.search(folded, a, m.start()):
                found = ((m.start(1), m.end(1)), (a, b))
    return found


# The counting head a table column's name opens with: "Số được công nhận", "Tổng số đề nghị", "Số lượng"
_COLUMN_COUNT_HEAD_RE = re.compile(r"^\s*(?:tổng số|số lượng|số)\s+(?=\S)", re.IGNORECASE)


def column_counted(name: str) -> str:
    """A table column's name without the counting head it opens with ("Số được công nhận" -> "được công
    nhận"; "Tổng số hội viên" -> "hội viên"): a column of counts is named by what it counts, which a
    question writes without "số" ("bao nhiêu hội viên được công nhận?", newcomer trial 42 q11). Input
    and output are plain strings; a name that is only the head ("Số") is kept whole."""
    return _COLUMN_COUNT_HEAD_RE.sub("", normalize(name), count=1)


# ------------------------------------------------------------------ dashed dates (l3dl)

# A date written with dashes, as the Party's central bodies write it ("ngày 02-9-2025", "ngày 08-8- 2025"
# where a line break left a space): day 1-31, month 1-12, a four-digit year, so that a term ("2026-2031")
# or a range of days ("26-28/3/2036") is none. Digits and dashes only: it reads folded and unfolded text
# alike.
# Source: Hướng dẫn 38-HD/BTCTW (library3), Quyết định 347-QĐ/TW's citation form.
DASHED_DATE = r"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])\s*-\s*(?:0?[1-9]|1[0-2])\s*-\s*(?:19|20)\d{2}(?![\d/-])"
