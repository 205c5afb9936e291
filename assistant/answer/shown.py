"""Every quote the first line cites is shown in the answer's body.

The first line ("Thời hạn: trước ngày 07/02/2026 [1]") is read from a passage, and its marker promises
the reader that passage. The quotes under it are picked by the extractive step on their own weight
(two under a first line), so the line's own sentence may be none of them: the body then shows [2] and
never [1], and the part of the line's sentence the question also asks ("gửi ... về Văn phòng Đoàn xã ...
trước ngày 07/02/2026" for "gửi về đâu, trước ngày nào?") is lost (trial 36 t36-34). This module adds
each such quote at the top of its document's quotes (a block of its own, first, when its document has
none in the body). Format-independent: it works on the rendered body and the citation book.
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook

_MARK_RE = re.compile(r"\[(\d+)\]")


def cues(lines: list[str]) -> list[int]:
    """The citation numbers ``lines`` cite, in order, without repeats ("... [1] ... [3]" -> [1, 3])."""
    out: list[int] = []
    for line in lines:
        for m in _MARK_RE.findall(line):
            if int(m) not in out:
                out.append(int(m))
    return out


def with_lead_quotes(lead_lines: list[str], body: str, book: CitationBook, language: str) -> str:
    """``body`` with a quote line ("- “...” [n]") for every citation ``n`` that ``lead_lines`` cite and
    ``body`` does not show. The line goes first under its document's "Theo <doc>:" header, or in a new
    block before the others when no quote of that document is shown. An empty ``body`` is returned as is
    (a document fact standing alone: its citation is listed with the sources). Citation numbers are
    unchanged."""
    if not body.strip() or not lead_lines:
        return body
    shown = {int(m) for m in _MARK_RE.findall(body)}
    by_n = {c.n: c for c in book.citations}
    missing = [by_n[n] for n in cues(lead_lines) if n not in shown and n in by_n and by_n[n].quote.strip()]
    if not missing:
        return body
    blocks = body.split("\n\n")
    new_blocks: list[str] = []
    for c in missing:
        line = f"- {render.quote_line(c.quote, c.n)}"
        doc = book.docs.get(c.doc.doc_id)
        head = render.doc_label(render.doc_ref(doc) if doc else c.doc, language)
        header = f"{render.label('according', language)} {head}:"
        at = next((i for i, b in enumerate(blocks) if b.split("\n", 1)[0] == header), None)
        if at is not None:
            first, _, rest = blocks[at].partition("\n")
            blocks[at] = "\n".join(p for p in (first, line, rest) if p)
        else:
            new = next((i for i, b in enumerate(new_blocks) if b.split("\n", 1)[0] == header), None)
            if new is None:
                new_blocks.append(f"{header}\n{line}")
            else:
                new_blocks[new] += f"\n{line}"
    return "\n\n".join(new_blocks + blocks)

