"""The same document in several files: tell duplicates apart from related documents, merge their metadata.

Offices keep a plan as the editable DOCX and as the signed PDF in one folder, or save a web page and its
attachment. Indexing both doubles every quote. Two parsed documents are the same document when

- their numbers and their dates do not contradict each other (two different numbers, or two different
  dates, always mean two documents: an amended plan is not its original), and
- they share the number and the date, or the number and at least half of their text, or their texts are
  near-identical: Jaccard similarity of word 5-shingles of the diacritic-folded text >= 0.8
  (``NEAR_DUPLICATE``). Measured: a DOCX and its signed PDF 0.98; two plans of one body from one
  template, different contents, stay well below.

The group keeps one file as the document (the one with pages, so citations can name a page; then the
longer text) and the others as alternative files; its metadata is the most complete one, with gaps
filled from the others.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.models import Document, DocumentMeta
from assistant.text import fold

NEAR_DUPLICATE = 0.8  # Jaccard of 5-shingles above which two texts are one document
SAME_NUMBER_TEXT = 0.5  # with the same number (and no contradicting date), this much shared text suffices
SHINGLE = 5
MIN_SHINGLES = 20  # shorter texts are never judged by text alone
_WORD_RE = re.compile(r"\w+")
_META_FIELDS = ("doc_type", "number", "date", "issuer", "place", "signer", "signer_capacity", "signer_title",
                "title")  # fmt: skip


def shingles(text: str) -> frozenset[int]:
    """Hashed word 5-grams of the folded (lower-case, no diacritics) text."""
    words = _WORD_RE.findall(fold(text).lower())
    grams = (" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1)))
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    shared = len(a & b)
    union = len(a) + len(b) - shared  # the same count as len(a | b), without building the union
    return shared / union if union else 0.0


def same_document(a: Document, b: Document, sa: frozenset[int], sb: frozenset[int]) -> bool:
    """True when ``a`` and ``b`` (with their shingles ``sa``, ``sb``) are one document in two files."""
    if contradict(a, b):
        return False
    ma, mb = a.meta, b.meta
    same_number = bool(_full_number(ma.number) and ma.number == mb.number)
    if same_number and ma.date and ma.date == mb.date:
        return True
    enough = min(len(sa), len(sb)) >= MIN_SHINGLES
    sim = jaccard(sa, sb) if enough else 0.0
    return sim >= NEAR_DUPLICATE or (same_number and sim >= SAME_NUMBER_TEXT)


def _full_number(number: str | None) -> bool:
    """A number with its digits: "Số: /KH-MTTQ-BTT" left blank for an electronic signature is shared by
    every draft of that office, so it says nothing about identity."""
    return bool(number) and number[:1].isdigit()


def contradict(a: Document, b: Document) -> bool:
    """Two different numbers or two different dates: two documents, whatever their text."""
    ma, mb = a.meta, b.meta
    return bool(
        (ma.number and mb.number and ma.number != mb.number) or (ma.date and mb.date and ma.date != mb.date)
    )


def _worth_comparing(a: Document, b: Document) -> bool:
    """Cheap filter before shingling: same number, or text lengths close enough for Jaccard >= 0.5."""
    if contradict(a, b):
        return False
    if _full_number(a.meta.number) and a.meta.number == b.meta.number:
        return True
    short, long_ = sorted((len(a.text), len(b.text)))
    return long_ > 0 and short / long_ >= NEAR_DUPLICATE


def completeness(meta: DocumentMeta) -> int:
    """How many identity fields (type, number, date, issuer, place, signer ...) are filled."""
    return sum(1 for f in _META_FIELDS if getattr(meta, f)) + (1 if meta.recipients else 0)


def merged_meta(metas: Sequence[DocumentMeta]) -> DocumentMeta:
    """The most complete metadata, each missing field taken from the next most complete one."""
    ranked = sorted(metas, key=completeness, reverse=True)
    out = replace(ranked[0])
    for other in ranked[1:]:
        for f in _META_FIELDS:
            if not getattr(out, f) and getattr(other, f):
                setattr(out, f, getattr(other, f))
        if not out.recipients and other.recipients:
            out.recipients = list(other.recipients)
            # its words as the other file writes them; its pages are that file's, not the cited one's
            out.recipients_text, out.recipients_pages = other.recipients_text, []
        for alias in other.number_aliases:
            if alias not in out.number_aliases and alias != out.number:
                out.number_aliases.append(alias)
    return out


def primary_of(docs: Sequence[Document]) -> Document:
    """The file that stands for the group: one with pages first (citations name pages), then fewer OCR
    pages (a text PDF over its scan), then the more complete metadata and the longer text."""
    return max(
        docs,
        key=lambda d: (bool(d.page_count), -len(d.ocr_pages), completeness(d.meta), len(d.text), d.file),
    )


@dataclass
class Group:
    """One document found in several files: ``primary`` is indexed, ``alternates`` are its other files."""

    primary: Document
    alternates: list[Document]


def find_groups(fresh: Sequence[Document], stored: Sequence[Document]) -> list[Group]:
    """Groups of duplicates that involve at least one fresh document (stored ones were grouped before)."""
    docs = list(fresh) + list(stored)
    cache: dict[int, frozenset[int]] = {}
    parent = list(range(len(docs)))

    def sh(i: int) -> frozenset[int]:
        if i not in cache:
            cache[i] = shingles(docs[i].text)
        return cache[i]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(fresh)):
        for j in range(len(docs)):
            if j == i or root(i) == root(j) or not _worth_comparing(docs[i], docs[j]):
                continue
            if same_document(docs[i], docs[j], sh(i), sh(j)):
                parent[root(j)] = root(i)
    members: dict[int, list[Document]] = {}
    for i, d in enumerate(docs):
        members.setdefault(root(i), []).append(d)
    groups = []
    for group in members.values():
        if len(group) > 1:
            primary = primary_of(group)
            groups.append(Group(primary, [d for d in group if d is not primary]))
    return groups
