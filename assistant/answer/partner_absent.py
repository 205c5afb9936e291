"""Saying a clause names no coordinating body, as a deadline question's "Văn bản không nêu thời hạn cho việc
này" says it sets no time (``clause_facts.obligation_fact``).

"Theo công văn 87-CV/ĐU, đơn vị nào được giao phối hợp với Ban Xây dựng Đảng trong việc tham mưu quán
triệt Kết luận 126?" of "1. Giao Ban Xây dựng Đảng tham mưu Ban Thường vụ Đảng uỷ quán triệt ... Kết luận
số 126-KL/TU ...": the clause governing the task gives it to one body and names no partner. Quoting it
under no first line reads as an answer (library4 l4-rw-35, a near-miss unanswerable); the first line now
says the document names none, citing the clause. Read folded (``assistant.text.fold``).
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.facts import FactLead
from assistant.models import Document, Obligation
from assistant.query.lead_asks import COORDINATOR_ASKS
from assistant.text import fold

_ASK_RES = tuple(re.compile(a) for a in COORDINATOR_ASKS)
# The words around the coordinator ask that name no task: "được giao", "với" (folded)
_ASK_FRAME_RE = re.compile(r"\b(?:duoc giao|giao cho|giao|duoc|voi|trong viec|de)\b")
# A clause's sentence giving a task to more than one body in any wording: "phối hợp (với)", "phối kết hợp",
# "cùng (với)", "với sự tham gia", "tham gia cùng", "và các ngành liên quan" (folded)
_PARTNER_WRITTEN_RE = re.compile(
    r"\b(?:phoi (?:ket )?hop|cung voi|cung cac|voi su (?:tham gia|phoi hop)|tham gia cung|hiep dong|"
    r"lien quan|va cac (?:ban|nganh|don vi|co quan|doan the|to chuc))\b"
)


def coordinator_ask_words(question: str) -> set[str]:
    """The folded words with which a question asks who coordinates ("đơn vị nào được giao phối hợp với"),
    not the task: left out when measuring how much of the question a clause covers."""
    folded = fold(question)
    words: set[str] = set()
    for rx in _ASK_RES:
        for m in rx.finditer(folded):
            words.update(m.group(0).split())
    for m in _ASK_FRAME_RE.finditer(folded):
        words.update(m.group(0).split())
    return words


def partner_absent_fact(
    best: Obligation, docs: dict[str, Document], book: CitationBook, language: str
) -> FactLead | None:
    """``["Văn bản không nêu đơn vị phối hợp cho việc này. [n]"]`` (``absent``) for the clause that plainly
    governs a "who coordinates" question (the caller checks it covers the question), when neither the clause
    nor its sentence writes any partner (``_PARTNER_WRITTEN_RE``): a partner the parser did not read as a
    coordinator is no absence. None otherwise (the clause is then quoted under no first line)."""
    if best.coordinators or best.inferred:
        return None
    doc = docs.get(best.doc_id)
    if doc is None or best.end <= best.start:
        return None
    text = doc.text
    stop = re.search(r"[.!?](?:\s|$)|\n", text[best.end :])
    sentence = text[best.start : best.end + (stop.end() if stop else len(text) - best.end)]
    if _PARTNER_WRITTEN_RE.search(fold(f"{best.text} {sentence}")):
        return None
    n = book.cite_doc_span(doc, best.start, best.end)
    line = f"{render.label('no_coordinators', language)} [{n}]"
    return FactLead("lead", [line], obligation=best, absent=True)


def partner_written(sentence: str) -> bool:
    """Whether ``sentence`` gives a task to more than one body in any wording ("phối hợp với", "cùng với",
    "với sự tham gia", "và các ngành liên quan"): a partner stated."""
    return bool(_PARTNER_WRITTEN_RE.search(fold(sentence)))
