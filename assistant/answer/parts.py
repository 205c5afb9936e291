"""Every part of a question asking several things gets its own labelled first line, or there is none.

"... họp ngày nào, ở đâu?", "... do ai tổ chức, hạn khi nào?", "có bao nhiêu ..., so với năm trước thế
nào?": a first line stating one part ("Thời gian: ngày 12/01/2034") reads as the whole answer while the
other part is only in the quotes (trial 31 q09, q16, q19, q34, q36, q46, p07). Whichever builder gave the
line (``headline``, ``figures``, ``deadline_facts``, ``facts``), the part left out is read from the
passage the line cites (a place after "tại / ở" or an "Địa điểm" cell, the lead body of its clause or an
"Đơn vị chủ trì" cell, the change written after its figure) and stated on a line of its own, labelled;
a part that cannot be read so takes the line away: the quotes then answer, none of them half-stated.
A part asking what is done ("phải làm gì ...?") is what the quotes state; it needs no line. A length of
time ("được vay bao lâu?") is stated by a figure line writing one, another amount by a figure line writing
something else ("Số liệu: tối đa 80 triệu đồng/hộ; không quá 36 tháng"); a source of funds ("lấy từ nguồn
nào?", ``retrieve.fields`` "nguồn") by its own line read after "từ nguồn" or a "Nguồn kinh phí:" field.
"""

from __future__ import annotations

import re

from assistant.answer import event_names, render
from assistant.answer.bodies import level_text
from assistant.answer.field_pairs import place_beside_time
from assistant.answer.figure_reading import bounded_span, length_values
from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.part_time import sentence_time, time_first
from assistant.answer.planned_moved import moved_to_place, planned_span, superseded_at
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap, question_parts, writes_head
from assistant.index.lexical import counted_ordinals, round_match
from assistant.lexicon.levels import grade_alternation, sending_directions
from assistant.lexicon.phrases import action_variants, place_words, venue_words
from assistant.lexicon.words import registry, type_names
from assistant.models import Citation, Obligation
from assistant.obligations.clauses import opening_spans
from assistant.obligations.place_changes import move_in
from assistant.retrieve.fields import field_terms
from assistant.text import fold, fold_chars, opens_reference

TIME, PLACE, WHO, AMOUNT, CHANGE = "time", "place", "who", "amount", "change"
DURATION, SOURCE, DESTINATION = "duration", "source", "destination"

# What a (folded) part of a question asks, by its interrogative words.
_ASKS = (
    (CHANGE, re.compile(r"\b(?:so voi|tang hay giam|compared)\b")),
    (PLACE, re.compile(r"\b(?:o dau|tai dau|dia diem|cho nao|noi nao|where)\b")),
    (
        TIME,
        re.compile(
            r"\b(?:khi nao|bao gio|luc nao|ngay nao|hom nao|may gio|thang nao|thoi gian nao|thoi han nao"
            r"|when|what time|what date)\b"
        ),
    ),
    (
        WHO,
        re.compile(r"\b(?:ai|don vi nao|co quan nao|to chuc nao|ban nao|chu tri|who|which (?:body|unit))\b"),
    ),
    (AMOUNT, re.compile(r"\b(?:bao nhieu|may(?! gio)|how many|how much)\b")),
    # a length of time ("được vay bao lâu?", "how long"), trial 32 q13
    (DURATION, re.compile(r"\b(?:bao lau|how long)\b")),
)
# a part asking where something is sent ("nộp về đâu?", "được chuyển cho ai giải quyết?"): the verb of
# sending (group 1) and its preposition before the interrogative (folded); the answer is the body written
# after the same verb in the sentence the first line is read from (``_sent_to``)
_ASKS_SENT_RE = re.compile(
    r"\b(nop|gui|chuyen|trinh)(?: [a-z]+){0,2}? (?:ve|den|len|cho|toi) "
    r"(?:dau|ai|co quan nao|don vi nao|noi nao|ban nao)\b"
)
# The labels (``prompts/labels.json``) of a first line that state each kind of part.
_STATED_BY = {
    TIME: ("time", "deadline", "date", "recurrence"),
    PLACE: ("place",),
    WHO: ("lead", "coordinate", "responsible", "signer", "issuer"),
    AMOUNT: ("figure",),
    CHANGE: ("change",),
    SOURCE: ("source",),
    DESTINATION: ("sent_to",),
}
# a figure line writing its change states the comparison too ("15.000 cây xanh; tăng 3.000 cây so ...")
_CHANGE_WORDS_RE = re.compile(r"\b(?:tang|giam|so voi|increase|decrease)\b")


def asked_kinds(folded_question: str) -> list[set[str]]:
    """The kinds each part of a (folded) question asks (``asked_parts`` without the parts' text)."""
    return [kinds for kinds, _ in asked_parts(folded_question)]


def asked_parts(folded_question: str) -> list[tuple[set[str], str]]:
    """The kinds each part of a (folded) question asks (``terms.question_parts``); parts asking nothing
    this module reads left out. A part asking a change ("so với năm 2032 thế nào?", "tăng bao nhiêu so
    với ...") asks the change, not another figure."""
    text = folded_question.rstrip(" ?.")
    out: list[tuple[set[str], str]] = []
    for a, b in question_parts(text):
        part = text[a:b]
        kinds = {k for k, rx in _ASKS if rx.search(part)}
        if "nguồn" in field_terms(part):
            kinds.add(SOURCE)  # "lấy từ nguồn nào?", "from what source?" (trial 32 q37)
        if CHANGE in kinds:
            kinds = {CHANGE}
        if _ASKS_SENT_RE.search(part):
            kinds = {DESTINATION}  # "chuyển cho ai": whom it is sent to, not who does the sending
        if kinds:
            out.append((kinds, part))
    return out


def _stated(lines: list[str], language: str, lengths: bool = False) -> set[str]:
    """The kinds of part the first lines state, by their labels. ``lengths``: a part asks a length of
    time, which a figure line's value writing one states (its other values state the amount asked)."""
    out: set[str] = set()
    for line in lines:
        head = fold(line.split(":", 1)[0]).strip()
        for kind, keys in _STATED_BY.items():
            if any(head == fold(_label(k, language)) for k in keys):
                out.add(kind)
        if lengths and AMOUNT in out and head == fold(_label("figure", language)):
            values = re.sub(r"\s*\[\d+\]\s*$", "", line.split(":", 1)[1]).split(";")
            timed = [bool(length_values(v)) for v in values]
            out.discard(AMOUNT)
            out |= {DURATION} if any(timed) else set()
            out |= {AMOUNT} if not all(timed) else set()
        if AMOUNT in out and _CHANGE_WORDS_RE.search(fold(line)):
            out.add(CHANGE)
    return out


def _label(key: str, language: str) -> str:
    try:
        return render.label(key, language)
    except KeyError:
        return key


# "tại Hội trường Huyện ủy", "ở Nhà văn hóa thôn", "tại xã Pá Hồng": a place written with its name's capital
# after "tại / ở", or a unit word (``lexicon.phrases.place_words``) before it, up to the next comma,
# semicolon, full stop or bracket
_UNIT_WORDS = "|".join(map(re.escape, place_words()))
# ", huyện Nậm Xé, tỉnh Lai Châu" right after a place: its larger units, one after another
_WIDER_UNIT_RE = re.compile(rf"(,\s*(?:{_UNIT_WORDS})\s+[A-ZĐÀ-Ỹ][^,;.\n()\"“”]{{1,40}})")
# a venue's common noun before its name or unit ("tại sân vận động xã Tân Lập"; ``lexicon venue_words``)
_VENUE_WORDS = "|".join(map(re.escape, venue_words()))
_AT_PLACE_RE = re.compile(
    rf"(?<!\w)(?:tại|ở)\s+((?:(?:{_VENUE_WORDS})\s+)?(?:(?:{_UNIT_WORDS})\s+)?[A-ZĐÀ-Ỹ][^,;.\n()\"“”|]{{2,80}})"
)
_FIELD_RE = {
    # "Địa điểm: ...", also inside a sentence: "..., địa điểm tại khu vực bãi sông thôn Khe Mạ."; not the
    # label of two fields "Thời gian, địa điểm: Đại hội tiến hành ... tại Hội trường ...", whose value is
    # the sentence writing both (its place is read after "tại"; trial 39 q01)
    PLACE: re.compile(
        r"(?:^|\n|(?<![Tt]hời gian)[;,]\s)\s*(?:[Đđ]ịa điểm(?: tổ chức)?)"
        r"\s*(?::\s*(?:tại\s+)?|tại\s+|là\s+)([^;,.\n|]{2,80})"
    ),
    WHO: re.compile(r"(?:^|\n|;\s)\s*(?:Đơn vị chủ trì|Chủ trì|Cơ quan chủ trì)\s*:\s*([^;\n|]{2,80})"),
}
# words that go on with a sentence's predicate or its time after a place: not part of the place's name
# ("tại Hội trường xã Vân Khê | vào sáng ngày 16/11/2039", "tại huyện Núi Thành | vào ngày 08/6/2026")
_PREDICATE_RE = re.compile(
    r"\s+(?:đã|đang|sẽ|được|để|nhằm|với|và|do|thì|là|có|theo|gồm|vào|lúc|từ|trong|trước|sau|khi|ngày"
    r"|sáng|chiều|tối)\s"
)
# the change written after a figure: "tăng 9 mô hình so với năm 2032", "giảm 0,8% so với cùng kỳ"
_CHANGE_RE = re.compile(
    r"(?<!\w)((?:tăng|giảm)(?: thêm| được)?\s+\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s[^\W\d_]+){0,2})?"
    r"\s+so với\s+[^,;.\n]{2,40})"
)


# where funds come from: a "Nguồn kinh phí: ..." field, or "từ nguồn ...", "từ ngân sách ...", "từ Quỹ ..."
# in a sentence, up to the clause's end ("Kinh phí ... là 36.000.000 đồng, từ nguồn kinh phí hoạt động năm
# 2037 của Ủy ban MTTQ huyện.")
_SOURCE_FIELD_RE = re.compile(
    r"(?:^|\n|[;.]\s)\s*[Nn]guồn(?: kinh phí| vốn| tài chính)?\s*:\s*([^;\n|]{2,120}?)\.?(?=$|\n|;)"
)
_FROM_SOURCE_RE = re.compile(
    r"(?<!\w)(?:từ|bằng)\s+(?:các\s+)?(?:nguồn\s+)?((?:kinh phí|ngân sách|[Qq]uỹ|vốn|nguồn)\b[^;.\n]{2,120})"
)


# the noun counted after "mấy / bao nhiêu" in a (folded) part ("mở mấy lớp tập huấn" -> "lop")
_UNIT_RE = re.compile(r"\b(?:may|bao nhieu)\s+([a-z]+)")


def _counted(quote: str, unit: str) -> str | None:
    """"04 lớp tập huấn kỹ thuật VietGAP": a number and the unit noun asked, with the words after it up to
    a comma, from the quote (folded alike, so the offsets are the quote's); None when none is written."""
    folded = fold(quote)
    if not unit or len(folded) != len(quote):
        return None
    m = re.search(rf"(?<![\w.,])\d[\d.,]*\s+{re.escape(unit)}\b[^,;.\n]{{0,40}}", folded)
    if m is None:
        return None
    # the bound written before the number, whole ("không quá 36 tháng", "không thấp hơn 25 tỷ"), or no line
    span = bounded_span(folded, m.start(), m.end())
    return quote[span[0] : span[1]].strip() if span else None


# who chairs an event, written after it: "... do đồng chí X, Bí thư Đảng ủy xã chủ trì", "... dưới sự chủ trì
# của đồng chí X" (up to the clause's end)
_CHAIRED_BY_RE = re.compile(
    r"(?<!\w)do\s+([^;.\n()]{3,100}?)\s+chủ trì(?!\w)|dưới sự chủ trì của\s+([^;.\n()]{3,100})"
)
# the verb after a clause's opening bodies that makes them its lead
_LEADS_RE = re.compile(r"\s*,?\s*chủ trì\b")
# a (folded) part asking whom a body works with ("X phối hợp với ai?", "cùng đơn vị nào?", "with whom"):
# the coordinating bodies are asked, not the lead the part names
_ASKS_COORD_RE = re.compile(
    r"\b(?:phoi hop(?: voi)?|cung voi|ket hop voi)\s+(?:ai|don vi nao|co quan nao|ban nao|to chuc nao)\b"
    r"|\bwith (?:whom|which)\b|\bcoordinat\w* with\b"
)
# "phối hợp với Ủy ban MTTQ huyện hoàn thành ...": the bodies after it, as ``opening_spans`` reads them
_WITH_RE = re.compile(r"\bphối hợp với\s+", re.IGNORECASE)


def _coordinators(quote: str, obligation: Obligation | None) -> str | None:
    """The bodies a quoted clause names after "phối hợp với", as written, or its duty's coordinators."""
    if obligation is not None and obligation.coordinators:
        return "; ".join(obligation.coordinators)
    m = _WITH_RE.search(quote)
    if m is None:
        return None
    spans, _ = opening_spans(quote[m.end() :], registry())
    return "; ".join(quote[m.end() + a : m.end() + b] for a, b in spans) or None


def _head_actors(quote: str) -> tuple[str | None, bool]:
    """The bodies a quoted clause opens with, after its list label, as written ("Phòng Văn hóa và Thông
    tin huyện", ``obligations.clauses.chain``), and whether "chủ trì" follows them; (None, False) when it
    opens with none."""
    spans, end = opening_spans(quote, registry())
    if not spans:
        return None, False
    return "; ".join(quote[a:b] for a, b in spans), bool(_LEADS_RE.match(quote[end:]))


def _wider_units(text: str, pos: int) -> str:
    """The larger units written one after another from ``pos`` (", huyện Nậm Xé, tỉnh Lai Châu")."""
    out = ""
    while (m := _WIDER_UNIT_RE.match(text, pos)) is not None:
        unit = _PREDICATE_RE.split(m.group(1), 1)[0]
        if unit == m.group(1) and text[m.end() : m.end() + 1].isalnum():
            break  # cut by the length limit inside a word: no unit read
        out += unit.rstrip()
        if unit != m.group(1):
            break  # the sentence goes on with its time or predicate ("xã Vân Khê | vào sáng ngày ...")
        pos = m.end()
    return out


def _part_line(
    kind: str,
    cited: Citation,
    reading: str,
    obligation: Obligation | None,
    language: str,
    unit: str = "",
    part: str = "",
    anchor: str = "",
) -> str | None:
    """The labelled line of one part, read from the passage the first line cites (for a place: from the
    sentence writing ``anchor``, the first line's value, when the passage writes it); None when it writes
    none."""
    quote = cited.quote
    value = None
    if kind == PLACE:
        # the place of the sentence (or table row) the first line's fact is written in: "mở tại Kho bạc ..."
        # of the sentence before is not where "lễ phát động ... vào 08 giờ ngày 01/4/2026" takes place
        # (trial 37 c02)
        where = _sentence_of(quote, anchor)
        planned = quote[where[0] : where[1]] if where else quote
        if planned_span(fold_chars(planned).lower()) is not None:
            # "dự kiến ... tại A, nay lùi sang ..., địa điểm chuyển về B": the moved-to place, else none
            moved = moved_to_place(planned)
            label = _label("place", language)
            value = planned[moved[0] : moved[1]] if moved else None
            return f"{label[:1].upper()}{label[1:]}: {value} [{cited.n}]" if value else None
        if where is None or reading != quote:
            # (a table row read with its columns named: its "Địa điểm" cell is the row's own place)
            m = _FIELD_RE[PLACE].search(reading) or _AT_PLACE_RE.search(quote, *(where or (0, len(quote))))
        else:
            sentence = quote[where[0] : where[1]]
            m = _FIELD_RE[PLACE].search(sentence) or _AT_PLACE_RE.search(sentence)
            # "- Thời gian: ...;" then "- Địa điểm: ...": the place field beside the time field
            m = m or place_beside_time(quote, split_sentences(quote), where, anchor)
        # the place's name ends where the sentence goes on with its predicate ("tại Hội trường Ủy ban nhân
        # dân xã đã thảo luận ..." -> "Hội trường Ủy ban nhân dân xã")
        value = _PREDICATE_RE.split(m.group(1), 1)[0].strip() if m else None
        if value and " | " in value:
            # a table row's place cell ends at the next cell ("Ngày 08/4/2026, tại Hội trường UBND xã | Ban
            # Thường vụ Hội LHPN xã | ...": the lead body's column is no part of the place; trial 37 b01)
            value = value.split(" | ", 1)[0].strip()
        elif value and value == m.group(1).strip() and m.string[m.end() : m.end() + 1].isalnum():
            value = None  # cut by the length limit inside a word ("năm 203" of "năm 2039", trial 33)
        if value and m.re is _AT_PLACE_RE and value == m.group(1).strip():
            # "tại xã Pá Hồng, huyện Nậm Xé": the larger units after a comma belong to the place
            value += _wider_units(m.string, m.end())
        key = "place"
    elif kind == WHO and _ASKS_COORD_RE.search(part):
        value = _coordinators(quote, obligation)
        key = "coordinate"
    elif kind == WHO:
        m = _FIELD_RE[WHO].search(reading)
        if m:
            value = m.group(1).strip()
        elif obligation is not None and (obligation.lead or obligation.responsible):
            # a body the clause does not write (its issuer, "hai Hội" resolved) is no headline
            value = None if obligation.inferred else "; ".join(obligation.lead or obligation.responsible)
        key = "lead" if m or (obligation is not None and obligation.lead) else "responsible"
        if value is None:
            # a time line from the event's passage has no duty row: the bodies its clause opens with
            # ("3. Phòng Văn hóa và Thông tin huyện chủ trì buổi tổng kết vào ..."), by the clause grammar
            value, leads = _head_actors(quote)
            key = "lead" if leads else "responsible"
        if value is None:
            # the chair written after the event in the sentence of the first line's time ("Ngày 19/10/2027,
            # ... tổ chức hội nghị giao ban quý III do đồng chí Nguyễn Thị Hồng Nhung, Bí thư Đảng ủy xã chủ
            # trì"; newcomer trial 39 q08)
            where = _sentence_of(quote, anchor)
            m = _CHAIRED_BY_RE.search(quote[where[0] : where[1]]) if where else None
            value = (m.group(1) or m.group(2)).strip(" ,") if m else None
            key = "lead"
        if value and fold(value).lower() in part and not re.search(r"\b(?:hay|or)\b", part):
            # the body the part itself names ("Ban Dân vận Huyện ủy phối hợp với ai ...") is not its answer
            # (unless the part asks which of the bodies it names: "Hội A hay Hội B chủ trì ...?")
            value = None
    elif kind == AMOUNT:
        value = _counted(quote, unit)
        key = "figure"
    elif kind == CHANGE:
        m = _CHANGE_RE.search(quote)
        value = m.group(1).strip() if m else None
        key = "change"
    elif kind == DURATION:
        found = list(dict.fromkeys(length_values(quote)))
        value = found[0] if len(found) == 1 else None  # two lengths: which one is asked is not read here
        key = "figure"
    elif kind == DESTINATION:
        value = _sent_to(quote, anchor, part)
        key = "sent_to"
    elif kind == TIME:
        # "... họp vào ngày nào, trong mấy ngày?": the one time of the first line's sentence (``part_time``)
        value = sentence_time(quote, anchor)
        key = "time"
    elif kind == SOURCE:
        m = _SOURCE_FIELD_RE.search(reading) or _FROM_SOURCE_RE.search(quote)
        value = m.group(1).strip() if m else None
        key = "source"
    else:
        return None
    if not value:
        return None
    label = _label(key, language)  # "phối hợp" follows a lead on its line; on its own it opens one
    return f"{label[:1].upper()}{label[1:]}: {value} [{cited.n}]"


def complete(
    lead_lines: list[str],
    folded_question: str,
    citations: list[Citation],
    readings: dict[int, str],
    language: str,
    obligation: Obligation | None = None,
) -> list[str] | None:
    """The first lines with a labelled line for every part of a question asking several things that they
    leave out, read from the passage they cite; None when a part cannot be read so (the first lines are
    then not given). ``lead_lines`` unchanged for a question asking one thing or when every part is
    stated."""
    if not lead_lines:
        return lead_lines
    asked = asked_parts(folded_question)
    if len(asked) < 2:
        return lead_lines
    stated = _stated(lead_lines, language, any(DURATION in kinds for kinds, _ in asked))
    missing = [(kinds, part) for kinds, part in asked if not kinds & stated]
    if not missing:
        return lead_lines
    cues = [int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)]
    cited = next((c for c in citations if cues and c.n == cues[0]), None)
    if cited is None:
        return None
    anchor = _CUE_RE.sub("", lead_lines[0].split(":", 1)[-1]).strip()
    added: list[str] = []
    for kinds, part in missing:
        line = None
        unit = m.group(1) if (m := _UNIT_RE.search(part)) else ""
        for kind in sorted(kinds):
            line = _part_line(
                kind, cited, readings.get(cited.n, cited.quote), obligation, language, unit, part, anchor
            )
            if line:
                break
        if line is None:
            return None
        if line not in added:
            added.append(line)
    first_time = TIME in asked[0][0] and not asked[0][0] & stated
    return time_first(lead_lines, added, _label("time", language)) if first_time else [*lead_lines, *added]


_CUE_RE = re.compile(r"\s*\[\d+\]")
# after the verb of sending (and up to two words: "chuyển đơn đến"), the preposition and a capitalised name
_SENT_AFTER_RE = r"(?:\s+[a-z]+){0,4}?\s+(?:" + "|".join(sending_directions()) + r")\s+"
_SENT_NAME_RE = re.compile(r"[A-ZĐÀ-Ỹ][^,;.\n()\"“”|]{2,80}")


def _sent_to(quote: str, anchor: str, part: str) -> str | None:
    """The body or office the sentence writing ``anchor`` (the first line's value) sends to with the verb
    the (folded) ``part`` asks about ("chuyển đơn đến Ủy ban nhân dân xã X để giải quyết" -> "Ủy ban nhân
    dân xã X"; "nộp về Phòng Cảnh sát ..., Công an ..." -> its first name), up to a comma or the
    sentence's next predicate; None when that sentence writes no such name or writes two."""
    asked = _ASKS_SENT_RE.search(part)
    where = _sentence_of(quote, anchor)
    if asked is None or where is None:
        return None
    sentence = quote[where[0] : where[1]]
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return None
    names = []
    # by any verb for the same act ("gửi cho ai?" of "... báo cáo kết quả thực hiện về Sở ..."; library5 dev
    # l5-rw-02)
    verbs = "|".join(re.escape(v) for v in dict.fromkeys([asked.group(1), *action_variants(asked.group(1))]))
    for m in re.finditer(rf"(?<!\w)(?:{verbs})" + _SENT_AFTER_RE, folded):
        name = _SENT_NAME_RE.match(sentence, m.end())
        if name is not None:
            names.append(_name_before_predicate(name.group(0)))
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else None


def _name_before_predicate(text: str) -> str:
    """``text`` up to its next predicate (``_PREDICATE_RE``); a "và" joining two capitalised words is
    part of a name ("Sở Lao động - Thương binh và Xã hội")."""
    for m in _PREDICATE_RE.finditer(text):
        if m.group(0).strip() == "và" and text[m.end() : m.end() + 1].isupper():
            continue
        return text[: m.start()].strip()
    return text.strip()


def _sentence_of(text: str, anchor: str) -> tuple[int, int] | None:
    """The (start, end) offsets of the sentence of ``text`` (``split_sentences``; a table row is one)
    that writes ``anchor``; None when no sentence writes it."""
    if not anchor:
        return None
    at = text.find(anchor)
    if at < 0:
        return None
    return next(((a, b) for a, b in split_sentences(text) if a <= at < b), None)


# "cấp tỉnh" asked (folded, ``bodies.level_text``), and the level words a passage names
_GRADE_RE = re.compile(rf"\bcap ({grade_alternation()})\b")
_LEVEL_WORD_RE = re.compile(rf"\b({grade_alternation()})\b")
# "Tại Trường THCS An Thạnh" written as a field's value: the preposition is no part of the place
_AT_WORD_RE = re.compile(r"^(?:tại|ở)\s+", re.IGNORECASE)


def place_lead(
    terms: Terms,
    cited: Citation,
    reading: str | None,
    language: str,
    about: str = "",
    head: list[str] | None = None,
    question_text: str = "",
) -> list[str]:
    """``["Địa điểm: huyện Núi Thành [1]"]`` for a question asking only where ("... ở đâu?", "... ở địa
    phương nào?", ``retrieve.fields.asks_only_place``): the place the first quote writes, as a labelled
    field ("Địa điểm: Tại Trường THCS An Thạnh, phường Hồng Ngự") or after "tại / ở" ("tổ chức Lễ ra quân
    cấp tỉnh tại huyện Núi Thành"), with the larger units written after it. [] when the quote writes no
    place, or two different ones (which is the asked one is the quotes' to show), or when the sentence
    writing it, read with the document's subject line and the quote's section (``about``), covers less
    than ``figures.FIGURE_MIN_OVERLAP`` of the question, or when the event's head words (``head``:
    ``checks.event_head``, "tổng kết" of "Hội nghị tổng kết ...") are not written in the sentence or its
    section: a place of another event is no answer (trial 32 n08, trial 30 p37); nor when the passage is
    on another round than the one asked (``index.lexical.round_match``) or names levels none of which is
    the grade the question asks ("cấp tỉnh" of ``question_text``; trial 35 p36, n04)."""
    text = reading or cited.quote
    found: list[tuple[str, str]] = []  # (place, the sentence writing it)
    olds: dict[str, str] = {}  # a new place -> the old one its field moves it from
    for a, b in split_sentences(text):
        sentence = text[a:b]
        folded = fold_chars(sentence).lower()
        moved = moved_to_place(sentence)
        if moved is not None:  # "dự kiến ... tại A, nay lùi sang ..., địa điểm chuyển về B": B, never A
            found.append((sentence[moved[0] : moved[1]], sentence))
        elif (move := move_in(sentence)) is not None:
            # "Địa điểm: chuyển từ A sang B": B, the move said, never "chuyển" (trial 45: "Địa điểm: chuyển")
            found.append((move[1], sentence))
            olds[move[1]] = move[2]
            moved = (move[0], len(sentence))
        for m in (*_FIELD_RE[PLACE].finditer(sentence), *_AT_PLACE_RE.finditer(sentence)):
            if superseded_at(folded, m.start()) or (moved and m.start() >= moved[0]):
                continue
            value = _PREDICATE_RE.split(m.group(1), 1)[0].strip()
            if value == m.group(1).strip() and sentence[m.end() : m.end() + 1].isalnum():
                continue  # cut by the length limit inside a word ("năm 203" of "năm 2039"): no name
            value = _AT_WORD_RE.sub("", value).strip()
            if len(value) < 3 or opens_reference(value, type_names()):
                continue  # "yêu cầu tại Công văn số 1849/...", "tại Phụ lục II": a text's place, no venue
            value += _wider_units(sentence, m.end())
            if not any(fold(value) in fold(v) or fold(v) in fold(value) for v, _ in found):
                found.append((value, sentence))
    if len(found) != 1:
        return []
    value, sentence = found[0]
    if overlap(terms, f"{sentence} {about}") < FIGURE_MIN_OVERLAP:
        return []
    where = f"{cited.section or ''} {sentence}"
    if off_round(where, terms, question_text):
        return []  # "Hội nghị ... lần thứ VI" of the passage on "lần thứ V" (trial 35 p36)
    grades = set(_GRADE_RE.findall(level_text(question_text)))
    # the passage's own level: a grade it writes ("Lễ ra quân cấp tỉnh"), else its level words, the place's
    # name aside ("tại xã Tân Lập, huyện Kim Sơn" says where, not whose)
    rest = level_text(where.replace(value, " "))
    levels = set(_GRADE_RE.findall(rest)) or set(_LEVEL_WORD_RE.findall(rest))
    if grades and levels and not grades & levels:
        return []  # "Hội nghị cấp tỉnh" of a passage on the district's conference (trial 35 n04, p15)
    if event_names.names_other_event(question_text, f"{where}. {about}"):
        return []  # "Hội nghị sơ kết ... tại Nhà văn hóa" for "Hội nghị tổng kết ... ở đâu?": another event
    if head and not writes_head(where, head):
        # the event asked ("Hội nghị sơ kết") is not the one the place is written for ("Hội nghị tổng kết
        # ... Địa điểm: Hội trường số 12": its head words as one phrase, "số" of the address is no "sơ")
        return []
    if value in olds:
        value = render.label("moved_in_field", language, new=value, old=olds[value])
    return [f"{_label('place', language)}: {value} [{cited.n}]"]


def off_round(where: str, terms: Terms, question_text: str) -> bool:
    """Whether a passage (``where``: its section and text) is on another round than the one the question
    asks ("lần thứ VI" for "lần thứ V"; ``index.lexical.round_match``, Roman numbers too)."""
    asked_rounds = set(counted_ordinals(question_text, roman=True)) | terms.ordinals
    return round_match(where, asked_rounds) is False or _other_roman_round(where, asked_rounds)


def label(key: str, language: str) -> str:
    """The fact label of ``key`` in ``language`` ("lead" -> "Chủ trì" / "Lead")."""
    return _label(key, language)


def _other_roman_round(text: str, asked: set[str]) -> bool:
    """Whether a text writes, in Roman numbers, only other rounds of a counter asked ("lần thứ V" for
    "lần thứ VI")."""
    written = set(counted_ordinals(text, roman=True))
    counters = {o.split("_")[0] for o in asked}
    same = {o for o in written if o.split("_")[0] in counters}
    return bool(same) and not same & asked
