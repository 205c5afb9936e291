"""The "Thời gian: ..." line of a question asking when an event is held, from the first quote.

"Ngày hội tổ chức hôm nào?" -> "Thời gian: ngày 18/11/2026": the first quote's sentence that matches the
question best and writes one date or one period (``event_times.event_times_in``); no line when another
event is named there (``event_names``) or another retrieved sentence of the document dates what the
question asks (``figures._rival``). Moved out of ``figures``.
"""

from __future__ import annotations

import re

from assistant.answer import event_names, render
from assistant.answer.event_times import event_times_in
from assistant.answer.extractive import split_sentences
from assistant.answer.figures import EVENT_MIN_OWN_OVERLAP, FIGURE_MIN_OVERLAP, _rival, _value
from assistant.answer.terms import Terms, overlap
from assistant.lexicon.phrases import event_kinds
from assistant.models import Citation, Hit
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
    nào?")."""
    if first is None:
        return []
    asked_kinds = event_kinds(question)
    best: tuple[float, str, list[tuple[int, int]]] | None = None
    for a, b in split_sentences(first.quote):
        sent = first.quote[a:b]
        spans = event_times_in(sent)
        score = overlap(terms, sent)
        if spans and (best is None or score > best[0]):
            best = (score, sent, spans)
    if best is None:
        return []
    _, sent, spans = best
    if best[0] < FIGURE_MIN_OVERLAP and not (
        # "Đại hội đại biểu Hội LHPN xã ... lần thứ XIV khai mạc lúc nào?" of "... Đại hội ..., khai mạc lúc 7
        # giờ 30 phút ngày 18/9/2027" in the notice about that congress: the document's subject line names
        # what the sentence leaves out, when the sentence itself names the kind of event asked
        best[0] >= EVENT_MIN_OWN_OVERLAP
        and asked_kinds & event_kinds(sent)
        and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
    ):
        return []
    spans = _one_time(sent, spans)
    if spans is None:
        return []
    spans = [_with_days_before(sent, spans[0]), *spans[1:]]
    where = f"{first.section}. {sent}. {about}"
    if asked_kinds and not asked_kinds & event_kinds(where) or event_names.names_other_event(question, where):
        return []  # "Hội nghị sơ kết ..." for "Hội nghị tổng kết ... ngày nào?": another event
    if _rival(terms, sent, hits, first.doc.doc_id, about, _value(sent, spans[0]).lower()):
        return []
    return [f"{render.label('time', language)}: {_value(sent, spans[0])} [{first.n}]"]
