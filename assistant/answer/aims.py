"""What a figure question counts when it names no unit, and whether it asks a target or a result.

Two things a "how many" question says besides its unit, read here for ``figures``:

- "Chỉ tiêu kết nạp là bao nhiêu?", "Số hội viên kết nạp mới năm 2035 là bao nhiêu?": "là bao nhiêu" names
  no unit, which is too loose to pick one number out of a list of targets ("- Phấn đấu 100% chi hội ...;
  - Kết nạp mới 500 hội viên; - Có ít nhất 3 mô hình ..."). The question's subject names what is counted:
  a noun for people after "số / số lượng" ("Số hội viên"), or the act the figure is written after
  ("kết nạp" -> "kết nạp mới 500 hội viên": the noun the quote writes right after that act's number). The
  question is then read as asking "bao nhiêu <that noun>" (``unit_question``), and every other check of
  ``figures`` applies as for a question naming it.
- "Chỉ tiêu năm 2036 ...?" asks a target, "Kết quả năm 2035 ...?" a result (``asked_aim``). A report writes
  both for the same act ("Năm 2035 đã kết nạp 420 hội viên"; "Năm 2036 phấn đấu kết nạp 500 hội viên"):
  a figure whose clause (or, when the clause says neither, its section heading: "II. CHỈ TIÊU NĂM 2036")
  reads as the other kind (``clause_aim``) is not the one asked (``fits_aim``).

Source of the rules: the directives' own wording of targets ("phấn đấu", "chỉ tiêu", "mục tiêu") and of
results ("đã", "đạt", "kết quả") in plans and reports (issue 11, session 21 figures).
"""

from __future__ import annotations

import re

from assistant.lexicon.words import person_nouns
from assistant.query.actions import compound_tags
from assistant.query.amounts import amount_unit
from assistant.text import fold, normalize

# "là bao nhiêu" / "bao nhiêu" at the end of a question: where the unit is written when it is asked
_HOW_MANY_RE = re.compile(r"(?<!\w)(bao nhiêu|bao nhieu)(?=\s*\??\s*$)")
# "số hội viên", "số lượng đoàn viên" (folded): a count of the noun after it
_COUNT_OF_RE = re.compile(r"\bso(?: luong)?\s+")
# words written between an act and its count (folded): "kết nạp mới 500", "kết nạp thêm được 20"
_BETWEEN = r"(?:\s+(?:moi|them|duoc|it nhat|toi thieu|tren|khoang|tu))*"
_NUMBER = r"\d+(?:[.,]\d+)*"
# verbs that have or are (folded): they count nothing of their own
_HAVING = frozenset(["co", "gom", "la", "gom co", "bao gom", "dat", "can", "phai"])

# A target and a result, in a question or a figure's clause (lower-cased, with tones: folded, "đã" would
# read as "đa" of "đa dạng")
_TARGET_RE = re.compile(r"(?<!\w)(?:chỉ tiêu|mục tiêu|phấn đấu|dự kiến|đề ra)(?!\w)")
_RESULT_RE = re.compile(r"(?<!\w)(?:kết quả|đã|đạt được|thực hiện được)(?!\w)")
# a clause's result words: a plan's target is often "phấn đấu đạt ...", read as a target by its other word
_CLAUSE_RESULT_RE = re.compile(r"(?<!\w)(?:kết quả|đã|đạt|thực hiện được)(?!\w)")


def _nouns() -> list[str]:
    """Folded nouns for people, longest first ("cuu chien binh" before "chien binh")."""
    return sorted(person_nouns(), key=len, reverse=True)


def _noun_at(folded: str, at: int) -> tuple[int, int] | None:
    """The span of a noun for people starting at ``at`` of ``folded`` text, or None."""
    for noun in _nouns():
        if re.match(rf"{re.escape(noun)}\b", folded[at:]):
            return at, at + len(noun)
    return None


def _acts(question: str) -> list[str]:
    """The folded act verbs of a question (pyvi's "V" tags), having and being aside."""
    acts = [fold(w.replace("_", " ")).lower() for w, t in compound_tags(question) or [] if t == "V"]
    return [a for a in acts if a not in _HAVING]


def unit_question(question: str, quote: str) -> str | None:
    """``question`` with the noun it counts written after its closing "bao nhiêu" ("Chỉ tiêu kết nạp là bao
    nhiêu?" over the quote "... kết nạp mới 500 hội viên ..." -> "Chỉ tiêu kết nạp là bao nhiêu hội
    viên?"), when it asks an amount with no unit and its subject names one: a noun for people after "số
    (lượng)" in the question, else the one noun for people the ``quote`` writes after a number right after
    one of the question's acts. None otherwise (a unit already asked, a percentage, no such noun, or two
    different nouns after the act)."""
    if amount_unit(question) != [] or "%" in question or "ty le" in fold(question):
        return None
    end = _HOW_MANY_RE.search(question)
    folded_q = fold(question).lower()
    if end is None or len(folded_q) != len(question):
        return None
    head = folded_q[: end.start()]
    for m in _COUNT_OF_RE.finditer(head):
        span = _noun_at(head, m.end())
        if span is not None:
            return f"{question[: end.end()]} {question[span[0] : span[1]]}{question[end.end() :]}"
    folded = fold(quote).lower()
    if len(folded) != len(quote):
        return None
    found: dict[str, str] = {}
    for act in _acts(question[: end.start()]):
        for m in re.finditer(rf"\b{re.escape(act)}{_BETWEEN}\s+{_NUMBER}\s+", folded):
            span = _noun_at(folded, m.end())
            if span is not None:
                found.setdefault(folded[span[0] : span[1]], quote[span[0] : span[1]])
    if len(found) != 1:
        return None
    noun = next(iter(found.values()))
    return f"{question[: end.end()]} {noun}{question[end.end() :]}"


def asked_aim(question: str) -> str | None:
    """"target" for a question asking a target ("Chỉ tiêu ...", "... phấn đấu ..."), "result" for one asking
    what was achieved ("Kết quả ...", "... đã ... bao nhiêu", "đạt được"); None for neither or both."""
    text = normalize(question).lower()
    target, result = bool(_TARGET_RE.search(text)), bool(_RESULT_RE.search(text))
    if target == result:
        return None
    return "target" if target else "result"


def clause_aim(clause: str, section: str = "") -> str | None:
    """"target" / "result" / None: what a figure's clause writes (``_TARGET_RE`` / ``_CLAUSE_RESULT_RE``);
    a clause writing neither reads as its section heading says ("II. CHỈ TIÊU NĂM 2036 › ..."), one
    writing both as neither."""
    for text in (clause, section):
        low = normalize(text or "").lower()
        target, result = bool(_TARGET_RE.search(low)), bool(_CLAUSE_RESULT_RE.search(low))
        if target and result:
            return None
        if target or result:
            return "target" if target else "result"
    return None


def fits_aim(question: str, clause: str, section: str = "") -> bool:
    """Whether a figure written in ``clause`` (under ``section``) can be the one ``question`` asks: False
    only when the question asks a target and the clause reads as a result, or the other way round."""
    asked = asked_aim(question)
    if asked is None:
        return True
    written = clause_aim(clause, section)
    return written is None or written == asked


def both_aims(question: str, figures: list[tuple[str, str]], section: str = "") -> bool:
    """Whether a question asking neither a target nor a result (``asked_aim`` None: "Số đoàn viên mới được
    kết nạp là bao nhiêu?") is answered by figures (``(clause, value)`` pairs) of which one reads as a
    target and another, of another value, as a result ("đã kết nạp 86 ...; phấn đấu kết nạp 100 ..."):
    which is asked is the quotes' to show, not the first line's."""
    if asked_aim(question) is not None:
        return False
    by_aim: dict[str, set[str]] = {}
    for clause, value in figures:
        aim = clause_aim(clause, section)
        if aim is not None:
            by_aim.setdefault(aim, set()).add(value.lower())
    return len(by_aim) == 2 and by_aim["target"] != by_aim["result"]
