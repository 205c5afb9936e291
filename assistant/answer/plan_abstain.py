"""The planner's fourth stage: the checks of the question's kind over what is quoted, and the abstentions.

The evidence (``checks.run_checks`` over the quotes, read with their tables' column names), then, in this
order, the abstentions: a document asked about that is not loaded (or only cited, writing no time of its
own), a document fact its metadata does not print, and nothing to answer or too weak evidence, each with
"see also" sections. After ``plan_quotes``; ``plan_quote_lead`` reads a first line from what is quoted.
"""

from __future__ import annotations

import re

from assistant.answer import abstain, render, times
from assistant.answer.abstain import Evidence
from assistant.answer.checks import run_checks
from assistant.answer.citations import CitationBook
from assistant.answer.no_replaced import replaces_nothing
from assistant.answer.plan_marks import reading
from assistant.answer.plan_scope import Frame, described
from assistant.answer.sentences import split_sentences
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.models import Answer, Citation, Document, Hit
from assistant.query import QueryInfo
from assistant.retrieve.scope import DocumentScope, numbers_match
from assistant.text import find_doc_numbers


def gather_evidence(
    corpus: Corpus,
    info: QueryInfo,
    resolved: str,
    hits: list[Hit],
    book: CitationBook,
    frame: Frame,
    fact_doc: Document | None,
    lead_lines: list[str],
    spans_text: list[str],
    asked_bodies: list[str],
    actor_names: list[str],
) -> tuple[Evidence, list[str], dict[int, str]]:
    """``(ev, quoted_text, readings)``: the checks' evidence, the texts quoted (spans, quotes and table
    rows read with their column names) and each citation's reading by its number."""
    docs = corpus.docs
    terms, scope, time_kind = frame.terms, frame.scope, frame.time_kind
    quoted_text = spans_text + [c.quote for c in book.citations]
    # a quoted table row is read with its column names too ("Kinh phí hỗ trợ (đồng): 3.000.000"), which
    # its quote, the document's cells, does not repeat
    readings = {c.n: reading(docs, c) for c in book.citations}
    quoted_text += [r for c in book.citations if (r := readings[c.n]) != c.quote]
    ev = run_checks(
        corpus,
        info,
        resolved,
        terms,
        hits,
        book,
        scope=scope,
        fact_doc=fact_doc,
        lead_lines=lead_lines,
        spans_text=spans_text,
        quotes=quoted_text,
        asked_bodies=asked_bodies,
        actor_names=actor_names,
        time_kind=time_kind,
    )
    return ev, quoted_text, readings


def abstention(
    corpus: Corpus,
    settings: Settings,
    question: str,
    info: QueryInfo,
    hits: list[Hit],
    language: str,
    frame: Frame,
    book: CitationBook,
    ev: Evidence,
    quoted_text: list[str],
    fact_doc: Document | None,
    lead_lines: list[str],
    body: str,
    answer: Answer,
) -> Answer | None:
    """``answer`` made an abstention (its text, "see also" sections, a note; ``ev.reason`` set where the
    abstention says why) when the question cannot be answered from what is quoted; None otherwise."""
    spec = info.spec
    named_doc, scope, time_kind = frame.named_doc, frame.scope, frame.time_kind
    unheld, cited_only, missing = frame.unheld, frame.cited_only, frame.missing
    threshold = settings.abstain_threshold or abstain.DEFAULT_THRESHOLD
    # a document fact of the document named, or the documents a person named signs: metadata, not a
    # passage's match
    trusted_fact = bool(lead_lines and (named_doc and spec.answer == "metadata" or spec.answer == "signed"))
    if cited_only and spec.check in ("fact", "when") and not _dated_where_named(book, info, time_kind):
        # "Kế hoạch 09/KH-CCB ... giao cho các xã hạn báo cáo là ngày nào?" where 09/KH-CCB is only cited
        # ("Căn cứ Kế hoạch số 09/KH-CCB ngày 20/02/2027 ..."): the citing documents' times are their own;
        # only a passage naming it that writes a time (its own date aside) says one of its (trial 25 n03)
        unheld = True
    if unheld and not (info.intent == "date" and times.writes_cited_date(quoted_text, info.doc_numbers)):
        # Only a citing sentence that writes that document's date next to its number answers.
        ev.reason = "document_not_held"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        ref = info.doc_numbers[0].text if info.doc_numbers else described(question, missing)
        answer.notes.append(render.label("note_doc_not_held", language, ref=ref))
        return answer
    if _unprinted(info, scope, fact_doc, lead_lines):
        # "Kế hoạch ... thực hiện Thông báo 160 mang số hiệu nào, ban hành ngày nào?" of the plan the
        # question names, which prints neither: its other passages are no number or date (trial 36 t36-59)
        ev.reason = "fact_not_printed"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        doc_label = render.doc_label(render.doc_ref(fact_doc), language)
        fact = render.label(info.intent, language).lower()
        answer.notes.append(render.label("note_fact_not_printed", language, fact=fact, doc=doc_label))
        return answer
    if not lead_lines and (unreplacing := replaces_nothing(corpus, info.question, scope)):
        # "Nghị quyết 05 thay thế nghị quyết nào?" of a resolution writing no replacing word: it replaces
        # none, said so, rather than quotes of its other items (trial 46 u08, ``no_replaced``)
        ev.reason = "replaced_not_written"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        doc_label = render.doc_label(render.doc_ref(corpus.docs[unreplacing[0]]), language)
        answer.notes.append(render.label("note_no_replaced", language, doc=doc_label))
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
    return None


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


def _dated_where_named(book: CitationBook, info: QueryInfo, time_kind: str | None) -> bool:
    """Whether a cited passage names the document the question asks about (by number) and writes a time
    besides that document's own date: what a loaded document says of a document it only cites."""
    # "hạn báo cáo là ngày nào?" asks a time limit: an anniversary's dates beside the number are none
    limit = time_kind == "deadline" or bool(re.search(r"\bhan\b", info.folded))
    for c in book.citations:
        numbers = [n for n, _, _ in find_doc_numbers(c.text)]
        if numbers_match(numbers, info.doc_numbers) and times.writes_time([c.text], deadline=limit):
            return True
    return False


def _unprinted(info: QueryInfo, scope: DocumentScope, doc: Document | None, lead_lines: list[str]) -> bool:
    """Whether the question asks the number or date (``QueryInfo.intent``) of the document it names (the
    scope's target) and that document's metadata has none, so no first line: it prints no such fact."""
    return bool(
        not lead_lines
        and info.spec.answer == "metadata"
        and info.intent in ("number", "date")
        and doc is not None
        and scope.target() == doc.doc_id
        and not getattr(doc.meta, info.intent, None)
        # "Quy chế ... ban hành kèm theo quyết định số mấy?" asks the number of another paper, which a
        # sentence of it may write (a note "Ban hành kèm theo Quyết định số 12-QĐ/HPN ...")
        and not _OTHER_PAPER_NUMBER_RE.search(info.folded)
    )


_OTHER_PAPER_NUMBER_RE = re.compile(
    r"\b(?:kem theo|theo|tai|cua)\s+(?:quyet dinh|nghi quyet|ke hoach|thong bao|cong van|huong dan|chi thi"
    r"|ket luan|quy dinh|van ban)\s+(?:so may|so nao|so bao nhieu|ngay nao|ngay bao nhieu)\b"
)
