"""The parts around the numbered body: the concluding paragraph after the last item, and the closing
sections after the body (number and date lines, signature, a SAO LỤC copy).

Notices, plans and letters end their body with a sentence about the whole document, not about the last
item: a summary ("Trên đây là Kế hoạch ..."), an exhortation ("Ban Thường vụ đề nghị các chi hội nghiêm
túc thực hiện."), what to do with difficulties ("Trong quá trình thực hiện, nếu có khó khăn ..."). Kept
under item N, it would be quoted as part of that item and read as its duty; ``find_closing`` finds it
(cutting it off the item's paragraph when a PDF or a hard-wrapped text glued the two) so that the section
tree gives it a section of its own (``CLOSING_SECTION``). The phrases are ``lexicon.phrases``'.
"""

from __future__ import annotations

import re

from assistant.lexicon.phrases import is_closing_sentence
from assistant.models import Paragraph, Section
from assistant.parse.clean import Para
from assistant.parse.tables import is_table_para
from assistant.text import sentence_spans

PREAMBLE_SECTION = "Mở đầu"  # the paragraphs before the first heading
CLOSING_SECTION = "Phần kết"  # the concluding paragraph after the last item



def top_section(sections: list[Section], title: str, start: int, end: int, parent: str) -> Section:
    """A first-level section named ``title`` (the preamble, the closing lines, the signature block),
    appended to ``sections`` and returned."""
    sec = Section(
        id=f"s{len(sections)}",
        path=[title],
        label=None,
        title=title,
        level=1,
        start=start,
        end=end,
        parent=parent,
    )
    sections.append(sec)
    return sec

def continuation(sections: list[Section], parent: Section, start: int, end: int) -> Section:
    """A section holding ``parent``'s text after its children, appended to ``sections`` and returned: a
    child of ``parent`` with the same path and title, so that it is cited as the parent is (no label: it
    opens with no number of its own, and a lookup by number finds the parent)."""
    sec = Section(
        id=f"s{len(sections)}",
        path=list(parent.path),
        label=None,
        title=parent.title,
        level=parent.level + 1,
        start=start,
        end=end,
        org=parent.org,
        parent=parent.id,
    )
    sections.append(sec)
    return sec


def find_closing(paras: list[Para], last_heading: int) -> tuple[list[Para], int | None]:
    """(paragraphs, index of the first concluding one) when the body ends with a concluding paragraph
    after its last heading (``last_heading``: index of that heading's paragraph), else (paras, None).

    A paragraph at or after the last heading whose later sentence opens the conclusion is cut in two
    there; from the first concluding paragraph on, everything to the end of the body concludes it.
    """
    for i in range(max(last_heading, 0), len(paras)):
        p = paras[i]
        if is_table_para(p.style):
            continue
        spans = sentence_spans(p.text)
        for k, (a, _) in enumerate(spans):
            if k == 0 and i == last_heading:
                continue  # the heading's own first sentence is the item
            if not is_closing_sentence(p.text[a:]) and not is_closing_sentence(p.text[a : spans[k][1]]):
                continue
            if k == 0:
                return paras, i
            head = Para(p.text[:a].rstrip(), p.style, p.lead, list(p.pages), p.cell)
            rest = Para(p.text[a:], frozenset(), None, list(p.pages[-1:]), p.cell)
            return [*paras[:i], head, rest, *paras[i + 1 :]], i + 1
    return paras, None


def after_one_paragraph_items(
    paras: list[Para], items: list[int], headed: list[bool], end: int | None = None
) -> int | None:
    """Where plain paragraphs after a list start, when every item of that list (``items``: the indices of
    its items, none when they are titles) is one paragraph ("1. Đối tượng: ...", ..., "5. Giải thưởng:
    ..." then "Hội LHPN các xã có trách nhiệm ..."): they speak for the whole list, not for its last item.
    ``end``: where those paragraphs stop (the next heading; the end of the body by default). None when an
    item runs over several paragraphs, or a heading (``headed``), a table row or a lower-case continuation
    follows the last item, or a bullet follows it other than in the list of a plain lead-in ("Tuy nhiên,
    vẫn còn những hạn chế; đó là:" then "- ...": the lead-in and its bullets are the parent's text too)."""
    end = len(paras) if end is None else end
    if len(items) < 3 or items != list(range(items[0], items[-1] + 1)) or items[-1] + 1 >= end:
        return None
    last = items[-1]
    if any(headed[last + 1 : end]):
        return None
    rest = paras[last + 1 : end]
    if any(is_table_para(p.style) or p.text[:1].islower() for p in rest):
        return None
    introduced = False  # a bullet is the list of the plain paragraph ending in ":" above it
    for p in rest:
        if _BULLET_RE.match(p.text) and not introduced:
            return None
        introduced = introduced if _BULLET_RE.match(p.text) else p.text.rstrip().endswith(":")
    return last + 1


def resumed_parents(paras: list[Para], heads: list[tuple[str, float | None, bool] | None]) -> set[int]:
    """Where a section's own text resumes after its children: the plain paragraphs after a list of
    one-paragraph items that come before the next heading of the list's parent's level or above
    ("I- ..." "1." .. "4." then "Tuy nhiên, ... còn những hạn chế; đó là:" + bullets, then "II- ...").
    ``heads``: per paragraph, (kind, rank, is a plain numbered item) of the heading it opens, or None;
    a rank is None where it is only known while reading (steps, capital-letter divisions): no list
    there. A list at the top level (no parent heading) or at the end of the body is left alone (the
    body's last list is the closing part's, ``after_one_paragraph_items``)."""
    placed = [i for i, h in enumerate(heads) if h is not None]
    headed = [h is not None for h in heads]
    out: set[int] = set()
    k = 0
    while k < len(placed):
        h = heads[placed[k]]
        j = k
        while j + 1 < len(placed) and heads[placed[j + 1]] == h:
            j += 1
        if h is None or not h[2] or h[1] is None or j + 1 >= len(placed):
            k = j + 1
            continue
        rank, nxt = h[1], heads[placed[j + 1]]
        above = [a for a in (heads[i] for i in placed[:k]) if a is not None]
        parent = next((a[1] for a in reversed(above) if a[1] is None or a[1] < rank), None)
        if parent is not None and nxt is not None and nxt[1] is not None and nxt[1] <= parent:
            at = after_one_paragraph_items(paras, placed[k : j + 1], headed, placed[j + 1])
            if at is not None:
                out.add(at)
        k = j + 1
    return out


_BULLET_RE = re.compile(r"^[-•+▪●◦–]\s")


# The header's number and place/date lines are a section of their own, apart from the signature: a
# question "văn bản số bao nhiêu?" quotes the number line, not the number glued to the signer block.
HEADER_SECTION = "Số, ngày ban hành"
SIGNATURE_SECTION = "Người ký"
COPY_SECTION = "SAO LỤC"


# The signature's section name in indexes built before the issue lines got a section of their own.
_OLD_SIGNATURE_SECTION = "Ban hành / Ký"


# Every heading a signature section has had: "who signed?" is answered by these.
SIGNATURE_HEADINGS = (SIGNATURE_SECTION, _OLD_SIGNATURE_SECTION)


def is_closing_section(path: list[str]) -> bool:
    """True for the closing parts ``append_sections`` adds (issue lines, signature, a copy note)."""
    closing = (HEADER_SECTION, SIGNATURE_SECTION, _OLD_SIGNATURE_SECTION)
    return bool(path) and (path[0] in closing or path[0].startswith(COPY_SECTION))


def append_sections(
    text: str, sections: list[Section], paragraphs: list[Paragraph], groups: list[tuple[str, list[Para]]]
) -> str:
    """Append closing parts (issue lines, signature, a SAO LỤC copy) as top-level sections.

    They are part of what a cadre reads and asks about ("who signed?", "what does the copy instruct?"),
    so they are quoted like the body; the recipients list stays metadata only.
    """
    root = sections[0]
    for title, paras in groups:
        if not paras:
            continue
        sec = top_section(sections, title, 0, 0, root.id)
        pages: set[int] = set()
        for n, p in enumerate(paras):
            start = len(text) + 2 if text else 0
            text = f"{text}\n\n{p.text}" if text else p.text
            if n == 0:
                sec.start = start
            paragraphs.append(
                Paragraph(p.text, start, len(text), sec.id, p.page, frozenset(p.style), list(p.pages))
            )
            pages.update(p.pages)
        sec.end = len(text)
        sec.pages = sorted(pages)
    root.end = len(text)
    return text
