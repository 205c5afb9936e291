"""A quoted table row comes with its table's header row, quoted once, just above the first row quoted.

A data table's row is quoted as the document writes it ("Trung học cơ sở | 3.000.000 | 120 | tăng 20
suất", ``parse.tables``): without its column names a cadre cannot tell which number is the rate, which the
count and which the year. Whatever path quoted the row (the extractive quotes, a body's duties, a first
line's passage), the answer shows the header line ("Cấp học | Mức học bổng (đồng/suất/năm học) | ...")
as a quote of its own, cited like any quote, before the first of its rows, unless a quote already shows
it. A header row quoted without a row under it (by a path that chose it for its words, "Đơn vị chủ trì"
for "đơn vị nào chủ trì?") is dropped: column names state nothing (trial 37, ten answers). The citations
are then numbered in the order the answer's text shows them.
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.sentence_kinds import table_headers
from assistant.models import Citation
from assistant.parse.tables import header_of_row

# a quote line of an answer's body: "- “...” [n]"
_QUOTE_LINE_RE = re.compile(r"^- “.*” \[(\d+)\]$")
_MARK_RE = re.compile(r"\[(\d+)\]")


def _header(c: Citation, book: CitationBook) -> tuple[int, int] | None:
    doc = book.docs.get(c.doc.doc_id)
    if doc is None or c.doc_start < 0 or c.doc_end <= c.doc_start:
        return None
    return header_of_row(doc.paragraphs, c.doc_start)


def _is_header(c: Citation, book: CitationBook) -> bool:
    """Whether citation ``c`` quotes nothing but a table's header row."""
    doc = book.docs.get(c.doc.doc_id)
    if doc is None or c.doc_start < 0:
        return False
    return any(h0 <= c.doc_start and c.doc_end <= h1 for h0, h1 in table_headers(doc))


def _without_bare_headers(lead_lines: list[str], body: str, book: CitationBook) -> tuple[list[str], str]:
    """``body`` without the quote lines that quote only a table's header row (a first line's citation
    aside), those citations forgotten and the others renumbered; unchanged when there is none."""
    by_n = {c.n: c for c in book.citations}
    led = {int(m) for m in _MARK_RE.findall("\n".join(lead_lines))}
    drop: set[int] = set()
    kept: list[str] = []
    for line in body.split("\n"):
        m = _QUOTE_LINE_RE.match(line)
        c = by_n.get(int(m[1])) if m else None
        if c is not None and c.n not in led and _is_header(c, book):
            drop.add(c.n)
            continue
        kept.append(line)
    if not drop:
        return lead_lines, body
    renumber = book.forget(drop)

    def _new(text: str) -> str:
        return _MARK_RE.sub(lambda m: f"[{renumber.get(int(m[1]), int(m[1]))}]", text)

    return [_new(x) for x in lead_lines], _new("\n".join(kept))


def with_headers(lead_lines: list[str], body: str, book: CitationBook) -> tuple[list[str], str]:
    """``lead_lines`` and ``body`` with each quoted table row's header line quoted once above the first
    of its rows in ``body`` (a header quoted on its own dropped first), the citations renumbered in the
    order the text shows them."""
    lead_lines, body = _without_bare_headers(lead_lines, body, book)
    by_n = {c.n: c for c in book.citations}
    shown = [by_n[int(m)] for m in _MARK_RE.findall("\n".join([*lead_lines, body])) if int(m) in by_n]
    spans = {(c.doc.doc_id, c.doc_start, c.doc_end) for c in shown}
    out: list[str] = []
    added = False
    for line in body.split("\n"):
        m = _QUOTE_LINE_RE.match(line)
        c = by_n.get(int(m[1])) if m else None
        head = _header(c, book) if c is not None else None
        if c is not None and head is not None:
            doc_id = c.doc.doc_id
            held = any(d == doc_id and a <= head[0] and head[1] <= b for d, a, b in spans)
            if not held:
                doc = book.docs[doc_id]
                n = book.cite_doc_span(doc, *head)
                out.append(f"- {render.quote_line(doc.text[head[0] : head[1]], n)}")
                spans.add((doc_id, *head))
                added = True
        out.append(line)
    if not added:
        return lead_lines, body
    body = "\n".join(out)
    renumber = book.renumber([int(m) for m in _MARK_RE.findall("\n".join([*lead_lines, body]))])

    def _new(text: str) -> str:
        return _MARK_RE.sub(lambda m: f"[{renumber.get(int(m[1]), int(m[1]))}]", text)

    return [_new(x) for x in lead_lines], _new(body)
