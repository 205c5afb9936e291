"""What a duty clause leaves unwritten and takes from around it: bodies (a counted head, "hai Hội", "ba
Ban", standing for bodies named before it; the issuer, the implied subject of a dated clause that names
nobody) and a task (a lead naming only its year, "Hội Cựu chiến binh huyện chủ trì năm 2038", leads what the
"chủ trì" before it names: "hai Hội luân phiên chủ trì tổ chức sơ kết").

"3. Nhiệm vụ chung của hai Hội" under "1. Trách nhiệm của Hội Nông dân huyện" and "2. Trách nhiệm của Hội
Cựu chiến binh huyện" means those two; "4. Báo cáo kết quả về Hội LHPN huyện trước ngày 10/12/2038" in the
"Tổ chức thực hiện" of a plan issued by "Hội LHPN xã Hòa Sơn" is that association's duty. Neither name is
written where the duty is, so the rows built from them are marked inferred (``Obligation.inferred``).
"""

from __future__ import annotations

import re

from assistant.models import Deadline, Document
from assistant.obligations.clauses import body_head_end
from assistant.obligations.orgs import OrgRegistry
from assistant.text import clean_spaces, fold, fold_chars

# A number word before a body's head noun written with a capital ("hai Hội", "ba Ban"), folded
_COUNTS = {"hai": 2, "ba": 3, "bon": 4}
_COUNTED_RE = re.compile(r"(hai|ba|bon)\s+(?=\S)")
_HEAD_WORD_RE = re.compile(r"\S+")


def counted_parties(
    doc: Document, reg: OrgRegistry, text: str, pos: int, before: int
) -> tuple[list[str], int] | None:
    """The bodies a counted head at ``pos`` of ``text`` stands for ("hai Hội" -> the last two associations
    named in ``doc.text`` before offset ``before``), as their latest written names in the order first
    named, and where the phrase ends; None when no counted head starts there, a proper name follows the
    head ("hai Hội Nông dân ..." is no reference back), or fewer bodies of that head were named."""
    folded = fold_chars(text)
    m = _COUNTED_RE.match(folded, pos)
    if m is None or not text[m.end() : m.end() + 1].isupper():
        return None
    word = _HEAD_WORD_RE.match(text, m.end())
    head = word.group(0).rstrip(",.;:") if word else ""
    end = m.end() + len(head)
    nxt = _HEAD_WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if not head.isalpha() or (nxt and nxt.group(0)[:1].isupper()) or body_head_end(text, folded, m.end()):
        return None
    n = _COUNTS[m.group(1)]
    latest: dict[tuple[str, str | None], tuple[int, str]] = {}
    first: dict[tuple[str, str | None], int] = {}
    for mention in reg.find_in(doc.text[:before]):
        if fold(mention.surface.split()[0]) != fold(head) or mention.collective:
            continue
        key = (mention.org_id, mention.level)
        first.setdefault(key, mention.start)
        latest[key] = (mention.start, clean_spaces(mention.surface))
    recent = sorted(latest, key=lambda k: latest[k][0])[-n:]
    if len(recent) < n:
        return None
    return [latest[k][1] for k in sorted(recent, key=first.__getitem__)], end


def implied_issuer(doc: Document, reg: OrgRegistry, clause: str) -> str | None:
    """The issuer of ``doc`` as the implied subject of a clause naming no body, or None when it has none or
    the clause names it (a report sent to the issuer is the duty of others: "Báo cáo về Ban Thường vụ
    Tỉnh ủy" in a notice of that Ban Thường vụ)."""
    issuer = clean_spaces(doc.meta.issuer or "")
    if not issuer:
        return None
    own = {(m.org_id, m.level) for m in reg.find_in(issuer)}
    named = {(m.org_id, m.level) for m in reg.find_in(clause)}
    if own & named or fold(issuer) in fold(clause):
        return None
    return issuer


# What a lead leaves after "chủ trì" when it names only the year it leads in ("chủ trì năm 2038"), folded
_BARE_YEAR_RE = re.compile(r"\s*(?P<when>(?:(?:trong|vao)\s+)?nam\s+(?P<y>\d{4}))\W*")
_ANTECEDENT_RE = re.compile(r"chu tri\s+")


def lead_year(clause: str, at: int) -> Deadline | None:
    """The year a lead names as all it leads ("... chủ trì | năm 2037"), from offset ``at`` of ``clause`` to
    its end, as that whole year; None when anything else follows the lead."""
    year = _BARE_YEAR_RE.fullmatch(fold_chars(clause), at)
    if year is None:
        return None
    y = year.group("y")
    return Deadline(clause[year.start("when") : year.end("when")], f"{y}-01-01", f"{y}-12-31")


def antecedent_task(text: str, s_from: int, a: int) -> tuple[int, int] | None:
    """The span of what the last "chủ trì" before ``a`` in its sentence (from ``s_from``) leads ("...
    luân phiên chủ trì | tổ chức sơ kết | ; ..."), up to that clause's end, skipping leads that name only a
    year; None if none."""
    folded = fold_chars(text[s_from:a])
    for m in reversed(list(_ANTECEDENT_RE.finditer(folded))):
        end = re.search(r"[;,]|$", folded[m.end() :]).start() + m.end()
        if folded[m.end() : end].strip() and not _BARE_YEAR_RE.fullmatch(folded[m.end() : end]):
            return s_from + m.end(), s_from + end
    return None
