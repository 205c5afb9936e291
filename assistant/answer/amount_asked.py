"""What an amount question asks, read once per question: the unit it counts ("bao nhiêu **tỷ đồng**",
"mấy **trường**", "how many **members**") and the words and patterns documents write it with, what it is
counted per ("mỗi người"), the qualifier run after the unit, the organisation whose members it counts.

In the answer step: ``answer.amount_mentions`` checks a quoted sentence against it, ``answer.money_matter``
reads what a sum is asked for, ``answer.figures`` / ``figure_reading`` read the figure; ``asked_amount``
is the entry point.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.terms import fold
from assistant.lexicon.phrases import (
    canonical_units,
    member_nouns,
    noun_paraphrases,
    quantity_units,
    unit_patterns,
    unit_spellings,
)
from assistant.lexicon.words import glossary_terms, person_nouns
from assistant.query.amounts import amount_unit, money_noun
from assistant.text import detect_language, nfc

# A unit a question asks for and the words documents write it with: "bao nhiêu tiền" is answered by
# "2.300.000 đồng".
_UNIT_SYNONYMS = {"tien": ("dong", "trieu", "ty", "nghin"), "kinh": ("dong", "trieu", "ty")}


# a count written in words, folded ("ba tháng", "hai đợt"); not the denominator of a share ("hai phần ba
# tổng số ủy viên" counts no "ba ... ủy viên")
NUMBER_WORDS = r"(?<!phan )(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|muoi mot|muoi hai)"
# a share of a total written in words, folded ("hai phần ba", "một nửa", "quá nửa")
_DIGIT_WORDS = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
FRACTION_WORDS = rf"(?:{NUMBER_WORDS}\s+phan\s+{_DIGIT_WORDS}|(?:mot|qua|hon)\s+nua)"


# A rate asked for without a unit, folded: "lãi suất (là) bao nhiêu", "tỉ lệ ... bao nhiêu?"; and a rate
# asked by its sign or its words, "bao nhiêu %", "mấy phần nghìn" (whatever unit the words after it seem to
# name). A "%" elsewhere in the question is a condition ("thiệt hại trên 70%"), not what is asked.
# ("What share of households ...?" asks a percentage too; trial 39 e5)
RATE_NOUN_RE = re.compile(
    r"\b(?:lai suat|ty le|ti le|interest rate|percentage)\b|^what (?:share|proportion|part) of\b"
)
RATE_ASKED_RE = re.compile(r"\b(?:bao nhieu|may)\s*(?:%|‰|phan tram\b|phan nghin\b)")


def asked_amount(
    question: str, members: bool = True
) -> tuple[list[str], bool, bool, list[str], list[str], str, str | None] | None:
    """What ``amount_supported`` checks, read once per question (the retriever checks many passages):
    (unit, english, percent, Vietnamese units, unit words, their pattern, priced noun); None when the
    question asks no amount. ``members``: an organisation's members asked by the everyday noun are
    counted by its member noun too ("cựu chiến binh" / "hội viên", ``member_organisation``). Each call
    gets its own lists (the cache, shared by every question, keeps tuples)."""
    found = _asked_amount(question, members)
    if found is None:
        return None
    unit, english, percent, vi_units, heads, words_re, noun = found
    return list(unit), english, percent, list(vi_units), list(heads), words_re, noun


def rate_asked(question: str) -> bool:
    """Whether a "how much" question asks a rate (a percentage or per mille: "Lãi suất cho vay là bao
    nhiêu?", "bao nhiêu %?"), as ``asked_amount`` reads it (its ``percent``)."""
    found = _asked_amount(question, True)
    return found is not None and found[2]


@lru_cache(maxsize=64)
def _asked_amount(
    question: str, members: bool
) -> tuple[tuple[str, ...], bool, bool, tuple[str, ...], tuple[str, ...], str, str | None] | None:
    unit = amount_unit(question)
    if unit is None:
        return None
    # the question's language as ``text.detect_language`` tells it: a Vietnamese question typed without
    # diacritics ("Con doan vien bo sinh hoat may thang ...?") counts its unit as its accented twin does;
    # read as English, any number (a date's "15/3") met its "tháng"
    english = detect_language(question) == "en"
    folded_q = fold(question)
    percent = unit[:2] == ["phan", "tram"] or "percent" in folded_q or "ty le" in folded_q
    # "lãi suất bao nhiêu?", "bao nhiêu %?", "mấy phần nghìn?": a rate is a percentage (or per mille), which
    # a sum in đồng does not answer
    percent = (
        percent or bool(RATE_ASKED_RE.search(folded_q)) or (not unit and bool(RATE_NOUN_RE.search(folded_q)))
    )
    # "how many members": the glossary's Vietnamese for the unit (hội viên, đoàn viên) must be written;
    # "how many young people": the phrase's (thanh niên), not its words' (``counted_nouns``)
    vi_units = list(counted_nouns(tuple(unit), english)) if english else []
    # a unit of two syllables is one word ("hội viên", "tổ hợp", "ngày làm"): its first syllable alone
    # would take "2. Các chi hội ..." (a list number before "hội") for a count of members
    if unit[:1] and unit[0] in quantity_units():
        heads = list(quantity_units()[unit[0]])  # "diện tích ... bao nhiêu": an area in ha, m², km²
    elif len(unit) > 1 and unit[0] in unit_spellings():
        heads = [unit[0]]  # "bao nhiêu ha lúa": a measure, then what is measured ("310 ha thiệt hại")
    elif len(unit) > 1 and unit[0] not in _UNIT_SYNONYMS:
        heads = [" ".join(unit)]
    else:
        heads = [unit[0], *_UNIT_SYNONYMS.get(unit[0], ())] if unit else []
    if len(unit) > 1 and unit[0] in CLASSIFIERS:
        # "bao nhiêu căn nhà": the classifier is often left out ("46 nhà", "Số nhà Đại đoàn kết: 5")
        heads.append(" ".join(unit[1:]))
    if unit[:1] == ["nguoi"]:  # "bao nhiêu người": a count before any noun for people ("05 đại biểu")
        heads = list(person_nouns())
    elif not english:
        # "bao nhiêu chị em": the noun the directives write for it is counted too ("1.500 phụ nữ")
        heads += [n for n in counted_nouns(tuple(unit), False) if n not in heads]
    # "bao nhiêu cựu chiến binh": an organisation's members asked by the everyday noun are counted by the
    # noun its documents write ("12 hội viên"; lexicon member_nouns)
    # (only in that organisation's documents: ``checks`` asks ``member_organisation``)
    # (so are those of its directive wording or translation: "bao nhiêu chị em" / "phụ nữ", "how many young
    # people" / "thanh niên" -> "2.500 lượt đoàn viên")
    if members:
        for noun in _member_phrases(unit, english):
            heads += [n for n in member_nouns()[noun][1] if n not in heads]
            if vi_units:
                vi_units += [n for n in member_nouns()[noun][1] if n not in vi_units]
    if english and not vi_units and unit and unit[0] != "tien" and detect_language(question) == "en":
        # an English question's unit read as the documents write it ("households" -> "hộ",
        # ``query.amounts.amount_unit``): the count is written with it, as for a Vietnamese question
        vi_units = list(heads)
    words_re = unit_words_re(heads)
    # "Giá vé ... là bao nhiêu?": the sum must be written for the thing priced ("vé"), not for another
    noun = money_noun(question) if unit == ["tien"] and not english else None
    return tuple(unit), english, percent, tuple(vi_units), tuple(heads), words_re, noun


@lru_cache(maxsize=64)
def counted_nouns(unit: tuple[str, ...], english: bool) -> tuple[str, ...]:
    """The folded nouns documents count an asked unit with, besides the unit itself: for an English unit
    the glossary's Vietnamese for the whole phrase ("young people" -> "thế hệ trẻ", "thanh niên"), else for
    each word ("members" -> "đoàn viên", "hội viên"); for a Vietnamese one the directive wording the
    lexicon gives for the everyday noun ("chị em" -> "phụ nữ"; ``lexicon.phrases.noun_paraphrases``). A
    money unit ("tiền", "kinh phí") and "người" have their own readings (``asked_amount``)."""
    if not unit or unit[0] in _UNIT_SYNONYMS or unit == ("nguoi",):
        return ()
    if english:
        terms = glossary_terms(" ".join(unit)) or [t for w in unit for t in glossary_terms(w)]
        return tuple(dict.fromkeys(fold(t) for t in terms))
    return noun_paraphrases().get(" ".join(unit), ())


def _member_phrases(unit: list[str], english: bool) -> list[str]:
    """The everyday nouns for an organisation's members an asked unit is (lexicon member_nouns): the unit
    itself or one of its ``counted_nouns``."""
    phrases = [" ".join(unit), *counted_nouns(tuple(unit), english)]
    return [p for p in dict.fromkeys(phrases) if p in member_nouns()]


# between the words of a unit of two ("tin bài" written "tin, bài" or "tin/bài"), folded
_PAIR_JOINER = r"(?:\s*[,/]\s*|\s+)"


def unit_rx(unit: str) -> str:
    """The folded pattern of a unit written after a number: a unit of two words is also written as a pair
    with a comma or a slash between them ("15 tin, bài", "tin/bài" for the "tin bài" asked)."""
    return _PAIR_JOINER.join(map(re.escape, unit.split()))


def unit_words_re(heads: list[str]) -> str:
    """The folded pattern of a unit's words as documents write them, each abbreviation with its spellings
    ("ha" | "héc-ta" | "hecta"; ``lexicon.phrases.unit_patterns``)."""
    return "|".join(p.replace("\\ ", _PAIR_JOINER) for h in heads for p in unit_patterns(h))


def labelled_count(words_re: str) -> str:
    """The pattern (folded) of a count labelled by its unit, up to the number: "Số hộ: ", "Số lượng hội
    viên: ", "Số người dự kiến: ", as table cells and fields write it."""
    return rf"\bso (?:luong )?(?:{words_re})\b(?:[^:;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,25}}:\s*"


# Units that are the parts of a procedure, in order: "mấy bước" asks for the steps themselves (folded).
STEP_UNITS = frozenset(["buoc", "giai doan"])
# Classifiers before a noun for a thing ("căn nhà", "chiếc xe", "ngôi trường"), folded: a count or a rate
# is often written with the noun alone ("46 nhà", "60.000.000 đồng/nhà").
CLASSIFIERS = frozenset("can chiec ngoi tam quyen cuon buc".split())
# "mỗi buổi", "mỗi người", "mỗi căn nhà": what an asked amount is counted per, with the classifier before
# it (written with its diacritics: folded, "mới" (new) would read as "mỗi").
PER_RE = re.compile(r"\bmỗi\s+(?:(căn|chiếc|ngôi|tấm|quyển|cuốn|bức)\s+)?(\w+)")


@lru_cache(maxsize=1)
def persons_re() -> str:
    """The folded pattern of the nouns for people (lexicon person_nouns), longest first."""
    return "|".join(sorted(map(re.escape, person_nouns()), key=len, reverse=True))


def per_person(question: str) -> str | None:
    """The noun for people a question asks an amount per, folded ("mỗi gương mặt" -> "guong mat", "mỗi
    người" -> "nguoi"), or None: each person is met by any noun for people ("Mỗi cá nhân được ...")."""
    per = PER_RE.search(canonical_units(nfc(question)).lower())
    if per is None:
        return None
    m = re.match(rf"(?:{persons_re()})\b", fold(canonical_units(nfc(question)).lower()[per.start(2) :]))
    return m.group(0) if m else None


def qualifier_run(question: str) -> list[str]:
    """The folded words after a counted unit up to the question's next mark ("bao nhiêu gương mặt thanh
    niên làm kinh tế giỏi?" -> thanh nien lam kinh te gioi), the numbers and "năm" aside: what a document's
    subject line must write whole to qualify the count (``amount_supported``' ``titled``), where the
    qualifier alone ("thanh niên") would let "gương mặt thanh niên khởi nghiệp" through."""
    unit = amount_unit(question)
    if not unit:
        return []
    folded = fold(question)
    words = r"\s+".join(map(re.escape, unit))
    m = re.search(rf"\b(?:bao nhieu|may)\s+{words}\b", folded)
    if m is None:
        return []
    rest = re.split(r"[?,;.!:]", folded[m.end() :], maxsplit=1)[0]
    return [w for w in re.findall(r"\w+", rest) if not w.isdigit() and w != "nam"]


def member_organisation(question: str) -> str | None:
    """The registry organisation whose members a count question asks by their everyday noun ("bao nhiêu
    cựu chiến binh" -> "hoi_ccb"; lexicon member_nouns), or None."""
    asked = asked_amount(question)
    nouns = _member_phrases(asked[0], asked[1]) if asked else []
    return member_nouns()[nouns[0]][0] if nouns else None
