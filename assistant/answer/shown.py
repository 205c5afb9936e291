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
from assistant.parse.closing import SIGNATURE_HEADINGS
from assistant.text import fold

_MARK_RE = re.compile(r"\[(\d+)\]")
_SIGNATURE = frozenset(fold(h) for h in SIGNATURE_HEADINGS)


def _signature_block(section: str) -> bool:
    """Whether a citation's section label (" › "-joined path) is a signature section."""
    return fold(section.split(" › ")[-1]) in _SIGNATURE


def cues(lines: list[str]) -> list[int]:
    """The citation numbers ``lines`` cite, in order, without repeats ("... [1] ... [3]" -> [1, 3])."""
    out: list[int] = []
    for line in lines:
        for m in _MARK_RE.findall(line):
            if int(m) not in out:
                out.append(int(m))
    return out


def _renumbered(text: str, renumber: dict[int, int]) -> str:
    return _MARK_RE.sub(lambda m: f"[{renumber.get(int(m[1]), int(m[1]))}]", text)


def with_lead_quotes(
    lead_lines: list[str], body: str, book: CitationBook, language: str, add: bool = True
) -> tuple[list[str], str]:
    """``lead_lines`` and ``body`` such that every citation the lines cite is shown in ``body``. A cited
    passage inside a quote the body shows ("trình ... trước ngày 20/7/2026." within the whole item quoted)
    is cited by that quote's number instead (the citations renumbered from 1, ``CitationBook.forget``);
    any other gets a quote line ("- “...” [n]") first under its document's "Theo <doc>:" header, or in a
    new block before the others when no quote of that document is shown. An empty ``body`` is returned as
    is (a fact standing alone: its citation is listed with the sources). ``add`` False: no quote line is
    added (a document fact, its signature or letterhead, is no passage), only the renumbering, and a quote
    of a signature block holding the fact does not take its citation (the fact cited is the name)."""
    if not body.strip() or not lead_lines:
        return lead_lines, body
    shown = {int(m) for m in _MARK_RE.findall(body)}
    by_n = {c.n: c for c in book.citations}
    missing = [by_n[n] for n in cues(lead_lines) if n not in shown and n in by_n and by_n[n].quote.strip()]
    if not missing:
        return lead_lines, body
    inside: dict[int, int] = {}
    for c in missing:
        holder = next(
            (
                o
                for o in book.citations
                if o.n in shown
                and o.doc.doc_id == c.doc.doc_id
                and o.doc_start <= c.doc_start
                and c.doc_end <= o.doc_end
                and c.doc_end > c.doc_start
                # a document fact (``add`` False) keeps its exact citation beside a quote of the signature
                # block that holds it (a signer's line quoted with its signature, ``signer_quotes``): the
                # fact cited is the name, not the block around it
                and (add or not _signature_block(o.section))
            ),
            None,
        )
        if holder is not None:
            inside[c.n] = holder.n
    if inside:
        lead_lines = [_renumbered(x, inside) for x in lead_lines]
        renumber = book.forget(set(inside) - set(cues(lead_lines)))
        lead_lines = [_renumbered(x, renumber) for x in lead_lines]
        body = _renumbered(body, renumber)
        missing = [c for c in book.citations if c.n in cues(lead_lines) and f"[{c.n}]" not in body]
    if not add:
        return lead_lines, body
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
    return lead_lines, "\n\n".join(new_blocks + blocks)
