"""Sentence kinds: what a sentence is, apart from what it says (weighed by ``sentence_scores``).

Part of the answer step, below the extractive scoring: a sentence about its own document ("Quy chế này quy
định ...", ``is_self_reference``) or restating its subject line (``restates_title``), unless the question
asks the document's frame (``asks_frame``); a copy or distribution note (``is_copy_note``); a letter's
"Kính gửi:" line or addressee (``is_address``); a table's header row (``table_headers``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.sentences import ADDRESS_RE, LABEL_OPENING
from assistant.models import Chunk, Document
from assistant.parse.tables import HEADER_STYLE
from assistant.text import fold

# A copy or distribution note ("SAO LỤC", "Nơi nhận"): quoted only when the question asks about copies.
_COPY_NOTE_RE = re.compile(r"^\W*(?:sao luc|ban sao|sao y|noi nhan)\b")


# A sentence about the document itself ("Quy chế này quy định ...", "Quy chế áp dụng đối với ...", "... có
# trách nhiệm thực hiện Quy chế này", "... phổ biến Hướng dẫn này đến các chi hội"): its scope, whom it
# applies to, who carries it out.
# It repeats the document's subject and bodies, which the question names too, and answers none of its
# provisions (trial 18: the scope article quoted before "Quyết định ... về công tác cán bộ"), unless the
# question asks about the document's scope, application or enforcement (``_ASKS_FRAME_RE``).
SELF_REFERENCE_WEIGHT = 0.5
_ASKS_FRAME_RE = re.compile(
    r"\b(?:pham vi|ap dung|hieu luc|thi hanh|trach nhiem thuc hien|to chuc thuc hien|pho bien|quan triet"
    r"|quy dinh (?:nhung )?(?:gi|ve)|noi dung gi|doi tuong)\b"
)


@lru_cache(maxsize=1)
def _self_reference_re() -> re.Pattern[str]:
    from assistant.lexicon.doc_types import doc_types

    names = sorted({fold(t.name) for t in doc_types()} | {"van ban"}, key=len, reverse=True)
    kinds = "|".join(re.escape(n) for n in names)
    # "... Quy chế này", or the document as the subject of what it governs: "2. Quy chế áp dụng đối với ..."
    return re.compile(
        rf"\b(?:{kinds})\s+nay\b"
        rf"|^\W*(?:\d{{1,2}}[.)]\s*)?(?:{kinds})\s+(?:quy dinh|ap dung|dieu chinh|co hieu luc)\b"
        # the closing formula ("Trên đây là kế hoạch tổ chức hội nghị ...; đề nghị các đơn vị ..."): the
        # document's subject said once more, no provision (library dev lib-ht2-06)
        r"|^\W*tren day la\b"
    )


def is_self_reference(sentence: str) -> bool:
    """Does the sentence speak of its own document ("Quy chế này", "Hướng dẫn này", "văn bản này", "Quy chế
    áp dụng đối với ...")?"""
    return bool(_self_reference_re().search(fold(sentence)))


# A purpose item opening with the document's whole subject line ("1. Tổ chức hội nghị hiệp thương lần thứ
# hai để thỏa thuận, lập danh sách sơ bộ ..." in the plan so titled) restates what the document is about;
# it repeats the question's words without answering it, as a sentence about the document itself does.
# Compared on the subject's first ``SUBJECT_PREFIX`` characters, at least ``SUBJECT_MIN`` of them.
SUBJECT_PREFIX = 60
SUBJECT_MIN = 30
_WORDS_ONLY = re.compile(r"[\W_]+")


def restates_title(sentence: str, folded_subject: str) -> bool:
    """Does the sentence (its item label aside) open with the document's subject line (folded)?"""
    subject = _WORDS_ONLY.sub(" ", folded_subject).strip()[:SUBJECT_PREFIX]
    if len(subject) < SUBJECT_MIN:
        return False
    opening = _WORDS_ONLY.sub(" ", fold(LABEL_OPENING.sub("", sentence))).strip()
    return opening.startswith(subject)


def asks_frame(folded_question: str) -> bool:
    """Does the question ask about a document's scope, application or enforcement (what a sentence about
    the document itself answers)?"""
    return bool(_ASKS_FRAME_RE.search(folded_question))


def is_copy_note(chunk: Chunk, a: int, b: int) -> bool:
    return bool(_COPY_NOTE_RE.match(fold(chunk.heading[:16]))) or bool(
        _COPY_NOTE_RE.match(fold(chunk.text[a : a + 16]))
    )


_BULLET_RE = re.compile(r"^\s*[-–+•]\s*")


def is_address(chunk: Chunk, a: int, b: int, doc: Document | None) -> bool:
    """Is ``chunk.text[a:b]`` the "Kính gửi: ..." line of a letter, or one of the addressees listed under
    it (``doc.meta.addressees``)? A header field: whom the letter is for, none of what it says."""
    if ADDRESS_RE.match(fold(chunk.text[a : a + 16])):
        return True
    if doc is None or not doc.meta.addressees:
        return False
    line = fold(_BULLET_RE.sub("", chunk.text[a:b]).strip(" .;,"))
    return line in {fold(x).strip(" .;,") for x in doc.meta.addressees}


def table_headers(doc: Document | None) -> list[tuple[int, int]]:
    """(start, end) in the document's text of each table's header row ("Nội dung | Thời gian | Đơn vị chủ
    trì | ..."; ``parse.tables``): column names, no provision; [] for no document."""
    if doc is None:
        return []
    return [(p.start, p.end) for p in doc.paragraphs if HEADER_STYLE in p.style]
