"""Questions asking a bound of a count or a sum, and the sentences writing one.

"Mỗi chi hội được đề nghị tối đa bao nhiêu hội viên?", "What is the maximum number of members each branch
may nominate?", "How many ... at most?" ask an upper bound, which a directive writes "không quá 03 hội
viên", "tối đa 05 người", "không vượt quá 10%"; "tối thiểu", "ít nhất", "at least", "minimum" ask a lower
bound, written "ít nhất 2/3", "tối thiểu 02", "không dưới 50%". The English words are the glossary's
(``data/glossary_en.json``: maximum, at most, no more than, up to -> không quá / tối đa; minimum, at least
-> ít nhất / tối thiểu / không dưới); the Vietnamese ones are the drafting words of limits, folded. Never
one document's wording.
"""

from __future__ import annotations

import re

# (bound, folded words asking it)
_ASKED = (
    ("max", r"toi da|khong qua|khong vuot qua|nhieu nhat|maximum|max|at most|no more than|not more than|up to"
     r"|not exceed(?:ing)?|the most"),
    ("min", r"toi thieu|it nhat|khong duoi|khong it hon|minimum|min|at least|no fewer than|not less than"
     r"|no less than|the least|from what age|from how many"
     # "phải từ bao nhiêu tuổi?", "đủ bao nhiêu tuổi?": the least figure (not "từ bao nhiêu đến bao nhiêu")
     r"|(?:tu|du) bao nhieu(?!.*\bden bao nhieu)"),
)
_ASKED_RE = tuple((kind, re.compile(rf"\b(?:{words})\b")) for kind, words in _ASKED)
# the bound written before its figure (up to two words between: "không quá 03", "tối đa là 05", "ít nhất
# bằng 2/3"), folded
_WRITTEN = {
    "max": re.compile(r"\b(?:toi da|khong qua|khong vuot qua|nhieu nhat)\s+(?:[^\W\d_]+\s+){0,2}\d"),
    "min": re.compile(
        r"\b(?:toi thieu|it nhat|khong duoi|khong it hon)\s+(?:[^\W\d_]+\s+){0,2}\d"
        r"|\btu\s+\d[\d.,/%]*\s+(?:[^\W\d_]+\s+){0,3}tro len\b"
    ),
}


# A bound the question states with its own figure (folded): "xã có không quá 5.000 dân thì ... mấy đại
# biểu?", "a commune of at most 5,000 people": a condition saying which case is asked, not the bound asked
# (up to two words between the bound and its figure, as ``_WRITTEN``; library5 dev l5-mttq-30).
_STATED_RE = re.compile(
    r"\b(?:toi da|khong qua|khong vuot qua|nhieu nhat|toi thieu|it nhat|khong duoi|khong it hon|maximum|max"
    r"|at most|no more than|not more than|up to|not exceed(?:ing)?|minimum|min|at least|no fewer than"
    r"|not less than|no less than)\s+(?:[^\W\d_]+\s+){0,2}\d"
)


def asked_part(folded_question: str) -> str:
    """The folded question less the bounds it states with their own figures (``_STATED_RE``: "có không quá
    5.000 dân", "at least 3 years"), each replaced by its figure alone: what is left is the bound asked
    ("tối đa bao nhiêu", "at most how many")."""
    return _STATED_RE.sub(lambda m: m.group(0)[-1], folded_question)


def asked_bound(folded_question: str) -> str | None:
    """"max" when a (folded) question asks an upper bound ("tối đa", "không quá", "maximum", "at most",
    "no more than", "up to"), "min" for a lower bound ("tối thiểu", "ít nhất", "minimum", "at least"),
    None when it asks neither or both. A bound written with the question's own figure ("xã có không quá
    5.000 dân") states the case asked about and asks no bound (``asked_part``)."""
    folded_question = asked_part(folded_question)
    found = [kind for kind, rx in _ASKED_RE if rx.search(folded_question)]
    return found[0] if len(found) == 1 else None


def writes_bound(folded_sentence: str, bound: str) -> bool:
    """Whether a (folded) sentence writes a figure with the bound ``bound`` ("max" / "min", as
    ``asked_bound`` reads it) before it: "không quá 03 hội viên", "ít nhất 2/3 số hội viên"."""
    return bool(_WRITTEN[bound].search(folded_sentence))
