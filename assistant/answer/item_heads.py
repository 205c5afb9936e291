"""The item a figure is written for, in a list of items each with its own figures, told by the item's head.

A resolution on allowances lists its posts as dash items, each with a figure per level:

    - Chủ tịch Ủy ban bầu cử: cấp tỉnh: 3.300.000 đồng/người/tháng; cấp xã: 2.300.000 đồng/người/tháng.
    - Phó Chủ tịch, Ủy viên, Thư ký của Ủy ban bầu cử: cấp tỉnh: 3.000.000 ...; cấp xã: 2.100.000 ...

"Chủ tịch UBBC cấp xã ... bao nhiêu tiền một tháng?" names the level by the label right before the value
("cấp xã", ``figure_checks._label_before``) and the post by the item's head, the words before the item's first
colon. The clause holding the value ("cấp xã: 2.300.000 đồng/người/tháng") does not write the head, so
every item's value under that level read alike (library dev lib-n99-01: no first line). An item is the
one asked when one of its listed posts ("Phó Chủ tịch" | "Ủy viên" | "Thư ký của Ủy ban bầu cử") is written
whole, word for word, in the question (its content words; an abbreviation read as its expansion, an
everyday word as the directive's, ``lexicon.phrases.paraphrase_groups``): "Chủ tịch" of the deputy's item
is "Phó Chủ tịch", no post asked. A post only partly written ("Thư ký của Hội đồng giám khảo" for "Thư ký
Ban tổ chức") fits nothing.
"""

from __future__ import annotations

import re

from assistant.answer.terms import Terms, content_tokens
from assistant.lexicon.phrases import paraphrase_groups
from assistant.retrieve.sections import path_labels, question_labels
from assistant.text import abbreviations, bigrams, fold, listed_parts

# The start of a list item inside a sentence: a line break, or a dash / plus / bullet after a stop.
_ITEM_START_RE = re.compile(r"\n|(?:^|[.;:])\s*[-–+•]\s+")
# An item's own marker at its start ("- ", "a) ", "2. ").
_MARKER_RE = re.compile(r"^\s*(?:[-–+•]|\w{1,3}[.)])\s+")
# An item's head is a short phrase: a post, a level, a column's name (words).
HEAD_MAX_WORDS = 14
# A post is a phrase, not a lone syllable ("Chủ" / "tịch"): at least this many content tokens must fit.
HEAD_MIN_TOKENS = 2


def item_head(sentence: str, start: int) -> str:
    """The head of the list item holding the figure at ``start`` of ``sentence``: the words after the
    item's marker up to its first colon ("- Chủ tịch Ủy ban bầu cử: cấp tỉnh: ...; cấp xã: 2.300.000" ->
    "Chủ tịch Ủy ban bầu cử"); "" when the item writes no colon before the figure or its head is longer
    than ``HEAD_MAX_WORDS`` words."""
    before = sentence[:start]
    cut = 0
    for m in _ITEM_START_RE.finditer(before):
        cut = m.end()
    item = _MARKER_RE.sub("", before[cut:], count=1)
    if ":" not in item:
        return ""
    head = item.split(":", 1)[0].strip()
    return head if 0 < len(head.split()) <= HEAD_MAX_WORDS else ""


def question_readings(question: str, spelled: dict[str, str]) -> list[list[str]]:
    """The question's content tokens (folded) as written, and again with each abbreviation written out
    (the lexicon's, ``text.abbreviations``, or one the document spells, ``spelled``) and each everyday word
    read as the directives' word ("điều hành" -> "chủ trì")."""
    variants = [question]
    table = abbreviations()
    for m in re.finditer(r"(?<![\w/-])([A-ZĐ][A-ZĐa-z]{1,7})(?![\w/-])", question):
        token = m.group(1)
        expansion = spelled.get(token) or next(iter(table.get(fold(token), [])), None)
        if expansion and any(c.isupper() for c in token[1:]):
            variants = [re.sub(rf"(?<!\w){re.escape(token)}(?!\w)", expansion, v) for v in variants]
            variants = list(dict.fromkeys([question, *variants]))
    for group in paraphrase_groups(question):
        written, alternatives = group[0], group[1:]
        variants += [
            re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", alt, v, flags=re.IGNORECASE)
            for v in list(variants)
            for alt in alternatives
        ]
    return [content_tokens(v) for v in dict.fromkeys(variants)]


def _matches(part: list[str], reading: list[str]) -> list[int]:
    """Where ``part`` is written whole, in order, in ``reading`` (start indices)."""
    n = len(part)
    return [i for i in range(len(reading) - n + 1) if reading[i : i + n] == part]


def head_fits(heads: list[str], readings: list[list[str]]) -> list[int]:
    """For each item's head, how many content tokens of it name what the question asks: the largest of its
    listed posts written whole, in order, in one reading of the question (``question_readings``); 0 when
    none is, or the one written is shorter than ``HEAD_MIN_TOKENS``, or another item's post is written in
    the question over its first word ("Phó Chủ tịch HĐGK": "Chủ tịch Hội đồng giám khảo" is written there,
    inside the deputy's post asked)."""
    parts = [
        [toks for p in listed_parts(h) if len(toks := content_tokens(p)) >= HEAD_MIN_TOKENS] for h in heads
    ]
    fits = [0] * len(heads)
    for r in readings:
        spans = [(i, s, len(t)) for i, ps in enumerate(parts) for t in ps for s in _matches(t, r)]
        for i, s, n in spans:
            if any(j != i and s2 < s < s2 + n2 for j, s2, n2 in spans):
                continue  # the question's post starts before it, in another item's post
            fits[i] = max(fits[i], n)
    return fits


def with_spelled(terms: Terms, spelled: dict[str, str]) -> Terms:
    """``terms`` with each abbreviation the document spells (``text.initialled_phrases``) one concept with
    its expansion, as a known abbreviation is (``terms.question_terms``); the same object when none."""
    if not spelled:
        return terms
    keys = {fold(a).lower() for a in spelled}
    out = terms.without(keys)
    groups = list(out.groups)
    for abbr, phrase in spelled.items():
        toks = content_tokens(phrase)
        key = fold(abbr).lower()
        groups.append([(frozenset([key]), frozenset()), (frozenset(toks), frozenset(bigrams(toks)))])
    return Terms(
        unigrams=set(out.unigrams),
        bigrams=set(out.bigrams),
        numbers=set(out.numbers),
        vocab=out.vocab,
        groups=groups,
        ordinals=set(out.ordinals),
        months=out.months,
    )


def label_named(label: tuple[str, ...], terms: Terms) -> bool:
    """Whether every word of the label right before a value ("cấp xã", "chủ trì cuộc họp") is one the
    question writes, or one of the wordings of a concept it names (its paraphrase or abbreviation groups:
    "điều hành" / "chủ trì")."""
    named = set(terms.unigrams).union(*(uni for group in terms.groups for uni, _ in group))
    if len(label) > 1 and label[0] == "cap":
        # "cấp xã" is named by its level alone: "... ở xã được bồi dưỡng bao nhiêu?" (library3 dev
        # l3-mttq-10)
        label = label[1:]
    return bool(label) and set(label) <= named


# The title a division's heading line carries, or the line right under it, at most this many characters.
DIVISION_TITLE_CHARS = 200


def named_division_title(folded_question: str, section: str, folded_document: str) -> str:
    """The heading of the division of ``section`` (a citation's " › "-joined path) that the question names
    by its label ("Phụ lục I kê tổng cộng mấy trường ...?" of a sentence under "Phụ lục I"), with its title
    ("Phụ lục I" / "DANH SÁCH CÁC TRƯỜNG THAM GIA LÀM VIỆC ..."): the path element itself when it writes
    the title, else that label's heading line in the folded document and the line under it; "" when the
    question names no division of the path. A total the appendix states ("Danh sách có 09 trường ...")
    is described by that heading as a passage is by its document's subject line (library dev
    lib-rw03-04)."""
    asked = set(question_labels(folded_question))
    if not asked or not section:
        return ""
    for element in section.split(" › "):
        explicit, _ = path_labels([element])
        if not explicit & asked:
            continue
        label = fold(element).strip().lower()
        if len(label.split()) > 3:
            return label[:DIVISION_TITLE_CHARS]
        m = re.search(
            rf"(?m)^[ \t]*{re.escape(label)}(?!\w)[^\n]*\n\s*([^\n]{{1,{DIVISION_TITLE_CHARS}}})",
            folded_document.lower(),
        )
        return f"{label} {m.group(1)}" if m else label
    return ""
