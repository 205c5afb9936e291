"""Phrases of how directives and questions are drafted (``assistant.text``): a question asking which act
a document replaces and the words an effect article writes it with, the effect division, a paragraph's
opening period, swapping the noun phrase a bare follow-up names, references to a document's divisions,
and a table column's counting head. Read by the query and answer layers."""

from __future__ import annotations

import re

from assistant.text.normalise import fold, fold_chars, normalize

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


# The counting head a table column's name opens with: "Số được công nhận", "Tổng số đề nghị", "Số lượng"
_COLUMN_COUNT_HEAD_RE = re.compile(r"^\s*(?:tổng số|số lượng|số)\s+(?=\S)", re.IGNORECASE)


def column_counted(name: str) -> str:
    """A table column's name without the counting head it opens with ("Số được công nhận" -> "được công
    nhận"; "Tổng số hội viên" -> "hội viên"): a column of counts is named by what it counts, which a
    question writes without "số" ("bao nhiêu hội viên được công nhận?", newcomer trial 42 q11). Input
    and output are plain strings; a name that is only the head ("Số") is kept whole."""
    return _COLUMN_COUNT_HEAD_RE.sub("", normalize(name), count=1)
