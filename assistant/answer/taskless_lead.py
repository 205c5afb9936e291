"""A "who is assigned" question that names a document but no task gets no lead line from one of its clauses.

"Thông báo 160 thì giao cho ai?" names a document and asks who it assigns work to, but no task: a directive
assigns many tasks to many bodies, so the doer of whichever clause ranks first ("Thực hiện: các cấp ủy, tổ
chức đảng") is a guess printed as a fact. Found in session 25's final run: the question was kept from a lead
line only by accident (the tagger's verb "thông báo" stood for the act, and no clause wrote it); once a
document's kind and number stopped being read as the act (``query.sent_acts``), the first clause's doer was
printed. The rule is general: with no task words left in the question (after the document it names, the
asking words and the assigning verbs), the lead line must come from a clause that assigns the document as a
whole ("Giao Ban Dân vận ... chủ trì ... thực hiện Kế hoạch này"), else there is none; the quotes stay.
"""

from __future__ import annotations

import re
from functools import cache

from assistant import text as vt
from assistant.answer.terms import content_tokens
from assistant.lexicon.words import type_alternation

# Folded words that only say "who is assigned / who leads" (the assigning and role verbs, the asking
# words the stop list keeps): no task. "thực hiện" alone is the assignment itself ("giao ai thực hiện?").
_ASSIGNING = frozenset(
    "giao cho ai nao thi con vay the chu tri phoi hop phu trach dam nhiem nhan chiu trach nhiem dung ra"
    " lam dau moi tham muu thuc hien trien khai to chuc don vi co quan ca nhan ben".split()
)


@cache
def _self_reference_re() -> re.Pattern[str]:
    """A clause naming its own document as the thing done ("thực hiện Kế hoạch này", "Thông báo này"),
    folded: the assignment of the document as a whole."""
    return re.compile(rf"\b(?:{_kinds()})\s+(?:nay|neu tren)\b")


def _kinds() -> str:
    """The folded document kinds, a regex alternation (``lexicon.words.type_alternation``)."""
    return type_alternation(english=False, codes=False)


@cache
def _typed_number_re() -> re.Pattern[str]:
    return re.compile(rf"\b({_kinds()})\s+(?:so\s+)?\d")


def names_no_task(question: str, document_words: set[str]) -> bool:
    """Whether ``question`` names no task: its content tokens (``terms.content_tokens``, folded) less the
    words of the documents it names (``document_words``, folded) and the assigning words are none."""
    rest = [t for t in content_tokens(question) if t not in document_words and t not in _ASSIGNING]
    return not rest


def document_words(question: str, doc_refs) -> set[str]:
    """The folded words and codes of the documents a question names (``QueryInfo.doc_numbers``), with the
    kind written before a number ("Thông báo 12-TB/HU", "Kế hoạch số 15")."""
    words: set[str] = set()
    for m in _typed_number_re().finditer(vt.fold(question)):
        words.update(m.group(1).split())
    for ref in doc_refs or ():
        words.update(re.findall(r"\w+", vt.fold(ref.text)))
        for part in (ref.code, ref.number, ref.doc_type, ref.digits):
            if part:
                words.update(re.findall(r"\w+", vt.fold(part)))
    return words


def assigns_whole_document(quote: str) -> bool:
    """Whether ``quote`` assigns its document as a whole (it names "<kind> này / nêu trên")."""
    return _self_reference_re().search(vt.fold(quote)) is not None
