"""The rows and clauses of the body whose partners a coordinator question asks.

"Trạm Y tế xã phối hợp với đơn vị nào trong Hội thi?" asks the partners of the health station's own task: a
plan's row "Trạm Y tế xã | Bố trí 01 tổ y tế ... | | Trong ngày Hội thi" (its "Phối hợp" cell empty) says
none is named, and the row of another body ("Đoàn Thanh niên xã | Giữ gìn vệ sinh ... | Công an xã | ...")
is no answer, however well it matches the event's words (newcomer trial 45 u02: "Phối hợp: Công an xã").
Nor is a clause of a notice that does not name the station at all ("Ủy ban nhân dân xã chủ trì, phối hợp
Ủy ban MTTQ Việt Nam xã ..."). The body asked is read by ``query.lead_asks.coordinating_body``; it counts
as a body when the shape of its name says so (``obligations.clauses.named_body_end``: "Trạm Y tế xã") or
the organisation registry knows it ("Hội LHPN xã" -> ``hoi_phu_nu``).
"""

from __future__ import annotations

import re

from assistant.models import Obligation
from assistant.obligations.clauses import named_body_end
from assistant.obligations.orgs import default_registry
from assistant.query.lead_asks import coordinating_body
from assistant.text import fold


def _names(name: str, who: str, ids: set[str]) -> bool:
    """Whether a clause's body (a name as written, or a registry id) is the body asked (folded ``who``,
    its registry ids ``ids``): the same words, one name opening the other, or one organisation."""
    if name in ids:
        return True
    f = fold(name.replace("_", " ")).strip(" .,")
    if not f:
        return False
    if f == who or f.startswith(who + " ") or (len(f.split()) >= 2 and who.startswith(f + " ")):
        return True
    found = {m.org_id for m in default_registry().find_in(name, caps_only=False) if not m.collective}
    return bool(found & ids)


def asked_body_rows(obligations: list[Obligation], question: str) -> list[Obligation] | None:
    """The duties, among ``obligations``, whose own body (lead or doer, not a partner) is the body a
    coordinator question asks the partners of ("Trạm Y tế xã phối hợp với ai?"); [] when none of them is
    its; None when the question names no such body (every duty may answer, as before)."""
    who = coordinating_body(question)
    if not who:
        return None
    folded = fold(question)
    at = re.search(rf"(?<!\w){re.escape(who)}(?!\w)", folded)
    if at is None or len(folded) != len(question):
        return None
    written = question[at.start() : at.end()]
    reg = default_registry()
    mentions = [m for m in reg.find_in(written, caps_only=False) if not m.collective]
    if named_body_end(question, folded, at.start()) is None and not mentions:
        return None  # "Việc tuyên truyền phối hợp với ai?": no body named before the ask
    ids = {m.org_id for m in mentions}
    return [ob for ob in obligations if any(_names(n, who, ids) for n in (*ob.lead, *ob.responsible))]
