"""The parts around the numbered body: the concluding paragraph after the last item, and the closing
sections after the body (number and date lines, signature, a SAO LỤC copy).

Notices, plans and letters end their body with a sentence about the whole document, not about the last
item: a summary ("Trên đây là Kế hoạch ..."), an exhortation ("Ban Thường vụ đề nghị các chi hội nghiêm
túc thực hiện."), what to do with difficulties ("Trong quá trình thực hiện, nếu có khó khăn ..."). Kept
under item N, it would be quoted as part of that item and read as its duty; ``find_closing`` finds it
(cutting it off the item's paragraph when a PDF or a hard-wrapped text glued the two) so that the section
tree gives it a section of its own (``CLOSING_SECTION``). The phrases are ``lexicon.phrases``'.

The same holds inside the body: plain paragraphs after a list of one-paragraph items and before the
parent's next sibling are the parent's text again (``list_ends``, ``continuation``).
"""

from __future__ import annotations

import re

from assistant.lexicon.phrases import is_closing_sentence, is_document_sentence
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


def find_closing(
    paras: list[Para], last_heading: int, owns_document: bool = False
) -> tuple[list[Para], int | None]:
    """(paragraphs, index of the first concluding one) when the body ends with a concluding paragraph
    after its last heading (``last_heading``: index of that heading's paragraph), else (paras, None).

    A concluding part starts at a paragraph. Only the last item's own paragraph ("4. Văn phòng ... trước
    ngày 30/4. Ban Thường vụ đề nghị ...": a PDF or a hard-wrapped text glued the closing line onto the
    item's line) is cut in two at the later sentence that opens the conclusion; a paragraph standing under
    its heading (an article's text: "Điều 8. Hiệu lực thi hành" / "Hướng dẫn này có hiệu lực ... Trong quá
    trình thực hiện, nếu có vướng mắc ...") is the heading's text whole. From the first concluding
    paragraph on, everything to the end of the body concludes it.

    A sentence about the whole document ("Hướng dẫn này thay thế Hướng dẫn số ...", "Kế hoạch này có
    hiệu lực từ ngày ký.", ``is_document_sentence``) concludes it too, unless the last heading states the
    document's effect itself (``owns_document``: an article, "Điều 3. ...", or a heading about effect or
    implementation, "Điều 8. Hiệu lực thi hành"): then it is that heading's text.
    """

    def concludes(sentence: str) -> bool:
        return is_closing_sentence(sentence) or (not owns_document and is_document_sentence(sentence))

    for i in range(max(last_heading, 0), len(paras)):
        p = paras[i]
        if is_table_para(p.style):
            continue
        spans = sentence_spans(p.text)
        for k, (a, _) in enumerate(spans):
            if k == 0 and i == last_heading:
                continue  # the heading's own first sentence is the item
            if k > 0 and i != last_heading:
                break  # never the middle of a paragraph of its own
            if not concludes(p.text[a:]) and not concludes(p.text[a : spans[k][1]]):
                continue
            if k == 0:
                return paras, i
            head = Para(p.text[:a].rstrip(), p.style, p.lead, list(p.pages), p.cell)
            rest = Para(p.text[a:], frozenset(), None, list(p.pages[-1:]), p.cell)
            return [*paras[:i], head, rest, *paras[i + 1 :]], i + 1
    return paras, None


def after_one_paragraph_items(
    paras: list[Para],
    items: list[int],
    headed: list[bool],
    end: int | None = None,
    lettered: list[bool] | None = None,
) -> int | None:
    """Where plain paragraphs after a list start, when every item of that list (``items``: the indices of
    its items, none when they are titles) is one paragraph ("1. Đối tượng: ...", ..., "5. Giải thưởng:
    ..." then "Hội LHPN các xã có trách nhiệm ..."): they speak for the whole list, not for its last item.
    ``end``: where those paragraphs stop (the next heading; the end of the body by default). None when an
    item runs over several paragraphs, or a heading (``headed``), a table row or a lower-case continuation
    follows the last item, or a bullet follows it other than in the list of a plain lead-in ("Tuy nhiên,
    vẫn còn những hạn chế; đó là:" then "- ...": the lead-in and its bullets are the parent's text too).
    ``lettered``: per paragraph, whether it opens a lettered item ("a) ..."); such items may follow the
    plain lead-in that announces them as bullets may ("Công trình phải bảo đảm:" then "a) ...", "b) ...":
    the conditions after a list of steps stand beside the steps, not under the last one)."""
    end = len(paras) if end is None else end
    if len(items) < 3 or items != list(range(items[0], items[-1] + 1)) or items[-1] + 1 >= end:
        return None
    last = items[-1]
    letters = (lettered or [False] * len(paras))[last + 1 : end]
    if any(h and not letter for h, letter in zip(headed[last + 1 : end], letters, strict=True)):
        return None
    rest = paras[last + 1 : end]
    if any(
        is_table_para(p.style) or (p.text[:1].islower() and not letter)
        for p, letter in zip(rest, letters, strict=True)
    ):
        return None
    introduced = False  # a bullet or a lettered item is the list of the plain paragraph ending in ":" above
    for p, letter in zip(rest, letters, strict=True):
        listed = letter or bool(_BULLET_RE.match(p.text))
        if listed and not introduced:
            return None
        introduced = introduced if listed else p.text.rstrip().endswith(":")
    return last + 1


Mark = tuple[str, float | None, bool]  # a heading's kind, rank (None: known only while reading), plain item
_STEPS = {"buoc", "cach", "giai_doan"}  # lists whose rank is read where they first appear
_LETTERED = {"alpha", "diem"}


def list_ends(paras: list[Para], heads: list[Mark | None]) -> tuple[int | None, set[int]]:
    """Where the plain paragraphs after lists of one-paragraph items start (``after_one_paragraph_items``):
    after the body's last list, the closing part (or None); after a list followed by a heading of its
    parent's level or above ("I- ..." "1." .. "4." then "Tuy nhiên, ... còn những hạn chế; đó là:" and
    its bullets, then "II- ..."), the parent's own text again, with a lettered list its lead-in announces.
    ``heads``: per paragraph, (kind, rank, is a plain numbered item) of the heading it opens, or None. A
    list of steps ("Bước 1" ...) takes its rank where its kind first appears, just inside the heading
    above its first step: that heading is its parent. A list with no parent heading, or whose parent's
    rank is only known while reading (capital-letter divisions), resumes nothing."""
    placed = [i for i, h in enumerate(heads) if h is not None]
    headed = [h is not None for h in heads]
    lettered = [h is not None and h[0] in _LETTERED for h in heads]
    resumes: set[int] = set()
    last = heads[placed[-1]] if placed else None
    same: list[int] = []  # the body's last list (of plain items): its items back to the heading above them
    for i in reversed(placed if last is not None and last[2] else []):
        if (h := heads[i]) is None or h[:2] != last[:2]:  # type: ignore[index]
            break
        same.insert(0, i)
    seen: set[str] = set()
    k = 0
    while k < len(placed):
        h = heads[placed[k]]
        j = k
        while j + 1 < len(placed) and heads[placed[j + 1]] == h:
            j += 1
        above = [a for a in (heads[i] for i in placed[:k]) if a is not None]
        parent: float | None = None
        if h is not None and h[1] is not None:
            parent = next((a[1] for a in reversed(above) if a[1] is None or a[1] < h[1]), None)
        elif h is not None and h[0] in _STEPS and h[0] not in seen and above:
            parent = above[-1][1]  # the steps sit just inside the heading above their first step
        if h is not None:
            seen.add(h[0])
        m = j + 1  # the next heading past a lettered list a plain lead-in after the items may announce
        while m < len(placed) and lettered[placed[m]] and not (h is not None and h[0] in _LETTERED):
            m += 1
        if h is not None and h[2] and parent is not None and m < len(placed):
            nxt = heads[placed[m]]
            if nxt is not None and nxt[1] is not None and nxt[1] <= parent:
                at = after_one_paragraph_items(paras, placed[k : j + 1], headed, placed[m], lettered)
                if at is not None:
                    resumes.add(at)
        k = j + 1
    return after_one_paragraph_items(paras, same, headed), resumes


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


# The closing part holding a document's notes: Word footnotes and endnotes read after the body
# (``loaders.docx.NOTES_HEADING``), or notes a converted or typed document writes after its signature under
# that heading (folded).
NOTES_TITLES = frozenset({"chu thich", "chu giai"})


def is_notes_section(path: list[str]) -> bool:
    """True for a document's notes part (``NOTES_TITLES``), a top-level part of its own."""
    from assistant.text import fold

    return bool(path) and fold(path[0]).strip(" .:") in NOTES_TITLES


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


def close_tree(
    sections: list[Section], paragraphs: list[Paragraph], pages_of: dict[str, set[int]], n: int
) -> None:
    """Set each section's end and pages over its whole subtree (children come after parents)."""
    by_id = {s.id: s for s in sections}
    ends = {s.id: s.end for s in sections}
    for para in paragraphs:
        ends[para.section_id] = max(ends[para.section_id], para.end)
    for s in reversed(sections):
        s.end = ends[s.id]
        s.pages = sorted(pages_of.get(s.id, set()))
        if s.parent:
            parent = by_id[s.parent]
            ends[parent.id] = max(ends[parent.id], s.end)
            pages_of.setdefault(parent.id, set()).update(s.pages)
    sections[0].end = n
