"""A duty's time limit asked as a duration: "cấp ủy mới phải gửi báo cáo ... trong bao nhiêu ngày?",
"tỉnh ủy phải giải quyết trong (vòng) bao lâu?" (library5 dev l5-party-01).

Such a question asks the clause's time limit ("Trong thời hạn 7 ngày làm việc kể từ ngày bế mạc đại hội,
cấp ủy khoá mới phải báo cáo ...") as a deadline question does (``intents``, the "deadline" row), and the
length itself as a figure question does: a clause whose length is no time limit ("Ảnh ... được chụp trong
thời gian 06 tháng tính đến ngày nộp hồ sơ") is then read from the first quote as a figure
(``plan_quote_lead``). With no duty word ("diễn ra trong bao nhiêu ngày?") the length is an event's.
"""

from __future__ import annotations

import re

# folded; a duty word ("phải", "cần") before the duration asked with "trong (vòng / thời hạn) ..."
DURATION_LIMIT_ASKED = (
    r"\b(?:phai|can)\b.*\btrong (?:vong |thoi han |thoi gian |khoang )?"
    r"(?:bao lau|bao nhieu (?:ngay lam viec|ngay|thang|tuan|nam|gio))\b"
)

_DURATION_LIMIT_RE = re.compile(DURATION_LIMIT_ASKED)


def asks_duration_limit(folded_question: str) -> bool:
    """Whether a (folded) question asks a duty's time limit as a duration (``DURATION_LIMIT_ASKED``)."""
    return bool(_DURATION_LIMIT_RE.search(folded_question))
