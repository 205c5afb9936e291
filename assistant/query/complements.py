"""The act an aspect verb takes as its complement ("hoàn thành niêm yết ...", "bắt đầu tiếp nhận ..."),
which pyvi's tagger, after such a verb, often reads as a noun."""

from __future__ import annotations

from collections.abc import Callable

from assistant import text as vt

# Verbs of an act's phase that take the act itself as their complement, pyvi's folded words: "hoàn thành
# niêm yết công khai danh sách" asks the time of "niêm yết" (newcomer trial 43 u05: the tagger read
# "niêm_yết/N", and "vay" of "hộ vay" was taken for the act, so a sibling step's date answered). Not "xong"
# nor "hoàn tất", which close an act rather than open a complement clause.
ASPECT_VERBS = frozenset("hoan_thanh bat_dau ket_thuc".split())
# Verbs of issuing that take the act issued as their complement, right after a modal: "phải ra quyết định
# chậm nhất trong bao lâu?" asks the time of deciding (library6 l6-party-04: the tagger read
# "quyết_định/N" before "chậm", so no act was read and the chi bộ's time to send its file answered; "phải ra
# quyết định trong vòng ..." is tagged "quyết_định/V" already). Not after a noun ("người ra ứng cử"), and
# a paper issued stays a noun by ``_ISSUE_PROBE`` ("phải ra văn bản").
ISSUING_VERBS = frozenset("ra dua_ra".split())
_MODALS = frozenset("phai can se".split())

Tagger = Callable[[str], "tuple[list[str], list[str]] | None"]


def complement_tags(words: list[str], tags: list[str], retag: Tagger) -> list[str]:
    """``tags`` with the word right after an aspect verb (``ASPECT_VERBS``, or an issuing one after a modal,
    ``ISSUING_VERBS``; tagged "V") tagged "V" when the
    tagger reads it as a verb between a subject and an object (``_VERB_PROBE``: "Chi hội niêm_yết/V danh
    sách"); the same list otherwise. ``words``/``tags``: pyvi's words (syllables joined by "_") and tags of
    a question; ``retag``: the tagger (text -> (words, tags), or None when it fails). A noun stays one:
    "hoàn thành kế hoạch" names the plan, "hoàn thành đại hội" the congress, not an act of their own (the
    question's own frame cannot tell: after "phải" the tagger reads any word as a verb). Only a word of two
    syllables: pyvi joins longer runs of a verb and its object ("tổng_hợp_ý_kiến"), no act's own wording."""
    out = list(tags)
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        issuing = vt.fold(w) in ISSUING_VERBS and i > 0 and vt.fold(words[i - 1]) in _MODALS
        if not (vt.fold(w) in ASPECT_VERBS or issuing) or tags[i] != "V" or tags[i + 1] != "N":
            continue
        if nxt.count("_") != 1:
            continue
        probe = retag((_ISSUE_PROBE if issuing else _VERB_PROBE).format(nxt.replace("_", " ")))
        if probe is None:
            continue
        read = dict(zip(*probe, strict=True))
        if read.get(nxt) == "V":
            out[i + 1] = "V"
    return out


# A clause with a generic subject and object: the word between them is read as a verb only if it is one
# ("Chi hội kế_hoạch/N danh_sách", "Chi hội niêm_yết/V danh_sách").
_VERB_PROBE = "Chi hội {} danh sách"
# The probe of an issuing verb's complement: "Chi hội quyết_định/V về việc này", "Chi hội văn_bản/N về ...";
# ``_VERB_PROBE`` joins "quyết_định_danh_sách" into one word.
_ISSUE_PROBE = "Chi hội {} về việc này"
