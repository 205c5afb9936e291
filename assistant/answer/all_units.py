"""Sentences addressed to every unit of a kind: "Các đơn vị gửi hồ sơ ... trước 30 ngày ...", "Cấp ủy có
thẩm quyền xem xét ... trong vòng 15 ngày". A question naming one body of that kind ("Đảng ủy phường phải
gửi hồ sơ ... bao lâu?") is answered by such a sentence though it never writes the body's name (issue 11,
library3 dev l3-party-01): the document addresses the asked body among all the others.
"""

from __future__ import annotations

import re

from assistant.lexicon.levels import unit_alternation
from assistant.text import fold

# an item's label and marks before a sentence's first word ("- ", "b) ", "2.1. "), folded
_OPENING_RE = re.compile(r"^(?:[\W_]|\d+(?:\.\d+)*[.)]|[a-z][.)](?=\s))*")
# every unit a document addresses, of no kind of its own: "Các đơn vị", "các cơ quan, đơn vị (liên quan)",
# "các địa phương" (folded; a verb must follow, not the rest of a name: "Các đơn vị sự nghiệp" is a kind)
_ANY_UNITS_RE = re.compile(
    r"(?:cac |nhung )?(?:co quan|don vi|dia phuong)(?:\s*,\s*(?:co quan|don vi|dia phuong))*"
    r"(?: (?:co )?lien quan)?\s+(?!su nghiep|hanh chinh|truc thuoc|thanh vien|co so)"
)
# every party committee: "Các cấp ủy", "Cấp ủy có thẩm quyền", "cấp ủy cấp trên cơ sở", "các đảng ủy trực
# thuộc", "cấp ủy các cấp" (folded)
_COMMITTEES_RE = re.compile(
    r"(?:cac |nhung )?(?:cap uy|dang uy|chi uy)(?: (?:co tham quyen|cap tren(?: co so)?|cac cap|truc thuoc"
    rf"|cung cap|co so))?\s+(?!(?:{unit_alternation()})\b)"
)
# a name of a party committee asked ("Đảng ủy phường", "Huyện ủy", "Chi ủy ...", folded)
_COMMITTEE_NAME_RE = re.compile(r"\b(?:dang uy|cap uy|chi uy|huyen uy|tinh uy|thanh uy|quan uy|thi uy)\b")


def addressed_to_kind(sentence: str, names: list[str]) -> bool:
    """Whether ``sentence`` opens with a subject addressing every unit (``_ANY_UNITS_RE``: "Các đơn vị gửi
    ..."), or every party committee when one of ``names`` (folded or cased) is a party committee's
    ("Các cấp ủy ...", "Cấp ủy có thẩm quyền ..."): what it asks of them it asks of the body named."""
    # (each line: a heading may open the sentence, "2. Thời gian gửi hồ sơ\n\nCác đơn vị gửi ...")
    lines = [_OPENING_RE.sub("", line) for line in fold(sentence).split("\n")]
    if any(_ANY_UNITS_RE.match(line) for line in lines):
        return True
    committee = any(_COMMITTEE_NAME_RE.search(fold(n)) for n in names if n)
    return committee and any(_COMMITTEES_RE.match(line) for line in lines)


def without_units_subject(folded: str) -> str:
    """``folded`` (a clause's opening, folded, marks stripped) without an all-units subject before its verb
    ("cac don vi gui ho so ..." -> "gui ho so ..."); unchanged when it opens otherwise."""
    m = _ANY_UNITS_RE.match(folded)
    return folded[m.end() :] if m else folded
