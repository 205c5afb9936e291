"""Citations: the numbered book of what an answer quotes, each quote with its exact offsets in its chunk
and in its document and the page(s) it lies on.

``CitationBook`` numbers quotes in order of first use (the same quote keeps its number); a fact outside
every chunk (a header or signature line) is cited through its own line, and a fact the cleaner kept out of
the text (a signature block) through the metadata that records it. Every answer path (extractive quotes,
first lines, duties, the LLM's passages) cites through one book.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from assistant.answer import render
from assistant.models import Chunk, Citation, DocRef, Document

# The section a "Nơi nhận:" block is cited under: metadata, never a section of the text, but named so.
RECIPIENTS_SECTION = "Nơi nhận"


def page_of(doc: Document | None, chunk: Chunk, doc_start: int) -> int | None:
    """The page the quote starts on (PDFs): the paragraph holding it, else the chunk's first page."""
    if doc is not None:
        for p in doc.paragraphs:
            if p.start <= doc_start < p.end and p.page:
                return p.page
    return chunk.pages[0] if chunk.pages else None


def pages_of(doc: Document | None, doc_start: int, doc_end: int) -> list[int]:
    """Every page the quote lies on, when its paragraphs span a page break (PDFs); else []."""
    if doc is None:
        return []
    pages = {
        pg
        for p in doc.paragraphs
        if p.start < max(doc_end, doc_start + 1) and p.end > doc_start
        for pg in (p.pages or ([p.page] if p.page else []))
    }
    return sorted(pages) if len(pages) > 1 else []


class CitationBook:
    """Numbers citations in order of first use; the same quote of the same chunk keeps its number."""

    def __init__(self, docs: dict[str, Document], chunks_for: Callable[[str], list[Chunk]] | None = None):
        self.docs = docs
        self.chunks_for = chunks_for
        self.citations: list[Citation] = []
        self._keys: dict[tuple[str, int, int], int] = {}

    def cite(self, chunk: Chunk, start: int, end: int) -> int:
        """Register the quote ``chunk.text[start:end]`` and return its citation number."""
        key = (chunk.chunk_id or f"{chunk.doc_id}@{chunk.start}", start, end)
        if key in self._keys:
            return self._keys[key]
        doc = self.docs.get(chunk.doc_id)
        quote = chunk.text[start:end]
        doc_start = chunk.start + start
        if doc is not None and doc.text[doc_start : doc_start + len(quote)] != quote:
            found = doc.text.find(quote, max(0, chunk.start - 200))
            found = found if found >= 0 else doc.text.find(quote)
            doc_start = found if found >= 0 else doc_start
        n = len(self.citations) + 1
        ref = render.doc_ref(doc) if doc is not None else bare_ref(chunk)
        self.citations.append(
            Citation(
                n=n,
                doc=ref,
                section=chunk.section_label(),
                page=page_of(doc, chunk, doc_start),
                chunk_id=chunk.chunk_id,
                text=chunk.text,
                quote=quote,
                quote_start=start,
                quote_end=end,
                doc_start=doc_start,
                doc_end=doc_start + len(quote),
                pages=pages_of(doc, doc_start, doc_start + len(quote)),
            )
        )
        self._keys[key] = n
        return n

    def rollback(self, count: int) -> None:
        """Forget the citations after the first ``count``: those of a first line tried and dropped, so
        that the quotes are numbered from [count + 1] as if it had never been cited."""
        del self.citations[count:]
        self._keys = {k: n for k, n in self._keys.items() if n <= count}

    def forget(self, numbers: set[int]) -> dict[int, int]:
        """Forget these citations (a dropped first line's) and number the others from 1 in their order;
        returns old number -> new number."""
        kept = [c for c in self.citations if c.n not in numbers]
        renumber = {c.n: i for i, c in enumerate(kept, 1)}
        self._keys = {k: renumber[n] for k, n in self._keys.items() if n in renumber}
        self.citations[:] = _numbered(kept, renumber)
        return renumber

    def renumber(self, order: list[int]) -> dict[int, int]:
        """Number the citations in ``order`` (old numbers, as an answer's text first shows them) from 1,
        the others after them in their order; returns old number -> new number."""
        rank = {n: i for i, n in enumerate(dict.fromkeys(order))}
        kept = sorted(self.citations, key=lambda c: (rank.get(c.n, len(rank)), c.n))
        renumber = {c.n: i for i, c in enumerate(kept, 1)}
        self._keys = {k: renumber[n] for k, n in self._keys.items()}
        self.citations[:] = _numbered(kept, renumber)
        return renumber

    def lead_with(self, number: int) -> dict[int, int]:
        """Make citation ``number`` the first and number the others from 2 in their order (the quote a
        first line is read from leads the answer); returns old number -> new number."""
        return self.renumber([number])

    def cite_doc_span(self, doc: Document, start: int, end: int) -> int:
        """Cite ``doc.text[start:end]``: through the chunk that holds it, else through its own line.

        Header and signature facts (date, signer) may sit outside every chunk; their citation then
        carries the document line as ``text`` (chunk_id ""), so quote offsets stay exact either way.
        """
        for chunk in self.chunks_for(doc.doc_id) if self.chunks_for else []:
            a, b = start - chunk.start, end - chunk.start
            if 0 <= a < b <= len(chunk.text) and chunk.text[a:b] == doc.text[start:end]:
                return self.cite(chunk, a, b)
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", end)
        line_end = len(doc.text) if line_end < 0 else line_end
        section = next((s for s in doc.sections if s.start <= start < s.end), None)
        pseudo = Chunk(
            chunk_id="",
            doc_id=doc.doc_id,
            file=doc.file,
            section_id=section.id if section else "",
            section_path=list(section.path) if section else [],
            heading=section.title if section else "",
            start=line_start,
            end=line_end,
            text=doc.text[line_start:line_end],
            norm_text="",
            embed_text="",
        )
        return self.cite(pseudo, start - line_start, end - line_start)

    def cite_metadata(self, doc: Document, kind: str) -> int:
        """Cite a header/signature fact the cleaner kept out of the document text (signature blocks).

        The citation's ``text`` is the block as the metadata records it ("T/M BỘ CHÍNH TRỊ\nTrương Tấn
        Sang"), its quote the fact inside it; ``chunk_id`` is ``"meta:<kind>"`` and the document offsets
        are -1 because the words are not in the cleaned text.
        """
        meta = doc.meta
        if kind == "signer":
            block = "\n".join(
                x
                for x in (
                    meta.signer_capacity,
                    meta.signer_title,
                    meta.signer,
                    *(y for c in meta.cosigners for y in (c.capacity, c.title, c.name)),
                )
                if x
            )
            value = meta.signer or ""
        elif kind == "date":
            value = render.format_date(meta.date)
            block = f"{meta.place}, {value}" if meta.place else value
        elif kind == "issuer" and meta.issuer_text:
            # the letterhead lines (or the title line) the issuer is read from, as printed: the issuer's
            # name is written in running text ("Ban Thường trực Ủy ban MTTQ ..."), never quoted as such
            value = block = meta.issuer_text
        elif kind == "recipients" and meta.recipients_text:
            # the "Nơi nhận:" block as written, on the page it is printed on: its own words are the quote
            value = block = meta.recipients_text
        elif kind == "recipients":
            value = "; ".join(meta.sent_to())  # "Kính gửi" addressees first: "Như trên" stands for them
            block = value
        else:
            value = str(getattr(meta, kind, "") or "")
            block = value
        start = block.rfind(value)
        n = len(self.citations) + 1
        pages = list(meta.recipients_pages) if kind == "recipients" and meta.recipients_text else []
        self.citations.append(
            Citation(
                n=n,
                doc=render.doc_ref(doc),
                section=RECIPIENTS_SECTION if kind == "recipients" and meta.recipients_text else "",
                page=pages[0] if pages else None,
                chunk_id=f"meta:{kind}",
                text=block,
                quote=value,
                quote_start=start,
                quote_end=start + len(value),
                doc_start=-1,
                doc_end=-1,
                pages=pages,
            )
        )
        return n


def _numbered(citations: list[Citation], renumber: dict[int, int]) -> list[Citation]:
    """``citations`` (in their new order) as new values numbered by ``renumber`` (old -> new number):
    ``Citation`` is frozen, and a citation an earlier answer returned keeps its number."""
    return [c if c.n == renumber[c.n] else replace(c, n=renumber[c.n]) for c in citations]


def bare_ref(chunk: Chunk) -> DocRef:
    """A reference for a chunk whose document is not loaded: its id and file name only."""
    return DocRef(chunk.doc_id, chunk.file, None, None, None, Path(chunk.file).stem)
