"""The task a lead question asks about, for a follow-up asking another fact of it.

"Nhiệm vụ giải ngân nguồn Quỹ Hỗ trợ nông dân ... do ai chủ trì?" then "Bao nhiêu tiền?" (newcomer trial 44
q28): the follow-up asks the amount of that task, not of the whole document, so the task is carried
(``followup``), as a duties question's topic (``followup_previous.duty_task``) or an act asked is.
"""

from __future__ import annotations

import re

from assistant.text import fold

# A lead question's ask after its task, folded: "... do ai chủ trì?", "... thì đơn vị nào phụ trách?", "...
# do cơ quan nào thực hiện?", "... ai là đầu mối?" (the common wordings of "who leads this task")
_LEAD_ASK_RE = re.compile(
    r"\s*,?\s*(?:thi\s+)?(?:(?:do|la do|giao cho)\s+)?(?:ai|don vi nao|co quan nao|ben nao|to chuc nao)\s+"
    r"(?:la\s+)?(?:chu tri|phu trach|thuc hien|dam nhiem|dau moi|chiu trach nhiem|phoi hop)\s*\??\s*$"
)


def lead_task(question: str) -> str | None:
    """The task a lead question names before its ask ("Nhiệm vụ giải ngân ... do ai chủ trì?" -> "Nhiệm vụ
    giải ngân ..."), as written; None when the question does not end by asking who leads, or names nothing
    before it."""
    folded = fold(question)
    if len(folded) != len(question):
        return None
    m = _LEAD_ASK_RE.search(folded)
    if m is None or m.start() == 0:
        return None
    task = question[: m.start()].rstrip(" ,")
    return task if re.search(r"\w", task) else None
