"""The answer planner: from an analysed question (``QueryInfo``) and its retrieved hits to an ``Answer``.

The kind of question comes from the intent table (``query.intents``): its ``answer`` field says what
leads the answer (a document fact, the governing clause's deadline or lead body, an organisation's
duties, or quotes only), its ``check`` what abstention must verify. Everything per request lives in local
variables and the returned ``Answer``; the planner keeps nothing between questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer import abstain, clause_facts, deadline_facts, facts, mentions, render, times
from assistant.answer.citations import CitationBook
from assistant.answer.duties import org_duty_answer
from assistant.answer.extractive import (
    LEAD_IN_WEIGHT,
    extractive_answer,
    score_sentences,
    select,
    split_sentences,
)
from assistant.answer.terms import overlap, question_terms
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.lexicon.words import registry
from assistant.models import Answer, Citation, Document, Hit, Obligation
from assistant.query import DocDescription, QueryInfo, org_aliases
from assistant.query.subjects import asks_about_copy
from assistant.retrieve.fields import field_labels
from assistant.retrieve.scope import (
    LEVEL_WORDS,
    DocumentScope,
    citing_docs,
    document_scope,
    named_docs,
    undescribed,
)
from assistant.text import fold

MAX_QUOTES = 5
# "Hội nghị họp ngày nào?", "When was the meeting held?": the date of an event, not the issue date.
_EVENT_RE = re.compile(r"\b(hop|hoi nghi|dien ra|khai mac|to chuc|meeting|held|took place)\b")
_ISSUE_RE = re.compile(r"\b(ban hanh|ky|issued|signed|dated)\b")


# How much of an English question's (glossary) terms its deadline clause must cover to be the first line:
# right clauses seen covered 0.90 (sample dev), 0.92 and 1.0 (tests/test_first_line_bodies.py); wrong ones
# 0.54 (newcomer trial, "final report" -> the registration deadline) and 0.735 (a body's only dated duty,
# not the asked "supervise"). On the side of no first line.
ENGLISH_CLAUSE_OVERLAP = 0.85
RELEVANT_HITS = 5  # how many top hits a precise check (amount, person, time) may read beyond the quotes


def _relevant(hits: list[Hit], terms, floor: float) -> list[str]:
    """Sentences of the top retrieved chunks that cover at least ``floor`` of the question's terms, the
    sentence read with its section heading ("Phụ lục I. Danh sách ..." › "Danh sách có 09 trường")."""
    return [
        h.chunk.text[a:b]
        for h in hits[:RELEVANT_HITS]
        for a, b in split_sentences(h.chunk.text)
        if overlap(terms, f"{h.chunk.heading} {h.chunk.text[a:b]}") >= floor
    ]


def _with_ancestors(hits: list[Hit]) -> list[str]:
    """Each hit's text after the texts of the hits that hold its section's ancestors ("PHỤ LỤC / DỰ TRÙ
    KINH PHÍ" before "2. Tổ chức buổi gặp mặt: 8.000.000 đồng"): what a sentence is read under."""
    out = []
    for h in hits:
        path = h.chunk.section_path
        above = [
            g.chunk.text
            for g in hits
            if g.chunk.doc_id == h.chunk.doc_id
            and len(g.chunk.section_path) < len(path)
            and path[: len(g.chunk.section_path)] == g.chunk.section_path
        ]
        out.append("\n".join([*above, " ".join(path), h.chunk.text]))
    return out


def _most_specific(terms) -> str | None:
    """The question's rarest two-word term the documents use ("to_dang"), as in ``passage_terms``: what
    tells the special case asked about from the general rule next to it."""
    vocab = terms.vocab
    known = sorted(b for b in terms.bigrams if vocab is None or vocab.df.get(b, 0) > 0)  # ties: same each run
    return max(known, key=terms.weight) if known else None


# The most of an English question's content words the glossary may leave untranslated for the document it
# describes to be judged by its Vietnamese terms ("Who signed the plan on the penalty for burning plastic?"
# has three of five untranslated: its terms, "ký" and "kế hoạch", would fit any plan).
ENGLISH_UNGLOSSED_MAX = 0.5


def _untranslated_share(info: QueryInfo) -> float:
    """The share of an English question's content words no gloss translated, against the Vietnamese terms
    the others gave (0 for a Vietnamese question)."""
    if info.language != "en":
        return 0.0
    words = len(info.unglossed) + len(info.english_terms)
    return len(info.unglossed) / words if words else 0.0


def _described_enough(info: QueryInfo) -> bool:
    """Whether the question's description of a document can be checked against the document (a
    Vietnamese question always; an English one when most of its content words were translated)."""
    return _untranslated_share(info) <= ENGLISH_UNGLOSSED_MAX


def _fact_document(
    info: QueryInfo, scope: DocumentScope, hits: list[Hit], docs: dict[str, Document], corpus: Corpus
) -> Document | None:
    """The document a fact question is about: the one the question names (or the single one it cites),
    else the top hit's document among those in scope, else the top hit's."""
    target = scope.target()
    if target and target in docs:
        return docs[target]
    if scope.docs:
        in_scope = [h for h in hits if h.chunk.doc_id in scope.docs]
        hits = in_scope or hits
    else:
        named = named_docs(corpus.store.doc_info, info.doc_numbers)
        if len(named) == 1:
            return docs.get(next(iter(named)))
    return next((docs[h.chunk.doc_id] for h in hits if h.chunk.doc_id in docs), None)


def _stating(time_kind: str | None, amount_question: str | None = None) -> Callable[[str], bool] | None:
    """What a quoted sentence must write to state the asked fact: the asked time (a time limit, an event's
    day or any time), else (``amount_question``: a "how many / how much" question naming its unit) a
    quantity in that unit ("02 cấp" for "mấy cấp?"); None: anything. The amount check reads the relevant
    sentences of the top hits anyway (``_relevant``), so weighting quotes by it passes no unanswerable
    question that would not pass already (tests/test_first_line.py)."""
    if time_kind == "deadline":
        return lambda s: times.writes_time([s], deadline=True)
    if time_kind:  # an event's time: a time limit in the sentence is not it
        return lambda s: times.writes_event_time(s, day=time_kind == "day")
    if amount_question:
        return lambda s: mentions.amount_supported(amount_question, [s])
    return None


def _described(question: str, desc: DocDescription | None) -> str:
    """The words of ``question`` that describe ``desc`` ("Kế hoạch của Hội Chữ thập đỏ huyện Hòa Vĩnh"),
    as written; the folded description when they cannot be found."""
    if desc is None:
        return ""
    wanted = set(f"{desc.kind} {desc.issuer or ''} cua".split())
    words = question.rstrip(" ?").split()
    folded = [fold(w).strip(".,;:") for w in words]
    kind = desc.kind.split()
    for i in range(len(words) - len(kind) + 1):
        if folded[i : i + len(kind)] == kind:
            j = i + len(kind)
            while j < len(words) and folded[j] in wanted:
                j += 1
            return " ".join(words[i:j]).strip(".,;:")
    return f"{desc.kind} {desc.issuer or ''}".strip()


def _duties(corpus: Corpus, org: str | None, document: str | None) -> list[Obligation] | None:
    """Duties for the answer; None when the obligations package is absent (answers still work)."""
    from assistant.obligations.orgs import UnknownOrganisationError

    try:
        table = corpus.obligations
    except ImportError:
        return None
    try:
        return table.query(org=org, document=document)
    except UnknownOrganisationError:  # a body the question names by shape that no duty names either
        return []


_PLACE_TAIL_RE = re.compile(rf"\s+(?:{'|'.join(LEVEL_WORDS)})\b.*$")


def _body_core(name: str) -> str:
    """A body's folded name without the place it sits in: "Hội Nông dân xã Tân Phú" -> "hoi nong dan xa"
    is written "Hội Nông dân xã" in its own commune's documents."""
    folded = fold(name)
    m = _PLACE_TAIL_RE.search(folded)
    if m is None:
        return folded
    admin = m.group(0).split()[0]
    return folded[: m.start()] + " " + admin


_WHICH_ONES_RE = re.compile(r"\b(?:nhung|cac)\s+([a-z]+)(?:\s+[a-z]+)?\s+nao\b")


def _list_titles(folded_question: str) -> list[re.Pattern[str]]:
    """ "Những trường nào ...?" asks for a list: the title of a list or table of that noun ("DANH SÁCH CÁC
    TRƯỜNG ...", typical of appendices) is the passage to quote first."""
    m = _WHICH_ONES_RE.search(folded_question)
    if m is None:
        return []
    return [re.compile(rf"\bdanh sach\W+(?:cac\W+|nhung\W+)?{re.escape(m.group(1))}\b")]


_ORDINAL_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8}
_ORDINAL_RE = re.compile(
    r"\b(?:nhiem vu|noi dung|muc|viec|dong|hang|phan|item|task|row)\s+(?:thu|so|no\.?)\s+(\d+|"
    + "|".join(_ORDINAL_WORDS)
    + r")\b"
)


def _ordinal(folded_question: str) -> int | None:
    """The item number a question points at ("nhiệm vụ thứ 2", "nội dung số 4", "task no. 3"), or None."""
    m = _ORDINAL_RE.search(folded_question)
    if m is None:
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else _ORDINAL_WORDS[raw]


def _numbered(ob: Obligation, n: int) -> bool:
    """Whether a duty clause is item or table row ``n``: its text or its section label starts "n." / "n)"
    or its row names "TT: n"."""
    last = ob.section.split("›")[-1].strip() if ob.section else ""
    head = ob.text.lstrip()
    return bool(
        re.match(rf"{n}(?:[.)]|$)", last)
        or re.match(rf"{n}[.)]\s", head)
        or re.match(rf"(?:S?TT)\s*:\s*{n}\b", head)
    )


def _aliases(org: str) -> list[str]:
    """Folded names of a registry organisation; [] for a body named only by the shape of its name."""
    try:
        return org_aliases(org)
    except KeyError:
        return []


def _names_of(body: str) -> list[str]:
    """How documents write a body the question names: its registry aliases, else its name without place."""
    return _aliases(body) or [_body_core(body)]


def _issued_by(doc: Document | None, actor: str | None, folded_question: str | None = None) -> bool:
    """Whether the registry organisation ``actor`` is the document's issuing body; with
    ``folded_question``, also at the level the question names ("Hội Nông dân xã ..." is not the
    district association issuing "Hội Nông dân huyện ..." documents)."""
    if doc is None or not actor or not doc.meta.issuer:
        return False
    if not any(m.org_id == actor for m in registry().find_names(doc.meta.issuer, caps_only=False)):
        return False
    if folded_question is None:
        return True
    level = _LEVEL_RE.search(fold(doc.meta.issuer))
    asked = set(_LEVEL_RE.findall(folded_question))
    return level is None or not asked or level.group(0) in asked


# The administrative level of a body ("Hội Nông dân huyện", "Đoàn xã").
_LEVELS = LEVEL_WORDS
_LEVEL_RE = re.compile(rf"\b(?:{'|'.join(_LEVELS)})\b")


def _unlevelled(names: list[str]) -> list[str]:
    """Names without a trailing level word ("hoi nong dan xa" -> "hoi nong dan"), for ``_elsewhere``; a
    name of one word and its level stays whole ("doan xa": "Đoàn" alone names too much)."""
    out = []
    for n in names:
        bare = re.sub(rf"\s+(?:{'|'.join(_LEVELS)})$", "", fold(n))
        out.append(bare if " " in bare else fold(n))
    return out


def _acts_here(ob: Obligation, body: str, elsewhere: str) -> bool:
    """Is the duty's party named ``body`` the one asked about, not a namesake at another level or place
    (``_elsewhere``)? A duty that names the body nowhere (its issuer's own task) counts."""
    parties = [" ; ".join(ob.lead + ob.coordinators + ob.responsible)]
    names = _unlevelled(_names_of(body))
    return mentions.names_any(parties, names, elsewhere) or not mentions.names_any(parties, names)


def _elsewhere(info: QueryInfo) -> str:
    """What may not follow a body's name for it to be the body asked about (a regular expression over
    folded text): a level the question does not name ("Hội Nông dân tỉnh" for "Hội Nông dân xã"), or the
    asked level with another place than the question's ("xã Thạch Long" for "xã Thạch Đài"). "" when the
    question names no level."""
    asked = set(_LEVEL_RE.findall(info.folded))
    if not asked:
        return ""
    other = [lv for lv in _LEVELS if lv not in asked]
    alts = [rf"\s+(?:{'|'.join(other)})\b"] if other else []
    if info.places:
        places = "|".join(re.escape(p) for p in info.places)
        alts.append(rf"\s+(?:{'|'.join(sorted(asked))})\s+(?!(?:{places})\b)(?!cac\b|va\b)[a-z]")
    return "|".join(alts)


def _candidate_docs(
    named_doc: Document | None, hits: list[Hit], place_docs: set[str] | None, first: str | None = None
) -> list[str]:
    """The documents a clause answer may come from, best first: the named one, else ``first`` (the
    document of the best-matching sentence) and the retrieved documents in rank order (those mentioning
    the question's places, when it names any)."""
    if named_doc is not None:
        return [named_doc.doc_id]
    ranked = list(dict.fromkeys([first] * (first is not None) + [h.chunk.doc_id for h in hits]))
    return [d for d in ranked if place_docs is None or d in place_docs]


def _place_docs(info: QueryInfo, corpus: Corpus) -> set[str] | None:
    """The documents that mention every place the question names ("xã Phúc Thịnh"); None when it names
    none. A place scopes the answer: another commune's duties and figures are not this one's."""
    if not info.places:
        return None
    return {
        doc_id
        for doc_id, text in corpus.folded_docs.items()
        if all(re.search(rf"\b{re.escape(p)}\b", text) for p in info.places)
    }


def _in_evidence(ob: Obligation, hits: list[Hit]) -> bool:
    """Whether the duty clause lies inside a retrieved chunk: the headline rests on a passage the answer
    can quote, not on a clause the retriever did not find."""
    return any(
        h.chunk.doc_id == ob.doc_id and ob.start < h.chunk.end and h.chunk.start < ob.end for h in hits
    )


def see_also(corpus: Corpus, hits: list[Hit], n: int = 3) -> list[Citation]:
    """The closest sections, cited by their first sentence, offered without presenting them as answers."""
    book = CitationBook(corpus.docs)
    seen = set()
    for h in hits:
        key = (h.chunk.doc_id, h.chunk.section_id)
        if key in seen:
            continue
        seen.add(key)
        sents = split_sentences(h.chunk.text)
        if sents:
            book.cite(h.chunk, *sents[0])
        if len(book.citations) >= n:
            break
    return book.citations


def plan_answer(
    corpus: Corpus,
    settings: Settings,
    question: str,
    resolved: str,
    info: QueryInfo,
    hits: list[Hit],
    language: str,
    org_names: dict[str, str],
) -> Answer:
    """The extractive answer (fact line first, then at most ``MAX_QUOTES`` quotes), or an abstention
    with "see also" sections. ``Answer.evidence`` records why."""
    docs = corpus.docs
    spec = info.spec
    # The time a "fact"/"when" question needs: a time limit, an event's day ("ngày nào?") or any time.
    time_kind = {"fact": "deadline", "when": "day" if times.asks_day(resolved) else "event"}.get(
        spec.check or ""
    )
    # "mấy cấp?", "bao nhiêu ngày?": the quotes should write a quantity in the unit asked ("bao nhiêu
    # người" is a count with any noun for people, as loose as no unit: "03 đại biểu" of another matter
    # would be pulled in and pass the amount check)
    amount_question = (
        resolved
        if info.amount_unit
        and info.amount_unit != ["nguoi"]
        and spec.check not in ("fact", "when")
        and spec.answer != "metadata"
        else None
    )
    alternatives = [org_aliases(o) for o in info.orgs]
    terms = question_terms(
        resolved,
        info.expansions + info.english_terms,
        corpus.vocab,
        english=info.language == "en",
        alternatives=alternatives,
    )
    # The actor first ("Hội phụ nữ ... của Ban Thường vụ"): a body named by the shape of its name is more
    # specific than a registry body inside it ("Ban Tuyên giáo Tỉnh hội"), and counts without registry.
    orgs = list(info.subject_bodies) + list(info.subject_orgs or info.orgs)
    if not orgs:
        orgs = list(info.bodies)
    book = CitationBook(docs, corpus.by_doc.get)
    lead: facts.FactLead | None = None
    fact_doc: Document | None = None  # the document a document-fact question is answered from
    body = ""
    spans_text: list[str] = []
    place_docs = _place_docs(info, corpus)
    scope = document_scope(corpus.store.doc_info, info)
    target = scope.target()
    named_doc = docs.get(target) if target else None
    if named_doc is None and not scope.docs:
        named = named_docs(corpus.store.doc_info, info.doc_numbers)
        named_doc = docs.get(next(iter(named))) if len(named) == 1 else None

    # "Ai ký Kế hoạch 120-KH/TU?" where no loaded document is 120-KH/TU (it is only cited, or absent): the
    # facts of the document found are not that document's facts.
    unheld = (
        spec.answer == "metadata"
        and bool(info.doc_numbers)
        and named_doc is None
        and not scope.docs
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # "Kế hoạch 99-KH/HĐTN quy định gì?" where no loaded document is 99-KH/HĐTN nor cites it: the passages
    # of other documents are not what it says.
    unheld = unheld or (
        bool(info.doc_numbers)
        and not scope.docs
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
        and not citing_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # "Ai ký Kế hoạch của Hội Chữ thập đỏ huyện?" where no plan of that body is loaded: the same.
    missing = (
        undescribed(corpus.store.doc_info, info)
        if spec.answer == "metadata" and not info.doc_numbers and not scope.docs
        else None
    )
    unheld = unheld or missing is not None
    if unheld:
        pass
    elif spec.answer == "metadata" and not (
        info.intent == "date" and _EVENT_RE.search(info.folded) and not _ISSUE_RE.search(info.folded)
    ):
        doc = fact_doc = _fact_document(info, scope, hits, docs, corpus)
        if doc is not None and asks_about_copy(info.folded):
            lead = facts.copy_fact(info.intent or "", doc, book, language)
        if lead is None and doc is not None:
            lead = facts.metadata_fact(info.intent or "", doc, book, language)
    elif spec.answer == "clause":
        # Only a body asked about as the actor narrows the clauses; a topic ("về công tác Mặt trận") does
        # not. The clauses come from one document: the one named, else the best-ranked one that holds a
        # candidate (a duty of the actor, or a duty clause inside a retrieved passage).
        actors = list(info.subject_bodies) + list(info.subject_orgs)
        # the asked action: of a "when" question, or of a "who leads" one ("Ai chủ trì rà soát ...?")
        action = clause_facts.action_phrase(info.asked_action or info.led_action, info.asked_object)
        english = info.language == "en"  # no tagged action: the fallbacks below have too little to match
        in_question: set[str] = set()
        obs: list[Obligation] = []
        preferred: set[tuple[str, int, int]] | None = None
        # The document of the best-matching sentence leads: the first line and the first quote then come
        # from the same document (a clause of the top-ranked document is no answer when the sentence that
        # matches the question sits in another one).
        best = select(score_sentences(hits, terms), max_sentences=1)
        quoted_doc = best[0].chunk.doc_id if best else None
        candidates = _candidate_docs(named_doc, hits, place_docs, quoted_doc)
        if actors and action:
            # The document where the body does the asked action comes first ("Hội Cựu chiến binh xã giám
            # sát ... đến khi nào?": the plan where it supervises, not a notice on its congresses).
            acting = [
                d
                for d in candidates
                if any(clause_facts.writes(o.text, action) for o in _duties(corpus, actors[0], d) or [])
            ]
            candidates = acting + [d for d in candidates if d not in acting]
        elsewhere = _elsewhere(info)
        for d in candidates:
            # the body's duties, not those of its namesake in another place ("Hội Nông dân xã Thạch Long"
            # for "Hội Nông dân xã Thạch Đài"): a duty naming the body only elsewhere is not its own
            own = (
                {
                    (o.doc_id, o.start, o.end)
                    for o in _duties(corpus, actors[0], d) or []
                    if not elsewhere or _acts_here(o, actors[0], elsewhere)
                }
                if actors
                else None
            )
            obs = [
                ob
                for ob in _duties(corpus, None, d) or []
                if named_doc is not None
                or _in_evidence(ob, hits)
                or (ob.doc_id, ob.start, ob.end) in (own or ())
            ]
            if obs and (not actors or own or named_doc is not None):
                # The body that issued the document does every task in it, through its departments ("Hội
                # phụ nữ tỉnh ... lập mới tổ hợp tác" is done by the union's Ban Gia đình - Xã hội):
                # narrowing to clauses naming the body itself would miss them.
                in_question = {d}
                preferred = None if _issued_by(docs.get(d), actors[0] if actors else None) else own
                break
            obs = []
        if not in_question:
            in_question = set(_candidate_docs(named_doc, hits, place_docs)[:1])
        ordinal = _ordinal(info.folded)
        if ordinal is not None and obs:
            # "nhiệm vụ thứ 2": only the item or table row numbered 2 can answer; none found, no first line
            obs = [ob for ob in obs if _numbered(ob, ordinal)]
        if obs:
            lead = clause_facts.obligation_fact(
                info.intent or "",
                obs,
                terms,
                hits,
                docs,
                book,
                language,
                org_names,
                preferred,
                action=action,
                question=resolved,
            )
            if lead is not None and lead.obligation is not None and english:
                # An English question has no tagged action and only glossary words to match: its clause
                # must cover most of them (else "final report" takes the registration clause's date).
                ob = lead.obligation
                if overlap(terms, f"{ob.task} {ob.text}") < ENGLISH_CLAUSE_OVERLAP:
                    lead = None
        own_hits = [h for h in hits if h.chunk.doc_id in in_question]
        if lead is None and info.intent == "deadline" and not english:
            # A body the question names that did not issue the document: only a sentence naming it
            issuer = any(_issued_by(docs.get(d), actors[0]) for d in in_question) if actors else True
            names = None if issuer else _unlevelled(_names_of(actors[0]))
            lead = deadline_facts.deadline_from_hits(
                own_hits, terms, book, language, resolved, action, names, elsewhere if names else ""
            )
        # The body's dated duties answer "hạn chót của X?", never a question about one action of X.
        if lead is None and info.intent == "deadline" and actors and not info.asked_action and not english:
            duties = [
                o
                for o in _duties(corpus, actors[0], None) or []
                if not elsewhere or _acts_here(o, actors[0], elsewhere)
            ]
            lead = deadline_facts.body_deadlines(duties, in_question, docs, book, language, resolved)
    elif spec.answer == "duties" and orgs:
        doc_ids = {named_doc.doc_id} if named_doc else place_docs or None
        obs = _duties(corpus, orgs[0], named_doc.doc_id if named_doc else None) or []
        body = org_duty_answer(orgs[0], corpus.chunks, docs, obs, terms, book, language, doc_ids)
    lead_lines = lead.lines if lead else []
    # The body a duties or open question asks about, by its names (registry aliases, else the name as
    # written without its place); [] when none or when the kind of answer does not quote for a body.
    asked_bodies = orgs if spec.answer == "duties" else list(info.subject_bodies) + list(info.subject_orgs)
    actor_names = (
        [a for o in asked_bodies for a in _names_of(o)]
        if asked_bodies and spec.has_actor and spec.answer in ("duties", "quotes", "clause")
        else []
    )
    if not body:
        # Quotes come from the documents the question names when they hold any retrieved passage.
        quoted = hits
        if scope.docs and (spec.answer != "documents" or scope.carried_out):
            quoted = [h for h in hits if h.chunk.doc_id in scope.docs] or hits
        elif place_docs:
            quoted = [h for h in hits if h.chunk.doc_id in place_docs] or hits
        if lead is not None and lead.obligation is not None:
            # the quotes back the first line: from the document of the clause it states
            quoted = [h for h in quoted if h.chunk.doc_id == lead.obligation.doc_id] or quoted
        if actor_names:
            # What a named body must do is quoted from the passages that name it, when any was retrieved.
            # Every passage of a document the body issued is the body's own ("Đoàn xã ... làm những công
            # trình nào?" in the Đoàn xã's plan).
            own = {
                d
                for d in {h.chunk.doc_id for h in quoted}
                if any(_issued_by(docs.get(d), o) for o in asked_bodies)
            }
            quoted = [
                h
                for h in quoted
                if h.chunk.doc_id in own
                or mentions.names_any([f"{h.chunk.heading} {h.chunk.text}"], actor_names)
            ] or quoted
        body, spans = extractive_answer(
            quoted,
            terms,
            book,
            language,
            max_sentences=2 if lead_lines else 4,
            asks_copy=asks_about_copy(info.folded),
            # "which documents ...": the lead-in that cites the document ("Thực hiện ..., ban hành Kế
            # hoạch như sau:") is the answer itself
            lead_in_weight=1.0 if spec.answer == "documents" else LEAD_IN_WEIGHT,
            per_document=spec.answer == "documents",
            specific=_most_specific(terms) if spec.answer == "specific" else None,
            fields=(field_labels(info.folded) + _list_titles(info.folded)) or None,
            states=None if lead_lines else _stating(time_kind, amount_question),
        )
        spans_text = [s.text for s in spans]

    ev = abstain.assess(resolved, terms, hits)
    if fact_doc is not None and lead_lines and _described_enough(info):
        meta = fact_doc.meta
        described = [meta.doc_type or "", meta.issuer or "", meta.title or ""]
        retrieved = [f"{h.chunk.heading} {h.chunk.text}" for h in hits if h.chunk.doc_id == fact_doc.doc_id]
        abstain.widen_to_document(ev, terms, " ".join(described + retrieved))
    quotes = spans_text + [c.quote for c in book.citations]
    # Only "how much / how many" questions pay for this; "trước mấy giờ ngày nào?" asks a time, which the
    # time check below verifies.
    if info.amount_unit is not None and spec.check not in ("fact", "when") and spec.answer != "metadata":
        # With no unit named ("... là bao nhiêu?") the sentence itself must match the question well; a
        # unit written next to a number is precise enough to read sentences that match less.
        # "bao nhiêu người" is a count written with any noun for people: as loose as no unit.
        floor = 0.25 if info.amount_unit and info.amount_unit != ["nguoi"] else 0.5
        passages = _with_ancestors(hits[:RELEVANT_HITS])
        ev.amount_ok = mentions.amount_supported(resolved, quotes + _relevant(hits, terms, floor), passages)
    if info.person_post is not None:
        ev.person_ok = mentions.person_named(quotes + _relevant(hits, terms, 0.35), info.person_post)
    # A question whose answer needs a time found none to state, not even a governing clause saying it
    # sets none, and no quoted sentence writes one: quoting other duties would read as an answer.
    if spec.check in ("fact", "when") and not lead_lines:
        ev.fact_ok = times.writes_time(
            quotes + _relevant(hits, terms, 0.35), deadline=time_kind == "deadline", day=time_kind == "day"
        )
    # "Hội Cựu chiến binh ... được giao nhiệm vụ gì?" answered by quotes (no duty of that body found): a
    # quote must at least name the body, or the quotes are some other body's duties.
    # So must quotes answering any question about what a named body does ("Hội Nông dân xã chủ trì nhiệm
    # vụ gì?"): another body's clause in the right commune is not its answer.
    if actor_names and not lead_lines and spans_text:
        ev.actor_ok = any(
            any(_issued_by(docs.get(c.doc.doc_id), o, info.folded) for o in asked_bodies)
            for c in book.citations
        ) or mentions.names_any(
            [f"{c.section} {c.text}" for c in book.citations] + spans_text,
            _unlevelled(actor_names),
            _elsewhere(info),
        )
    # A place the question names ("xã Công Hải") that no quoted document mentions: the documents are
    # about somewhere else, and their figures or duties are not that place's.
    if info.places and book.citations:
        ev.place_ok = mentions.places_mentioned(info.places, [c.doc for c in book.citations], corpus)
    threshold = settings.abstain_threshold or abstain.DEFAULT_THRESHOLD
    trusted_fact = bool(lead_lines and named_doc and spec.answer == "metadata")
    answer = Answer(
        question=question,
        text="",
        abstained=False,
        citations=[],
        retrieved=hits,
        language=language,
        resolved_question=resolved if resolved != question else None,
        evidence=ev,
    )
    if unheld and not (info.intent == "date" and times.writes_cited_date(quotes, info.doc_numbers)):
        # Only a citing sentence that writes that document's date next to its number answers.
        ev.reason = "document_not_held"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        ref = info.doc_numbers[0].text if info.doc_numbers else _described(question, missing)
        answer.notes.append(render.label("note_doc_not_held", language, ref=ref))
        return answer
    if (not body and not lead_lines) or (not trusted_fact and abstain.should_abstain(ev, threshold)):
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        if ev.reason == "weak_evidence":
            answer.notes.append(
                render.label("note_weak_evidence", language, score=ev.score, threshold=threshold)
            )
        return answer
    answer.text = "\n".join(lead_lines) + ("\n\n" if lead_lines and body else "") + body
    answer.citations = book.citations
    answer.fact_absent = bool(lead and lead.absent)
    return answer
