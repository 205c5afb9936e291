"""The planner's first stage: what it reads of the question before answering it (``Frame``).

The time and the amount a question asks, its terms, the bodies it asks about, the documents it names or
describes (``retrieve.scope``) and whether they are held, cited only, missing or stood in for by the best
retrieved document, and a document fact read from a citing sentence. Every later stage of
``plan.plan_answer`` (``plan_lead``, ``plan_quotes``, ``plan_abstain``, ``plan_quote_lead``, ``plan_finish``)
reads this frame; none changes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer import bodies, cited_facts, times
from assistant.answer.amount_asked import rate_asked
from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead
from assistant.answer.terms import Terms, question_terms
from assistant.corpus import Corpus
from assistant.lexicon.phrases import paraphrase_groups
from assistant.models import Document, Hit
from assistant.query import DocDescription, QueryInfo, org_aliases
from assistant.retrieve.scope import (
    DocumentScope,
    citing_docs,
    document_scope,
    named_docs,
    stand_in,
    undescribed,
)
from assistant.text import fold


@dataclass(frozen=True)
class Frame:
    """The question as the planner reads it, before any first line or quote (``frame_question``).

    ``time_kind``: "deadline", "day" or "event" for a "fact"/"when" question, else None;
    ``amount_question``: the resolved question when its quotes should write a quantity in the unit asked,
    else None; ``terms``: the terms passages are matched by (without the words naming its documents);
    ``orgs``: the bodies asked about, the actor first; ``place_docs``: the documents of the place or day
    named (``bodies.place_docs``), None when none is named; ``scope``: the documents named or described;
    ``named_doc``: the one document the question names, when loaded; ``unheld``: a document asked about is
    not loaded (nor stood in for, nor its fact cited); ``cited_only``: a document named by number is only
    cited by loaded ones; ``missing``: the described document no loaded one is; ``stand_in_doc``: the best
    retrieved document answering for it; ``cited``: its number or date read from a citing sentence."""

    time_kind: str | None
    amount_question: str | None
    terms: Terms
    orgs: list[str]
    place_docs: set[str] | None
    scope: DocumentScope
    named_doc: Document | None
    unheld: bool
    cited_only: bool
    missing: DocDescription | None
    stand_in_doc: Document | None
    cited: FactLead | None


def frame_question(
    corpus: Corpus, info: QueryInfo, resolved: str, hits: list[Hit], book: CitationBook, language: str
) -> Frame:
    """The ``Frame`` of ``info`` (``resolved`` its question with follow-ups resolved) over the retrieved
    ``hits``; a citing sentence read for a missing document's fact is cited in ``book``."""
    docs = corpus.docs
    spec = info.spec
    # The time a "fact"/"when" question needs: a time limit, an event's day ("ngày nào?") or any time.
    time_kind = {"fact": "deadline", "when": "day" if times.asks_day(resolved) else "event"}.get(
        spec.check or ""
    )
    # "mấy cấp?", "bao nhiêu ngày?": the quotes should write a quantity in the unit asked ("bao nhiêu
    # người" is a count with any noun for people, as loose as no unit: "03 đại biểu" of another matter
    # would be pulled in and pass the amount check)
    # A rate asked without its unit ("Lãi suất cho vay ... là bao nhiêu?", "Tỷ lệ ... đạt bao nhiêu?") is
    # asked in per cent as "bao nhiêu phần trăm?" is: its quotes should write a rate, not the steps that
    # share the fund's name (trial 46 q20)
    amount_question = (
        resolved
        if (info.amount_unit or (info.amount_unit == [] and rate_asked(resolved)))
        and info.amount_unit != ["nguoi"]
        and spec.check not in ("fact", "when")
        and spec.answer != "metadata"
        else None
    )
    # An English word glossed several ways is one concept, like an organisation's aliases.
    gloss_groups = [g for g in info.english_glosses if len(g) > 1]
    grouped = {t for g in gloss_groups for t in g}
    alternatives = [org_aliases(o) for o in info.orgs] + gloss_groups
    terms = question_terms(
        resolved,
        info.expansions + [t for t in info.english_terms if t not in grouped],
        corpus.vocab,
        english=info.language == "en",
        alternatives=alternatives,
        synonyms=(
            paraphrase_groups(resolved, info.accentless, info.restored) if info.language == "vi" else None
        ),
    )
    # The actor first ("Hội phụ nữ ... của Ban Thường vụ"): a body named by the shape of its name is more
    # specific than a registry body inside it ("Ban Tuyên giáo Tỉnh hội"), and counts without registry.
    # (not the issuer's code of a document's number: "Công an huyện ... trong Thông báo 86-TB/HU")
    orgs = list(info.subject_bodies) + list(
        info.subject_orgs or [o for o in info.orgs if o not in info.number_orgs]
    )
    if not orgs:
        orgs = list(info.bodies)
    place_docs = bodies.place_docs(info, corpus, hits)
    scope = document_scope(corpus.store.doc_info, info)
    # The words naming the question's documents ("Theo kế hoạch bầu cử của Mặt trận xã", "Thông báo 160
    # của Bộ Chính trị") say which document, not which of its passages or clauses.
    if scope.docs and info.description_words:
        terms = terms.without(set(info.description_words))
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
    # Cited by a loaded document but not loaded itself: only passages naming it speak of it.
    cited_only = (
        not unheld
        and bool(info.doc_numbers)
        and not scope.docs
        and not any(r.implemented for r in info.doc_numbers)
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # "Ai ký Kế hoạch của Hội Chữ thập đỏ huyện?" where no plan of that body is loaded: the same.
    missing = (
        undescribed(corpus.store.doc_info, info)
        if spec.answer == "metadata" and not info.doc_numbers and not scope.docs
        else None
    )
    if spec.answer == "metadata" and not info.doc_numbers and scope.docs and missing is None:
        # "Báo cáo của Huyện đoàn ... nhắc tới kế hoạch của Ban Thường vụ Tỉnh đoàn ...; kế hoạch đó số mấy?":
        # of two documents described, the fact is asked of the one "kế hoạch đó" points back to; when no
        # held document can be it, the described report's number is no answer
        other = undescribed(corpus.store.doc_info, info)
        if other is not None and cited_facts.points_back(info.folded, other.kind):
            missing = other
    # ... unless the best-ranked document is of that type and about what the description says it is
    # about ("Công văn của Huyện đoàn về báo cáo chiến dịch hè" where the letterhead names the body
    # otherwise): it is answered, with a note saying whose document it is.
    stand_in_doc = None
    if missing is not None and hits:
        top = hits[0].chunk.doc_id
        texts = [h.chunk.text for h in hits if h.chunk.doc_id == top]
        if stand_in(corpus.store.doc_info, info, missing, top, texts):
            stand_in_doc = docs.get(top)
    # ... or, its number or date asked, a retrieved document cites it by type, issuer and subject ("Kế hoạch
    # số 225-KH/TWĐTN-TNNT ngày 13/02/2020 của Ban Bí thư Trung ương Đoàn về Tháng Thanh niên năm 2020"):
    # the citing sentence states them (library2 dev l2-rw-14)
    cited = (
        cited_facts.cited_fact(corpus, info, missing, hits, book, language)
        if missing is not None and stand_in_doc is None and spec.answer == "metadata"
        else None
    )
    unheld = unheld or (missing is not None and stand_in_doc is None and cited is None)
    return Frame(
        time_kind=time_kind,
        amount_question=amount_question,
        terms=terms,
        orgs=orgs,
        place_docs=place_docs,
        scope=scope,
        named_doc=named_doc,
        unheld=unheld,
        cited_only=cited_only,
        missing=missing,
        stand_in_doc=stand_in_doc,
        cited=cited,
    )


def described(question: str, desc: DocDescription | None) -> str:
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
