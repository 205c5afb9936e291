"""A rate list that names no role of the one a question asks the rate of.

"Mỗi thành viên Tổ kiểm phiếu ... được bồi dưỡng bao nhiêu tiền một buổi?" of the resolution's lists "a) Cấp
tỉnh: - Chủ trì cuộc họp: 500.000 đồng/người/buổi; - Thành viên tham dự: 200.000 đồng/người/buổi; - Các đối
tượng phục vụ: 100.000 đồng/người/buổi": each sum is written under the role it is paid to, and none of the
roles is the one asked; quoting the lists reads as an answer (library5 dev l5-mttq-36, a near-miss
unanswerable). The role asked is the phrase after "mỗi" up to the place, time or act ("tại", "ở", "được",
...); it is named when the quote, with its section heading, writes all its content words. Only a quote
whose every figure of the unit asked is written under a label ("<role>: <sum>") is read: a sentence
writing a sum for its subject ("hỗ trợ mỗi hộ 1.500.000 đồng") is left to the other checks. Any role, any
unit, any format.
"""

from __future__ import annotations

import re

from assistant.answer.figure_reading import figures_in
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import content_tokens
from assistant.models import Citation
from assistant.text import fold

# "mỗi <role> tại / ở / trong / khi / được / thì ...", with its tone ("mới" is "new", no "each")
_EACH_ROLE_RE = re.compile(
    r"(?<!\w)mỗi\s+(?P<role>[^,;:?.]+?)\s+(?=(?:tại|ở|trong|khi|được|thì|sẽ|phải|có|hưởng|nhận|là|một|của"
    r"|thuộc|cấp|cuộc|hội nghị)(?!\w))",
    re.IGNORECASE,
)
# A label right before a figure: "- Thành viên tham dự: ", "Các đối tượng phục vụ: " (up to ten words
# after the item's mark or the line's start).
_LABEL_RE = re.compile(r"(?:^|[;\n\-–•+]\s*)[^\W\d][^;:\n]{0,60}:\s*$")


def _asked_role(question: str) -> list[str]:
    """The content words (folded) of the role the question asks a rate for ("thành viên tổ kiểm phiếu"), []
    when it writes no "mỗi <role>" of two words or more."""
    m = _EACH_ROLE_RE.search(question)
    if m is None:
        return []
    words = content_tokens(m.group("role"))
    return words if len(words) >= 2 else []


def _labelled_only(question: str, quote: str) -> bool | None:
    """True when every figure of the unit asked the quote writes is under a label ("Thành viên tham dự:
    200.000 đồng"), False when one is not, None when it writes none."""
    labelled: list[bool] = []
    for a, b in split_sentences(quote):
        sentence = quote[a:b]
        spans = figures_in(question, sentence)
        labelled.extend(_LABEL_RE.search(sentence[max(0, s - 70) : s]) is not None for s, _ in spans)
    return all(labelled) if labelled else None


def role_unnamed(question: str, citations: list[Citation]) -> bool:
    """Whether the quotes writing the amount asked all write it as a rate list under roles
    (``_labelled_only``), none naming the role the question asks it for (``_asked_role``): no answer then.
    False when the question names no role, or no quote writes the amount."""
    role = _asked_role(question)
    if not role:
        return False
    lists = [c for c in citations if _labelled_only(question, c.quote) is not None]
    if not lists or any(_labelled_only(question, c.quote) is False for c in lists):
        return False
    return not any(set(role) <= set(re.findall(r"\w+", fold(f"{c.section or ''} {c.quote}"))) for c in lists)
