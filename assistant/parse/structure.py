"""Section tree: numbered headings, organisation lead-ins and plain headings, each paragraph placed in one.

Numbering decides depth, not typography: "II-" > "1." > "2.1." > "a)", and "Chương" > "Mục" > "Điều"
in legal-style texts; a Markdown "####" in front of "5." does not make 5 deeper than 4. A paragraph
that opens with an organisation's name and a colon ("*Hội phụ nữ các cấp:* ...") is its own section
with ``Section.org`` set, because "what must the Women's Union do?" is answered by exactly that
paragraph. Bullets ("-", "•", "+") are items of their section, never sections of their own.

A numbered paragraph is either a title ("5. Tổ chức thực hiện", shown in full, shortened if long) or a
numbered piece of content ("5.1. Các huyện ủy ... quý III/2021."), shown by its number alone ("5.1").

Guides and handbooks without a directive header: "Bước 1", "Cách 2", "Giai đoạn 1" and capital-letter
divisions ("A. CÔNG TÁC ...") nest just inside wherever their kind first appears; a label alone on its line
("Điều 9", "PHẦN THỨ HAI", "Chương II") takes the short title line under it; a heading wrapped over two
lines is one; title lines at the top are the document's title, not sections; runs of three or more short
unnumbered lines (flowchart boxes, a maquette) are content. Table rows (``parse.tables``) are never headings.
A table's title (an HTML caption, a spanning title row, a styled or capitals line or "Bảng ..." right above
the table) heads the table's own section, beside the item before it unless that item announces it; an
untitled table after the last item of a list, not announced by a lead-in ending with ":", is the list's
parent's text again (as plain paragraphs after a list are), not the last item's: the same in every format.
Plain paragraphs after a list of one-paragraph items speak for its parent, not its last item: the closing
part after the body's last list, a continuation of the parent elsewhere (``parse.closing.list_ends``).

The readings are made in ``parse.headings`` (one paragraph) and ``parse.outline`` (the whole document);
this module places every paragraph in the tree.
"""

from __future__ import annotations

import re

from assistant.lexicon.phrases import is_effect_title
from assistant.models import Paragraph, Section
from assistant.parse.clean import Para
from assistant.parse.closing import (
    CLOSING_SECTION,
    PREAMBLE_SECTION,
    close_tree,
    continuation,
    find_closing,
    list_ends,
    top_section,
)
from assistant.parse.headings import BULLET_RE, DYNAMIC, READ_RANK, TABLE_TITLE, Heading
from assistant.parse.outline import outline
from assistant.parse.tables import is_table_para


def _announced(paras: list[Para], n: int, stack: list[tuple[float, Section]], opened) -> bool:
    """Is the table at ``paras[n]`` (or its title) announced by the section it follows: a lead-in ending
    with ":" right above it ("... theo bảng sau:"), or the heading line of a titled item right above it
    ("3. Tiến độ thực hiện" and its table)?"""
    if n == 0 or not stack:
        return True
    if paras[n - 1].text.rstrip(" *").endswith(":"):
        return True
    at, head = opened.get(stack[-1][1].id, (-1, None))
    # a title waiting for its content, not an item or a form's field complete on its line ("22. Là đại
    # biểu Hội đồng nhân dân (nếu có):..........nhiệm kỳ": blanks to fill in)
    above = paras[n - 1].text.rstrip(" *")
    done = above.endswith((".", "…", ";")) or bool(re.search(r"\.{4,}|…", above))
    return at == n - 1 and head is not None and head.is_title and not done


def _table_title_rank(paras: list[Para], n: int, stack: list[tuple[float, Section]], opened) -> float:
    """The rank of a table's title at ``paras[n]``: just inside the section it follows when that section
    announces it or has no parent on the stack ("II. NHIỆM VỤ" and its text, then the table), else beside
    it ("2. ..." then "BẢNG TIẾN ĐỘ THỰC HIỆN": the table is no part of item 2)."""
    if not stack:
        return 9.0  # before the first heading: a section of its own at the top
    if len(stack) < 2 or _announced(paras, n, stack, opened):
        return stack[-1][0] + 0.05
    return stack[-1][0]


def _leaves_item(
    paras: list[Para],
    heads: list[Heading | None],
    n: int,
    stack: list[tuple[float, Section]],
    opened: dict[str, tuple[int, Heading]],
    closing_at: int | None,
    dynamic: dict[str, float],
) -> bool:
    """Does the untitled table opening at ``paras[n]`` follow the last item of a list without that item
    announcing it (``_announced``)? The last item: no heading of its rank or deeper comes before the next
    heading of its parent's rank or above, or the end of the body."""
    if not is_table_para(paras[n].style) or (n > 0 and is_table_para(paras[n - 1].style)):
        return False
    if len(stack) < 2 or _announced(paras, n, stack, opened):
        return False
    parent_rank = stack[-2][0]
    for m in range(n + 1, closing_at if closing_at is not None else len(paras)):
        h = heads[m]
        if h is None or h.kind in {"title", "absorbed"}:
            continue
        rank = dynamic.get(h.kind) if h.kind in READ_RANK else h.rank
        return rank is not None and rank <= parent_rank
    return True


def build(paras: list[Para], root_title: str = "") -> tuple[str, list[Section], list[Paragraph]]:
    """Document text (paragraphs joined by blank lines), the section tree and the placed paragraphs."""
    root = Section(id="s0", path=[], label=None, title=root_title or "", level=0, start=0, end=0)
    sections = [root]
    stack: list[tuple[float, Section]] = []
    paragraphs: list[Paragraph] = []
    pages_of: dict[str, set[int]] = {}
    parts: list[str] = []
    pos = 0
    heads = outline(paras)
    placed_at = [i for i, h in enumerate(heads) if h is not None and h.kind not in {"title", "absorbed"}]
    has_heading = bool(placed_at)
    # The concluding paragraph after the last item is no part of that item ("Phần kết").
    closing_at: int | None = None
    resumes: set[int] = set()  # where a parent's own text resumes after its list (its continuation)
    if has_heading:
        # a text in articles states its effect in its last article (its clauses "1.", "2." included), a
        # plan may under a last heading about effect or implementation: no closing part for those sentences
        last = heads[placed_at[-1]]
        articles = any(h is not None and h.kind == "dieu" for h in heads)
        owns = articles or (last is not None and last.is_title and is_effect_title(last.title))
        split, closing_at = find_closing(paras, placed_at[-1], owns)
        if len(split) > len(paras):  # the item's paragraph was cut in two: the second half is no heading
            heads.insert(closing_at, None)
        paras = split
        marks = [
            (h.kind, None if h.kind in READ_RANK else h.rank, bool(h.label) and not h.is_title)
            if h is not None and h.kind not in {"title", "absorbed"}
            else None
            for h in heads
        ]
        after, resumes = list_ends(paras, marks)
        closing_at = after if after is not None and (closing_at is None or after < closing_at) else closing_at
    closing: Section | None = None
    # Title lines open the preamble when text comes before the first heading (so they are read with it),
    # and stay at the root otherwise (no section holding a title alone).
    intro = any(h is None for h in heads[: placed_at[0] if placed_at else 0])
    preamble: Section | None = None
    by_id = {root.id: root}
    dynamic: dict[str, float] = {}  # rank of "Bước", "Cách" ...: just inside where each first appears
    opened: dict[str, tuple[int, Heading]] = {}  # section id -> its heading and that heading's paragraph
    for n, (p, heading) in enumerate(zip(paras, heads, strict=True)):
        start = pos
        end = start + len(p.text)
        placed = heading is not None and heading.kind not in {"title", "absorbed"}
        if closing_at is not None and n >= closing_at:
            if closing is None:
                closing = top_section(sections, CLOSING_SECTION, start, end, root.id)
            current = closing
        elif n in resumes:
            rank = stack[-1][0]  # the last item's
            while stack[-1][0] >= rank:
                stack.pop()
            current = continuation(sections, stack[-1][1], start, end)
            by_id[current.id] = current
            stack.append((rank, current))
        elif heading is None and _leaves_item(paras, heads, n, stack, opened, closing_at, dynamic):
            rank = stack[-1][0]  # an untitled table after the last item: the list's parent's text
            while stack[-1][0] >= rank:
                stack.pop()
            current = continuation(sections, stack[-1][1], start, end)
            by_id[current.id] = current
            stack.append((rank, current))
        elif heading is not None and placed:
            if heading.kind == TABLE_TITLE:
                heading.rank = _table_title_rank(paras, n, stack, opened)
            elif heading.kind in DYNAMIC:
                if heading.kind not in dynamic:
                    dynamic[heading.kind] = (stack[-1][0] if stack else 9.0) + 0.05
                heading.rank = dynamic[heading.kind]
            while stack and stack[-1][0] >= heading.rank:
                stack.pop()
            if stack and (top := opened.get(stack[-1][1].id)) is not None and top[1].kind == TABLE_TITLE:
                stack.pop()  # a table's section holds its table, not the headings after it
            parent = stack[-1][1] if stack else root
            sec = Section(
                id=f"s{len(sections)}",
                path=parent.path + [heading.display],
                label=heading.label,
                title=heading.title if not heading.is_title or heading.bare else p.text,
                level=len(stack) + 1,
                start=start,
                end=end,
                org=heading.org,
                parent=parent.id,
            )
            sections.append(sec)
            by_id[sec.id] = sec
            opened[sec.id] = (n, heading)
            stack.append((heading.rank, sec))
            current = sec
        elif stack:
            current = stack[-1][1]
        elif heading is not None and heading.kind == "title" and not intro:
            current = root  # the document's own title lines: no section of their own
        elif heading is not None and heading.kind == "absorbed" and paragraphs:
            current = by_id[paragraphs[-1].section_id]  # the second line of the heading above
        elif has_heading:
            if preamble is None:
                preamble = top_section(sections, PREAMBLE_SECTION, start, end, root.id)
                by_id[preamble.id] = preamble
            current = preamble
        else:
            current = root
        style = set(p.style)
        if heading is not None and heading.is_title:
            style.add("heading")
        if BULLET_RE.match(p.text):
            style.add("list")
        paragraphs.append(Paragraph(p.text, start, end, current.id, p.page, frozenset(style), list(p.pages)))
        pages_of.setdefault(current.id, set()).update(p.pages)
        parts.append(p.text)
        pos = end + 2
    text = "\n\n".join(parts)
    if not root.title:  # the document's own title lines name it when the header gave no subject
        titles = [p.text for p, h in zip(paras, heads, strict=True) if h is not None and h.kind == "title"]
        root.title = " ".join(titles)
    close_tree(sections, paragraphs, pages_of, len(text))
    return text, sections, paragraphs

