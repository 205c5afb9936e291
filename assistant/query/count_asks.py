"""A count of a whole asked: how many of a unit a body or place HAS ("Hội Cựu chiến binh xã có bao nhiêu hội
viên?", "... có tổng số bao nhiêu hội viên?", "Tổng số hội viên của Hội ... là bao nhiêu?", "How many members
does the veterans' association have?").

Such a question asks the size of the whole, now: a share of the unit ("Phấn đấu 85% hội viên đạt danh hiệu
...") counts a part of it, and a target ("Phấn đấu / chỉ tiêu ...") is a figure to reach, not one the body
has (newcomer trial 47 P1, u04: "Số liệu: 85% hội viên" was the first line). A question naming the target
("chỉ tiêu", "phấn đấu", "mục tiêu", "dự kiến", "target") or a share ("tỷ lệ", "bao nhiêu %") asks those,
and is no whole count. Read folded (``assistant.text.fold``); ``answer.unstated_field`` reads the quotes.
"""

from __future__ import annotations

import re

# "(hiện / đang) có (tất cả / tổng số / tổng cộng) bao nhiêu / mấy <unit, at most three words>?" closing the
# question: the unit with nothing said of it after (a predicate, "có bao nhiêu hội viên đạt danh hiệu ...?",
# asks the members doing something, which a share may answer); "tổng số <unit> (của ...) là / có bao
# nhiêu"; English "how many <unit> does ... have?", "what is the total number of <unit> ..."
_WHOLE_COUNT_RE = re.compile(
    r"\b(?:co|gom)(?: tat ca| tong so| tong cong)? (?:bao nhieu|may)(?: [^\W\d_]+){1,3}\s*\??\s*$"
    r"|\btong so(?: [^\W\d_]+){1,3}?(?: cua(?: [^\W\d_]+){1,10}?)? (?:la|co|duoc) (?:bao nhieu|may)\b"
    r"|\bhow many(?: [\w'-]+){1,2} (?:does|do|did) (?:[\w'-]+ ){1,10}?(?:have|has|count)\b"
    r"|\bwhat is the total number of\b"
)
# the unit asked being a time ("có mấy ngày?") or a share ("có bao nhiêu phần trăm?"): no whole counted
_NOT_COUNTED_RE = re.compile(
    r"\b(?:bao nhieu|may|how many) (?:ngay|thang|nam|tuan|gio|phut|lan|phan tram|days?|months?|years?|"
    r"weeks?|hours?|times|percent)\b|%"
)
# the question asks a target or a share itself: then a target's or share's figure answers it
_TARGET_OR_SHARE_ASKED_RE = re.compile(
    r"\b(?:chi tieu|phan dau|muc tieu|du kien|ke hoach de ra|de ra|giao chi tieu|ty le|ti le|target|goal|aim|"
    r"share|percentage|proportion|rate)\b"
)


def asks_whole_count(folded_question: str) -> bool:
    """Whether a (folded) question asks how many of a unit its subject has, now (``_WHOLE_COUNT_RE``), not a
    time, a share or a target (module doc): a share or target figure then answers nothing."""
    q = folded_question.replace("_", " ").strip()
    return (
        bool(_WHOLE_COUNT_RE.search(q))
        and not _NOT_COUNTED_RE.search(q)
        and not _TARGET_OR_SHARE_ASKED_RE.search(q)
    )
