"""Duties read off assignment tables: one obligation per data row whose columns name who does it.

``parse.tables`` turns a table such as "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành" into a ``table-header`` paragraph and one ``table-row`` paragraph per row. Here each
row is read back into its columns and the columns' roles (``parse.tables.COLUMN_ROLES``) fill the
obligation: the "chủ trì" column is the lead, "phối hợp" the coordinators, "thực hiện" the responsible
bodies (or, in a table naming no body, the "Họ và tên" column's member), "thời hạn" the deadline
(normalised by ``deadlines``: "Trước 30/11/2026" -> ..2026-11-30,
"Quý III/2026" -> 2026-07-01..2026-09-30) and "nội dung" the task. The cited text is the whole row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.lexicon.phrases import is_unit_kind_list, unit_spellings
from assistant.models import Deadline, Document, Obligation, Paragraph
from assistant.obligations.deadlines import find_deadlines, find_recurrences, fold_chars
from assistant.parse.tables import HEADER_SEP, HEADER_STYLE, ROW_STYLE, column_role, row_values
from assistant.text import clean_spaces, fold

_SPLIT_RE = re.compile(r"\s*[;,\n]\s*|\s+\+\s+|^\s*[-+•]\s*")
_BARE_DATE_RE = re.compile(r"(?i)(?<![\d/])(?<!ngày )(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")


def table_paragraphs(doc: Document) -> list[tuple[str, Paragraph]]:
    """Every ``table-row`` paragraph of ``doc`` with the header line of its table, in reading order."""
    out: list[tuple[str, Paragraph]] = []
    header: str | None = None
    for p in sorted(doc.paragraphs, key=lambda p: p.start):
        if HEADER_STYLE in p.style:
            header = doc.text[p.start : p.end]
        elif ROW_STYLE in p.style:
            if header is not None:
                out.append((header, p))
        else:
            header = None
    return out


def names_in(cell: str) -> list[str]:
    """The bodies a cell lists ("Hội Nông dân tỉnh, Hội LHPN tỉnh" -> two names); "và" stays inside a
    name ("Sở Giáo dục và Đào tạo"), and so does a comma between kinds of unit ("Hội LHPN các xã, thị
    trấn" is one body at two kinds of unit, lexicon ``is_unit_kind_list``)."""
    names: list[str] = []
    for piece in _SPLIT_RE.split(cell):
        name = clean_spaces(piece).strip(" .")
        if not name:
            continue
        if names and is_unit_kind_list(names[-1], name) and f"{names[-1]}, {name}" in clean_spaces(cell):
            names[-1] = f"{names[-1]}, {name}"
        else:
            names.append(name)
    return names


# where a time cell goes on with the place of the event ("..., tại Hội trường ...", "... ở nhà văn hóa")
_PLACE_AFTER_TIME_RE = re.compile(r"\s*,?\s+(?:tại|ở)\s+\S", re.IGNORECASE)


def table_deadline(cell: str) -> Deadline | None:
    """A deadline column's value as a ``Deadline``: the cell as written, the range from the deadline
    grammar. A bare date in a deadline column is a date ("Trước 30/11/2026", "Ngày 18/11/2026")."""
    wording = clean_spaces(cell)
    if not wording:
        return None
    # "Ngày 08/4/2026, tại Hội trường UBND xã": the time column also names where the event is held; the
    # place is no part of the time (trial 37 a03/b01: "Thời hạn: Ngày 08/4/2026, tại Hội trường UBND xã")
    if (place := _PLACE_AFTER_TIME_RE.search(wording)) is not None and place.start() > 0:
        wording = wording[: place.start()].rstrip(" ,;")
    probe = _BARE_DATE_RE.sub(r"ngày \1", wording)
    for text in (probe, "vào " + probe, "trong " + probe):
        found = find_deadlines(text)
        if found:
            d = found[0].deadline
            return Deadline(wording, d.start, d.end)
    return Deadline(wording, None, None)


# A value that names no body: a figure ("1.285", "4,12", "58,4%") or a unit of measure ("tỷ đồng", "ha",
# "%"), folded. A column of them under a body's word ("Đơn vị", "Thực hiện 2033") is a figures table's unit
# or figure column.
_FIGURE_RE = re.compile(r"[\d.,\s]*\d[\d.,\s]*%?")
_MONEY_UNITS = frozenset(["dong", "nghin dong", "trieu dong", "ty dong", "%", "‰", "m"])
_BODY_ROLES = ("lead", "coordinators", "responsible")


def _no_body(value: str) -> bool:
    key = fold(clean_spaces(value)).strip(" .")
    return bool(_FIGURE_RE.fullmatch(key)) or key in _MONEY_UNITS or key in unit_spellings()


def _figure_columns(rows: list[tuple[str, Paragraph]], doc: Document) -> set[str]:
    """The columns of one table named as bodies whose values are mostly figures or units of measure
    ("TT | Chỉ tiêu | Đơn vị | Thực hiện 2033 | Năm 2034": "tỷ đồng", "ha", "%"; "1.285"): no one is
    assigned by them."""
    seen: dict[str, list[str]] = {}
    for header, p in rows:
        for name, value in row_values(header, doc.text[p.start : p.end]).items():
            if column_role(name) in _BODY_ROLES:
                seen.setdefault(name, []).append(value)
    return {n for n, vs in seen.items() if 2 * sum(1 for v in vs if _no_body(v)) > len(vs)}


def _acting_body(task: str) -> tuple[str, str] | None:
    """(the body, the rest) of a task cell that opens with the body doing it ("Các cơ sở Hội tổ chức hội
    thi" -> ("Các cơ sở Hội", "tổ chức hội thi")), by the clause grammar's subject chain; None when it opens
    with no body."""
    from assistant.obligations.clauses import chain
    from assistant.obligations.orgs import OrgRegistry

    text = clean_spaces(task)
    subject, after = chain(text, fold_chars(text), OrgRegistry.load(), 0)
    if len(subject) != 1 or not text[after:].strip():
        return None
    s0, s1 = subject[0]
    return text[s0:s1], text[after:].strip()


def table_obligations(doc: Document) -> Iterable[Obligation]:
    """One obligation per row of each table with a task column and a lead, coordinator or responsible
    column (a list of schools, "TT | Tên đơn vị | Cấp học", assigns nothing; nor does a table of figures,
    whose "Đơn vị" column is the unit of each row, ``_figure_columns``)."""
    rows = table_paragraphs(doc)
    figures = {h: _figure_columns([r for r in rows if r[0] == h], doc) for h in {h for h, _ in rows}}
    for header, p in rows:
        if "task" not in {column_role(name) for name in header.split(HEADER_SEP)}:
            continue
        row = doc.text[p.start : p.end]
        values = row_values(header, row)
        by_role: dict[str, list[str]] = {}
        for name, value in values.items():
            role = column_role(name)
            if role in _BODY_ROLES and name in figures[header]:
                continue
            if role and value:
                by_role.setdefault(role, []).append(value)
        task = " ".join(by_role.get("task", []))
        if "person" in by_role and not any(r in by_role for r in ("lead", "responsible")):
            # "TT | Họ và tên | Chức vụ | Nhiệm vụ được phân công | Địa bàn phụ trách": the member named in
            # the row does its work (newcomer trial 45 q06)
            by_role["responsible"] = by_role["person"]
        if not any(r in by_role for r in ("lead", "coordinators", "responsible")):
            # "TT | Nội dung công việc | Thời gian" with "Các huyện Hội xây dựng kế hoạch | Tháng 3/2036": a
            # schedule whose task cell opens with the body acting; a dated row of it is that body's duty
            acting = _acting_body(task) if by_role.get("deadline") else None
            if acting is None:
                continue
            by_role["responsible"], task = [acting[0]], acting[1]
        if not task:
            continue
        deadline_cell = " ".join(by_role.get("deadline", []))
        recurrences = find_recurrences(deadline_cell or task)
        sec = doc.section(p.section_id)
        lead = [n for v in by_role.get("lead", []) for n in names_in(v)]
        yield Obligation(
            task=task[:1].upper() + task[1:],
            lead=lead,
            coordinators=[n for v in by_role.get("coordinators", []) for n in names_in(v)],
            responsible=[n for v in by_role.get("responsible", []) for n in names_in(v)],
            deadline=table_deadline(deadline_cell) if deadline_cell else None,
            recurrence=recurrences[0].label if recurrences else None,
            reporting=None,
            file=doc.file,
            doc_id=doc.doc_id,
            section=" › ".join(sec.path) if sec else "",
            page=p.page,
            text=row,
            source="table",
            start=p.start,
            end=p.end,
        )
