"""The member a setting-up decision gives the post asked ("Ai làm tổ trưởng Tổ tiếp công dân ...?"): its list
of members writes each post last in the member's item ("1. Bà Khúc Thị Hòa - Phó Chủ tịch ... - Tổ
trưởng."); the first line names the one member whose item ends with that post (library dev lmqd-01).
"""

from __future__ import annotations

import re

from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.terms import Terms, overlap
from assistant.lexicon.phrases import role_titles
from assistant.models import Citation
from assistant.text import fold

# a list item of a member: "1. Bà Khúc Thị Hòa - ... - Tổ trưởng" (its number, then dash-separated fields)
_ITEM_RE = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]\s+")
_FIELD_SPLIT_RE = re.compile(r"\s+[-–]\s+")


def asked_role(folded_question: str) -> str | None:
    """The post a (folded) question asks who holds ("ai làm / là / giữ chức tổ trưởng ...?" -> "to
    truong"); None when it asks none of ``lexicon.phrases.role_titles``."""
    for role in role_titles():
        asks = rf"\bai (?:lam|la|giu chuc|duoc cu lam|duoc phan cong lam) {re.escape(role)}\b"
        if re.search(asks, folded_question):
            return role
    return None


def role_lead(
    folded_question: str, terms: Terms, cited: Citation, reading: str | None, language: str, about: str = ""
) -> list[str]:
    """``["Tổ trưởng: Bà Khúc Thị Hòa [1]"]``: the one member of the first quote's list whose item's last
    field is the post asked (``asked_role``), as written. [] when the question asks no post, when no item
    or two items end with it, or when the quote read with its section and the document's subject line
    (``about``) covers less than ``figures.FIGURE_MIN_OVERLAP`` of the question (another team's list)."""
    role = asked_role(folded_question)
    if role is None:
        return []
    text = reading or cited.quote
    if overlap(terms, f"{cited.section or ''} {text} {about}") < FIGURE_MIN_OVERLAP:
        return []
    marks = list(_ITEM_RE.finditer(text))
    found: list[tuple[str, str]] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        item = text[m.end() : end].strip().rstrip(".;, ")
        fields = _FIELD_SPLIT_RE.split(item)
        if len(fields) >= 2 and fold(fields[-1]).strip() == role:
            found.append((fields[0].strip(), fields[-1].strip()))
    if len({f for f, _ in found}) != 1:
        return []
    person, post = found[0]
    return [f"{post[:1].upper()}{post[1:]}: {person} [{cited.n}]"]
