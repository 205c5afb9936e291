"""The obligation table: every duty of every document, filtered by body, document and due date.

A filter on one organisation returns the duties that name it ("named": it leads, coordinates or is
responsible) and the duties given to a group that includes it ("collective": "các tổ chức chính trị - xã
hội" for the Women's Union), marked so a reader sees which is which. Documents are found by number in any
spelling ("62- KL/TW"), by the number key ("160-KL/TW" finds the notice numbered 160-TB/TW), by file name or
by id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import PurePath

from assistant.lexicon.doc_types import short_label
from assistant.models import Document, Obligation
from assistant.obligations.deadlines import parse_date
from assistant.obligations.orgs import OrgRegistry
from assistant.obligations.units import LEADING_ORGANS
from assistant.text import canonical_doc_number, doc_number_key, find_doc_numbers, fold, spell_out

# a plural marker inside a body's name ("Ban Công tác Mặt trận các thôn"), folded
_PLURAL_RE = re.compile(r"\b(?:cac|nhung)\s+")

_LEADING_ORGANS = LEADING_ORGANS  # the organs acting in a body's name (obligations.units)


@lru_cache(maxsize=16384)
def _name_form(folded: str) -> str:
    """A folded body's name as ``ObligationTable._names_written`` compares it: abbreviations spelled out
    (``text.spell_out``), plural markers dropped. Cached: every query on a body outside the registry reads
    every row's names (~20k a question on the library)."""
    return _PLURAL_RE.sub("", spell_out(folded))


@dataclass(frozen=True)
class DocLabel:
    """What the table knows of a document: how to name it and which strings find it."""

    doc_id: str
    file: str
    label: str  # "Kết luận 62-KL/TW" or the file stem
    keys: frozenset[str]


def _file_keys(file: str) -> set[str]:
    path = PurePath(file)
    return {fold(file), fold(path.name), fold(path.stem)}


def doc_label(doc: Document) -> DocLabel:
    """The label and lookup keys of a parsed document."""
    keys = {doc.doc_id, *_file_keys(doc.file)}
    for number in [doc.meta.number, *doc.meta.number_aliases]:
        if number:
            keys |= {canonical_doc_number(number), doc_number_key(number)}
    label = short_label(doc.meta.doc_type, doc.meta.number) or doc.meta.short_title() or PurePath(doc.file).stem
    if len(label) > 70:
        label = label[:69].rsplit(" ", 1)[0] + "…"
    return DocLabel(doc.doc_id, doc.file, label, frozenset(keys))


class ObligationTable:
    """Rows from ``extract_obligations`` with queries over them."""

    def __init__(
        self,
        rows: list[Obligation],
        documents: list[DocLabel] | None = None,
        registry: OrgRegistry | None = None,
    ):
        self.rows = list(rows)
        self.registry = registry or OrgRegistry.load()
        self.docs: dict[str, DocLabel] = {d.doc_id: d for d in documents or []}
        for r in self.rows:  # rows from documents the table was not told about still have a file name
            if r.doc_id not in self.docs:
                self.docs[r.doc_id] = DocLabel(
                    r.doc_id, r.file, PurePath(r.file).stem, frozenset({r.doc_id, *_file_keys(r.file)})
                )
        # id(row) -> (named, collective) of the table's own rows, read once and shared by every question
        # (the table holds its rows, so no other object has their ids); frozen sets: no caller changes them
        self._parties: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._row_ids = frozenset(id(r) for r in self.rows)

    @classmethod
    def from_documents(cls, docs: list[Document], registry: OrgRegistry | None = None) -> ObligationTable:
        """Extract every document's duties and build the table."""
        from assistant.obligations.extract import extract_obligations  # extract re-exports this class

        reg = registry or OrgRegistry.load()
        rows = [row for doc in docs for row in extract_obligations(doc, reg)]
        return cls(rows, [doc_label(d) for d in docs], reg)

    # ---------------------------------------------------------------------------------- bodies

    def parties(self, row: Obligation) -> tuple[frozenset[str], frozenset[str]]:
        """(ids the row names, ids it reaches only through a collective phrase); remembered for the
        table's own rows only (a copy made by ``dataclasses.replace`` has another id and is read anew)."""
        found = self._parties.get(id(row))
        if found is None:
            named: set[str] = set()
            collective: set[str] = set()
            for name in (*row.lead, *row.coordinators, *row.responsible):
                for m in self.registry.find_in(name):
                    (collective if m.collective else named).add(m.org_id)
            found = (frozenset(named), frozenset(collective - named))
            if id(row) in self._row_ids:
                self._parties[id(row)] = found
        return found

    @staticmethod
    def _names_written(row: Obligation, folded_name: str) -> bool:
        """Does the row name a body as written (folded, the row's name starting with the one asked:
        "Ban Xây dựng Đảng" also finds "Ban Xây dựng Đảng Tỉnh ủy")? A plural marker is no part of the name:
        "Ban Công tác Mặt trận các thôn" names every "Ban Công tác Mặt trận thôn"."""
        # an abbreviation on either side reads as its expansion: "HTX Nông nghiệp Tân Hạ" is named by
        # "Hợp tác xã nông nghiệp", "Các hợp tác xã" by "HTX" (``text.spell_out``)
        folded_name = _name_form(folded_name)
        for n in (*row.lead, *row.coordinators, *row.responsible):
            name = _name_form(fold(n).strip())
            if name.startswith(folded_name) or (
                len(name.split()) >= 3 and folded_name.startswith(name + " ")
            ):
                return True
        return False

    def _names_inside(self, name: str, org_id: str) -> bool:
        """Is the registry body named only after a department's name ("Ban Kiểm tra | Đoàn xã")? Its own
        leading organs ("Ủy ban | Mặt trận xã", "Ban Thường vụ | Hội Nông dân") are the body itself."""
        starts = [m.start for m in self.registry.find_in(name, caps_only=False) if m.org_id == org_id]
        if not starts:
            return False
        before = fold(name[: min(starts)]).strip()
        return bool(before) and before not in _LEADING_ORGANS

    def org_match(self, row: Obligation, org_id: str) -> str | None:
        """ "named", "collective" or None: how a row concerns an organisation."""
        named, collective = self.parties(row)
        if org_id in named:
            return "named"
        if org_id in collective:
            return "collective"
        return None

    # ---------------------------------------------------------------------------------- documents

    def find_documents(self, query: str) -> list[str]:
        """Ids of the documents a number, file name or id names."""
        q = query.strip()
        wanted = {q, fold(q), fold(PurePath(q).name), fold(PurePath(q).stem)}
        numbers = [n for n, _, _ in find_doc_numbers(q)] or (
            [canonical_doc_number(q)] if re.search(r"\d", q) else []
        )
        for n in numbers:
            wanted |= {canonical_doc_number(n), doc_number_key(n)}
        exact = [d.doc_id for d in self.docs.values() if d.keys & wanted]
        if exact:
            return exact
        fq = fold(q)
        return [d.doc_id for d in self.docs.values() if fq and fq in fold(d.file)]

    def label(self, doc_id: str) -> str:
        """The document's readable label ("Kết luận 62-KL/TW")."""
        d = self.docs.get(doc_id)
        return d.label if d else doc_id

    # ---------------------------------------------------------------------------------- queries

    def query(
        self,
        org: str | None = None,
        document: str | None = None,
        due_before: str | date | None = None,
        due_after: str | date | None = None,
    ) -> list[Obligation]:
        """Rows concerning ``org`` (any alias; unknown names raise ``UnknownOrganisationError``; rows naming
        the body first, then those reaching it through a collective phrase), from
        ``document``, due on or before ``due_before`` / on or after ``due_after`` (rows with no date are
        left out when a date is given). Returned rows are copies with ``org_match`` set."""
        org_id = None
        written = None
        if org:
            known = self.registry.resolve(org)
            exact = known is not None and (
                org.strip() == known.id
                or fold(org).strip() in {fold(n) for n in self.registry.names(known.id)}
            )
            # "Ban Kiểm tra Đoàn xã", "Văn phòng Tỉnh hội Nông dân": a department named before the body
            # it belongs to is a body of its own, never the whole organisation's duties.
            department = known is not None and not exact and self._names_inside(org, known.id)
            asked = fold(org).strip()
            if (
                known is not None
                and not department
                and (exact or not any(self._names_written(r, asked) for r in self.rows))
            ):
                # a registry body, by any alias; a longer name of another body ("Ban Tuyên giáo Tỉnh
                # hội" around the registry's "Ban Tuyên giáo") is matched as written below
                org_id = known.id
            else:
                # A body outside the registry exists all the same ("Ban Xây dựng Đảng", a school): rows
                # that name it as written; a name no row carries is an unknown organisation.
                written = asked
                if not any(self._names_written(r, written) for r in self.rows):
                    self.registry.require(org)  # raises the bilingual error with close matches
        doc_ids = set(self.find_documents(document)) if document else None
        before, after = parse_date(due_before), parse_date(due_after)
        out: list[Obligation] = []
        for row in self.rows:
            if doc_ids is not None and row.doc_id not in doc_ids:
                continue
            match = None
            if org_id:
                match = self.org_match(row, org_id)
                if match is None:
                    continue
            elif written:
                if not self._names_written(row, written):
                    continue
                match = "named"
            if before or after:
                end = row.deadline.end if row.deadline else None
                if end is None:
                    continue
                if before and date.fromisoformat(end) > before:
                    continue
                if after and date.fromisoformat(end) < after:
                    continue
            out.append(replace(row, org_match=match))
        if org_id:  # duties naming the body come before those reaching it through a collective phrase
            out.sort(key=lambda r: r.org_match != "named")
        return out

    def __len__(self) -> int:
        return len(self.rows)
