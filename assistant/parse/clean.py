"""Cleaning: from loader blocks to the paragraphs a reader would see, wording untouched (NFC only).

What goes: page furniture (running headers/footers, "- 3 -", "Trang 3"), incoming-mail stamps
("SỞ ... / ĐẾN Số: 1909 / Ngày: 20/3 / Chuyển: ..."), web-page boilerplate ("Văn bản khác" and all after
it, "Liên kết website", "(ĐCSVN) - ..." teasers). The web export's bullet list of facts at the top is
not content either, but it is kept aside (``Cleaned.web_lines``) because it states number, type, date,
issuer and signer. What is mended: paragraphs cut by a page break or a stray blank line ("... đào tạo,"
+ "bồi dưỡng, ...") are joined again, so that sentences, chunks and quotes stay whole.

The normalised form is never stored here; ``assistant.text.normalize`` derives it where matching needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.portal import end_labels
from assistant.loaders._common import join_wrapped
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces, fold, nfc


@dataclass
class Para:
    """A cleaned paragraph on its way to becoming part of ``Document.text`` (mutable while parsing)."""

    text: str
    style: frozenset[str] = frozenset()
    lead: str | None = None
    pages: list[int] = field(default_factory=list)
    cell: tuple[int, int, int] | None = None  # (table, row, col) from the loader, see ``Block``

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None


@dataclass
class Cleaned:
    """Paragraphs left after cleaning, the web facts list, and what was removed (for ``inspect``)."""

    paras: list[Para]
    web_lines: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|(?:Trang|Page)\s+\d{1,4}(?:\s*(?:/|của|of)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)
_STAMP_HEAD_RE = re.compile(r"^(?:CÔNG VĂN\s+)?ĐẾN\b")
_STAMP_LINE_RE = re.compile(r"^(?:Số|Ngày|Chuyển|Lưu hồ sơ số|Người nhận|Giờ)\s*:", re.IGNORECASE)
_TEASER_RE = re.compile(r"^\((?:ĐCSVN|TTXVN|VOV|VTV|Chinhphu\.vn|[A-ZĐ]{2,10})\)\s*[-–—]")
_WEB_END = {
    fold(s)
    for s in ("Văn bản khác", "Liên kết website", "Tin liên quan", "Các tin khác", "Bài viết liên quan")
}
# Attachment and action labels of portals ("Tệp đính kèm", "In trang"): one list, lexicon/portal.json.
_WEB_END_LATE = {fold(s) for s in end_labels()}
# A line of nothing but a rule ("-----", "______", "=====") under a title: a drawn line, not text.
_RULE_LINE_RE = re.compile(r"^\s*(?:[-–—_=]\s*){3,}$")
_TERMINAL = (".", "!", "?", ":", "./.")
_TITLE_LINE_RE = re.compile(r"^[A-ZĐ][\w ]{2,24}?\s+(?:số\s+)?\d+[\w./\-]*\s+năm\s+\d{4}\b")
_LETTERHEAD_RE = re.compile(r"^(?:CỘNG H[ÒO]A XÃ HỘI|ĐẢNG CỘNG SẢN|Số\s*:|Độc lập\s*[-–])")
# A numbered heading or list item: "1.", "2.3.", "a)", "II.", "(4)", "-", "+", "Điều 2", "Chương I", "Bước 3".
_LABEL_RE = re.compile(
    r"^(?:[-–•+*▪]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}[.)]\s|\(\w{1,3}\)\s|"
    r"(?:Điều|Chương|Mục|Phần|Bước|Cách|Phụ lục)\s+[\dIVXLC]+)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")
_STOPS = (".", ";", "!", "?")
_ITEM_START_RE = re.compile(r"^[a-zđ]\s*\)\s*\S")


def clean(loaded: LoadedFile) -> Cleaned:
    """Run every cleaning step in order; each step only removes or joins, never rewrites words."""
    paras = [
        Para(
            clean_spaces(nfc(b.text)),
            b.style,
            _lead(b),
            list(b.pages) if b.pages else ([b.page] if b.page else []),
            b.cell,
        )
        for b in loaded.blocks
    ]
    paras = [p for p in paras if p.text and not (p.cell is None and _RULE_LINE_RE.match(p.text))]
    out = Cleaned(paras=paras)
    _take_web_facts(out)
    _cut_web_tail(out)
    out.paras = join_wrapped_dates(out.paras)  # before a lone year is taken for a page number
    out.paras = join_wrapped_years(out.paras)
    _drop_page_furniture(out)
    _drop_stamps(out)
    out.paras = rejoin(out.paras)
    return out


# A place-date line whose year wrapped to the next line ("Đơn Dương, ngày 12 tháng 3 năm" / "* 2025"):
# two-column PDFs give a narrow right column, and the star under the left column's body may land in front.
_YEARLESS_RE = re.compile(r"ngày\s*\d{0,2}[\s.…/]*tháng\s*\d{1,2}\s*năm\s*$", re.I)
_YEAR_LINE_RE = re.compile(r"^[\s*\-–]*(\d{4})[\s*.\-–]*$")


def join_wrapped_dates(paras: list[Para], lines: int = 14) -> list[Para]:
    """The first ``lines`` paragraphs with a date ending in "năm" joined to the year line after it.

    Only a line of nothing but a year (and stars or dashes) is taken, from the same table cell (or from
    flat text); lines of stars alone between the two stay where they are.
    """
    out = list(paras)
    for i in range(min(lines, len(out))):
        if i >= len(out) or not _YEARLESS_RE.search(out[i].text):
            continue
        j = i + 1
        while j < len(out) and j <= i + 2 and out[j].text.strip() in {"*", "***"}:
            j += 1
        if j < len(out) and out[j].cell == out[i].cell and (m := _YEAR_LINE_RE.match(out[j].text)):
            p = out[i]
            pages = sorted({*p.pages, *out[j].pages})
            out[i] = Para(f"{p.text.rstrip()} {m.group(1)}", p.style, p.lead, pages, p.cell)
            del out[j]
    return out


_YEAR_WORD_END_RE = re.compile(r"(?:^|\s)(?:năm|năm học|giai đoạn|nhiệm kỳ)$", re.IGNORECASE)
_YEAR_START_RE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d|\s*[/.]\s*\d)")


def join_wrapped_years(paras: list[Para]) -> list[Para]:
    """Each paragraph ending with a word that takes a year ("năm", "giai đoạn") joined to the next one when
    that one starts with the year and goes on with nothing, punctuation or a lower-case word ("2027", "2026 -
    2030;", "2027 trên địa bàn"), same cell only: a narrow column or a centred subject wraps before the year,
    and a line of a lone year would else be taken for a page number."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        m = _YEAR_START_RE.match(p.text.strip())
        if prev is not None and m and prev.cell == p.cell and _YEAR_WORD_END_RE.search(prev.text.rstrip()):
            rest = p.text.strip()[m.end() :].lstrip(" .,;:)")
            if not rest or rest[:1].islower():
                text, pages = f"{prev.text.rstrip()} {p.text.strip()}", sorted({*prev.pages, *p.pages})
                out[-1] = Para(text, prev.style, prev.lead, pages, prev.cell)
                continue
        out.append(p)
    return out


def _lead(block: Block) -> str | None:
    return clean_spaces(nfc(block.lead)) if block.lead else None


def _take_web_facts(out: Cleaned) -> None:
    """A web export starts with its page title and a "•" list of facts, then "Nội dung:" (content).

    A portal's title line above the letterhead ("Công văn 2739/VPCP-ĐMDN năm 2019 quy định ... ban
    hành") is the page title too: it is kept aside, so the letterhead is the document's first line.
    """
    head = out.paras[:15]
    bullets = [i for i, p in enumerate(head) if p.text.startswith("•")]
    if len(bullets) < 3:
        _take_title_line(out)
        return
    end = bullets[-1]
    for i, p in enumerate(head):
        if fold(p.text).rstrip(":") in {"noi dung", "toan van", "noi dung van ban"}:
            end = max(end, i)
            break
    out.web_lines = [p.text.lstrip("• ").strip() for p in out.paras[: bullets[0]]] + [
        out.paras[i].text.lstrip("• ").strip() for i in bullets
    ]
    out.removed.extend(p.text for p in out.paras[: end + 1])
    out.paras = out.paras[end + 1 :]


def _take_title_line(out: Cleaned) -> None:
    """The portal's "<Type> <number> năm <year> ..." line when a letterhead follows within five lines."""
    if len(out.paras) < 3 or not _TITLE_LINE_RE.match(out.paras[0].text):
        return
    if not any(_LETTERHEAD_RE.match(p.text) for p in out.paras[1:6]):
        return
    out.web_lines = [out.paras[0].text]
    out.removed.append(out.paras[0].text)
    out.paras = out.paras[1:]


def _cut_web_tail(out: Cleaned) -> None:
    """ "Văn bản khác" / "Liên kết website" start the site's navigation: it and everything after go.

    Attachment and sharing lists ("File đính kèm:", "Bản PDF:", "Tải về") end a portal page too, but
    the same words can head a real paragraph early on, so they count only in the second half.
    """
    for i, p in enumerate(out.paras):
        key = fold(p.text).rstrip(": ")
        if len(p.text) <= 40 and (key in _WEB_END or (key in _WEB_END_LATE and i >= len(out.paras) / 2)):
            out.removed.extend(q.text for q in out.paras[i:])
            out.paras = out.paras[:i]
            break
    keep: list[Para] = []
    for p in out.paras:
        if _TEASER_RE.match(p.text):
            # The teaser's headline is the short unpunctuated paragraph just before it.
            if keep and len(keep[-1].text) <= 120 and not keep[-1].text.endswith(_TERMINAL):
                out.removed.append(keep.pop().text)
            out.removed.append(p.text)
            continue
        keep.append(p)
    out.paras = keep


def _drop_page_furniture(out: Cleaned) -> None:
    """Remove what a printed page adds around the text, wherever it appears.

    In order: bare page numbers ("3", "- 3 -", "Trang 3/5", "Page 3 of 5"); lines at the top or bottom of
    pages that repeat on several pages (digits ignored), on half the pages or, when they read like a
    running title (no numbering label, no closing colon or full stop, not a sentence continuation), on
    two; a top
    or bottom line of a later page made of the first page's letterhead and title words (the document's
    own short title as a running header); and short lines wedged between the two halves of a sentence
    cut by a page break. Table cells are never furniture; headings ("Điều 2:", "1. Căn cứ") never are.
    """
    keep = []
    for p in out.paras:
        if p.cell is None and _PAGE_NUMBER_RE.match(p.text):
            out.removed.append(p.text)
        else:
            keep.append(p)
    out.paras = keep
    pages = _page_lines(out.paras)
    if len(pages) < 2:
        return
    drop = _repeated_edges(out.paras, pages) | _letterhead_echoes(out.paras, pages)
    _remove(out, drop)
    _remove(out, _wedged_lines(out.paras, _page_lines(out.paras)))


def _page_lines(paras: list[Para]) -> dict[int, list[int]]:
    """Indices of the non-table paragraphs of each page, in order."""
    pages: dict[int, list[int]] = {}
    for i, p in enumerate(paras):
        if p.page is not None and p.cell is None:
            pages.setdefault(p.page, []).append(i)
    return pages


def _remove(out: Cleaned, drop: set[int]) -> None:
    out.removed.extend(out.paras[i].text for i in sorted(drop))
    out.paras = [p for i, p in enumerate(out.paras) if i not in drop]


def _may_be_furniture(p: Para, limit: int = 150) -> bool:
    """Short, not a numbered heading or list item, not a lead-in, not the rest of a sentence."""
    return (
        len(p.text) <= limit
        and not _LABEL_RE.match(p.text)
        and not p.text.endswith(":")
        and not _starts_lower(p.text)
    )


def _repeated_edges(paras: list[Para], pages: dict[int, list[int]]) -> set[int]:
    """Top and bottom lines repeated on many pages, or on two when they look like a running title."""
    seen: dict[str, set[int]] = {}
    where: dict[str, list[int]] = {}
    for page, idx in pages.items():
        for i in set(idx[:2] + idx[-2:]):
            if len(paras[i].text) <= 120 and not _LABEL_RE.match(paras[i].text):
                key = re.sub(r"\d+", "#", fold(paras[i].text))
                seen.setdefault(key, set()).add(page)
                where.setdefault(key, []).append(i)
    many = max(3, len(pages) // 2)
    drop: set[int] = set()
    for key, on in seen.items():
        if len(on) >= many or (
            len(on) >= 2
            and all(
                _may_be_furniture(paras[i], 120) and not paras[i].text.endswith(_STOPS) for i in where[key]
            )
        ):
            drop.update(where[key])
    return drop


def _letterhead_echoes(paras: list[Para], pages: dict[int, list[int]]) -> set[int]:
    """Top or bottom lines of later pages whose words all come from the first page's letterhead/title."""
    order = sorted(pages)
    head: list[str] = []  # the first page down to its first body paragraph
    for i in pages[order[0]][:14]:
        if len(paras[i].text) > 120:
            break
        head.append(paras[i].text)
    vocab = {w for t in head for w in _WORD_RE.findall(fold(t))}
    drop: set[int] = set()
    for page in order[1:]:
        idx = pages[page]
        # The last page ends with the signature block, whose capacity line may repeat letterhead words.
        for i in {idx[0], idx[-1]} if page != order[-1] else {idx[0]}:
            words = _WORD_RE.findall(fold(paras[i].text))
            if len(words) >= 4 and _may_be_furniture(paras[i]) and not paras[i].text.endswith(_STOPS):
                if sum(w in vocab for w in words) >= 0.9 * len(words):
                    drop.add(i)
    return drop


def _wedged_lines(paras: list[Para], pages: dict[int, list[int]]) -> set[int]:
    """Short lines between a page's last sentence fragment and its continuation on the next page."""
    drop: set[int] = set()
    order = sorted(pages)
    for page, nxt in zip(order, order[1:], strict=False):
        last = pages[page][-1]
        if pages[nxt][0] != last + 1:  # a table between: not a plain page break
            continue
        for j in pages[nxt][1:4]:
            between = list(range(last + 1, j))
            if not all(paras[k].cell is None and _may_be_furniture(paras[k]) for k in between):
                break
            if can_join(paras[last], paras[j]):
                drop.update(between)
                break
    return drop


def _drop_stamps(out: Cleaned) -> None:
    """An incoming-mail stamp: agency line, "ĐẾN [Số: n]", then "Số:", "Ngày:", "Chuyển:" lines."""
    drop: set[int] = set()
    for i, p in enumerate(out.paras):
        if not _STAMP_HEAD_RE.match(p.text) or len(p.text) > 60:
            continue
        nearby = out.paras[i + 1 : i + 6]
        if not ("Số" in p.text or any(_STAMP_LINE_RE.match(q.text) for q in nearby)):
            continue
        drop.add(i)
        if i and out.paras[i - 1].text.isupper() and len(out.paras[i - 1].text) <= 80:
            drop.add(i - 1)
        j = i + 1
        while (
            j < len(out.paras)
            and j <= i + 5
            and _STAMP_LINE_RE.match(out.paras[j].text)
            and len(out.paras[j].text) <= 60
        ):
            drop.add(j)
            j += 1
    out.removed.extend(out.paras[i].text for i in sorted(drop))
    out.paras = [p for i, p in enumerate(out.paras) if i not in drop]


def _starts_lower(text: str) -> bool:
    first = text.lstrip("\"“'‘(")[:1]
    return first.isalpha() and first.islower()


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# A wrapped line that goes on with a quantity ("... trong vòng" + "05 ngày làm việc ..."): digits with their
# inner separators, then a lower-case word; "2. ..." and "3) ..." are item labels, not quantities.
_QUANTITY_START_RE = re.compile(r"^\d+(?:[.,/]\d+)*%?\s+[^\W\d_]")
_WRAPPED_MIN = 60  # a line this long that stops mid-sentence was wrapped, not ended


def can_join(prev: Para, nxt: Para) -> bool:
    """True when ``nxt`` continues ``prev``'s sentence (cut by a page break or a stray blank line)."""
    quantity = (
        len(prev.text) >= _WRAPPED_MIN
        and not prev.text.endswith(":")
        and bool(_QUANTITY_START_RE.match(nxt.text))
        and nxt.text[nxt.text.find(" ") + 1 :][:1].islower()
    )
    if not (_starts_lower(nxt.text) or quantity) or prev.text.endswith(_TERMINAL):
        return False
    if prev.cell != nxt.cell:  # never across table cells, nor into or out of a table
        return False
    if "heading" in prev.style or "heading" in nxt.style:
        return False
    if ("bold" in prev.style) != ("bold" in nxt.style) or _is_caps(prev.text):
        return False
    if "list" in nxt.style or _ITEM_START_RE.match(nxt.text):  # "a) ..." starts an item of its own
        return False
    return True


def rejoin(paras: list[Para]) -> list[Para]:
    """Join each paragraph that continues the previous one; pages are merged, the first style kept.

    A word hyphenated at the break ("đồng-" + "loạt", "infor-" + "mation") loses its hyphen: Vietnamese
    syllables stay apart ("đồng loạt"), an unaccented word is glued back ("information").
    """
    out: list[Para] = []
    for p in paras:
        if out and can_join(out[-1], p):
            prev = out[-1]
            pages = prev.pages + [pg for pg in p.pages if pg not in prev.pages]
            out[-1] = Para(_joined(prev.text, p.text), prev.style, prev.lead, pages, prev.cell)
        else:
            out.append(p)
    return out


def _joined(first: str, second: str) -> str:
    cut = _HYPHEN_END_RE.search(first)
    if not cut:
        return join_wrapped(first, second)
    head, tail = cut.group(1), second.split(" ", 1)[0]
    glue = "" if (head + tail).isascii() else " "
    return first[: cut.start(1) + len(head)] + glue + second


_HYPHEN_END_RE = re.compile(r"(\w+)-$")
