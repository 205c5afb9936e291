"""Reading a figure and its unit in a sentence: the numbers written with the unit a "how much / how many"
question asks (``figures_in``), lengths of time, the bounds and negations around a figure, the words that
name what it counts, and the parts of a question asking several figures."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.amount_asked import NUMBER_WORDS, asked_amount, labelled_count, unit_words_re
from assistant.answer.amount_mentions import ITEM_LABEL_RE
from assistant.answer.terms import content_tokens, question_parts
from assistant.lexicon.phrases import action_variants, quantity_units
from assistant.lexicon.words import person_nouns
from assistant.query.actions import compound_tags
from assistant.query.amounts import DURATION
from assistant.text import detect_language, find_doc_numbers, fold, fold_chars, has_diacritics, normalize

# How much of the question the quoted sentence holding the figure must cover (``terms.overlap``): the
# amount check reads sentences from 0.25 with a unit beside a number; a first line asks a little more
# (library dev: right figures' sentences covered 0.32-0.91, questions being paraphrased).
FIGURE_MIN_OVERLAP = 0.3

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


# a few words closing a counted noun before its bound ("từ 3 đảng viên | chính thức | trở lên", folded): what
# is counted, as written
_QUALIFIED_BOUND_RE = re.compile(r"((?:[ \t]+[a-z]+){1,3}?)[ \t]+tro (?:len|xuong)\b")
# A question asking the figure a rule's condition sets: "cần có tối thiểu mấy đảng viên ... mới được thành
# lập chi bộ?", "... thì mới được ...", "... để được ..." (library2 dev l2-party-26)
_ASKS_CONDITION_RE = re.compile(r"\b(?:mới (?:được|có thể|đủ)|thì mới|để được)\b")


def asks_condition(question: str) -> bool:
    """Whether ``question`` asks the figure a condition sets (``_ASKS_CONDITION_RE``: "... mới được thành
    lập ...?"): a figure written as its clause's condition ("có từ 3 ... trở lên thì lập ...") answers it."""
    return _ASKS_CONDITION_RE.search(normalize(question).lower()) is not None


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
    at = 0
    while (m := rx.search(text, at)) is not None:
        at = m.end()
        number = re.match(_NUMBER, text[m.start() :])
        if number is None and not _WORD_NUMBER_RE.match(sentence[m.start() :].lower()):
            # a word folded like a number's ("từ" read as "tư") takes no figure, nor hides the one after it:
            # "có từ 3 đảng viên chính thức trở lên" (library2 dev l2-party-26)
            at = m.start() + 1
            continue
        if number is not None and number.group(0) in given:
            continue
        end = _whole_unit(text, m.end() + _continued(question, text, m.end()))
        if not percent:
            end = _noun_phrase_end(sentence, end)
            bound = _QUALIFIED_BOUND_RE.match(text, end)
            if bound is not None:
                end = bound.end(1)  # "3 đảng viên chính thức trở lên": the words up to the bound count too
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
        if _change_before(sentence, text, sp[0])
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
# "tặng" (gives) folds to "tang" as "tăng" (rises) does: "hỗ trợ tặng 30 tấn xi măng" is a gift, no change
# (library3 dev l3-rw-15); told by its tone where the sentence has them
_GIFT_TONED_RE = re.compile(r"^tặng\b")


def _change_before(sentence: str, folded: str, start: int) -> bool:
    """Whether the words right before ``start`` write the figure as a change (``_CHANGE_BEFORE_RE`` on the
    folded ``folded``, offsets as in ``sentence``), "tặng" (a gift) read with its tone not being one."""
    at = max(0, start - 30)
    m = _CHANGE_BEFORE_RE.search(folded[at:start])
    if m is None:
        return False
    return not (has_diacritics(sentence) and _GIFT_TONED_RE.match(sentence[at + m.start() :].lower()))


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
    "trong 45 ngày"), dates, clock times and years aside (``_masked``), or a number word before one,
    read with its tones ("Không quá sáu tháng kể từ ...", library3 dev l3-rw-07; folded, "sáu" is "sau" of
    "sau ngày" and "tư" the "từ" of "từ ngày"; "năm" is left out, "năm tháng" being a span of years)."""
    if _LENGTH_RE.search(_masked(sentence)):
        return True
    return _WORD_LENGTH_RE.search(normalize(sentence).lower()) is not None


_LENGTH_RE = re.compile(rf"(?<![\d.,]){_NUMBER}\s+(?:ngay|tuan|thang|nam|gio|phut)\b")
_WORD_LENGTH_RE = re.compile(
    r"(?<!\w)(?:(?:hai|ba|bốn|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?"
    r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|sáu|bảy|tám|chín)"
    r"\s+(?:ngày|tuần|tháng|năm|giờ|phút)(?!\w)"
)


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


# Folded negations, which never go on with a noun (library3 dev l3-mttq-13 read "05 thôn không được")
_NEGATING = frozenset("khong chua chang".split())


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
        if f" {before} {w} " not in q or w in _NEGATING:
            break  # (a negation says which of them, as a verb does: "05 thôn | không được phân bổ ...")
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
# the act is the check, which the clause writes without the going). Nor is a causative "cho" before it
# ("quá bao lâu thì phải | cho | đi | học lại?": the act is the one the person is sent to do; library4 dev
# l4-party-15).
_PURPOSE_RE = re.compile(
    r"\b(?:bao lau|(?:bao nhieu|may) (?:ngay|thang|tuan|nam)(?: lam viec)?)\s+(?:de|thi phai|phai)\s+"
    r"(?:cho\s+)?(?:(?:di|den|toi|xuong)\s+)?([a-z]+)(?:\s+([a-z]+))?"
)


def writes_purpose(clause: str, verb: str, after: str | None) -> bool:
    """Whether ``clause`` writes the act a length of time is asked for (``_PURPOSE_RE``'s two folded
    syllables, ``verb`` and the word ``after`` it): the two as written, or the verb by another verb for the
    same act (``lexicon.phrases.action_variants``: "gửi hồ sơ" for "chuyển hồ sơ", library2 dev l2-party-05)
    followed by the same word, or the two syllables as one verb by another verb for it ("hoàn thành" for
    "hoàn tất")."""
    folded = fold(clause)
    said = [f"{v} {after}" if after else v for v in action_variants(verb)]
    if after:
        said += list(action_variants(f"{verb} {after}"))
    return any(re.search(rf"\b{re.escape(p)}\b", folded) for p in said)


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


# The act a bound or count is the condition of, in a question typed with diacritics ("ít nhất bao nhiêu đảng
# viên chính thức thì mới được | bầu chi ủy?", "cần tối thiểu mấy hội viên mới đủ điều kiện | lập tổ?"):
# what follows "thì mới / mới được / mới có thể / mới đủ điều kiện / để được", up to three words, a comma or
# the question's end. "mới" is read with its tone only: folded it is also "mỗi" ("bao nhiêu người mỗi tháng").
_CONDITION_ACT_RE = re.compile(
    r"(?:bao nhiêu|mấy)\b[^?]*?(?:\bthì\s+mới|\bmới\s+(?=được|có thể|đủ)|\bđể\s+(?=được))\s*"
    r"(?:(?:được|có thể|đủ điều kiện|đủ)\s+)*((?:\w+\s*){1,3})"
)
# words after the act that end it: "bầu chi ủy | theo quy định?", "thành lập | ở thôn?"
_CONDITION_END_RE = re.compile(r"\s+(?:theo|ở|tại|trong|khi|nếu|của|thì|và|hay|hoặc)\b.*$")


def condition_act(question: str) -> list[str]:
    """The folded words of the act a question's bound or count is the condition of (``_CONDITION_ACT_RE``):
    ``["bau", "chi", "uy"]`` for "Chi bộ phải có ít nhất bao nhiêu đảng viên chính thức thì mới được bầu
    chi ủy?"; [] when the question names none or is typed without diacritics. The figure answering it is
    written in a clause writing those words: another clause's threshold ("không đủ 3 đảng viên chính thức
    để lập chi bộ ... gồm 3 đảng viên trở lên") is another act's (library3 dev l3-party-13)."""
    if not has_diacritics(question):
        return []
    m = _CONDITION_ACT_RE.search(normalize(question).lower())
    if m is None:
        return []
    act = _CONDITION_END_RE.sub("", m.group(1).strip())
    return re.findall(r"\w+", fold(act))



def writes_condition_act(clause: str, act: list[str]) -> bool:
    """Whether ``clause`` writes the act of ``condition_act``: every one of its words, or its two-syllable
    verb by another verb for the same act (``lexicon.phrases.action_variants``, as ``writes_purpose``):
    "có từ 3 đảng viên chính thức trở lên thì lập tổ chức đảng" writes "thành lập chi bộ ..." (library2 dev
    l2-party-26), while "để lập chi bộ" does not write "bầu chi ủy", whose verb has no other verb
    (library3 dev l3-party-13); "có quyền ứng cử" writes "mới được ra tranh cử" (library3 dev l3-rw-14)."""
    if set(act) <= set(re.findall(r"\w+", fold(clause))):
        return True
    # the verb may follow a directional particle ("mới được ra | tranh cử": "ra" opens the act's words), so
    # each two-syllable run of the act is tried as its verb
    verbs = [" ".join(act[i : i + 2]) for i in range(len(act) - 1)]
    return any(len(action_variants(v)) > 1 and writes_purpose(clause, v, None) for v in verbs)

# A length counted from an event, in a question ("within 7 days after the congress closes", "trong bao nhiêu
# ngày kể từ khi bế mạc ...", folded) and in a clause ("... 15 ngày làm việc kể từ ngày | nhận được báo cáo
# ..."): the event's first word in the clause, "được" and "khi" aside.
_ASKS_ANCHOR_RE = re.compile(r"\b(?:after|since|from the|ke tu|sau khi|tu khi|tu ngay)\b")
_ANCHOR_RE = re.compile(r"\b(?:ke tu|sau khi|tu khi)\s+(?:(?:ngay|khi|thoi diem|luc)\s+)?([a-z]+)")


def foreign_anchor(question: str, clause: str, asked: set[str]) -> bool:
    """Whether a length's ``clause`` counts it from an event the question does not name (``asked``: the
    question's folded unigrams, an English question's glosses among them): "15 ngày làm việc kể từ ngày nhận
    được báo cáo" for "within how many working days after a party congress closes ...?", whose length is
    counted from the closing ("7 ngày làm việc kể từ ngày bế mạc đại hội"; library3 dev l3-party-27). False
    when the question names no event counted from, or the clause counts from a date written in figures."""
    if not _ASKS_ANCHOR_RE.search(fold(question)):
        return False
    m = _ANCHOR_RE.search(fold(clause))
    if m is None:
        return False
    head = m.group(1)
    if head == "duoc":
        nxt = re.match(r"\s*([a-z]+)", fold(clause)[m.end() :])
        head = nxt.group(1) if nxt else head
    return head not in asked
