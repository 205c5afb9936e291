"""Readings of a question's words around its act that ``query.actions`` applies: the act a verb passing a
paper on sends ("gửi khiếu nại"), and a question opening with a document by its kind and number ("Thông báo
135-TB/HU: ..."), whose kind word names that document, not an act or the paper sent (issue 11, library4
dev)."""

from __future__ import annotations

from assistant.lexicon.asks import lodged_acts


def act_sent(folded: list[str], i: int) -> str | None:
    """The act a verb passing a paper on sends, folded, when the word right after it (at ``i`` of pyvi's
    folded words, syllables joined by "_") is an act a person lodges (``lexicon.asks.lodged_acts``: "gửi
    khiếu_nại", "nộp kiến_nghị", "gửi tố_cáo" -> "khieu nai"): a clause writes it whether it sends it ("gửi
    đơn khiếu nại") or only grants it ("có quyền khiếu nại"; library4 dev l4-party-06). None for any other
    word: after "trình / gửi" an approver's act ("trình phê duyệt", "gửi thẩm định") is not the sender's."""
    said = folded[i].replace("_", " ") if i < len(folded) else ""
    return said if said in lodged_acts() else None


def opens_with_document_number(folded: list[str]) -> bool:
    """Whether pyvi's folded words (from a document kind on) go on with that document's number, "số" or
    "này" ("Thông_báo 135 ...", "kế_hoạch số 12", "kế_hoạch này"): the kind names the document asked about,
    not the paper an act sends (library4 dev l4-rw-04: "Thông báo 135-TB/HU: ... cần trình ... trước thời
    điểm nào?") nor an act (l4-party-36: "Thông báo 160-TB/TW giao cơ quan nào ... chủ trì ...?")."""
    nxt = folded[1] if len(folded) > 1 else ""
    return nxt[:1].isdigit() or nxt in ("so", "nay")
