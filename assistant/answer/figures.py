"""The figure a "how much / how many" question asks for, read from the passage the answer quotes first.

"Mỗi trường phải cử bao nhiêu người?" is answered by "Số liệu: 05 người" above the quote that writes
"... mỗi trường cử 05 người ...": a number written with the unit the question asks for (the units of
``mentions.asked_amount``: "bao nhiêu **ngày**", "mấy **trường**", money as a sum in đồng, a count of
people with any noun for people, a percentage), in the clause of the first quote that matches the
question best. The line is printed only when that clause writes one such figure; two different figures
("50 đại biểu ...; không quá 85 đại biểu") leave the first line to the quote, since a wrong figure on the
first line is worse than none (issue 11: "no headline at all is better than a wrong one").

An event's time is read the same way ("Ngày hội tổ chức hôm nào?" -> "Thời gian: ngày 18/11/2026"):
one date or one period in the sentence, never a time limit nor a cited document's date
(``event_lead.event_time_lead``, the dates read by ``event_times``). Neither line is printed when another
retrieved passage of the same document writes what the question asks about and the chosen sentence does
not (``_rival``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.answer import aims, bodies, item_heads, render
from assistant.answer.event_times import event_times_in
from assistant.answer.extractive import split_sentences
from assistant.answer.items import missing_item_words
from assistant.answer.lead_in import lead_in
from assistant.answer.mentions import (
    ITEM_LABEL_RE,
    NUMBER_WORDS,
    asked_amount,
    figure_of_another_year,
    labelled_count,
    qualifier_run,
    unit_words_re,
)
from assistant.answer.rate_tail import rate_tail_end
from assistant.answer.sum_clause import asked_column, other_column_named, without_lead_in
from assistant.answer.terms import (
    Terms,
    content_tokens,
    overlap,
    passage_terms,
    question_parts,
    title_phrase_words,
)
from assistant.answer.times import time_key
from assistant.lexicon.phrases import quantity_units
from assistant.lexicon.words import person_nouns
from assistant.models import Citation, Hit
from assistant.obligations.clauses import body_head_end, named_body_end
from assistant.obligations.deadlines import clause_at, find_deadlines
from assistant.query.subjects import DURATION, amount_qualifier, amount_unit, compound_tags
from assistant.text import (
    detect_language,
    find_doc_numbers,
    fold,
    fold_chars,
    has_diacritics,
    initialled_phrases,
    normalize,
    tone_marks,
    written_forms,
)

# How much of the question the quoted sentence holding the figure must cover (``terms.overlap``): the
# amount check reads sentences from 0.25 with a unit beside a number; a first line asks a little more
# (library dev: right figures' sentences covered 0.32-0.91, questions being paraphrased).
FIGURE_MIN_OVERLAP = 0.3
# How much of an event-length question ("Chiến dịch ... kéo dài bao lâu?") the sentence writing the event's
# length and dates must cover itself when the document's subject line covers the rest (``figure_lead``):
# the event named ("Thời gian chiến dịch:" is 0.13 of "Chiến dịch tình nguyện hè ở huyện Sơn Hà kéo dài bao
# lâu?"; trial 25 q26).
EVENT_LENGTH_MIN_OWN_OVERLAP = 0.1
# How far the clause writing one figure must lead a clause writing another (overlap, [0, 1]): clearly more
# than one shared word, as a clause without a deadline must lead one with it (``clause_facts``).
FIGURE_MARGIN = 0.15

_NUMBER = r"\d+(?:[.,]\d+)*"
# dates ("15/3/2026", "ngày 08 tháng 02 năm 2026"), times ("17 giờ 00") and years: never a count
_MASK_RE = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\b(?:19|20)\d{2}\b|\bngay \d{1,2} thang \d{1,2}"
    r"(?: nam \d{4})?\b|\b\d{1,2} gio(?: \d{1,2})?\b|\bthang \d{1,2}\b"
    # a day of a recurring period ("vào ngày 10 hằng tháng"): a date, no length nor count (trial 40 c1)
    r"|\b(?:ngay\s+)?\d{1,2}\s+(?:hang|moi)\s+(?:tuan|thang|quy|nam)\b"
)
# a figure spelled out in words in brackets after its digits (folded): "(Ba mươi sáu triệu ... đồng)"
_SPELLED_RE = re.compile(
    r"(?<=\d)(?:\s*[^\W\d]+){0,2}\s*(\(\s*(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|mui)\b[^()\d]*\))"
)
_WORD_NUMBER_RE = re.compile(r"(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)\b")  # with its tones


def _masked(sentence: str) -> str:
    """The sentence folded with its offsets kept, document numbers, dates, times and years blanked."""
    folded = fold_chars(sentence).lower()
    spans = [(a, b) for _, a, b in find_doc_numbers(sentence)]
    spans += [m.span() for m in _MASK_RE.finditer(folded)]
    label = ITEM_LABEL_RE.match(folded)
    if label:
        spans.append(label.span())
    # "36.500.000 đồng (Ba mươi sáu triệu năm trăm nghìn đồng)": the figure spelled out, not another one
    spans += [m.span(1) for m in _SPELLED_RE.finditer(folded)]
    for a, b in spans:
        folded = folded[:a] + " " * (b - a) + folded[b:]
    return folded


@lru_cache(maxsize=64)
def _figure_patterns(
    question: str,
) -> tuple[list[str], bool, str, re.Pattern[str], re.Pattern[str] | None] | None:
    """(unit, percent, unit words' pattern, the pattern of a figure in that unit, of a count labelled by
    it) that ``figures_in`` reads a question's figures with, compiled once per question (``figures_in``
    is asked of every candidate sentence); None when it reads none."""
    asked = asked_amount(question)
    if asked is None:
        return None
    unit, english, percent, vi_units, heads, words_re, _ = asked
    if english and unit[:1] in (["people"], ["persons"]):
        # "how many people": a count before any Vietnamese noun for people ("khoảng 350 người", "05 đại biểu")
        unit, heads = ["nguoi"], list(person_nouns())
        words_re = unit_words_re(heads)
    elif english and detect_language(question) == "en":
        heads = vi_units or (heads if unit[:1] == ["tien"] else [])
        words_re = unit_words_re(heads)
    # (a Vietnamese question typed without diacritics, "bao nhieu ho ngheo", keeps its own unit words, read
    # folded as the sentence is: "30 hộ nghèo"; trial 39 n1)
    if not heads and not percent:
        return None
    if percent:
        rx = re.compile(rf"{_NUMBER}\s*(?:%|‰|phan tram|phan nghin)")
    elif unit[:1] == ["nguoi"]:
        rx = re.compile(rf"{_NUMBER}\s+(?:(?:tong so|trong so|so)\s+)?(?:{words_re})\b")
    else:
        # the unit right after the number or two words on ("20 tổ hợp tác", "09 trường", "06 tháng")
        # "hai (02) bộ": the count in words with its digits
        rx = re.compile(
            rf"(?:\b{NUMBER_WORDS}\s*\(\s*{_NUMBER}\s*\)|{_NUMBER}%?|\b{NUMBER_WORDS})(?:\s+\w+){{0,2}}?\s+(?:{words_re})\b"
        )
    # a count in words is read with its tones: folded, "Việt Nam tuổi" would read as "năm tuổi"
    # a count labelled by its unit, as a table cell writes it: "Số hộ: 08", "Số lượng hội viên: 120"
    label_rx = re.compile(rf"{labelled_count(words_re)}{_NUMBER}") if words_re else None
    return unit, percent, words_re, rx, label_rx


def figures_in(question: str, sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``sentence`` of each figure written with the unit ``question`` asks for:
    the number through its unit ("05 người", "2.300.000 đồng", "50% tổng số cử tri", "ba tháng"). []
    when the question asks no amount or names no unit ("là bao nhiêu?" is too loose to pick a number)."""
    asked = _figure_patterns(question)
    if asked is None:
        return []
    unit, percent, words_re, rx, label_rx = asked
    text = _masked(sentence)
    # a number the question writes is its condition ("Với thôn có từ 100 cử tri trở lên ...?"), not the answer
    given = set(re.findall(_NUMBER, question))
    out = []
    for m in rx.finditer(text):
        number = re.match(_NUMBER, text[m.start() :])
        if number is None and not _WORD_NUMBER_RE.match(sentence[m.start() :].lower()):
            continue
        if number is not None and number.group(0) in given:
            continue
        end = _whole_unit(text, m.end() + _continued(question, text, m.end()))
        if not percent:
            end = _noun_phrase_end(sentence, end)
        out.append(_bounded(text, m.start(), end))
    if label_rx is not None and not percent:
        # "số lượng tiết mục: 15 tiết mục": a count its label names and its unit follows is read as the number
        # with its unit ("15 tiết mục", found above), never "label: N" (library2 dev l2-rw-28)
        starts = {a for a, _ in out}
        out += [
            m.span()
            for m in label_rx.finditer(text)
            if re.findall(_NUMBER, m.group(0))[-1] not in given
            and not starts & {m.end() - len(re.findall(_NUMBER, m.group(0))[-1]), m.end()}
        ]
    if words_re and not percent and not set(unit[:1]) & _CALENDAR_UNITS:
        # a table row read with its column names: "Công trình thanh niên: 3", "Đường giao thông nông thôn
        # (km): 26" (``parse.tables.reading_text``): the value under the column the unit names
        column_rx = re.compile(
            rf"(?:^|[;.]\s+)((?:(?:{words_re})\b[^:;\d]{{0,40}}|[^:;\d()]{{0,40}}\(\s*(?:{words_re})\s*\)\s*)"
            rf":\s*{_NUMBER})(?!\s*[/.,]?\d)"
        )
        columns = column_rx.finditer(text)
        out += [c.span(1) for c in columns if re.findall(_NUMBER, c.group(1))[-1] not in given]
        # a count of a whole written as a fraction before the unit: "16/18 cơ sở Hội" (16 of 18), a
        # date's day and month ("ngày 16/12") never
        folded = fold_chars(sentence).lower()
        for m in re.finditer(rf"(?<![\d/.,])(\d+)\s*/\s*(\d+)(?![\d/])\s+(?:{words_re})\b", folded):
            if int(m.group(1)) <= int(m.group(2)) and not re.search(
                r"\b(?:ngay|truoc|den|tu|sau|thang|hom)\s*$", folded[max(0, m.start() - 12) : m.start()]
            ):
                out.append(_bounded(text, m.start(), _noun_phrase_end(sentence, m.end())))
    if words_re and not percent and not set(unit[:1]) & _CALENDAR_UNITS:
        # a range written after its unit: "tuổi từ 16 đến 30" (not "ngày từ 15 đến 20", days of a month)
        range_rx = re.compile(rf"\b(?:{words_re})\s+tu\s+{_NUMBER}\s+(?:den|toi)\s+{_NUMBER}\b")
        out += [m.span() for m in range_rx.finditer(text)]
    out = [sp for sp in out if not _negated(text, sp[0])]
    changes = [
        sp
        for sp in out
        if _CHANGE_BEFORE_RE.search(text[max(0, sp[0] - 30) : sp[0]])
        or (_COMPARED_RE.match(text[sp[0] :]) and _BASE_AFTER_RE.match(text[sp[1] :]))
    ]
    if not asks_change(question):
        # "tăng thêm 42 tỷ đồng so với ngày 31/12/2029" is a change, not the balance at that date: it
        # answers only a question asking the change ("tăng bao nhiêu?")
        out = [sp for sp in out if sp not in changes]
    elif _ASKS_DIFFERENCE_RE.search(fold(question)):
        # "... giảm bao nhiêu lớp so với năm 2032?" asks the difference: "14 lớp, giảm 2 lớp so với năm
        # 2032" answers it with "2 lớp", and a sentence writing only the levels with none
        out = changes
    return out


# A figure written as a change ("tăng thêm 42 tỷ", "giảm 5%", "tăng trưởng 2,4 tỷ"), folded, not a level
# reached ("giảm xuống dưới 1,5%", "tăng lên 30%"); and a question asking a change ("tăng bao nhiêu?").
# "vượt kế hoạch năm 2,5 km" is the amount over the plan, not the amount reached (trial 32 p20 gave "2,5 km"
# for "làm mới được bao nhiêu km?" where the row writes 27,5).
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:(?:tang|giam)(?: (?:them|truong|duoc|thuc))?|vuot(?: (?:ke hoach|chi tieu|muc))?(?: nam)?)"
    r"(?: (?:khoang|gan|tren|duoi|hon|it nhat|toi thieu))?\s*$"
)
# a figure read with a comparative (``_bounded``) and followed by its base is a difference: "nhiều hơn 25 đại
# biểu so với hội nghị năm 2036" (not negated: "không thấp hơn 25 tỷ đồng" is a bound)
_COMPARED_RE = re.compile(r"^(?:nhieu|it|cao|thap|lon|nho|hon)\b")
_BASE_AFTER_RE = re.compile(r"^[^;.]{0,20}?\bso (?:voi|cung ky)\b")
# A question asking the difference itself: "tăng / giảm (thêm) bao nhiêu / mấy", "... so với ..." (folded).
_ASKS_DIFFERENCE_RE = re.compile(r"\b(?:tang|giam)(?: them| duoc)? (?:bao nhieu|may)\b|\bso voi\b")
# the same with its tones, for a question typed with them ("quà tặng" writes no "tăng")
_ASKS_CHANGE_TONED_RE = re.compile(
    r"(?<!\w)(?:tăng(?!\s+(?:lên|đến|tới))|giảm(?!\s+(?:còn|xuống))|thêm|chênh lệch|vượt|increase|decrease"
    r"|grow|growth|more than|rise)(?!\w)"
    r"|(?<!không )(?<!\w)(?:nhiều|ít|cao|thấp) hơn(?!\w)"
)


def asks_change(question: str) -> bool:
    """Whether a question asks a change ("tăng bao nhiêu so với ...?"), read with its tones when it has
    them (``_ASKS_CHANGE_TONED_RE``), folded otherwise (``_ASKS_CHANGE_RE``)."""
    if has_diacritics(question):
        return _ASKS_CHANGE_TONED_RE.search(normalize(question).lower()) is not None
    return _ASKS_CHANGE_RE.search(fold(question)) is not None


_ASKS_CHANGE_RE = re.compile(
    r"\b(?:tang|giam|them|chenh lech|vuot|increase|decrease|grow|growth|more than|rise)\b"
    r"|(?<!khong )\b(?:nhieu|it|cao|thap) hon\b"
)


def writes_length(sentence: str) -> bool:
    """Whether the sentence writes a length of time, a number before a unit of time ("ít nhất 36 tháng",
    "trong 45 ngày"), dates, clock times and years aside (``_masked``)."""
    return bool(_LENGTH_RE.search(_masked(sentence)))


_LENGTH_RE = re.compile(rf"(?<![\d.,]){_NUMBER}\s+(?:ngay|tuan|thang|nam|gio|phut)\b")


def length_values(sentence: str) -> list[str]:
    """The lengths of time a sentence writes ("không quá 36 tháng", "trong 45 ngày": ``writes_length``),
    each with the bound written before it (``bounded_span``), as written; a length with a negation left
    before its bound is left out."""
    masked = _masked(sentence)
    out: list[str] = []
    for m in _LENGTH_RE.finditer(masked):
        span = bounded_span(masked, *m.span())
        if span is not None:
            out.append(_value(sentence, span))
    return out
_CALENDAR_UNITS = frozenset(["ngay", "thang", "nam", "quy", "tuan", "gio", DURATION])


# A bound written with a figure, folded: "ít nhất 01 gương", "không quá 85 đại biểu", "trên 50%", "khoảng
# 2.400 hộ"; "từ 55% trở lên", "100 cử tri trở xuống". Without it a minimum reads as an exact number.
# A comparative is read with its adjective and a negation before it, whole: "không thấp hơn 25 tỷ đồng" is at
# least 25, and "hơn 25 tỷ đồng" alone would state more than 25 (trial 32 p01). A negation left before the
# bound so read ("không vượt 25 tỷ", "chưa đến") drops the figure (``_negated``): no line over a wrong one.
_COMPARATIVES = r"(?:(?:thap|cao|nhieu|it|lon|nho|be|kem|ngan|dai|som|muon|cham|nhanh|rong|hep)\s+)?hon"
_BOUND_BEFORE_RE = re.compile(
    r"\b(?:(?:khong|chua|chang)\s+)?"
    r"(?:it nhat|toi thieu|toi da|khong qua|khong vuot qua|khong duoi|khong tren|nhieu nhat|tren|duoi|"
    rf"khoang|{_COMPARATIVES}|vuot qua|chua den|xap xi|(?P<tu>tu))\s+$"
)
# a negation right before a figure or its bound, one word apart at most ("không vượt 25 tỷ đồng")
_NEGATION_BEFORE_RE = re.compile(r"\b(?:khong|chua|chang)(?:\s+\w+)?\s+$")
_BOUND_AFTER_RE = re.compile(r"^\s+tro (?:len|xuong)\b")


def _bounded(folded_sentence: str, start: int, end: int) -> tuple[int, int]:
    """A figure's span widened to the bound written with it (``_BOUND_BEFORE_RE``): "từ" only with "trở
    lên / trở xuống" after the figure ("từ 20 đến 30" is a range, not a bound)."""
    after = _BOUND_AFTER_RE.match(folded_sentence[end:])
    if after:
        end += after.end()
    before = _BOUND_BEFORE_RE.search(folded_sentence[max(0, start - 32) : start])
    if before and (not before.group("tu") or after):
        start -= len(before.group(0))
    return start, end


def bounded_span(folded_sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """A figure's span with the bound written before it, whole (``_bounded``); None when a negation is left
    before it (``_negated``): every figure line reads its figure so (``parts``' too)."""
    start, end = _bounded(folded_sentence, start, end)
    return None if _negated(folded_sentence, start) else (start, end)


def _negated(folded_sentence: str, start: int) -> bool:
    """Whether a negation is written right before a figure read with its bound (``_bounded``): a bound the
    reading does not know ("không vượt 25 tỷ đồng"), so the figure alone would state its opposite."""
    return bool(_NEGATION_BEFORE_RE.search(folded_sentence[max(0, start - 20) : start]))


# A figure's unit read with the short noun phrase it heads ("01 gương điển hình", "09 trường trung học phổ
# thông", "3,2 tỷ đồng"): at most two more words (pyvi's) of four syllables, nouns only, ending where a word
# of another kind (a verb, a preposition), a mark or a capital follows; a longer run, or one going on with
# an adjective, is left at the unit.
_PHRASE_WORDS = 2
_PHRASE_SYLLABLES = 4
_PHRASE_TAGS = frozenset(["N", "Nu", "Nc"])


def _noun_phrase_end(sentence: str, end: int) -> int:
    """The end of the noun phrase the unit ending at ``end`` heads (``_PHRASE_TAGS``), ``end`` when none
    follows or when it runs longer than ``_PHRASE_WORDS`` words or ``_PHRASE_SYLLABLES`` syllables."""
    rest = sentence[end : end + 80]
    run = re.match(r"(?:[ \t]+[^\W\d_]+)+", rest)
    if run is None:
        return end
    tagged = compound_tags(run.group(0))
    if not tagged:
        return end
    taken, syllables, at = 0, 0, 0
    for word, tag in tagged:
        surface = word.replace("_", " ")
        pos = rest.find(surface, at)
        if tag == "A":
            return end  # an adjective goes on with the phrase ("gương người tốt việc tốt"): the unit alone
        if tag not in _PHRASE_TAGS or surface[:1].isupper() or pos < 0 or not content_tokens(surface):
            break  # a stop word the tagger, reading it alone, calls a noun ("với 2.647 ...") ends it too
        if taken == _PHRASE_WORDS or syllables + len(surface.split()) > _PHRASE_SYLLABLES:
            return end  # a longer phrase: read the unit alone rather than cut the phrase
        taken, syllables, at = taken + 1, syllables + len(surface.split()), pos + len(surface)
    return end + at


def _whole_unit(folded_sentence: str, end: int) -> int:
    """``end`` moved over the rest of a unit of several words the unit ending there opens, as written ("05
    ngày" + " làm việc": a working day is not a calendar day; ``quantity_units``' lengths of time)."""
    before = folded_sentence[:end]
    for unit in sorted((u for u in quantity_units()[DURATION] if " " in u), key=len, reverse=True):
        head, rest = unit.split(" ", 1)
        if re.search(rf"\b{re.escape(head)}$", before):
            m = re.match(rf"\s+{re.escape(rest)}\b", folded_sentence[end:])
            if m:
                return end + m.end()
    return end


def _continued(question: str, folded_sentence: str, end: int) -> int:
    """How many characters after a figure's unit continue the noun the question writes ("bộ" + " hồ sơ"
    for "mấy bộ hồ sơ", "tổ hợp" + " tác"): the unit is read as at most two syllables."""
    # the noun goes on across spaces only: "214 hội viên, tăng 12%" for "... bao nhiêu hội viên, tăng bao
    # nhiêu?" ends at the comma (trial 30 q17 gave "214 hội viên, tăng")
    words = re.findall(r"\w+", re.match(r"(?:[ \t]+\w+)*", folded_sentence[end : end + 30]).group(0))
    q = " " + " ".join(re.findall(r"\w+", fold_chars(question).lower())) + " "
    before = " ".join(re.findall(r"\w+", folded_sentence[max(0, end - 20) : end])[-1:])
    taken = 0
    for w in words[:2]:
        if f" {before} {w} " not in q:
            break
        before = f"{before} {w}"
        taken += 1
    if not taken:
        return 0
    m = re.match(rf"(?:\W+\w+){{{taken}}}", folded_sentence[end:])
    return m.end() if m else 0


def _value(sentence: str, span: tuple[int, int]) -> str:
    return " ".join(sentence[span[0] : span[1]].split())


# The act a length of time is asked for: "có bao lâu để | kiến nghị", "mấy ngày để | nộp hồ sơ" (folded; its
# first two syllables). A verb of going before it is no act of its own ("mấy ngày để | đi | kiểm tra thực tế":
# the act is the check, which the clause writes without the going).
_PURPOSE_RE = re.compile(
    r"\b(?:bao lau|(?:bao nhieu|may) (?:ngay|thang|tuan|nam)(?: lam viec)?)\s+(?:de|thi phai|phai)\s+"
    r"(?:(?:di|den|toi|xuong)\s+)?([a-z]+)(?:\s+([a-z]+))?"
)


# A question asking two figures, each part with its own interrogative ("kết nạp mới bao nhiêu hội viên, tăng
# bao nhiêu so với cùng kỳ?", "có mấy vụ cháy rừng và mất bao nhiêu ha rừng?"), cut at "và" or a comma
# (folded); and the change written after a figure ("214 hội viên, tăng 12% so với ...").
# ("tối đa bao nhiêu và được vay bao lâu?": a length of time is a figure asked too, trial 32 q13)
_ASKS_AMOUNT_RE = re.compile(r"\b(?:bao nhieu|may|bao lau|how many|how much|how long)\b")
_CHANGE_AFTER_RE = re.compile(
    rf"\b(?:tang|giam)(?: (?:them|duoc))?\s+{_NUMBER}\s*(?:%|‰|phan tram|lan\b|[^\W\d_]+(?: [^\W\d_]+)?)"
)


def asked_figure_parts(question: str) -> list[str]:
    """The parts of a question asking two figures or more, each with its own "bao nhiêu / mấy / bao lâu" (the
    question's own words, cut at "và" or a comma); [] for a question asking one figure."""
    folded = fold(question)
    if len(folded) != len(question):
        return []
    parts = [(question[a:b], folded[a:b]) for a, b in question_parts(folded)]
    asking = [p for p, f in parts if _ASKS_AMOUNT_RE.search(f)]
    return asking if len(asking) > 1 else []


def figure_lead(
    question: str,
    terms: Terms,
    first: Citation | None,
    language: str,
    hits: list[Hit],
    about: str = "",
    asked_names: list[str] | None = None,
    reading: str | None = None,
    event_length: bool = False,
    years: list[int] | None = None,
    document: str = "",
) -> list[str]:
    """``["Số liệu: 05 người [1]"]``: the figure the question asks for (``_figure``); a question asking two
    figures (``asked_figure_parts``) gets every one of them from the first quote or no line: a line stating
    one part reads as the whole answer (trial 30 q05, q17, q22). A part asking a change with no unit ("tăng
    bao nhiêu so với cùng kỳ?") is read right after the figure before it ("214 hội viên, tăng 12%")."""
    if first is None or missing_item_words(question, first.quote, reading or "", about, document):
        return []  # a table row of another item (``items``)

    # "Chủ tịch UBBC": an abbreviation the lexicon does not know, read as the phrase of the document it
    # spells ("Ủy ban bầu cử"; ``item_heads``)
    spelled = initialled_phrases(question, document) if document else {}
    terms = item_heads.with_spelled(terms, spelled)
    readings = item_heads.question_readings(question, spelled)
    division = item_heads.named_division_title(fold(question), first.section or "", document)

    def figure(asked: str) -> tuple[str, str] | None:
        return _figure(
            asked,
            terms,
            first,
            language,
            hits,
            about,
            asked_names,
            reading,
            event_length,
            years,
            readings,
            division,
        )

    parts = asked_figure_parts(question)
    if not parts and asks_change(question) and row_columns(reading or ""):
        # "... năm 2033 tăng bao nhiêu so với năm 2032?": a table row's cells are levels, none of them the
        # change asked (trial 31 p58: "2.940 ha (Thực hiện 2033)" given for "tăng 310 ha")
        return []
    by_year = year_column_figure(question, terms, reading or "", years or [])
    if by_year is not None:
        return [f"{render.label('figure', language)}: {by_year} [{first.n}]"]
    kinds = result_columns(row_columns(reading or ""))
    if kinds and asked_amount(question) is not None:
        # a results row (plan / achieved / % of plan / over plan): the column each part of the question
        # asks, or no line (trial 32 p20: the amount over the plan given for the amount achieved)
        found_kinds = [kind_column_figure(p, terms, reading or "", kinds) for p in parts or [question]]
        if not all(found_kinds) or len(set(found_kinds)) != len(found_kinds):
            return []
        return [f"{render.label('figure', language)}: {'; '.join(found_kinds)} [{first.n}]"]
    if not parts:
        # "Chỉ tiêu kết nạp là bao nhiêu?": read as asking the noun its subject counts (``aims``)
        found = figure(aims.unit_question(question, reading or first.quote) or question)
        return [f"{render.label('figure', language)}: {found[0]} [{first.n}]"] if found else []
    values: list[str] = []
    before: tuple[str, str] | None = None
    for part in parts:
        found = figure(part) if asked_amount(part) is not None else None
        if found is None and before is not None and asks_change(part):
            value, sent = before
            at = sent.find(value)
            m = _CHANGE_AFTER_RE.search(fold_chars(sent).lower(), at + len(value)) if at >= 0 else None
            if m is not None and not re.search(r"[;.]", sent[at + len(value) : m.start()]):
                found = (_value(sent, m.span()), sent)
        if found is None or found[0] in values:
            return []  # a part the quote does not state: no line rather than half the answer
        values.append(found[0])
        before = found
    return [f"{render.label('figure', language)}: {'; '.join(values)} [{first.n}]"]


# A table row as read with its columns named (``parse.tables.labelled_row``): "2. Chỉ tiêu: Diện tích cây
# ăn quả; Đơn vị: ha; Thực hiện 2033: 2.940; Năm 2034: 3.200; Năm 2035: 3.500".
_ROW_LABEL_RE = re.compile(r"^\s*\w{1,4}\.\s+(?=[^;:]{1,80}:\s)")
# a column named by a year ("Năm 2035", "Thực hiện 2033", "Kế hoạch năm 2034"), not by a period
_COLUMN_YEAR_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])(?!\s*[-–]\s*(?:19|20)\d{2})")
# the column holding each row's unit: "Đơn vị", "Đơn vị tính", "ĐVT" (folded)
_UNIT_COLUMN_RE = re.compile(r"^(?:don vi(?: tinh)?|dvt)$")
# a unit in a column's name: "Chỉ tiêu (ha)", "Kinh phí (triệu đồng)"
_NAME_UNIT_RE = re.compile(r"\(([^()]{1,20})\)\s*$")
_CELL_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*\s*%?")


def row_columns(reading: str) -> list[tuple[str, str]]:
    """A table row's (column name, value) pairs from its reading; [] for any other text."""
    if "\n" in reading.strip() or ": " not in reading:
        return []
    body = _ROW_LABEL_RE.sub("", reading.strip(), count=1)
    pairs = []
    for part in body.split("; "):
        name, sep, value = part.partition(": ")
        if not sep or not name.strip() or len(name) > 80:
            return []
        pairs.append((name.strip(), value.strip()))
    return pairs


def year_columns(pairs: list[tuple[str, str]]) -> dict[int, str]:
    """{year: column name} of a row's columns each named by one year; {} unless two columns or more are
    (a table of figures by year: "Thực hiện 2033 | Năm 2034 | Năm 2035")."""
    out: dict[int, str] = {}
    for name, _ in pairs:
        found = _COLUMN_YEAR_RE.findall(name)
        if len(found) == 1:
            out[int(found[0])] = name
    return out if len(out) >= 2 else {}


def year_column_figure(question: str, terms: Terms, reading: str, years: list[int]) -> str | None:
    """The figure of a table of figures by year for the one year a question asks: the value in the column
    of that year in the quoted row, with the row's unit (its unit column's value, "Đơn vị: ha", or a unit
    in a column's name, "Chỉ tiêu (ha)") and the column's name: "3.500 ha (Năm 2035)". None when the quote
    is no such row, when the row covers too little of the question (another indicator), when the year
    asked is no column's (``asked_year_outside``) or when the cell holds no figure."""
    if len(set(years)) != 1 or asked_amount(question) is None:
        return None
    pairs = row_columns(reading)
    columns = year_columns(pairs)
    if not columns or years[0] not in columns:
        return None
    named = dict(pairs)
    value = named.get(columns[years[0]], "")
    if not _CELL_FIGURE_RE.fullmatch(value):
        return None
    rest = "; ".join(f"{n}: {v}" for n, v in pairs if n not in columns.values())
    if overlap(terms, rest) < FIGURE_MIN_OVERLAP:
        return None
    unit = _legible(next((v for n, v in pairs if _UNIT_COLUMN_RE.match(fold(n).strip(" .:"))), ""))
    if not unit:
        unit = next((m.group(1) for n, _ in pairs if (m := _NAME_UNIT_RE.search(n))), "")
    if unit and _CELL_FIGURE_RE.fullmatch(unit):
        unit = ""
    if not unit or value.endswith("%"):
        shown = value
    else:
        shown = f"{value}{unit}" if unit in ("%", "‰") else f"{value} {unit}"
    return f"{shown} ({columns[years[0]]})"


def _legible(unit: str) -> str:
    """A unit cell as written, or "" when its text is garbled (a PDF cell whose letters overran into
    another's: "hợipệ ut áqcu xảã" for "hợp tác xã"): a word with two tone marks, or a "q" not before
    "u", is no Vietnamese syllable, and a line showing it reads as nonsense (trial 31 q05)."""
    for word in unit.lower().split():
        if tone_marks(word) > 1 or re.search(r"q(?!u)", word):
            return ""
    return unit


# What a results table's figure column holds, by its name (folded): the plan, what was achieved, the share of
# the plan, the amount over it ("Kế hoạch năm 2037 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%)").
PLAN, DONE, SHARE, OVER = "plan", "done", "share", "over"
_COLUMN_KINDS = (
    (SHARE, re.compile(r"%|\b(?:ty le|phan tram|percent)\b")),
    (OVER, re.compile(r"\b(?:vuot|tang|giam|chenh lech|so sanh)\b")),
    (DONE, re.compile(r"\b(?:thuc hien|ket qua|dat duoc|luy ke|da dat|achieved|actual)\b")),
    (PLAN, re.compile(r"\b(?:ke hoach|chi tieu|du kien|plan|target)\b")),
)
# What a question asks of such a row (folded), in the same order: "đạt bao nhiêu % kế hoạch" asks the share,
# "vượt kế hoạch bao nhiêu" the amount over it, "kế hoạch ... bao nhiêu" the plan, "thực hiện / đạt / làm
# được bao nhiêu" what was achieved.
_ASKED_KINDS = (
    (SHARE, re.compile(r"%|\b(?:ty le|phan tram|percent)\b")),
    (OVER, re.compile(r"\b(?:vuot|chenh lech|exceed)\b")),
    (DONE, re.compile(r"\b(?:thuc hien|dat|duoc|ket qua|lam duoc|achieved|actual)\b")),
    (PLAN, re.compile(r"\b(?:ke hoach|chi tieu|du kien|plan|target)\b")),
)


def result_columns(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """{kind: column names} of a results row's figure columns (``_COLUMN_KINDS``); {} unless two kinds or
    more hold a figure (a row of plan and achieved figures, where one number read alone is any of them)."""
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        if not _CELL_FIGURE_RE.fullmatch(value):
            continue
        folded = fold(name)
        kind = next((k for k, rx in _COLUMN_KINDS if rx.search(folded)), None)
        if kind is not None:
            out.setdefault(kind, []).append(name)
    return out if len(out) >= 2 else {}


def kind_column_figure(question: str, terms: Terms, reading: str, kinds: dict[str, list[str]]) -> str | None:
    """The figure of a results row in the one column the question asks (``_ASKED_KINDS``), with the row's
    unit and the column's name: "27,5 km (Thực hiện 6 tháng)"; None when the question names no kind, when
    no column or several are of that kind, or when the row covers too little of the question."""
    folded = fold(question)
    asked = next((k for k, rx in _ASKED_KINDS if rx.search(folded)), None)
    amount = asked_amount(question)
    if asked is None and amount is not None and amount[2]:
        asked = SHARE
    names = kinds.get(asked or "", [])
    if len(names) != 1:
        return None
    pairs = row_columns(reading)
    figure_names = {n for ns in kinds.values() for n in ns}
    rest = "; ".join(f"{n}: {v}" for n, v in pairs if n not in figure_names)
    if overlap(terms, rest) < FIGURE_MIN_OVERLAP:
        return None
    value = dict(pairs)[names[0]]
    unit = _legible(next((v for n, v in pairs if _UNIT_COLUMN_RE.match(fold(n).strip(" .:"))), ""))
    if asked == SHARE:
        shown = value if value.endswith("%") else f"{value}%"
    elif unit and not _CELL_FIGURE_RE.fullmatch(unit):
        shown = f"{value} {unit}"
    else:
        shown = value
    return f"{shown} ({names[0]})"


def asked_year_outside(reading: str, years: list[int]) -> bool:
    """Whether the quote is a row of a table of figures by year and the one year the question asks is
    none of its columns' ("... năm 2036?" of "Năm 2034 | Năm 2035"): the table does not give it."""
    columns = year_columns(row_columns(reading))
    return bool(columns) and len(set(years)) == 1 and years[0] not in columns


def _figure(
    question: str,
    terms: Terms,
    first: Citation | None,
    language: str,
    hits: list[Hit],
    about: str = "",
    asked_names: list[str] | None = None,
    reading: str | None = None,
    event_length: bool = False,
    years: list[int] | None = None,
    readings: list[list[str]] | None = None,
    division: str = "",
) -> tuple[str, str] | None:
    """The figure the question asks for, from the first quote; None when the
    quote writes none, when its sentence holding the figure covers less than ``FIGURE_MIN_OVERLAP`` of the
    question, or when the quote writes two different figures and no single clause (sentences cut at ";",
    ``clause_at``) writing one of them leads the others by ``FIGURE_MARGIN``, or when another retrieved
    sentence of the document writes what the question asks about (``_rival``), or when the question asks
    about a body (``asked_names``: folded names) and the figure's clause is another body's ("Ban Chấp hành
    họp thường kỳ 6 tháng một lần" for "Ban Thường vụ ... họp mấy tháng một lần?"). The sentence alone is
    read:
    with its document's subject line, unrelated figures passed (library dev: "03 trường" invited for "mấy
    trường ... Phụ lục I kê", two wrong first lines), except (``event_length``: "kéo dài bao lâu?" of an
    event) a sentence that also dates the event, read with the subject line. ``reading``: the quote as
    read, a table row's values named by their columns (``parse.tables.reading_text``). ``years``: those the
    question asks on its own; a sentence naming another year as its figures' own ("Mùa khô năm 2031 ...
    9 vụ, tăng 3 vụ so với năm 2030" asked of 2030) gives none (``mentions.figure_of_another_year``).
    ``readings``: the question's content tokens as written and with its abbreviations and everyday words
    read as the documents write them (``item_heads.question_readings``): of figures in several list items
    ("- Chủ tịch ...: cấp xã: ...; - Phó Chủ tịch, ...: cấp xã: ..."), the item whose head names the post
    asked holds the answer (``item_heads.head_fits``). ``division``: the heading of the division the
    question names by its label that the quote is in (``item_heads.named_division_title``): it describes
    the sentence as the subject line does.
    Returns the value and the sentence writing it, or None."""
    if first is None or asked_amount(question) is None:
        return None
    # (overlap of its clause, value, sentence, clause, the label right before the value, its item's head)
    found: list[tuple[float, str, str, str, tuple[str, ...], str]] = []
    per: list[bool] = []  # whether each found figure is written per unit
    best = 0.0
    total = bool(_TOTAL_RE.search(fold(question)))
    # typed without diacritics, "moi" is read as "mỗi" (a question seldom says "mới" before its unit)
    asks_per = bool(_ASKS_PER_RE.search(normalize(question).lower())) or (
        not has_diacritics(question) and re.search(r"\bmoi\b", fold(question)) is not None
    )
    quote = reading or first.quote
    for a, b in split_sentences(quote):
        sent = quote[a:b]
        spans = figures_in(question, sent)
        if spans:
            own = overlap(terms, sent)
            if (
                event_length
                and own >= EVENT_LENGTH_MIN_OWN_OVERLAP
                and event_times_in(sent)
                and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
            ):
                # "Chiến dịch tình nguyện hè kéo dài bao lâu?" of "Thời gian chiến dịch: diễn ra trong 45
                # ngày, bắt đầu từ ngày 15/6/2027 ..." in the letter about that campaign: the sentence dating
                # the event names it, its subject line says which one
                own = FIGURE_MIN_OVERLAP
            elif (
                asked_names
                and own >= EVENT_MIN_OWN_OVERLAP
                and any(_subject_body(clause_at(sent, a), asked_names, fold(question)) for a, _ in spans)
                and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
            ):
                # "Ban Chấp hành Hội Phụ nữ khóa mới có bao nhiêu người?" of "Ban Chấp hành nhiệm kỳ mới có 19
                # ủy viên" in the notice about the Women's Union congress: the clause's subject is the body
                # asked, the subject line says whose
                own = FIGURE_MIN_OVERLAP
            elif (
                own >= EVENT_MIN_OWN_OVERLAP
                and (titled := title_phrase_words(terms, about))
                and overlap(terms.without(titled), sent) >= FIGURE_MIN_OVERLAP
            ):
                # "Kinh phí năm 2037 của mô hình Tiết kiệm vì phụ nữ nghèo là bao nhiêu?" of "(Kinh phí năm
                # 2037 là 15.000.000 đồng.)" in the plan 'Thực hiện mô hình "Tiết kiệm vì phụ nữ nghèo" năm
                # 2038': the question's phrases its subject line writes (as the same word pairs) describe
                # every passage of it; the rest of the question is the sentence's (trial 32 p24, d4)
                own = FIGURE_MIN_OVERLAP
            elif division and overlap(terms, f"{sent} {division}") >= FIGURE_MIN_OVERLAP:
                # "Phụ lục I kê tổng cộng mấy trường ...?" of "Danh sách có 09 trường tham gia làm việc"
                # under "Phụ lục I / DANH SÁCH CÁC TRƯỜNG THAM GIA LÀM VIỆC VỚI ĐOÀN KIỂM TRA ...": the
                # heading of the division the question names describes the sentence (library dev lib-rw03-04)
                own = FIGURE_MIN_OVERLAP
            best = max(best, own)
        if spans and figure_of_another_year(years or [], sent):
            continue  # another year's figures: the year asked is at most their comparison base
        if spans and _year_not_written(years or [], f"{first.section or ''} {about} {sent}"):
            continue  # "I. KẾT QUẢ NĂM 2033 › ... đạt 1.870 ha" is no figure of 2035
        for s in spans:
            clause = clause_at(sent, s[0])
            if _other_case(clause, terms) or _condition(sent, s[1]) or other_grade(clause, question):
                continue
            if not asks_per and _FACTOR_RE.search(sent[: s[0]]):
                continue  # "(35 suất x 300.000 đồng)": a factor of a product, the price of one (trial 33 p40)
            each = _per_before(clause, sent[s[0] : s[1]])
            rated = each or _per_unit(sent, s[1])
            if total and rated:
                continue  # "tổng cộng bao nhiêu tiền?": "1.500.000 đồng/ha" is a rate, not the total
            if each and not asks_per and _TOTAL_RE.search(fold(sent)):
                # "mỗi chi hội cử 12 hội viên; toàn xã ... tổng số 108 vận động viên": beside a total, a value
                # that does not show what it is per answers no question asking the number; alone ("hỗ trợ
                # mỗi hộ 1.500.000 đồng" for "Hộ ... được hỗ trợ bao nhiêu?") it is the answer
                continue
            rate = rate_tail_end(sent, s[1])  # "1.500.000 đồng/ha": the value with what it is per
            shown = (s[0], rate) if rate else s
            label = _label_before(sent, s[0])
            head = item_heads.item_head(sent, s[0])
            found.append((overlap(terms, clause), _value(sent, shown), sent, clause, label, head))
            per.append(rated)
    if not found or best < FIGURE_MIN_OVERLAP:
        return None
    # "Chỉ tiêu năm 2036 ...?" of "Năm 2035 đã kết nạp 420 hội viên": a result is no target, nor the reverse
    aimed = [i for i, f in enumerate(found) if aims.fits_aim(question, f[3], first.section or "")]
    if not aimed:
        return None
    found, per = [found[i] for i in aimed], [per[i] for i in aimed]
    if aims.both_aims(question, [(f[3], f[1]) for f in found], first.section or ""):
        return None  # a result and a target, the question asking neither
    items = _coordinated_items(question)
    if items:
        # "Mức hỗ trợ xây mới và sửa chữa ... là bao nhiêu?": each item asked has its own value, in a clause
        # writing that item and not the other ("xây mới: 60 triệu đồng/nhà; sửa chữa: 25 triệu đồng/nhà"):
        # both are stated, each after its item, or none (one alone read as "the" level, trial 30 p66). A
        # clause writing both items holds one figure for both: read as any other.
        own = []
        for words, _ in items:
            fits = {f[1]: f for f in found if set(words) <= set(_words(f[3]))}
            others = [w for w2, _ in items if w2 != words for w in w2]
            fits = {v: f for v, f in fits.items() if not set(others) <= set(_words(f[3]))}
            own.append(fits)
        if any(own):
            if not all(len(o) == 1 for o in own) or len({next(iter(o)) for o in own}) < len(own):
                return None
            stated = [f"{written}: {next(iter(o))}" for (_, written), o in zip(items, own, strict=True)]
            return "; ".join(stated), next(iter(own[0].values()))[2]
    # "... có bao lâu để kiến nghị?": the length asked is the one given for that act; "không đóng hội phí sáu
    # tháng" in the same quote is another act's length (library: a wrong "Số liệu: ba tháng")
    purpose = _PURPOSE_RE.search(fold(question))
    if purpose:
        act = f"{purpose.group(1)}_{purpose.group(2)}" if purpose.group(2) else purpose.group(1)
        found = [f for f in found if any(act in terms_of for terms_of in passage_terms(f[3]))]
        if not found:
            return None
    if _per_row(question, first, quote):
        return None  # "mỗi mẫu mấy bản?" of a table of forms: a figure per row, no single one (trial 28 q30)
    # "bao nhiêu hội viên nữ?": a count of the members the question qualifies, written with those words;
    # "96 hội viên" counts all of them, or those of another act (trial 28 n08, p21, p22)
    qualifier = [w for w in amount_qualifier(question) if w != "la"]
    if qualifier:
        # (or by the document's subject line, ``about``: "20 gương mặt" of the guide on the award "Thanh niên
        # làm kinh tế giỏi"; the abstention check reads the subject line alike, trial 32 p07)
        titled, run = set(_words(about)), set(qualifier_run(question))
        kept = [
            i
            for i, f in enumerate(found)
            if set(qualifier) <= (scope := set(_words(_scope(f[2], f[1]))))
            or (run and run <= scope | titled)
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    elif total and not _acts(question):
        # "hiện có tổng cộng bao nhiêu hội viên?" of "kết nạp mới 214 hội viên; nâng tổng số hội viên lên
        # 18.642 người": a figure an act counts is a part of the total asked, never the total (trial 30 q22),
        # unless its phrase says it is the total ("nâng tổng số hội viên lên 18.642 người")
        kept = [
            i
            for i, f in enumerate(found)
            if not _acts(_before(f[2], f[1])) or re.search(r"\btong (?:cong|so)\b", fold(_before(f[2], f[1])))
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    elif len({f[1].lower() for f in found}) > 1 and not _acts(question):
        # "có bao nhiêu hội viên?" of "có 18 cơ sở Hội với 2.647 hội viên; trong năm kết nạp mới 96 hội
        # viên": a figure an act counts ("kết nạp mới") is a part; a question writing no act ("có", "là")
        # asks the total, the one counted by no act (trial 28 p20). A question writing its act ("xây bao
        # nhiêu nhà?") is left to the clauses' scores.
        acted = [bool(_acts(_before(f[2], f[1]))) for f in found]
        if any(acted) and not all(acted):
            found, per = [f for f, a in zip(found, acted, strict=True) if not a], [
                p for p, a in zip(per, acted, strict=True) if not a
            ]
    if not _attendance(question) and not _EVENT_NAMED_RE.search(normalize(question).lower()):
        # "Hội CCB xã có bao nhiêu hội viên?" of "Lễ kỷ niệm: ... thành phần gồm 120 hội viên và khách mời":
        # who attends an event is counted for the event, not the body's membership (trial 33 n08)
        kept = [i for i, f in enumerate(found) if not _attendance(_before(f[2], f[1]))]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    reaching = _REACHING_ASKED_RE.search(normalize(question).lower()) is not None
    if not _acts(question) and not reaching and not total and _counts_people(question):
        # "Hội CCB xã có bao nhiêu hội viên?" asks how many there are: "tặng quà 35 hội viên từ 80 tuổi"
        # counts those an act reaches, a part, never the membership (trial 33 p13); a count no act writes
        # answers
        kept = [
            i for i, f in enumerate(found) if not _REACHING_RE.search(normalize(_before(f[2], f[1])).lower())
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    if any(per) and not all(per):
        # "mỗi chi hội cử 12 hội viên; toàn xã có ... tổng số 108 vận động viên": a question asking per unit
        # ("mỗi ...") takes the rate, any other the total (trial 25 t07, r12)
        found = [f for f, p in zip(found, per, strict=True) if p == asks_per]
    if asks_per:
        # "How much money per household ...?" of "... 20.000.000 đồng/hộ; ... 10.000.000 đồng/người": a rate
        # per a unit the question does not name is another case's (trial 29 p73)
        # (an English question's words are its glosses' alternatives, ``Terms.groups``)
        asked = set(terms.unigrams).union(*(uni for group in terms.groups for uni, _ in group))
        named_per = [f for f in found if _per_what(f[1]) & asked]
        if named_per and len(named_per) < len(found):
            found = named_per  # ("/người/tháng" for "... một tháng?" is per a unit named: kept)
    # "HĐND tỉnh có tối đa bao nhiêu đại biểu?" of "... được bầu 50 đại biểu; ... thêm 01 đại biểu, nhưng tổng
    # số không quá 85 đại biểu": a question asking a maximum (minimum) takes the figure written as one
    for asks_rx, bounds, after in _BOUND_ASKED:
        if asks_rx.search(fold(question)):
            # "tối thiểu mấy đảng viên mới được lập chi bộ?" of "có hơn 30 đảng viên, ... không thể tách ra
            # nhiều chi bộ ... thì ... thành lập chi bộ trực thuộc": a figure not written as the bound asked
            # (a case's size, an exact count) answers no question asking a minimum (maximum): no line rather
            # than another clause's number (library2 dev l2-party-26)
            found = [f for f in found if _states_bound(f[2], f[1], bounds, after)]
            if not found:
                return None
    # "cấp tỉnh: 3.300.000 đồng; cấp xã: 2.300.000 đồng" for "... cấp xã ... bao nhiêu?": the value under the
    # label the question names; one under a label it does not name is another case's
    # ("Chủ trì cuộc họp: 500.000 đồng/người/buổi" for "người điều hành cuộc họp": a wording of the
    # question's concept names the label too, ``item_heads.label_named``)
    def names(label: tuple[str, ...]) -> bool:
        return item_heads.label_named(label, terms)

    if reading and reading != first.quote and any(other_column_named(reading, f[1], names) for f in found):
        # the question names another column of the row ("kết nạp mới" of "Kết nạp mới: 11"): that column's
        # figure when exactly one is named, else no line (newcomer trial 40 f3, trial 42 q11)
        picked = {asked_column(reading, f[1], names) for f in found}
        if len(picked) != 1 or None in picked:
            return None
        found = [(f[0], picked.pop(), f[2], f[3], (), f[5]) for f in found[:1]]
    named = [f for f in found if item_heads.label_named(f[4], terms)]
    if named:
        found = named
    elif any(f[4] for f in found) and len({f[4] for f in found}) > 1:
        found = [f for f in found if not f[4]]
        if not found:
            return None
    if readings and len({f[1].lower() for f in found}) > 1:
        # "Chủ tịch UBBC cấp xã ...?" of "- Chủ tịch Ủy ban bầu cử: ... cấp xã: 2.300.000 ...; - Phó Chủ tịch,
        # Ủy viên, Thư ký của Ủy ban bầu cử: ... cấp xã: 2.100.000 ...": the item whose head is the post
        # asked (library dev lib-n99-01)
        fits = item_heads.head_fits([f[5] for f in found], readings)
        top = max(fits)
        if top and min(fits) < top:
            found = [f for f, fit in zip(found, fits, strict=True) if fit == top]
    if len({f[1].lower() for f in found}) > 1:
        # two figures ("15 ngày ... 30 ngày"): only a clause clearly closer to the question says which
        clauses: dict[float, set[str]] = {}
        for score, value, *_ in found:
            clauses.setdefault(score, set()).add(value.lower())
        ranked = sorted(clauses.items(), reverse=True)
        if len(ranked[0][1]) > 1:
            # one clause, two figures ("1.250 ha lúa bị ảnh hưởng, trong đó 310 ha thiệt hại trên 70%"):
            # the figure whose own phrase (between commas) matches the question clearly better
            top = [f for f in found if f[0] == ranked[0][0]]
            phrases = _ranked_phrases(terms, top)
            titled = title_phrase_words(terms, about)
            if phrases[0][0] - phrases[1][0] < FIGURE_MARGIN and titled:
                # "Kinh phí tổ chức Đại hội dự kiến 38.500.000 đồng, trong đó ngân sách xã hỗ trợ 25.000.000
                # đồng" for "Xã hỗ trợ từ ngân sách bao nhiêu tiền cho Đại hội Hội CCB?" in the plan for that
                # congress: the words its subject line writes describe both figures; the rest of the
                # question says which (trial 39 q04)
                phrases = _ranked_phrases(terms.without(titled), top)
            if phrases[0][0] - phrases[1][0] < FIGURE_MARGIN:
                return None
            found = [top[phrases[0][1]]]
        elif len(ranked) > 1 and ranked[0][0] - ranked[1][0] < FIGURE_MARGIN:
            return None
        else:
            found = [f for f in found if f[0] == ranked[0][0]]
    if asked_names and another_body(found[0][3], asked_names, fold(question)):
        return None
    # the headings above the quote describe it as the subject line does ("4. Tổ chức hội nghị tiếp xúc cử tri
    # ... › b)" of "b) Thông báo ... ít nhất trước 07 ngày ..."): sentences under another heading writing
    # those words are no rivals; nor are those of the lead-in it is read under in its paragraph (its item's
    # label, its opening period, a row's table title: ``lead_in``; trial 39 q05, q09, n5)
    read_under = lead_in(first.quote, found[0][2], hits, first.doc.doc_id)
    if _rival(
        terms,
        found[0][2],
        hits,
        first.doc.doc_id,
        f"{about} {first.section or ''} {read_under}",
        None,
        question,
        found[0][1],
    ):
        return None  # another passage of the document writes what the question asks about
    return found[0][1], found[0][2]


def _scope(sentence: str, value: str) -> str:
    """The words a figure is written with, up to the commas or semicolons on either side (a column's name
    before its value too: "Công trình thanh niên: 3")."""
    at = sentence.find(value)
    if at < 0:
        return sentence
    start = max(sentence.rfind(c, 0, at) for c in ",;") + 1
    ends = [i for i in (sentence.find(c, at + len(value)) for c in ",;") if i >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


# The number and unit before a product's sign: what follows it is the price or size of one ("35 suất x
# 300.000 đồng", "12 lớp × 2 ngày")
_FACTOR_RE = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+\s*){0,2}[x×*]\s*$")


# Who attends an event, in a figure's own phrase or a question (folded): "thành phần gồm 120 hội viên",
# "mời 35 đồng chí", "tham dự", "dự hội nghị"
_ATTENDANCE_RE = re.compile(
    r"(?<!\w)(?:thành phần|tham dự|dự (?:hội nghị|lễ|đại hội|buổi|họp)|khách mời|mời|attend\w*"
    r"|invite\w*)(?!\w)|(?<!\w)(?:người|ai) dự(?=\s*\??\s*$)|(?<!\w)dự\s*\??\s*$"
)
# the same typed without diacritics (folded), the words whose folding is another word's left out ("moi" is
# also "mới", "du" "dự kiến")
_ATTENDANCE_FOLDED_RE = re.compile(r"\b(?:thanh phan|tham du|khach moi|attend\w*|invite\w*)\b")


# Acts that reach some of a body's members, right before their count ("tặng quà 35 hội viên", "kết nạp 12
# đảng viên mới", "thăm hỏi 40 hội viên"): a part, never how many there are ("bầu Ban Chấp hành ... gồm 31
# đồng chí", "thay mặt cho 318 đảng viên" count all of them)
_REACHING = (
    r"(?<!\w)(?:tặng(?: quà)?(?: cho)?|trao(?: quà)?(?: cho)?|thăm(?: hỏi)?|hỗ trợ|khen thưởng|kết nạp"
    r"|tập huấn(?: cho)?|đào tạo(?: cho)?|cho vay|giúp(?: đỡ)?|biểu dương|tuyên dương)"
)
_REACHING_RE = re.compile(rf"{_REACHING}\s*$")
# a question writing such an act asks the count it reaches ("Năm 2035 kết nạp mới bao nhiêu hội viên?"),
# whatever pyvi tags its words (it may tag "kết_nạp" a noun there)
_REACHING_ASKED_RE = re.compile(rf"{_REACHING}(?!\w)")


def _counts_people(question: str) -> bool:
    """Whether the question counts people or members ("bao nhiêu hội viên / người / đảng viên?"; its unit is
    a noun of ``lexicon.words.person_nouns``)."""
    unit = amount_unit(question)
    return bool(unit) and " ".join(unit) in person_nouns()


# A question naming an event ("Hội nghị lấy ý kiến cử tri ... phải có tối thiểu bao nhiêu cử tri?") asks who
# attends it, however it words the count
_EVENT_NAMED_RE = re.compile(
    r"(?<!\w)(?:hội nghị|đại hội|lễ|buổi|cuộc họp|phiên họp|hội thi|hội thao|hội diễn|tọa đàm|diễn đàn"
    r"|conference|congress|ceremony|meeting)(?!\w)"
)


def _attendance(text: str) -> bool:
    """Whether a text (a question, a figure's phrase) counts who attends an event (``_ATTENDANCE_RE``)."""
    if has_diacritics(text):
        return _ATTENDANCE_RE.search(normalize(text).lower()) is not None
    return _ATTENDANCE_FOLDED_RE.search(fold(text)) is not None


# Verbs that have or are, not act (folded): "có", "gồm", "là" count nothing of their own.
_HAVING = frozenset(["co", "gom", "la", "gom co", "bao gom"])


def _acts(text: str) -> set[str]:
    """The verbs (pyvi's, folded) of a text that act, having and being aside (``_HAVING``)."""
    return {
        fold(w.replace("_", " ")) for w, t in compound_tags(text) or [] if t == "V"
    } - _HAVING


def _before(sentence: str, value: str) -> str:
    """The words of a figure's own phrase before it ("trong năm kết nạp mới" of "96 hội viên")."""
    scope = _scope(sentence, value)
    return without_lead_in(scope[: scope.find(value)]) if value in scope else ""


# "mỗi mẫu", "mỗi đơn vị": what a question asks a figure per (with its tone: folded, "mới" is "mỗi")
_EACH_RE = re.compile(r"(?<!\w)mỗi\s+(\w+)")


def _per_row(question: str, first: Citation, reading: str) -> bool:
    """Whether the question asks the figure of every row of the quoted table ("Hồ sơ gồm những mẫu nào,
    mỗi mẫu mấy bản?" of a table whose column "Mẫu" names each form): the figure of the first row is not
    the answer. The columns are read from the table's header line in the quoted passage, or from the
    names the row is read with (``reading``)."""
    m = _EACH_RE.search(normalize(question).lower())
    if m is None or reading == first.quote:
        return False
    noun = fold(m.group(1))
    columns = [c for line in (first.text or "").splitlines() if " | " in line for c in line.split(" | ")]
    columns += re.findall(r"(?:^|[;.]\s+)([^:;.]{1,40}):", reading)
    return any(_words(c)[:1] == [noun] for c in columns)


# A question asking a maximum or a minimum (folded), and the bound a figure is then written with
# (``_bounded`` keeps it with the figure): "tối đa / nhiều nhất / không quá ..." and "ít nhất / tối thiểu
# ...".
_BOUND_ASKED = (
    (
        re.compile(r"\b(?:toi da|nhieu nhat|khong qua|khong vuot qua|at most|maximum|up to)\b"),
        ("toi da", "nhieu nhat", "khong qua", "khong vuot qua", "khong hon", "khong nhieu hon"),
        "tro xuong",
    ),
    (
        re.compile(r"\b(?:it nhat|toi thieu|khong duoi|khong it hon|at least|minimum)\b"),
        ("it nhat", "toi thieu", "khong duoi", "khong it hon", "khong thap hon"),
        "tro len",
    ),
)
# Words a bound may be written with before its figure: "ít nhất là 55 cử tri", "ít nhất trước 07 ngày".
_BOUND_GAP_WORDS = 2


def _states_bound(sentence: str, value: str, bounds: tuple[str, ...], after: str) -> bool:
    """Whether a figure (``value`` as read from ``sentence``) is written as one of the bounds ``bounds``
    (folded words of ``_BOUND_ASKED``): in the value ("không quá 85 đại biểu"), before it at most
    ``_BOUND_GAP_WORDS`` words apart ("ít nhất là 55 cử tri"), or with ``after`` ("trở lên") right after it
    ("từ 3 đảng viên chính thức trở lên")."""
    at = sentence.find(value)
    if at < 0:
        at, value = 0, sentence
    before = fold(sentence[max(0, at - 40) : at])
    near = rf"\b(?:{'|'.join(bounds)})(?:\s+\w+){{0,{_BOUND_GAP_WORDS}}}\s*$"
    return (
        re.match(rf"(?:{'|'.join(bounds)})\s", fold(value)) is not None
        or re.search(near, before) is not None
        or re.search(rf"\b{after}\b", fold(sentence[at : at + len(value) + 12])) is not None
    )


# A question asking a total ("tổng cộng / tổng số / tất cả bao nhiêu", "in total"), folded: a figure written
# per unit is a rate, not the total.
_TOTAL_RE = re.compile(
    r"\b(?:tong cong|tong so|tong kinh phi|tong gia tri|tat ca|toan bo|in total|total)\b"
    r"|\b(?:toan|ca) (?:xa|phuong|huyen|quan|tinh|thanh pho|hoi|doan|chi hoi)\b"
)
# A figure written per unit: "1.500.000 đồng/ha", "50.000 đồng/người/ngày", "20 kg mỗi hộ" (with its
# diacritics: folded, "mới" (new) would read as "mỗi").
_PER_UNIT_RE = re.compile(r"\s*(?:/|mỗi(?!\w)|một (?!số(?!\w))\w+)")


# A question asking per unit: "mỗi hộ", "bao nhiêu tiền một ha?", "per hectare", "each" (lower-cased, with
# its diacritics: folded, "mới" would read as "mỗi")
_ASKS_PER_RE = re.compile(r"\bmỗi\b|\bmột\s+\w+\s*\??\s*$|\bper\b|\beach\b")


def _per_what(value: str) -> set[str]:
    """The folded units a rate is written per ("20.000.000 đồng/hộ" -> {"ho"}; "/người/ngày" -> both);
    empty for a figure written per nothing."""
    return {fold(w).lower() for w in re.findall(r"/\s*([^\W\d_]+)", value)}


def _per_before(clause: str, value: str) -> bool:
    """Whether the clause writing ``value`` gives it per unit before it ("mỗi chi hội cử 12 hội viên")."""
    at = clause.find(value)
    return at > 0 and bool(re.search(r"(?<!\w)mỗi(?!\w)", clause[:at].lower()))


def _per_unit(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is written per unit ("... đồng/ha", "... đồng mỗi hộ")."""
    return bool(_PER_UNIT_RE.match(normalize(sentence[end : end + 20]).lower()))


# "nơi có dưới 100 cử tri thì ...", "xã có từ 1.000 hội viên trở lên thì ...": the figure before "thì" (with
# its tone: folded, "thi" is also "thi đua") is the case a rule is for, not what the rule sets.
_CONDITION_AFTER_RE = re.compile(r"[^,;:.\d]{0,40}?(?<!\w)thì(?!\w)")


def _condition(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is the condition of its clause (``_CONDITION_AFTER_RE``)."""
    return _CONDITION_AFTER_RE.match(normalize(sentence[end : end + 60])) is not None


def _ranked_phrases(terms: Terms, found: list[tuple]) -> list[tuple[float, int]]:
    """(overlap of the figure's own phrase (``_phrase``) with ``terms``, index in ``found``), best first;
    ``found`` rows are ``_figure``'s (score, value, sentence, ...)."""
    return sorted(((overlap(terms, _phrase(f[2], f[1])), i) for i, f in enumerate(found)), reverse=True)


def _phrase(sentence: str, value: str) -> str:
    """The words around a figure up to the commas, semicolons or colons on either side ("trong đó 310 ha
    thiệt hại trên 70%"): what the figure itself counts."""
    at = sentence.find(value)
    if at < 0:
        return sentence
    start = max(sentence.rfind(c, 0, at) for c in ",;:") + 1
    ends = [i for i in (sentence.find(c, at + len(value)) for c in ",;:") if i >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


# A short label right before a value: "cấp xã: 2.300.000 đồng", "Đối với hộ nghèo: ..." (at most four words
# after the previous mark).
_LABEL_RE = re.compile(r"(?:^|[;:,.\-–(]\s*)([^\W\d][^;:,.\-–()]{0,40}?):\s*$")


def _label_before(sentence: str, start: int) -> tuple[str, ...]:
    """The content words (folded) of the label written right before the value at ``start``, () when none
    or when it is longer than four words."""
    m = _LABEL_RE.search(sentence[max(0, start - 60) : start])
    if m is None or len(m.group(1).split()) > 4:
        return ()
    return tuple(content_tokens(m.group(1)))


# Two items asked in one breath before one interrogative ("xây mới và sửa chữa"): up to two words on each
# side of "và" (folded), the question's own words kept as written.
_ITEMS_RE = re.compile(r"(?<!\S)((?:[^\W\d_]+ ){0,1}[^\W\d_]+) va ([^\W\d_]+(?: [^\W\d_]+)?)(?!\S)")


def _coordinated_items(question: str) -> list[tuple[list[str], str]]:
    """The two items a question asking one figure coordinates with "và", each as (content words folded,
    words as written): "Mức hỗ trợ xây mới và sửa chữa nhà ... là bao nhiêu?" -> xây mới, sửa chữa; []
    when none or when an item has no content word."""
    folded = fold(question)
    m = _ITEMS_RE.search(folded) if len(folded) == len(question) else None
    if m is None:
        return []
    asks = _ASKS_AMOUNT_RE.search(folded)
    if asks is not None and asks.start() < m.end(1):
        # the interrogative comes before "và": "thu hồi trong bao lâu và nộp về đâu?" asks two things, it
        # coordinates no items of one figure (library dev: "bao lâu" read as an item, no line)
        return []
    out = []
    for g in (1, 2):
        words = content_tokens(m.group(g))
        if not words:
            return []
        out.append((words, question[m.start(g) : m.end(g)]))
    return out


# Words before a body's name that make it the place or partner of the act, not its subject.
_NOT_SUBJECT_RE = re.compile(r"\b(?:tai|cua|voi|ve|cho|den|toi|tu|theo|qua|boi)\s*$")


# A clause for a special case: "đối với tổ hợp tác ..., mức vay tối đa 100 triệu đồng", "riêng các xã ...".
_CASE_RE = re.compile(r"^\W*(?:doi voi|rieng|truong hop|neu)\s+([^,:]+)[,:]")


def _other_case(clause: str, terms: Terms) -> bool:
    """Whether the clause states a special case the question does not ask about: fewer than half of the
    case's content words are the question's ("Một hộ ... được vay tối đa bao nhiêu?" is not asked of "đối
    với tổ hợp tác do Cựu chiến binh làm chủ")."""
    m = _CASE_RE.match(fold_chars(clause).lower())
    if m is None:
        return False
    words = set(content_tokens(m.group(1)))
    return bool(words) and len(words & terms.unigrams) < len(words) / 2


# The grade a thing or a body is of, written "cấp <level>" ("công trình thanh niên cấp huyện", "cấp tỉnh:"),
# folded (``bodies.level_text``: the "xã" of "xã hội" is no grade)
_GRADE_RE = re.compile(
    r"\bcap (xa|huyen|tinh|thanh pho|trung uong|co so|thon|ban|to|chi hoi|chi doan|chi bo)\b"
)


_YEAR_RE = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")
_BASE_YEAR_RE = re.compile(r"(?i)so với (?:cùng kỳ )?(?:năm )?(?:19|20)\d{2}")
_PERIOD_RE = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")


def _year_not_written(years: list[int], text: str) -> bool:
    """Whether the one year a question asks is not written in a figure's sentence and its section path
    while they write other years: the figures are those years' ("Diện tích cây ăn quả năm 2035 là bao
    nhiêu?" of "I. KẾT QUẢ NĂM 2033 › Diện tích cây ăn quả đạt 1.870 ha, tăng 240 ha so với năm 2032": a
    wrong "Số liệu: 1.870 ha"). A period covering the year ("giai đoạn 2021 - 2025" for 2023) writes it; a
    comparison's base ("so với năm 2033") does not; the document's subject line is read with them."""
    if len(set(years)) != 1:
        return False
    text = _BASE_YEAR_RE.sub(" ", text)  # "tăng 3.000 cây so với năm 2033": a comparison's base
    written = {int(y) for y in _YEAR_RE.findall(text)}
    for a, b in _PERIOD_RE.findall(text):
        written |= set(range(int(a), int(b) + 1))  # "giai đoạn 2021 - 2025" covers 2023
    return bool(written) and years[0] not in written


def other_grade(clause: str, question: str) -> bool:
    """Whether the clause writes the figure of another grade than the one the question asks: the question
    writes "cấp <level>" and the clause writes only other grades ("Mỗi công trình thanh niên cấp xã được hỗ
    trợ bao nhiêu?" of "Mỗi công trình thanh niên cấp huyện được hỗ trợ 12.000.000 đồng": trial 33 n07, a
    wrong "Số liệu:" line). A clause writing no grade, or the one asked among others, is not told apart."""
    asked = set(_GRADE_RE.findall(bodies.level_text(question)))
    if not asked:
        return False
    written = set(_GRADE_RE.findall(bodies.level_text(clause)))
    return bool(written) and not written & asked


def another_body(clause: str, asked_names: list[str], folded_question: str = "") -> bool:
    """Whether the first body a clause names as its subject, by the shape of its name
    (``obligations.clauses``; not one after "tại", "của", "với", ...), is none of the asked ones (folded
    names; one written as the start of the other counts: "Ban Chấp hành" of "Ban Chấp hành Hội LHPN
    huyện ..."), nor a name the question writes."""
    return _subject_body(clause, asked_names, folded_question) is False


def _subject_body(clause: str, asked_names: list[str], folded_question: str = "") -> bool | None:
    """Whether the first body the clause names as its subject (``another_body``) is an asked one or a
    name the question writes; None when the clause names no body as its subject."""
    folded = fold_chars(clause)
    passed = 0  # where the last name read as no subject ends: a name inside it is part of it
    for m in re.finditer(r"(?<!\w)\w", clause):
        if not clause[m.start()].isupper() or m.start() < passed:
            continue
        end = named_body_end(clause, folded, m.start()) or body_head_end(clause, folded, m.start())
        if end is None:
            continue
        if _NOT_SUBJECT_RE.search(folded[: m.start()].lower()):
            passed = end  # "về Văn phòng Đảng ủy xã": "Đảng ủy xã" is the office's, no subject
            continue
        if not re.search(r"\w", clause[end:]):
            # a name closing the clause has no predicate of its own: the unit of the name before it ("nộp
            # về Phòng Cảnh sát ..., Công an thành phố."), not the clause's subject (library dev hd02-04)
            continue
        actor = fold(clause[m.start() : end])
        if re.search(rf"\b{re.escape(actor)}\b", folded_question):
            return True
        # the organ acting for an organisation asked ("Ban Thường trực Ủy ban MTTQ huyện" for "Mặt trận
        # huyện"): its figures are the organisation's; another organ of it is not the organ asked ("Ban
        # Chấp hành Hội ..." for "Ban Thường vụ Hội ...": the names asked are the organ's own)
        organisation = bodies.without_organ(actor)
        organ = organisation != actor
        return any(
            a.startswith(actor) or actor.startswith(a) or (organ and organisation.startswith(a))
            for a in asked_names
        )
    return None


def month_times(sentence: str) -> list[str]:
    """The times ``sentence`` writes by month, quarter or period, with no day ("vào tháng 7 và tháng 11/2026",
    "trong quý III/2026"; ``obligations.deadlines.find_deadlines``), as written: times as much as a date
    when two sentences are told apart by their times (trial 37 y-d08e: a report due "vào tháng 7 và tháng
    11/2026" is not the day of the meeting the notice records)."""
    return [
        m.deadline.text
        for m in find_deadlines(sentence)
        if m.deadline.start and not re.search(r"\d\s*/\s*\d{1,2}\s*/|\bng[aà]y\b", m.deadline.text, re.I)
    ]


# How much of the question (IDF-weighted, as ``terms.overlap``) the words a rival sentence adds must weigh
# to make the time ambiguous: an act ("trao quà", two words of eight) does; one common word of a long
# question ("lập lại" of nineteen) does not.
RIVAL_MIN_SHARE = 0.15


_HOW_LONG_RE = re.compile(r"\bbao lau\b")
# "số hội viên", "số lượng đảng viên" in a question asking an amount (with its tone: folded, "so sánh"
# would read as "số"): the number of what follows
_COUNT_FRAME_RE = re.compile(r"(?<!\w)số(?: lượng)?\s+\w")


def _rival(
    terms: Terms,
    sentence: str,
    hits: list[Hit],
    doc_id: str,
    about: str,
    value: str | None,
    question: str = "",
    figure: str | None = None,
) -> bool:
    """Whether a retrieved sentence of the same document writes question words the chosen sentence lacks,
    weighing at least ``RIVAL_MIN_SHARE`` of the question: the fact asked may be that sentence's ("Thời
    gian trao quà: ngày 20/01/2030" against "Lễ ra quân hỗ trợ hội viên khó khăn đón Tết ... ngày
    05/01/2030" for "Hội trao quà Tết cho hội viên khó khăn vào ngày nào?"; "Lễ ra mắt Câu lạc bộ ..."
    against "Kinh phí tổ chức giải chạy 15.000.000 đồng" for "Kinh phí lễ ra mắt Câu lạc bộ là bao
    nhiêu?"). With ``value`` (an event time) only a sentence writing another time competes. Words of
    ``about`` (the document's subject line, issuer and place) describe every passage of it and tell none
    apart; nor do numbers (the document's own number in its header). A ``question`` typed with diacritics
    has its words compared with them: "CHỦ TỊCH" of the signature writes no "tích" of "diện tích"."""
    have = passage_terms(sentence)[0] | passage_terms(about)[0]
    asked = {w for w in terms.unigrams if not any(c.isdigit() for c in w)}
    if _HOW_LONG_RE.search(fold(question)):
        asked.discard("lau")  # "bao lâu?" asks a length: "cây lâu năm" writes nothing of the question
    if _COUNT_FRAME_RE.search(normalize(question).lower()) and _ASKS_AMOUNT_RE.search(fold(question)):
        asked.discard("so")  # "Số hội viên ... là bao nhiêu?": "số" frames the count; "Số: 14-KH" is not it
    written = written_forms(question) if has_diacritics(question) else {}
    total = math.fsum(terms.weights(asked)) or 1.0
    for h in hits:
        if h.chunk.doc_id != doc_id:
            continue
        for a, b in split_sentences(h.chunk.text):
            other = h.chunk.text[a:b]
            if sentence.strip() and sentence.strip() in other:
                continue  # the sentence of the chosen clause itself
            if figure is not None and figure in other:
                continue  # a sentence writing the same figure agrees with the chosen one (a step repeated)
            if value is not None:
                said = [_value(other, sp) for sp in event_times_in(other)] + month_times(other)
                if not said or all(time_key(t) == time_key(value) for t in said):
                    continue
            added = (asked & passage_terms(other)[0]) - have
            if written and added:
                words = set(re.findall(r"\w+", normalize(other)))
                added = {w for w in added if w not in written or written[w] & words}
            if added and math.fsum(terms.weights(added)) / total >= RIVAL_MIN_SHARE:
                return True
    return False


# How much of the question an event's dated sentence must cover itself when the document's subject line
# covers the rest (``event_time_lead``): the sentence names the event and what happens, the subject line
# which body's event it is.
EVENT_MIN_OWN_OVERLAP = 0.2
