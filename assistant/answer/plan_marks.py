"""Citation marks in a planned answer's text: renumbering "[n]" cues after ``CitationBook`` renumbers,
moving the quote now [1] to the top, the cues a first line uses, and a quote as the checks read it.

Low-level helpers of the planner's stages (``plan_quotes``, ``plan_quote_lead``, ``plan_finish``), below
them in the flow retrieve -> answer (plan) -> present.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.models import Citation, Document
from assistant.parse.tables import reading_text


def quote_led(book: CitationBook, n: int, body: str, readings: dict[int, str]) -> tuple[str, dict[int, str]]:
    """``(body, readings)`` after citation ``n`` becomes [1] (``CitationBook.lead_with``): its quote moved to the
    top and every "[k]" cue and reading renumbered; a first line stated from that quote then cites [1]."""
    renumber = book.lead_with(n)
    return quoted_first(body, renumber), {renumber[k]: r for k, r in readings.items() if k in renumber}


def renumber_marks(text: str, renumber: dict[int, int]) -> str:
    """``text`` with each "[n]" cue written "[renumber[n]]" (cues not in ``renumber`` kept)."""
    return re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m[1]), int(m[1]))}]", text)


def quoted_first(body: str, renumber: dict[int, int]) -> str:
    """The body with its citations renumbered (``CitationBook.lead_with``) and the quote now [1] moved to
    the top of its document's quotes, and that document's quotes (a block after a blank line) to the top."""
    body = renumber_marks(body, renumber)
    blocks = body.split("\n\n")
    for b, block in enumerate(blocks):
        lines = block.split("\n")
        at = next((i for i, x in enumerate(lines) if x.startswith("- ") and x.endswith(" [1]")), None)
        if at is None:
            continue
        head = max((i for i in range(at) if not lines[i].startswith("- ")), default=-1)
        lines.insert(head + 1, lines.pop(at))
        blocks[b] = "\n".join(lines)
        # (both blocks a document's heading and its quotes)
        if b and not blocks[b].startswith("- ") and "\n- " in blocks[0]:
            blocks.insert(0, blocks.pop(b))
        break
    return "\n\n".join(blocks)


def lead_cues(lead_lines: list[str]) -> set[int]:
    """The citation numbers the "[n]" cues of ``lead_lines`` (a first line) use."""
    return {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}


def reading(docs: dict[str, Document], c: Citation) -> str:
    """A citation's quote as the checks and the figure reader read it (``parse.tables.reading_text``)."""
    doc = docs.get(c.doc.doc_id)
    if doc is None or c.doc_end <= c.doc_start:
        return c.quote
    return reading_text(doc, c.doc_start, c.doc_end)
