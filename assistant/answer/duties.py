""" "What must organisation X do?": X's own paragraph in each document plus the collective duties that
include X, across documents, newest first.

Directives list duties twice over: a paragraph led by the organisation's name ("*Hội phụ nữ các cấp:*
...", which the parser marks with ``Chunk.org``) and shared duties given to a collective ("MTTQ và các
tổ chức chính trị - xã hội ..."), which the obligations table resolves to their members. A cadre of the
Women's Union needs both, and the newest instruction first.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap
from assistant.corpus import Corpus
from assistant.lexicon.words import org_aliases
from assistant.models import Chunk, Document, Obligation
from assistant.text import fold

MAX_OWN_CHARS = 600  # an own paragraph longer than this is quoted from its start, plus its best sentence


def _without_body(terms: Terms, org_id: str) -> Terms:
    """The question's terms less the words of the body's names (its aliases' syllables and pairs)."""
    try:
        names = org_aliases(org_id)
    except KeyError:  # a body named by the shape of its name
        names = [org_id]
    return _without_words(terms, {w for n in names for w in fold(n).split()})


def _without_words(terms: Terms, words: set[str]) -> Terms:
    """The question's terms less ``words`` (folded syllables) and the pairs made only of them."""
    return replace(
        terms,
        groups=[],
        unigrams={u for u in terms.unigrams if u not in words},
        bigrams={b for b in terms.bigrams if not set(b.split("_")) <= words},
    )


def _newest_first(
    doc_ids: list[str], docs: dict[str, Document], own: set[str], fit: dict[str, float] | None = None
) -> list[str]:
    """Documents whose duties for X fit the rest of the question clearly better first ("... phải làm gì
    cho Giải chạy?": the race plan, not a newer plan naming X for something else; ``fit`` in steps of
    ``FIT_STEP``), then those with an own paragraph for X (the most specific instruction), then newest."""
    fit = fit or {}
    return sorted(
        doc_ids,
        key=lambda d: (
            round(fit.get(d, 0.0) / FIT_STEP),
            d in own,
            render.doc_sort_date(docs[d]) if d in docs else "",
        ),
        reverse=True,
    )


def _own_spans(chunk: Chunk, terms: Terms) -> list[tuple[int, int]]:
    """Quote spans of an organisation paragraph: its opening sentences, and the best match if further on."""
    sents = split_sentences(chunk.text)
    if not sents:
        return []
    end_i = 0
    while end_i + 1 < len(sents) and sents[end_i + 1][1] - sents[0][0] <= MAX_OWN_CHARS:
        end_i += 1
    spans = [(sents[0][0], sents[end_i][1])]
    rest = sents[end_i + 1 :]
    if rest and terms:
        best = max(rest, key=lambda ab: overlap(terms, chunk.text[ab[0] : ab[1]]))
        if overlap(terms, chunk.text[best[0] : best[1]]) > 0.2:
            spans.append(best)
    return spans


FIT_STEP = 0.2  # duties fitting the question's other words this much better put their document first
MIN_DUTY_CHARS = 60  # shorter "duties" naming a body are list entries or headings, not tasks


def org_duty_answer(
    org_id: str,
    chunks: list[Chunk],
    docs: dict[str, Document],
    obligations: list[Obligation],
    terms: Terms,
    book: CitationBook,
    language: str,
    doc_ids: set[str] | None = None,
    max_docs: int = 4,
    max_collective: int = 4,
    body_name: str | None = None,
) -> str:
    """The answer body; empty when the documents give X neither an own paragraph nor a shared duty.
    ``body_name``: X as the question writes it ("Hội Nông dân xã"), for the caveat opening an answer of
    shared duties only (the registry's name when None)."""
    own: dict[str, list[Chunk]] = {}
    for c in chunks:
        if c.org == org_id and (doc_ids is None or c.doc_id in doc_ids):
            own.setdefault(c.doc_id, []).append(c)
    # Duties naming X among other bodies ("Đảng đoàn MTTQ, ..., Ban Thường vụ Tỉnh đoàn xây dựng ...") are
    # X's own as much as its paragraph is; duties of a group X belongs to come after them.
    named: dict[str, list[Obligation]] = {}
    shared: dict[str, list[Obligation]] = {}
    rows: dict[str, list[Obligation]] = {}  # every clause naming X, short ones too: a duty's other half
    acting: set[str] = set()  # documents where X itself acts in a duty, not only coordinates
    for ob in obligations:
        if doc_ids is not None and ob.doc_id not in doc_ids:
            continue
        if ob.org_match == "named" and _acts(ob, org_id):
            acting.add(ob.doc_id)
        if ob.org_match == "named":
            rows.setdefault(ob.doc_id, []).append(ob)
            if len(ob.text.strip()) < MIN_DUTY_CHARS:
                continue  # a list entry or a heading naming the body ("5. Ban công tác Mặt trận các thôn")
            if not any(c.start <= ob.start and ob.end <= c.end for c in own.get(ob.doc_id, [])):
                named.setdefault(ob.doc_id, []).append(ob)
        elif ob.org_match == "collective":
            shared.setdefault(ob.doc_id, []).append(ob)
    # how well a document's duties for X cover the question's words other than X's name, each read with
    # the document's subject line ("vận động Quỹ Vì người nghèo" names the plan, not its clauses)
    rest = _without_body(terms, org_id)
    fit = {
        d: max(
            overlap(rest, f"{render.subject_line(docs.get(d))} {text}")
            for text in [c.text for c in own.get(d, [])] + [o.text for o in named.get(d, [])]
        )
        for d in set(own) | set(named)
    }
    # a document where X acts before one where X only coordinates another body's duty
    order = _newest_first(sorted(set(own) | set(named) | set(shared)), docs, set(own) | acting, fit)
    order = order[:max_docs]
    blocks: list[str] = []
    n_shared = 0
    for doc_id in order:
        doc = docs.get(doc_id)
        head = render.doc_label(render.doc_ref(doc), language) if doc else doc_id
        lines = [f"{render.label('according', language)} {head}:"]
        for c in sorted(own.get(doc_id, []), key=lambda c: c.start):
            for a, b in _own_spans(c, terms):
                n = book.cite(c, a, b)
                lines.append(f"- {render.quote_line(c.text[a:b], n)}")
        # X's own duties ("Điều 6. Trách nhiệm của X": a) b)) before those where X coordinates; among
        # them those writing the question's words that the document's subject line does not ("giải quyết
        # các điểm nghẽn" names the plan, so every clause of it is about it), else the first in the text:
        # a body's list opens with what it leads (trial 34 q15: "Chủ trì thực hiện ..." was dropped for
        # the clauses echoing the plan's name)
        asked = _without_words(rest, set(fold(render.subject_line(doc)).split()))
        best_named = sorted(
            named.get(doc_id, []), key=lambda o: (not _acts(o, org_id), -overlap(asked, o.text), o.start)
        )[:3]
        best_named.sort(key=lambda o: (not _acts(o, org_id), o.start))
        lines += _clause_lines(doc, best_named, book, rows.get(doc_id, []), in_order=True)
        obs = sorted(shared.get(doc_id, []), key=lambda o: -overlap(terms, o.text))
        shared_lines = _clause_lines(doc, obs[: max(0, min(2, max_collective - n_shared))], book)
        lines += shared_lines
        n_shared += len(shared_lines)
        if len(lines) > 1:
            blocks.append("\n".join(lines))
    if blocks and not any(own.get(d) or named.get(d) for d in order):
        # "Hội Nông dân xã được giao nhiệm vụ gì ...?" where the documents give it nothing by name, only
        # duties of a group it belongs to ("các đoàn thể", "các tổ chức chính trị - xã hội"): they are quoted
        # under that caveat, never as its own duties (trial 39 u4)
        blocks.insert(0, render.label("collective_only", language, body=body_name or _display(org_id)))
    return "\n\n".join(blocks)


def written_name(question: str, org_id: str) -> str | None:
    """The registry body ``org_id`` as ``question`` writes it, its level included ("Hội Nông dân xã"); None
    when the question names it only by the shape of its name."""
    from assistant.obligations.orgs import default_registry

    found = (question[m.start : m.end] for m in default_registry().find_in(question) if m.org_id == org_id)
    return next(found, None)


def _display(org_id: str) -> str:
    """The registry's name of a body ("Hội Nông dân Việt Nam"), or ``org_id`` itself for a body named by the
    shape of its name."""
    from assistant.obligations.orgs import default_registry

    try:
        return default_registry().display(org_id)
    except KeyError:
        return org_id


def _acts(ob: Obligation, org_id: str) -> bool:
    """Whether the body ``org_id`` (a registry id, or a name as written) leads or carries out ``ob``, not
    only coordinates it, nor only a department of it does ("Ban Phong trào Ủy ban MTTQ huyện")."""
    from assistant.obligations.orgs import default_registry
    from assistant.obligations.table import _LEADING_ORGANS

    names = [*ob.lead, *ob.responsible]
    reg = default_registry()
    for n in names:
        starts = [m.start for m in reg.find_in(n) if m.org_id == org_id]
        if starts and fold(n[: min(starts)]).strip() in {"", *_LEADING_ORGANS}:
            return True
    return any(fold(n).strip().startswith(fold(org_id).strip()) for n in names)


def _clause_lines(
    doc: Document | None,
    obligations: list[Obligation],
    book: CitationBook,
    same_body: list[Obligation] | None = None,
    in_order: bool = False,
) -> list[str]:
    """A cited quote line for each duty clause, in order ([] when the document is not loaded; a clause
    without text is left out). A clause goes on with the body's clauses right next to it in
    ``same_body`` ("... mỗi chi đoàn ít nhất 03 đoàn viên; tổ chức ra quân trước ngày 26/3/2027"): the
    duty is quoted with its time, once. The quotes follow the text unless ``in_order`` keeps the order
    given."""
    if doc is None:
        return []
    spans: list[tuple[int, int]] = []
    for ob in obligations:
        if ob.end <= ob.start:
            continue
        a, b = _with_neighbours(doc.text, ob, same_body or [])
        if not any(x <= a and b <= y for x, y in spans):
            spans = [(x, y) for x, y in spans if not (a <= x and y <= b)] + [(a, b)]
    spans = spans if in_order else sorted(spans)
    return [f"- {render.quote_line(doc.text[a:b], book.cite_doc_span(doc, a, b))}" for a, b in spans]


def _with_neighbours(text: str, ob: Obligation, rows: list[Obligation]) -> tuple[int, int]:
    """``ob``'s span widened over the clauses of the same parties that touch it (only ";" or "," between)."""
    parties = (ob.lead, ob.responsible)
    same = sorted(
        (r for r in rows if (r.lead, r.responsible) == parties and r.end > r.start), key=lambda r: r.start
    )
    a, b = ob.start, ob.end
    for r in same:
        if r.start >= b and not text[b : r.start].strip(" ;,"):
            b = r.end
    for r in reversed(same):
        if r.end <= a and not text[r.end : a].strip(" ;,"):
            a = r.start
    return a, b


def duties_of(corpus: Corpus, org: str | None, document: str | None) -> list[Obligation] | None:
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
