"""A figure asked for one body must be that body's, not a joint one it only takes part in.

"Chỉ tiêu vận động Quỹ "Vì người nghèo" giao riêng cho Hội LHPN xã là bao nhiêu?" of a notice writing "Giao
Ủy ban MTTQ xã chủ trì, phối hợp với Hội LHPN xã và Đoàn Thanh niên xã tổ chức vận động Quỹ "Vì người
nghèo" ..., phấn đấu đạt 120.000.000 đồng": the sum is the whole campaign's, led by another body; the
Women's Union has no figure of its own, and quoting the total reads as its answer (newcomer trial 47 u05).

The question asks one body's figure when it writes the body right after "giao / dành / phân bổ (riêng) cho",
"riêng (cho / của)", or before "được giao / được phân bổ" (``asks_body_figure``). Among the quoted sentences
that write a number (dates, document numbers and list labels aside, ``figure_reading``'s mask) and the
thing asked (at least ``MATTER_MIN_SHARE`` of the question's own words, the body's and the asking words
aside), one must be the body's: naming it other than as a partner ("phối hợp với X", "cùng X"), or written
in a document the body issued and naming no partnership. When such sentences exist and none is the body's,
the quotes hold no figure for it (``checks.run_checks``: ``amount_not_found``). Read folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answer.figure_reading import _masked
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import content_tokens
from assistant.text import fold

# How much of the question's own words (the body's name and the asking words aside) a figure's sentence
# must write to be about the thing asked (trial 47 u05: the campaign's sentence writes all of "vận động Quỹ
# Vì người nghèo")
MATTER_MIN_SHARE = 0.5
# words that ask, not name the thing (folded)
_ASKING = frozenset("chi tieu giao rieng cho danh phan bo duoc bao nhieu may la muc so tien".split())
# a partner's mention before the body in its sentence (folded): "phối hợp (với)", "cùng", "tham gia"
_PARTNER_BEFORE_RE = re.compile(r"\b(?:phoi hop|cung voi|cung|tham gia)\b")


def asks_body_figure(folded_question: str, names: Iterable[str]) -> str | None:
    """The name (one of ``names``, the folded ways the asked body is written, ``bodies.names_of``) after
    which a (folded) question asks a figure given to that body alone (module doc), or None."""
    q = folded_question.replace("_", " ")
    for n in sorted(set(names), key=len, reverse=True):
        name = re.escape(n)
        if re.search(
            rf"\b(?:(?:giao|danh|phan bo)(?: rieng)? cho|rieng (?:cho |cua )?){name}\b"
            rf"|\b{name}\b(?: \w+){{0,3}} duoc (?:giao|phan bo)\b",
            q,
        ):
            return n
    return None


def _writes_number(sentence: str) -> bool:
    return bool(re.search(r"\d", _masked(sentence)))


def _partner_only(folded_sentence: str, names: list[str]) -> bool:
    """Whether the body is named in the (folded) sentence only after a partner's word (``_PARTNER_BEFORE_RE``)
    or not at all."""
    at = [m.start() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", folded_sentence)]
    if not at:
        return True
    return bool(_PARTNER_BEFORE_RE.search(folded_sentence[: min(at)]))


def body_figure_unwritten(
    question: str, names: list[str], quoted: Iterable[tuple[str, bool]]
) -> bool:
    """Whether the quotes (``quoted``: (text, whether the body issued its document) pairs) write a figure of
    the thing ``question`` asks only as others' or a joint one, never the body's (module doc). ``names``:
    the body's folded names. False when no quoted sentence writes a number and the thing."""
    own = set(fold(" ".join(names)).split())
    matter = [w for w in dict.fromkeys(content_tokens(question)) if w not in own and w not in _ASKING]
    if not matter:
        return False
    relevant = False
    for text, issued in quoted:
        for a, b in split_sentences(text):
            sentence = text[a:b]
            folded = fold(sentence)
            words = set(folded.split()) | set(content_tokens(sentence))
            if not _writes_number(sentence):
                continue
            if sum(w in words for w in matter) < MATTER_MIN_SHARE * len(matter):
                continue
            relevant = True
            if not _partner_only(folded, names) or (issued and not _PARTNER_BEFORE_RE.search(folded)):
                return False
    return relevant
