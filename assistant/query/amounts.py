"""Amounts, counts and their qualifiers a question asks for: the unit an amount needs next to a number
("bao nhiêu tỷ đồng", "how many members"), a length of time, money nouns and sums, and the words that
qualify a counted unit."""

from __future__ import annotations

import re
from functools import cache

from assistant import text as vt
from assistant.lexicon.phrases import canonical_units, quantity_units
from assistant.lexicon.words import person_nouns
from assistant.query.actions import _pos_tags, compound_tags
from assistant.text import fold

_AMOUNT = re.compile(r"\b(bao nhieu|may|how much|how many)\b\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)?", re.UNICODE)
_UNIT_STOP = frozenset("la phai dat duoc co nguoi the does do is are of nam lan".split())
_UNIT_STOP_CASED = frozenset("là phải đạt được có người thế does do is are of năm lần".split())
# Words that end a unit: "mấy trường sẽ ...", "mấy đợt ra quân", "bao nhiêu tiền một tháng" ask for
# schools, rounds and money; what follows the noun is the rest of the question.
_UNIT_END = frozenset(
    "se ra theo mot cua cho trong de thi va ma tai o voi ve sau truoc khi nay do dang van con tat ca tong "
    "moi cac nhung duoc phai la co a den khong".split()  # "den": "từ bao nhiêu tuổi đến bao nhiêu tuổi"
)
# The same words with their tones, for a question typed with diacritics: folded, "đang" (now) is "đảng"
# (party: "mấy đảng viên"), "về" is "vé", "để" is "đề", "mỗi" is "mới", "còn" is "con"; both "mỗi" (each)
# and "mới" ("mấy tháng mới được ...": only then) end a unit.
_UNIT_END_CASED = frozenset(
    "sẽ ra theo một của cho trong để thì và mà tại ở với về sau trước khi này đó đang vẫn còn tất cả tổng "
    "mỗi mới các những được phải là có à từ đến không".split()
)
# ("không" too: "mấy thôn không được phân bổ ...?" counts thôn, the negated verb after it says which ones;
# library3 dev l3-mttq-13 read the unit "thôn không")


_GENERIC_UNITS = frozenset("cai con so".split())
# "trong vòng bao lâu?", "mất bao lâu?": a length of time (``phrases.json`` quantity_units "thoi gian"),
# matched with its tone where the question has them ("lâu", not "lau"); "bao lâu một lần?" asks how often
# ("định kỳ 6 tháng", "hằng năm"), not a length (sample dev dea-06)
DURATION = "thoi gian"  # the unit of a length of time asked (a key of ``quantity_units``)
_EN_DURATION_RE = re.compile(r"^how long\b(?!\s+ago\b)|\bfor how long\b")
# "lúc mấy giờ", "vào mấy giờ" (folded): a time of day asked, not an amount of hours
_DURATION_RE = re.compile(r"\bbao (?:lâu|lau)\b(?!\s+(?:một|mot)\s+(?:lần|lan)\b)")
# Nouns that name an amount of money: a "... là bao nhiêu?" about them is answered by a sum in đồng, not
# by any number ("giá vé", "mức lương cơ sở", "kinh phí", "mức hỗ trợ"; "thu nhập": an income, "mỗi người
# dân có thu nhập bao nhiêu một năm?" is a sum in đồng, trial 37 a02); English the same without "how much".
_MONEY_NOUNS = (
    r"gia ve|gia ban|gia thue|gia tien|muc luong|luong co so|tien luong|muc chi|muc ho tro|muc phu cap|"
    r"phu cap|kinh phi|ngan sach|chi phi|hoc phi|le phi|thu lao|nguon von|von dieu le|muc vay|muc cho vay|"
    r"so tien|tien|muc hoc bong|thu nhap"
)

_MONEY_RE = re.compile(rf"\b(?:{_MONEY_NOUNS})\b")


def is_money_noun(folded: str) -> bool:
    """Whether a folded phrase is a noun of money ("kinh phi", "ngan sach", "so tien"; ``_MONEY_NOUNS``)."""
    return re.fullmatch(rf"(?:{_MONEY_NOUNS})", folded) is not None


def money_noun(question: str) -> str | None:
    """The folded word a "... là bao nhiêu?" names the money by, without "giá / mức" ("giá vé" -> "ve",
    "mức lương cơ sở" -> "luong co so"), for "bao nhiêu tiền" the verb giving it ("được hỗ trợ bao nhiêu
    tiền" -> "ho tro"); None when the question names none."""
    folded = fold(question)
    m = _MONEY_RE.search(folded)
    if not m:
        return None
    if m.group(0) == "tien":
        # "được hỗ trợ bao nhiêu tiền?": the sum is named by what gives it ("hỗ trợ", "cấp", "thưởng")
        verb = _MONEY_VERB_RE.search(folded[: m.start()])
        return verb.group(1) if verb else None
    if m.group(0) in _SUM_NOUNS:
        return None  # "Kinh phí làm ... là bao nhiêu?": any sum is one; what it is for the answer checks
    return re.sub(r"^(?:gia|muc) ", "", m.group(0))


# Nouns that mean a sum of money itself, not a thing priced: a document writes the sum without them ("bố
# trí 2,5 tỷ đồng hỗ trợ xây dựng ..." is the "kinh phí" asked; trial 21 r16b).
_SUM_NOUNS = frozenset(["kinh phi", "ngan sach", "so tien", "chi phi", "nguon von"])


def asks_sum(question: str) -> bool:
    """Whether the question names a sum of money itself (``_SUM_NOUNS``: "Kinh phí tổ chức ... là bao
    nhiêu?", "How much is the budget ...?"), not a thing priced: a threshold on another thing's value
    ("công trình ... giá trị từ 30 triệu đồng trở lên") does not answer it."""
    folded = fold(question)
    return bool(re.search(rf"\b(?:{'|'.join(_SUM_NOUNS)})\b", folded) or re.search(r"\bbudget\b", folded))


# A verb of money right before "bao nhiêu" with no unit ("được vay tối đa bao nhiêu", "được hỗ trợ bao nhiêu
# từ quỹ"), a bound between them allowed; or with what it is lent from between them when a bound leads
# the "bao nhiêu" ("Mỗi hộ vay Quỹ Hỗ trợ nông dân tối đa bao nhiêu ...?", trial 32 q13). "được chi / bồi
# dưỡng / phụ cấp bao nhiêu (một buổi)?" asks a sum as well (library dev lib-n99-04): the one paid is named
# by the label or the item head of the value (``answer.item_heads``), never a sum of the list's other payees.
_VI_MONEY_VERB_RE = re.compile(
    r"\b(?:vay|cho vay|ho tro|cap|thuong|dong gop|nop|chi tra|boi duong|phu cap|tro cap|duoc chi)\s+"
    r"(?:(?:[a-z]+\s+){1,6}?(?=(?:toi da|toi thieu|nhieu nhat|it nhat)\s))?"
    r"(?:(?:toi da|toi thieu|nhieu nhat|it nhat|duoc|them)\s+)*"
    # the period or person the sum is per, before the question word: "bồi dưỡng mỗi tháng bao nhiêu?"
    # (library3 dev l3-mttq-10: no unit read, no first line)
    r"(?:(?:moi|mot|hang)\s+(?:thang|nam|ngay|buoi|tuan|quy|nguoi|lan|dot|dip)\s+)?"
    r"(?:bao nhieu|may)\b(?!\s+(?:nguoi|ho|lan|ngay|thang|nam)\b)"
)


# Spending asked, read with diacritics: a question opening with the verb "Chi" (not "Chi bộ", "Chi hội",
# "Chi đoàn", "Chi nhánh", "Chi tiết"); "X được chi bao nhiêu?" is read by ``_VI_MONEY_VERB_RE``.
_SPENDING_RE = re.compile(
    r"^\W*(?:mức\s+)?chi\s+(?!(?:bộ|hội|đoàn|nhánh|cục|tiết|phí|tiêu)\b)\w"
)


# The verb right before "bao nhiêu tiền" ("được hỗ trợ", "được cấp", "phải nộp"), modals aside.
_MONEY_VERB_RE = re.compile(
    r"\b(ho tro|cap|thuong|chi|nop|dong gop|dong|tang|trao|huy dong|van dong|tai tro|thu)\s+(?:them\s+)?"
    r"(?:bao nhieu|may)\s+$"
)


_EN_AUXILIARIES = frozenset(
    "can could should must will would may might shall did does do is are was were has have".split()
)
_EN_MONEY_WORDS = frozenset("money cash funding funds budget savings capital".split())
# where an English question's asking word stands: at its start, or after the scope it opens with and a comma
# ("Under the province's resolution on ..., what is the allowance ...?", library2 dev l2-mttq-32)
_EN_ASK_START = r"(?:^|^[a-z][^?]{0,160}?,\s+)"
# English words that may stand between "how much" and its noun ("How much in savings ...?")
_EN_FUNCTION_WORDS = frozenset("in of the a an".split())
_EN_MONEY_VERB_RE = re.compile(
    r"\b(?:borrow|lend|loan|pay|paid|spend|spent|cost|earn|receive|received|contribute|donate|grant|"
    r"support|subsidi[sz]e)\w*\b"
)
_EN_RATE_RE = re.compile(
    rf"{_EN_ASK_START}(?:what|how high)\b.*"
    r"\b(?:ratio|rate|percentage|proportion)\b(?!\s+(?:of|for)\s+\w+ing\b)"
    rf"|{_EN_ASK_START}what (?:share|part) of\b"  # "What share of households ... ?" (trial 39 e5)
)
_EN_MONEY_RE = re.compile(
    rf"{_EN_ASK_START}(?:what|how much)\b.*"
    r"\b(?:budget|cost|costs|price|fee|fees|salary|wage|allowance|funding)\b"
)
# "What fee is charged on loans ...?": a fee or charge is as often written as a rate ("phí sử dụng vốn
# 0,5%/tháng") as a sum, so any figure answers it, as "Phí ... là bao nhiêu?" reads (trial 41 q21)
_EN_FEE_RE = re.compile(rf"{_EN_ASK_START}(?:what|how much)\b.*\b(?:fees?|charges?|charged)\b")


@cache
def _people() -> frozenset[str]:
    """Folded nouns for people ("dang vien", "thanh vien", "dai bieu")."""
    return frozenset(person_nouns())


# the hour an event starts or is held: "lúc mấy giờ", "bắt đầu mấy giờ", "khai mạc vào mấy giờ" (folded)
_CLOCK_RE = re.compile(r"\b(?:luc|vao|bat dau|khai mac|dien ra|to chuc)\s+may\s+gio\b")
# "vào thứ mấy?" asks a day of the week, "lần thứ mấy?" an ordinal: neither is a number of anything (folded)
_WHICH_TH_RE = re.compile(r"\bthu may\b")


# "the (maximum / minimum / total) number of", English, as a count is asked without "how many"
_EN_NUMBER_OF_RE = re.compile(
    r"\bthe\s+(?:(?:maximum|minimum|max|min|total|largest|smallest|highest|lowest)\s+)?number\s+of\b", re.I
)


def amount_unit(question: str) -> list[str] | None:
    """The folded unit words a "how much / how many" question asks for ([] when none; None: no amount). A
    unit spelled in words is read as its abbreviation ("héc-ta" -> "ha"; ``phrases.canonical_units``)."""
    question = canonical_units(question)
    # "What is the maximum number of members ...?": an English count asked without "how many" (trial 42 e3)
    question = _EN_NUMBER_OF_RE.sub("how many", question)
    # "mấy" folds to "may", as "bộ máy" does: the question word is matched with its tone when it has one
    hit = None
    if _DURATION_RE.search(fold(question) if vt.is_accentless(question) else vt.nfc(question).lower()):
        return [DURATION]  # "trong vòng bao lâu?": a length of time, in days, months or years
    if _EN_DURATION_RE.search(fold(question)):
        return [DURATION]  # "How long does a household have to look after the cow?": a length of time
    if _CLOCK_RE.search(fold(question)):
        return None  # "khai mạc lúc mấy giờ?": the hour of the day, not a number of hours
    if not re.search(r"\b(bao nhiêu|bao nhieu|how much|how many)\b", vt.nfc(question).lower()) and (
        _WHICH_TH_RE.search(fold(question))
    ):
        return None  # "tổ chức vào thứ mấy?", "Đại hội lần thứ mấy?": a weekday or an ordinal asked
    if vt.is_accentless(question):
        m = _AMOUNT.search(fold(question))
    else:
        cased = vt.nfc(question).lower()
        hit = re.search(r"\b(bao nhiêu|mấy|how much|how many)\b", cased)
        m = _AMOUNT.search(fold(cased[hit.start() :])) if hit else None
    if not m:
        # "What is the total budget of ...?": an amount of money asked without "how much"; "What is the
        # overdue debt ratio ...?": a rate, as "Tỷ lệ ... là bao nhiêu?" asks it (any figure, a percentage)
        if _EN_FEE_RE.search(fold(question)):
            return []
        if _EN_MONEY_RE.search(fold(question)):
            return ["tien"]
        return [] if _EN_RATE_RE.search(fold(question)) else None
    raw = (m.group(2) or "").split()
    # the unit's words as typed, where the question has diacritics (fold keeps one character for one)
    typed = raw
    if hit is not None:
        tail = cased[hit.start() :]
        if len(fold(tail)) == len(tail) and m.group(2):
            typed = tail[m.start(2) : m.end(2)].split()
    typed = typed if len(typed) == len(raw) else raw
    accentless = typed is raw

    def ends(i: int) -> bool:
        """Whether the unit's i-th word ends it ("mấy trường sẽ ..."), told by its tone when typed."""
        return (raw[i] in _UNIT_END) if accentless else (typed[i] in _UNIT_END_CASED)

    if m.group(1) == "how much" and raw and raw[0] in _EN_AUXILIARIES:
        # "How much can a cooperative borrow?": no noun names the unit; a verb of money asks for a sum
        folded = fold(question)
        if _EN_FEE_RE.search(folded):
            return []
        return ["tien"] if _EN_MONEY_VERB_RE.search(folded) or _EN_MONEY_RE.search(folded) else []
    if raw and raw[0] in _EN_MONEY_WORDS:
        return ["tien"]  # "how much money / funding": a sum in đồng
    if m.group(1) in ("how much", "how many") and raw:
        # "How much support does each house receive?", "How many households registered ...?": the unit the
        # documents write, as a Vietnamese question's ("bao nhiêu tiền", "bao nhiêu hộ")
        unit = _english_unit(question, raw)
        if unit is not None:
            return unit
    if raw and raw[0] in _GENERIC_UNITS:
        return []  # "bao nhiêu cái", "mấy con số": any count answers
    if raw and raw[0] == "nguoi":
        return ["nguoi"]  # a count of people, written with any noun for people ("15 cán bộ", "05 đồng chí")
    if len(raw) == 2 and " ".join(raw) in _people():
        return raw  # "mấy đảng viên", "bao nhiêu thành viên": a noun for people, one word of two syllables
    source = fold(cased[hit.start() :]) if hit is not None else fold(question)
    three = source[m.start(2) :].split()[:3] if m.group(2) else []
    if len(three) == 3 and " ".join(three) in _people():
        return three  # "bao nhiêu cựu chiến binh đi thi": a noun for people of three syllables
    # the unit is the first word before any word that ends it ("bao nhiêu từ Quỹ ...": none)
    cut = next((i for i in range(len(raw)) if ends(i)), len(raw))

    def stop(i: int) -> bool:
        """Whether the unit's i-th word is a verb or frame word, told by its tone when typed: "có" (has)
        is one, "cơ" of "cơ sở" (trial 28 p52: "bao nhiêu cơ sở Hội") is not."""
        return (raw[i] in _UNIT_STOP) if accentless else (typed[i] in _UNIT_STOP_CASED)

    first = next((i for i in range(cut) if not stop(i)), None)
    words = [raw[first]] if first is not None else []
    if (
        words
        and len(raw) > first + 1
        and not stop(first + 1)
        and raw[first + 1] not in _EN_AUXILIARIES
        and not ends(first + 1)
    ):
        words.append(raw[first + 1])
    if len(words) == 2 and not _one_word(question, words):
        words = words[:1]  # "mấy hộ vay": the unit is "hộ", the verb after it says which ones
    if len(words) == 2 and words[0] in _time_units() and not _time_units(" ".join(words)):
        # "mấy giờ khai mạc?", "bao nhiêu ngày tập huấn?": a unit of time takes no second word but its own
        # ("ngày làm việc"); the word after it is the act timed (the tagger often reads it as a noun)
        words = words[:1]
    if not words and _MONEY_RE.search(fold(question)):
        return ["tien"]  # "Giá vé ... là bao nhiêu?": the quantity asked is money, written "... đồng"
    if not words and _VI_MONEY_VERB_RE.search(fold(question)):
        return ["tien"]  # "Mỗi hộ được vay tối đa bao nhiêu từ Quỹ ...?": a verb of money asks a sum
    if not words and hit is not None and _SPENDING_RE.search(cased):
        # "Chi khắc dấu ... là bao nhiêu?": what is spent on an item is a sum in đồng (a budget's "Nội
        # dung chi" naming the item writes no sum; its "Mức chi" does: trial 34 p47). Read with its tone:
        # "chỉ", "chi bộ", "chi hội" are no spending
        return ["tien"]
    if not words:
        # "Diện tích ... là bao nhiêu?": the quantity named asks for its units (``quantity_units``)
        folded = fold(question)
        named = [q for q in quantity_units() if re.search(rf"\b{q}\b", folded)]
        if named:
            return [named[0]]
    if words and (_MONEY_RE.fullmatch(" ".join(words)) or _MONEY_RE.fullmatch(words[0])):
        return ["tien"]  # "bao nhiêu kinh phí / tiền": money too, a sum in đồng for that noun
    return words


# English words counting people that the glossary leaves out: any noun for people counts them ("15 cán bộ")
_EN_PEOPLE = frozenset("people persons participants attendees individuals".split())
# English nouns counting occurrences or kinds, no unit written with a figure ("How many times a year?")
_EN_GENERIC = frozenset("times items things kinds types ways".split())
# English units of time kept as they are: the length-of-time readers know them (``answer.times``)
_EN_TIME_UNITS = frozenset("days months weeks years hours day month week year hour".split())


def _measure_units() -> frozenset[str]:
    """The units of measure as documents write them, folded ("ha", "km", "tan": ``unit_spellings``)."""
    from assistant.lexicon.phrases import unit_spellings

    return frozenset(fold(u).lower() for u in unit_spellings())


# an English plural noun, folded ("houses", "members", "households"; not "less", "bus", "this")
_EN_PLURAL_RE = re.compile(r"^[a-z]{3,}(?<![su])s$")


def _english_unit(question: str, raw: list[str]) -> list[str] | None:
    """The unit of an English "how much / how many" question, as the documents write it (folded): a sum
    in đồng for "how much" with a word of money ("How much support does each house receive?", "How much
    in savings ..."), the Vietnamese noun the glossary gives for a counted noun ("households" -> "hộ"; one
    of two words, or "nguoi" when all its terms count people: "members" -> đoàn viên, hội viên), the
    English units of time and the documents' own units of measure as they are; None (read as before) for
    a noun with no one Vietnamese unit. An English word is no unit any Vietnamese sentence writes."""
    folded = fold(question)
    while raw and raw[0] in _EN_FUNCTION_WORDS:
        raw = raw[1:]  # "how much in savings": the noun follows
    if not raw:
        return None
    if raw[0] in _EN_TIME_UNITS or raw[0] in _measure_units():
        return raw[:1]  # a unit of time, or one the documents write the same way ("hectares" read "ha")
    if raw[0] in _UNIT_STOP or raw[0] in _EN_AUXILIARIES or raw[0] in _EN_GENERIC:
        return None
    money = _EN_MONEY_VERB_RE.search(folded) or _EN_MONEY_RE.search(folded) or raw[0] in _EN_MONEY_WORDS
    if re.search(r"\bhow much\b", folded) and money:
        return ["tien"]
    if raw[0] in _EN_PEOPLE or (len(raw) > 1 and raw[1] in _EN_PEOPLE):
        return ["nguoi"]  # "how many people", "how many young people": a count of people, any noun for them
    from assistant.lexicon.words import glossary_terms

    compound = _counted_compound(folded, raw)
    behind = compound is not raw  # the counted noun read behind its qualifiers
    raw = compound
    terms = glossary_terms(" ".join(raw)) if len(raw) == 2 else []
    if not terms and len(raw) > 1 and _EN_PLURAL_RE.search(raw[1]) and not _EN_PLURAL_RE.search(raw[0]):
        # "How many new houses ...?", "How many new members ...?": a word before the plural noun qualifies
        # it; the plural is what is counted ("120 căn nhà"), not "mới"
        raw = raw[1:]
        if raw[0] in _EN_PEOPLE:
            return ["nguoi"]
    terms = terms or glossary_terms(raw[0])
    if not terms and raw[0].endswith("s"):
        terms = glossary_terms(raw[0][:-1])  # "producers" -> "producer"
    units = [fold(t) for t in terms]
    if units and all(u in _people() for u in units):
        return ["nguoi"]
    if len(units) == 1 and len(units[0].split()) <= (3 if behind else 2):
        # (three syllables for the compound read behind its qualifiers, "cooperative groups" -> "tổ hợp
        # tác"; "working days" -> "ngày làm việc" is left to the readers of time)
        return units[0].split()
    return None


# Words that end an English counted noun phrase: an auxiliary, a preposition or a relative word ("How many
# new houses **were** built", "How many groups **in** the commune", "how many photos **must** ...").
_EN_PHRASE_END = _EN_AUXILIARIES | frozenset(
    "in of for per to from on at with by that which who whom will and or across under".split()
)


def _counted_compound(folded: str, raw: list[str]) -> list[str]:
    """The counted noun of an English "how many" phrase longer than two words, as its last two words when
    the glossary gives them whole ("How many new women-led cooperative groups does ...?" -> "cooperative
    groups", glossed "tổ hợp tác"): English puts the counted noun last, after its qualifiers ("new",
    "women-led"), and the two words after "how many" ("new women") name no unit (library6 dev l6-rw-29
    counted "mới"). ``raw`` (the two words after the question word) otherwise."""
    m = re.search(r"\bhow (?:many|much)\s+([^?.,;:!]*)", folded)
    if m is None:
        return raw
    words: list[str] = []
    for w in m.group(1).split():
        if w in _EN_PHRASE_END:
            break
        words.append(w)
    if len(words) < 3 or not _EN_PLURAL_RE.search(words[-1]):
        return raw
    from assistant.lexicon.words import glossary_terms

    tail = words[-2:]
    return tail if glossary_terms(" ".join(tail)) and "-" not in tail[0] else raw


# Words a qualifier of a counted noun may be (pyvi's tags): nouns and adjectives ("hội viên **nữ**",
# "đại biểu **chính thức**"), "là" and the noun after it ("hội viên **là đảng viên**").
_QUALIFIER_TAGS = frozenset(["N", "A", "Nc"])


def amount_qualifier(question: str) -> list[str]:
    """The folded words right after a counted unit that say which of them the question counts: "bao nhiêu
    hội viên **nữ**?", "bao nhiêu hội viên **là đảng viên**?" (["nu"], ["la", "dang", "vien"]); [] when the
    unit is followed by a verb ("bao nhiêu người tham dự?": the act is the rest of the question), a name
    ("mấy cơ sở Hội ..."), another word or nothing, and for money, rates and lengths of time. A count of
    the unit written without those words counts all of them, not the ones asked (trial 28 n08)."""
    unit = amount_unit(question)
    if not unit or unit in (["tien"], [DURATION]) or not vt.has_diacritics(question):
        return []
    folded = fold(question)
    words = r"\s+".join(map(re.escape, unit))
    m = re.search(rf"\b(?:bao nhieu|may)\s+{words}\b", folded)
    if m is None or unit[0] in _time_units() or unit[:2] == ["phan", "tram"]:
        return []
    rest = re.split(r"[?,;.!:]", question[m.end() :], maxsplit=1)[0]
    tagged = compound_tags(rest) if rest.strip() else None
    out: list[str] = []
    for i, (word, tag) in enumerate(tagged or []):
        surface = word.replace("_", " ")
        if i == 0 and fold(surface) == "la" and len(tagged) > 1:
            out.append("la")
            continue
        if tag not in _QUALIFIER_TAGS or surface[:1].isupper() or fold(surface) in _UNIT_END:
            break
        out.extend(fold(surface).split())
    return [] if out == ["la"] else out


@cache
def _time_units(prefix: str = "") -> frozenset[str]:
    """The one-word units of a length of time ("ngày", "giờ", ``quantity_units`` "thoi gian"), folded;
    with ``prefix``, the longer units opening with it ("ngay lam" of "ngay lam viec")."""
    units = quantity_units()[DURATION]
    if prefix:
        return frozenset(u for u in units if u != prefix and u.startswith(f"{prefix} ") or u == prefix)
    return frozenset(u for u in units if " " not in u)


# Counting words a counted noun follows ("120 suất học bổng", "1.450 lượt hội viên", "02 bộ hồ sơ"), folded.
_COUNTING_WORDS = frozenset("suat luot phan chiec cuon tam bo goi".split())


def _one_word(question: str, unit: list[str]) -> bool:
    """Whether the two folded syllables of a unit name one thing ("hội viên", "tổ hợp", "tỷ đồng"), not a
    noun and the verb or adjective after it ("hộ vay", "hộ nghèo": the documents count "08 hộ") nor a
    counting word and the first syllable of the noun after it ("suất học bổng": "suất"), by pyvi's tagger.
    True when the question has no diacritics or the tagger fails (the two are kept as before)."""
    tagged = _pos_tags(vt.nfc(question)) if vt.has_diacritics(question) else None
    if tagged is None:
        return True
    words, tags = tagged
    folded = [vt.fold(w) for w in words]
    for i in range(len(folded) - 1):
        if folded[i] == unit[0] and folded[i + 1].split("_")[0] == unit[1]:
            # after a counting word, the second syllable opening a word of its own ("suất học_bổng": a count
            # of "suất" of scholarships, not "suất học"; trial 31 p13) names what is counted, not the unit
            # (a noun's own qualifier stays: "ảnh chân_dung", not the "05 ảnh về mô hình" beside it)
            counter = unit[0] in _COUNTING_WORDS and "_" in folded[i + 1]
            # a noun for people written as a word of its own after the unit ("tổ phụ_nữ", "đội thanh_niên")
            # says whose groups are counted: the documents count "3 tổ" (newcomer trial 45 q09)
            whose = "_" in folded[i + 1] and folded[i + 1].replace("_", " ") in _people()
            return tags[i + 1] not in ("V", "A") and not counter and not whose
    return True
