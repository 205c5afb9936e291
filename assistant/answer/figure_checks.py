"""The checks that refuse a figure for the first line: products and per-unit prices, attendance lists,
conditions, stated bounds, another grade, case or body, years not written, and a rival passage of the
same document writing what the question asks about (``_rival``)."""

from __future__ import annotations

import math
import re

from assistant.answer import bodies
from assistant.answer.event_times import event_times_in
from assistant.answer.figure_reading import _ASKS_AMOUNT_RE, _value, condition_act, writes_condition_act
from assistant.answer.sentences import split_sentences
from assistant.answer.sum_clause import without_lead_in
from assistant.answer.terms import Terms, content_tokens, overlap, passage_terms
from assistant.answer.times import time_key
from assistant.lexicon.bound_words import bound_alternation, bound_words
from assistant.lexicon.levels import grade_alternation, unit_alternation
from assistant.lexicon.words import person_nouns
from assistant.models import Citation, Hit
from assistant.obligations.clauses import body_head_end, named_body_end
from assistant.obligations.deadlines import find_deadlines
from assistant.query.actions import compound_tags
from assistant.query.amounts import amount_unit
from assistant.text import fold, fold_chars, has_diacritics, normalize, written_forms


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
# ...", before the figure, and "trở xuống" / "trở lên" after it: the inclusive words of the one table
# (``lexicon.bound_words``).
_BOUND_ASKED = tuple(
    (
        re.compile(r"\b(?:" + bound_alternation(bound, inclusive=True) + r")\b"),
        bound_words(bound, inclusive=True, language="vi"),
        "(?:" + bound_alternation(bound, side="after", language="vi") + ")",
    )
    for bound in ("max", "min")
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
    rf"|\b(?:toan|ca) (?:{unit_alternation()}|hoi|doan|chi hoi)\b"
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


def _ranked_phrases(terms: Terms, found: list[tuple], coordinated: bool = False) -> list[tuple[float, int]]:
    """(overlap of the figure's own phrase (``_phrase``) with ``terms``, index in ``found``), best first;
    ``found`` rows are ``_figure``'s (score, value, sentence, ...). ``coordinated``: the phrases are cut at
    "và" too (``_phrase``)."""
    return sorted(
        ((overlap(terms, _phrase(f[2], f[1], coordinated)), i) for i, f in enumerate(found)), reverse=True
    )


def act_clause_figure(question: str, found: list[tuple]) -> int | None:
    """The index in ``found`` (``_figure``'s rows: score, value, sentence, ...) of the one figure whose own
    clause, cut at commas and "và" (``_phrase``), writes the act the question's bound is the condition of
    (``figure_reading.condition_act``, its verb or another verb for it): "đủ hai mươi mốt tuổi trở lên có
    quyền ứng cử" for "đủ bao nhiêu tuổi mới được ra tranh cử?", beside "đủ mười tám tuổi trở lên có quyền
    bầu cử"
    (library3 dev l3-rw-14). None when the question names no such act, or when not exactly one figure's
    clause writes it (no line rather than a guess)."""
    act = condition_act(question)
    if not act:
        return None
    own = [i for i, f in enumerate(found) if writes_condition_act(_phrase(f[2], f[1], True), act)]
    values = {found[i][1].lower() for i in own}
    return own[0] if len(values) == 1 else None


def _phrase(sentence: str, value: str, coordinated: bool = False) -> str:
    """The words around a figure up to the commas, semicolons or colons on either side ("trong đó 310 ha
    thiệt hại trên 70%"): what the figure itself counts. ``coordinated``: up to a "và" too, two clauses
    joined in one ("Công dân đủ mười tám tuổi trở lên có quyền bầu cử | và đủ hai mươi mốt tuổi trở lên có
    quyền ứng cử ...", library3 dev l3-rw-14), read only when the phrases up to the commas tie."""
    at = sentence.find(value)
    if at < 0:
        return sentence
    marks = [",", ";", ":", *((" và ",) if coordinated else ())]
    start = max((b + len(c) for c in marks if (b := sentence.rfind(c, 0, at)) >= 0), default=0)
    ends = [i for i in (sentence.find(c, at + len(value)) for c in marks) if i >= 0]
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


# Words before a body's name that make it the place or partner of the act, not its subject; "đại biểu"
# makes it whose delegates ("người ứng cử đại biểu Hội đồng nhân dân cấp xã ít nhất là 5 cuộc" counts the
# meetings the Front holds for the candidates; library3 dev l3-mttq-14).
_NOT_SUBJECT_RE = re.compile(r"\b(?:tai|cua|voi|ve|cho|den|toi|tu|theo|qua|boi|dai bieu)\s*$")


# A clause for a special case: "đối với tổ hợp tác ..., mức vay tối đa 100 triệu đồng", "riêng các xã ...".
_CASE_RE = re.compile(r"^\W*(?:doi voi|rieng|truong hop|neu)\s+([^,:]+)[,:]")


def _other_case(clause: str, terms: Terms, unit: list[str] | None = None) -> bool:
    """Whether the clause states a special case the question does not ask about: fewer than half of the
    case's content words are the question's ("Một hộ ... được vay tối đa bao nhiêu?" is not asked of "đối
    với tổ hợp tác do Cựu chiến binh làm chủ"). A case headed by the noun the question counts (``unit``,
    folded) and restated whole after its colon is the heading of the count, not a condition on it: "Đối
    với các thôn không phân bổ chỉ tiêu ...: ..., có 05 thôn không được phân bổ chỉ tiêu ..." counts those
    thôn, whatever words the question paraphrases them with (library3 dev l3-mttq-13)."""
    folded = fold_chars(clause).lower()
    m = _CASE_RE.match(folded)
    if m is None:
        return False
    toks = content_tokens(m.group(1))
    words = set(toks)
    if unit and toks[: len(unit)] == unit and words <= set(content_tokens(folded[m.end() :])):
        return False
    return bool(words) and len(words & terms.unigrams) < len(words) / 2


# The grade a thing or a body is of, written "cấp <level>" ("công trình thanh niên cấp huyện", "cấp tỉnh:"),
# folded (``bodies.level_text``: the "xã" of "xã hội" is no grade)
_GRADE_RE = re.compile(
    rf"\bcap ({grade_alternation()}|co so|thon|ban|to|chi hoi|chi doan|chi bo)\b"
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
    act: list[str] | None = None,
) -> bool:
    """Whether a retrieved sentence of the same document writes question words the chosen sentence lacks,
    weighing at least ``RIVAL_MIN_SHARE`` of the question: the fact asked may be that sentence's ("Thời
    gian trao quà: ngày 20/01/2030" against "Lễ ra quân hỗ trợ hội viên khó khăn đón Tết ... ngày
    05/01/2030" for "Hội trao quà Tết cho hội viên khó khăn vào ngày nào?"; "Lễ ra mắt Câu lạc bộ ..."
    against "Kinh phí tổ chức giải chạy 15.000.000 đồng" for "Kinh phí lễ ra mắt Câu lạc bộ là bao
    nhiêu?"). With ``value`` (an event time) only a sentence writing another time competes. Words of
    ``about`` (the document's subject line, issuer and place) describe every passage of it and tell none
    apart; nor do numbers (the document's own number in its header). A ``question`` typed with diacritics
    has its words compared with them: "CHỦ TỊCH" of the signature writes no "tích" of "diện tích". ``act``:
    the act the question's bound is the condition of (``figure_reading.condition_act``), written by the
    chosen clause: only a sentence writing that act too competes ("đại biểu Quốc hội biểu quyết ..." holds
    no age for "đủ bao nhiêu tuổi mới được ra tranh cử đại biểu Quốc hội?", library3 dev l3-rw-14)."""
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
            if act and not writes_condition_act(other, act):
                continue  # another act's sentence: the bound is the condition of the chosen clause's act
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
