"""Readings of a question's words around its act that ``query.actions`` applies: the act a verb passing a
paper on sends ("gửi khiếu nại"), and a question opening with a document by its kind and number ("Thông báo
135-TB/HU: ..."), whose kind word names that document, not an act or the paper sent (issue 11, library4
dev)."""

from __future__ import annotations

from collections.abc import Collection

from assistant.lexicon.words import type_names


def act_sent(
    tags: list[str], folded: list[str], i: int, not_acts: Collection[str], papers: Collection[str]
) -> str | None:
    """The act a verb passing a paper on sends, folded: the verb right after it, at ``i`` of pyvi's words
    (``folded``, syllables joined by "_") and ``tags`` ("gửi khiếu_nại/V", "nộp kiến_nghị", "gửi tố_cáo" ->
    "khieu nai"), which a clause writes whether it sends it ("gửi đơn khiếu nại") or only grants it ("có
    quyền khiếu nại"; library4 dev l4-party-06). None for a word of one syllable, one of ``not_acts`` (frames,
    generic words: "gửi xong"), a paper (``papers``, spaced: "gửi đăng ký") or a document kind ("gửi báo
    cáo")."""
    if i >= len(folded) or tags[i] != "V":
        return None
    w = folded[i]
    said = w.replace("_", " ")
    if "_" not in w or w in not_acts or said in papers or said in type_names():
        return None
    return said


def opens_with_document_number(folded: list[str]) -> bool:
    """Whether pyvi's folded words (from a document kind on) go on with that document's number, "số" or
    "này" ("Thông_báo 135 ...", "kế_hoạch số 12", "kế_hoạch này"): the kind names the document asked about,
    not the paper an act sends (library4 dev l4-rw-04: "Thông báo 135-TB/HU: ... cần trình ... trước thời
    điểm nào?") nor an act (l4-party-36: "Thông báo 160-TB/TW giao cơ quan nào ... chủ trì ...?")."""
    nxt = folded[1] if len(folded) > 1 else ""
    return nxt[:1].isdigit() or nxt in ("so", "nay")
