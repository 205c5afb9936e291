"""Parsing: loader blocks -> cleaned paragraphs -> metadata + body -> section tree -> ``Document``.

``parse(loaded, file)`` handles one file; ``resolve_references(documents)`` links a whole collection
(citations to indexed documents, numbers written two ways, identities inferred from other documents).
"""

from __future__ import annotations

import hashlib

from assistant.models import Document, LoadedFile
from assistant.parse.appendix import append_appendices
from assistant.parse.clean import clean
from assistant.parse.closing import COPY_SECTION, HEADER_SECTION, SIGNATURE_SECTION, append_sections
from assistant.parse.metadata import split_document
from assistant.parse.references import ReferenceGraph, ReferenceLink, extract_references, resolve_references
from assistant.parse.runons import split_run_on_items
from assistant.parse.structure import build
from assistant.parse.tables import tables_as_data
from assistant.parse.title import lead_title

__all__ = ["parse", "doc_id_for", "resolve_references", "ReferenceGraph", "ReferenceLink"]


def doc_id_for(file: str) -> str:
    """A stable id from the path as shown to users, so re-indexing a changed file keeps its id."""
    return hashlib.sha1(file.replace("\\", "/").encode("utf-8")).hexdigest()[:16]


def parse(loaded: LoadedFile, file: str, content_hash: str = "") -> Document:
    """Turn a loaded file into a ``Document`` (body text, metadata, sections, paragraphs)."""
    cleaned = clean(loaded)
    cleaned.paras = split_run_on_items(cleaned.paras)  # "... kỳ họp. Điều 4. ...": an item of its own
    # Data tables become header + row paragraphs here; layout tables keep their cells for the metadata.
    split = split_document(tables_as_data(cleaned.paras), cleaned.web_lines)
    meta = split.meta
    text, sections, paragraphs = build(split.body, meta.title or "")
    meta.title = meta.title or sections[0].title or None  # a subject line read as the body's title line
    if not (meta.title or meta.doc_type or meta.number):
        meta.title = lead_title(text)  # an article without a directive header: its lead sentence
    # Number and date lines apart from the signature: each closing part is its own section and chunk.
    closing = [(HEADER_SECTION, split.issue_lines), (SIGNATURE_SECTION, split.signature)]
    if split.copy_block:
        copy = meta.copies[0] if meta.copies else None
        closing.append(
            (" ".join(x for x in (COPY_SECTION, copy.number if copy else None) if x), split.copy_block)
        )
    text = append_sections(text, sections, paragraphs, closing)
    text = append_appendices(text, sections, paragraphs, split.appendices)
    # Citations are searched in the title too: a plan names what it implements in its subject line.
    meta.references = extract_references((meta.title or "") + "\n\n" + text, meta.number)
    warnings = list(loaded.warnings) + split.warnings
    if not text.strip():
        warnings.append("no body text found / không tìm thấy nội dung văn bản")
    if not meta.doc_type:
        warnings.append("document type not recognised / không nhận ra loại văn bản")
    return Document(
        doc_id=doc_id_for(file),
        file=file,
        format=loaded.format,
        text=text,
        meta=meta,
        sections=sections,
        paragraphs=paragraphs,
        content_hash=content_hash,
        page_count=loaded.page_count,
        ocr_pages=list(loaded.ocr_pages),
        warnings=warnings,
    )
