"""Sentences: a chunk's text cut into the sentence-like units every quote and check is made of.

Part of the answer step, read by every producer of a first line or a quote: ``split_sentences`` gives the
(start, end) offsets of each unit (a sentence, a line, a semicolon clause of a long sentence, a heading or a
table row on its own), ``trim`` drops bullet marks around one keeping offsets exact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.parse.tables import is_row_line
from assistant.text import fold

# A sentence ends at . ! ? … followed by space and something that starts a sentence; lines end sentences too.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“'(\[*]?[A-ZĐÀ-Ỹ0-9])")
_CLAUSE = re.compile(r"(?<=;)\s+")
_LEAD_MARK = re.compile(r"[\s\-•*+–]+")
LONG_SENTENCE = 350  # past this, semicolon clauses become the units: a quote should answer, not drown
MIN_UNIT = 25  # shorter pieces ("5.1.", "a)") are labels, glued to what follows
# A document's number on a line of its own ("Số: 41-TB/ĐU") is a whole field, no label: in a letterhead it
# sits in another cell or column than the place and date after it, so a quote never joins the two.
_NUMBER_LINE = re.compile(r"\s*(?:Số|SỐ)\s*:?\s*\d{1,5}\s*[-/]\s*\S+\s*")
# An item label opening a line ("1.", "5.2.", "Điều 3.", "II.", "a)") is not a sentence: no cut after it.
_LABEL_ONLY = re.compile(r"\s*(?:(?:Điều|Khoản|Mục|Chương|Phần)\s+)?(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s*")
# A heading on a line of its own (Roman-numbered, "II- Quy trình", or in capitals), short as it is, is never
# glued to a numbered item under it ("III. TỔ CHỨC THỰC HIỆN 1. Văn phòng ..."); it still reads with other
# text under it (the words of "IV. THỜI GIAN THỰC HIỆN" answer "hôm nào?" with its bullet, a signing
# capacity "T/M BỘ CHÍNH TRỊ" goes with the name under it).
_ROMAN_HEADING = re.compile(r"^[IVXLC]{1,6}\s*[.\-–)]\s*\S")
_NUMBERED_START = re.compile(
    r"\s*(?:(?:Điều|Khoản|Mục|Chương|Phần|Bước|Điểm)\s+\w+|\d+(?:\.\d+)*\s*[.)]|[IVXLC]+\s*[.\-–)]|[a-zđ]\))"
)


@lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the sentence-like units of ``text``, trimmed of bullets and spaces.

    Cached by text: the same chunks come back for question after question."""
    units: list[tuple[int, int]] = []
    headings: set[tuple[int, int]] = set()  # whole lines that are headings
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if is_heading(line):
            units.append((line_start, line_start + len(line)))
            headings.add(units[-1])
            continue
        cuts = [0] + [m.end() for m in _BOUNDARY.finditer(line) if not _LABEL_ONLY.fullmatch(line[: m.end()])]
        cuts += [len(line)]
        pieces = [(line_start + a, line_start + b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        for a, b in pieces:
            if b - a > LONG_SENTENCE:
                sub = [a] + [a + m.end() for m in _CLAUSE.finditer(text[a:b])] + [b]
                units.extend((x, y) for x, y in zip(sub, sub[1:], strict=False) if y > x)
            else:
                units.append((a, b))
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for n, (a, b) in enumerate(units):
        whole = (a, b)
        if carry is not None:
            a, carry = carry, None
        # a heading line is carried onto the next line of a title written on two ("PHỤ LỤC" / "DỰ TRÙ
        # KINH PHÍ ..."), never onto the item under it (``_NUMBERED_START``)
        alone = False
        if whole in headings and n + 1 < len(units) and units[n + 1] not in headings:
            alone = bool(_NUMBERED_START.match(text, units[n + 1][0], units[n + 1][1]))
        alone = alone or bool(_NUMBER_LINE.fullmatch(text, whole[0], whole[1]))
        # a table row, short as it is ("5 | Cầu Đá | 61 | 2 | 1"), is never glued to the next row
        alone = alone or is_row_line(text[whole[0] : whole[1]])
        # "Kính gửi: Bộ Tài chính." is a header field of its own, never carried onto the letter's first
        # sentence (which would then be read as the address and left out; ``is_address``)
        alone = alone or bool(ADDRESS_RE.match(fold(text[whole[0] : whole[0] + 16])))
        if len(text[a:b].strip()) < MIN_UNIT and whole != units[-1] and not alone:
            carry = a
            continue
        merged.append((a, b))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], units[-1][1])
        else:
            merged.append((carry, units[-1][1]))
    return tuple(trim(text, a, b) for a, b in merged if text[a:b].strip())


def is_heading(line: str) -> bool:
    """A Roman-numbered title line or a line in capitals, ending no sentence nor lead-in."""
    body = line.strip()
    if len(body) > 200 or body.endswith((".", ";", ":", ",", "!", "?")) or _LABEL_ONLY.fullmatch(body):
        return False
    letters = [c for c in body if c.isalpha()]
    return bool(_ROMAN_HEADING.match(body)) or (len(letters) >= 4 and all(c.isupper() for c in letters))


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop leading bullet marks and surrounding spaces, keeping the offsets exact."""
    m = _LEAD_MARK.match(text, a, b)
    if m:
        a = m.end()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


ADDRESS_RE = re.compile(r"^\W*kinh gui\b")


# An item label opening a sentence ("5.", "2.1.", "a)", "- "), left out when two sentences are compared
LABEL_OPENING = re.compile(r"^\s*(?:[-+•*–]\s*|(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s+)")
