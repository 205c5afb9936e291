"""Sentences and lists (``assistant.text``): sentence spans that never end at an abbreviation or a
numbering label, the letters lettered lists go through, and the members of a listed phrase. Used when
chunks are split and when answers quote."""

from __future__ import annotations

import re

# The letters Vietnamese directives label list items with, in order: the Vietnamese alphabet's ("a)", "b)",
# ... "d)", "đ)", "e)", "g)"; no f, j, w, z).
ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"


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
