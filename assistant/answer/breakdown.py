"""A sum and its parts written in one clause: "Kinh phí tổ chức X: 45.000.000 đồng, trong đó: A 15.000.000
đồng; B 30.000.000 đồng".

The figure written before "trong đó" / "gồm" / "bao gồm" is the whole; those after it are its parts. A
question asking the whole ("Tổng kinh phí X?", or "Kinh phí X là bao nhiêu?" naming no part) takes the sum,
never a part; a question naming a part ("A đóng góp bao nhiêu?") takes that part (newcomer trial 43 q10:
"Tổng kinh phí ...?" was answered with the first part's amount).
"""

from __future__ import annotations

import math
import re

from assistant.answer.figure_checks import _TOTAL_RE
from assistant.answer.terms import Terms, overlap, passage_terms
from assistant.text import fold, fold_chars

# How much of the question (IDF-weighted, as ``terms.overlap``) the words written before a sum may leave
# unwritten for the sum to answer it: "tổng" of "Tổng kinh phí tổ chức Ngày hội ...?" (0.11) may; "xây dựng mô
# hình ... tiết kiệm" of another activity of the plan (0.61) may not.
SUM_UNNAMED_MAX_SHARE = 0.3

_TOKEN_RE = re.compile(r"[^\W_]+")
# What opens the list of parts after a sum (folded): "trong đó", "bao gồm", "gồm (có)", "chia ra".
_PARTS_RE = re.compile(r"\b(?:trong do|bao gom|gom co|gom|chia ra|cu the)\b\s*:?")


def whole_or_parts(
    terms: Terms, found: list[tuple], total: bool, question: str = "", about: str = "", doc_type: str = ""
) -> list[tuple] | None:
    """Of ``found`` (``figures._figure``'s rows: (score, value, sentence, clause, label, head)), the rows
    the question asks for when every row's figure is in one sentence that writes exactly one of them
    before a parts marker (``_PARTS_RE``) and the others after it: ``[whole]`` when the question asks a
    total (``total``) or names none of the parts (the words of a part's own phrase not already written
    before the sum cover none of ``terms`` that phrase leaves uncovered: "LHPN" read as "phụ nữ" names no
    part of a sum for "Ngày hội Phụ nữ ..."), else the part(s) whose own words cover most of the question.
    [] (no figure line) when the words written before the sum (with ``about``, the document's subject line,
    when they name the document itself by its kind ``doc_type``: "thực hiện Đề án") leave more than
    ``SUM_UNNAMED_MAX_SHARE`` of the question's words (the total asked, "tổng cộng", set aside) unwritten:
    "Kinh phí tổ chức Ngày hội ...: 45.000.000 đồng, trong đó: ..." is no budget of
    "mô hình Tổ tiết kiệm xanh" of the same plan (trial 43 u01). None when the sentence is no such sum
    (the caller's other rules decide)."""
    if len({f[2] for f in found}) != 1 or len({f[1].lower() for f in found}) < 2:
        return None
    sentence = found[0][2]
    folded = fold_chars(sentence).lower()
    at = {f[1]: _find(sentence, f[1]) for f in found}
    if any(i < 0 for i in at.values()):
        return None
    marker = _PARTS_RE.search(folded)
    if marker is None:
        return None
    before = [f for f in found if at[f[1]] < marker.start()]
    after = [f for f in found if at[f[1]] >= marker.end()]
    if len({f[1].lower() for f in before}) != 1 or not after or len(before) + len(after) != len(found):
        return None
    whole = before[0]
    head_text = sentence[: at[whole[1]]]
    # the words naming the whole run to the parts marker ("làm 820 ha ngô bị hại, trong đó 95 ha mất trắng"
    # names the sum by the words after its figure; tests/test_senders_and_measures.py); a part is still told
    # by its own words against those before the sum ("640 hội viên, trong đó 230 hội viên nữ")
    named = sentence[: marker.start()]
    # (the sum of another activity of the document is no answer: trial 43 u01)
    # ("Tổng kinh phí thực hiện Đề án là ...": a sum of the document itself is what its subject line says)
    if doc_type and re.search(rf"\b{re.escape(fold(doc_type))}\b", fold(head_text)):
        head_text = f"{head_text} {about}"
        named = f"{named} {about}"
    alone = [] if _unnamed_share(terms, named, question) > SUM_UNNAMED_MAX_SHARE else [whole]
    if total:
        return alone
    head = set(_TOKEN_RE.findall(fold(head_text)))
    base = overlap(terms, head_text)
    gains = [
        overlap(terms, f"{head_text} {_own_words(sentence, f[1], marker.end(), head)}") - base for f in after
    ]
    if max(gains) <= 0:
        return alone
    return [f for f, g in zip(after, gains, strict=True) if g == max(gains)]


def _own_words(sentence: str, value: str, start: int, head: set[str]) -> str:
    """The words naming the part whose figure is ``value``: from the mark before it (the parts marker, a
    ";" or ",") to the mark after it, less the words the sum's own phrase (``head``, folded words) writes."""
    at = _find(sentence, value, start)
    left = max([start] + [sentence.rfind(c, start, at) + 1 for c in ",;"])
    ends = [i for i in (sentence.find(c, at + len(value)) for c in ",;") if i >= 0]
    phrase = sentence[left : min(ends) if ends else len(sentence)].replace(value, " ")
    return " ".join(w for w in phrase.split() if not set(_TOKEN_RE.findall(fold(w))) <= head)


def _find(sentence: str, value: str, start: int = 0) -> int:
    """Where ``value`` is written in ``sentence`` from ``start`` as a whole number ("5.000.000 đồng" is not
    in "45.000.000 đồng"), -1 when nowhere."""
    m = re.compile(r"(?<![\d.,])" + re.escape(value)).search(sentence, start)
    return m.start() if m else -1


def _unnamed_share(terms: Terms, text: str, question: str) -> float:
    """The weight share (``terms.weights``) of the question's words (less numbers and the words asking a
    total, ``_TOTAL_RE``) that ``text`` does not write, in [0, 1]."""
    totals = {w for m in _TOTAL_RE.finditer(fold(question)) for w in m.group(0).split()}
    asked = {w for w in terms.unigrams if not any(c.isdigit() for c in w) and w not in totals}
    missing = asked - passage_terms(text)[0]
    return math.fsum(terms.weights(missing)) / (math.fsum(terms.weights(asked)) or 1.0)
