"""Lead with the fact: when a question asks for one thing (a deadline, the lead body, a date, a signer, a
document number), the answer's first line states it, with its own citation, before any quotes.

Facts come from two trusted places, never from free text generation:

- document metadata (date, signer, number, issuer, title, basis, recipients), parsed from the header and
  signature block, or from a copy's note ("SAO LỤC"); the citation quotes the place in the document where
  the fact is written. This module holds these and ``FactLead``, the first line(s) every fact path returns;
- the obligations table (lead / coordinators / deadline of a duty, ``clause_facts``), falling back to a
  deadline phrase found in the best-matching retrieved sentence ("xong trong quý III/2021") or a body's
  dated duties (``deadline_facts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.signature_span import signature_span
from assistant.lexicon.phrases import is_basis_sentence
from assistant.models import CopyNote, Document, DocumentMeta, Obligation, Reference
from assistant.text import adoption_date, find_doc_numbers, fold


@dataclass
class FactLead:
    """The first line(s) of an answer and what they rest on."""

    kind: str
    lines: list[str] = field(default_factory=list)
    obligation: Obligation | None = None
    absent: bool = False  # the governing clause states no such fact, and the line says so
    # The document that changed the stated time (``answer.amended``): its quote leads the answer's quotes.
    amended_by: str | None = None


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


def _span(text: str, phrase: str, last: bool = False) -> tuple[int, int] | None:
    """Where ``phrase`` is written in ``text``, its first occurrence (its last with ``last``), or None."""
    i = text.rfind(phrase) if last else text.find(phrase)
    return (i, i + len(phrase)) if i >= 0 else None


def _date_span(text: str, iso: str, last: bool = False) -> tuple[int, int] | None:
    """Where the date ``iso`` is written in ``text`` in the first of its wordings found there (its last
    occurrence with ``last``), or None."""
    for pat in _date_patterns(iso):
        found = list(re.finditer(pat, text, re.IGNORECASE))
        if found:
            m = found[-1] if last else found[0]
            return m.start(), m.end()
    return None


def _basis_line(text: str, number: str | None) -> tuple[int, int] | None:
    """The first line of ``text`` citing the document ``number`` that reads as a basis sentence ("Thực hiện
    Nghị quyết số 15-NQ/ĐU ngày ...; Kế hoạch số 14/KH-HPN ..., Ban Thường vụ ... xây dựng kế hoạch như
    sau:", ``phrases.is_basis_sentence``): where a document names what it rests on, not a later row or
    duty naming the same paper ("Hội nghị quán triệt Nghị quyết số 15-NQ/ĐU ..."; trial 37 x-b10h). None
    when no such line writes it. Offsets into ``text``, the line's spaces trimmed."""
    if not number:
        return None
    at = text.find(number)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if is_basis_sentence(line):
            lead = len(line) - len(line.lstrip())
            return start + lead, start + len(line.rstrip())
        at = text.find(number, end)
    return None


def _locate(doc: Document, kind: str) -> tuple[int, int] | None:
    """Where in the document text the metadata fact is written (for a verbatim citation)."""
    meta, text = doc.meta, doc.text
    if kind == "signer" and meta.signer:
        # the name in the signature, not in an appendix after it listing the signer among others ("1 | Võ
        # Văn Dũng | Chủ tịch Hội ... | Trưởng ban"; newcomer trial 47 q16)
        span = signature_span(doc, meta.signer) or _span(text, meta.signer, last=True)
        last = _span(text, meta.cosigners[-1].name, last=True) if meta.cosigners else None
        if span and last and last[0] > span[0]:
            return span[0], last[1]  # a joint document's signature columns, the first name to the last
        return span
    if kind == "date" and meta.date:
        return _date_span(text, meta.date)
    if kind == "number" and meta.number:
        for num, a, b in find_doc_numbers(text):
            if num == meta.number:
                return a, b
        return _span(text, meta.number)
    if kind == "issuer" and meta.issuer:
        return _span(text, meta.issuer)
    if kind == "title" and meta.title:
        return _span(text, meta.title)
    if kind == "issued_with" and meta.issued_with:
        return _span(text, meta.issued_with)
    if kind == "basis" and meta.references:
        ref = meta.references[0]
        return _basis_line(text, ref.number) or _span(
            text, ref.text if ref.text and ref.text in text else ref.number
        )
    if kind == "addressees" and meta.addressees:
        i = text.find(meta.addressees[0])
        j = text.find(meta.addressees[-1], max(i, 0))
        return (i, j + len(meta.addressees[-1])) if 0 <= i <= j else None
    if kind == "recipients" and meta.recipients_text:
        return None  # the block is metadata, cited as written (``CitationBook.cite_metadata``)
    if kind == "recipients" and meta.recipients:
        i = text.rfind(meta.recipients[0])
        j = text.rfind(meta.recipients[-1])
        return (i, j + len(meta.recipients[-1])) if 0 <= i <= j else None
    return None


def _fact_value(kind: str, source: DocumentMeta | CopyNote, language: str) -> str | None:
    """The signer, date (formatted), number or issuer of a document's metadata or of a copy note."""
    if kind == "date":
        return render.format_date(source.date, language) if source.date else None
    if kind == "recipients":
        names = source.sent_to() if isinstance(source, DocumentMeta) else getattr(source, "recipients", [])
        return "; ".join(names) if names else None
    if kind == "addressees":
        names = getattr(source, "addressees", [])
        return "; ".join(names) if names else None
    if kind == "basis":
        refs = getattr(source, "references", [])
        return "; ".join(_reference_label(r, language) for r in refs) if refs else None
    if kind == "issued_with":
        return _issuing_document(source, language)
    return getattr(source, kind, None) if kind in ("signer", "number", "issuer", "title") else None


def _issuing_document(meta: DocumentMeta | CopyNote, language: str) -> str | None:
    """The document that issues this one ("Quyết định 31/QĐ-MTTQ-BTT (08/08/2034)"): the reference read
    from the "(Ban hành kèm theo ...)" note, else the note as printed."""
    note = getattr(meta, "issued_with", None)
    if not note:
        return None
    refs = [r for r in getattr(meta, "references", []) if r.number and r.number in note]
    return _reference_label(refs[0], language) if refs else note


def _reference_label(ref, language: str) -> str:
    """ "Hướng dẫn 45-HD/HNDT (02/04/2026)" for a document reference of the preamble."""
    head = " ".join(x for x in (ref.doc_type, ref.number) if x)
    return f"{head} ({render.format_date(ref.date, language)})" if ref.date else head


_MARK_RE = re.compile(r"\b(?:t/m|tm|k/t|kt|t/l|tl|t/u|tuq|q)\.?\s+")


def _signed_for(meta: DocumentMeta) -> list[str]:
    """What each signer of a joint document signs for (folded), in the order of ``metadata_fact``'s
    people: the capacity ("tm. uy ban nhan dan xa") and the issuing body it names, one part of a joint
    issuer ("A - B"): the part holding the capacity's body ("ban thuong vu" of "Ban Thường vụ Hội LHPN
    ..."), else the part whose head word ends the capacity or the title ("PHÓ TRƯỞNG PHÒNG": "Phòng ...");
    a signer matched by neither takes the one part left."""
    people = [(meta.signer_capacity, meta.signer_title)] + [(c.capacity, c.title) for c in meta.cosigners]
    parts = [fold(p) for p in (meta.issuer or "").split(" - ") if p.strip()]
    owner: list[int | None] = []
    for cap, title in people:
        body = _MARK_RE.sub("", fold(cap or "")).strip()
        hits = [k for k, p in enumerate(parts) if body and re.search(rf"\b{re.escape(body)}\b", p)]
        if len(hits) != 1:
            ends = {x.split()[-1] for x in (body, fold(title or "")) if x.split()}
            hits = [k for k, p in enumerate(parts) if p.split()[0] in ends]
        owner.append(hits[0] if len(hits) == 1 else None)
    left = [k for k in range(len(parts)) if k not in owner]
    if owner.count(None) == 1 and len(left) == 1:
        owner[owner.index(None)] = left[0]
    pairs = zip(people, owner, strict=True)
    return [" ".join([fold(cap or ""), parts[k] if k is not None else ""]) for (cap, _), k in pairs]


def signers_for(meta: DocumentMeta, asked: list[list[str]]) -> list[int] | None:
    """The signers (0 the first, k the k-th cosigner) who signed a joint document for the one body a
    question names ("Bên Mặt trận ai ký ...?", ``asked``: that body's folded names): those whose
    capacity or issuing body (``_signed_for``) is that body's; None when the question names no body, or
    several, or the body names every signer or none (the whole signature answers)."""
    if not meta.cosigners or len(asked) != 1:
        return None
    signed = _signed_for(meta)
    chosen = [
        n for n, text in enumerate(signed) if any(re.search(rf"\b{re.escape(x)}\b", text) for x in asked[0])
    ]
    return chosen if 0 < len(chosen) < len(signed) else None


def metadata_fact(
    kind: str,
    doc: Document,
    book: CitationBook,
    language: str,
    asked: list[list[str]] | None = None,
    keep: Callable[[Reference], bool] | None = None,
    question: str = "",
) -> FactLead | None:
    """ "Người ký: Lê Thị Thu Hồng (PHÓ BÍ THƯ) [1]" from the document's parsed metadata. ``asked``: the
    folded names of the bodies the question names; of a joint document's signers, a question naming one
    of its bodies gets that body's (``signers_for``). ``keep``: of the references a "basis" line lists,
    those the question describes (``retrieve.scope.cited_filter``); None when none of them is.
    ``question`` (folded): of those, the ones of the type and issuer it asks ("quy định nào của Ban Bí
    thư?", ``asked_references``)."""
    if kind == "adopted":
        # a document stating no adoption is answered by its issue date, labelled as such (a resolution's
        # date is the day its conference adopted it)
        return adopted_fact(doc, book, language) or metadata_fact("date", doc, book, language)
    meta = doc.meta
    if kind == "basis" and keep is not None:
        kept = [r for r in meta.references if keep(r)]
        if not kept:
            return None
        meta = replace(meta, references=kept)
    if kind == "basis" and question:
        refs = asked_references(meta.references, question)
        if refs and len(refs) < len(meta.references):
            meta = replace(meta, references=refs)
    value = _fact_value(kind, meta, language)
    if not value:
        return None
    if kind == "signer":
        # Every signer of a joint document, each with the title and capacity printed above the name.
        people = [(value, meta.signer_title, meta.signer_capacity)]
        people += [(c.name, c.title, c.capacity) for c in meta.cosigners]
        chosen = signers_for(meta, asked or [])
        if chosen is not None:
            people = [people[n] for n in chosen]
        value = "; ".join(
            f"{name} ({extra})" if (extra := ", ".join(x for x in (title, cap) if x)) else name
            for name, title, cap in people
        )
    if kind in meta.inferred:  # taken from the documents citing it, not from its own text: say so
        value = f"{value} ({render.label('inferred', language)})"
    line = f"{render.label(kind, language)}: {value} — {render.doc_label(render.doc_ref(doc), language)}"
    span = _locate(doc, kind) if meta is doc.meta else _locate(replace(doc, meta=meta), kind)
    if span is not None:
        n = book.cite_doc_span(doc, *span)
    else:
        n = book.cite_metadata(doc, kind)
    line += f" [{n}]"
    return FactLead(kind, [line])


def adopted_fact(doc: Document, book: CitationBook, language: str) -> FactLead | None:
    """ "Ngày thông qua: 16/06/2025 — Luật 72/2025/QH15 [1]": the date the document itself says it
    was adopted (``text.adoption_date``), from its own closing statement ("Luật này được Quốc hội ...
    thông qua ngày ..."), quoted, else from the note of its title block ("(Đại hội ... thông qua ngày
    13/12/2017)" under a charter's name, which the parser keeps as the title), cited as the title; None
    when it writes neither (its issue date is no adoption date)."""
    found = adoption_date(doc.text)
    if found is not None:
        (a, b), sentence = found
        value = doc.text[a:b]
        n = book.cite_doc_span(doc, *sentence)
    else:
        title = doc.meta.title or ""
        noted = adoption_date(title, own=False)
        if noted is None:
            return None
        (a, b), _ = noted
        value = title[a:b]
        n = book.cite_metadata(doc, "title")
    day, month, year = re.findall(r"\d+", value)[:3]
    value = render.format_date(f"{int(year):04d}-{int(month):02d}-{int(day):02d}", language)
    line = f"{render.label('adopted', language)}: {value} — {render.doc_label(render.doc_ref(doc), language)}"
    return FactLead("adopted", [f"{line} [{n}]"])


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
        # the copy note comes last: its fact is the last one written
        span = None
        if raw:
            span = _span(doc.text, raw, last=True)
        elif kind == "date" and note.date:
            span = _date_span(doc.text, note.date, last=True)
        if span is None:
            continue  # a fact we cannot point at is not stated
        line += f" [{book.cite_doc_span(doc, *span)}]"
        return FactLead(kind, [line])
    return None


def signed_fact(
    name: str,
    signed: list[tuple[str, str, str]],
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
) -> FactLead | None:
    """ "Văn bản do Hoàng Thị Mến ký: Chương trình 03/CTRPH-MTTQ-UBND (14/03/2029) — Về ... (CHỦ TỊCH, TM.
    BAN THƯỜNG TRỰC) [1]; ..." : the documents ``name`` signs (``signed``: (doc_id, title, capacity) of
    each, ``Corpus.signers``), newest first, each cited where the name is written (its signature)."""
    items = []
    for doc_id, title, capacity in signed:
        doc = docs.get(doc_id)
        if doc is not None and all(d.doc_id != doc_id for d, _, _ in items):
            items.append((doc, title, capacity))
    items.sort(key=lambda x: render.doc_sort_date(x[0]), reverse=True)
    parts = []
    for doc, title, capacity in items[:MAX_SIGNED]:
        ref = render.doc_ref(doc)
        part = render.doc_label(ref, language)
        subject = doc.meta.title or ""
        if subject and subject not in ref.title:  # the label names an unnumbered document by its subject
            part += f" — {subject}"
        if extra := ", ".join(x for x in (title, capacity) if x):
            part += f" ({extra})"
        span = signature_span(doc, name) or _span(doc.text, name, last=True)
        n = book.cite_doc_span(doc, *span) if span else book.cite_metadata(doc, "signer")
        parts.append(f"{part} [{n}]")
    if not parts:
        return None
    return FactLead("signed", [f"{render.label('signed_docs', language, name=name)}: {'; '.join(parts)}"])


MAX_SIGNED = 10  # documents listed for one signer

# The document facts a (folded) question asks by its own words, each with its kind: "số mấy, ngày nào và
# ai ký?" asks the number, the date and the signer (trial 36 t36-07: only the signer and number were
# stated for a copy's "số mấy, ngày nào và ai ký?")
_ASKED_DOC_FACTS = (
    (
        "number",
        re.compile(
            r"\b(?:so may|so bao nhieu|so hieu (?:nao|la gi|gi)|mang so (?:nao|hieu nao|may)"
            r"|what number|which number)\b"
        ),
    ),
    ("date", re.compile(r"\b(?:ngay nao|ngay may|ngay bao nhieu|ban hanh khi nao|what date|dated when)\b")),
    ("signer", re.compile(r"\b(?:ai ky|nguoi ky|do ai ky|who signed|signed by whom)\b")),
)


def asked_doc_facts(folded_question: str) -> list[str]:
    """The kinds of document fact ("number", "date", "signer") the folded question asks by its words, in
    the order it asks them; [] when it asks none of them."""
    found = [(m.start(), kind) for kind, rx in _ASKED_DOC_FACTS if (m := rx.search(folded_question))]
    return [kind for _, kind in sorted(found)]


# "... triển khai quy định nào của Ban Bí thư?", "... văn bản nào của Tỉnh ủy?" (folded): the type of the
# document asked (group 1; "văn bản" names none) and the words after "của" (group 2), its issuer
_ASKED_REFERENCE_RE = re.compile(
    r"\b(ke hoach|nghi quyet|chi thi|huong dan|quyet dinh|ket luan|thong bao|thong tri|chuong trinh|"
    r"cong van|quy dinh|luat|van ban)\s+(?:[a-z]+\s+){0,2}?nao\b(?:\s+cua\s+([a-z ]+))?"
)


def asked_references(refs: list, folded_question: str) -> list:
    """Of a document's references (``DocumentMeta.references``), those of the type and issuer the question
    asks ("... triển khai quy định nào của Ban Bí thư?" -> the Quy định of the Ban Bí thư; the issuer read
    as the longest run of the words after "của", two at least, written in a reference's issuer); all of
    them when the question names neither or none matches (trial 36 t36-08, t36-30: every basis listed).
    """
    m = _ASKED_REFERENCE_RE.search(folded_question or "")
    if not m or not refs:
        return refs
    out = refs
    if m[1] != "van ban":
        out = [r for r in out if r.doc_type and fold(r.doc_type).startswith(m[1])] or out
    words = (m[2] or "").split()
    for k in range(min(len(words), 5), 1, -1):
        phrase = " ".join(words[:k])
        issued = [r for r in out if r.issuer and re.search(rf"\b{phrase}\b", fold(r.issuer))]
        if issued:
            return issued
    return out
