"""Whether a sentence writes the amount a question asks (``amount_supported``): the unit asked next to a
number, a count in words ("ba tháng"), a share in words ("hai phần ba tổng số"), a sum for the priced noun
("Giá vé"), a count of people before any noun for people, a rate (a percentage or per mille; an interest
rate one written with "lãi"), a table field whose column or row names the unit.

In the answer step, after ``answer.amount_asked`` (what the question asks); the retriever
(``retrieve.prefer``) and ``answer.checks`` / ``answer.quotes`` call ``amount_supported``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.amount_asked import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    PER_RE,
    STEP_UNITS,
    asked_amount,
    labelled_count,
    per_person,
    persons_re,
    qualifier_run,
    unit_rx,
)
from assistant.answer.count_labels import main_qualified
from assistant.answer.terms import NUMBER_RE, fold
from assistant.lexicon.phrases import canonical_units, money_verb_variants, unit_spellings
from assistant.lexicon.words import person_nouns, seat_nouns
from assistant.query.amounts import amount_qualifier, asks_sum
from assistant.text import find_doc_numbers, has_diacritics, nfc

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


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(person_nouns())


# A rate as documents write it: "0,65%/tháng", "4‰", "năm phần trăm" (folded)
RATE_WRITTEN_RE = re.compile(r"%|‰|\bphan (?:tram|nghin)\b")
# a share of a total written in words, folded ("trên một phần hai tổng số", "quá nửa", "hai phần ba số")
_SHARE_IN_WORDS_RE = re.compile(rf"\b{FRACTION_WORDS}\b")


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
        per = PER_RE.search(canonical_units(nfc(question)).lower())
        per_words = [w for w in per.groups() if w] if per else []
        self.per_re = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, per_words))})(?!\w)") if per else None
        self.per_folded = (
            re.compile(rf"\b(?:{'|'.join(re.escape(fold(w)) for w in per_words)})\b") if per else None
        )
        # "mỗi người" is met by each person however written ("Mỗi cá nhân được ... tiền thưởng 5.000.000
        # đồng", trial 32 q30): the per noun read folded after "mỗi"; so is any noun for people asked per
        # ("mỗi gương mặt Thanh niên làm kinh tế giỏi", trial 32 p09; lexicon person_nouns)
        persons = persons_re()
        self.per_person = re.compile(rf"\bmoi\s+(?:{persons})\b") if per_person(question) else None
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
            re.compile(rf"\d[\d.,]*{_unit_gap(u)}[\W_]+{unit_rx(u)}\b") for u in heads if others
        ]
        self.coordinated = [
            re.compile(rf"\d[\d.,]*(?:\s+[^\W\d_]+){{1,3}}\s+(?:hoac|hay|va)\s+{unit_rx(u)}\b")
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
            if (
                not self.qualifier <= written
                and not (run and run <= written | title_words)
                # "mấy nội dung chính?" of "7 nội dung trọng tâm" (``count_labels``; library5 dev l5-rw-11)
                and not main_qualified(list(self.qualifier), re.findall(r"\w+", f))
            ):
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
