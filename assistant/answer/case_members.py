"""Members of a list of values each written for its own case: "sau 6 tháng (đối với kỷ luật khiển trách), 9
tháng (đối với kỷ luật cảnh cáo), 1 năm (đối với kỷ luật cách chức)" answers "bị kỷ luật cảnh cáo thì phải
chờ bao lâu?" with the member whose case the question names (library5 dev l5-party-23), not with a tie.
"""

from __future__ import annotations

import re

from assistant.text import fold

# the case written right after a value: "(đối với kỷ luật cảnh cáo)", " đối với cấp ủy cấp tỉnh", folded
_CASE_AFTER_RE = re.compile(r"^\s*\(?\s*(?:doi voi|truong hop|voi)\s+([^();,]+)")


def _case_words(sentence: str, end: int) -> set[str] | None:
    m = _CASE_AFTER_RE.match(fold(sentence[end:]).lower())
    return set(re.findall(r"[a-z0-9]+", m.group(1))) if m else None


def asked_members(sentence: str, spans: list[tuple[int, int]], folded_question: str) -> list[int] | None:
    """The indices of ``spans`` (values of ``sentence``) whose case, written right after each ("(đối với
    X)"), the (folded) question names by a word no other member's case shares; None when fewer than two
    values have their case written, or the question names every member's or none's (the list is left to
    the other checks)."""
    cases = [_case_words(sentence, b) for _, b in spans]
    written = [c for c in cases if c]
    if len(written) < 2:
        return None
    asked = set(re.findall(r"[a-z0-9]+", folded_question))
    kept = []
    for i, case in enumerate(cases):
        if not case:
            continue
        others = set().union(*(c for j, c in enumerate(cases) if j != i and c))
        if (case - others) & asked:
            kept.append(i)
    return kept if kept and len(kept) < len(written) else None
