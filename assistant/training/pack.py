"""Training pack for one document (or a chain: a conclusion and the plans implementing it).

The pack holds the document's identity and lineage, its outline with headings and first lines, its
duties grouped by organisation (lead / coordinators / deadline), the deadlines in date order and its key
figures (percentages and counted targets with what they measure). Every item carries a ``Cite``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.phrases import place_words
from assistant.models import Document, Obligation
from assistant.obligations.table import ObligationTable
from assistant.text import fold, sentence_spans
from assistant.training.cite import Cite, cite, doc_label
from assistant.training.lineage import RELATION_VI, Lineage

GENERIC_GROUP = "Các cơ quan, tổ chức (chung)"  # duties naming no particular body


@dataclass
class OutlineEntry:
    """A heading of the outline: its number, heading text, first line and where it starts."""

    label: str
    heading: str
    first_line: str
    level: int
    section_id: str
    cite: Cite


@dataclass
class Duty:
    """One duty: what, who leads, who coordinates, by when, and the quote it rests on."""

    task: str
    bodies: list[str]  # who must do it (lead or responsible bodies as written)
    lead: list[str]
    coordinators: list[str]
    deadline: str | None
    due: str | None  # ISO end date of the deadline, when it has one
    cite: Cite


@dataclass
class Figure:
    """A target or figure: the number as written and the words saying what it measures."""

    value: str
    measure: str
    cite: Cite


@dataclass
class TrainingPack:
    """What ``build_pack`` returns; ``documents`` lists the pack's documents (one, or a chain)."""

    documents: list[dict]
    lineage: list[str]
    outline: dict[str, list[OutlineEntry]]  # doc label -> entries
    duties: dict[str, list[Duty]]  # body -> duties naming it
    deadlines: list[Duty]
    figures: list[Figure]
    warnings: list[str] = field(default_factory=list)


def identity(doc: Document) -> dict:
    """Type, number, date, issuer, signer, subject and file of a document (None where not stated)."""
    m = doc.meta
    return {
        "label": doc_label(doc),
        "doc_id": doc.doc_id,
        "file": doc.file,
        "type": m.doc_type,
        "number": m.number,
        "date": m.date,
        "issuer": m.issuer,
        "signer": m.signer,
        "signer_title": m.signer_title,
        "title": m.title,
        "inferred": list(m.inferred),
    }


_LABEL_PREFIX = re.compile(r"^\s*(?:(?:Phần|Chương|Mục|Điều|Bước|Cách|Phụ lục)\s+)?[\dIVXLCivxlc]+(?:\.\d+)*[.)\-–]?\s*|^\s*[a-zđ]\)\s*")


def outline(doc: Document) -> list[OutlineEntry]:
    """The headings in document order: number, heading text (without the number) and the first line of the
    section's own text (the first sentence after the heading line, at most 200 characters)."""
    out: list[OutlineEntry] = []
    for s in sorted(doc.sections, key=lambda s: (s.start, s.level)):
        if doc.continues_parent(s):
            continue  # the parent's own text after its list: the parent's entry stands for it
        body = doc.text[s.start : s.end]
        title = (s.title or "").strip()
        heading = _LABEL_PREFIX.sub("", title, count=1).strip() if s.label else title
        rest = body
        first_line = body.split("\n", 1)[0].strip()
        if title and (first_line.startswith(title[:20]) or (s.label and first_line.startswith(s.label))):
            rest = body.split("\n", 1)[1] if "\n" in body else ""
            if not heading:  # "1." alone on the heading line; the heading is the line's own text
                heading = _LABEL_PREFIX.sub("", first_line, count=1).strip()
        first = ""
        for a, b in sentence_spans(rest):
            line = rest[a:b].strip()
            if line:
                first = line if len(line) <= 200 else line[:199].rsplit(" ", 1)[0] + "…"
                break
        if heading and first.startswith(heading):
            first = first[len(heading) :].lstrip(" .:") or first
        if not first and len(heading) > 100:  # a numbered paragraph: its words are the content
            first, heading = heading, heading[:100].rsplit(" ", 1)[0] + "…"
        out.append(
            OutlineEntry(
                s.label or "",
                heading,
                first,
                len(s.path),  # its depth as cited: a continuation's children stand beside the list
                s.id,
                cite(doc, s.start, min(s.end, s.start + 300)),
            )
        )
    return out


def _duty(doc: Document, row: Obligation) -> Duty:
    bodies = list(row.lead or row.responsible)
    start, end = (row.start, row.end) if row.end > row.start else _locate(doc, row.text)
    return Duty(
        task=row.task,
        bodies=bodies,
        lead=list(row.lead),
        coordinators=list(row.coordinators),
        deadline=row.deadline.text if row.deadline else None,
        due=row.deadline.end if row.deadline else None,
        cite=cite(doc, start, end),
    )


def _locate(doc: Document, text: str) -> tuple[int, int]:
    at = doc.text.find(text)
    return (at, at + len(text)) if at >= 0 else (0, 0)


def group_by_body(duties: list[Duty], table: ObligationTable) -> dict[str, list[Duty]]:
    """Duties keyed by the body that must do them, named as the registry names it (aliases merged);
    bodies the registry does not know keep their own wording; duties naming none go to GENERIC_GROUP."""
    groups: dict[str, list[Duty]] = {}
    shown: dict[str, str] = {}  # group key -> the name as the documents first write it
    for d in duties:
        keys: list[str] = []
        for body in d.bodies:
            found = [m for m in table.registry.find_in(body) if not m.collective]
            # A body the registry covers whole is grouped with its aliases; one that only contains a
            # registry name ("Ban Tuyên giáo Hội LHPN tỉnh") keeps its own wording.
            whole = [m for m in found if len(body.strip()) - (m.end - m.start) <= 6] if found else []
            key = whole[0].org_id if whole else fold(body)
            shown.setdefault(key, body.strip())
            keys.append(key)
        for key in dict.fromkeys(keys) or [GENERIC_GROUP]:
            groups.setdefault(shown.get(key, key), []).append(d)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == GENERIC_GROUP, -len(kv[1]), kv[0])))


_FIGURE_RE = re.compile(
    r"(?<![\w/.-])(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\s*%|\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?\s+(?=[^\W\d]))",
)
# What makes a number a target or figure rather than a date or a section number.
_TARGET_WORDS = re.compile(
    r"phấn đấu|chỉ tiêu|mục tiêu|đạt|ít nhất|tối thiểu|trên|không dưới|tăng|giảm|tỷ lệ|100%", re.IGNORECASE
)
# (the units and settlements counted, "12 xã", "5 thôn", are the lexicon's place words: ``lexicon.phrases``)
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|hội viên|đoàn viên|đảng viên|người|hộ|chi hội|chi đoàn|cơ sở|mô hình|lượt|tỷ|triệu|"
    rf"{'|'.join(map(re.escape, place_words()))}|"
    r"nghìn|ngàn|đồng|câu lạc bộ|tổ|lớp|buổi|cuộc|hợp tác xã|"
    r"tổ hợp tác|doanh nghiệp|lao động|phụ nữ|thanh niên|nông dân|cựu chiến binh|học sinh|sinh viên|"
    r"công trình|dự án|ngôi nhà|căn nhà|nhà|suất|phần quà|hộ gia đình|gia đình|điểm|km|ha|tấn)\b",
    re.IGNORECASE,
)


def figures(doc: Document) -> list[Figure]:
    """Percentages and counted targets ("phấn đấu 100% chi hội ...", "kết nạp 500 hội viên mới")."""
    out: list[Figure] = []
    for a, b in sentence_spans(doc.text):
        sent = doc.text[a:b]
        if not _TARGET_WORDS.search(sent) and "%" not in sent:
            continue
        for m in _FIGURE_RE.finditer(sent):
            value = m.group(1).strip()
            if "%" not in value and not _UNIT_AFTER.match(sent[m.end(1) - (1 if value != m.group(1) else 0) :]):
                if not _UNIT_AFTER.match(sent[m.end() :]):
                    continue
            if re.search(r"(?:năm|ngày|tháng|quý|khóa|khoá|số|Điều|điều|giai đoạn)\s*$", sent[: m.start()]):
                continue
            clause_start = max(sent.rfind(sep, 0, m.start()) for sep in (",", ";", ":", "\n")) + 1
            clause_end = min([e for e in (sent.find(sep, m.end()) for sep in (",", ";", "\n")) if e >= 0] or [len(sent)])
            measure = sent[clause_start:clause_end].strip(" .")
            if "%" not in value:
                value = (value + " " + _UNIT_AFTER.match(sent[m.end() :]).group(0).strip()).strip()
            out.append(Figure(value, measure, cite(doc, a, b)))
    return out


def build_pack(docs: list[Document], doc: Document, table: ObligationTable | None = None, chain: bool = False) -> TrainingPack:
    """The training pack of ``doc`` (with ``chain``: also of the documents implementing it, in date order).

    ``docs`` is the whole library (for lineage); ``table`` the obligations table (built when None).
    """
    table = table or ObligationTable.from_documents(docs)
    lin = Lineage.build(docs)
    by_id = {d.doc_id: d for d in docs}
    members = [by_id[i] for i in lin.chain(doc.doc_id)] if chain else [doc]
    lineage_lines: list[str] = []
    for m in members:
        for lk in lin.of(m.doc_id):
            if lk.relation != "cites":
                lineage_lines.append(lin.describe(lk))
        for lk in lin.citing(m.doc_id):
            if lk.relation != "cites" and lk.source not in {x.doc_id for x in members}:
                lineage_lines.append(lin.describe(lk))
    duties: list[Duty] = []
    for m in members:
        duties.extend(_duty(m, row) for row in table.query(document=m.doc_id) if row.doc_id == m.doc_id)
    dated = sorted((d for d in duties if d.due), key=lambda d: (d.due, d.cite.start))
    warnings = []
    if not duties:
        warnings.append(
            "Văn bản không có nhiệm vụ nào đọc được theo mẫu giao việc. / No duties were found in the document."
        )
    return TrainingPack(
        documents=[identity(m) for m in members],
        lineage=list(dict.fromkeys(lineage_lines)),
        outline={doc_label(m): outline(m) for m in members},
        duties=group_by_body(duties, table),
        deadlines=dated,
        figures=[f for m in members for f in figures(m)],
        warnings=warnings,
    )


__all__ = ["TrainingPack", "OutlineEntry", "Duty", "Figure", "build_pack", "identity", "outline", "figures", "RELATION_VI"]
