"""Mention checks: whether quoted text writes what a question's precise check needs.

- an amount: the unit asked for ("bao nhiêu **tỷ đồng**", "how many **members**") next to a number, or a
  count in words ("ba tháng"); a sum for the priced noun ("Giá vé"); a count of people before any noun for
  people. A budget figure that appears nowhere cannot be answered by quoting a nearby sentence about the
  budget; what a money question asks the sum for (``money_matter``: "hỗ trợ **mua đất**") is what the
  sentence writing it must be about (``answer.checks``); a rate asked without a unit ("lãi suất bao
  nhiêu?", "bao nhiêu %?") is a percentage or per mille, an interest rate one written with "lãi";
- a person: a name by the shape of a Vietnamese name, near the post asked for;
- a body: its names as whole words, not followed by another level or place (``names_any``);
- a place: written in at least one quoted document (``places_mentioned``); a sentence writing a place as a
  "where" question asks it (``place_writer``);
- a contact detail: a phone number or an email address written out (``contact_written``);
- a choice ("bỏ phiếu kín hay giơ tay?"): one of the alternatives written (``choice_written``).

``abstain.Evidence`` records each result; ``abstain.should_abstain`` abstains when one fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant.answer.terms import NUMBER_RE, Terms, fold
from assistant.lexicon.phrases import (
    canonical_units,
    choice_wordings,
    member_nouns,
    money_verb_variants,
    noun_paraphrases,
    quantity_units,
    unit_patterns,
    unit_spellings,
)
from assistant.lexicon.words import glossary_terms, person_nouns, registry, seat_nouns, type_names
from assistant.obligations.deadlines import WEEKDAY
from assistant.query.actions import compound_words
from assistant.query.amounts import amount_qualifier, amount_unit, asks_sum, money_noun
from assistant.query.intents import contact_asked
from assistant.retrieve.fields import field_labels, unlabelled_fields
from assistant.text import (
    TOKEN_RE,
    content_mask,
    detect_language,
    find_doc_numbers,
    fold_chars,
    has_diacritics,
    nfc,
    normalize,
    opens_reference,
    question_words,
    spell_out,
)

# an item's label ("4.", "b)"): it numbers a list, it counts nothing
ITEM_LABEL_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s+", re.IGNORECASE)


def _counts(sentence: str) -> bool:
    """True when the sentence writes a quantity: a number that is not a document number or a year."""
    masked = sentence
    for _, a, b in find_doc_numbers(sentence):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    for m in NUMBER_RE.finditer(masked):
        raw = m.group(0)
        if re.fullmatch(r"(19|20)\d{2}(-(19|20)\d{2})?", raw) or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", raw):
            continue
        return True
    return False


# A unit a question asks for and the words documents write it with: "bao nhiêu tiền" is answered by
# "2.300.000 đồng".
_UNIT_SYNONYMS = {"tien": ("dong", "trieu", "ty", "nghin"), "kinh": ("dong", "trieu", "ty")}


# a count written in words, folded ("ba tháng", "hai đợt"); not the denominator of a share ("hai phần ba
# tổng số ủy viên" counts no "ba ... ủy viên")
NUMBER_WORDS = r"(?<!phan )(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|muoi mot|muoi hai)"
# a share of a total written in words, folded ("hai phần ba", "một nửa", "quá nửa")
_DIGIT_WORDS = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
FRACTION_WORDS = rf"(?:{NUMBER_WORDS}\s+phan\s+{_DIGIT_WORDS}|(?:mot|qua|hon)\s+nua)"


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(person_nouns())


# A rate asked for without a unit, folded: "lãi suất (là) bao nhiêu", "tỉ lệ ... bao nhiêu?"; and a rate
# asked by its sign or its words, "bao nhiêu %", "mấy phần nghìn" (whatever unit the words after it seem to
# name). A "%" elsewhere in the question is a condition ("thiệt hại trên 70%"), not what is asked.
# ("What share of households ...?" asks a percentage too; trial 39 e5)
RATE_NOUN_RE = re.compile(
    r"\b(?:lai suat|ty le|ti le|interest rate|percentage)\b|^what (?:share|proportion|part) of\b"
)
RATE_ASKED_RE = re.compile(r"\b(?:bao nhieu|may)\s*(?:%|‰|phan tram\b|phan nghin\b)")
# A rate as documents write it: "0,65%/tháng", "4‰", "năm phần trăm" (folded)
RATE_WRITTEN_RE = re.compile(r"%|‰|\bphan (?:tram|nghin)\b")
# a share of a total written in words, folded ("trên một phần hai tổng số", "quá nửa", "hai phần ba số")
_SHARE_IN_WORDS_RE = re.compile(rf"\b{FRACTION_WORDS}\b")


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


def _unit_rx(unit: str) -> str:
    """The folded pattern of a unit written after a number: a unit of two words is also written as a pair
    with a comma or a slash between them ("15 tin, bài", "tin/bài" for the "tin bài" asked)."""
    return _PAIR_JOINER.join(map(re.escape, unit.split()))


# The words of a sum in đồng ("500.000 đồng", "3,2 tỷ đồng", "100 nghìn"), folded: written right after its
# number (a scale word between), never words apart, for folded "đồng" is also the "đồng" of "Hội đồng"
# ("... ngày 17 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh" writes no sum; trial 34: such a citing sentence
# was read as a sum for every money question)
_MONEY_UNITS = frozenset(("dong", "trieu", "ty", "nghin"))
_MONEY_SCALE_GAP = r"(?:[\W_]+(?:trieu|ty|nghin|ngan))?"
# A sum written as a threshold ("công trình ... có giá trị từ 30 triệu đồng trở lên", "hộ có thu nhập từ 5
# triệu đồng trở xuống"), folded: a criterion on the size of another thing, not a sum spent or held; no
# answer to "Kinh phí ... là bao nhiêu?" (trial 37 u05)
_THRESHOLD_SUM_RE = re.compile(
    r"\b(?:tu|tren|duoi)\s+\d[\d.,]*(?:[\W_]+(?:trieu|ty|nghin|ngan))?(?:[\W_]+dong)?\s+tro\s+(?:len|xuong)\b"
)


def _unit_gap(unit: str) -> str:
    """What may stand between a number and the unit it counts (folded): up to two words ("20 tổ hợp tác",
    "09 trường mầm non"), only a scale word for a sum in đồng."""
    return _MONEY_SCALE_GAP if unit in _MONEY_UNITS else r"(?:[\W_]+[^\W\d_]+){0,2}"


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
_PER_RE = re.compile(r"\bmỗi\s+(?:(căn|chiếc|ngôi|tấm|quyển|cuốn|bức)\s+)?(\w+)")


@lru_cache(maxsize=1)
def _persons_re() -> str:
    """The folded pattern of the nouns for people (lexicon person_nouns), longest first."""
    return "|".join(sorted(map(re.escape, person_nouns()), key=len, reverse=True))


def _per_person(question: str) -> str | None:
    """The noun for people a question asks an amount per, folded ("mỗi gương mặt" -> "guong mat", "mỗi
    người" -> "nguoi"), or None: each person is met by any noun for people ("Mỗi cá nhân được ...")."""
    per = _PER_RE.search(canonical_units(nfc(question)).lower())
    if per is None:
        return None
    m = re.match(rf"(?:{_persons_re()})\b", fold(canonical_units(nfc(question)).lower()[per.start(2) :]))
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


# a range of numbers: "18 đến 55", "18 - 35" (folded)
_RANGE = r"\d[\d.,]*\s*(?:den|-|–)\s*\d"


def amount_supported(
    question: str,
    sentences: list[str],
    passages: list[str] | None = None,
    folded: list[str] | None = None,
    members: bool = True,
    titled: str = "",
) -> bool:
    """For amount questions, is the asked-for unit written with a quantity in one of the sentences?
    ``folded``: the sentences already folded, in the same order (the retriever keeps its passages so).
    ``titled``: the subject line of the sentences' document, whose words qualify every count it writes
    ("20 gương mặt" of the guide on the award "Thanh niên làm kinh tế giỏi" counts those faces).

    "phần trăm"/"percent" is satisfied by a "%"; English units are not checked (the documents are in
    Vietnamese), only that some relevant sentence writes a quantity. What the question asks is read once
    per question (``_AmountCheck``): the retriever checks one passage at a time, dozens a question.
    """
    check = _amount_check(question, members)
    if check is None:
        return True
    title_words = set(re.findall(r"\w+", fold(titled))) if titled else set()
    run = check.run if check.qualifier and titled else set()
    for i, s in enumerate(sentences):
        if check.writes(s, folded[i] if folded is not None else fold(s), passages or [], title_words, run):
            return True
    return False


class _AmountCheck:
    """What ``amount_supported`` reads of one question, with its patterns compiled: the asked unit's words
    (``asked_amount``), what the amount is counted per ("mỗi buổi", "mỗi người"), the qualifier of the
    count, a rate of interest, a count of steps. Built by ``_amount_check``; never changed afterwards."""

    def __init__(self, question: str, asked: tuple) -> None:
        unit, english, percent, vi_units, heads, words_re, noun = asked
        self.unit, self.english, self.percent, self.vi_units = unit, english, percent, vi_units
        self.heads, self.words_re, self.noun = heads, words_re, noun
        # "Kinh phí ... là bao nhiêu?": a sum itself is asked; a threshold sum is another thing's size
        self.sum_asked = unit == ["tien"] and asks_sum(question)
        # "bao nhiêu tiền mỗi buổi?": a rate; a sum that is not per session (a whole budget) does not answer
        # it (read with diacritics, as the question writes them: folded, "mỗi hộ" would be met by "hỗ trợ")
        # (a unit spelled in words is its abbreviation, as documents write it: "mỗi hecta" is "mỗi ha")
        per = _PER_RE.search(canonical_units(nfc(question)).lower())
        per_words = [w for w in per.groups() if w] if per else []
        self.per_re = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, per_words))})(?!\w)") if per else None
        self.per_folded = (
            re.compile(rf"\b(?:{'|'.join(re.escape(fold(w)) for w in per_words)})\b") if per else None
        )
        # "mỗi người" is met by each person however written ("Mỗi cá nhân được ... tiền thưởng 5.000.000
        # đồng", trial 32 q30): the per noun read folded after "mỗi"; so is any noun for people asked per
        # ("mỗi gương mặt Thanh niên làm kinh tế giỏi", trial 32 p09; lexicon person_nouns)
        persons = _persons_re()
        self.per_person = re.compile(rf"\bmoi\s+(?:{persons})\b") if _per_person(question) else None
        # "mấy thành viên", "bao nhiêu đảng viên": "người" counts people of any kind ("không quá 04 người")
        self.people = " ".join(unit) in _people()
        # a committee's seats are counted by any of their nouns ("11 đồng chí" for "bao nhiêu ủy viên")
        seats = "|".join(map(re.escape, seat_nouns()))
        self.seats = re.compile(rf"\d[\d.,]*\s+(?:{seats})\b") if " ".join(unit) in seat_nouns() else None
        self.interest = percent and bool(re.search(r"\b(?:lai suat|interest)\b", fold(question)))
        # "gồm mấy bước?": the steps are what is asked; the list of them ("Bước 1: ...") answers as a count
        self.step_re = (
            re.compile(rf"\b{re.escape(' '.join(unit))}\s+(?:\d+|[ivx]+|{NUMBER_WORDS})\s*[:.)–-]")
            if " ".join(unit) in STEP_UNITS and not english
            else None
        )
        # "bao nhiêu hội viên nữ?": only a sentence writing those words counts the members asked
        # (trial 28 n08)
        self.qualifier = set(amount_qualifier(question)) - {"la"}
        self.run = set(qualifier_run(question)) if self.qualifier else set()
        # the patterns of ``writes``, one per unit word where they are read one by one
        self.in_words = re.compile(rf"\b{NUMBER_WORDS}\s+(?:{words_re})\b")
        self.fraction = re.compile(rf"\b{FRACTION_WORDS}\s+(?:tong so|so)\s+(?:{words_re})\b")
        self.vi_counts = [re.compile(rf"\d[\d.,%]*\s+(?:\w+\s+){{0,2}}{re.escape(u)}\b") for u in vi_units]
        self.person_count = re.compile(rf"\d[\d.,%]*\s+(?:(?:tong so|trong so|so)\s+)?(?:{words_re})\b")
        self.labelled = re.compile(rf"{labelled_count(words_re)}\d")
        others = unit[:1] != ["nguoi"]  # "người" is read by ``person_count`` and ``labelled`` only
        self.after_number = [
            re.compile(rf"\d[\d.,]*{_unit_gap(u)}[\W_]+{_unit_rx(u)}\b") for u in heads if others
        ]
        self.coordinated = [
            re.compile(rf"\d[\d.,]*(?:\s+[^\W\d_]+){{1,3}}\s+(?:hoac|hay|va)\s+{_unit_rx(u)}\b")
            for u in heads
            if others
        ]
        self.before_range = [
            re.compile(rf"\b{re.escape(u)}\s+(?:\w+\s+)?(?:tu\s+)?{_RANGE}") for u in heads if others
        ]
        self.column = re.compile(rf"\(\s*(?:{words_re})\s*(?:/[^()]*)?\)\s*:\s*\d")
        self.unit_column = re.compile(rf"(?:^|[;.]\s)(?:don vi(?: tinh)?|dvt)\s*:\s*(?:{words_re})\s*(?:;|$)")
        self.row_header = re.compile(rf"\(\s*(?:{words_re})\s*\)\s*:\s*[^\W\d_]")

    def writes(self, s: str, f: str, passages: list[str], title_words: set[str], run: set[str]) -> bool:
        """Whether one sentence ``s`` (folded ``f``) writes a quantity in the unit asked; ``title_words`` and
        ``run``: the words of the document's subject line and the question's qualifier run
        (``amount_supported``)."""
        unit, english, heads, words_re = self.unit, self.english, self.heads, self.words_re
        if self.qualifier:
            written = set(re.findall(r"\w+", f))
            if not self.qualifier <= written and not (run and run <= written | title_words):
                return False
        if (
            self.per_re is not None
            and not (self.per_re.search(nfc(s).lower()) if has_diacritics(s) else self.per_folded.search(f))
            and not (self.per_person is not None and self.per_person.search(f))
        ):
            return False
        if self.step_re is not None and self.step_re.search(f):
            return True
        # an item's label ("4. Đoàn viên ...", "b) Hội viên ...") numbers the list, it counts nothing
        s, f = ITEM_LABEL_RE.sub("", s, count=1), ITEM_LABEL_RE.sub("", f, count=1)
        # "ba tháng", "hai đợt": a count written in words, right before the unit asked for
        if heads and not english and self.in_words.search(f):
            return True
        # a share of a total written in words: "hai phần ba tổng số ủy viên", "quá nửa số đại biểu"
        if heads and not english and self.fraction.search(f):
            return True
        # "tỷ lệ tán thành bao nhiêu?" of "trên một phần hai (1/2) tổng số đoàn viên": a share written in
        # words is a rate (not an interest rate, written with its noun; library3 l3-rw-24)
        if self.percent and not self.interest and not english and _SHARE_IN_WORDS_RE.search(f):
            return True
        if not _counts(s):
            return False
        if self.percent:
            # an interest rate is written with its noun ("cho vay với lãi suất 0,5%/tháng", "lãi 6%/năm"); a
            # share in a condition ("thiệt hại từ 50% trở lên") is none
            # (with its tone where the text has one: folded, "lại" (again) reads "lãi")
            return bool(RATE_WRITTEN_RE.search(f) and (not self.interest or _writes_interest(s, f)))
        if self.vi_units:  # the count itself: "1.200 hội viên", "55% đoàn viên"
            return any(rx.search(f) for rx in self.vi_counts)
        # English money questions still need a sum in đồng below, and English measures ("how many
        # hectares") their unit, which Vietnamese documents write the same way ("85 ha"): the workshops'
        # count is no area
        if not unit or (english and unit[0] != "tien" and unit[0] not in unit_spellings()):
            return True
        # "05 đại biểu", "50% tổng số cử tri"; not "500.000 đồng/người" nor "02 công trình thanh niên"
        if unit[0] == "nguoi":
            # or a table cell or a label: "Số người dự kiến: 85", "Số lượng đại biểu: 120"
            return bool(self.person_count.search(f) or self.labelled.search(f))
        # The unit written right after a number ("09 trường", "20 tổ hợp tác", "500.000 đồng/người"):
        # a number elsewhere in a sentence that names the unit does not count it.
        if self.noun and not _names_noun(self.noun, f, s, passages):
            return False
        if self.sum_asked:
            f = _THRESHOLD_SUM_RE.sub(" ", f)
        if any(rx.search(f) for rx in self.after_number):
            return True
        # the unit as the second noun of a coordination: "tối thiểu 02 ý tưởng hoặc dự án" counts both
        if any(rx.search(f) for rx in self.coordinated):
            return True
        if self.people and _PEOPLE_COUNT_RE.search(f):
            return True
        if self.seats is not None and self.seats.search(f):
            # "gồm bao nhiêu ủy viên?" of "Ban Chấp hành khóa VIII có 11 đồng chí": a committee's seats are
            # counted by any of their nouns (lexicon seats; newcomer trial 39 n3 abstained)
            return True
        # the unit written before a range of numbers: "tuổi từ 18 đến 55", "độ tuổi 18 - 35"
        if any(rx.search(f) for rx in self.before_range):
            return True
        # a table field with its unit in the column header: "Kinh phí hỗ trợ (đồng): 5.000.000", "Mức học
        # bổng (đồng/suất/năm học): 3.000.000", or a count labelled by its unit: "Số hộ: 08", "Số lượng hội
        # viên: 120", "Số suất năm học 2034 - 2035: 120"
        if words_re and (self.column.search(f) or self.labelled.search(f)):
            return True
        # a table row whose unit is a column of its own ("Đơn vị tính: ha; Năm 2035: 3.500") or in the
        # header of the row's name ("Chỉ tiêu (ha): Diện tích cây ăn quả; Năm 2035: 3.500"): every figure
        # of the row is in that unit
        return bool(
            words_re
            and (self.unit_column.search(f) or self.row_header.search(f))
            and _FIGURE_AFTER_COLON_RE.search(f)
        )


_PEOPLE_COUNT_RE = re.compile(r"\d[\d.,%]*\s+nguoi\b")
_FIGURE_AFTER_COLON_RE = re.compile(r":\s*\d")


@lru_cache(maxsize=64)
def _amount_check(question: str, members: bool) -> _AmountCheck | None:
    """The ``_AmountCheck`` of a question, read once (the retriever checks a question's candidates one at
    a time); None when the question asks no amount."""
    asked = asked_amount(question, members)
    return _AmountCheck(question, asked) if asked is not None else None


# The words of a money or rate question that only say a sum or a rate is asked, with their diacritics
# ("được hỗ trợ bao nhiêu tiền", "mức kinh phí dự trù", "tỷ lệ", "tổng cộng"): what is left names the act or
# the object the sum is for ("mua đất", "phạt", "nộp báo cáo trễ"). Phrases first, then single words;
# folded, "hỗ" is "hộ" (household), "dự" of "dự phòng" is no budget and "cấp" of "cấp xã" is a level, so
# they are compared as written. "Lãi suất" stays: a rate written for a loan is written with it, and a
# share of a condition ("thiệt hại từ 50%") is no interest rate.
_MONEY_PHRASES = (
    "hỗ trợ",
    "dự kiến",
    "thực hiện",
    "kinh phí",
    "dự trù",
    "dự toán",
    "bố trí",
    "số tiền",
    "tổng cộng",
    "tổng số",
    "tối đa",
    "tối thiểu",
    "ít nhất",
    "phần trăm",
    "phần nghìn",
    "tỷ lệ",
    "tỉ lệ",
    "toàn bộ",
)
_MONEY_WORDS = frozenset(
    "tiền mức đồng triệu tỷ tỉ nghìn ngàn chi trả trích nhận hưởng mỗi bị khoảng hết tốn giá tổng".split()
    # the classifiers before what a sum is counted per ("mỗi căn nhà": "40.000.000 đồng/nhà")
    + "căn chiếc ngôi tấm quyển cuốn bức".split()
    # a total asked ("cả xã hết bao nhiêu?", "toàn bộ kinh phí") and a purpose's mark ("để làm Ngày hội"):
    # what the sum is for is the words after them (trial 25 q12, q22)
    + "cả toàn để".split()
)
_MONEY_PHRASES_FOLDED = tuple(fold(p) for p in _MONEY_PHRASES)
# typed without diacritics, only the words no other word folds to ("muc" is also "mục", "nhan" "nhân",
# "dong" "động", "moi" "mới")
_MONEY_WORDS_FOLDED = frozenset("tien trieu ty ti nghin trich khoang het".split())


# A sum in đồng as documents write it, folded: "18.500.000 đồng", "3,2 tỷ đồng", "900 triệu", "500 nghìn"
_SUM_RE = re.compile(r"\d[\d.,]*\s*(?:(?:trieu|ty|nghin|ngan)\b(?:\s*dong\b)?|dong\b)")
_RATE_FIGURE_RE = re.compile(r"\d[\d.,]*\s*(?:%|‰|phan (?:tram|nghin)\b)")


def sums_written(question: str, text: str) -> int:
    """How many sums in đồng (or, for a rate question, how many rates) a text writes, whatever they are
    for: one is a document's budget, several price several cases."""
    asked = asked_amount(question)
    rx = _RATE_FIGURE_RE if asked is not None and asked[2] else _SUM_RE
    return len(rx.findall(fold(text)))


def matter_words(text: str, drop: frozenset[str] = frozenset()) -> list[str | None]:
    """The folded words of a text in order, None for each that only speaks of money (``_MONEY_PHRASES``,
    ``_MONEY_WORDS``), a function word, a number or one of ``drop``: what the text says a sum is for."""
    words = TOKEN_RE.findall(normalize(text))
    accented = has_diacritics(text)
    keep = content_mask(words, accented, question_words())
    seen = [w.lower() for w in words] if accented else [fold(w) for w in words]
    phrases = _MONEY_PHRASES if accented else _MONEY_PHRASES_FOLDED
    for i in range(len(seen) - 1):
        if f"{seen[i]} {seen[i + 1]}" in phrases:
            keep[i] = keep[i + 1] = False
    single = _MONEY_WORDS if accented else _MONEY_WORDS_FOLDED
    kept: list[str | None] = []
    for w, k, x in zip(words, keep, seen, strict=True):
        f = fold(w)
        ok = k and x not in single and not any(c.isdigit() for c in w) and len(w) > 1 and f not in drop
        kept.append(f if ok else None)
    return kept


# A sum asked for a named item: "hỗ trợ **tiền đi lại** bao nhiêu?", "**kinh phí tổ chức hội thi** là bao
# nhiêu?", "được **hỗ trợ mua giống** bao nhiêu?" (folded): the words after the money noun, up to the words
# that end it (the question word, a verb of being or receiving, a preposition, a purpose "để ...", which
# the matter's words check, a bound, a year).
_ITEM_NOUN_RE = re.compile(r"\b(?:tien|kinh phi|chi phi|ho tro)\s+")
_ITEM_END_RE = re.compile(
    r"\b(?:bao nhieu|may|la|duoc|se|phai|cho|cua|de|moi|o|tai|tu|theo|trong|nam|thang|toi da|toi thieu|"
    r"nhieu nhat|it nhat|khoang|tong cong|tong|het|doi voi|voi|nhu the nao|ra sao)\b|[?,.;:]"
)
# the most words an item keeps: its head and what it applies to ("tổ chức ngày hội"); the rest is context
ITEM_MAX_WORDS = 4


def money_item(question: str, drop: frozenset[str] = frozenset()) -> str:
    """The item a money question names its sum for, folded ("tiền đi lại" -> "di lai", "kinh phí tổ chức
    ngày hội" -> "to chuc ngay hoi"), its money words and ``drop`` (the document's or places' words) left
    out; "" when it names none ("được hỗ trợ bao nhiêu tiền?"). A sum written for another item ("quà tặng,
    mỗi suất 150.000 đồng" asked the travel money) is not its sum."""
    folded = fold(question)
    for m in _ITEM_NOUN_RE.finditer(folded):
        if len(folded) == len(question) and question[m.start()].isupper():
            continue  # "Quỹ Hỗ trợ nông dân": a name, not a sum's item
        rest = folded[m.end() :]
        end = _ITEM_END_RE.search(rest)
        span = rest[: end.start()] if end else rest
        # the words as typed (fold keeps one character for one), so that money words are read with tones
        typed = question[m.end() : m.end() + len(span)] if len(fold(question)) == len(question) else span
        kept = matter_words(typed, drop)
        # a money word between the item's words is part of its name ("mua **giá** sách": a bookshelf, not
        # a price): the item keeps it, so that its words stay the pairs the document writes (only those
        # at its edges, "chi phí", "mức", only speak of money)
        inner = [i for i, w in enumerate(kept) if w]
        toks = TOKEN_RE.findall(normalize(typed))
        words = (
            [kept[i] or fold(toks[i]) for i in range(inner[0], inner[-1] + 1) if not toks[i].isdigit()]
            if inner and len(toks) == len(kept)
            else [w for w in kept if w]
        )
        if any(" ".join(words[:n]) in type_names() for n in (1, 2, 3)):
            continue  # "kinh phí thực hiện Kế hoạch 40": the document's whole budget, named by the document
        if words:
            return " ".join(words[:ITEM_MAX_WORDS])
    return ""


def _pairs(words: list[str]) -> list[str]:
    """The bigram keys ("a_b") of adjacent words."""
    return [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def glossed_matter(glosses: list[list[str]], drop: frozenset[str] = frozenset()) -> Terms | None:
    """What an English money question asks the sum for, in the Vietnamese its glosses give (``glosses``:
    ``QueryInfo.english_glosses``, one list per English word): each word's first rendering as the terms a
    Vietnamese twin would write ("sidewalk renovation project" -> "vỉa hè", "chỉnh trang", "dự án"), and
    each word's renderings as one concept (``Terms.groups``: "công trình" written for "dự án" counts;
    ``checks._matter_read`` counts the concepts written). A word
    one of whose renderings only speaks of money ("budget" -> "kinh phí") or names ``drop`` asks the sum,
    no matter of it. None when no word is left."""
    first: list[str] = []
    pairs: set[str] = set()
    groups: list[list[tuple[frozenset[str], frozenset[str]]]] = []
    for group in glosses:
        words = [[w for w in matter_words(t, drop) if w] for t in group]
        if not group or not all(words):
            continue
        first += words[0]
        pairs.update(_pairs(words[0]))
        groups.append([(frozenset(w), frozenset(_pairs(w))) for w in words])
    if not first:
        return None
    return Terms(unigrams=set(first), bigrams=pairs, groups=groups)


def money_matter(
    question: str,
    drop: frozenset[str] = frozenset(),
    english: bool | None = None,
    glosses: list[list[str]] | None = None,
) -> Terms | None:
    """The terms of what a money or rate question asks the sum for: its content words less the words
    that only ask for money (``_MONEY_WORDS``), numbers and ``drop`` (folded words naming its document or
    places), as unigrams and the bigrams of words adjacent in the question; None when the question asks no
    sum nor rate, or names nothing else (``english``: the question's language as detected, by default as
    ``asked_amount`` tells it). An English question's matter is read from its ``glosses``
    (``glossed_matter``; None without them): unchecked, the quarter's budget revenue answered "What is the
    budget of the ... sidewalk renovation project?" that its Vietnamese twin abstains on (trial 38 u06)."""
    asked = asked_amount(question)
    if asked is None:
        return None
    unit, percent = asked[0], asked[2]
    english = asked[1] if english is None else english
    money = unit[:1] == ["tien"] or bool(set(unit) & {"dong", "trieu", "ty", "nghin"}) or asked[6] is not None
    if not (money or percent):
        return None
    if english:
        return glossed_matter(glosses or [], drop)
    noun = asked[6]
    if noun and money_verb_variants(noun):
        # the verb giving the sum ("được xã cấp bao nhiêu tiền") is checked by ``amount_supported`` with its
        # variants ("được hỗ trợ 3.000.000 đồng"): it is no matter of its own
        drop = drop | frozenset(noun.split())
    # the people it is paid per ("mỗi gương mặt"): ``amount_supported`` reads any noun for them, no matter
    # of the sum (trial 32 p09: "Mỗi cá nhân được ... tiền thưởng 5.000.000 đồng")
    drop = drop | frozenset((_per_person(question) or "").split())
    kept = matter_words(canonical_units(question), drop)  # "hecta" is the "ha" documents write
    uni = {w for w in kept if w}
    if not uni:
        return None
    pairs = {f"{a}_{b}" for a, b in zip(kept, kept[1:], strict=False) if a and b}
    return Terms(unigrams=uni, bigrams=pairs)


def _writes_interest(sentence: str, folded: str) -> bool:
    """Whether a sentence names interest ("lãi suất", "lãi"), read with its tones when it has them."""
    if has_diacritics(sentence):
        return re.search(r"(?<!\w)lãi(?!\w)", nfc(sentence).lower()) is not None
    return re.search(r"\blai\b", folded) is not None


def _names_noun(noun: str, folded_sentence: str, sentence: str, passages: list[str]) -> bool:
    """Is the priced thing named in the sentence, or in a passage holding it (an appendix whose "Tổng
    cộng: 27.000.000 đồng" sits under "DỰ TRÙ KINH PHÍ")?"""
    rx = re.compile(rf"\b{re.escape(noun)}\b")
    if rx.search(folded_sentence):
        return True
    if any(sentence in p and rx.search(fold(p)) for p in passages):
        return True
    # a verb giving the sum is written by any verb of the same flow ("được xã cấp" / "được hỗ trợ";
    # lexicon money_verbs), read with its tones ("đóng" is not "đồng")
    variants = money_verb_variants(noun)
    if not variants or not has_diacritics(sentence):
        return False
    written = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(v) for v in variants)})(?!\w)")
    return any(written.search(nfc(t).lower()) for t in [sentence, *(p for p in passages if sentence in p)])


_WEEKDAY_WRITTEN_RE = re.compile(
    rf"(?<![a-z0-9])(?<!\blan )(?<!\bdot )(?<!\bkhoa )(?<!\bky )(?<!\bvong )(?<!\bbuoc )(?<!\bphan ){WEEKDAY}"
)
_CONTACT_WRITTEN = {
    # "0912 345 678", "0243.825.1234", "(024) 3825 1234", "+84 912 345 678"
    "phone": re.compile(r"(?<![\d/.,-])(?:\+?84|\(?0\d{1,3}\)?)(?:[\s.-]?\d{2,4}){2,3}(?![\d/,])"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
}


def writes_weekday(sentence: str) -> bool:
    """Whether a sentence writes a day of the week ("ngày 24/01/2026 (thứ 7)", ``deadlines.WEEKDAY``), not
    an ordinal after its counting word ("lần thứ hai", "đợt thứ 7", "khóa thứ ba")."""
    return bool(_WEEKDAY_WRITTEN_RE.search(fold(sentence)))


def asked_contact(folded_question: str) -> str | None:
    """The contact detail a (folded) question asks for (``intents.contact_asked``): "phone", "email", or
    None (a person asked, or no contact): answered only by one written out."""
    asked = contact_asked(folded_question)
    return next((k for k in ("phone", "email") if k in asked), None)


def contact_written(sentences: list[str], kind: str) -> bool:
    """Whether one of the sentences writes a contact detail of that kind (a phone number's digits, an email
    address): the word "điện thoại" beside no number answers nothing."""
    rx = _CONTACT_WRITTEN[kind]
    if kind == "email":
        return any(rx.search(s) for s in sentences)
    # a phone number has 9 to 12 digits ("05.000.000 đồng" is a sum)
    return any(9 <= sum(c.isdigit() for c in m.group(0)) <= 12 for s in sentences for m in rx.finditer(s))


# "Bầu bằng hình thức bỏ phiếu kín hay giơ tay?", "trực tiếp hay trực tuyến?": a choice between two named
# ways; "... hay không?" is a yes/no question, not a choice.
_CHOICE_RE = re.compile(
    r"(\w+(?: \w+)?) (?:hay|hoac|hay la|or) (?!khong\b|not\b)(\w+(?: \w+)?)(?: \w+){0,2}\s*\??\s*$"
)


def asked_choice(folded_question: str) -> tuple[str, str] | None:
    """The two alternatives a (folded) question ends by asking to choose between, two words each at most:
    those before the "hay" and the first ones after it ("chip dien tu hay bam gio tay?" -> "dien tu" /
    "bam gio"), or None."""
    m = _CHOICE_RE.search(folded_question)
    return (m.group(1), m.group(2)) if m else None


def choice_written(sentences: list[str], choice: tuple[str, str]) -> bool:
    """Whether one of the sentences writes one of the alternatives (folded, whole words), in any of its
    wordings ("online" is the directive's "trực tuyến", ``lexicon.phrases.choice_wordings``; library2
    l2-rw-34): quotes naming neither do not say which."""
    folded = [fold(s) for s in sentences]
    return any(
        re.search(rf"\b{re.escape(w)}\b", f) for alt in choice for w in choice_wordings(alt) for f in folded
    )


# A person's name is a run of two to four capitalised syllables ("Dương Văn An", "Trần Tới") that is not
# an organisation (the registry), not a title or institution word run ("Phó Bí thư", "Tỉnh ủy") and not a
# place after an administrative word ("tỉnh Bình Thuận").
_TITLE_WORDS = frozenset(
    "pho bi thu chu tich truong ban giam doc uy vien thuong truc tinh huyen xa hoi dang doan mat tran "
    "to quoc bo chinh tri trung uong nhan dan thanh quan phuong cong hoa xa chu nghia viet nam doc lap "
    "tu do hanh phuc kinh gui noi nhan dong chi ong ba".split()
)
_ADMIN_BEFORE_RE = re.compile(r"\b(?:tinh|huyen|xa|thanh pho|tp\.?|quan|phuong|thi xa|thi tran|tai|o|uy)\s*$")
_WORD_RE = re.compile(r"\w+")


def person_names(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the personal names a sentence writes, by the shape of a Vietnamese name."""
    orgs = [(m.start, m.end) for m in registry().find_in(sentence)]
    words = [m for m in _WORD_RE.finditer(sentence)]
    runs: list[list[re.Match[str]]] = []
    for m in words:
        w = m.group(0)
        capital = w[:1].isupper() and (len(w) == 1 or w[1:].islower()) and not w.isdigit()
        ok = capital and fold(w) not in _TITLE_WORDS
        if ok and runs and runs[-1] and sentence[runs[-1][-1].end() : m.start()] == " ":
            runs[-1].append(m)
        elif ok:
            runs.append([m])
        else:
            runs.append([])
    out = []
    for run in runs:
        if not 2 <= len(run) <= 4:
            continue
        a, b = run[0].start(), run[-1].end()
        if any(s < b and a < e for s, e in orgs):
            continue
        if any(e <= a and not sentence[e:a].strip() for _, e in orgs):
            continue  # "Hội CCB Krông Hà": the capitalised words right after a body's name are its place
        if _ADMIN_BEFORE_RE.search(fold(sentence[max(0, a - 12) : a])):
            continue
        out.append((a, b))
    return out


def person_named(sentences: list[str], roles: list[str] | None = None) -> bool:
    """Does one of the sentences name a person, next to the post asked about when one is given?

    "đồng chí Dương Văn An - Phó Bí thư Tỉnh ủy" names the deputy, not the secretary: a post preceded by
    "phó" is another post unless the question asked for the deputy.
    """
    for sentence in sentences:
        names = person_names(sentence)
        if not names:
            continue
        if not roles:
            return True
        folded = fold_chars(sentence)  # same offsets as the sentence, so name and post positions compare
        for role in roles:
            for m in re.finditer(rf"\b{re.escape(role)}\b", folded):
                if not role.startswith("pho ") and folded[max(0, m.start() - 4) : m.start()] == "pho ":
                    continue
                if any(abs(a - m.end()) <= 40 or abs(m.start() - b) <= 40 for a, b in names):
                    return True
    return False


def names_any(sentences: list[str], names: list[str], not_after: str = "") -> bool:
    """Whether one of the sentences writes one of the names (folded, whole words), not followed by what
    the regular expression ``not_after`` matches (another level or place than the question's: "Hội Nông
    dân tỉnh", "Hội Nông dân xã Thạch Long" are not the "Hội Nông dân xã Thạch Đài" asked)."""
    folded = [fold(s) for s in sentences]
    # an abbreviation on either side reads as its expansion ("HTX Nông nghiệp" is "Hợp tác xã nông nghiệp")
    folded += [sp for f in folded if (sp := spell_out(f)) != f]
    names = [*names, *(sp for n in names if (sp := spell_out(fold(n))) != fold(n))]
    after = rf"(?!{not_after})" if not_after else ""
    if any(re.search(rf"\b{re.escape(fold(n))}\b{after}", f) for n in names for f in folded):
        return True
    return bool(not_after) and any(_named_here(nfc(s), n, not_after) for s in sentences for n in names)


def _named_here(sentence: str, name: str, not_after: str) -> bool:
    """Whether the name is written with, after its level word, no place's name: folded, "Đoàn Thanh niên
    xã nhận xây dựng ..." reads as the Đoàn of a commune "Nhận"; written, "nhận" is a verb in lower case (a
    place's name is capitalised)."""
    chars = fold_chars(sentence).lower()  # offsets shared with the sentence
    for m in re.finditer(rf"\b{re.escape(fold(name))}\b", chars):
        tail = re.match(not_after, chars[m.end() :])
        if tail is None:
            return True
        initial = m.end() + tail.end() - 1
        if re.search(r"\s[a-z]$", tail.group(0)) and sentence[initial].islower():
            return True
    return False


# A year in a question or a document ("năm 2029", "in 2028"), and a period of years a document writes
# ("giai đoạn 2026 - 2030", "nhiệm kỳ 2025-2030", "từ năm 2026 đến năm 2030"), folded.
_YEAR_RE = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")
_YEARS_RE = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|den(?: nam)?)\s*((?:19|20)\d{2})\b")


# The year a figure is compared with ("tăng 3 vụ so với năm 2030", "tăng 12% so với cùng kỳ năm 2031", "giảm
# so với quý II/2032", "compared with 2030", "than in 2030"), folded: the base, not the year the figure
# belongs to. Up to a few words between "so với" and the year, no punctuation ("so với kế hoạch, năm 2031
# ..." compares with the plan).
_BASE_YEAR_RE = re.compile(
    r"\b(?:so voi|compared (?:with|to)|than)\b[^,.;:()\n]{0,30}?(?<!\d)((?:19|20)\d{2})(?!\d)"
    r"|\bcung ky\s+(?:nam\s+)?((?:19|20)\d{2})(?!\d)"
    # a comparative naming its base: "nhiều hơn hội nghị năm 2036 bao nhiêu?" (trial 32 p11), no number
    # between ("nhiều hơn 25 đại biểu năm 2036" writes 2036's figure)
    r"|(?<!khong )\b(?:nhieu|it|cao|thap|lon|nho|kem|som|muon) hon\b"
    r"[^,.;:()\n\d]{0,30}?((?:19|20)\d{2})(?!\d)"
)


# a comparison before "cùng kỳ năm 2036" in the same clause makes it a base ("bằng 110% cùng kỳ năm 2036")
_COMPARED_BEFORE_RE = re.compile(r"\b(?:so voi|bang|tang|giam|hon|than|compared)\b[^,.;:()\n]*$")


def without_bases(folded: str, asking: bool = False) -> str:
    """A folded text with the years it names only as a comparison base blanked out (same length): "Mùa khô
    năm 2031 xảy ra 9 vụ, tăng 3 vụ so với năm 2030" writes nothing of 2030's fires. In a question
    (``asking``), "cùng kỳ năm 2036" with no comparison before it in its clause is the period asked ("Cùng
    kỳ năm 2036 làm mới được bao nhiêu km?" asks 2036's figure; trial 32 p35), not a base."""
    out = folded
    for m in _BASE_YEAR_RE.finditer(folded):
        g = next(i for i in (1, 2, 3) if m.group(i))
        if asking and g == 2 and not _COMPARED_BEFORE_RE.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        out = out[: m.start(g)] + "    " + out[m.end(g) :]
    return out


def _question_without_bases(question: str) -> str:
    """The question with the years it names as a comparison base blanked ("tăng bao nhiêu so với năm 2030?"
    asks the change, not about 2030), written as it is when folding keeps its length."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    masked = without_bases(folded, asking=True)
    return "".join(" " if m != f else c for c, f, m in zip(question, folded, masked, strict=True))


def asked_years(question: str) -> list[int]:
    """The years a question names, those inside document numbers ("101/2025/UBTVQH15") and those it
    names as a comparison base ("so với năm 2030") aside."""
    masked = _question_without_bases(question)
    for _, a, b in find_doc_numbers(question):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    return [int(y) for y in _YEAR_RE.findall(masked)]


def years_written(years: list[int], refs: list, corpus) -> bool:
    """Whether every year asked is written in at least one of the quoted documents, alone, in a date or
    inside a period of years they write ("năm 2029" is in "giai đoạn 2026-2030"): a question about 2029
    answered from documents about 2028 is answered about something else."""
    texts = [corpus.folded_docs.get(r.doc_id, "") for r in {r.doc_id: r for r in refs}.values()]

    def written(year: int, text: str) -> bool:
        text = without_bases(text)  # "tăng 3 vụ so với năm 2030" writes nothing of 2030
        if re.search(rf"(?<![\d/.-]){year}(?![\d])", text):
            return True
        # the year of a date ("ngày 16/8/2017", "tháng 6/2027"), not of a number ("67/2017/NĐ-CP")
        if re.search(rf"(?<![\d/.-])\d{{1,2}}[/.-](?:\d{{1,2}}[/.-])?{year}(?![\d/])", text):
            return True
        return any(int(a) <= year <= int(b) for a, b in _YEARS_RE.findall(text))

    return all(any(written(y, t) for t in texts) for y in years)


# A year inside a written date ("25/01/2028", "tháng 6/2027") or standing alone ("năm 2028").
_ANY_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def single_years(question: str) -> list[int]:
    """The years a question names on their own ("năm 2029"), not the ends of a period it names ("nhiệm kỳ
    2027 - 2032", whose events fall before or between them) nor inside document numbers."""
    masked = fold(question)
    if len(masked) != len(question):
        return []
    masked = without_bases(masked, asking=True)
    for _, a, b in find_doc_numbers(question):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    masked = _YEARS_RE.sub(" ", masked)
    return [int(y) for y in _YEAR_RE.findall(masked)]


def another_years_matter(years: list[int], context: str) -> bool:
    """Whether a quote read in its ``context`` (its section and its document's subject line) is about
    another year than every one asked (``years``, ``single_years``): it names a year of its own ("năm
    2028", not a period "giai đoạn 2026 - 2030", which covers the years in it) and writes none asked, nor a
    period holding one ("giai đoạn 2029 - 2031 mỗi năm ..." is about 2030)."""
    folded = without_bases(fold(context))
    if any(int(a) <= y <= int(b) for a, b in _YEARS_RE.findall(folded) for y in years):
        return False
    bare = _YEARS_RE.sub(" ", folded)
    if any(re.search(rf"(?<!\d){y}(?!\d)", bare) for y in years):
        return False
    own = {int(y) for y in re.findall(r"\bnam\s+((?:19|20)\d{2})(?![\d/])", bare)}
    return bool(own - set(years))


def time_of_another_year(years: list[int], lead: str, quote: str, context: str) -> bool:
    """Whether a first line's time (``lead``: "Thời hạn: trước ngày 25/01/2028"; or a quoted event's
    sentence, its periods aside) is another year's than the
    one the question asks on its own (``years``, ``single_years``): the quoted sentence names another year
    for its matter ("danh sách ... năm 2028", asked "năm 2029"), or writes no year asked (alone; a period
    "giai đoạn 2027 - 2030" in its ``context``, the section and subject line, covers every year in it and
    says nothing of one) and its time lies two years or more from each. A year's report falls due early in
    the next one and its plan late in the one before, so a time one year off is no contradiction by itself
    (trials 24 n02, 26 n10 / p41: the plan's one deadline given for a later year)."""
    if not years:
        return False
    bare = lambda text: _YEARS_RE.sub(" ", without_bases(fold(text)))  # noqa: E731
    stated = {int(y) for y in _ANY_YEAR_RE.findall(bare(lead))}
    if not stated or stated & set(years):
        return False
    written = lambda y, text: re.search(rf"(?<![\d/.-]){y}(?![\d/])", text) is not None  # noqa: E731
    if any(written(y, bare(f"{context} {quote}")) for y in years):
        return False
    own = {int(y) for y in re.findall(r"\bnam\s+((?:19|20)\d{2})(?![\d/])", bare(quote))}
    if own - set(years):
        return True
    return all(abs(s - y) >= 2 for s in stated for y in years)


# A year a sentence names as its own time ("Mùa khô năm 2031", "quý III/2032", "quý III năm 2032"), folded; a
# year it works towards ("đến năm 2035", "trước năm 2030") is a target, not its time.
_OWN_YEAR_RE = re.compile(
    r"(?<!\bden )(?<!\btoi )(?<!\btruoc )(?<!\bsau )(?<!\bden het )\bnam\s+((?:19|20)\d{2})(?![\d/])"
    r"|\bquy\s+[ivx1-4]+\s*/\s*((?:19|20)\d{2})(?!\d)"
)


def figure_of_another_year(years: list[int], sentence: str) -> bool:
    """Whether the sentence writing a figure names a year of its own as the figure's time, and none of the
    ``years`` a question asks on its own (``single_years``): "Mùa khô năm 2031 ... xảy ra 9 vụ, tăng 3 vụ so
    với năm 2030" counts 2031's fires, asked of 2030 or of 2032 (the base year and periods aside)."""
    if not years:
        return False
    folded = _YEARS_RE.sub(" ", without_bases(fold(sentence)))
    if any(re.search(rf"(?<![\d/.-]){y}(?![\d/])", folded) for y in years):
        return False
    own = {int(a or b) for a, b in _OWN_YEAR_RE.findall(folded)}
    return bool(own - set(years))


def place_writer(folded_question: str) -> Callable[[str], bool]:
    """Whether a sentence writes a place as the (folded) "where" question asks it: a field ("Địa điểm:")
    or a place's name after "tại / ở"."""
    places = field_labels(folded_question) + unlabelled_fields(folded_question)
    return lambda s: _at_named(s) or any(p.search(fold(s)) for p in places)


# "tại Trạm Y tế xã", "ở Nhà văn hóa thôn": a place written with its name's capital after "tại / ở"
_AT_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(\w)")


# "tại Hội nghị sơ kết ...", "phát biểu tại Đại hội", "tại Kỳ họp thứ 10": a gathering after "tại / ở" is
# the occasion something is said or decided at, not its place (library4 l4-party-40, a notice's subject
# line "Thông báo kết luận tại Hội nghị ..." read as the venue); folded, at the capital's offset
_OCCASION_RE = re.compile(r"(?:hoi nghi|dai hoi|ky hop|phien hop|cuoc hop|buoi lam viec|le\b(?!\s+dai))\b")


def _at_named(sentence: str) -> bool:
    # (a document or its division after "tại" is where a text is written: "yêu cầu tại Công văn số ...")
    return any(
        m.group(1).isupper()
        and not opens_reference(sentence[m.start(1) : m.start(1) + 60], type_names())
        and not _OCCASION_RE.match(fold(sentence[m.start(1) : m.start(1) + 20]))
        for m in _AT_RE.finditer(sentence)
    )


def places_mentioned(places: list[str], refs: list, corpus) -> bool:
    """Whether every place the question names (folded, ``query.subjects.named_places``) is written in at
    least one of the quoted documents (text or header)."""
    texts = [corpus.folded_docs.get(r.doc_id, "") for r in {r.doc_id: r for r in refs}.values()]
    return all(any(re.search(rf"\b{re.escape(p)}\b", t) for t in texts) for p in places)


# "Công văn có yêu cầu báo cáo số vụ bạo lực gia đình không?", "Người xin vào Hội có bắt buộc phải học lớp
# bồi dưỡng không?": a yes/no question about a matter, after "có" and its modals, up to "(hay) không".
_YES_NO_RE = re.compile(r"\bcó\s+(.+?)\s+(?:hay\s+)?không\s*\??\s*$")
# The share of the matter's words of two syllables or more ("bạo lực", "gia đình") the quoted documents
# must write for it to be there at all: a rule they never mention is not stated, whatever unrelated passage
# scores best. Half: one word of two may be paraphrased ("phận sự" for the documents' "nhiệm vụ").
MATTER_MIN_WORDS = 0.5


def asked_matter(question: str) -> list[str]:
    """The folded words of two syllables or more of the matter a yes/no question asks about ("báo cáo số
    vụ bạo lực gia đình" -> ["bao cao", "bao luc", "gia dinh"]; ``query.actions.compound_words``), the
    modals before it left out ("có yêu cầu / bắt buộc phải ..."); [] when it is none, when the question
    has no diacritics ("co" folded is also "cơ", "cô") or the tokenizer is missing."""
    if not has_diacritics(question):
        return []
    m = _YES_NO_RE.search(nfc(question).lower())
    if m is None:
        return []
    words = compound_words(m.group(1)) or []
    modals = set(_MODAL_WORDS)
    return [w for w in words if w not in modals]


_MODAL_WORDS = ("yeu cau", "bat buoc", "quy dinh", "cho phep", "duoc phep", "can phai", "nhat thiet")


def matter_written(words: list[str], folded_texts: list[str]) -> bool:
    """Whether the texts (folded) write at least ``MATTER_MIN_WORDS`` of the matter's words; True when it
    has fewer than two (too few to tell)."""
    if len(words) < 2:
        return True
    found = sum(any(re.search(rf"\b{re.escape(w)}\b", t) for t in folded_texts) for w in words)
    return found / len(words) >= MATTER_MIN_WORDS


# A rank of a kind of award ("giải Nhì", "hạng Ba", "huy chương Bạc"), folded: the kind, then the rank.
_RANK_RE = re.compile(
    r"\b(giai|hang)\s+(dac biet|nhat|nhi|ba|tu|khuyen khich)\b|\b(huy chuong)\s+(vang|bac|dong)\b"
)


def _ranks(folded: str) -> list[tuple[str, str]]:
    return [(a or c, b or d) for a, b, c, d in _RANK_RE.findall(folded)]


def rank_written(folded_question: str, folded_texts: list[str]) -> bool:
    """Whether every award rank the (folded) question names ("giải Nhì") is written in the texts, or its
    kind is written with no rank there at all; False when the texts write that kind with other ranks only
    ("giải Nhất ... 10.000.000 đồng" for "Giải Nhì được thưởng bao nhiêu?")."""
    for kind, rank in _ranks(folded_question):
        if any(re.search(rf"\b{kind}\s+{rank}\b", t) for t in folded_texts):
            continue
        ranks = {r for t in folded_texts for k, r in _ranks(t) if k == kind}
        if ranks - {rank}:
            return False
    return True
