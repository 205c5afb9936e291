"""Questions asking a bound of a count or a sum, and the sentences writing one.

"Mỗi chi hội được đề nghị tối đa bao nhiêu hội viên?", "What is the maximum number of members each branch
may nominate?", "How many ... at most?" ask an upper bound, which a directive writes "không quá 03 hội
viên", "tối đa 05 người", "không vượt quá 10%"; "tối thiểu", "ít nhất", "at least", "minimum" ask a lower
bound, written "ít nhất 2/3", "tối thiểu 02", "không dưới 50%". The words, Vietnamese and English, with
their directions are the one table of ``lexicon.bound_words`` (``phrases.json`` bound_words). Never one
document's wording.
"""

from __future__ import annotations

import re

from assistant.lexicon.bound_words import bound_alternation

# (bound, folded words asking it): the inclusive bound words of ``lexicon.bound_words`` (Vietnamese and
# English), and the question's own ways of asking the most or the least
_ASKED = (
    ("max", bound_alternation("max", inclusive=True) + r"|the most"),
    (
        "min",
        bound_alternation("min", inclusive=True) + r"|the least|from what age|from how many"
        # "phải từ bao nhiêu tuổi?", "đủ bao nhiêu tuổi?": the least figure (not "từ bao nhiêu đến bao nhiêu")
        r"|(?:tu|du) bao nhieu(?!.*\bden bao nhieu)",
    ),
)
_ASKED_RE = tuple((kind, re.compile(rf"\b(?:{words})\b")) for kind, words in _ASKED)
# the bound written before its figure (up to two words between: "không quá 03", "tối đa là 05", "ít nhất
# bằng 2/3"), or "từ N ... trở lên / trở xuống" (folded; the Vietnamese inclusive words of the table)
_WRITTEN = {
    bound: re.compile(
        r"\b(?:" + bound_alternation(bound, inclusive=True, language="vi") + r")\s+(?:[^\W\d_]+\s+){0,2}\d"
        r"|\btu\s+\d[\d.,/%]*\s+(?:[^\W\d_]+\s+){0,3}(?:"
        + bound_alternation(bound, side="after", language="vi")
        + r")\b"
    )
    for bound in ("max", "min")
}


# A bound the question states with its own figure (folded): "xã có không quá 5.000 dân thì ... mấy đại
# biểu?", "a commune of at most 5,000 people": a condition saying which case is asked, not the bound asked
# (up to two words between the bound and its figure, as ``_WRITTEN``; library5 dev l5-mttq-30).
_STATED_RE = re.compile(r"\b(?:" + bound_alternation(inclusive=True) + r")\s+(?:[^\W\d_]+\s+){0,2}\d")


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
