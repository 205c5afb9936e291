"""What the time and place checks read of the event a question asks about (``answer.checks``): a time
stated by the event it waits for (``condition_quoted``), a procedure's topic and an event's name in their
wordings (``topic_wordings``, ``event_head``, ``names_event``), the level an event is held at (``levels``),
the year of an event counted by an ordinal (``ordinal_year_written``) and a plan's month items
(``month_items``).

In the answer step: ``answer.checks`` records the results in ``abstain.Evidence``; ``answer.plan`` reads
``event_head``.
"""

from __future__ import annotations

import re

from assistant.answer import act_words, render, times
from assistant.answer.citations import CitationBook
from assistant.answer.cited_context import in_context
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import (
    Terms,
    content_tokens,
    head_coverage,
    overlap,
    token_coverage,
    without_matter,
)
from assistant.corpus import Corpus
from assistant.index.lexical import counted_ordinals, round_match
from assistant.lexicon.levels import unit_alternation
from assistant.lexicon.months import item_months
from assistant.lexicon.phrases import event_kinds, head_event_kind, paraphrase_groups
from assistant.models import Document
from assistant.parse.tables import reading_text
from assistant.query import QueryInfo

# The share of the question's terms a quoted sentence stating a time by an event must cover (as the top
# hits' relevant sentences, ``relevant``).
CONDITION_MIN_OVERLAP = 0.35


def condition_quoted(info: QueryInfo, terms: Terms, book: CitationBook) -> bool:
    """Whether a quoted sentence about the question states its time by the event it waits for
    (``times.condition_clauses``), in the clause of what is asked: of the round the question names ("đợt
    2 ... sau khi nghiệm thu"; another round's condition, "đợt 1 là 50% khi hoàn thành phần móng", is not
    its time), else of the act it asks about ("Hội viên được cấp thẻ khi ..."). A question naming neither
    has nothing to tie a condition to."""
    action = act_words.action_phrase(info.asked_action, info.asked_object)
    if not terms.ordinals and not action:
        return False
    for c in book.citations:
        for a, b in split_sentences(c.quote):
            sentence = c.quote[a:b]
            if overlap(terms, sentence) < CONDITION_MIN_OVERLAP:
                continue
            for clause in times.condition_clauses(sentence):
                if terms.ordinals:
                    if round_match(clause, terms.ordinals):
                        return True
                elif act_words.writes(clause, action, variants=True):
                    return True
    return False


# The share of a procedure's topic ("kết nạp đảng viên mới") the cited passages must cover
# (``terms.head_coverage``: its first words, the act, weigh most). Half: a later word or two may be
# paraphrased ("người ra ứng cử" / "người ứng cử"), but passages missing the act are about another one.
TOPIC_MIN_COVERAGE = 0.5
# the words naming an event's kind ("tổng kết", "ra quân", "họp ban"), after its classifier
EVENT_HEAD_WORDS = 2


def ordinal_year_written(question: str, cited: list[tuple[tuple[str, ...], str]]) -> bool:
    """For a question asking the year of an event counted by an ordinal ("lần thứ VII", "đợt 2";
    ``counted_ordinals`` with Roman numbers): whether a clause of a cited text (``times.year_clauses``)
    writes that ordinal with a year, or writes a year and no round while what the text is about (``cited``:
    (its texts, its subject line and section)) names that ordinal. True when the question counts no round."""
    asked = set(counted_ordinals(question, roman=True))
    if not asked:
        return True
    for texts, about in cited:
        about_round = round_match(about, asked, roman=True)
        for clause in (c for t in texts for c in times.year_clauses(t)):
            own = round_match(clause, asked, roman=True)
            if own or (own is None and about_round):
                return True
    return False


def month_items(corpus: Corpus, doc_id: str) -> int:
    """How many lines of a document's passages open with a month label (``lexicon.months.item_months``), a
    table row read with its column names ("Tháng: 9; Nội dung: ...")."""
    doc = corpus.docs.get(doc_id)
    texts = [reading_text(doc, c.start, c.end) if doc else c.text for c in corpus.by_doc.get(doc_id, [])]
    return sum(1 for t in texts for line in t.split("\n") if item_months(line.strip()) is not None)


def topic_wordings(topic: str) -> list[str]:
    """A procedure's topic as written, then with each everyday word in the directives' words ("gia nhập
    Hội Nông dân" -> "kết nạp Hội Nông dân"; lexicon question_paraphrases)."""
    out = [topic]
    for written, *wordings in paraphrase_groups(topic):
        rx = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", re.IGNORECASE)
        out += [rx.sub(w, topic, count=1) for w in wordings]
    return list(dict.fromkeys(out))


# A level an event is held at, folded ("Lễ ra quân cấp tỉnh", "hội thi cấp cơ sở").
_LEVEL_RE = re.compile(
    rf"\bcap\s+({unit_alternation(centre=True)}|co so|toan quoc)\b(?!\s+hoi\b)"
)


# A gathering's noun that names no kind of event ("Hội nghị biểu dương ...", "Hội nghị tổng kết ..."): the
# kind is the words after it. Every conference of a document shares "hội nghị"; as the head it let the
# place of the Fatherland Front's review conference answer where the commendation conference of another
# document is held (trial 32 n08, p32).
_GATHERING = (("hoi", "nghi"), ("hoi", "thao"))


def event_head(subject: str) -> list[str]:
    """The head words of an event's name (``EVENT_HEAD_WORDS`` content words), after a gathering's noun
    that names no kind ("hội nghị") where the name goes on."""
    tokens = content_tokens(subject)
    for noun in _GATHERING:
        if tuple(tokens[: len(noun)]) == noun and len(tokens) > len(noun):
            tokens = tokens[len(noun) :]
            break
    return tokens[:EVENT_HEAD_WORDS]


ASKS_WHEN_WHERE_RE = re.compile(r"^\s*(?:when|where|what time|what date|which day|on what day)\b")


def levels(folded: str) -> set[str]:
    """The levels ("cấp huyện") a folded text names."""
    return set(_LEVEL_RE.findall(folded))


def names_event(subject: str, citation, docs: dict[str, Document]) -> bool:
    """Whether a cited passage, read in its context (``in_context``), names the event asked, in one of its
    wordings (``topic_wordings``): half its name's weighted adjacent pairs (``terms.head_coverage``), or
    every pair of what is left of the name once the words its document's matter writes are set aside
    (``terms.without_matter``): "Lễ ra quân chiến dịch cấp tỉnh" is "Lễ ra quân cấp tỉnh ..." of the plan
    "Kế hoạch tổ chức Chiến dịch ...", whose passages do not repeat the campaign (trial 27 q22). All of
    what is left: its head named with another qualifier ("Lễ ra quân cấp huyện") is another event."""
    context = in_context(citation, docs, opening=True)
    wordings = topic_wordings(subject) + _day_of(subject)
    if max(head_coverage(w, context) for w in wordings) >= TOPIC_MIN_COVERAGE:
        return True
    doc = docs.get(citation.doc.doc_id)
    matter = f"{render.subject_line(doc)} {render.opening_matter(doc)}"
    for w in wordings:
        own = without_matter(w, matter)
        if own != content_tokens(w) and token_coverage(own, context) >= 1.0:
            return True
    return False


_DAY_RE = re.compile(r"^\s*ngày\s+(\S+\s+\S+.*)$", re.IGNORECASE)


def _day_of(subject: str) -> list[str]:
    """The activity a day is named by, when its name opens with it ("Ngày hiến máu Giọt hồng tuổi trẻ" ->
    "hiến máu Giọt hồng tuổi trẻ"): a passage naming the activity ("Hiến máu tình nguyện "Giọt hồng tuổi
    trẻ" | ... | 22/3/2034", a plan's table row) names that day (trial 31 q21). Not "Ngày hội ...": a
    festival named by no activity of its own. [] otherwise."""
    m = _DAY_RE.match(subject)
    if not m:
        return []
    rest = m.group(1)
    kind = head_event_kind(rest)
    return [rest] if kind is not None and kind in event_kinds(" ".join(rest.split()[:2])) else []
