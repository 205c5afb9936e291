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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import Paragraph, Section
from assistant.obligations.orgs import default_registry
from assistant.parse.clean import Para, _is_caps
from assistant.parse.closing import (  # noqa: F401  (closing parts re-exported: one import for callers)
    CLOSING_SECTION,
    COPY_SECTION,
    HEADER_SECTION,
    PREAMBLE_SECTION,
    SIGNATURE_SECTION,
    append_sections,
    close_tree,
    continuation,
    find_closing,
    is_closing_section,
    list_ends,
    top_section,
)
from assistant.parse.tables import TITLE_STYLE, is_table_para
from assistant.parse.tail import appendix_label
from assistant.text import ITEM_LETTERS, clean_spaces, nfc, normalize, sentence_spans

_ROMAN = r"(?:X{0,2}(?:IX|IV|V?I{0,3}))"
_SEP = r"\s*(?:[.:\-–)]\s*(.*)|$)"  # a separator then the title, or the label alone on its line
_WORD_NUM = r"(?:\d{1,2}|[IVX]{1,4}|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))"
# (kind, rank, pattern): a smaller rank is a bigger division. Groups: label, title (None: label alone).
# Decimal numbering nests by its depth: "10." > "10.3" > "10.3.5" > "10.3.5.1", whatever the typography.
_NUMBERINGS: list[tuple[str, float, re.Pattern[str]]] = [
    # An appendix or form inside the body ("PHỤ LỤC I", "Mẫu số 01/TH"): a top division in every format,
    # styled or plain text alike (after the signature ``parse.tail`` cuts them the same way).
    (
        "phu_luc",
        9,
        re.compile(
            r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|MẪU SỐ|Mẫu số)"
            r"(?:\s+((?:số\s+)?(?:\d+[\w./\-]*|[IVXLC]+)))?\b\s*([.:\-–]?)\s*(.*)$"
        ),
    ),
    ("phan", 10, re.compile(r"^(?:Phần|PHẦN)\s+(\d+|[IVXLC]+|(?:thứ|THỨ)\s+\w+)\s*[.:\-–]?\s*(.*)$")),
    ("chuong", 11, re.compile(r"^(?:Chương|CHƯƠNG)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("muc", 12, re.compile(r"^(?:Mục|MỤC)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("dieu", 13, re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+)" + _SEP)),
    ("roman", 14, re.compile(rf"^({_ROMAN})\s*[.\-–)]\s*(\S.*)$")),
    ("d5", 17.75, re.compile(r"^(\d{1,2}(?:\.\d{1,2}){4})\s*[.\-–)]?\s+(\S.*)$")),
    ("d4", 17.5, re.compile(r"^(\d{1,2}(?:\.\d{1,2}){3})\s*[.\-–)]?\s+(\S.*)$")),
    ("d3", 17, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d2", 16, re.compile(r"^(\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d1", 15, re.compile(r"^(\d{1,2})\s*[.\-–)]\s*(\S.*)$")),
    ("alpha", 18, re.compile(r"^([a-zđ])\s*[)/]\s*(\S.*)$")),
    ("diem", 18, re.compile(r"^(?:Điểm)\s+([a-zđ])\s*[.:\-–)]?\s*(.*)$")),
    # Steps and alternatives of a procedure guide: their depth is where they first appear (see ``build``).
    ("buoc", 0, re.compile(rf"^(?:Bước|BƯỚC)\s+({_WORD_NUM})\b" + _SEP)),
    ("cach", 0, re.compile(rf"^(?:Cách|CÁCH)\s+({_WORD_NUM})\b" + _SEP)),
    ("giai_doan", 0, re.compile(rf"^(?:Giai đoạn|GIAI ĐOẠN)\s+({_WORD_NUM})\b" + _SEP)),
    # "A. CÔNG TÁC ...", "B. ĐỐI VỚI ...": capital letters (not I, V, X: those are Roman numbers).
    ("upper", 0, re.compile(r"^([A-HJ-UWYZĐ])\s*[.)]\s+(\S.*)$")),
]
_WORD_KINDS = {"phan": "Phần", "chuong": "Chương", "muc": "Mục", "dieu": "Điều"}
_WORD_KINDS.update({"buoc": "Bước", "cach": "Cách", "giai_doan": "Giai đoạn"})
_DYNAMIC = {"buoc", "cach", "giai_doan", "upper"}
_TABLE_TITLE = "table_title"  # its rank is known only while reading: see ``_table_title_rank``
_READ_RANK = _DYNAMIC | {_TABLE_TITLE}  # kinds whose rank is set while reading
_TABLE_WORD_RE = re.compile(r"^(?:BẢNG|Bảng|BIỂU|Biểu)\b")
_RANK_BOLD = 14.5  # an unnumbered bold heading sits between "II." and "1."
_RANK_LEAD = 19.0  # organisation and other lead-in paragraphs are the innermost divisions
_BULLET_RE = re.compile(r"^[-•+▪●◦–]\s")
_PLAIN_LEAD_RE = re.compile(r"^(?:[-•+]\s*)?([^:.;!?]{3,60}):\s+\S")
# ("cơ sở" of "Trường Trung học cơ sở" is the school's kind, part of its name, not a level)
_LEVEL_WORDS = re.compile(r"\b(?:các cấp|cấp tỉnh|cấp huyện|cấp xã|(?<!trung học )cơ sở|tỉnh|huyện|xã|các)\b")
_PATH_MAX = 70
# A capitals line that goes on from the one above ("... QUÂN ĐỘI NHÂN DÂN VIỆT NAM" + "VÀ CÔNG AN ...").
_CONTINUES_RE = re.compile(r"^(?:VÀ|CỦA|VỀ|TRONG|CHO|VỚI|ĐỐI VỚI|TẠI|THEO|NĂM|GIAI ĐOẠN|NHIỆM KỲ)\s")


@dataclass
class _Heading:
    kind: str
    rank: float
    label: str | None
    title: str
    display: str
    org: str | None = None
    is_title: bool = False
    bare: bool = False  # the label alone on its line ("Điều 9")


def org_of(lead: str) -> str | None:
    """The organisation a lead-in names ("Hội phụ nữ các cấp:" -> "hoi_phu_nu"), or None.

    Names are found by the shared ``OrgRegistry`` (aliases and abbreviations, with or without diacritics;
    collectives excluded: a lead names one body). The name must make up most of the lead once level words
    ("các cấp", "tỉnh") are set aside, so "Các cấp ủy tăng cường ..." is not mistaken for a lead-in about
    party committees. When the registry resolves the whole lead to one body, that body wins.
    """
    text = clean_spaces(nfc(lead)).rstrip(":").strip()
    core = _LEVEL_WORDS.sub(" ", normalize(text)).split()
    if not core:
        return None
    registry = default_registry()
    # Longest name first, as the registry matches; the first one that fills most of the lead decides.
    for mention in sorted(registry.find_names(text), key=lambda m: m.start - m.end):
        alias_core = _LEVEL_WORDS.sub(" ", normalize(mention.surface)).split()
        if len(alias_core) >= 0.5 * len(core):
            resolved = registry.resolve(lead.rstrip(": "))
            return resolved.id if resolved is not None else mention.org_id
    return None


def _shorten(text: str, limit: int = _PATH_MAX) -> str:
    text = text.rstrip(" :;")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


def _is_title(p: Para) -> bool:
    """A heading line rather than numbered content: styled, or one short sentence not ending in '.'."""
    if "bold" in p.style or "heading" in p.style:
        return len(p.text) <= 300
    return len(p.text) <= 300 and len(sentence_spans(p.text)) <= 1 and not p.text.endswith((".", ";", "./."))


def _styled(p: Para) -> bool:
    return "bold" in p.style or "heading" in p.style or any(re.fullmatch(r"h[1-6]", x) for x in p.style)


def _prose_reference(kind: str, m: re.Match[str], p: Para) -> bool:
    """ "Mục I Phần thứ nhất Hướng dẫn số 02-HD/BTCTU ..." opens a sentence that cites, not a heading."""
    if kind not in {"phan", "chuong", "muc"} or not m.group(2) or _styled(p):
        return False
    after = p.text[m.end(1) :].lstrip()[:1]
    rest = m.group(2)
    sentence = len(rest) > 100 or rest.endswith(".")
    return after not in {".", ":", "-", "–"} and not _is_caps(rest) and sentence


def _appendix_line(m: re.Match[str], p: Para) -> bool:
    """ "PHỤ LỤC I", "Phụ lục: Danh sách ...", "Mẫu số 01/TH" head an appendix; "Phụ lục kèm theo Kế hoạch
    này gồm ..." is a sentence that mentions one."""
    if len(p.text) > 200 or p.text.endswith((".", ";", ",")):
        return False
    rest = m.group(3)
    return bool(m.group(1) or m.group(2) or not rest or _is_caps(rest) or _styled(p))


_ADDRESS_LINE_RE = re.compile(r"^\W*Kính\s+gửi\b", re.I)


def classify(p: Para) -> _Heading | None:
    """What kind of heading ``p`` opens, if any (table rows and table headers are never headings)."""
    text = p.text
    if is_table_para(p.style) or _ADDRESS_LINE_RE.match(text):
        return None  # "Kính gửi:" heads the addressee list of a letter, not a section of its content
    if _BULLET_RE.match(text) and not p.lead:
        lead = _PLAIN_LEAD_RE.match(text)
        org = org_of(lead.group(1)) if lead else None
        if org:
            return _Heading("org", _RANK_LEAD, None, text, _shorten(lead.group(1)), org=org)  # type: ignore[union-attr]
        return None
    for kind, rank, rx in _NUMBERINGS:
        m = rx.match(text)
        if not m or (kind == "roman" and not m.group(1)) or _prose_reference(kind, m, p):
            continue
        if kind == "phu_luc":
            if not _appendix_line(m, p):
                continue
            label = appendix_label([text], 1, form=False)
            if not m.group(3).strip():
                return _Heading(kind, rank, label, text, label, is_title=True, bare=True)
            return _Heading(kind, rank, label, text, _shorten(f"{label}. {m.group(3)}"), is_title=True)
        if kind == "upper" and (len(text) > 200 or not (_styled(p) or _is_caps(m.group(2)))):
            continue  # "A. ..." divides a document only as a heading line
        label = m.group(1)
        word = _WORD_KINDS.get(kind)
        if not (m.group(2) or "").strip():  # the label alone ("Điều 9"): its title may follow
            display = text.rstrip(" .:") if word else f"{label}."
            return _Heading(kind, rank, label, text, display, is_title=True, bare=True)
        title = _is_title(p)
        if title:
            display = _shorten(text)
        elif word:
            display = f"{word} {label}"
        else:
            display = f"{label}." if kind in {"d1", "roman"} else f"{label})" if kind == "alpha" else label
        return _Heading(kind, rank, label, text, display, is_title=title)
    if p.lead:
        org = org_of(p.lead)
        return _Heading("org" if org else "lead", _RANK_LEAD, None, text, _shorten(p.lead), org=org)
    lead = _PLAIN_LEAD_RE.match(text)
    if lead and org_of(lead.group(1)):
        return _Heading("org", _RANK_LEAD, None, text, _shorten(lead.group(1)), org=org_of(lead.group(1)))
    level = next((int(s[1]) for s in p.style if re.fullmatch(r"h[1-6]", s)), 0)
    if (level or "bold" in p.style) and len(text) <= 200 and not text.endswith((".", ";")):
        if not re.search(r"\w", text):  # "*", "---": no section label without a word
            return None
        rank = float(level) if level else _RANK_BOLD
        return _Heading(f"h{level}" if level else "bold", rank, None, text, _shorten(text), is_title=True)
    return None


def _is_table_title(p: Para, h: _Heading | None) -> bool:
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
            and not any(rx.match(t) for _, _, rx in _NUMBERINGS)
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


def _outline(paras: list[Para]) -> list[_Heading | None]:
    """The heading each paragraph opens, after the document-level rules:

    - title lines at the top (unnumbered headings before any content, followed by another heading, or all
      in capitals) are not sections: the document has one title;
    - a bare label ("Điều 9", "Bước 2", "Phần I") takes the short title line after it as its title;
    - a run of short unnumbered lines (flowchart labels) is content.
    """
    heads: list[_Heading | None] = [classify(p) for p in paras]
    for i, h in enumerate(heads):
        plain = h is not None and (h.kind in {"bold", "lead"} or re.fullmatch(r"h\d", h.kind))
        if plain and _is_label_run(paras, i):
            heads[i] = None
    for i, p in enumerate(paras):
        table_next = i + 1 < len(paras) and is_table_para(paras[i + 1].style)
        if (table_next or TITLE_STYLE in p.style) and _is_table_title(p, heads[i]):
            heads[i] = _Heading(_TABLE_TITLE, _RANK_BOLD, None, p.text, _shorten(p.text), is_title=True)
    for i, h in enumerate(heads[:-1]):
        # A heading wrapped onto a second styled line ("... (Mẫu 2-" + "KNĐ)", "..., PHÁT THẺ," + "GIỚI ...").
        nh = heads[i + 1]
        if h is not None and h.is_title and not h.bare and nh is not None and nh.kind in {"bold", "h1", "h2"}:
            t, nt = paras[i].text, paras[i + 1].text
            then = heads[i + 2] if i + 2 < len(heads) else None
            squeezed = then is not None and then.kind not in {"org", "lead"} and len(nt) <= 60
            caps_run = _is_caps(t) and _is_caps(nt) and (bool(_CONTINUES_RE.match(nt)) or squeezed)
            if t.count("(") > t.count(")") or t.endswith(("-", ",", "–")) or caps_run:
                h.display = _shorten(f"{t} {nt}")
                h.title = f"{t} {nt}"
                heads[i + 1] = _Heading("absorbed", 0, None, paras[i + 1].text, "", is_title=True)
    for i, h in enumerate(heads):
        if h is None or not h.bare or i + 1 >= len(paras):
            continue
        nxt, nh = paras[i + 1], heads[i + 1]
        lead_in = nh is not None and nh.kind in {"org", "lead"}
        short = len(nxt.text) <= 150 and nxt.text[-1:] not in ";:"
        if (nh is None or nh.label is None) and not lead_in and short:
            if nh is not None or _styled(nxt) or _is_caps(nxt.text) or not nxt.text.endswith("."):
                title = nh.title if nh is not None else nxt.text  # a wrapped title already joined
                h.display = _shorten(f"{h.display}. {title}")
                h.title = f"{paras[i].text.rstrip(' .:')}. {title}"
                heads[i + 1] = _Heading("absorbed", 0, None, nxt.text, "", is_title=True)
    _nest_restarted(heads)
    for i, h in enumerate(heads):
        if h is None or h.label is not None or h.kind in {"org", "lead", "absorbed"}:
            break
        following = heads[i + 1] if i + 1 < len(heads) else None
        if following is not None or _is_caps(paras[i].text) or "center" in paras[i].style:
            heads[i] = _Heading("title", 0, None, paras[i].text, "", is_title=True)
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


def _named(h: _Heading) -> bool:
    """A numbered title with words ("3. Trình tự giải quyết"), not a form's blank ("4.…")."""
    return h.is_title and bool(re.search(r"[^\W\d_]", h.title[len(h.label or "") :]))


def _nest_restarted(heads: list[_Heading | None]) -> None:
    """A list numbered from 1 again right under a numbered heading of the same kind ("3. Trình tự giải
    quyết" then "1. Chi hội tiếp nhận hồ sơ ...", "2. ...") is that heading's list, not its siblings: an
    HTML ``<ol>``, DOCX auto-numbering and a text file write such lists alike. The items go one rank
    inside the heading while their numbers go on and they read as content; a title numbered next after
    the heading ("4. Mức cho vay" after "3. ...") resumes the outer numbering."""
    outer: dict[str, tuple[int, float]] = {}  # kind -> (number, rank) of its last heading outside a list
    inner: dict[str, int] = {}  # kind -> the number the open inner list expects next
    last: _Heading | None = None  # the last heading placed
    for h in heads:
        if h is None or h.kind in {"title", "absorbed", _TABLE_TITLE}:
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
    heads: list[_Heading | None],
    n: int,
    stack: list[tuple[float, Section]],
    opened: dict[str, tuple[int, _Heading]],
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
        rank = dynamic.get(h.kind) if h.kind in _READ_RANK else h.rank
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
    heads = _outline(paras)
    placed_at = [i for i, h in enumerate(heads) if h is not None and h.kind not in {"title", "absorbed"}]
    has_heading = bool(placed_at)
    # The concluding paragraph after the last item is no part of that item ("Phần kết").
    closing_at: int | None = None
    resumes: set[int] = set()  # where a parent's own text resumes after its list (its continuation)
    if has_heading:
        split, closing_at = find_closing(paras, placed_at[-1])
        if len(split) > len(paras):  # the item's paragraph was cut in two: the second half is no heading
            heads.insert(closing_at, None)
        paras = split
        marks = [
            (h.kind, None if h.kind in _READ_RANK else h.rank, bool(h.label) and not h.is_title)
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
    opened: dict[str, tuple[int, _Heading]] = {}  # section id -> its heading and that heading's paragraph
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
            if heading.kind == _TABLE_TITLE:
                heading.rank = _table_title_rank(paras, n, stack, opened)
            elif heading.kind in _DYNAMIC:
                if heading.kind not in dynamic:
                    dynamic[heading.kind] = (stack[-1][0] if stack else 9.0) + 0.05
                heading.rank = dynamic[heading.kind]
            while stack and stack[-1][0] >= heading.rank:
                stack.pop()
            if stack and (top := opened.get(stack[-1][1].id)) is not None and top[1].kind == _TABLE_TITLE:
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
        if _BULLET_RE.match(p.text):
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

