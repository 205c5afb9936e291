"""Ranking preferences, each a named feature (``FEATURES``) that ``Settings.disabled_features`` switches
off, so ``eval --ablate`` can measure what each contributes:

- ``org_scope``: the bodies a question asks about as actors: their sections get a dense ranking of their
  own and a multiplier;
- ``doc_scope``: the documents a question names or describes: same;
- ``citing``: for a number no held document carries, or "which documents ...?": passages whose own text
  cites it;
- ``closing``: signature and copy sections preferred for signer/date/number/issuer, held back otherwise;
  so are passages saying only where the document is read out ("Thông báo này phổ biến đến chi bộ.")
  unless the question asks that;
- ``deadline_marks`` / ``lead_marks``: passages that state a deadline / a lead body, for those kinds;
- ``day_marks``: for "when is it held?" (an event's day), passages writing a day;
- ``paraphrases``: the lexical query also searches the directive wording of the question's everyday
  words ("tiền" -> "kinh phí", lexicon ``question_paraphrases``);
- ``description_words``: inside documents described by subject and issuer ("Theo kế hoạch bầu cử của Mặt
  trận xã ..."), the describing words leave the lexical query (they would rank the title-restating passages);
- ``amount_marks``: for "how many days / what percentage / how much money?", passages writing a quantity
  in the unit asked (``answer.amount_mentions.amount_supported``, the check the answer must pass);
- ``asked_action``: for "when" questions, the passage giving the asked action its deadline; for "who
  leads" questions, the passage where a body leads the asked action ("chủ trì ... đánh giá");
- ``one_per_document``: "which documents ...?" lists one passage per document first;
- ``heading_field``: section headings and the document's identity ranked as their own lexical field;
- ``section_aggregation``: a chunk's score gains from the other candidate chunks of its section;
- ``title_prior``: chunks of the documents whose type, title and issuer match the question's words gain,
  in proportion to that match (IDF over the documents' identities);
- ``closing_first``: "who signed / issued / what number" puts the signature section of the document asked
  about (named, else the best candidate's) first: the fact is there and nowhere else;
- ``asked_field``: "ở đâu?" / "thời gian nào?" / "những bước nào?" search the labels "Địa điểm" /
  "Thời gian" / "Bước" too (``fields``);
- ``form_penalty``: blank forms and templates ("Mẫu số 02/HNCT", lines of "........") restate the
  provisions' words around blanks and state nothing: held back unless the question asks for a form;
- ``named_section``: a question naming a division ("Phụ lục I", "Điều 5", "khoản 3 Điều 12", "Chương
  III") gets that division's chunks as a dense ranking of their own and a multiplier (``sections``);
- ``within_document``: the passages of the question's documents ranked by the question's words weighted
  by their rarity inside each document, as a ranking of their own (``within``);
- ``document_aggregation``: those documents chosen by their best candidates together, not by the best
  one alone (``within``);
- ``title_ordinals``: the title prior also matches the question's ordinals with the titles' ("vòng hai",
  "lần 2", "lần thứ hai" are one token, ``index.lexical.ordinals``): siblings differ by them;
- ``heading_opening``: a question quoting a heading whole prefers the passage where that heading is
  written (its document's first under it) to the passages of its subsections (``sections``);
- ``distinct_passages``: a passage repeating a better-ranked one of another document (one guide kept as
  two PDF renderings, a plan copying its resolution's paragraph) moves after the distinct passages;
- ``round_marks``: a question naming a round ("lần một", "đợt giám sát thứ hai") prefers the passages on
  that round (their text, section path or document title writes it) to those on another (``rounds``);
- ``amount_scope``: "bao nhiêu đại biểu / ngày?": the candidates writing a quantity in that unit get a
  ranking of their own, by similarity;
- ``basis_identity``: "Kế hoạch X triển khai kế hoạch nào?": the number line of the held document X cites
  comes right after the best passage (``basis``);
- ``named_place``: a question naming a place ("Ở Hà Nội, ...", "Tỉnh đoàn Quảng Nam ...", "xã Lương Minh")
  prefers the documents whose issuer carries it (``Corpus.issuer_places``): a city's guide to the central
  one it details, a commune's plan to the province's on the same matter;
- ``asked_body``: "Công an xã X có nhiệm vụ gì?" (a duty question about a body outside the organisation
  registry) prefers the passages its name heads: the section "4. Công an Xã", a paragraph opening
  "Văn phòng Tỉnh hội theo dõi, ...";
- ``basis_preamble``: a preamble that only cites what its document rests on or carries out ("Căn cứ ...;
  Thực hiện Kế hoạch số ...; ... như sau:") is held back unless the question asks what it carries out or
  who issued it (``PREAMBLE_PENALTY``);
- ``effective_date``: "... có hiệu lực từ ngày nào?" / "when does it take effect?" prefers, like a labelled
  field (``fields.effect_passages``, ``fields.FIELD_BOOST`` and a dense ranking of their own), the passages
  where a document states its own effect ("Nghị quyết này có hiệu lực thi hành từ ngày 01/11/2025") to those
  on another ceasing to have effect. Library dev: R@1 .677 -> .698, MRR .792 -> .804 (both such questions
  first); sample dev unchanged.
- ``body_terms``: the registry names added for a body a Vietnamese question names ("Huyện đoàn" -> "Đoàn
  Thanh niên Cộng sản Hồ Chí Minh", "Tỉnh đoàn") search the folded lexical column only: one long name in
  both columns outweighed the task's words, and it matches every chunk of a document that body issued
  (trial 20 q18). Library dev R@1 .719 -> .724, MRR .815 -> .824; sample dev R@1 .774 -> .806;
- ``title_actors``: the title prior leaves out the names of the bodies asked about as actors: the body
  that must do a task is rarely the issuer of the document giving it, and its name in another document's
  letterhead ranked that document's dated sentences first. Library dev with ``body_terms`` R@1 .724 -> .734,
  MRR .824 -> .830; sample dev unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np

from assistant import text as vt
from assistant.corpus import LEAD_RE, Corpus
from assistant.index.lexical import ordinals
from assistant.index.store import IndexStore
from assistant.lexicon.words import registry
from assistant.obligations.deadlines import DeadlineMatch, restates_period
from assistant.parse.closing import COPY_SECTION, HEADER_SECTION, SIGNATURE_HEADINGS
from assistant.parse.duplicates import NEAR_DUPLICATE, jaccard
from assistant.query import QueryInfo
from assistant.query.place_spellings import places_written
from assistant.retrieve.scope import LEVEL_WORDS

FEATURES: tuple[str, ...] = (
    "org_scope",
    "doc_scope",
    "citing",
    "closing",
    "deadline_marks",
    "lead_marks",
    "day_marks",
    "asked_action",
    "one_per_document",
    "heading_field",
    "section_aggregation",
    "asked_field",
    "title_prior",
    "closing_first",
    "named_section",
    "titled_section",
    "form_penalty",
    "within_document",
    "document_aggregation",
    "title_ordinals",
    "amount_marks",
    "paraphrases",
    "description_words",
    "heading_opening",
    "distinct_passages",
    "round_marks",
    "amount_scope",
    "basis_identity",
    "asked_place",
    "named_place",
    "asked_body",
    "effective_date",
    "basis_preamble",
    "body_terms",
    "title_actors",
    "name_echo",
)

ORG_BOOST = 1.6  # the organisation the question names
DOC_BOOST = 2.5  # the document the question names by number (its own text, not the ones citing it)
INTENT_BOOST = 1.3  # a passage that can state the fact the question asks for
CLOSING_PENALTY = 0.5  # signature / copy sections for questions that do not ask who signed or when
# Kinds of question answered by the signature / issue line itself (not "date": "ngày nào" also asks the
# date of an event in the body).
CLOSING_FIRST_INTENTS = frozenset({"signer", "issuer", "number"})
# A blank form: under a "Mẫu số 02/HNCT" / "Mẫu 3" heading, or with three or more fill-in blanks.
# Library dev half recall@5 .766 -> .786 when introduced (0.3: the same; 0.7: recall@10 lower), 2026-11-29.
FORM_PENALTY = 0.5
# "Mẫu số 02/HNCT", "Mẫu 3", "MẪU BIÊN BẢN ...", and an appendix that is one ("Phụ lục II. Mẫu đơn ...",
# "PHỤ LỤC: MẪU BIÊN BẢN ..."); "mẫu giáo" (kindergarten), "mẫu mực" (exemplary), "mẫu hình" are no forms.
_FORM_HEADING_RE = re.compile(
    r"^(?:(?:phu luc|phu bieu)(?:\s+[ivxlc\d][\w./-]*)?\s*[.:\-–]?\s*)?"
    r"(?:bieu\s+)?mau\s+(?!giao\b|muc\b|hinh\b)(?:so\s+)?\w"
)
_BLANK_RE = re.compile(r"\.{5,}|…{2,}|_{5,}")
_ASKS_FORM_RE = re.compile(r"\b(?:mau|bieu mau|form|forms|template|phieu|bien ban|to khai)\b")
# How far after "chủ trì" the led action may stand: "chủ trì, phối hợp với các cơ quan liên quan sớm chỉ đạo
# đánh giá" puts 70 characters between them; a clause rarely runs longer before its verb.
LEAD_ACTION_WINDOW = 120
_ASKS_DISSEMINATION_RE = re.compile(r"\b(?:pho bien|quan triet|disseminat\w*)\b")
SECTION_SHARE = 0.15  # how much of its best section-mate's score a chunk gains
TITLE_PRIOR = 0.5  # most a chunk gains when its document's type/title/issuer match the question best


def names_section(folded_question: str, heading_folded: str) -> bool:
    """Does the question name a closing section by its heading words ("khi sao lục ...")?"""
    words = re.findall(r"[a-z]+", re.split(r"\d", heading_folded, maxsplit=1)[0])
    return bool(words) and all(re.search(rf"\b{w}\b", folded_question) for w in words)


def new_deadlines(corpus: Corpus, vid: int, folded_question: str) -> list[DeadlineMatch]:
    """The chunk's deadlines that tell the question something: not a bare year or period it states."""
    return [m for m in corpus.deadlines.get(vid, []) if not restates_period(m.deadline.text, folded_question)]


def intent_factor(
    corpus: Corpus,
    info: QueryInfo,
    vid: int,
    off: frozenset[str],
    place_docs: set[str] | frozenset[str] = frozenset(),
) -> float:
    """Prefer passages that can state the fact asked for (``Intent.prefer``): a multiplier (1.0, or
    ``INTENT_BOOST`` and its square, or a penalty below 1). ``place_docs``: the documents whose issuer carries
    the place the question names (``named_place_docs``); when there are some, the squared boost for a passage
    wording the asked action's deadline or lead as the question does is theirs alone: "Ở Đà Nẵng, cấp ủy ...
    phải ra quyết định kết nạp trong vòng bao nhiêu ngày?" asks the city's rule, which its guide details
    in its own words, not the central guide's wording of the same action
    (tests/test_retrieval_issuer_place.py)."""
    chunk = corpus.store.chunk_info[vid]
    # a passage's wording of the asked action counts only inside the named place's documents, when any
    worded = "asked_action" not in off and (not place_docs or chunk.doc_id in place_docs)
    prefer = info.spec.prefer
    held = "basis_preamble" not in off and info.spec.answer not in _ASKS_IDENTITY
    if held and vid in corpus.basis_preambles:
        return PREAMBLE_PENALTY
    if "closing" not in off:
        if vid in corpus.formula_marked and not _ASKS_DISSEMINATION_RE.search(info.folded):
            return CLOSING_PENALTY
        if prefer == "closing":
            return INTENT_BOOST if chunk.closing else 1.0
        if chunk.closing and not names_section(info.folded, chunk.heading_folded):
            return CLOSING_PENALTY
    if prefer == "deadline" and "deadline_marks" not in off and vid in corpus.deadline_marked:
        deadlines = new_deadlines(corpus, vid, info.folded)
        if not deadlines and vid not in corpus.recurrence_marked:
            return 1.0  # its only "deadline" is the period the question states
        if info.asked_action and worded:
            text = corpus.store.folded_texts()[vid]
            action = re.compile(rf"\b{re.escape(info.asked_action)}\b")
            if any(action.search(text[max(0, m.start - 70) : m.start]) for m in deadlines):
                return INTENT_BOOST * INTENT_BOOST  # the passage where that action gets its deadline
        return INTENT_BOOST
    if prefer == "day" and "day_marks" not in off and vid in corpus.day_marked:
        return INTENT_BOOST
    if prefer == "lead" and "lead_marks" not in off and vid in corpus.lead_marked:
        if info.led_action and worded:
            text = corpus.store.folded_texts()[vid]
            action = re.compile(rf"\b{re.escape(info.led_action)}\b")
            leads = LEAD_RE.finditer(text)
            if any(action.search(text, m.end(), m.end() + LEAD_ACTION_WINDOW) for m in leads):
                return INTENT_BOOST * INTENT_BOOST  # the passage where a body leads that action
        return INTENT_BOOST
    return 1.0


# A preamble citing what the document rests on (``Corpus.basis_preambles``) answers what it carries out,
# who issued or signed it, which documents ...; for other questions it only restates the title. Library
# dev: R@1 .708 -> .719, MRR .807 -> .815, four questions up a place, none down (0.5 to 0.85 alike);
# sample dev unchanged. Every preamble chunk instead did as well on dev (MRR .816), but a notice's or an
# article's opening ("Ngày 15/8/2026, Ban Thường vụ họp ...") states facts; for every kind of question
# (basis and identity too): R@5 .979 -> .974.
PREAMBLE_PENALTY = 0.7
_ASKS_IDENTITY = frozenset({"metadata", "documents"})


AMOUNT_WEIGHT = 1.0  # RRF weight of the dense ranking of the passages writing a quantity in the unit asked
AMOUNT_DEPTH = 40  # fused candidates checked for a quantity in the asked unit (each check reads the text)


def amount_checker(info: QueryInfo, off: frozenset[str]) -> Callable[[str, str], bool] | None:
    """For a question asking a quantity in a named unit ("sớm hơn bao nhiêu ngày?", "bao nhiêu phần
    trăm?", "bao nhiêu tiền?"): (text, folded text) -> does it write a quantity in that unit. None for
    other questions and for a count of anything ("bao nhiêu cái")."""
    if "amount_marks" in off or not info.amount_unit:
        return None
    from assistant.answer.amount_mentions import amount_supported

    return lambda text, folded: amount_supported(info.question, [text], folded=[folded])


# Places of each ranking read by ``amount_scope`` (library dev: same recall@5 and MRR at 50 as at 150).
AMOUNT_SCOPE_DEPTH = 50


def amount_ranking(
    corpus: Corpus,
    info: QueryInfo,
    rankings: list[list[int]],
    dense_best: dict[int, tuple[int, float]],
    lexical_best: dict[int, tuple[int, float]],
) -> list[int]:
    """The candidates of ``rankings`` that write a quantity in the unit asked (``amount_checker``),
    by their dense rank, then the lexical one: a ranking of their own (``amount_scope``)."""
    if info.amount_unit == ["nguoi"]:
        # "bao nhiêu người" is a count with any noun for people: "03 đại biểu" of another matter would be
        # ranked up and pass the answer's amount check (the answer side leaves this unit out too)
        return []
    check = amount_checker(info, frozenset())
    if check is None:
        return []
    texts, folded = corpus.reading_texts, corpus.reading_folded  # a table row with its column names
    # the head of each ranking: the unit check reads each passage's text, and deeper candidates are not
    # lifted into the top ten by one ranking of four
    candidates = dict.fromkeys(v for r in rankings for v in r[:AMOUNT_SCOPE_DEPTH])
    found = [v for v in candidates if v in texts and check(texts[v], folded[v])]
    far = (len(texts) + 1, 0.0)
    return sorted(found, key=lambda v: (dense_best.get(v, far)[0], lexical_best.get(v, far)[0]))


def first_per_document(store: IndexStore, vids: set[int]) -> set[int]:
    """The earliest of ``vids`` in each document."""
    info = store.chunk_info
    first: dict[str, int] = {}
    for v in vids:
        doc = info[v].doc_id
        if doc not in first or info[v].ordinal < info[first[doc]].ordinal:
            first[doc] = v
    return set(first.values())


def one_per_document_first(
    store: IndexStore, scored: list[tuple[int, float]], representative: set[int]
) -> list[tuple[int, float]]:
    """One passage per document (its ``representative`` one when it has one, else its best), documents
    in order of their best score, before any second passage."""
    doc_of = {vid: store.chunk_info[vid].doc_id for vid, _ in scored}
    chosen: dict[str, tuple[int, float]] = {}
    for vid, score in scored:
        if vid in representative:
            chosen.setdefault(doc_of[vid], (vid, score))
    first: list[tuple[int, float]] = []
    seen: set[str] = set()
    for vid, score in scored:
        doc = doc_of[vid]
        if doc not in seen:
            seen.add(doc)
            first.append(chosen.get(doc, (vid, score)))
    picked = {vid for vid, _ in first}
    return first + [(vid, score) for vid, score in scored if vid not in picked]


def _without_actors(info: QueryInfo) -> str:
    """``_with_expansions`` less the names of the bodies the question asks about as actors."""
    text = vt.normalize_cased(info.question)
    spans = [
        (m.start, m.end)
        for m in registry().find_names(text, caps_only=False, english=True)
        if m.org_id in info.subject_orgs
    ]
    for name in info.subject_bodies:
        at = text.find(name)
        if at >= 0:
            spans.append((at, at + len(name)))
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " + text[b:]
    return " ".join([text, *info.expansions])


def _with_expansions(info: QueryInfo) -> str:
    """The question as typed (diacritics kept, for ``text.content_folds``) with its abbreviations'
    expansions: "KH thực hiện TB 160" also says "kế hoạch" and "thông báo"."""
    return " ".join([info.question, *info.expansions])


# How many of the best candidates are checked for repeats (each check shingles the text); a repeat found
# among them moves after the distinct ones, so it is at least this many per k.
DISTINCT_DEPTH = 3


def distinct_passages_first(
    corpus: Corpus, scored: list[tuple[int, float]], k: int
) -> list[tuple[int, float]]:
    """The first ``DISTINCT_DEPTH * k`` candidates with each passage that repeats a better-ranked one of
    another document moved after the others: a copy tells the reader nothing new and takes a place of
    the k. Repeats are judged as duplicate documents are (``parse.duplicates``: Jaccard of word
    5-shingles of the folded text >= ``NEAR_DUPLICATE``; the same words for passages shorter than one
    shingle)."""
    info, folded = corpus.store.chunk_info, corpus.store.folded_texts()
    depth = DISTINCT_DEPTH * k
    kept: list[tuple[int, float]] = []
    repeats: list[tuple[int, float]] = []
    seen: list[tuple[str, frozenset[int], list[str]]] = []
    for vid, score in scored[:depth]:
        words = folded[vid].split()
        grams = corpus.passage_shingles(vid)
        doc = info[vid].doc_id
        if any(
            doc != d and (jaccard(grams, g) >= NEAR_DUPLICATE if grams and g else words == w)
            for d, g, w in seen
        ):
            repeats.append((vid, score))
            continue
        seen.append((doc, grams, words))
        kept.append((vid, score))
    return kept + repeats + scored[depth:]


def heading_ranking(corpus: Corpus, info: QueryInfo, depth: int, allowed: set[int] | None) -> list[int]:
    """Chunks ranked by how well their section path and document identity (type, number, title) match
    the question's content words, IDF-weighted over headings: a title-like question finds its section."""
    idf = corpus.heading_idf
    words = [w for w in vt.content_folds(_with_expansions(info), r"\S+") if w.isalnum()]
    if info.restored:
        words += [w for w in vt.content_folds(info.restored, r"\S+") if w.isalnum()]
    query = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    query &= set(idf)
    if not query:
        return []
    # each chunk's sum of the idf of the query tokens its heading carries, added token by token in the
    # query's order (``np.bincount`` adds in input order); ties keep the order chunks were first met in
    postings = corpus.heading_postings
    tokens = list(query)
    vids = np.concatenate([postings[t] for t in tokens])
    sums = np.bincount(vids, weights=np.concatenate([np.full(len(postings[t]), idf[t]) for t in tokens]))
    counts = np.bincount(vids)
    found, first = np.unique(vids, return_index=True)
    keep = counts[found] >= 2
    if allowed is not None:
        keep &= np.isin(found, np.fromiter(allowed, dtype=np.int64, count=len(allowed)))
    found, first = found[keep], first[keep]
    scores = sums[found] / corpus.heading_norm[found]
    return found[np.lexsort((first, -scores))][:depth].tolist()


def aggregate_sections(store: IndexStore, scored: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Each chunk gains ``SECTION_SHARE`` of its best section-mate's score (same document and heading):
    a section that several candidates support counts for each of its passages."""
    info = store.chunk_info
    best: dict[tuple[str, str], list[float]] = {}
    for vid, score in scored:
        top = best.setdefault((info[vid].doc_id, info[vid].heading), [])
        if len(top) < 2:
            top.append(score)  # ``scored`` is sorted: the first two are the section's best
    out = []
    for vid, score in scored:
        top = best[(info[vid].doc_id, info[vid].heading)]
        mate = top[1] if len(top) > 1 and top[0] == score else (top[0] if top[0] != score else 0.0)
        out.append((vid, score + SECTION_SHARE * mate))
    return sorted(out, key=lambda x: -x[1])


def title_scores(
    corpus: Corpus, info: QueryInfo, with_ordinals: bool = True, without_actors: bool = True
) -> dict[str, float]:
    """doc_id -> share (0..1) of the best document's identity match: IDF-weighted question words and
    bigrams found in the document's type, title and issuer, and (``with_ordinals``) the question's
    ordinals in its title ("vòng hai" meets "Hội nghị hiệp thương lần thứ hai", not "... lần thứ ba").
    ``without_actors``: the names of the bodies the question asks about as actors do not count (the
    actor of a task is rarely the issuer of the document giving it; feature ``title_actors``).
    Empty when no document matches."""
    idf = corpus.identity_idf
    words = vt.content_folds(_without_actors(info)) if without_actors else []
    if not words:
        # no actor left out, or nothing but the body's name asked ("Hội Nông dân"): the name is the query
        words = vt.content_folds(_with_expansions(info))
    query = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    if with_ordinals:
        query |= set(ordinals(info.question))
    query &= set(idf)
    if not query:
        return {}
    sums = {d: math.fsum(idf[t] for t in query & toks) for d, toks in corpus.identity_tokens.items()}
    best = max(sums.values())
    return {d: v / best for d, v in sums.items() if v > 0} if best > 0 else {}


_SIGNATURE_HEADINGS = frozenset(vt.fold(h) for h in SIGNATURE_HEADINGS)

_COPY_HEADING = vt.fold(COPY_SECTION)


def _signs(folded_heading: str, copy: bool) -> bool:
    """Is this closing section the signature a "who signed" question asks for?"""
    if copy:
        return folded_heading.startswith(_COPY_HEADING)
    return folded_heading in _SIGNATURE_HEADINGS


def closing_first(
    store: IndexStore,
    scored: list[tuple[int, float]],
    target: str | None,
    intent: str | None = None,
    copy: bool = False,
) -> list[tuple[int, float]]:
    """The closing chunks of ``target`` (else of the best candidate's document) moved to the front, best
    first; the rest keep their order. ``scored`` must be sorted best first. For "who signed" (``intent``
    signer) the signature section comes before the number-and-date lines, which a number written in the
    question would otherwise rank first ("Kế hoạch 16/KH-... do ai ký?"); "who issued" keeps the score
    order (the issue line names the place and date asked with it). ``copy``: the question asks about a copy
    ("bản sao lục ... do ai ký?"), whose note is then the signature asked."""
    if not scored:
        return scored
    info = store.chunk_info
    doc = target or info[scored[0][0]].doc_id
    top = scored[0][1]
    lead = [(v, top * 1.01) for v, _ in scored if info[v].doc_id == doc and info[v].closing]
    if intent == "signer":
        # Only the signature answers "who signed": the number-and-date lines and a copy note (its own
        # signer) keep their score places, so they do not push the body's evidence out of the top k.
        signature = [x for x in lead if _signs(vt.fold(info[x[0]].heading), copy)]
        lead = signature or sorted(lead, key=lambda x: vt.fold(info[x[0]].heading) == vt.fold(HEADER_SECTION))
    if not lead:
        return scored
    moved = {v for v, _ in lead}
    return lead + [(v, s) for v, s in scored if v not in moved]


def is_form(section_path: list[str], text: str) -> bool:
    """A blank form or template: a "Mẫu số N" heading on its path, or three or more fill-in blanks."""
    if any(_FORM_HEADING_RE.match(vt.fold(e).strip()) for e in section_path):
        return True
    return len(_BLANK_RE.findall(text)) >= 3


def asks_form(folded_question: str) -> bool:
    """Does the question ask about a form ("mẫu", "phiếu", "biên bản", "form")?"""
    return bool(_ASKS_FORM_RE.search(folded_question))


# Chunks of the documents whose issuer carries the place the question names. Library dev (96 questions, 52
# naming a place, each time a place of the gold document's issuer): recall@5 .948 -> .958, MRR .782 -> .785
# (1.3: .948 / .784; 2.0 to 4.0 alike); sample dev unchanged (its issuers carry no place), 2026-11-30.
PLACE_BOOST = 2.0


def named_place_docs(corpus: Corpus, info: QueryInfo) -> set[str]:
    """The documents whose issuer carries a place the question names (feature ``named_place``): "Ở Hà
    Nội, cấp ủy ... trong vòng bao nhiêu ngày?" prefers the city's guide ("Ban Tổ chức Thành ủy Hà Nội")
    to the central one it details. A place counts when the question writes it after an administrative
    word ("xã Lương Minh", ``QueryInfo.places``) or writes, as whole words, a place some issuer carries
    ("Tỉnh đoàn Quảng Nam", ``Corpus.issuer_places``)."""
    asked = asked_places(corpus, info)
    if not asked:
        return set()
    return {d for d, places in corpus.issuer_places.items() if places & asked}


def asked_places(corpus: Corpus, info: QueryInfo) -> set[str]:
    """The folded places a question names (``named_place_docs``): after an administrative word, or as a
    place some issuer carries (an English question may run its syllables together, ``places_written``)."""
    held = corpus.issuer_places
    known = set().union(*held.values()) if held else set()
    return set(info.places) | places_written(known, info.folded, info.language)


# A passage headed by the body a duty question asks about. Library dev: MRR .785 -> .792, R@1 .667 -> .677
# (two questions up a place, none down; 1.3 to 2.0 alike; for every kind of question instead of duties only:
# .785, three up and three down, a recipient or a place taken for the actor); sample dev unchanged.
BODY_BOOST = 1.6
# Where a body's own place begins in its name ("Công an | xã Phúc Thịnh"): a section of the body's own
# plan heads it without ("4. Công an Xã"). "Tỉnh ủy", "Huyện đoàn", "Thành hội" are bodies, not places.
_BODY_PLACE_RE = re.compile(rf"\b(?:{'|'.join((*LEVEL_WORDS, 'thon'))})\b(?!\s+(?:uy|doan|hoi)\b)")
_BODY_WORDS_RE = re.compile(r"[a-z0-9]+")


def body_words(body: str, places: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """The folded words naming a body, without its place: after an administrative word ("Công an xã Phúc
    Thịnh" -> {"cong", "an"}) or one of ``places`` (folded names: "Văn phòng Tỉnh hội Nông dân Nghệ An")."""
    folded = vt.fold(body).lower()
    for p in places:
        folded = re.sub(rf"\b{re.escape(p)}\b", " ", folded)
    m = _BODY_PLACE_RE.search(folded)
    head = folded[: m.start()] if m and m.start() > 0 else folded
    return frozenset(_BODY_WORDS_RE.findall(head))


def body_headed(corpus: Corpus, info: QueryInfo) -> set[int]:
    """The passages whose section heading or opening words name a body the question asks about as actor
    (``QueryInfo.subject_bodies``; feature ``asked_body``): "Công an xã Phúc Thịnh có nhiệm vụ gì?" is
    answered under "4. Công an Xã", "Văn phòng Tỉnh hội ... có việc gì?" by "Văn phòng Tỉnh hội theo dõi,
    tổng hợp ...". Every word of the body's name, its place aside, must be there."""
    places = set().union(*corpus.issuer_places.values()) | set(info.places)
    wanted = [w for w in (body_words(b, places) for b in info.subject_bodies) if len(w) >= 2]
    if not wanted or info.spec.answer != "duties":
        return set()
    openings = corpus.store.openings()
    out = set()
    for v, c in corpus.store.chunk_info.items():
        words = set(_BODY_WORDS_RE.findall(f"{c.heading_folded} {openings[v][:60]}".lower()))
        if any(w <= words for w in wanted):
            out.add(v)
    return out
