"""The "Thời gian: ..." line of a question asking when an event is held, from the first quote.

"Ngày hội tổ chức hôm nào?" -> "Thời gian: ngày 18/11/2026": the first quote's sentence that matches the
question best and writes one date or one period (``event_times.event_times_in``); no line when another
event is named there (``event_names``) or another retrieved sentence of the document dates what the
question asks (``figure_checks._rival``). Moved out of ``figures``.
"""

from __future__ import annotations

import re

from assistant.answer import event_names, render
from assistant.answer.event_times import event_times_in, period_spans, prose_period
from assistant.answer.figure_checks import EVENT_MIN_OWN_OVERLAP, _rival
from assistant.answer.figure_reading import _value
from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap
from assistant.index.lexical import round_match
from assistant.lexicon.phrases import event_kinds
from assistant.models import Citation, Hit
from assistant.query.intents import period_asked
from assistant.retrieve.fields import effect_asked, states_own_effect
from assistant.text import fold

_TIME_OPENING_RE = re.compile(r"^(?:(?:vao|tu|ke tu|bat dau tu|trong)\s+)?(?:ngay\s+)?")


# Days of the same month listed after "ngày" before a date ("trong 02 ngày 24 và 25/9/2029", "ngày 14, 15/3"):
# the event lasts those days too
_DAYS_BEFORE_RE = re.compile(r"(?<=\b[Nn]gày )(?:\d{1,2}\s*(?:,|và)\s*)+$")


def _with_days_before(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a date widened to the days listed before it ("24 và 25/9/2029", not "25/9/2029" alone:
    a two-day congress cut to its last day, trial 27 p09)."""
    m = _DAYS_BEFORE_RE.search(sentence[: span[0]].rstrip() + " ")
    if m is None or not re.match(r"(?:[Nn]gày\s+)?\d{1,2}/", sentence[span[0] :].strip()):
        return span
    return (m.start(), span[1])


def _one_time(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The spans when they write one time, the fullest first: a day written again with its hour ("Tổ chức
    Lễ ra quân (07h00 ngày 02/3/2028 ...) | ... | Ngày 02/3/2028", a table row's text and its time column) is
    one time; None when they write two."""
    values = [fold(_value(sentence, s)).lower() for s in spans]
    full = max(range(len(spans)), key=lambda i: (len(values[i]), -i))
    for v in values:
        core = _TIME_OPENING_RE.sub("", v)
        if v != values[full] and not re.search(rf"(?<![\d/]){re.escape(core)}(?![\d/])", values[full]):
            return None
    return [spans[full], *(s for i, s in enumerate(spans) if i != full)]


# A time written as a field ("5. Thời gian thực hiện: Từ ngày ...", "- Thời gian: ...", folded): its subject
# is its section's or its document's, not words of its own sentence
_TIME_FIELD_RE = re.compile(r"^\W*(?:(?:\d+|[ivxlc]+|[a-z])[.)]\s*)?(?:[-+•]\s*)?thoi gian\b[^:.;]{0,40}:")


def _candidates(sentence: str, period: bool) -> list[tuple[tuple[int, int], ...]]:
    """The times ``sentence`` writes, each as its spans: for a period asked (``period``) only periods with
    two ends (``period_spans``; a prose period, ``prose_period``, as its start and end), else every event
    time (``event_times_in``) as one group."""
    if not period:
        spans = event_times_in(sentence)
        return [tuple(spans)] if spans else []
    found = period_spans(sentence)
    if found:
        return [tuple(found)]
    prose = prose_period(sentence)
    return [prose] if prose else []


def _untimed(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence with its times blanked: "ngày 10 tháng 5 năm 2027" writes no subject, and a question's
    "tháng / năm 2027" must not find the sentence of another matter by its date (a photo contest's period
    for "Tháng hành động ... năm 2027 kéo dài từ bao giờ đến bao giờ?")."""
    out = sentence
    for a, b in sorted(spans, reverse=True):
        blank = _DATE_WORDS_RE.sub(lambda m: " " * len(m.group(0)), out[a:b])
        out = out[:a] + blank + out[b:]
    return out


# the words of a time that only number it ("tháng 5", "năm 2027", "quý III", "15/02/2026"), blanked by
# ``_untimed``; its frame ("từ ngày ... đến ngày") stays, the wording a period question is paraphrased by
_DATE_WORDS_RE = re.compile(r"(?i)\b(?:tháng|năm|quý)\s+(?:\d+|[IVX]+)\b|\d[\d/.:hH]*")


def _render(sentence: str, spans: tuple[tuple[int, int], ...], prose: bool) -> str:
    if prose:
        return f"từ {_value(sentence, spans[0])} đến {_value(sentence, spans[1])}"
    return _value(sentence, spans[0])


def event_time_lead(
    terms: Terms, first: Citation | None, language: str, hits: list[Hit], about: str = "", question: str = ""
) -> list[str]:
    """``["Thời gian: ngày 18/11/2026 [1]"]``: when the event asked about is held, from the first quote's
    sentence that matches the question best and writes one date or one period (``event_times_in``); []
    when none does, when it covers less than ``FIGURE_MIN_OVERLAP`` of the question, when it writes two
    different times, or when another retrieved sentence of its document writes another time and a word of
    the question it lacks (``_rival``): the first line is then left to the quotes. Nor when ``question``
    names a kind of event ("họp", "tổng kết"; ``lexicon.phrases.event_kinds``) that neither the sentence
    nor its section heading nor ``about`` names: a dated sentence on the same matter may date another
    event ("Ngày 18/9/2009, sau khi nghe ... báo cáo Đề án ..." for "... họp nghe tổng kết ... hôm
    nào?").

    A question asking a period by both ends ("từ bao giờ đến bao giờ?", "bắt đầu và kết thúc khi nào?",
    ``intents.period_asked``) is answered only by a period with two ends ("từ ngày ... đến ngày ...", of
    months or quarters, or in prose, "từ ngày công bố ... (ngày X) và kết thúc trước ... (ngày Y)"), never
    by one of its days; when the quote's sentences write none, by a period its section's heading writes
    ("2. Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm ...", on the round the question asks). A time
    written as a field ("Thời gian thực hiện: ...") is its section's or document's: it needs the question's
    words in the sentence with its section and ``about``, not in the sentence alone."""
    if first is None:
        return []
    period = period_asked(fold(question))
    found = _sentence_time(terms, first, language, hits, about, question, period)
    if not found and period:
        return _heading_period(terms, first, language, hits, about, question)
    return found


def _sentence_time(
    terms: Terms, first: Citation, language: str, hits: list[Hit], about: str, question: str, period: bool
) -> list[str]:
    """``event_time_lead`` read from the first quote's own sentences."""
    asked_kinds = event_kinds(question)
    best: tuple[float, str, tuple[tuple[int, int], ...], bool] | None = None
    for a, b in split_sentences(first.quote):
        sent = first.quote[a:b]
        if terms.ordinals and round_match(sent, terms.ordinals) is False:
            continue  # "Đợt 1: ... từ ngày ... đến ngày ..." for "Đợt thứ hai ... khi nào?": another round
        for spans in _candidates(sent, period):
            score = overlap(terms, _untimed(sent, spans))
            prose = period and not period_spans(sent)
            if best is None or score > best[0]:
                best = (score, sent, spans, prose)
    if best is None:
        return []
    score, sent, spans, prose = best
    context = f"{_untimed(sent, spans)} {first.section or ''} {about}"
    # (the label may be the heading of the sentence's item, its value on the lines below: "1. Thời gian" /
    # "Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026."; library4 dev l4-rw-09)
    heading = (first.section or "").split("›")[-1].strip()
    labelled = _TIME_FIELD_RE.match(fold(sent)) or _TIME_FIELD_RE.match(f"{fold(heading)}:")
    field = bool(labelled) and overlap(terms, context) >= FIGURE_MIN_OVERLAP
    own_effect = _own_effect(terms, first, sent, spans, about, question)
    if score < FIGURE_MIN_OVERLAP and not field and not own_effect and not (
        # "Đại hội đại biểu Hội LHPN xã ... lần thứ XIV khai mạc lúc nào?" of "... Đại hội ..., khai mạc lúc 7
        # giờ 30 phút ngày 18/9/2027" in the notice about that congress: the document's subject line names
        # what the sentence leaves out, when the sentence itself names the kind of event asked
        score >= EVENT_MIN_OWN_OVERLAP
        and asked_kinds & event_kinds(sent)
        and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
    ):
        return []
    if not prose:
        one = _one_time(sent, list(spans))
        if one is None:
            return []
        spans = (_with_days_before(sent, one[0]), *one[1:])
    where = f"{first.section}. {sent}. {about}"
    if asked_kinds and not event_names.names_asked_kinds(asked_kinds, where) or event_names.names_other_event(
        question, where
    ):
        return []  # "Hội nghị sơ kết ..." for "Hội nghị tổng kết ... ngày nào?": another event
    value = _render(sent, spans, prose)
    if _rival(terms, sent, hits, first.doc.doc_id, about, value.lower()):
        return []
    return [f"{render.label('time', language)}: {value} [{first.n}]"]


def _own_effect(
    terms: Terms, first: Citation, sent: str, spans: tuple[tuple[int, int], ...], about: str, question: str
) -> bool:
    """Whether ``sent`` answers "... có hiệu lực từ ngày nào?" as its document's own effect ("Luật này có
    hiệu lực thi hành từ ngày 01/7/2025", ``fields.states_own_effect``): its subject is the document, so
    the document's type, number and title (``about``) stand for the words the sentence leaves out; they
    must cover ``FIGURE_MIN_OVERLAP`` of the question with the sentence, and every number the question
    names ("Luật 83/2025/QH15") must be the document's (another law's effect clause is no answer)."""
    if not effect_asked(fold(question)) or not states_own_effect(fold(sent)):
        return False
    doc = first.doc
    own = f"{doc.doc_type or ''} {doc.number or ''} {doc.title or ''} {about}"
    said = fold(f"{sent} {own}")
    if any(n not in said for n in terms.numbers):
        return False
    return overlap(terms, f"{_untimed(sent, spans)} {own}") >= FIGURE_MIN_OVERLAP


def _heading_period(
    terms: Terms, first: Citation, language: str, hits: list[Hit], about: str, question: str
) -> list[str]:
    """The period a heading above the first quote writes, for a period asked ("Đợt giám sát thứ hai ...
    bắt đầu và kết thúc khi nào?" of a quote under "2. Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm
    ..."): the nearest heading writing one period, on the round the question asks when it asks one, whose
    words with the quote and ``about`` cover ``FIGURE_MIN_OVERLAP`` of the question; [] otherwise."""
    parts = [p.strip() for p in (first.section or "").split("›") if p.strip()]
    for part in reversed(parts):
        spans = period_spans(part)
        if not spans:
            continue
        if len(spans) > 1 or terms.ordinals and not round_match(part, terms.ordinals):
            return []
        if overlap(terms, f"{_untimed(part, tuple(spans))} {first.quote} {about}") < FIGURE_MIN_OVERLAP:
            return []
        if event_names.names_other_event(question, f"{part}. {first.quote}. {about}"):
            return []
        if _rival(terms, part, hits, first.doc.doc_id, about, _value(part, spans[0]).lower()):
            return []
        return [f"{render.label('time', language)}: {_value(part, spans[0])} [{first.n}]"]
    return []
