"""Citations for training material, and finding the document a user names (number, file or id)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from assistant.errors import AssistantError
from assistant.models import Document, Section
from assistant.text import canonical_doc_number, find_doc_numbers, fold


class TrainingError(AssistantError):
    """A training tool cannot run on what it was given (unknown document, nothing to ask about)."""

    code = "training_error"


@dataclass
class Cite:
    """Where a line of training material comes from: ``quote`` is verbatim ``Document.text[start:end]``."""

    doc_id: str
    file: str
    doc_label: str  # "Kế hoạch 12-KH/HPN"
    section: str  # "II. Nhiệm vụ › 2.1"
    page: int | None
    quote: str
    start: int
    end: int

    def label(self) -> str:
        """``Kế hoạch 12-KH/HPN, mục II › 2.1, tr. 3`` as printed in handouts."""
        parts = [self.doc_label]
        if self.section:
            parts.append(f"mục {self.section}")
        if self.page:
            parts.append(f"tr. {self.page}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return asdict(self)


def doc_label(doc: Document) -> str:
    """A short label a cadre recognises: type and number, else type and subject, else the file stem."""
    if doc.meta.doc_type and doc.meta.number:
        return f"{doc.meta.doc_type} {doc.meta.number}"
    if doc.meta.doc_type and doc.meta.issuer:
        year = f" ({doc.meta.date[:4]})" if doc.meta.date else ""
        return f"{doc.meta.doc_type} của {doc.meta.issuer}{year}"
    label = doc.meta.short_title()
    if not label or label == doc.meta.doc_type:  # a bare type names nothing: add the file name
        label = " ".join(x for x in (doc.meta.doc_type, f"({PurePath(doc.file).stem})") if x)
    return label if len(label) <= 80 else label[:79].rsplit(" ", 1)[0] + "…"


def section_at(doc: Document, offset: int) -> Section | None:
    """The deepest section whose span holds ``offset``."""
    best = None
    for s in doc.sections:
        if s.start <= offset < max(s.end, s.start + 1) and (best is None or s.level >= best.level):
            best = s
    return best


def page_at(doc: Document, offset: int) -> int | None:
    """The page of the paragraph holding ``offset`` (None for unpaged formats)."""
    for p in doc.paragraphs:
        if p.start <= offset < p.end:
            return p.page
    return None


def cite(doc: Document, start: int, end: int) -> Cite:
    """A ``Cite`` for ``doc.text[start:end]`` (offsets are clipped to the text)."""
    start, end = max(0, start), min(len(doc.text), end)
    sec = section_at(doc, start)
    return Cite(
        doc.doc_id,
        doc.file,
        doc_label(doc),
        " › ".join(sec.path) if sec else "",
        page_at(doc, start),
        doc.text[start:end].strip(),
        start,
        end,
    )


def _loose_number_matches(docs: list[Document], q: str) -> list[Document]:
    """Documents named loosely by type and number: "KL 62", "Kết luận số 62", "TB 160" (the type code
    and the number's digits must both agree)."""
    from assistant.lexicon.doc_types import doc_types

    fq = fold(q).upper()
    wanted: set[tuple[str, str]] = set()
    for t in doc_types():
        for key in {fold(c).upper() for c in t.codes} | {t.caps_key}:
            for m in re.finditer(rf"(?<![\w]){re.escape(key)}\s*(?:SO\s*)?(\d+)\b", fq):
                wanted |= {(fold(c).upper(), str(int(m.group(1)))) for c in t.codes}
    out = []
    for d in docs:
        for n in (d.meta.number, *d.meta.number_aliases):
            m = re.match(r"(\d+)(?:/\d{4})?[-/]([^/\s]+)", canonical_doc_number(n or ""))
            if m and (fold(m.group(2)).upper(), str(int(m.group(1)))) in wanted:
                out.append(d)
                break
    return out


def find_document(docs: list[Document], ref: str) -> Document:
    """The document ``ref`` names: its id, its number in any spelling ("62-KL/TW", "KL 62"), or its file name.

    Raises ``TrainingError("unknown_document")`` with close candidates when nothing or several match.
    """
    q = ref.strip()
    for d in docs:
        if q == d.doc_id or q == d.file or fold(PurePath(d.file).name) == fold(PurePath(q).name):
            return d
    numbers = [canonical_doc_number(n) for n, _, _ in find_doc_numbers(q)]
    if not numbers and re.search(r"\d", q):
        numbers = [canonical_doc_number(q)]
    hits = [d for d in docs if numbers and {d.meta.number, *d.meta.number_aliases} & set(numbers)]
    if not hits:
        hits = _loose_number_matches(docs, q)
    if not hits and q:
        fq = fold(q)
        hits = [d for d in docs if fq in fold(d.file) or fq in fold(doc_label(d))]
    if len(hits) == 1:
        return hits[0]
    known = "; ".join(f"{doc_label(d)} ({PurePath(d.file).name})" for d in (hits or docs)[:8])
    if hits:
        raise TrainingError(
            f"'{ref}' khớp nhiều văn bản: {known}. Hãy ghi rõ tên tệp.",
            f"'{ref}' matches several documents: {known}. Name the file.",
            code="ambiguous_document",
        )
    hint_vi = hint_en = ""
    if PurePath(q).suffix and Path(q).is_file():  # a file outside the library being used
        folder = Path(q).resolve().parent
        hint_vi = f" Tệp có tồn tại nhưng không thuộc thư viện đang dùng; thêm --documents {folder}."
        hint_en = f" The file exists but is not in the library in use; add --documents {folder}."
    raise TrainingError(
        f"Không tìm thấy văn bản '{ref}'.{hint_vi} Có: {known}.",
        f"No document '{ref}'.{hint_en} Known: {known}.",
        code="unknown_document",
    )
