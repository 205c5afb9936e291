"""Clause times: whether the time a duty clause writes can answer "by when" for the question asked.

Part of the answer step, below ``clause_facts``: a deadline is a time limit, not the period a task belongs to
(``is_time_limit``) nor the span a report's figures cover (``covered_period``); in a clause writing several
rounds, the time on the round asked (``on_round``); among clauses dated by a bare year, those of the year
asked (``on_year_asked``); and whether a clause's sentence writes a time at all (``sentence_writes_time``).
"""

from __future__ import annotations

import re

from assistant.answer.times import writes_time
from assistant.index.lexical import counted_ordinals
from assistant.models import Deadline, Obligation
from assistant.obligations.deadlines import restates_period
from assistant.text import fold

# What a clause led in the year asked gains over the sentence it shares with the other years' leads and the
# alternation they spell out ("hai Hội luân phiên chủ trì ...; X chủ trì năm 2037, Y chủ trì năm 2038"):
# as much as its own subject written (trial 32 p65: 1.86 against the alternation's 2.31).
YEAR_BONUS = 0.5


def states_deadline(ob: Obligation, question: str) -> bool:
    """Whether a duty's deadline can answer "by when" (``is_time_limit``), and is not the period a report's
    figures cover (``covered_period``)."""
    return (
        ob.deadline is not None
        and is_time_limit(ob.deadline, question)
        and not covered_period(ob.text, ob.deadline.text)
    )


# "Báo cáo số liệu kết quả Chiến dịch từ ngày 20/5 đến ngày 25/6", "số liệu tính đến ngày 15/6": the span or
# day the figures are counted over, not the time the report is due (trial 20 q33).
_COVERED_RE = re.compile(r"\b(?:so lieu|ket qua|tinh hinh|thong ke)\b[^.;:]{0,60}$")


def covered_period(text: str, deadline_text: str) -> bool:
    """Whether the deadline wording in ``text`` follows the figures or results it counts ("số liệu ... từ
    ngày X đến ngày Y", "... tính đến ngày X") rather than an act due by then."""
    folded, wording = fold(text), fold(deadline_text)
    at = folded.find(wording)
    if at < 0 or not (wording.startswith("tu ") or folded[:at].rstrip().endswith("tinh")):
        return False
    return bool(_COVERED_RE.search(folded[:at]))


def is_time_limit(d: Deadline, question: str) -> bool:
    """Whether a deadline can answer "by when": it says more than the question's own period, and is a
    time limit rather than the span the task belongs to ("nhiệm kỳ 2026 - 2031", "giai đoạn 2021-2025":
    longer than a year and not cued by "trước"/"đến"/"chậm nhất")."""
    if restates_period(d.text, question):
        return False
    if (
        d.start
        and d.end
        and d.end[:4] > d.start[:4]
        and not re.match(r"(truoc|den|cham nhat|han chot|xong)\b", fold(d.text))
    ):
        return False
    return True


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _bare_year(ob: Obligation) -> str | None:
    """The year of a clause whose time is a bare year ("... chủ trì năm 2037"), else None."""
    d = ob.deadline
    if d is None or not d.start or not fold(d.text).startswith("nam ") or d.start[:4] != (d.end or "")[:4]:
        return None
    return d.start[:4]


def on_year_asked(scored: list[tuple[Obligation, float]], question: str) -> list[tuple[Obligation, float]]:
    """Clauses whose time is a bare year ("Hội Nông dân huyện chủ trì năm 2037, Hội Cựu chiến binh huyện
    chủ trì năm 2038": the year each body leads in) scored for the year the question asks: the one of
    that year gains ``YEAR_BONUS`` over the sentence it shares, one of another year is not the one asked
    about; asked with no year, none of a section's several years answers alone. Clauses with a time limit
    ("trong năm 2037") or none are left as they are."""
    years = set(_YEAR_RE.findall(question))
    per_section: dict[tuple[str, str], set[str]] = {}
    for ob, _ in scored:
        if (year := _bare_year(ob)) is not None:
            per_section.setdefault((ob.doc_id, ob.section), set()).add(year)
    out = []
    for ob, s in scored:
        year = _bare_year(ob)
        if year is None:
            out.append((ob, s))
        elif year in years:
            out.append((ob, s + YEAR_BONUS))
        elif not years and len(per_section[(ob.doc_id, ob.section)]) == 1:
            out.append((ob, s))
    return out


def on_round(text: str, at: int, asked: set[str]) -> bool:
    """Whether offset ``at`` of a text writing several rounds ("đợt 1 ... trước ngày 30/4/2027, đợt 2
    trước ngày 31/8/2027") lies in the part on the round asked (``counted_ordinals`` tokens, read as the
    retriever reads them); anywhere in a text on one round or none."""
    if not asked or len(set(counted_ordinals(text))) < 2:
        return True
    before = counted_ordinals(text[:at])
    return bool(before) and before[-1] in asked


def deadline_on_round(ob: Obligation, asked: set[str]) -> bool:
    """``on_round`` for a clause's deadline (False when its wording is not found in the clause)."""
    at = ob.text.find(ob.deadline.text) if ob.deadline else -1
    return at >= 0 and on_round(ob.text, at, asked)


def sentence_writes_time(text: str, start: int, end: int) -> bool:
    """Does the sentence holding ``text[start:end]`` write a date or period (cited documents' dates
    aside)?"""
    stop = re.search(r"[.!?](?:\s|$)|\n", text[end:])
    sentence = text[start : end + (stop.end() if stop else len(text) - end)]
    return writes_time([sentence])
