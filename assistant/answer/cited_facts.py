"""A document's number and date read from the sentence citing it, when the document itself is not loaded.

"Bài viết ... nhắc tới kế hoạch của Ban Bí thư Trung ương Đoàn về tháng này; kế hoạch đó mang số hiệu
gì, ban hành ngày nào?" asks about a plan no loaded document is (``retrieve.scope.undescribed``); a
retrieved document cites it, "... theo 7 nội dung trọng tâm Kế hoạch số 225-KH/TWĐTN-TNNT ngày 13/02/2020
của Ban Bí thư Trung ương Đoàn về Tháng Thanh niên năm 2020": its type, issuer and subject ("về ...") are
the description's, so the citing sentence states the number and date asked (library2 dev l2-rw-14). Only
a citation whose issuer fits the description and whose subject the question writes answers, and only one:
two cited documents fitting it name no one number.
"""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead, asked_doc_facts
from assistant.corpus import Corpus
from assistant.models import Document, Hit, Reference
from assistant.query import DocDescription, QueryInfo
from assistant.query.docrefs import expanded_folded
from assistant.retrieve.scope import described_subject, issuer_fits

# Of a citation's subject ("về Tháng Thanh niên năm 2020"), the share of content words the question must
# write for the citation to be the document it describes: most of them (a question shortens a subject, "Tháng
# Thanh niên 2020"), never a single shared word.
SUBJECT_SHARE = 0.75
SUBJECT_MIN_WORDS = 2
# How many of the best-ranked documents' citations are read.
CITING_DOCS = 5
# "về <subject>" after a citation's number, date and issuer (folded), up to its clause's end or the comma
# after which the citing sentence goes on ("..., Huyện đoàn đã tổ chức ...").
_SUBJECT_RE = re.compile(r"\bve\s+([^,;:()\n]+)")
# Words a subject is written with that say nothing of it (folded): "việc", "năm", "công tác" ...
_FILLER = frozenset("viec nam cong tac thuc hien trien khai to chuc cua ve".split())


def _subject_words(ref: Reference) -> list[str]:
    """The folded content words of what a citation says its document is about (its "về ..." after the
    number); [] when it writes none."""
    phrase = vt.fold(ref.text)
    at = phrase.find(vt.fold(ref.number))
    m = _SUBJECT_RE.search(phrase, at + len(ref.number) if at >= 0 else 0)
    if m is None:
        return []
    stop = {vt.fold(w) for w in vt.stopwords()} | _FILLER
    return [w for w in re.findall(r"[a-z0-9]+", m.group(1)) if w not in stop]


def _fits(ref: Reference, desc: DocDescription, info: QueryInfo) -> bool:
    """Whether a citation may be the described document: its type the description's, its issuer one the
    description's can be (``scope.issuer_fits``), its subject written in the question (most of its words,
    two at least) and holding the description's own subject words ("về ..." after it), if any."""
    if not vt.fold(ref.doc_type or "").startswith(desc.kind):
        return False
    if desc.issuer and not (ref.issuer and issuer_fits(desc.issuer, expanded_folded(ref.issuer))):
        return False
    subject = _subject_words(ref)
    if len(subject) < SUBJECT_MIN_WORDS:
        return False
    asked = set(re.findall(r"[a-z0-9]+", info.expanded)) | set(re.findall(r"[a-z0-9]+", info.folded))
    if sum(w in asked for w in subject) < SUBJECT_SHARE * len(subject):
        return False
    return set(described_subject(info, desc)) <= set(subject)


def _citing_span(doc: Document, ref: Reference) -> tuple[int, int] | None:
    """(start, end) in ``doc.text`` of the citing phrase, its number up to its clause's end."""
    at = doc.text.find(ref.number)
    if at < 0:
        return None
    phrase = ref.text.strip()
    start = doc.text.find(phrase, max(0, at - len(phrase))) if phrase else -1
    if 0 <= start <= at:
        return start, start + len(phrase)
    return at, at + len(ref.number)


def cited_fact(
    corpus: Corpus,
    info: QueryInfo,
    desc: DocDescription,
    hits: list[Hit],
    book: CitationBook,
    language: str,
) -> FactLead | None:
    """ "Số hiệu: 225-KH/TWĐTN-TNNT — Kế hoạch số ... về Tháng Thanh niên năm 2020 [1]" (and "Ngày ban hành:
    13/02/2020 ..." when the date is asked and cited) for a document fact ("number", "date") asked of a
    described document no loaded document is, from the one citation in the best-ranked documents
    (``CITING_DOCS``) that fits the description (``_fits``); None when the question asks neither fact, or
    no citation or several different ones fit, or the asked facts are not written there."""
    kinds = [k for k in asked_doc_facts(info.folded) if k in ("number", "date")]
    if not kinds and info.intent in ("number", "date"):
        kinds = [info.intent]
    if not kinds:
        return None
    found: dict[str, tuple[Document, Reference]] = {}
    for doc_id in list(dict.fromkeys(h.chunk.doc_id for h in hits))[:CITING_DOCS]:
        doc = corpus.docs.get(doc_id)
        for ref in doc.meta.references if doc else ():
            if _fits(ref, desc, info):
                found.setdefault(vt.doc_number_key(ref.number), (doc, ref))
    if len(found) != 1:
        return None
    doc, ref = next(iter(found.values()))
    values = {"number": ref.number, "date": render.format_date(ref.date, language) if ref.date else ""}
    if not all(values[k] for k in kinds):
        return None
    span = _citing_span(doc, ref)
    if span is None:
        return None
    n = book.cite_doc_span(doc, *span)
    phrase = vt.clean_spaces(doc.text[span[0] : span[1]]).rstrip(" ,.;:")
    lines = [f"{render.label(k, language)}: {values[k]} — {phrase} [{n}]" for k in kinds]
    return FactLead(kinds[0], lines)


def points_back(folded_question: str, kind: str) -> bool:
    """Whether a folded question asks its fact of a document of type ``kind`` (folded, "ke hoach") named
    before and pointed back to ("...; kế hoạch đó số mấy?", "kế hoạch này ban hành ngày nào?")."""
    return bool(re.search(rf"\b{re.escape(kind)}\s+(?:do|nay|ay|tren)\b", folded_question))


def cited_note(doc_label: str, language: str) -> str:
    """The note saying the fact comes from a citing sentence, the document itself not being loaded."""
    return render.label("note_doc_cited", language, ref=doc_label)
