"""Content terms of questions and passages, shared by sentence scoring, abstention and the grounding guard.

Everything is compared in the folded form (``assistant.text.fold``: no diacritics, lower case) so that an
accent-less question matches accented text, and stop words of questions ("phải làm gì", "là bao nhiêu",
"what must ... do") never count as evidence. Bigrams stand in for Vietnamese word segmentation: "phụ nữ"
as a bigram is far stronger evidence than "phụ" and "nữ" apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

from assistant.index.lexical import counted_ordinals
from assistant.lexicon.months import asked_months
from assistant.lexicon.phrases import canonical_units
from assistant.text import (
    TOKEN_RE,
    abbreviations,
    bigrams,
    content_mask,
    day_keys,
    days_written,
    fold,
    has_diacritics,
    normalize,
    question_words,
)
from assistant.text.abbrevs import _ABBR_RE

# Question and function words that say nothing about the topic. Kept short on purpose: domain words such
# as "nhiệm vụ" or "thời hạn" are *not* here, because they do select passages. Vietnamese ones are listed
# with their diacritics (``text.question_words``) and matched with them on text that has diacritics: folded,
# "đang" is "Đảng", "có" is "cơ", "vậy" is "vay", "bạn" is "Ban", "làm" is "Lâm". Text typed without
# diacritics can only be matched folded. English ones count only on words without diacritics ("the" is
# also "thể", "to" "tổ", "it" "ít"); the rule is ``text.content_mask``.
_STOP_EN = frozenset(
    """
    the a an of to in on for what who which when where how is are was were be been must should do does did
    by under with and or this that these those it its as at from about please tell me any there their
    has have had will would can could according document documents say says said
    """.split()
)
STOPWORDS = frozenset({fold(w) for w in question_words()} | _STOP_EN)  # folded: for text without diacritics

_WORD_RE = TOKEN_RE
NUMBER_RE = re.compile(r"\d+(?:[./,-]\d+)*")


def tokens(text: str) -> list[str]:
    """Folded tokens of a text (numbers kept whole: ``08/12/2009``, ``55%`` -> ``55``)."""
    return _WORD_RE.findall(fold(text))


class Vocabulary:
    """Inverse document frequencies of folded unigrams and bigrams over the indexed chunks.

    Without weights "mặt trận", "kết luận" and "thực hiện" (in nearly every chunk) count as much as
    "tổng kết" or "tỷ đồng", and the sentence that repeats the common words wins. Terms never seen in
    the corpus get the highest weight, so a question about them covers little and abstains.
    """

    def __init__(self, texts: list[str]):
        self.n = len(texts)
        self.df: dict[str, int] = {}
        for text in texts:
            toks = tokens(text)
            for t in set(toks) | set(bigrams(toks)):
                self.df[t] = self.df.get(t, 0) + 1
        # computed once: ``overlap`` asks the same question terms' weights for every sentence it scores
        # (~690k calls over the 187 library questions, ~15% of answer planning)
        self._idf = {t: math.log((self.n + 1) / (d + 1)) + 1.0 for t, d in self.df.items()}
        self._unseen = math.log((self.n + 1) / (0 + 1)) + 1.0

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._unseen)

    def idfs(self, terms: Iterable[str]) -> Iterator[float]:
        """``idf`` of each term, without a Python call per term (``overlap`` runs per sentence)."""
        return map(self._idf.get, terms, repeat(self._unseen))


@dataclass
class Terms:
    """The content terms of a question: folded unigrams, folded bigrams, numbers, optional IDF weights."""

    unigrams: set[str] = field(default_factory=set)
    bigrams: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    vocab: Vocabulary | None = None
    # Concepts satisfied by any one of several phrasings: the aliases of an organisation the question
    # names ("Hội LHPN" / "Hội phụ nữ" / ...). Each group counts once, by its best-covered alias.
    groups: list[list[tuple[frozenset[str], frozenset[str]]]] = field(default_factory=list)
    # Ordinals with their counting word ("vòng hiệp thương thứ hai" -> "lan_ord2", see
    # ``index.lexical.counted_ordinals``): the round asked, told from the plan's other rounds.
    ordinals: set[str] = field(default_factory=set)
    # The months the question asks about ("Tháng 9 ... làm gì?", ``lexicon.months.asked_months``): the
    # schedule item of that month, told from the other months' items.
    months: frozenset[int] = frozenset()
    # The question's folded words and pairs in the order it writes them: the sets above iterate in an
    # order that changes from one process to the next (string hashing), so a rule reading terms in a row
    # reads ``in_order`` (``retrieve.echo.quote_naming``).
    order: tuple[str, ...] = ()

    def in_order(self) -> list[str]:
        """The unigrams and bigrams in the question's order (``order``), any others after them sorted."""
        at = {t: i for i, t in enumerate(self.order)}
        return sorted([*self.unigrams, *self.bigrams], key=lambda t: (at.get(t, len(at)), t))

    def numbers_keys(self) -> set[str]:
        """The question's numbers in the comparable form of ``numbers_in``."""
        return {_num_key(n) for n in self.numbers}

    def weight(self, term: str) -> float:
        return self.vocab.idf(term) if self.vocab is not None else 1.0

    def weights(self, terms: Iterable[str]) -> Iterator[float]:
        """``weight`` of each term."""
        return self.vocab.idfs(terms) if self.vocab is not None else (1.0 for _ in terms)

    def __bool__(self) -> bool:
        return bool(self.unigrams)

    def without(self, words: set[str], keep_mixed: bool = False) -> Terms:
        """A copy without these folded words and the bigrams holding them: the words that only name the
        question's document ("Theo kế hoạch bầu cử của Mặt trận xã, ...") say which document, not which
        of its passages, and would favour its opening sentence that repeats them. ``keep_mixed``: a bigram
        with a word outside them stays ("tổ trưởng" when "tổ" is of the name "Tổ tiếp công dân")."""
        if not words or not (self.unigrams & words):
            return self
        return Terms(
            unigrams=self.unigrams - words,
            bigrams={
                b
                for b in self.bigrams
                if not (set(b.split("_")) <= words if keep_mixed else set(b.split("_")) & words)
            },
            numbers=set(self.numbers),
            vocab=self.vocab,
            # a body named only inside those words ("Nghị quyết ... về hỗ trợ cán bộ Mặt trận thôn") goes too
            groups=[g for g in self.groups if not any(a_u and a_u <= words for a_u, _ in g)],
            ordinals=set(self.ordinals),
            months=self.months,
            order=self.order,
        )


# Two-syllable question words that ask *what kind* of fact is wanted ("thời hạn", "hạn chót") rather
# than name the topic; as evidence they would favour any sentence that happens to say "thời hạn".
_QUESTION_PAIRS = {("thoi", "han"), ("han", "chot"), ("thoi", "diem"), ("ngay", "thang")}
# Generic nouns for a body or a person that, before "nào", ask which one ("giao cơ quan nào?").
_ASKED_KINDS = {("co", "quan"), ("don", "vi"), ("to", "chuc"), ("bo", "phan"), ("ca", "nhan")}


def content_tokens(text: str) -> list[str]:
    """Folded tokens minus stop words, one-letter tokens and question-word pairs ("thời hạn", "cơ quan
    nào"); stop words are matched with diacritics when the text has them (see ``STOPWORDS``)."""
    words = _WORD_RE.findall(normalize(text))
    keep = content_mask(words, has_diacritics(text), question_words(), _STOP_EN)
    folded = [fold(w) for w in words]
    drop = {i for i, w in enumerate(words) if not keep[i] or (len(w) < 2 and not w.isdigit())}
    for i in range(len(folded) - 1):
        pair = (folded[i], folded[i + 1])
        # "cơ quan nào", "đơn vị nào": the kind of answer asked for, not the topic
        if pair in _QUESTION_PAIRS or (pair in _ASKED_KINDS and folded[i + 2 : i + 3] == ["nao"]):
            drop.update((i, i + 1))
    return [t for i, t in enumerate(folded) if i not in drop]


_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3}
# An English ordinal before the gathering or phase it counts ("the second consultative conference", "the
# third phase"): the round asked, as "lần thứ hai" / "đợt 3" in a Vietnamese question (``counted_ordinals``)
_EN_COUNTED_RE = re.compile(
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd)\s+(?:[a-z-]+\s+){0,2}?"
    r"(conference|meeting|round|consultation|session|phase|drive|wave|batch)s?\b"
)
_EN_COUNTERS = {"phase": "dot", "drive": "dot", "wave": "dot", "batch": "dot"}


def english_ordinals(question: str) -> list[str]:
    """Counted ordinals of an English question in ``counted_ordinals``' form ("lan_ord2" for "the second
    consultative conference", "dot_ord3" for "the third phase")."""
    return [
        f"{_EN_COUNTERS.get(m.group(2), 'lan')}_ord{_EN_ORDINALS[m.group(1)]}"
        for m in _EN_COUNTED_RE.finditer(question.lower())
    ]


def question_terms(
    question: str,
    expansions: list[str] | None = None,
    vocab: Vocabulary | None = None,
    english: bool = False,
    alternatives: list[list[str]] | None = None,
    synonyms: list[list[str]] | None = None,
) -> Terms:
    """Terms of a question plus its expansions (abbreviations, glossary terms for English), all folded.

    For an English question (``english=True``) only the Vietnamese expansions and numbers count: the
    English words themselves never occur in the documents and would only dilute coverage.
    ``alternatives`` are groups of interchangeable names (an organisation's aliases, from
    ``QueryInfo.org_terms``); each group is one concept (see ``Terms.groups``). ``synonyms``: [word as the
    question writes it, the documents' wordings...] (``lexicon.phrases.paraphrase_groups``): the word
    leaves the plain terms and the group is one concept ("mời" or "triệu tập").
    """
    # An abbreviation and its expansions are one concept ("HLHPN" = "Hội Liên hiệp Phụ nữ Việt Nam"):
    # a group, so that the expansion's many syllables do not outweigh the rest of the question.
    table = abbreviations()
    abbr_groups: list[list[str]] = []
    # a unit spelled in words is its symbol ("mét vuông" -> "m²"), as passages are read (``passage_terms``)
    question = canonical_units(question)
    plain = question
    for m in _ABBR_RE.finditer(question):
        key = fold(m.group(1))
        if key in table and any(c.isupper() for c in m.group(1)[1:]):
            abbr_groups.append([m.group(1), *table[key]])
            plain = plain.replace(m.group(1), " ")
    for group in synonyms or []:
        plain = re.sub(rf"(?<!\w){re.escape(group[0])}(?!\w)", " ", plain, flags=re.IGNORECASE)
        abbr_groups.append(group)
    expanded_all = {x for g in abbr_groups for x in g[1:]}
    extra = [e for e in (expansions or []) if e not in expanded_all]
    ordinals = set(counted_ordinals(question)) | (set(english_ordinals(question)) if english else set())
    t = Terms(vocab=vocab, ordinals=ordinals, months=asked_months(question))
    pieces = [*extra, " ".join(NUMBER_RE.findall(question))] if english else [plain, *extra]
    alternatives = list(alternatives or []) + abbr_groups
    written: list[str] = []
    for piece in pieces:  # Vietnamese: the question, or the glossary's renderings of an English one
        # a day the question writes in figures counts in its comparable form ("05/6/2025" -> "5/6/2025")
        toks = [(day_keys(x) or [x])[0] for x in content_tokens(piece)]
        # a month's figure ("tháng 9") is no count: alone it would match "9 chi hội"; "thang_9" stays
        months = {i for i in range(1, len(toks)) if t.months and toks[i - 1] == "thang" and toks[i].isdigit()}
        t.unigrams.update(x for i, x in enumerate(toks) if i not in months)
        t.bigrams.update(bigrams(toks))
        t.numbers.update(x for x in toks if NUMBER_RE.fullmatch(x))
        for i, x in enumerate(toks):  # each word, then the pair it opens
            written += [x, *bigrams(toks[i : i + 2])]
    t.order = tuple(dict.fromkeys(written))
    for group in alternatives or []:
        alts = []
        for name in group:
            toks = content_tokens(name)
            if toks:
                alts.append((frozenset(toks), frozenset(bigrams(toks))))
        if alts:
            t.groups.append(alts)
    return t


@lru_cache(maxsize=8192)
def passage_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Folded unigram and bigram sets of a passage (all tokens: stop words too, for bigram continuity),
    with each day it writes in its comparable form too (``text.days_written``).

    A unit spelled in words counts as its symbol too ("mét vuông" also reads "m²",
    ``lexicon.phrases.canonical_units``), as questions are read.

    Cached: the same chunk sentences are scored for every question, and folding dominates the cost."""
    toks = tokens(text)
    grams = bigrams(toks)
    canon = canonical_units(text)
    if canon != text:
        units = tokens(canon)
        toks, grams = toks + units, grams + bigrams(units)
    return frozenset(toks).union(days_written(toks)), frozenset(grams)


def _share(have: frozenset[str], of: frozenset[str], terms: Terms) -> float:
    """Weighted share of ``of`` found in ``have`` (exact sums, see ``overlap``)."""
    return math.fsum(terms.weights(have)) / max(1e-9, math.fsum(terms.weights(of)))


def overlap(terms: Terms, text: str) -> float:
    """How much of the question the text covers, in [0, 1]: unigram coverage plus bigram coverage.

    Sums over term sets use ``math.fsum``, exact whatever order a set iterates in (str hashes differ per
    process), so a tie between two sentences breaks the same way on every run."""
    if not terms.unigrams and not terms.groups:
        return 0.0
    uni, bi = passage_terms(text)
    w = terms.weights
    u_have = math.fsum(w(terms.unigrams & uni))
    u_all = math.fsum(w(terms.unigrams))
    b_have = math.fsum(w(terms.bigrams & bi))
    b_all = math.fsum(w(terms.bigrams))
    for alts in terms.groups:  # one concept: the best-covered alias, weighted like an average term
        g_u = max(_share(a_u & uni, a_u, terms) for a_u, _ in alts)
        g_b = max(_share(a_b & bi, a_b, terms) if a_b else g_u for _, a_b in alts)
        unit = 2 * (u_all / len(terms.unigrams) if terms.unigrams else 1.0)
        u_have, u_all = u_have + g_u * unit, u_all + unit
        b_have, b_all = b_have + g_b * unit, b_all + unit
    u = u_have / u_all if u_all else 0.0
    if not b_all:
        return u
    return 0.6 * u + 0.4 * b_have / b_all


def head_coverage(phrase: str, text: str) -> float:
    """How much of a short phrase a text covers, in [0, 1], its first words counting most.

    Vietnamese phrases are head-initial ("giải thể | chi hội | cựu chiến binh": the act, then what it
    applies to), so content token i weighs 1 / (i + 1); the score is the weighted share of adjacent pairs
    written (a syllable alone proves little: "kết" of "kết quả" is not "kết nạp"), of the token for a
    one-word phrase. An abbreviation ("HĐND") is written when it or all the syllables of one of its
    expansions are. Used for a procedure's topic (``answer.checks``)."""
    return token_coverage(content_tokens(phrase), text)


def token_coverage(toks: list[str], text: str) -> float:
    """``head_coverage`` of a phrase's content tokens (folded, in order)."""
    if not toks:
        return 1.0
    uni, bi = passage_terms(text)
    table = abbreviations()

    def written(tok: str) -> bool:
        return tok in uni or any(set(tokens(e)) <= uni for e in table.get(tok, ()))

    weights = [1.0 / (i + 1) for i in range(len(toks))]
    have = [written(t) for t in toks]
    if len(toks) == 1:
        return 1.0 if have[0] else 0.0
    pairs = list(zip(toks, toks[1:], strict=False))
    pair_ok = [
        f"{a}_{b}" in bi or (have[i] and have[i + 1] and (a in table or b in table))
        for i, (a, b) in enumerate(pairs)
    ]
    pair_w = weights[: len(pairs)]
    return math.fsum(w for w, ok in zip(pair_w, pair_ok, strict=True) if ok) / math.fsum(pair_w)


def writes_head(text: str, head: list[str]) -> bool:
    """Whether ``text`` writes an event name's head words (``answer.checks.event_head``: "tổng kết" of
    "Hội nghị tổng kết ..."), its first two as one phrase ("số" of an address is no "sơ" of "sơ kết")."""
    uni, bi = passage_terms(text)
    return set(head) <= uni and (len(head) < 2 or "_".join(head[:2]) in bi)


def without_matter(phrase: str, matter: str) -> list[str]:
    """A name's content tokens less the runs of two or more that ``matter`` writes as adjacent pairs, its
    first token (the head) always kept: "ra quân **chiến dịch** cấp tỉnh" in a plan whose subject line is
    "Kế hoạch tổ chức Chiến dịch ..." -> ["quan", "cap", "tinh"]. A document's matter is what every passage
    of it is about; a passage names an event of it without repeating it ("Lễ ra quân cấp tỉnh ...").
    The tokens unchanged when the matter writes no pair of them."""
    toks = content_tokens(phrase)
    # its pairs over all its words and over its content words (a stop word between them skipped)
    uni, bi = passage_terms(matter)
    bi |= frozenset(bigrams(content_tokens(matter)))
    drop: set[int] = set()
    for i in range(1, len(toks) - 1):
        if f"{toks[i]}_{toks[i + 1]}" in bi:
            drop.update((i, i + 1))
    # a number the matter writes beside such a run, a gap aside ("tình nguyện hè 2032" of "... hè năm 2032")
    for i, t in enumerate(toks):
        if i and t.isdigit() and t in uni and (i - 1 in drop or i + 1 in drop):
            drop.add(i)
    return [t for i, t in enumerate(toks) if i not in drop]


def numbers_in(text: str) -> set[str]:
    """Numbers and dates written in a text, in a comparable form (``01`` and ``1`` agree)."""
    out = set()
    for m in NUMBER_RE.findall(text):
        out.add(_num_key(m))
    return out


def _num_key(raw: str) -> str:
    parts = re.split(r"[./,-]", raw)
    return "/".join(p.lstrip("0") or "0" for p in parts)


# Where a question asking several things is cut into its parts (folded): a comma or semicolon, "và", "còn",
# English "and" ("kết nạp mới bao nhiêu hội viên, tăng bao nhiêu so với cùng kỳ?", "tối đa bao nhiêu và cần
# hồ sơ gì?", "When and where is ... held?": trial 31 q42).
# A question's parts: cut at a comma, "và", "còn", and between two question phrases typed without a comma
# ("... tổ chức lúc nào ở đâu", as a question without diacritics often is): the one before asks one part,
# the one after another
_PART_CUT_RE = re.compile(
    r"\s*[,;]\s*|\s+(?:va|con|and)\s+"
    r"|(?<=nao|gio)\s+(?=(?:o|tai) (?:dau|noi nao)\b)"
    r"|(?<=dau)\s+(?=(?:(?:luc|khi|ngay|hom|thang) nao|bao gio|may gio)\b)"
)


def question_parts(folded_question: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a folded question between the cuts of ``_PART_CUT_RE`` (empty parts
    included; the caller keeps those asking something)."""
    cuts = [0, *(x for m in _PART_CUT_RE.finditer(folded_question) for x in m.span()), len(folded_question)]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def title_phrase_words(terms: Terms, title: str) -> set[str]:
    """The words of a question's terms (its adjacent pairs) that a document's subject line or opening
    writes as the same pairs: a phrase naming what the document is about ("ngày hội", "đại đoàn kết"), not
    a word met by chance ("hội" of "hội diễn" in "Ngày hội ..."). Folded."""
    if not title.strip(" .") or not terms.bigrams:
        return set()
    written = passage_terms(title)[1]
    return {w for pair in terms.bigrams if pair in written for w in pair.split("_")}
