"""Whose clause a sentence is: "what must X do?" is answered by X's own clauses.

A plan's "Tổ chức thực hiện" part lists each body's duties under an item naming it ("3. Ban Công tác Mặt
trận các thôn" / "- Căn cứ Kế hoạch này, chủ động giám sát ..."; "3. Đề nghị Liên đoàn Lao động tỉnh: Chỉ
đạo các cấp công đoàn ..."), and other bodies' items mention X as whom they guide, check or work with
("... hướng dẫn Ban Công tác Mặt trận các thôn triển khai thực hiện", "Sở ... chủ trì, phối hợp với Liên
đoàn Lao động tỉnh"). Those mentions share the question's words, the body's name included, and outscore
X's own clauses, which write no name at all under their heading. A sentence is X's own when its nearest
item title, its list's lead-in or the sentence itself opens with one of X's names, after an item label and
an assigning word ("Giao", "Đề nghị", "Đối với": ``phrases.json`` assigning_leads).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from assistant.answer.sentences import split_sentences
from assistant.lexicon.phrases import assigning_leads
from assistant.models import Chunk, Hit
from assistant.text import fold

# An item label opening a folded title or sentence: "3.", "2.1.", "II.", "a)", "Điều 4.", a bullet
_LABEL_RE = re.compile(
    r"^[\s\-+•*–]*(?:(?:dieu|khoan|muc|phan|chuong)\s+\w+\s*[.:)\-–]?|\d+(?:\.\d+)*\s*[.)\-–]?"
    r"|[ivxlc]+\s*[.)\-–]|[a-z]\))?\s*"
)
# A line opening with an item's number or letter: an item title inside a chunk ("3. Ban Công tác ...")
_ITEM_LINE_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s*[.)]|[IVXLC]+\s*[.\-–)]|[a-zđ]\))\s*\S")
_LETTER_ITEM_RE = re.compile(r"^\s*[a-zđ]\)")


@cache
def _lead_re() -> re.Pattern[str]:
    words = sorted({fold(w) for w in assigning_leads()}, key=len, reverse=True)
    return re.compile(rf"^(?:(?:{'|'.join(re.escape(w) for w in words)})\s+)?")


def opens_with(text: str, names: Sequence[str], labelled: bool = False) -> bool:
    """Whether ``text`` (a title, lead-in or sentence, any case) names one of ``names`` (folded) as its
    subject: first after its item label and an assigning word ("2. Giao Sở Y tế:", "Đối với Hội Nông dân
    xã:", "- Ủy ban nhân dân xã chủ trì ..."). ``labelled``: only as the label of what follows it, the
    name and its place then ":" ("- Sở Y tế: ..."), as an item of a lead-in naming whom something is done
    to or for ("... kiểm tra công tác bầu cử đối với:" / "- Ban Công tác Mặt trận ở các thôn.") is no
    clause of that body."""
    folded = fold(text)
    rest = folded[_LABEL_RE.match(folded).end() :]
    rest = rest[_lead_re().match(rest).end() :]
    tail = r"[^.;:]{0,60}:" if labelled else r"\b"
    return any(n and re.match(rf"{re.escape(n)}{tail}", rest) for n in names)


def _after_lead_in(chunk: Chunk, start: int) -> bool:
    """Whether the sentence at ``start`` opens a line right after a line ending with ":" (a list's item)."""
    before = chunk.text[:start].rstrip(" \t-+•*–")
    if before and not before.endswith("\n"):
        return False  # inside a line: the sentence continues its own line
    lines = [ln for ln in before.split("\n") if ln.strip()]
    return bool(lines) and lines[-1].rstrip(" *").endswith(":")


def _titles(chunk: Chunk, start: int) -> list[str]:
    """The item titles a sentence of ``chunk`` at ``start`` is under, nearest first: the item lines above it
    in the chunk, then the chunk's section titles; lettered sub-items ("a) ...") are passed for their
    parent's title, the first numbered one ends the list."""
    lines = [ln for ln in chunk.text[:start].split("\n") if _ITEM_LINE_RE.match(ln)]
    out: list[str] = []
    for title in [*reversed(lines), *reversed(chunk.section_path)]:
        out.append(title)
        if not _LETTER_ITEM_RE.match(title):
            break
    return out


def owner(
    hits: list[Hit],
    groups: Sequence[Sequence[str]],
    lead_in_for: Callable[[Chunk], str] | None = None,
    max_chunks: int = 10,
) -> Callable[[Chunk, int, int], bool] | None:
    """Whether a sentence (chunk, start, end) is the asked body's own clause, for the first group of names
    (one group per body the question names, the body asked first) that owns any sentence of the top
    ``hits``; None when no group owns any: the duties are then read from the sentences' words alone."""

    def owns(names: Sequence[str]) -> Callable[[Chunk, int, int], bool]:
        def own(chunk: Chunk, a: int, b: int) -> bool:
            if opens_with(chunk.text[a:b], names, labelled=_after_lead_in(chunk, a)):
                return True
            if lead_in_for is not None and (lead := lead_in_for(chunk)) and opens_with(lead, names):
                return True
            return any(opens_with(t, names) for t in _titles(chunk, a))

        return own

    for names in groups:
        if not names:
            continue
        own = owns(names)
        if any(own(h.chunk, a, b) for h in hits[:max_chunks] for a, b in split_sentences(h.chunk.text)):
            return own
    return None
