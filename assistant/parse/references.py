"""References between documents: what each one cites, and which indexed document each citation means.

Directives implement and continue one another ("Thực hiện Thông báo kết luận số 160-TB/TW, ngày
15/01/2020 của Bộ Chính trị ..."), so "which documents implement TB 160?" is answered by these links.
Numbers are written inconsistently (the same notice appears as ``160-TB/TW`` and ``160-KL/TW``), so
links go through ``text.doc_number_key`` (which keeps the type) and the date; a reference no held number
matches is linked to the one document with the same digits and issuer, and that link is marked inferred.
A document whose own text lacks a number (a copy that starts at its title) gets its identity from what
the others say about it: same type, same issuer, and a subject the citing phrase repeats; such fields are
listed in ``DocumentMeta.inferred``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.lexicon.doc_types import doc_types
from assistant.lexicon.levels import level_syllables
from assistant.lexicon.phrases import body_name_tail, place_name_tail
from assistant.models import Document, Reference
from assistant.parse.metadata import iso_date
from assistant.parse.title import TYPE_CODES, type_of_code
from assistant.text import clean_spaces, doc_number_issuer_key, doc_number_key, find_doc_numbers, fold

# A type name right before the number, with the words that qualify it ("Chương trình phối hợp số",
# "Kế hoạch liên tịch số", "Hướng dẫn liên ngành số"): at most three lower-case words between them.
_QUALIFIER = r"(?:\s+[a-zà-ỹđ]+){1,3}"
_TYPE_BEFORE_RE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(t.name) for t in doc_types()) + r")"
    rf"({_QUALIFIER})?\s+(?:số\s*)?$",
    re.IGNORECASE,
)
_TYPE_NAMES = {fold(t.name): t.name for t in doc_types()}
_DATE_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:ngày\s+)?(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", re.I
)
_ISSUER_AFTER_RE = re.compile(r"^[^.;]{0,40}?\b(?:của|do|giữa)\s+((?:[^\s,.;:()“”\"]+\s*){1,8})")
_ISSUER_STOP = {"về", "khóa", "khoá", "và", "trong", "tại", "đối", "theo", "để", "với"}
_STOP = {"ve", "viec", "cua", "so", "ngay", "va", "cac", "trong", "tai", "doi", "voi"}


def _type_named(name: str, qualifier: str | None) -> str:
    """The type a citing phrase names: the qualified type when it is one ("Nghị quyết liên tịch"), else
    the type itself ("Chương trình phối hợp" is a "Chương trình"), as the type list writes it."""
    if qualifier and (full := _TYPE_NAMES.get(fold(f"{name}{qualifier}"))):
        return full
    return _TYPE_NAMES.get(fold(name), name[:1].upper() + name[1:].lower())


def _type_of_code(code: str) -> str | None:
    """The type a number's code means ("KHLT": a joint plan is a "Kế hoạch"); see ``type_of_code``."""
    return type_of_code(code)


def _issuer_after(after: str) -> str | None:
    m = _ISSUER_AFTER_RE.match(after)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _ISSUER_STOP:
            break
        words.append(w)
    name = " ".join(words).strip()
    if not name[:1].isupper():
        return None
    start = m.start(1)
    named = _name_end(after, start, start + len(name))
    if named < start + len(name):  # the predicate follows the name: "... Huyện ủy" + "quy định chức năng"
        return clean_spaces(after[start:named]).rstrip(" ,.;:")
    if len(words) == len(m.group(1).split()):
        # The word limit may fall inside a long name: its unit and place ("Ban Thường trực Ủy ban MTTQ
        # Việt Nam" + "huyện Hòa Vĩnh") still belong to it, also when it falls inside a two-word unit ("thị"
        # + "trấn Tân Lập") or inside the place's proper name ("huyện Vĩnh Thuận" + "Đông").
        start = m.start(1)
        read = start + len(m.group(1).rstrip())
        last = start + len(m.group(1).rstrip().rsplit(None, 1)[0])
        end = max(body_name_tail(after, read), body_name_tail(after, last))
        end = place_name_tail(after, end)
        name = clean_spaces(after[start:end].split("\n", 1)[0]).rstrip(" ,.;:")
        while len(name.split()) > 1 and name.split()[-1].lower() in _ISSUER_STOP:
            name = name.rsplit(None, 1)[0]  # "... Tân Lập Thượng" + "Về việc": the subject, not the name
    return name


# Words that complete a body's name: a party or youth committee of a level ("Huyện ủy", "Tỉnh đoàn"), the
# national bodies ("Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Trung ương"). After one, only
# a place, another name word or a capitalised word goes on with the name; a lower-case word ("quy định",
# "sửa đổi", "ngày") opens the predicate. So does any lower-case word after an acronym ("Bộ GDĐT ngày").
_NAME_CLOSERS = {
    f"{level} {kind}"
    for level in (*level_syllables(), "dang")
    for kind in ("uy", "doan")
} | {"quoc hoi", "chinh phu", "chinh tri", "bi thu", "trung uong"}


def _name_end(text: str, start: int, stop: int) -> int:
    """Where a body's name starting at ``start`` ends (at most ``stop``): at the first lower-case word after
    a word that completes a name (``_NAME_CLOSERS``, an acronym) that is neither a name word nor a place
    (``body_name_tail``: "Ủy ban" + "nhân dân tỉnh"). Names written in lower case without such a word
    ("Ủy ban bầu cử xã Phố Bảng") are left whole."""
    end, closed, prev = start, False, ""
    for w in re.finditer(r"\S+", text[:stop]):
        if w.start() < max(end, start):
            continue
        word = w.group(0)
        if closed and word[:1].islower():
            tail = body_name_tail(text, end)
            if tail < w.end():
                return end
            end, closed, prev = tail, False, ""
            continue
        letters = [c for c in word if c.isalpha()]
        acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        closed = acronym or fold(f"{prev} {word}").lower().strip(" ,.;:") in _NAME_CLOSERS
        end, prev = w.end(), word
    return max(end, stop)


def extract_references(text: str, own_number: str | None = None) -> list[Reference]:
    """Every other document ``text`` cites, merged by number key (richest details kept)."""
    own = doc_number_key(own_number) if own_number else None
    found: dict[str, Reference] = {}
    for number, start, end in find_doc_numbers(text):
        key = doc_number_key(number)
        if key == own:
            continue
        before = text[max(0, start - 40) : start]
        after = text[end : end + 200]
        tm = _TYPE_BEFORE_RE.search(before)
        doc_type = _type_named(tm.group(1), tm.group(2)) if tm else None
        if doc_type is None:
            code = re.match(r"\d+(?:/\d{4})?[-/]([A-ZĐa-z]+)", number)
            doc_type = _type_of_code(code.group(1)) if code else None
        dm = _DATE_AFTER_RE.match(after)
        date = iso_date(dm.group(0)) if dm else None
        phrase_start = start - (len(tm.group(0)) if tm else 0)
        clause = re.split(r"[;\n]|\.\s", text[end : end + 260], maxsplit=1)[0]
        ref = Reference(
            number=number,
            doc_type=doc_type,
            date=date,
            issuer=_issuer_after(after),
            text=text[phrase_start:end] + clause,
        )
        old = found.get(key)
        if old is None:
            found[key] = ref
            continue
        old.doc_type = old.doc_type or ref.doc_type
        old.date = old.date or ref.date
        old.issuer = old.issuer or ref.issuer
        if len(ref.text) > len(old.text):
            old.text = ref.text
    return list(found.values())


@dataclass
class ReferenceLink:
    """One citation: the citing document, the reference as written, and the indexed target (if any)."""

    source: str
    reference: Reference
    target: str | None = None
    # True when no held document carries the number as written and the target was taken by the fallback:
    # same digits and issuer, another type code ("160-KL/TW" for the notice 160-TB/TW). The target then
    # lists the spelling in ``number_aliases`` and "number_aliases" in ``DocumentMeta.inferred``.
    inferred: bool = False


@dataclass
class ReferenceGraph:
    """All citations among a set of documents, plus what was inferred about uncited identities."""

    links: list[ReferenceLink] = field(default_factory=list)
    inferred: dict[str, dict[str, Any]] = field(default_factory=dict)

    def cites(self, doc_id: str) -> list[ReferenceLink]:
        """What ``doc_id`` cites."""
        return [lk for lk in self.links if lk.source == doc_id]

    def cited_by(self, doc_id: str) -> list[ReferenceLink]:
        """Who cites ``doc_id`` (the documents that implement or continue it)."""
        return [lk for lk in self.links if lk.target == doc_id]

    def to_dict(self) -> dict[str, Any]:
        return {"links": [asdict(lk) for lk in self.links], "inferred": self.inferred}


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w/-]+", fold(text)) if w not in _STOP and len(w) > 1}


def _same_issuer(a: str | None, b: str | None) -> bool:
    return a is None or b is None or fold(a) == fold(b) or fold(a) in fold(b) or fold(b) in fold(a)


def _same_type(doc_type: str | None, ref_type: str | None) -> bool:
    if not doc_type or not ref_type:
        return False
    a, b = fold(doc_type), fold(ref_type)
    return a == b or a.startswith(b) or b.startswith(a)


def _infer_identity(
    doc: Document, documents: list[Document], known: set[str], known_loose: set[str]
) -> dict[str, Any] | None:
    """Number and date for a document without a number, from references whose phrase describes it."""
    subject = _tokens(doc.meta.title or "")
    if not subject or not doc.meta.doc_type:
        return None
    votes: dict[str, list[tuple[Reference, str]]] = {}
    for other in documents:
        if other.doc_id == doc.doc_id:
            continue
        for ref in other.meta.references:
            if doc_number_key(ref.number) in known or not _same_type(doc.meta.doc_type, ref.doc_type):
                continue
            # Spellings of one number that differ only in the type code vote together (the inferred
            # identity keeps the spelling whose code fits the document's type, the rest become aliases).
            key = doc_number_issuer_key(ref.number) or doc_number_key(ref.number)
            if key in known_loose:
                continue
            if not _same_issuer(doc.meta.issuer, ref.issuer):
                continue
            overlap = len(subject & _tokens(ref.text)) / len(subject)
            if overlap >= 0.6:
                votes.setdefault(key, []).append((ref, other.doc_id))
    if not votes:
        return None
    key, refs = max(votes.items(), key=lambda kv: len(kv[1]))
    spellings = Counter(r.number for r, _ in refs)
    code = next((c for c, t in TYPE_CODES.items() if fold(doc.meta.doc_type).startswith(fold(t))), None)
    number = next(
        (n for n, _ in spellings.most_common() if code and f"-{code}/" in n), spellings.most_common(1)[0][0]
    )
    dates = Counter(r.date for r, _ in refs if r.date)
    return {
        "number": number,
        "aliases": [n for n in spellings if n != number],
        "date": dates.most_common(1)[0][0] if dates else None,
        "from": sorted({src for _, src in refs}),
    }


def resolve_references(documents: list[Document]) -> ReferenceGraph:
    """Link every reference to the indexed document it means; fill missing identities (marked inferred).

    Mutates the documents' metadata: ``number``/``date``/``number_aliases``/``inferred``. Call it after
    parsing the whole collection (the indexer does), before chunk labels are built for display.
    """
    graph = ReferenceGraph()
    known = {doc_number_key(d.meta.number) for d in documents if d.meta.number}
    for doc in documents:
        if doc.meta.number:
            continue
        known_loose = {doc_number_issuer_key(n) or n for n in known}
        guess = _infer_identity(doc, documents, known, known_loose)
        if guess is None:
            continue
        doc.meta.number = guess["number"]
        doc.meta.inferred = sorted(set(doc.meta.inferred) | {"number"})
        if not doc.meta.date and guess["date"]:
            doc.meta.date = guess["date"]
            doc.meta.inferred = sorted(set(doc.meta.inferred) | {"date"})
        known.add(doc_number_key(guess["number"]))
        graph.inferred[doc.doc_id] = guess
    by_key: dict[str, list[Document]] = {}
    for d in documents:
        for n in [d.meta.number, *d.meta.number_aliases]:
            if n:
                by_key.setdefault(doc_number_key(n), [])
                if d not in by_key[doc_number_key(n)]:
                    by_key[doc_number_key(n)].append(d)
    by_issuer_key: dict[str, list[Document]] = {}
    for d in documents:
        for n in [d.meta.number, *d.meta.number_aliases]:
            loose = doc_number_issuer_key(n) if n else None
            if loose and d not in by_issuer_key.setdefault(loose, []):
                by_issuer_key[loose].append(d)
    for doc in documents:
        for ref in doc.meta.references:
            targets = [t for t in by_key.get(doc_number_key(ref.number), []) if t.doc_id != doc.doc_id]
            if len(targets) > 1 and ref.date:
                targets = [t for t in targets if t.meta.date == ref.date] or targets
            inferred = False
            if not targets:
                targets = _fallback_targets(ref, doc, by_issuer_key)
                inferred = bool(targets)
            target = targets[0] if targets else None
            if inferred and target is not None:
                target.meta.inferred = sorted(set(target.meta.inferred) | {"number_aliases"})
            if (
                target is not None
                and ref.number != target.meta.number
                and ref.number not in target.meta.number_aliases
            ):
                target.meta.number_aliases.append(ref.number)
            graph.links.append(ReferenceLink(doc.doc_id, ref, target.doc_id if target else None, inferred))
    return graph


def _fallback_targets(
    ref: Reference, doc: Document, by_issuer_key: dict[str, list[Document]]
) -> list[Document]:
    """The one held document a reference no number matches exactly may still mean: same digits and
    issuer, another type code, and the reference's date when it gives one. Several candidates: none."""
    key = doc_number_issuer_key(ref.number)
    if key is None:
        return []
    found = [t for t in by_issuer_key.get(key, []) if t.doc_id != doc.doc_id]
    if ref.date:
        found = [t for t in found if not t.meta.date or t.meta.date == ref.date]
    return found if len(found) == 1 else []
