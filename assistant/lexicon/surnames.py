"""Common Vietnamese family names (``surnames.json``)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from assistant.text import normalize


@cache
def family_names() -> frozenset[str]:
    """The common Vietnamese family names, ``normalize``d (lower case, tones unified, diacritics kept:
    "trần", "đỗ", "tô"), from ``surnames.json`` (general naming knowledge, not any document)."""
    data = json.loads(Path(__file__).with_name("surnames.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for w in data["surnames"])
