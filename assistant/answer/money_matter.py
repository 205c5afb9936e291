"""What a money or rate question asks the sum for: its content words less the words that only ask for money
(``money_matter``: "hỗ trợ **mua đất**"), an English question's in the Vietnamese its glosses give
(``glossed_matter``), the named item ("**tiền đi lại**", ``money_item``), and how many sums a text writes
(``sums_written``); ``matter_words`` reads a text's words so.

In the answer step: ``answer.checks`` requires the quoted sentence writing the sum to be about it.
"""

from __future__ import annotations

import re

from assistant.answer.amount_asked import asked_amount, per_person
from assistant.answer.terms import Terms, fold
from assistant.lexicon.phrases import canonical_units, money_verb_variants
from assistant.lexicon.words import type_names
from assistant.text import TOKEN_RE, content_mask, has_diacritics, normalize, question_words

# The words of a money or rate question that only say a sum or a rate is asked, with their diacritics
# ("được hỗ trợ bao nhiêu tiền", "mức kinh phí dự trù", "tỷ lệ", "tổng cộng"): what is left names the act or
# the object the sum is for ("mua đất", "phạt", "nộp báo cáo trễ"). Phrases first, then single words;
# folded, "hỗ" is "hộ" (household), "dự" of "dự phòng" is no budget and "cấp" of "cấp xã" is a level, so
# they are compared as written. "Lãi suất" stays: a rate written for a loan is written with it, and a
# share of a condition ("thiệt hại từ 50%") is no interest rate.
_MONEY_PHRASES = (
    "hỗ trợ",
    "dự kiến",
    "thực hiện",
    "kinh phí",
    "dự trù",
    "dự toán",
    "bố trí",
    "số tiền",
    "tổng cộng",
    "tổng số",
    "tối đa",
    "tối thiểu",
    "ít nhất",
    "phần trăm",
    "phần nghìn",
    "tỷ lệ",
    "tỉ lệ",
    "toàn bộ",
)
_MONEY_WORDS = frozenset(
    "tiền mức đồng triệu tỷ tỉ nghìn ngàn chi trả trích nhận hưởng mỗi bị khoảng hết tốn giá tổng".split()
    # the classifiers before what a sum is counted per ("mỗi căn nhà": "40.000.000 đồng/nhà")
    + "căn chiếc ngôi tấm quyển cuốn bức".split()
    # a total asked ("cả xã hết bao nhiêu?", "toàn bộ kinh phí") and a purpose's mark ("để làm Ngày hội"):
    # what the sum is for is the words after them (trial 25 q12, q22)
    + "cả toàn để".split()
)
_MONEY_PHRASES_FOLDED = tuple(fold(p) for p in _MONEY_PHRASES)
# typed without diacritics, only the words no other word folds to ("muc" is also "mục", "nhan" "nhân",
# "dong" "động", "moi" "mới")
_MONEY_WORDS_FOLDED = frozenset("tien trieu ty ti nghin trich khoang het".split())


# A sum in đồng as documents write it, folded: "18.500.000 đồng", "3,2 tỷ đồng", "900 triệu", "500 nghìn"
_SUM_RE = re.compile(r"\d[\d.,]*\s*(?:(?:trieu|ty|nghin|ngan)\b(?:\s*dong\b)?|dong\b)")
_RATE_FIGURE_RE = re.compile(r"\d[\d.,]*\s*(?:%|‰|phan (?:tram|nghin)\b)")


def sums_written(question: str, text: str) -> int:
    """How many sums in đồng (or, for a rate question, how many rates) a text writes, whatever they are
    for: one is a document's budget, several price several cases."""
    asked = asked_amount(question)
    rx = _RATE_FIGURE_RE if asked is not None and asked[2] else _SUM_RE
    return len(rx.findall(fold(text)))


def matter_words(text: str, drop: frozenset[str] = frozenset()) -> list[str | None]:
    """The folded words of a text in order, None for each that only speaks of money (``_MONEY_PHRASES``,
    ``_MONEY_WORDS``), a function word, a number or one of ``drop``: what the text says a sum is for."""
    words = TOKEN_RE.findall(normalize(text))
    accented = has_diacritics(text)
    keep = content_mask(words, accented, question_words())
    seen = [w.lower() for w in words] if accented else [fold(w) for w in words]
    phrases = _MONEY_PHRASES if accented else _MONEY_PHRASES_FOLDED
    for i in range(len(seen) - 1):
        if f"{seen[i]} {seen[i + 1]}" in phrases:
            keep[i] = keep[i + 1] = False
    single = _MONEY_WORDS if accented else _MONEY_WORDS_FOLDED
    kept: list[str | None] = []
    for w, k, x in zip(words, keep, seen, strict=True):
        f = fold(w)
        ok = k and x not in single and not any(c.isdigit() for c in w) and len(w) > 1 and f not in drop
        kept.append(f if ok else None)
    return kept


# A sum asked for a named item: "hỗ trợ **tiền đi lại** bao nhiêu?", "**kinh phí tổ chức hội thi** là bao
# nhiêu?", "được **hỗ trợ mua giống** bao nhiêu?" (folded): the words after the money noun, up to the words
# that end it (the question word, a verb of being or receiving, a preposition, a purpose "để ...", which
# the matter's words check, a bound, a year).
# "hỗ trợ" after "quỹ" names the fund ("quỹ hỗ trợ nông dân", however typed: lower case or without
# tones, where the capital that marks "Quỹ Hỗ trợ nông dân" as a name is lost; trial 46 q20), no item.
_ITEM_NOUN_RE = re.compile(r"\b(?:tien|kinh phi|chi phi|(?<!\bquy )ho tro)\s+")
_ITEM_END_RE = re.compile(
    r"\b(?:bao nhieu|may|la|duoc|se|phai|cho|cua|de|moi|o|tai|tu|theo|trong|nam|thang|toi da|toi thieu|"
    r"nhieu nhat|it nhat|khoang|tong cong|tong|het|doi voi|voi|nhu the nao|ra sao)\b|[?,.;:]"
)
# the most words an item keeps: its head and what it applies to ("tổ chức ngày hội"); the rest is context
ITEM_MAX_WORDS = 4


def money_item(question: str, drop: frozenset[str] = frozenset()) -> str:
    """The item a money question names its sum for, folded ("tiền đi lại" -> "di lai", "kinh phí tổ chức
    ngày hội" -> "to chuc ngay hoi"), its money words and ``drop`` (the document's or places' words) left
    out; "" when it names none ("được hỗ trợ bao nhiêu tiền?"). A sum written for another item ("quà tặng,
    mỗi suất 150.000 đồng" asked the travel money) is not its sum."""
    folded = fold(question)
    for m in _ITEM_NOUN_RE.finditer(folded):
        if len(folded) == len(question) and question[m.start()].isupper():
            continue  # "Quỹ Hỗ trợ nông dân": a name, not a sum's item
        rest = folded[m.end() :]
        end = _ITEM_END_RE.search(rest)
        span = rest[: end.start()] if end else rest
        # the words as typed (fold keeps one character for one), so that money words are read with tones
        typed = question[m.end() : m.end() + len(span)] if len(fold(question)) == len(question) else span
        kept = matter_words(typed, drop)
        # a money word between the item's words is part of its name ("mua **giá** sách": a bookshelf, not
        # a price): the item keeps it, so that its words stay the pairs the document writes (only those
        # at its edges, "chi phí", "mức", only speak of money)
        inner = [i for i, w in enumerate(kept) if w]
        toks = TOKEN_RE.findall(normalize(typed))
        words = (
            [kept[i] or fold(toks[i]) for i in range(inner[0], inner[-1] + 1) if not toks[i].isdigit()]
            if inner and len(toks) == len(kept)
            else [w for w in kept if w]
        )
        if any(" ".join(words[:n]) in type_names() for n in (1, 2, 3)):
            continue  # "kinh phí thực hiện Kế hoạch 40": the document's whole budget, named by the document
        if words:
            return " ".join(words[:ITEM_MAX_WORDS])
    return ""


def _pairs(words: list[str]) -> list[str]:
    """The bigram keys ("a_b") of adjacent words."""
    return [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def glossed_matter(glosses: list[list[str]], drop: frozenset[str] = frozenset()) -> Terms | None:
    """What an English money question asks the sum for, in the Vietnamese its glosses give (``glosses``:
    ``QueryInfo.english_glosses``, one list per English word): each word's first rendering as the terms a
    Vietnamese twin would write ("sidewalk renovation project" -> "vỉa hè", "chỉnh trang", "dự án"), and
    each word's renderings as one concept (``Terms.groups``: "công trình" written for "dự án" counts;
    ``sum_checks._matter_read`` counts the concepts written). A word
    one of whose renderings only speaks of money ("budget" -> "kinh phí") or names ``drop`` asks the sum,
    no matter of it. None when no word is left."""
    first: list[str] = []
    pairs: set[str] = set()
    groups: list[list[tuple[frozenset[str], frozenset[str]]]] = []
    for group in glosses:
        words = [[w for w in matter_words(t, drop) if w] for t in group]
        if not group or not all(words):
            continue
        first += words[0]
        pairs.update(_pairs(words[0]))
        groups.append([(frozenset(w), frozenset(_pairs(w))) for w in words])
    if not first:
        return None
    return Terms(unigrams=set(first), bigrams=pairs, groups=groups)


def money_matter(
    question: str,
    drop: frozenset[str] = frozenset(),
    english: bool | None = None,
    glosses: list[list[str]] | None = None,
) -> Terms | None:
    """The terms of what a money or rate question asks the sum for: its content words less the words
    that only ask for money (``_MONEY_WORDS``), numbers and ``drop`` (folded words naming its document or
    places), as unigrams and the bigrams of words adjacent in the question; None when the question asks no
    sum nor rate, or names nothing else (``english``: the question's language as detected, by default as
    ``asked_amount`` tells it). An English question's matter is read from its ``glosses``
    (``glossed_matter``; None without them): unchecked, the quarter's budget revenue answered "What is the
    budget of the ... sidewalk renovation project?" that its Vietnamese twin abstains on (trial 38 u06)."""
    asked = asked_amount(question)
    if asked is None:
        return None
    unit, percent = asked[0], asked[2]
    english = asked[1] if english is None else english
    money = unit[:1] == ["tien"] or bool(set(unit) & {"dong", "trieu", "ty", "nghin"}) or asked[6] is not None
    if not (money or percent):
        return None
    if english:
        return glossed_matter(glosses or [], drop)
    noun = asked[6]
    if noun and money_verb_variants(noun):
        # the verb giving the sum ("được xã cấp bao nhiêu tiền") is checked by ``amount_supported`` with its
        # variants ("được hỗ trợ 3.000.000 đồng"): it is no matter of its own
        drop = drop | frozenset(noun.split())
    # the people it is paid per ("mỗi gương mặt"): ``amount_supported`` reads any noun for them, no matter
    # of the sum (trial 32 p09: "Mỗi cá nhân được ... tiền thưởng 5.000.000 đồng")
    drop = drop | frozenset((per_person(question) or "").split())
    kept = matter_words(canonical_units(question), drop)  # "hecta" is the "ha" documents write
    uni = {w for w in kept if w}
    if not uni:
        return None
    pairs = {f"{a}_{b}" for a, b in zip(kept, kept[1:], strict=False) if a and b}
    return Terms(unigrams=uni, bigrams=pairs)
