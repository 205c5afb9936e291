"""A count a passage labels as the number of the very unit a question counts.

"dự kiến dàn dựng tất cả bao nhiêu tiết mục?" is answered by "... số lượng tiết mục: 15 tiết mục." in the
plan whose subject line names the event asked: the label "số lượng <unit>" ("tổng số <unit>") says the
figure after it is the count of that unit, whatever verbs the question words its act with ("dàn dựng",
"tổ chức", "dự kiến"), which the sentence need not repeat (library5 dev l5-rw-10). Any unit, any format
(a table row read as "Số lượng đội: 12" alike).
"""

from __future__ import annotations

import re

from assistant.text import fold

# the words a label may write between its unit and its figure ("tổng số đội tham gia là 12")
_GAP = r"[^\d;.]{0,30}?"


def labels_count(sentence: str, unit: list[str]) -> bool:
    """Whether ``sentence`` labels a figure as the count of ``unit`` (folded words, ``asked_amount``'s):
    "số lượng tiết mục: 15", "tổng số đội tham gia là 12", "số lượng: 15 tiết mục". False for an empty
    unit."""
    if not unit:
        return False
    words = r"\s+".join(map(re.escape, unit))
    folded = fold(sentence)
    return (
        re.search(rf"\b(?:so luong|tong so)\s+{words}\b" + _GAP + r"(?::|\bla\b|\bgom\b)\s*\d", folded)
        is not None
        or re.search(rf"\b(?:so luong|tong so)\s*:\s*\d[\d.,]*\s+{words}\b", folded) is not None
    )


# The words a count's noun is qualified with to mean "the main ones" (folded): "mấy nội dung chính?" is
# answered by "7 nội dung trọng tâm", "5 nhiệm vụ chủ yếu" (library5 dev l5-rw-11); any of them writes the
# others.
_MAIN_WORDS = (
    "chinh", "chu yeu", "trong tam", "trong diem", "then chot", "co ban", "trong yeu", "main", "key"
)


def main_qualified(qualifier: list[str], scope: list[str]) -> bool:
    """Whether a count's ``qualifier`` (folded words, ``query.amounts.amount_qualifier``) is only a word for
    "the main ones" ("chính") and the figure's ``scope`` (folded words around it) writes one of them
    ("trọng tâm"). False for any other qualifier."""
    if set(qualifier) not in [set(w.split()) for w in _MAIN_WORDS]:
        return False
    written = f" {' '.join(scope)} "
    return any(f" {w} " in written for w in _MAIN_WORDS)
