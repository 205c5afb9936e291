"""A question asking two things, each on its own evidence: "X diễn ra hôm nào, và Y hạn cuối ngày nào?".

A question joining two asks (by "và", "còn", a comma or "; ", each part with its own interrogative) often
asks across two documents, or one part asks what the library lacks: read whole, its evidence covers
neither part well and one part's failed check (an amount, a date) refuses the whole question (library5
l5-mttq-27, l5-rw-25, l5-rw-27). When the whole question is refused, each part is asked on its own
(``asked_apart``): a part naming no subject of its own ("..., đơn vị nào phối hợp?") is asked again with
the subject the first part names ("Hội thi ... thì đơn vị nào phối hợp?") when alone it is refused. The
answer (``joined_answer``) states each part under its own number with its own quotes and first line, a
part refused says so; the first lines of the parts lead the whole answer only when the first part has one
(a first line stating a later part alone would read as the answer to the first). Nothing is joined when
every part is refused: the whole refusal stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import render
from assistant.answer.terms import content_tokens, question_parts
from assistant.models import Answer, Citation
from assistant.text import fold_chars

# An interrogative of its own in a part: who, what, when, where, how many, how long, which ... With diacritics
# read as written ("bộ máy" holds no "mấy", "Ánh sao" no "sao"); without, folded, "bo may" and a bare "sao"
# left out. An English wh-word asks only before a verb or its noun ("when is ...", "how many"; "when a
# workplace has 100 voters" is a condition).
_ASKS_MARKED_RE = re.compile(
    r"\b(?:gì|nào|đâu|ai|bao nhiêu|bao lâu|mấy|(?:vì|tại|ra|làm) sao|bao giờ)\b", re.IGNORECASE
)
_ASKS_FOLDED_RE = re.compile(
    r"\b(?:gi|nao|dau|ai|bao nhieu|bao lau|(?<!bo )may|(?:vi|tai|ra|lam) sao|bao gio)\b"
)
_ASKS_EN_RE = re.compile(
    r"\b(?:who|what|when|where|which|how)\s+(?:is|are|was|were|do|does|did|will|must|should|can|may|has"
    r"|have|many|much|long|body|bodies|unit|units|date|day|time|deadline)\b",
    re.IGNORECASE,
)


def _asks(piece: str) -> bool:
    """The piece of a question holds an interrogative of its own (``_ASKS_MARKED_RE`` ...)."""
    own = _ASKS_FOLDED_RE.search(fold_chars(piece)) if piece.isascii() else _ASKS_MARKED_RE.search(piece)
    return bool(own or _ASKS_EN_RE.search(piece))


# A word pointing back to what the first ask names ("người này", "cơ quan đó", "họ", "it"): an ask writing
# one is asked with the first ask's subject, never alone. Without diacritics only after a noun ("nguoi
# nay"), since a bare "do" / "nay" is "by" / "now" as often.
_BACK_RE = re.compile(
    r"\b(?:này|đó|ấy|họ|it|this|they|them)\b"
    r"|\b(?:nguoi|co quan|don vi|to chuc|viec|van ban|ke hoach|chuong trinh|ban|hoi nghi) (?:nay|do|ay)\b",
    re.IGNORECASE,
)
# The question phrase of a part (folded), cut from the first part to leave the subject it names for a later
# part: "những ai", "vào thời gian nào", "do ai", "hạn cuối ngày nào", "bao nhiêu ...".
_PHRASE_RE = re.compile(
    r"\b(?:(?:do|la|boi|vao|duoc|cho|o|tai|den|trong|han|han cuoi)\s+)?"
    r"(?:nhung ai|ai|(?:[a-z]+ ){0,2}(?:nao|gi)|bao nhieu|bao lau|(?<!bo )may|khi nao|bao gio|o dau|dau"
    r"|the nao"
    r"|who|what|when|where|which|how)\b"
)
# Words left dangling at the end of a subject cut before its question phrase ("Muốn sửa Hiến pháp thì",
# "Hội thi ... tổ chức vào"), folded.
_DANGLING_RE = re.compile(r"(?:\s+(?:thi|vao|do|la|duoc|boi|cho|cua|o|tai|nhung|cac|khi|co))+\s*$")
# A joining word left at the start of an ask cut after a comma (", và ...", ", còn ...").
_JOINER_RE = re.compile(r"^(?:và|va|còn|con|and)\s+", re.IGNORECASE)
# A later ask writing fewer words than this before its question phrase names no subject of its own.
_OWN_WORDS_MIN = 2


def split_asks(question: str) -> list[str]:
    """The asks of a question asking two things or more, as typed, in order ([] for a question asking one):
    the pieces between ``terms.question_parts``'s cuts, each run of pieces up to one holding an
    interrogative (``_asks``) one ask ("Đoàn kiểm tra, giám sát ... do ai làm trưởng đoàn" stays whole);
    pieces after the last interrogative belong to the last ask."""
    text = question.rstrip(" ?.")
    folded = fold_chars(text)
    marked = not text.isascii()
    asks: list[tuple[int, int]] = []
    start = None
    for a, b in question_parts(folded):
        if not folded[a:b].strip():
            continue
        start = a if start is None else start
        if _asks(text[a:b]) if marked else _asks(folded[a:b]):
            asks.append((start, b))
            start = None
    if start is not None and asks:
        asks[-1] = (asks[-1][0], len(text))
    out = [_JOINER_RE.sub("", text[a:b].strip(" ,;")) for a, b in asks]
    return out if len(out) >= 2 and all(out) else []


def _subject(ask: str) -> str:
    """What the ask is about, its question phrase and the words left dangling before it cut ("Muốn sửa
    Hiến pháp thì những ai được quyền đề nghị" -> "Muốn sửa Hiến pháp"); "" when nothing is left."""
    m = _PHRASE_RE.search(fold_chars(ask))
    if not m:
        return ""
    head = ask[: m.start()]
    d = _DANGLING_RE.search(fold_chars(head))
    return (head[: d.start()] if d else head).strip(" ,;")


def with_subject(asks: list[str], i: int) -> str | None:
    """The ``i``-th ask with the first ask's subject before it ("<subject> thì <ask>?"), to ask again a
    later ask refused alone (it may name too few words of its own: "..., đơn vị nào phối hợp?"); None for
    the first ask or when the first ask leaves no subject."""
    subject = _subject(asks[0]) if i else ""
    if not subject:
        return None
    joiner = "thi" if asks[i].isascii() and subject.isascii() else "thì"
    return f"{subject} {joiner} {asks[i]}?"


def has_lead(answer: Answer) -> bool:
    """The answer opens with labelled first lines ("Thời gian: ... [1]"): the planner keeps them only when
    they state every part asked (``parts``), so nothing asked is left out."""
    return not answer.abstained and bool(_lead_and_body(answer.text)[0])


def alone(asks: list[str], i: int) -> bool:
    """The ``i``-th ask can be asked alone: the first always; a later one naming its own subject before its
    question phrase (at least ``_OWN_WORDS_MIN`` words: "Quốc hội cần bao nhiêu ...", not the elliptical
    "trụ sở nào (địa chỉ cụ thể)", "đơn vị nào phối hợp") and pointing back at nothing the first names
    ("người này", ``_points_back``)."""
    return i == 0 or (len(content_tokens(_subject(asks[i]))) >= _OWN_WORDS_MIN and not _points_back(asks[i]))


def _points_back(ask: str) -> bool:
    """The ask points back at what an earlier one names ("người này phải báo cáo với cơ quan nào")."""
    return bool(_BACK_RE.search(ask))


def misses_a_document(whole: Answer, answers: list[Answer]) -> bool:
    """The whole question's answer, with no first line, cites none of the documents an ask answered alone
    cites: a question across two documents answered from one. A whole answer with a first line leaves out
    nothing: the planner keeps a first line only when it states every part (``parts``)."""
    if whole.abstained or has_lead(whole):
        return False
    cited = {c.doc.doc_id for c in whole.citations}
    return any(not a.abstained and not cited & {c.doc.doc_id for c in a.citations} for a in answers)


def with_missing(whole: Answer, asks: list[str], answers: list[Answer]) -> Answer:
    """The whole question's answer (quotes only, no first line) followed by each ask refused alone, under
    its number, with the not-found phrase: the quotes answer the other asks and say nothing of this one's
    absence. ``whole`` itself when it has a first line (which states every part, ``parts``), is refused,
    or no ask or every ask is refused alone."""
    refused = [i for i, a in enumerate(answers) if a.abstained]
    if whole.abstained or not refused or len(refused) == len(answers) or has_lead(whole):
        return whole
    absent = render.not_found(whole.language)
    missing = "\n\n".join(f"{i + 1}. {_capital(asks[i])}?\n{absent}" for i in refused)
    return replace(whole, text=f"{whole.text}\n\n{missing}")


def with_uncovered(whole: Answer, asks: list[str], answers: list[Answer]) -> Answer:
    """The whole question's answer (quotes only, no first line) followed by each ask answered alone from a
    passage the whole answer does not quote (its first quote overlaps none of the whole's), under its
    number with that answer's quotes, renumbered after the whole's, and no first line (as ``joined_answer``
    keeps none beside a whole answer). Read whole, "Mức vay tối đa là bao nhiêu và thời hạn vay bao lâu?"
    quotes the item of one ask and drops its sibling answering the other (newcomer trial 46 q07). ``whole``
    itself when it is refused or has a first line (which states every part, ``parts``), or every ask
    answered alone is covered or refused."""
    if whole.abstained or has_lead(whole):
        return whole
    blocks: list[str] = []
    citations = list(whole.citations)
    for i, (ask, ans) in enumerate(zip(asks, answers, strict=True), 1):
        if ans.abstained or not ans.citations or _quoted_in(ans.citations[0], whole.citations):
            continue
        text, cited = _renumbered(ans, len(citations))
        citations.extend(cited)
        blocks.append(f"{i}. {_capital(ask)}?\n{_lead_and_body(text)[1]}")
    if not blocks:
        return whole
    return replace(whole, text="\n\n".join([whole.text, *blocks]), citations=citations)


def _quoted_in(citation: Citation, quoted: list[Citation]) -> bool:
    """Whether one of ``quoted`` quotes words of ``citation``'s quote: their spans in the document overlap
    (the quote's text inside the other's, or the other's inside it, where no span is known)."""
    for c in quoted:
        if c.doc.doc_id != citation.doc.doc_id:
            continue
        if citation.doc_end > citation.doc_start and c.doc_end > c.doc_start:
            if citation.doc_start < c.doc_end and c.doc_start < citation.doc_end:
                return True
        elif citation.quote in c.quote or c.quote in citation.quote:
            return True
    return False


def _capital(ask: str) -> str:
    return ask[:1].upper() + ask[1:]


def _renumbered(answer: Answer, shift: int) -> tuple[str, list[Citation]]:
    """The answer's text and citations with every citation number moved up by ``shift``."""
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", answer.text)
    return text, [replace(c, n=c.n + shift) for c in answer.citations]


# A first line of the planner: "Label: value [n]" (several lines before the first blank line).
_LEAD_LINE_RE = re.compile(r"^[^\n:“”\"]{2,40}: .*\[\d+\]$")


def _lead_and_body(text: str) -> tuple[list[str], str]:
    """The labelled first lines of a part's answer and the rest (quotes); no lines when the first
    paragraph is not all labelled lines."""
    head, sep, body = text.partition("\n\n")
    lines = head.splitlines()
    if sep and lines and all(_LEAD_LINE_RE.match(x.strip()) for x in lines):
        return lines, body
    return [], text


def joined_answer(whole: Answer, asks: list[str], answers: list[Answer]) -> Answer:
    """One answer stating each ask under its number (its own first line and quotes, or the not-found
    phrase), citations numbered across the parts; ``whole`` when every part is refused. The parts' first
    lines lead when the first part has one. When ``whole`` answered (quotes only), the parts keep no first
    line: the planner, reading the question whole, found none stating every part, and a line one part gave
    read alone would override that (library4 l4-mttq-26: a later step's date for the step asked)."""
    if all(a.abstained for a in answers):
        return whole
    language = whole.language
    leads: list[str] = []
    blocks: list[tuple[str, list[str], str]] = []
    citations: list[Citation] = []
    for ask, ans in zip(asks, answers, strict=True):
        if ans.abstained:
            blocks.append((ask, [], render.not_found(language)))
            continue
        text, cited = _renumbered(ans, len(citations))
        citations.extend(cited)
        lines, body = _lead_and_body(text)
        blocks.append((ask, lines if whole.abstained else [], body))
    hoist = bool(blocks[0][1])
    out: list[str] = []
    for i, (ask, lines, body) in enumerate(blocks, 1):
        if hoist:
            leads.extend(lines)
            lines = []
        out.append("\n".join([f"{i}. {_capital(ask)}?", *lines, body]))
    text = ("\n".join(leads) + "\n\n" if leads else "") + "\n\n".join(out)
    answered = [a for a in answers if not a.abstained]
    return replace(
        whole,
        text=text,
        abstained=False,
        citations=citations,
        retrieved=[h for a in answered for h in a.retrieved],
        see_also=[],
        notes=[n for a in answered for n in a.notes if n not in whole.notes] + whole.notes,
        evidence=answered[0].evidence,
        fact_absent=all(a.fact_absent for a in answered),
    )
