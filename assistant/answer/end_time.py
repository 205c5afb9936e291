"""Whether what is quoted writes when an event ENDS, for a question asking its end.

"Ngày hội ... kết thúc lúc mấy giờ?" over a plan and a notice that give only its start ("07 giờ 00 ngày
18/4/2027") and a report due "trong thời hạn 10 ngày làm việc kể từ ngày kết thúc Ngày hội": a start is no
end, and "kể từ ngày kết thúc Ngày hội" counts from the end without writing it (newcomer trial 46 u07,
answered with those two quotes). An end is written as a time right after a closing word ("kết thúc lúc 11
giờ 30", "bế mạc vào ngày 20/4"), as the second end of a span ("từ 7 giờ 30 đến 11 giờ", "7h30 - 11h00",
"từ ngày 18/4 đến ngày 20/4/2027"), or as a time after "đến" ("đến 11 giờ"). A question asking the hour
("mấy giờ") needs an hour at that end. Read by ``checks.run_checks`` (the "when" check of an event asked
with ``times.asks_end``). A document's own effect ("... có hiệu lực đến bao giờ?", "hết hiệu lực khi nào?")
is no event's end: its validity clause ("có hiệu lực từ ngày ký đến hết ngày ...") answers it unchecked here.
"""

from __future__ import annotations

import re

from assistant.answer.times import asks_end, asks_hour, without_citations
from assistant.text import fold_chars

_CLOCK = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?(?![a-z])"
_DAY = (
    r"(?:ngay\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?"
    r"|ngay\s+\d{1,2}(?:\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)?"
)
_TIME = rf"(?:{_CLOCK}|{_DAY})"
# the words a closing time may stand after: "kết thúc (vào) lúc", "bế mạc (vào) buổi chiều ngày ..."
_GAP = r"(?:\s*,?\s*(?:vao|luc|trong|buoi|sang|chieu|toi|cung|ngay)\b){0,3}"
_CLOSED_RE = re.compile(rf"\b(?:ket thuc|be mac|be giang)\b{_GAP}\s*(?P<t>{_TIME})")
# a span's closing end: "từ <time> ... đến/tới (hết) <time>", "<time> - <time>"
_SPAN_RE = re.compile(
    rf"\b(?:tu|bat dau(?:\s+tu)?)\s+(?:luc\s+)?{_TIME}[^.;\n]{{0,40}}?\s(?:den|toi)\s+(?:het\s+)?(?:luc\s+)?"
    rf"(?P<t>{_TIME})"
    rf"|{_CLOCK}\s*[-–]\s*(?P<c>{_CLOCK})"
)
# "đến 11 giờ", "tới 17h00": an hour reached
_UNTIL_HOUR_RE = re.compile(rf"\b(?:den|toi)\s+(?:het\s+)?(?:luc\s+)?(?P<t>{_CLOCK})")
_CLOCK_RE = re.compile(_CLOCK)
# the question asks how long a document is in force, not when an event ends (folded)
_ASKS_EFFECT_RE = re.compile(r"\bhieu luc\b|\b(?:in force|in effect|take[s]? effect|expir(?:e|es|y))\b")


def _ends(text: str) -> list[str]:
    """The times ``text`` writes as an end (folded), in the order written."""
    folded = fold_chars(without_citations(text)).lower()
    out = [m.group("t") for m in _CLOSED_RE.finditer(folded)]
    out += [m.group("t") or m.group("c") for m in _SPAN_RE.finditer(folded)]
    out += [m.group("t") for m in _UNTIL_HOUR_RE.finditer(folded)]
    return [t for t in out if t]


def end_written(question: str, texts: list[str]) -> bool:
    """Whether one of ``texts`` (the quotes, the first line) writes an end time (``_ends``), an hour when
    the question asks the hour ("kết thúc lúc mấy giờ?"). Always True for a question that does not ask an
    end (``times.asks_end``), or asks a document's effect (``_ASKS_EFFECT_RE``)."""
    if not asks_end(question) or _ASKS_EFFECT_RE.search(fold_chars(question).lower()):
        return True
    hour = asks_hour(question)
    return any(not hour or _CLOCK_RE.search(t) for text in texts for t in _ends(text))
