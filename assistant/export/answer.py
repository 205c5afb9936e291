"""Answers and conversations as handouts: the answer text, then each quote with its full citation
(document type and number, subject, issuer, date, section, page, file), as export blocks (DOCX/PDF) or
plain text."""

from __future__ import annotations

from assistant.answer.render import format_date
from assistant.export.blocks import Block, Heading, Para, Quote
from assistant.models import Answer, Citation


def citation_label(c: Citation) -> str:
    """ "[1] Kết luận 62-KL/TW — về ... — Bộ Chính trị, 08/12/2009 — mục 3 › 3.1, tr. 2 — file" """
    d = c.doc
    ident = " ".join(x for x in (d.doc_type, d.number) if x) or d.file
    parts = [f"[{c.n}] {ident}"]
    if d.title and d.title not in ident:
        parts.append(d.title)
    who_when = ", ".join(x for x in (d.issuer, format_date(d.date) if d.date else None) if x)
    if who_when:
        parts.append(who_when)
    where = f"mục {c.section}" if c.section else ""
    if c.page:
        where += (", " if where else "") + f"tr. {c.page}"
    if where:
        parts.append(where)
    parts.append(d.file)
    return " — ".join(parts)


def answer_blocks(answer: Answer, title: str | None = None) -> list[Block]:
    """One answer: question, answer text, the quotes with their citations, notes."""
    out: list[Block] = []
    if title:
        out.append(Heading(title, 0))
    out.append(Heading(answer.question, 1))
    out.extend(Para(p) for p in answer.text.split("\n") if p.strip())
    if answer.citations:
        out.append(Heading("Nguồn trích dẫn / Sources", 2))
        out.extend(Quote(c.quote, citation_label(c)) for c in answer.citations)
    out.extend(Para(f"({n})") for n in answer.notes)
    return out


def conversation_blocks(answers: list[Answer], title: str = "Hội thoại / Conversation") -> list[Block]:
    """A whole conversation, question by question."""
    out: list[Block] = [Heading(title, 0)]
    for a in answers:
        out.extend(answer_blocks(a))
    return out
