"""Lead with the fact: when a question asks for one thing (a deadline, the lead body, a date, a signer, a
document number), the answer's first line states it, with its own citation, before any quotes.

Facts come from two trusted places, never from free text generation:

- document metadata (date, signer, number, issuer), parsed from the header and signature block; the
  citation quotes the place in the document where the fact is written;
- the obligations table (lead / coordinators / deadline of a duty), falling back to a deadline phrase
  found in the best-matching retrieved sentence ("xong trong quý III/2021").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.answer import render
from assistant.answer.extractive import CitationBook, split_sentences
from assistant.answer.terms import Terms, Vocabulary, numbers_in, overlap
from assistant.models import CopyNote, Document, DocumentMeta, Hit, Obligation
from assistant.obligations.deadlines import finer_than_year
from assistant.text import doc_number_key, find_doc_numbers, fold

_DEADLINE_RE = re.compile(
    r"(?:xong\s+(?:trong|trước)|trước|trong|vào|đến|hoàn thành trong|hoàn thành trước)\s+"
    r"(quý\s+[IVX]+\s*/\s*\d{4}|tháng\s+\d{1,2}\s*/\s*\d{4}|ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|năm\s+\d{4}|"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s*/\s*\d{4})",
    re.IGNORECASE,
)


@dataclass
class FactLead:
    """The first line(s) of an answer and what they rest on."""

    kind: str
    lines: list[str] = field(default_factory=list)
    obligation: Obligation | None = None


def target_document(refs: list, hits: list[Hit], docs: dict[str, Document]) -> Document | None:
    """The document a fact question is about: the one whose number it names (``QueryInfo.doc_numbers``:
    "62-KL/TW" or loosely "Kết luận 62"), else the top hit's document (None when ``hits`` is empty)."""
    for ref in refs:
        for d in docs.values():
            if _matches(ref, d):
                return d
    for h in hits:
        if h.chunk.doc_id in docs:
            return docs[h.chunk.doc_id]
    return None


def _matches(ref, doc: Document) -> bool:
    numbers = [n for n in [doc.meta.number, *doc.meta.number_aliases] if n]
    for n in numbers:
        if ref.number and doc_number_key(ref.number) == doc_number_key(n):
            return True
        m = re.match(r"(\d+)(?:/\d{4})?[-/]([^\W\d_]+)", n)
        if m and str(int(m.group(1))) == ref.digits and (not ref.code or fold(ref.code) == fold(m.group(2))):
            return True
    return False


def _date_patterns(iso: str) -> list[str]:
    if iso.count("-") == 1:  # "2025-11": the day was left blank in the document
        y, m = iso.split("-")
        return [rf"tháng\s+0?{int(m)}\s+năm\s+{y}", rf"0?{int(m)}\s*/\s*{y}"]
    y, m, d = iso.split("-")
    di, mi = str(int(d)), str(int(m))
    return [
        rf"ngày\s+0?{di}\s+tháng\s+0?{mi}\s+năm\s+{y}",
        rf"0?{di}\s*/\s*0?{mi}\s*/\s*{y}",
        rf"0?{di}\s*-\s*0?{mi}\s*-\s*{y}",
    ]


def _locate(doc: Document, kind: str) -> tuple[int, int] | None:
    """Where in the document text the metadata fact is written (for a verbatim citation)."""
    meta, text = doc.meta, doc.text
    if kind == "signer" and meta.signer:
        i = text.rfind(meta.signer)
        return (i, i + len(meta.signer)) if i >= 0 else None
    if kind == "date" and meta.date:
        for pat in _date_patterns(meta.date):
            m = re.search(pat, text, re.IGNORECASE)
            if m:
                return m.start(), m.end()
    if kind == "number" and meta.number:
        for num, a, b in find_doc_numbers(text):
            if num == meta.number:
                return a, b
        i = text.find(meta.number)
        return (i, i + len(meta.number)) if i >= 0 else None
    if kind == "issuer" and meta.issuer:
        i = text.find(meta.issuer)
        return (i, i + len(meta.issuer)) if i >= 0 else None
    return None


def _fact_value(kind: str, source: DocumentMeta | CopyNote, language: str) -> str | None:
    """The signer, date (formatted), number or issuer of a document's metadata or of a copy note."""
    if kind == "date":
        return render.format_date(source.date, language) if source.date else None
    return getattr(source, kind, None) if kind in ("signer", "number", "issuer") else None


def metadata_fact(kind: str, doc: Document, book: CitationBook, language: str) -> FactLead | None:
    """ "Người ký: Lê Thị Thu Hồng (PHÓ BÍ THƯ) [1]" from the document's parsed metadata."""
    meta = doc.meta
    value = _fact_value(kind, meta, language)
    if not value:
        return None
    if kind == "signer":
        extra = ", ".join(x for x in (meta.signer_title, meta.signer_capacity) if x)
        value = f"{value} ({extra})" if extra else value
    line = f"{render.label(kind, language)}: {value} — {render.doc_label(render.doc_ref(doc), language)}"
    span = _locate(doc, kind)
    if span is not None:
        n = book.cite_doc_span(doc, *span)
    else:
        n = book.cite_metadata(doc, kind)
    line += f" [{n}]"
    return FactLead(kind, [line])


_COPY_RE = re.compile(r"\b(sao luc|ban sao|sao y|copy)\b")


def asks_about_copy(folded_question: str) -> bool:
    """ "Bản sao lục ... do ai ký?": the fact belongs to the copy note, not to the original document."""
    return bool(_COPY_RE.search(folded_question))


def copy_fact(kind: str, doc: Document, book: CitationBook, language: str) -> FactLead | None:
    """ "Người ký: Trần Tới — SAO LỤC 1000-BS/TU (Tỉnh ủy Bình Thuận) [1]" from the document's copy note."""
    for note in doc.meta.copies:
        value = _fact_value(kind, note, language)
        if not value:
            continue
        raw = {"signer": note.signer, "number": note.number, "issuer": note.issuer}.get(kind)
        where = " ".join(x for x in (note.kind, note.number) if x)
        if note.issuer:
            where += f" ({note.issuer})"
        line = f"{render.label(kind, language)}: {value} — {where}"
        span = None
        if raw:
            i = doc.text.rfind(raw)
            span = (i, i + len(raw)) if i >= 0 else None
        elif kind == "date" and note.date:
            for pat in _date_patterns(note.date):
                found = list(re.finditer(pat, doc.text, re.IGNORECASE))
                if found:  # the copy note comes last: its date is the last one written
                    span = (found[-1].start(), found[-1].end())
                    break
        if span is None:
            continue  # a fact we cannot point at is not stated
        line += f" [{book.cite_doc_span(doc, *span)}]"
        return FactLead(kind, [line])
    return None


def _org_names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(x, x) for x in ids)


def obligation_fact(
    kind: str,
    obligations: list[Obligation],
    terms: Terms,
    hits: list[Hit],
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
    org_names: dict[str, str] | None = None,
    preferred: set[tuple[str, int, int]] | None = None,
    action: str | None = None,
) -> FactLead | None:
    """Deadline or lead body of the duty that best matches the question, from the obligations table.

    Duties in the retrieved documents are preferred; a duty must share enough terms with the question
    (overlap >= 0.3) to be taken as the one asked about.
    """
    names = org_names or {}
    doc_rank: dict[str, int] = {}
    for i, h in enumerate(hits[:5]):
        doc_rank.setdefault(h.chunk.doc_id, i)
    candidates = [
        ob
        for ob in obligations
        if (kind != "deadline" or ob.deadline) and (kind != "lead" or ob.lead or ob.responsible)
    ]
    # Weighted by how rare a word is among these duties, not in the corpus: "Mặt trận", "kết luận" are in
    # every duty of a conclusion about the Front; "tổng kết" tells the one asked about from the others.
    local = replace(terms, vocab=Vocabulary([f"{ob.task} {ob.text}" for ob in candidates]))
    best, best_score = None, 0.0
    for ob in candidates:
        s = overlap(local, f"{ob.task} {ob.text}")
        if preferred and (ob.doc_id, ob.start, ob.end) in preferred:
            s += 0.1  # the duty concerns the organisation the question names
        if ob.doc_id in doc_rank:  # the retriever's view of which document is meant
            s += 0.2 / (1 + doc_rank[ob.doc_id])
        if kind == "deadline" and ob.deadline:
            # The action just before the deadline ("tham mưu tổng kết | vào quý III/2025") is what the
            # question asks the time of; matching it separates duties sharing one document's wording.
            at = ob.text.find(ob.deadline.text)
            if at > 0:
                window = ob.text[max(0, at - 70) : at]
                s += 1.0 * overlap(local, window)
                if action and re.search(rf"\b{action}\b", fold(window)):
                    s += 0.5  # "Khi nào tổng kết ...?" -> "... tham mưu tổng kết vào quý III/2025"
        if (
            kind == "deadline"
            and ob.deadline
            and not finer_than_year(ob.deadline.text)
            and numbers_in(ob.deadline.text) <= terms.numbers_keys()
        ):
            # The question already states this period ("giai đoạn 2021-2025"): not the answer. A quarter,
            # month or day inside it ("quý III/2025") is.
            continue
        if s > best_score:
            best, best_score = ob, s
    if best is None or best_score < 0.3:
        return None
    lines = []
    if kind == "deadline" and best.deadline:
        lines.append(f"{render.label('deadline', language)}: {best.deadline.text}")
    if best.lead:
        lead = f"{render.label('lead', language)}: {_org_names(best.lead, names)}"
        if best.coordinators:
            lead += f"; {render.label('coordinate', language)}: {_org_names(best.coordinators, names)}"
        lines.append(lead)
    elif kind == "lead" and best.responsible:
        lines.append(f"{render.label('responsible', language)}: {_org_names(best.responsible, names)}")
    doc = docs.get(best.doc_id)
    if doc is not None and best.end > best.start:
        n = book.cite_doc_span(doc, best.start, best.end)
        lines[-1] += f" [{n}]"
    return FactLead(kind, lines, obligation=best)


def deadline_from_hits(hits: list[Hit], terms: Terms, book: CitationBook, language: str) -> FactLead | None:
    """ "Thời hạn: quý III/2021" read from the best-matching retrieved sentence that states a deadline."""
    best = None
    for rank, h in enumerate(hits[:6]):
        for a, b in split_sentences(h.chunk.text):
            sent = h.chunk.text[a:b]
            m = _DEADLINE_RE.search(sent)
            if not m:
                continue
            s = overlap(terms, sent) + 0.2 / (1 + rank)
            if best is None or s > best[0]:
                best = (s, h.chunk, a, b, m.group(1))
    if best is None or best[0] < 0.25:
        return None
    _, chunk, a, b, phrase = best
    n = book.cite(chunk, a, b)
    return FactLead("deadline", [f"{render.label('deadline', language)}: {' '.join(phrase.split())} [{n}]"])
