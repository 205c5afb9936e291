"""Document numbers (``assistant.text``): finding them in text ("62- KL/TW" -> "62-KL/TW"), writing
them one way, and the keys references are matched to held documents by (parse, index and query alike)."""

from __future__ import annotations

import re

from assistant.text.normalise import QUOTES, fold, nfc

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
    s = nfc(raw).translate(QUOTES)
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
