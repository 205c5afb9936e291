"""Whether a question asks one item of a list rather than the list: "Bước 1 của quy trình ... là gì?",
"Điều kiện thứ hai là gì?", "Khoản 2 ... quy định gì?" name the item they ask, so the list's other items
are not quoted with it (``answer.widen``'s lists under a bare heading; trial 41).
"""

from __future__ import annotations

import re

# Folded: an item's label ("bước 1", "giai đoạn 2", "khoản 3", "điểm a") or an ordinal after a list's noun
# ("điều kiện thứ hai", "nhiệm vụ thứ 3", "bước đầu tiên").
_ITEM_NAMED_RE = re.compile(
    r"\b(?:buoc|giai doan|khoan|diem)\s+(?:\d{1,2}|[a-d])\b"
    r"|\b(?:buoc|giai doan|dieu kien|nhiem vu|tieu chuan|tieu chi|noi dung|yeu cau|khoan|diem|muc)\s+"
    r"(?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})|dau tien|cuoi cung)\b"
)


def names_one_item(folded_question: str) -> bool:
    """Whether a folded question (``text.fold``) names the one list item it asks ("buoc 1", "dieu kien thu
    hai"). Source: the labels directives give their items (Quy định 66-QĐ/TW layout: khoản "1.", điểm "a)";
    a guide's "Bước 1:")."""
    return bool(_ITEM_NAMED_RE.search(folded_question))


# Folded: the words of a question asking a list ("những nhiệm vụ gì", "gồm những bước nào", "các điều kiện
# nào", "mấy bước", "bao nhiêu điều kiện").
_LIST_ASKED_RE = re.compile(r"\b(?:nhung|gom|bao gom|may|bao nhieu|liet ke)\b|\bcac\s+\w+(?:\s+\w+)?\s+nao\b")


def asks_list(folded_question: str) -> bool:
    """Whether a folded question asks a list of things ("Tổ ... có những nhiệm vụ gì?", "Cần đủ những điều
    kiện nào ...?", "gồm mấy bước?") and names no one item of it (``names_one_item``)."""
    return bool(_LIST_ASKED_RE.search(folded_question)) and not names_one_item(folded_question)
