"""Document types (Kết luận, Nghị quyết, Công văn ...): names, the type codes inside numbers, English names.

One source, ``doc_types.json`` beside this file (its ``_source`` names the rules it follows); the metadata
reader, the query analyser and retrieval all read types from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.text import fold


@dataclass(frozen=True)
class DocType:
    """One document type: ``name`` as printed in running text, ``codes`` as in numbers ("62-KL/TW")."""

    name: str
    codes: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def caps_key(self) -> str:
        """The folded upper-case form a header line is compared with ("KET LUAN")."""
        return fold(self.name).upper()


@cache
def _listed() -> tuple[DocType, ...]:
    """All types in the data file's order (which decides a code several types share)."""
    data = json.loads((Path(__file__).with_name("doc_types.json")).read_text(encoding="utf-8"))
    return tuple(DocType(t["name"], tuple(t["codes"]), tuple(t["en"])) for t in data["types"])


@cache
def doc_types() -> tuple[DocType, ...]:
    """All types, longest name first (so "Thông báo kết luận" wins over "Thông báo")."""
    return tuple(sorted(_listed(), key=lambda t: len(t.name), reverse=True))


@cache
def type_for_code(code: str) -> str | None:
    """The type a number's code means ("KL" -> "Kết luận"); the first listed type wins for shared codes.

    Codes compare after folding, upper case ("QĐ" = "QD"); None when no type uses the code.
    """
    key = fold(code).upper()
    for t in _listed():
        if any(fold(c).upper() == key for c in t.codes):
            return t.name
    return None


def type_of_line(line: str) -> str | None:
    """The type a capitals line announces ("THÔNG BÁO", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ", "CÔNG VĂN"), or None."""
    key = fold(line).upper().strip(" .:")
    for t in doc_types():
        caps = t.caps_key
        if key == caps or key.startswith(caps + " "):
            return t.name
    return None


def short_label(doc_type: str | None, number: str | None) -> str | None:
    """The label cadres write: the type's code and the number ("KH 12-KH/HPN", "KL 62-KL/TW"); the
    code inside the number is used when the type is unknown; None without a number, or with its digits
    left blank for an electronic signature ("/KH-MTTQ-BTT" names no one document)."""
    if not number or not number[:1].isdigit():
        return None
    code = None
    if doc_type:
        t = next((t for t in doc_types() if fold(t.name) == fold(doc_type)), None)
        code = t.codes[0] if t and t.codes else None
    if code is None:
        import re

        m = re.match(r"\d+(?:/\d{4})?[-/]([^/\s]+)/", number)
        code = m.group(1) if m else None
    return f"{code} {number}" if code else number
