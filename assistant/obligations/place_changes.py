"""Venue changes: a later notice moving the place an earlier plan set for an event.

"2. Địa điểm: chuyển từ Nhà văn hóa thôn Bến Đình về Hội trường Ủy ban nhân dân xã Phước Khánh." (a notice
citing "Kế hoạch số 27-KH/HPN" whose field says "- Địa điểm: Nhà văn hóa thôn Bến Đình, xã Phước Khánh."),
"Địa điểm tổ chức được chuyển sang Hội trường ..., thay cho Nhà văn hóa ...", "Địa điểm: Hội trường ...
(thay cho Nhà văn hóa ...)". The words are the lexicon's (``lexicon/amendments.json`` "place_changes");
this module is their grammar, over a sentence of the parsed text (every format alike):

    PLACE NOUN [...] [: | được] [MOVED] từ OLD TO NEW
    PLACE NOUN [...] [: | được] [MOVED] [TO] NEW [,(] INSTEAD OLD

A value opening with a time ("ngày 15/4/2027", "7 giờ 30") is no place: "Thời gian, địa điểm: chuyển từ
ngày ... sang ngày ..." moves a day. ``old`` is None when the sentence writes none (a changing notice's
bare "Địa điểm: Hội trường ..." item).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.models import Document
from assistant.obligations.amendments import amendment_words, changing_document, cited_numbers
from assistant.text import unify_tones

_WORD = r"(?<![\wà-ỹđ])"
_END = r"(?![\wà-ỹđ])"
_TIME_OPEN_RE = re.compile(r"^\s*(?:ngày|tháng|quý|năm|lúc|\d|thứ|sáng|chiều|tối|từ\s+\d)", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceChange:
    """One move of a venue. ``start`` / ``end``: ``Document.text`` offsets of the sentence; ``new`` /
    ``old`` the places as written (``old`` None when unwritten); ``cites`` the document numbers of the
    sentence, else of its paragraph, section or preamble (``amendments.cited_numbers``)."""

    doc_id: str
    start: int
    end: int
    text: str
    new: str
    old: str | None
    cites: tuple[str, ...]


def _alt(words) -> str:
    return "|".join(re.escape(unify_tones(w)) for w in sorted(set(words), key=len, reverse=True))


@cache
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the place noun and what follows it up to the value, from-to, instead) over lower-cased text."""
    lex = amendment_words()["place_changes"]
    noun = rf"{_WORD}(?:{_alt(lex['nouns'])}){_END}[^:.;\n]{{0,80}}?(?::\s*|\s+(?=(?:được|nay|chuyển|đổi)))"
    moved = rf"(?:(?:{_alt(lex['moved_marks'])}){_END}\s*)?"
    to = rf"(?:{_alt(lex['to_marks'])}){_END}"
    from_to = re.compile(
        rf"{moved}{_WORD}(?:{_alt(lex['from_marks'])}){_END}\s+(?P<old>[^;\n]{{2,120}}?)\s+{to}\s+"
        r"(?P<new>[^;\n]{2,160}?)\s*(?:\.(?:\s|$)|;|\n|$|\()"
    )
    instead = re.compile(
        rf"{moved}(?:{to}\s+)?(?P<new>[^;\n(]{{2,160}}?)\s*[,(]?\s*(?:{_alt(lex['instead_marks'])}){_END}\s+"
        r"(?P<old>[^;\n)]{2,120}?)\s*(?:\)|\.(?:\s|$)|;|\n|$)"
    )
    return re.compile(noun), from_to, instead


def _sentences(text: str):
    """(start, end) of each line-or-sentence of ``text`` (a stop ". ", ";" kept inside, a line break ends)."""
    pos = 0
    for line in text.split("\n"):
        for m in re.finditer(r"[^.]+(?:\.(?!\s)[^.]*)*(?:\.|$)", line):
            if m.group().strip():
                yield pos + m.start(), pos + m.end()
        pos += len(line) + 1


def _clean(value: str) -> str:
    return value.strip(" ,.;:()-")


def find_place_changes(doc: Document) -> list[PlaceChange]:
    """Every venue move ``doc`` writes (the module's grammar), in text order; a bare "Địa điểm: X" item
    counts only in a changing notice (``amendments.changing_document``). [] when none; never raises."""
    text = doc.text
    low = unify_tones(text.lower())
    if len(low) != len(text):
        return []
    noun, from_to, instead = _grammar()
    changing: bool | None = None
    out: list[PlaceChange] = []
    for a, b in _sentences(text):
        for m in noun.finditer(low, a, b):
            rest = low[m.end() : b]
            found = from_to.match(rest) or instead.match(rest)
            at = m.end()
            if found is not None:
                new = _clean(text[at + found.start("new") : at + found.end("new")])
                old = _clean(text[at + found.start("old") : at + found.end("old")])
            else:
                if changing is None:
                    changing = changing_document(doc, low)
                if not changing:
                    continue
                new, old = _clean(re.split(r"[;\n]|\.(?:\s|$)", text[at:b], maxsplit=1)[0]), None
            if len(new) < 3 or _TIME_OPEN_RE.match(new) or (old is not None and _TIME_OPEN_RE.match(old)):
                continue
            cites = cited_numbers(doc, a, b)
            if cites:
                out.append(PlaceChange(doc.doc_id, a, b, text[a:b].strip(), new, old, cites))
            break
    return out


def move_in(sentence: str) -> tuple[int, str, str] | None:
    """(where its place field starts, the new place, the old place) of a sentence that moves a venue from
    one place to another in a field of its own ("- Địa điểm: chuyển từ Sân vận động xã sang Nhà văn hóa ấp
    Cây Dương."; the module's from-to and instead grammar), whatever document it is in; None when it writes
    no such move, or its values open with a time (a day moved, not a place)."""
    low = unify_tones(sentence.lower())
    if len(low) != len(sentence):
        return None
    noun, from_to, instead = _grammar()
    for m in noun.finditer(low):
        found = from_to.match(low, m.end()) or instead.match(low, m.end())
        if found is None:
            continue
        new = _clean(sentence[found.start("new") : found.end("new")])
        old = _clean(sentence[found.start("old") : found.end("old")])
        if len(new) >= 3 and not _TIME_OPEN_RE.match(new) and not _TIME_OPEN_RE.match(old):
            return m.start(), new, old
    return None
