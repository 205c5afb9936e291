"""Decode Vietnamese text files and repair legacy-font text to Unicode NFC.

Government files still arrive in five encodings: UTF-8 (with or without BOM), UTF-16 (often BOM-less
from old Windows tools), Windows-1258 (decomposed tone marks), and the pre-Unicode font encodings
TCVN3/ABC (``.VnTime``) and VNI (``VNI-Times``). The last two are not real code pages: the bytes are
Latin-1 letters that only *look* Vietnamese in the right font, so the same text also turns up inside
DOCX/DOC/HTML files as Unicode mojibake ("Céng hoµ x· héi"). Both are repaired here from the tables in
``assistant/data/legacy_encodings.json``.

Detection is by content: every candidate decoding is scored by the share of words that are well-formed
Vietnamese syllables, because byte statistics alone cannot tell these 8-bit encodings apart.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from assistant.text import fold, nfc

LEGACY_ENCODINGS = ("tcvn3", "vni")

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# A folded syllable: optional onset, one to three vowels, optional final consonant.
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWEL_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
# Latin-1 letters that never occur in Vietnamese: their presence is what legacy mojibake looks like.
_FOREIGN_LATIN1 = re.compile(
    r"[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    r"\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
)
# Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the precomposed tone letters): legacy mojibake never does.
_UNICODE_VI = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_SAMPLE_WORDS = 4000  # enough to decide; keeps detection fast on long files


# Windows-1252 punctuation (“ ” – …) that legacy-font files keep in 0x80-0x9F; undefined bytes stay as they are.
_C1_AS_CP1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(tcvn3, vni) as Latin-1-character sequences -> Unicode, read from the JSON data file."""
    with (
        resources.files("assistant.data").joinpath("legacy_encodings.json").open("r", encoding="utf-8") as fh
    ):
        data = json.load(fh)

    def as_chars(hexseq: str) -> str:
        return bytes.fromhex(hexseq).decode("latin-1")

    tcvn3 = {as_chars(k): v for k, v in data["tcvn3"].items()}
    vni = {as_chars(k): v for k, v in data["vni"].items()}
    return tcvn3, vni


@lru_cache(maxsize=1)
def _vni_re() -> re.Pattern[str]:
    # Longest sequences first, so "ôù" (ớ) wins over "ô" (ơ) followed by a stray "ù".
    keys = sorted(_tables()[1], key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def _latin1_text(data: bytes) -> str:
    """Bytes as the characters a Windows legacy-font file shows: Latin-1, with 0x80-0x9F as Windows-1252."""
    return data.decode("latin-1").translate(_C1_AS_CP1252)


def legacy_to_unicode(text: str, encoding: str) -> str:
    """Convert text typed in a TCVN3 or VNI font (seen as Latin-1 characters) to Unicode NFC."""
    tcvn3, vni = _tables()
    if encoding == "tcvn3":
        return nfc(text.translate(str.maketrans(tcvn3)))
    if encoding == "vni":
        return nfc(_vni_re().sub(lambda m: vni[m.group(0)], text))
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def unicode_to_legacy(text: str, encoding: str) -> bytes:
    """The inverse: encode Unicode Vietnamese as TCVN3 or VNI bytes (for tests and fixtures)."""
    tcvn3, vni = _tables()
    table = tcvn3 if encoding == "tcvn3" else vni
    inverse = {v: k for k, v in table.items()}
    out: list[str] = []
    for ch in nfc(text):
        if ch in inverse:
            out.append(inverse[ch])
        elif encoding == "tcvn3" and ch.lower() in inverse and ch != ch.lower():
            out.append(inverse[ch.lower()])  # TCVN3 has no upper-case toned letters (a capitals font is used)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1", errors="replace")


def _word_ok(word: str) -> bool:
    """Whether a word could be a Vietnamese syllable: known letters, at most one tone, a valid shape."""
    marks = [c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.combining(c)]
    if sum(1 for c in marks if c in _TONES) > 1 or any(
        c not in _TONES and c not in _VOWEL_MARKS for c in marks
    ):
        return False
    return bool(_SYLLABLE_RE.match(fold(word)))


def vietnamese_score(text: str) -> float:
    """How much a text looks like Vietnamese: share of well-formed syllables minus foreign-letter noise.

    Used to choose between candidate decodings; it is a relative measure, near 1.0 for clean
    Vietnamese and low or negative for mojibake.
    """
    words = _WORD_RE.findall(text)[:_SAMPLE_WORDS]
    if not words:
        return 0.0
    ok = sum(1 for w in words if _word_ok(w))
    letters = sum(len(w) for w in words) or 1
    foreign = len(_FOREIGN_LATIN1.findall(text[: letters * 2]))
    return ok / len(words) - 3.0 * foreign / letters


def repair_legacy_text(text: str) -> tuple[str, str | None]:
    """Repair legacy-font mojibake inside already-decoded text (DOCX/DOC/HTML typed with .VnTime/VNI fonts).

    Returns (text, "tcvn3" | "vni") when a conversion made the text clearly more Vietnamese, else
    (text, None). Clean Unicode text is never changed: converting it only lowers its score.
    """
    foreign = len(_FOREIGN_LATIN1.findall(text))
    if foreign == 0 or len(_UNICODE_VI.findall(text)) * 5 > foreign:
        return text, None
    base = vietnamese_score(text)
    score, enc, converted = max(
        (vietnamese_score(c), e, c) for e in LEGACY_ENCODINGS for c in [legacy_to_unicode(text, e)]
    )
    if score > base + 0.15 and score >= 0.5:
        return converted, enc
    return text, None


def sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte (ASCII letters, spaces, digits)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes to Unicode NFC and name the encoding found.

    Order: BOMs (UTF-8, UTF-16), BOM-less UTF-16 by NUL pattern, strict UTF-8 (then a repair pass for
    legacy-font mojibake, named "utf-8+tcvn3"/"utf-8+vni"), and finally the 8-bit candidates
    Windows-1258, TCVN3, VNI and Windows-1252 scored by ``vietnamese_score``. Nothing raises: the last
    resort is UTF-8 with replacement characters.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, enc = data.decode("utf-16", errors="replace"), "utf-16"
    elif (utf16 := sniff_utf16(data)) is not None:
        text, enc = data.decode(utf16, errors="replace"), utf16
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return _decode_8bit(data)
    repaired, legacy = repair_legacy_text(text)
    return nfc(repaired), f"{enc}+{legacy}" if legacy else enc


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Pick the best of the 8-bit Vietnamese encodings by how Vietnamese the result reads."""
    latin = _latin1_text(data)
    candidates: list[tuple[str, str]] = [
        ("windows-1258", nfc(data.decode("cp1258", errors="replace"))),
        ("tcvn3", legacy_to_unicode(latin, "tcvn3")),
        ("vni", legacy_to_unicode(latin, "vni")),
        ("windows-1252", nfc(latin)),
    ]
    scored = [(vietnamese_score(text), -i, name, text) for i, (name, text) in enumerate(candidates)]
    score, _, name, text = max(scored)
    if score < 0.3:
        # Not Vietnamese at all: let charset-normalizer guess (e.g. a Western or Asian code page).
        try:
            from charset_normalizer import from_bytes

            guess = from_bytes(data).best()
            if guess is not None and guess.encoding:
                return nfc(str(guess)), guess.encoding
        except ImportError:  # optional: fall back to the best Vietnamese guess
            pass
    return text, name
