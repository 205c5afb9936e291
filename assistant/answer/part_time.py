"""The time part of a question asking several things, read beside another part's first line.

"Đại hội ... dự kiến họp vào ngày nào, trong mấy ngày?": the figure line ("Số liệu: 01 ngày") states the
length; the day is the one event time the same sentence writes ("... trong 01 ngày, dự kiến vào ngày
25/10/2026"). Without it ``parts.complete`` took the whole first line away (library3 dev l3-rw-12). Only
the sentence the first line's value is written in is read, and only when it writes one event time
(``event_times.event_times_in``: cited documents' dates and time limits aside); two times, or none, and
the part is not read (no first line rather than another event's day).
"""

from __future__ import annotations

from assistant.answer.event_lead import _one_time, _with_days_before
from assistant.answer.event_times import event_times_in
from assistant.answer.figure_reading import _value
from assistant.answer.sentences import split_sentences


def sentence_time(quote: str, anchor: str) -> str | None:
    """The one event time (a date, a day with its hour, or a period of days) written in the sentence of
    ``quote`` (``split_sentences``; a table row is one) that holds ``anchor`` (the first line's value, as
    written), e.g. "vào ngày 25/10/2026"; None when ``anchor`` is not in ``quote``, when its sentence writes
    no time or two different ones (``event_lead._one_time``), or writes it before ``anchor``."""
    at = quote.find(anchor) if anchor else -1
    if at < 0:
        return None
    where = next(((a, b) for a, b in split_sentences(quote) if a <= at < b), None)
    if where is None:
        return None
    sentence = quote[where[0] : where[1]]
    spans = event_times_in(sentence)
    if not spans:
        return None
    one = _one_time(sentence, spans)
    if one is None or min(a for a, _ in one) < at - where[0]:
        # (a time written before the figure may date the act that decided it: "Ngày 01/7/2031, Ban Thường vụ
        # họp, đồng ý tổ chức Đại hội trong 02 ngày"; only the figure's clause going on to its day is read)
        return None
    return _value(sentence, _with_days_before(sentence, one[0])) or None


def time_first(lead_lines: list[str], added: list[str], time_label: str) -> list[str]:
    """The first lines with the added time line (labelled ``time_label``, "Thời gian") before the lead's:
    for a question asking its time first ("... họp vào ngày nào, trong mấy ngày?"), the answer opens with
    the time, then the figure asked after it; the other added lines follow the lead's."""
    timed = [x for x in added if x.startswith(f"{time_label}:")]
    return [*timed, *lead_lines, *(x for x in added if x not in timed)]
