"""One section per quote (trial 37: "b) Toàn huyện trồng mới 5.000 cây xanh" quoted inside "3. Chỉ tiêu: a)
... b) ... c) ..." and cited "3. Chỉ tiêu › a)"; TXT, MD, DOC, DOCX, HTML alike).

A quote widened over a list whose items are sections of their own (``widen.widen_list``,
``widen.widen_across``) spans several sections, while a citation names one. Such a quote is either

- cut back to the sections holding the sentences chosen for the question, each piece its own quote cited
  with its own section's path and page, when the question asks one fact of the list (a time, a figure, a
  place, a first line's fact), or
- kept whole, when the list itself is asked (or its lead-in was chosen), and cited with the section that
  holds every piece: the list's heading ("3. Chỉ tiêu"), never its first item ("3. Chỉ tiêu › a)").
"""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.sentence_scores import Span
from assistant.answer.sentences import trim
from assistant.models import Chunk
from assistant.text import fold


def _joined(chunks: list[Chunk], path: list[str], text: str) -> Chunk:
    """One chunk over consecutive ``chunks`` of a document (their text ``text``), cited under ``path``."""
    first, last = chunks[0], chunks[-1]
    return Chunk(
        chunk_id=first.chunk_id if len(chunks) == 1 else f"{first.chunk_id}+{last.chunk_id}",
        doc_id=first.doc_id,
        file=first.file,
        section_id=first.section_id,
        section_path=list(path),
        heading=path[-1] if path else first.heading,
        start=first.start,
        end=last.end,
        text=text,
        norm_text="",
        embed_text="",
        pages=sorted({p for c in chunks for p in c.pages}),
        org=first.org,
        ordinal=first.ordinal,
    )


def _groups(span: Span, book: CitationBook) -> list[list[Chunk]]:
    """The document's chunks under a joined quote, grouped by section in the document's order ([] when the
    quote is no join over chunks or its chunks cannot be read)."""
    chunk = span.chunk
    if "+" not in chunk.chunk_id or book.chunks_for is None or chunk.doc_id not in book.docs:
        return []
    a, b = chunk.start + span.start, chunk.start + span.end
    under = sorted(
        (c for c in book.chunks_for(chunk.doc_id) or [] if c.start < b and c.end > a), key=lambda c: c.start
    )
    groups: list[list[Chunk]] = []
    for c in under:
        if groups and groups[-1][-1].section_path == c.section_path:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _common(paths: list[list[str]]) -> list[str]:
    """The longest path every one of ``paths`` starts with."""
    out: list[str] = []
    for names in zip(*paths, strict=False):
        if any(n != names[0] for n in names):
            break
        out.append(names[0])
    return out


def cut_to_sections(span: Span, chosen: list[Span], book: CitationBook, whole: bool) -> list[Span]:
    """``span`` (a quote, maybe joined over chunks) as quotes of one section each.

    ``chosen``: the sentences picked for the question (offsets in their own chunks); ``whole``: the list
    itself is asked, so a joined quote stays whole under the section holding all of it. Returns ``[span]``
    when it lies in one section; else the pieces (offsets in each piece's chunk, document order) that hold
    a chosen sentence (a lead-in ending with ":" among them keeps the list whole), each scored as ``span``.
    """
    groups = _groups(span, book)
    if len(groups) < 2:
        return [span]
    doc = book.docs[span.chunk.doc_id]
    a, b = span.chunk.start + span.start, span.chunk.start + span.end
    picked = [
        (s.chunk.start + s.start, s.chunk.start + s.end)
        for s in chosen
        if s.chunk.doc_id == span.chunk.doc_id and s.chunk.start + s.start < b and s.chunk.start + s.end > a
    ]
    lead_in = any(doc.text[x:y].rstrip(" *").endswith(":") for x, y in picked)
    if whole or lead_in or not picked:
        path = _common([g[0].section_path for g in groups])
        if not path:
            return [span]
        relabelled = _joined(
            [c for g in groups for c in g], path, doc.text[groups[0][0].start : groups[-1][-1].end]
        )
        x, y = a - relabelled.start, b - relabelled.start
        if x < 0 or y > len(relabelled.text):
            return [span]
        return [Span(relabelled, x, y, span.score, span.rank)]
    pieces = []
    for g in groups:
        lo, hi = max(a, g[0].start), min(b, g[-1].end)
        if not any(x < hi and lo < y for x, y in picked):
            continue
        lo = _past_heading(doc.text, lo, hi, g[0].section_path[:-1], picked)
        c = g[0] if len(g) == 1 else _joined(g, g[0].section_path, doc.text[g[0].start : g[-1].end])
        x, y = trim(c.text, lo - c.start, hi - c.start)
        if y > x:
            pieces.append(Span(c, x, y, span.score, span.rank))
    return pieces or [span]


def _past_heading(text: str, lo: int, hi: int, parents: list[str], picked: list[tuple[int, int]]) -> int:
    """Where an item's piece starts: past the list's own heading printed above the first item ("2. Hỗ trợ
    phụ nữ khởi nghiệp" over "a) Ban Gia đình - Xã hội chủ trì ..."), a line naming one of the item's parent
    sections, when no chosen sentence is in it: the item is quoted without the heading its citation names."""
    titles = {fold(t).strip(" *:").rstrip("…").strip() for t in parents}
    while lo < hi:
        end = text.find("\n", lo, hi)
        if end < 0:
            return lo
        line = fold(text[lo:end]).strip(" *:")
        if line not in titles or any(x < end and lo < y for x, y in picked):
            return lo
        lo = end
        while lo < hi and text[lo].isspace():
            lo += 1
    return lo
