"""The words of an English question that name a document rather than say what is asked.

"In Official Letter 2739/VPCP-ĐMDN (2019), which ministry did the Prime Minister task with ...": "official
letter" glosses as "công văn" and the year in brackets after the number dates the letter; neither is what
the clause asked about writes ("Thủ tướng Chính phủ giao Bộ ... khắc phục ..."). An English question has
only its glossary words to match a clause with (``headline.ENGLISH_CLAUSE_OVERLAP``), so counting them
left the right clause short of the share it must cover (library2 dev l2-rw-32). The same holds for "the
plan", "this notice", "the document": a type word after a determiner points at a document.
"""

from __future__ import annotations

import re
from functools import cache

from assistant import text as vt
from assistant.lexicon.doc_types import doc_types
from assistant.lexicon.words import glossary_terms
from assistant.query import QueryInfo

# Words that make the type word after them point at one document ("the plan", "this notice"), folded.
_DETERMINERS = ("the", "this", "that", "these", "those", "its", "their", "which", "what", "each", "every")
# Words naming a document whatever its type (folded; glossed "văn bản").
_GENERIC = ("document", "documents")
# Type names that, after a determiner, only point at a document ("the plan", "this notice"); "the rules",
# "the report", "the proposal", "the decision" are as often what is asked about, and stay.
_POINTING = frozenset([
    "plan", "notice", "announcement", "letter", "official letter", "dispatch", "directive", "resolution",
    "conclusion", "circular", "decree", "guideline", "guidelines", "programme", "program", "charter",
])  # fmt: skip
# A year in brackets right after a document's number: "2739/VPCP-ĐMDN (2019)" dates that document (folded).
_BRACKET_YEAR_RE = re.compile(r"\d[\w./-]*[/-][a-z][\w./-]*\s*\(\s*((?:19|20)\d\d)\s*\)")


@cache
def _type_words_re() -> re.Pattern[str]:
    """Folded English type names (``doc_types`` ``en``: "official letter", "plan", "notice") and the
    generic "document", longest first, with the determiner before them when written (group 1) and the
    name (group 2)."""
    names = {vt.fold(e) for t in doc_types() for e in t.en} | set(_GENERIC)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:({'|'.join(_DETERMINERS)})\s+)?({alternation})s?\b")


def label_words(info: QueryInfo) -> set[str]:
    """The folded Vietnamese tokens an English question's document labels gloss as, plus the year its
    bracket after a number writes: a type name that is part of the question's description of a document
    (``QueryInfo.description_words``: "Official Letter 2739/..."), follows a determiner ("the plan") or is
    the generic "document"; empty for a Vietnamese question. Type names asked about as content ("which
    report", "the rules that are not enforced" read as "quy chế") stay unless they point at a document
    that way. Source: library2 dev l2-rw-32."""
    if info.language != "en":
        return set()
    described = set(info.description_words)
    out: set[str] = set()
    for m in _type_words_re().finditer(info.folded):
        name = m.group(2)
        generic = name in _GENERIC
        pointed = m.group(1) is not None and m.group(1) not in ("which", "what") and name in _POINTING
        if not (generic or pointed or set(name.split()) <= described):
            continue
        for term in glossary_terms(name):
            out.update(vt.fold(term).split())
    out.update(m.group(1) for m in _BRACKET_YEAR_RE.finditer(info.folded))
    return out
