"""The headings of a whole document: each paragraph's own reading (``parse.headings.classify``) revised by
what stands around it.

Guides and handbooks without a directive header: "Bước 1", "Cách 2", "Giai đoạn 1" and capital-letter
divisions ("A. CÔNG TÁC ...") nest just inside wherever their kind first appears (``parse.structure``); a
label alone on its line ("Điều 9", "PHẦN THỨ HAI", "Chương II") takes the short title line under it; a
heading wrapped over two lines is one; title lines at the top are the document's title, not sections; runs
of three or more short unnumbered lines (flowchart boxes, a maquette) are content. A table's title (an HTML
caption, a spanning title row, a styled or capitals line or "Bảng ..." right above the table) heads the
table's own section. A list numbered again from 1 under a numbered heading of its own kind is that
heading's list.
"""

from __future__ import annotations

import re

from assistant.parse.clean import Para, _is_caps
from assistant.parse.headings import (
    NUMBERINGS,
    RANK_BOLD,
    TABLE_TITLE,
    Heading,
    classify,
    shorten,
    styled,
)
from assistant.parse.tables import TITLE_STYLE, is_table_para
from assistant.text import ITEM_LETTERS

_TABLE_WORD_RE = re.compile(r"^(?:BẢNG|Bảng|BIỂU|Biểu)\b")
# A capitals line that goes on from the one above ("... QUÂN ĐỘI NHÂN DÂN VIỆT NAM" + "VÀ CÔNG AN ...").
_CONTINUES_RE = re.compile(r"^(?:VÀ|CỦA|VỀ|TRONG|CHO|VỚI|ĐỐI VỚI|TẠI|THEO|NĂM|GIAI ĐOẠN|NHIỆM KỲ)\s")


def _is_table_title(p: Para, h: Heading | None) -> bool:
    """Does ``p``, right above a table, title it: an HTML caption or a title row spanning the table
    (``TITLE_STYLE``), or a short unnumbered line that is bold, in capitals or opens with "Bảng"/"Biểu"
    ("BẢNG TIẾN ĐỘ THỰC HIỆN", "Bảng 2. Phân công"), ending no sentence nor lead-in ("... theo bảng sau:"
    announces the table, it does not title it). A Markdown or Word heading keeps its own level."""
    if TITLE_STYLE in p.style:
        return True
    if (h is not None and h.kind != "bold") or is_table_para(p.style) or p.cell is not None:
        return False
    text = p.text
    if len(text) > 150 or text.endswith((".", ";", ":", ",")) or not re.search(r"\w", text):
        return False
    return "bold" in p.style or _is_caps(text) or bool(_TABLE_WORD_RE.match(text))


def _is_label_run(paras: list[Para], i: int) -> bool:
    """Is ``paras[i]`` one of a run of three or more short unnumbered lines (flowchart boxes, a diagram's
    labels): such lines are content, never section headings."""

    def short(q: Para) -> bool:
        t = re.sub(r"[.…]*…[.…]*$", "", q.text)  # "ĐẢNG UỶ….": a blank to fill in, not a sentence end
        return (
            len(t) <= 60
            and len(t.split()) <= 8
            and not t.endswith((".", ":", ";"))
            and not any(rx.match(t) for _, _, rx in NUMBERINGS)
            and not is_table_para(q.style)
        )

    if not short(paras[i]):
        return False
    lo = i
    while lo > 0 and short(paras[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(paras) and short(paras[hi + 1]):
        hi += 1
    return hi - lo + 1 >= 3


def outline(paras: list[Para]) -> list[Heading | None]:
    """The heading each paragraph opens, after the document-level rules:

    - title lines at the top (unnumbered headings before any content, followed by another heading, or all
      in capitals) are not sections: the document has one title;
    - a bare label ("Điều 9", "Bước 2", "Phần I") takes the short title line after it as its title;
    - a run of short unnumbered lines (flowchart labels) is content.
    """
    heads: list[Heading | None] = [classify(p) for p in paras]
    for i, h in enumerate(heads):
        plain = h is not None and (h.kind in {"bold", "lead"} or re.fullmatch(r"h\d", h.kind))
        if plain and _is_label_run(paras, i):
            heads[i] = None
    for i, p in enumerate(paras):
        table_next = i + 1 < len(paras) and is_table_para(paras[i + 1].style)
        if (table_next or TITLE_STYLE in p.style) and _is_table_title(p, heads[i]):
            heads[i] = Heading(TABLE_TITLE, RANK_BOLD, None, p.text, shorten(p.text), is_title=True)
    for i, h in enumerate(heads[:-1]):
        # A heading wrapped onto a second styled line ("... (Mẫu 2-" + "KNĐ)", "..., PHÁT THẺ," + "GIỚI ...").
        nh = heads[i + 1]
        if h is not None and h.is_title and not h.bare and nh is not None and nh.kind in {"bold", "h1", "h2"}:
            t, nt = paras[i].text, paras[i + 1].text
            then = heads[i + 2] if i + 2 < len(heads) else None
            squeezed = then is not None and then.kind not in {"org", "lead"} and len(nt) <= 60
            caps_run = _is_caps(t) and _is_caps(nt) and (bool(_CONTINUES_RE.match(nt)) or squeezed)
            if t.count("(") > t.count(")") or t.endswith(("-", ",", "–")) or caps_run:
                h.display = shorten(f"{t} {nt}")
                h.title = f"{t} {nt}"
                heads[i + 1] = Heading("absorbed", 0, None, paras[i + 1].text, "", is_title=True)
    for i, h in enumerate(heads):
        if h is None or not h.bare or i + 1 >= len(paras):
            continue
        nxt, nh = paras[i + 1], heads[i + 1]
        lead_in = nh is not None and nh.kind in {"org", "lead"}
        short = len(nxt.text) <= 150 and nxt.text[-1:] not in ";:"
        if (nh is None or nh.label is None) and not lead_in and short:
            if nh is not None or styled(nxt) or _is_caps(nxt.text) or not nxt.text.endswith("."):
                title = nh.title if nh is not None else nxt.text  # a wrapped title already joined
                h.display = shorten(f"{h.display}. {title}")
                h.title = f"{paras[i].text.rstrip(' .:')}. {title}"
                heads[i + 1] = Heading("absorbed", 0, None, nxt.text, "", is_title=True)
    _nest_restarted(heads)
    for i, h in enumerate(heads):
        if h is None or h.label is not None or h.kind in {"org", "lead", "absorbed"}:
            break
        following = heads[i + 1] if i + 1 < len(heads) else None
        if following is not None or _is_caps(paras[i].text) or "center" in paras[i].style:
            heads[i] = Heading("title", 0, None, paras[i].text, "", is_title=True)
        else:
            break
    return heads


_RESTARTING = {"d1": "123456789", "alpha": ITEM_LETTERS}
_INNER_RANK = 0.4  # a list numbered again from 1 inside a heading of its own kind: just inside that heading


def _number(kind: str, label: str | None) -> int | None:
    """1 for "1" or "a": an item's place in its list of ``kind``; None when unknown."""
    if label is None:
        return None
    if kind == "d1":
        return int(label) if label.isdigit() else None
    order = _RESTARTING[kind]
    return order.index(label) + 1 if label in order else None


def _named(h: Heading) -> bool:
    """A numbered title with words ("3. Trình tự giải quyết"), not a form's blank ("4.…")."""
    return h.is_title and bool(re.search(r"[^\W\d_]", h.title[len(h.label or "") :]))


def _nest_restarted(heads: list[Heading | None]) -> None:
    """A list numbered from 1 again right under a numbered heading of the same kind ("3. Trình tự giải
    quyết" then "1. Chi hội tiếp nhận hồ sơ ...", "2. ...") is that heading's list, not its siblings: an
    HTML ``<ol>``, DOCX auto-numbering and a text file write such lists alike. The items go one rank
    inside the heading while their numbers go on and they read as content; a title numbered next after
    the heading ("4. Mức cho vay" after "3. ...") resumes the outer numbering."""
    outer: dict[str, tuple[int, float]] = {}  # kind -> (number, rank) of its last heading outside a list
    inner: dict[str, int] = {}  # kind -> the number the open inner list expects next
    last: Heading | None = None  # the last heading placed
    for h in heads:
        if h is None or h.kind in {"title", "absorbed", TABLE_TITLE}:
            continue
        n = _number(h.kind, h.label) if h.kind in _RESTARTING else None
        if n is None:
            if last is not None and h.rank <= min((r for _, r in outer.values()), default=99.0):
                outer.clear()  # a bigger division: its numbered headings count afresh
                inner.clear()
            last = h
            continue
        held = outer.get(h.kind)
        expected = inner.get(h.kind)
        if expected is not None and n == expected and not (h.is_title and held and n == held[0] + 1):
            h.rank = held[1] + _INNER_RANK if held else h.rank
            inner[h.kind] = n + 1
        elif n == 1 and held is not None and last is not None and last.kind == h.kind and _named(last):
            h.rank = held[1] + _INNER_RANK
            inner[h.kind] = 2
        else:
            inner.pop(h.kind, None)
            outer[h.kind] = (n, h.rank)
        last = h
