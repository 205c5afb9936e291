"""Whether a passage names another event than the one a question asks about, by the kinds of event named.

"Hội nghị tổng kết tổ chức ngày nào?" is not answered by "Hội nghị sơ kết 6 tháng tổ chức ngày 20/7": both
are "hội nghị", but "tổng kết" and "sơ kết" are two events; nor "Lễ khai mạc ... ngày nào?" by "Lễ phát
động ... ngày 15/02": both are "lễ". The words that only classify a gathering ("hội nghị", "họp", "lễ")
tell no event from another; the other kinds a question names (``lexicon.phrases.event_kinds``: "tổng
kết", "khai mạc", "hội thi" ...) must be written where the time or place is read. The same event named
another way ("buổi lễ phát động", "lễ ra quân phát động" of "Lễ phát động") names no such kind and is
not told apart (session 21 figures, kind 4).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from assistant.answer.terms import passage_terms, without_matter
from assistant.lexicon.phrases import event_kinds, paraphrase_pairs
from assistant.text import normalize


@cache
def _classifiers() -> frozenset[int]:
    """The kinds of the words that only classify a gathering ("hội nghị" / "họp", "lễ")."""
    return event_kinds("hội nghị") | event_kinds("lễ")


def asked_event_kinds(question: str) -> frozenset[int]:
    """The kinds of event a question names beyond a classifier ("tổng kết" of "Hội nghị tổng kết");
    empty for a question naming none, or typed without diacritics (``event_kinds``)."""
    return event_kinds(question) - _classifiers()


def names_other_event(question: str, text: str) -> bool:
    """Whether ``text`` (a sentence read with its section and subject line) names none of the kinds of
    event ``question`` asks beyond a classifier: True for "Hội nghị sơ kết ..." asked "Hội nghị tổng
    kết ...?", False when the question names no such kind."""
    asked = asked_event_kinds(question)
    return bool(asked) and not asked & event_kinds(text)


def name_wordings(name: str) -> list[str]:
    """An event's name as written, then without one word of a pair of paraphrases it writes both of ("Lễ
    ra quân phát động ..." -> "Lễ phát động ...", "Lễ ra quân ..."; ``phrases.json`` question_paraphrases:
    "ra quân" / "phát động" name one act), so that its head is read as a document writing one of them
    writes it."""
    low = normalize(name).lower()
    out = [name]
    for word, alternatives in paraphrase_pairs().items():
        if not _written(word, low) or not any(_written(a, low) for a in alternatives):
            continue
        dropped = re.sub(rf"(?<!\w){re.escape(word)}\s*(?!\w)", "", normalize(name), count=1, flags=re.I)
        out.append(re.sub(r"\s+", " ", dropped).strip())
    return list(dict.fromkeys(out))


def _written(word: str, low_text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low_text) is not None


def written_head(name: str, text: str, head_of: Callable[[str], list[str]], matter: str = "") -> list[str]:
    """The head words (``head_of``: ``checks.event_head``) of the wording of an event's ``name``
    (``name_wordings``) that ``text`` writes all of, else those of a wording less the runs its document's
    ``matter`` (subject line) writes (``terms.without_matter``: "Lễ ra quân Tháng Thanh niên" of the plan
    on "... Tháng Thanh niên năm 2027" is "Lễ ra quân ...", its passages do not repeat the month; trial 40
    e1), else those of the name as written; [] for no name."""
    if not name:
        return []
    wordings = name_wordings(name)
    heads = [head_of(w) for w in wordings]
    have = passage_terms(text)[0]
    if matter:
        heads += [head_of(" ".join(own)) for w in wordings if (own := without_matter(w, matter))]
    return next((h for h in heads if h and set(h) <= have), heads[0])


def inside_event_word(name: str, start: int) -> bool:
    """Whether a body's name found at ``start`` in an event's ``name`` opens with the last word of an event
    word written before it ("Ngày hội Phụ nữ khởi nghiệp xanh": "Hội Phụ nữ" found at "hội" of "Ngày hội",
    ``lexicon.phrases.event_kinds``): that is the event's name, not the body that holds it (newcomer trial
    43 q25). Read with diacritics; False without them."""
    head = name[:start]
    first = re.match(r"\s*\S+", name[start:])
    if first is None:
        return False
    return bool(event_kinds(f"{head}{first.group()}") - event_kinds(head))


# A meeting told by what it heard: "Ngày 18/9/2009, sau khi nghe Ban Dân vận Trung ương báo cáo Đề án ...,
# Bộ Chính trị đã thảo luận", the opening of a Kết luận or Thông báo kết luận, dates the session that
# heard the report without writing "họp" (library4 dev l4-party-34). Lower case, with diacritics.
_HEARD_REPORT_RE = re.compile(r"\bnghe\b[^.;:!?]{0,160}?\b(?:báo cáo|trình bày|tờ trình)\b")


def names_asked_kinds(question_kinds: frozenset[int], text: str) -> bool:
    """Whether ``text`` (a sentence read with its section and subject line, with diacritics) names one of
    the kinds of event ``question_kinds`` (``event_kinds`` of the question; non-empty) asks: a word of
    their groups, or, when the question asks a meeting only ("Bộ Chính trị họp nghe ... trình bày đề án
    vào ngày nào?"), an account of hearing a report ("sau khi nghe ... báo cáo ..."). A question naming
    another kind besides ("họp nghe tổng kết ...") still needs that kind written: a hearing names no
    review, congress or ceremony."""
    if question_kinds & event_kinds(text):
        return True
    meeting = event_kinds("họp")
    return question_kinds <= meeting and bool(_HEARD_REPORT_RE.search(normalize(text).lower()))
