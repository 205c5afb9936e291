"""The subject is well matched but the ASKED FIELD is not written for it: no neighbour's value answers.

Newcomer trial 47: the quotes were about the right thing, but the field asked was written only for something
beside it, and the answer gave that instead (a first line, or quotes read as one):

- a count of a whole ("Hội Cựu chiến binh xã có bao nhiêu hội viên?", ``query.count_asks``) read from a
  share of the unit or a target ("2. Phấn đấu 85% hội viên đạt danh hiệu ..." under "II. CHỈ TIÊU"; P1 gave
  "Số liệu: 85% hội viên", u04 quoted it): a share counts a part, a target is not what the body has;
- an event's place ("Hội nghị tổng kết phong trào ... tổ chức ở đâu?") read from a sentence that names
  another event ("Tổ chức Lễ phát động phong trào tại Hội trường ...") in a passage that also names the
  event asked with its time only (u02): a place written in a sentence naming other events is theirs.

The checks here say whether the quotes write the field for the thing asked; ``checks.run_checks`` turns a
"no" into an abstention (``amount_not_found``, ``fact_not_found``) and ``plan_quote_lead`` drops such a
figure from the first line. Read folded (``assistant.text.fold``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.answer.amount_mentions import amount_supported
from assistant.answer.figure_reading import _masked, figures_in
from assistant.answer.sentences import split_sentences
from assistant.lexicon.phrases import event_kinds
from assistant.text import fold

# a share of the unit: "85% hội viên", "90 phần trăm số hộ" (folded)
_SHARE_RE = re.compile(r"%|‰|\bphan (?:tram|nghin)\b")
# a target before the figure in its sentence, or its section's heading: "Phấn đấu 85% ...", "Chỉ tiêu: ...",
# "II. CHỈ TIÊU", "Mục tiêu cụ thể" (folded)
_TARGET_RE = re.compile(r"\b(?:phan dau|chi tieu|muc tieu)\b")
# a number with its share sign, if any (folded, dates and labels masked)
_NUMBER_RE = re.compile(r"\d[\d.,]*\s*(?:%|‰|phan tram\b|phan nghin\b)?")


def share_or_target(sentence: str, start: int, end: int, section: str = "") -> bool:
    """Whether the figure ``sentence[start:end]`` is a share of its unit or a target (module doc): a "%" or
    "phần trăm" in it, or a target word before it in its sentence or in its ``section`` heading."""
    return bool(
        _SHARE_RE.search(fold(sentence[start:end]))
        or _TARGET_RE.search(fold(sentence[:start]))
        or _TARGET_RE.search(fold(section))
    )


def only_shares_or_targets(question: str, passages: Iterable[tuple[str, str]]) -> bool:
    """Whether the ``passages`` ((text, its section heading) pairs, the quotes as read) write figures of the
    unit ``question`` asks (``figure_reading.figures_in``) and every one is a share or a target
    (``share_or_target``). False when they write none: the amount check decides that case."""
    found = False
    for text, section in passages:
        for a, b in split_sentences(text):
            sentence = text[a:b]
            spans = figures_in(question, sentence)
            if not spans and amount_supported(question, [sentence]):
                # the amount check reads a count this reading does not ("85% hội viên" for "how many
                # members", a count of people read from any number before the noun): every number of the
                # sentence, dates and labels aside, is one of its figures
                spans = [m.span() for m in _NUMBER_RE.finditer(_masked(sentence))]
            for start, end in spans:
                if not share_or_target(sentence, start, end, section):
                    return False
                found = True
    return found


def share_or_target_line(question: str, lines: list[str], quote: str, section: str = "") -> bool:
    """Whether a figure first line (``["Số liệu: 85% hội viên [1]"]``, read from ``quote`` under
    ``section``) gives a share or a target: its value carries a "%" or is written in ``quote`` after a target
    word (``share_or_target``). False for no line."""
    if not lines:
        return False
    value = re.sub(r"\s*\[\d+\]\s*$", "", lines[0].split(": ", 1)[-1]).strip()
    if _SHARE_RE.search(fold(value)):
        return True
    for a, b in split_sentences(quote):
        sentence = quote[a:b]
        for start, end in figures_in(question, sentence):
            if fold(sentence[start:end]) in fold(value) or fold(value) in fold(sentence[start:end]):
                if share_or_target(sentence, start, end, section):
                    return True
    return False


def other_event_place(sentence: str, event_subject: str) -> bool:
    """Whether ``sentence``, writing a place, names only events of other kinds than the one asked
    (``event_subject``, "Hội nghị tổng kết phong trào ...", with the classifier that opens its name where the
    question writes one: "Lễ trao giải cuộc thi ..." is a "lễ" as well as a "cuộc thi"; kinds by
    ``lexicon.phrases.event_kinds``): the
    place is theirs ("Tổ chức Lễ phát động ... tại Hội trường ..." for the review conference). False when it
    names no event (a "Địa điểm:" field under the event's heading) or the asked one's kind ("Ban Thường vụ
    họp" for a "Hội nghị")."""
    asked = event_kinds(event_subject)
    written = event_kinds(sentence)
    return bool(asked) and bool(written) and not written & asked


def placed_for_event(placed: Callable[[str], bool], event_subject: str) -> Callable[[str], bool]:
    """``placed`` (a sentence -> does it write a place, ``mentions.place_writer``) that no longer counts a
    sentence naming only other events (``other_event_place``)."""
    return lambda s: placed(s) and not other_event_place(s, event_subject)


# the words of a place or a time asked, glossed from English ("địa điểm", "tại", "tổ chức"), folded: no
# matter of an event
_ASKING_GLOSS = frozenset("dia diem tai to chuc thoi gian ngay thoi diem vao luc".split())


def other_matter_event(english_terms: list[str], events: list[str], first: str, retrieved: list[str]) -> bool:
    """Whether the first quote names the event asked in English by its kind only, of another matter: its
    context (``first``, folded, with its section and document subject) writes none of the question's glossed
    matter words (``english_terms`` less the event's own words, ``events``: its folded Vietnamese names, and
    the asking ones), while a ``retrieved`` passage (folded, with its heading and document subject) writes an
    event name and one of them. False with no matter words."""
    event_words = {w for e in events for w in e.split()}
    matter = [fold(t) for t in english_terms if not set(fold(t).split()) <= event_words | _ASKING_GLOSS]
    if not matter or not any(e in first for e in events):
        return False

    def writes(text: str) -> bool:
        return any(re.search(rf"\b{re.escape(m)}\b", text) for m in matter)

    return not writes(first) and any(writes(t) and any(e in t for e in events) for t in retrieved)
