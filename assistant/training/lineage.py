"""Document lineage: which documents implement, continue, cite or replace a document.

Built from the references each document's text makes (``DocumentMeta.references``). A reference is
linked to an indexed document when its number is one of the document's spellings; otherwise, when the
digits and the issuing part agree and the phrase names the same document type ("Thông báo kết luận số
160-KL/TW" for the notice numbered 160-TB/TW), the link is kept but marked ``inferred``. The relation is
read from the verb before the reference (the wording of Quy định 66-QĐ/TW documents): "thay thế" ->
replaces, "tiếp tục thực hiện" -> continues, "thực hiện", "triển khai", "quán triệt", "cụ thể hóa" ->
implements; anything else cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import Document, Reference
from assistant.text import canonical_doc_number, fold
from assistant.training.cite import Cite, cite, doc_label

RELATIONS = ("implements", "continues", "replaces", "cites")
RELATION_VI = {
    "implements": "triển khai thực hiện",
    "continues": "tiếp tục thực hiện",
    "replaces": "thay thế",
    "cites": "dẫn chiếu",
}
# Folded verbs before a reference, checked in this order (the first found nearest the reference wins).
_VERBS: list[tuple[str, str]] = [
    ("thay the", "replaces"),
    ("tiep tuc thuc hien", "continues"),
    ("tiep tuc trien khai", "continues"),
    ("trien khai thuc hien", "implements"),
    ("trien khai", "implements"),
    ("thuc hien", "implements"),
    ("quan triet", "implements"),
    ("cu the hoa", "implements"),
]
_WINDOW = 80  # characters before a reference searched for its verb (about one clause)


@dataclass
class LineageLink:
    """``source`` relates to ``target`` (``relation`` from RELATIONS); ``cite`` quotes where it says so."""

    source: str  # doc_id
    target: str | None  # doc_id, None when the cited document is not in the library
    relation: str
    number: str  # the number as written in the source
    inferred: bool = False  # matched by digits + issuer + type, not by an exact spelling
    cite: Cite | None = None


@dataclass
class Lineage:
    """All links among a set of documents, with lookups both ways."""

    docs: dict[str, Document]
    links: list[LineageLink] = field(default_factory=list)

    @classmethod
    def build(cls, docs: list[Document]) -> Lineage:
        """Link every document's references; a document never links to itself."""
        lin = cls({d.doc_id: d for d in docs})
        for d in docs:
            seen: set[tuple[str | None, str]] = set()
            own = {canonical_doc_number(c.number) for c in d.meta.copies if c.number}
            for ref in d.meta.references:
                if canonical_doc_number(ref.number) in own:  # a copy note's own number, not a citation
                    continue
                target, inferred = lin._resolve(ref, d)
                if target is not None and target.doc_id == d.doc_id:
                    continue
                key = (target.doc_id if target else ref.number, ref.number)
                if key in seen:
                    continue
                seen.add(key)
                relation, c = _relation(d, ref)
                lin.links.append(
                    LineageLink(d.doc_id, target.doc_id if target else None, relation, ref.number, inferred, c)
                )
        return lin

    def _resolve(self, ref: Reference, source: Document) -> tuple[Document | None, bool]:
        number = canonical_doc_number(ref.number)
        exact = [
            d for d in self.docs.values() if number in {d.meta.number, *d.meta.number_aliases} and d is not source
        ]
        if exact:
            # An alias with another type code ("160-KL/TW" for the notice 160-TB/TW) is a link someone
            # inferred, not the document's own number: keep it visible as such.
            target = exact[0]
            return target, _code(number) != _code(target.meta.number or number)
        digits, issuer = _digits_issuer(number)
        if not digits:
            return None, False
        loose = [
            d
            for d in self.docs.values()
            if d is not source
            and d.meta.number
            and _digits_issuer(d.meta.number) == (digits, issuer)
            and ref.doc_type
            and d.meta.doc_type
            and fold(ref.doc_type) == fold(d.meta.doc_type)
        ]
        return (loose[0], True) if len(loose) == 1 else (None, False)

    def implementing(self, doc_id: str) -> list[LineageLink]:
        """Links from documents that implement or continue ``doc_id``."""
        return [lk for lk in self.links if lk.target == doc_id and lk.relation in {"implements", "continues"}]

    def replacing(self, doc_id: str) -> list[LineageLink]:
        """Links from documents that replace ``doc_id``."""
        return [lk for lk in self.links if lk.target == doc_id and lk.relation == "replaces"]

    def citing(self, doc_id: str) -> list[LineageLink]:
        """Every link into ``doc_id``."""
        return [lk for lk in self.links if lk.target == doc_id]

    def of(self, doc_id: str) -> list[LineageLink]:
        """Every link out of ``doc_id``."""
        return [lk for lk in self.links if lk.source == doc_id]

    def chain(self, doc_id: str) -> list[str]:
        """``doc_id`` and the documents implementing or continuing it, transitively, in date order."""
        out, todo = [doc_id], [doc_id]
        while todo:
            cur = todo.pop()
            for lk in self.implementing(cur):
                if lk.source not in out:
                    out.append(lk.source)
                    todo.append(lk.source)
        return sorted(out, key=lambda i: (self.docs[i].meta.date or "9999", out.index(i)))

    def describe(self, link: LineageLink) -> str:
        """One line: "Kế hoạch ... triển khai thực hiện Thông báo kết luận 160-TB/TW (suy ra)"."""
        src = doc_label(self.docs[link.source])
        tgt = doc_label(self.docs[link.target]) if link.target else link.number + " (chưa có trong thư viện)"
        note = " (suy ra từ số và loại / inferred)" if link.inferred else ""
        return f"{src} {RELATION_VI[link.relation]} {tgt}{note}"


def _code(number: str) -> str:
    m = re.match(r"\d+(?:/\d{4})?[-/]([^/\s]+)/", canonical_doc_number(number))
    return fold(m.group(1)).upper() if m else ""


def _digits_issuer(number: str) -> tuple[str, str]:
    m = re.match(r"(\d+)(?:/\d{4})?[-/].*?/([^/]+)$", canonical_doc_number(number))
    return (str(int(m.group(1))), fold(m.group(2)).upper()) if m else ("", "")


def _relation(doc: Document, ref: Reference) -> tuple[str, Cite | None]:
    """The relation the words before the reference state, and a citation of that passage.

    The subject line states what a document does ("Kế hoạch thực hiện Thông báo ... ", "Thông báo kết
    luận ... về việc tiếp tục thực hiện Kết luận ..."), so a reference named there takes its verb from
    there; otherwise the first mention in the body governed by a verb does.
    """
    hay = doc.text
    title = fold(doc.meta.title or "")
    key = fold(ref.number)
    rel = _verb(title[: title.find(key)]) if key in title else "cites"
    at = -1
    for m in re.finditer(re.escape(ref.number), hay):
        at = m.start() if at < 0 else at
        if rel == "cites":
            found = _verb(fold(hay[max(0, m.start() - 4 * _WINDOW) : m.start()]))
            if found != "cites":
                rel, at = found, m.start()
    if at < 0:
        return rel, None
    start = hay.rfind("\n", 0, at) + 1
    end = hay.find("\n", at)
    end = len(hay) if end < 0 else end
    if end - start > 400:
        start, end = max(start, at - 150), min(end, at + 250)
    return rel, cite(doc, start, end)


_NUMBER_RE = re.compile(r"\d+(?:/\d{4})?-[a-z]+(?:-[a-z]+)*/[a-z]+")


def _verb(before: str) -> str:
    """The relation verb nearest the end of ``before`` (folded text), in the same clause.

    A verb inside another document's description ("Thông báo 160 ... về việc tiếp tục thực hiện Kết luận
    62") governs that document, not this reference: when a document number stands between the verb's clause
    start and the verb, followed by "về" or a quote, the reference is only cited.
    """
    before = re.split(r"[.;!?]\s", before[-4 * _WINDOW :])[-1]
    near = len(before) - _WINDOW  # verbs count only in the last _WINDOW characters
    found = [(before.rfind(v) + len(v), len(v), rel) for v, rel in _VERBS if before.rfind(v) >= near]
    if not found:
        return "cites"
    end, _, rel = max(found)
    numbers = list(_NUMBER_RE.finditer(before))
    if numbers and numbers[-1].end() < end and re.search(r"\bve\b|[“\"]", before[numbers[-1].end() : end]):
        return "cites"
    return rel
