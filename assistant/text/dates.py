"""Days and dates as documents write them (``assistant.text``): a day in figures or in words compared
one way, a document's own adoption date, and the dashed date form of the Party's central bodies."""

from __future__ import annotations

import re

from assistant.text.normalise import fold_chars
from assistant.text.sentences import sentence_spans

# A day written in figures ("05/6/2025", "5-6-2025", "05/6") or in words ("ngày 05 tháng 6 năm 2025"),
# folded: one day however it is written, so "cuộc họp ngày 05/6/2025" finds "Ngày 05 tháng 6 năm 2025".
_DAY_FIGURES_RE = re.compile(r"^(\d{1,2})(?:/(\d{1,2})|[/.-](\d{1,2})[/.-](\d{4}))$")
_DAY_WORDS_RE = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?\b")


def day_keys(token: str) -> list[str]:
    """The comparable forms of a day written in figures (``_DAY_FIGURES_RE``): "05/6/2025" ->
    ["5/6/2025", "5/6"]; [] for any other token."""
    m = _DAY_FIGURES_RE.match(token)
    if not m:
        return []
    if m.group(2):
        return [f"{int(m.group(1))}/{int(m.group(2))}"]
    day, month = int(m.group(1)), int(m.group(3))
    return [f"{day}/{month}/{m.group(4)}", f"{day}/{month}"]


def days_written(tokens: list[str]) -> list[str]:
    """``day_keys`` of every day folded tokens write, in figures or in words ("ngay 05 thang 6 nam 2025"
    -> "5/6", "5/6/2025"): what a passage's days are compared by, for the question's terms and for the
    documents writing a day alike."""
    out = [k for t in tokens if "/" in t or "-" in t or "." in t for k in day_keys(t)]
    if "thang" in tokens:
        for m in _DAY_WORDS_RE.finditer(" ".join(tokens)):
            out.append(f"{int(m.group(1))}/{int(m.group(2))}")
            if m.group(3):
                out.append(f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}")
    return out


# A document's own adoption statement: "Luật này được Quốc hội ... Kỳ họp thứ 9 thông qua ngày 16 tháng 6
# năm 2025", "(Đại hội đại biểu toàn quốc lần thứ XI ... thông qua ngày 13/12/2017)" under a charter's
# title: the date after "thông qua (vào) ngày" (library2 l2-mttq-10, l2-rw-12). Folded, offsets kept.
_ADOPTED_RE = re.compile(
    r"\bthong qua\s+(?:vao\s+)?(?:ngay\s+)"
    r"(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
)
# "... này" (this law, this charter) before the statement in its sentence: the document's own adoption
_THIS_RE = re.compile(r"\bnay\b")


def adoption_date(text: str, own: bool = True) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((date start, date end), (sentence start, sentence end)) of the last adoption date ``text`` writes
    ("thông qua ngày 16 tháng 6 năm 2025"), or None. ``own``: only a sentence naming the document itself
    ("Luật này", "Điều lệ này") before it, or a note in brackets of its own (the title block's "(Đại hội
    ... thông qua ngày 13/12/2017)" where the text keeps it); a title (``own=False``) states no other."""
    folded = fold_chars(text).lower()
    if len(folded) != len(text):
        return None
    found = None
    for a, b in sentence_spans(text) or [(0, len(text))]:
        note = folded[a:b].lstrip().startswith("(")
        for m in _ADOPTED_RE.finditer(folded, a, b):
            if not own or note or _THIS_RE.search(folded, a, m.start()):
                found = ((m.start(1), m.end(1)), (a, b))
    return found


# A date written with dashes, as the Party's central bodies write it ("ngày 02-9-2025", "ngày 08-8- 2025"
# where a line break left a space): day 1-31, month 1-12, a four-digit year, so that a term ("2026-2031")
# or a range of days ("26-28/3/2036") is none. Digits and dashes only: it reads folded and unfolded text
# alike.
# Source: Hướng dẫn 38-HD/BTCTW (library3), Quyết định 347-QĐ/TW's citation form.
DASHED_DATE = r"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])\s*-\s*(?:0?[1-9]|1[0-2])\s*-\s*(?:19|20)\d{2}(?![\d/-])"
