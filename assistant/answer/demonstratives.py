"""A follow-up naming what the previous question named by its noun and a demonstrative: "Còn dư nợ của chi
hội đó thì bao nhiêu?" after "Chi hội ấp Xóm Mới có bao nhiêu tổ ...?", "Đồng chí ấy phụ trách địa bàn
nào?" after "Đồng chí Lê Thị Thu Vân phụ trách tiêu chí nào ...?" (newcomer trial 45 q24, q23). The noun
and demonstrative ("chi hội đó", "đồng chí ấy") are replaced by the name the previous question wrote after
the same noun ("Chi hội ấp Xóm Mới", "Đồng chí Lê Thị Thu Vân"): a body, a unit, a place or a person,
whatever the noun. The demonstratives and the lower-case level words inside a name ("ấp", "xã") are in
``lexicon/pronouns.json``. Called by ``answer.followup`` before its other rules.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from assistant.text import nfc

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "pronouns.json"
_LETTER = r"[^\W\d_]"
_UPPER = r"[A-ZÀ-ỸĐ]"


@cache
def _titles() -> frozenset[str]:
    lex = json.loads(_LEXICON.read_text(encoding="utf-8"))
    return frozenset(nfc(t).lower() for t in lex["person_titles"])


@cache
def _lexicon() -> tuple[re.Pattern[str], str]:
    lex = json.loads(_LEXICON.read_text(encoding="utf-8"))
    words = "|".join(re.escape(w) for w in sorted(lex["demonstratives"], key=len, reverse=True))
    # one or two words, then the demonstrative, as a whole word
    pointing = re.compile(
        rf"(?<!\w)((?:{_LETTER}+\s+)?{_LETTER}+)\s+(?:{words})(?!\w)", re.IGNORECASE
    )
    links = "|".join(re.escape(w) for w in sorted(lex["name_links"], key=len, reverse=True))
    return pointing, links


def _named_after(prev: str, noun: str, links: str) -> str | None:
    """The name ``prev`` writes after ``noun`` (case aside), the noun with it ("Chi hội ấp Xóm Mới"): a run
    of capitalised words, level words ("ấp", "xã") allowed between; None when none follows."""
    name = rf"(?:(?:{links})\s+)?{_UPPER}{_LETTER}*(?:\s+(?:(?:{links})\s+)?{_UPPER}{_LETTER}*)*"
    m = re.search(rf"(?<!\w)(?i:{re.escape(noun)})\s+{name}", prev)
    if m is None:
        return None
    found = m.group(0)
    tail = found[len(noun) :]
    # a person's name after a title ("Đồng chí Lê Thị Thu Vân"), or a place's after its level ("Chi hội ấp
    # Xóm Mới", "xã Phú Lộc"): proper names written capitalised whole. A body's or an event's name is
    # written in sentence case ("Hội nghị Ban Chấp hành ..."): its capitalised run is no whole name.
    place = noun.lower().split()[-1] in _link_words(links) or re.match(rf"\s+(?:{links})\s", tail)
    return found if nfc(noun).lower() in _titles() or place else None


def _link_words(links: str) -> set[str]:
    return {w.lower() for w in links.split("|") if " " not in w}


def with_named(question: str, prev: str) -> str | None:
    """``question`` with its "<noun> <demonstrative>" replaced by the name ``prev`` wrote after that noun,
    or None when it has none or ``prev`` names nothing after the noun. The longer noun is tried first
    ("chi hội đó": "chi hội", then "hội"). Both strings as typed (NFC)."""
    question, prev = nfc(question), nfc(prev)
    pointing, links = _lexicon()
    for m in pointing.finditer(question):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            noun = " ".join(words[-k:])
            named = _named_after(prev, noun, links)
            if named is not None:
                start = m.start(1) + m.group(1).rfind(noun)
                return question[:start] + named + question[m.end() :]
    return None
