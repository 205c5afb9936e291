"""The planner's third stage: what is quoted under the first line (``quotes``), for the bodies asked.

The bodies a duties or open question asks about and their names as the documents write them (an
abbreviation spelled out by the phrase it initials), the terms quotes are chosen by (without the words of
a quoted document's issuer or title), and the first line dropped when its passage is on another round than
the one a quoted sentence and the question name. After ``plan_lead``; ``plan_abstain`` checks what it quotes.
"""

from __future__ import annotations

import re

from assistant.answer import bodies, quotes
from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead
from assistant.answer.plan_marks import lead_cues, renumber_marks
from assistant.answer.plan_scope import Frame
from assistant.answer.sentences import split_sentences
from assistant.answer.signer_quotes import signed_hits
from assistant.answer.terms import Terms, tokens
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.index.lexical import round_match
from assistant.models import Document, Hit
from assistant.query import QueryInfo
from assistant.retrieve import echo
from assistant.text import fold, initialled_phrases

NAMED_QUOTED = 3  # passages quoted first that must be of one document to quote it without its name


def quote_stage(
    corpus: Corpus,
    settings: Settings,
    info: QueryInfo,
    hits: list[Hit],
    book: CitationBook,
    language: str,
    frame: Frame,
    lead: FactLead | None,
    lead_lines: list[str],
    body: str,
    unit_names: list[str],
) -> tuple[FactLead | None, list[str], str, list[str], list[str], list[str]]:
    """``(lead, lead_lines, body, spans_text, asked_bodies, actor_names)``: the quotes (``body``, unless a
    duties answer is already written) with the quoted spans' texts, the first line (dropped when a quote
    contradicts it), the bodies asked about and their names as written."""
    docs = corpus.docs
    spec = info.spec
    terms, orgs, scope, place_docs = frame.terms, frame.orgs, frame.scope, frame.place_docs
    time_kind, amount_question, unheld = frame.time_kind, frame.amount_question, frame.unheld
    spans_text: list[str] = []
    # The body a duties or open question asks about, by its names (registry aliases, else the name as
    # written without its place); [] when none or when the kind of answer does not quote for a body.
    asked_bodies = bodies.units_only(
        orgs if spec.answer == "duties" else list(info.subject_bodies) + list(info.subject_orgs)
    )
    actor_names = (
        bodies.at_asked_levels([a for o in asked_bodies for a in bodies.names_of(o)], info)
        if asked_bodies and spec.has_actor and spec.answer in ("duties", "quotes", "clause")
        else []
    )
    if actor_names and unit_names:
        actor_names = unit_names  # the unit's own section names it so, the wider body's aliases do not
    if actor_names:
        # "Chủ tịch HĐGK ...": an abbreviation the lexicon does not know is named by the phrase of the
        # retrieved documents it initials ("Hội đồng giám khảo", ``text.initialled_phrases``)
        actor_names = _initialled_names(actor_names, asked_bodies, hits, corpus)
    if not body:
        # (a signer's line is quoted from the document it names: its signature, not another one's passages)
        signed = signed_hits(hits, lead, book)
        quoted = quotes.quoted_hits(signed, info, scope, place_docs, lead, docs, asked_bodies, actor_names)
        body, spans_text = quotes.quote(
            quoted,
            info,
            _without_name(corpus, settings, info, quoted, _amount_terms(info, terms, quoted, docs)),
            book,
            language,
            lead_lines,
            time_kind,
            amount_question,
            unheld,
            actors=_name_groups(asked_bodies, actor_names),
        )
        contradicted = lead_lines and body and _round_quoted_elsewhere(lead_lines, body, book, terms)
        if spec.answer == "clause" and contradicted:
            # the first line is read from a passage on no round the question names, while another sentence
            # quoted under it is on that round: the line contradicts the quote ("Thời hạn: trước ngày 15
            # tháng 4 [1]", Bước 2's, above Bước 5 paying the second round after acceptance; trial 30 p43)
            body = _without_lead_citations(lead_lines, body, book)
            lead, lead_lines = None, []
    return lead, lead_lines, body, spans_text, asked_bodies, actor_names


def _name_groups(asked: list[str], names: list[str]) -> list[list[str]]:
    """``names`` (the asked bodies' folded names, ``actor_names``) grouped by the body of ``asked`` each
    writes, in the question's order; names of none (initials read in the documents) go with the first."""
    groups = [[n for n in names if n in bodies.names_of(o)] for o in asked]
    rest = [n for n in names if not any(n in g for g in groups)]
    if groups:
        groups[0] += rest
    return [g for g in groups if g]


def _initialled_names(names: list[str], asked: list[str], hits: list[Hit], corpus: Corpus) -> list[str]:
    """``names`` (folded) and each again with an abbreviation of ``asked`` the lexicon does not know written
    as the phrase it initials in the documents of the top ``INITIALLED_HITS`` hits, whole and up to that
    phrase."""
    if not re.search(r"[A-ZĐ]{3}", " ".join(asked)):
        return names  # no abbreviation of three capitals or more: nothing to spell out
    top = dict.fromkeys(h.chunk.doc_id for h in hits[:INITIALLED_HITS])
    held = "\n".join(corpus.folded_docs.get(d, "") for d in top)
    spelled = {fold(a).lower(): p for a, p in initialled_phrases(" ".join(asked), held).items()}
    more = []
    for n in names:
        for a, p in spelled.items():
            m = re.search(rf"(?<!\w){re.escape(a)}(?!\w)", n)
            if m is not None:
                # the name as the documents write it, and cut after the phrase: what follows the body
                # ("cấp xã") is a level the item's label writes ("Chủ tịch Hội đồng giám khảo: ... cấp xã:")
                more += [f"{n[: m.start()]}{p}{n[m.end() :]}", f"{n[: m.start()]}{p}"]
    return list(dict.fromkeys([*names, *more]))


# The retrieved passages whose documents spell an abbreviation the question uses (``_initialled_names``).
INITIALLED_HITS = 3


def _amount_terms(info: QueryInfo, terms: Terms, quoted: list[Hit], docs: dict[str, Document]) -> Terms:
    """The terms a "how much / how many" question's quotes are chosen by: without the words of the issuer
    and place of a quoted document the body it names issued ("Hội Nông dân huyện Krông Thạch hỗ trợ bao
    nhiêu tiền cho một ha?" of that association's plan). They describe every passage of it, as they do for
    the money check (``sum_checks.sum_for_matter``); scored, they favour a sentence that repeats the body's
    words ("Quỹ Hỗ trợ nông dân huyện", a table row naming it) over the rate asked, and the money check then
    rightly finds no sum for what is asked (trial 25 q11, r09)."""
    if info.amount_unit is None:
        return terms
    named = [*info.subject_bodies, *(info.subject_orgs or info.orgs)]
    words: set[str] = set()
    for doc_id in dict.fromkeys(h.chunk.doc_id for h in quoted):
        doc = docs.get(doc_id)
        # at the level the question names: a district association's guide asked about the commune
        # association ("Sinh hoạt của Hội Cựu chiến binh xã ... mấy cấp?") is not its own words
        if doc is not None and any(bodies.issued_by(doc, o, info.folded) for o in named):
            words |= set(tokens(f"{doc.meta.issuer or ''} {doc.meta.place or ''}"))
    return terms.without(words) if words else terms


def _without_name(
    corpus: Corpus, settings: Settings, info: QueryInfo, quoted: list[Hit], terms: Terms
) -> Terms:
    """The terms quotes are chosen by, without the words naming the first quoted document by its title
    (``retrieve.echo``: "Kinh phí tổ chức đêm nhạc ... Xuân yêu thương lấy từ đâu?"): they would choose the
    sentence restating the name ("Tổ chức đêm nhạc ... nhằm gây quỹ từ thiện ...") over the one answering.
    Unchanged with ``name_echo`` off, when the question asks nothing besides the name, when the first
    ``NAMED_QUOTED`` passages quoted are not all of one document, and when it asks a
    time, a figure or a document fact: the sentence naming the event is where its day or its count is
    written ("Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI ...")."""
    spec = info.spec
    if "name_echo" in settings.disabled_features or not quoted:
        return terms
    if spec.check in ("fact", "when") or info.amount_unit is not None or spec.answer == "metadata":
        return terms
    if len({h.chunk.doc_id for h in quoted[:NAMED_QUOTED]}) > 1:
        return terms  # the name still tells the documents quoted apart
    doc = corpus.store.doc_info.get(quoted[0].chunk.doc_id)
    naming = echo.quote_naming(terms.in_order(), echo.title_terms(doc.title if doc else None))
    return terms.without(naming, keep_mixed=True) if naming else terms


def _round_quoted_elsewhere(lead_lines: list[str], body: str, book: CitationBook, terms: Terms) -> bool:
    """Whether, for a question naming a round ("đợt 2", ``Terms.ordinals``), the first line's passage is on
    no round the question names (nor is its section) while a sentence quoted under it, other than that
    passage, is on that round: the line then states another step's time ("Thời hạn: trước ngày 15 tháng 4"
    of Bước 2 above Bước 5's "đợt 2 phần còn lại sau khi nghiệm thu", whether Bước 2 is quoted apart or
    inside the same quoted passage; trial 30 p43)."""
    if not terms.ordinals:
        return False
    led = lead_cues(lead_lines)
    cited = [c for c in book.citations if c.n in led]
    if not cited or any(
        round_match(c.quote, terms.ordinals)
        or round_match(c.section or "", terms.ordinals)
        # a document about that round ("Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai"): each of its
        # passages is on it (library2 dev mttq-08: "theo kế hoạch hiệp thương lần hai ...")
        or round_match(c.doc.title or "", terms.ordinals)
        for c in cited
    ):
        return False
    said = [" ".join(c.quote.split()) for c in cited]
    for shown in (c for c in book.citations if f"[{c.n}]" in body):
        for a, b in split_sentences(shown.quote):
            sentence = " ".join(shown.quote[a:b].split())
            if any(sentence in s or s in sentence for s in said):
                continue  # the line's own passage
            if round_match(sentence, terms.ordinals):
                return True
    return False


def _without_lead_citations(lead_lines: list[str], body: str, book: CitationBook) -> str:
    """The body renumbered once the citations only the dropped first line used are forgotten, so that the
    quotes are numbered from [1]."""
    renumber = book.forget(lead_cues(lead_lines))
    return renumber_marks(body, renumber)
