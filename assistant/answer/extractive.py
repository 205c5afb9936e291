"""Extractive answers: the most relevant sentences of the retrieved chunks, quoted verbatim with [n] markers.

No model writes anything here, so nothing can be invented: every quote is a substring of a chunk's
original text, and its offsets inside the chunk and inside the document are recorded in the citation
(``citations.CitationBook``) so the UI can highlight it. Sentences are scored by how much of the
question's (folded, expanded) content terms they cover, plus a prior from the chunk's retrieval rank (the
retriever has already weighed dense and lexical evidence; the prior keeps its order when sentences tie).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer import render
from assistant.answer.citations import CitationBook, bare_ref
from assistant.answer.round_titles import titled_for
from assistant.answer.terms import Terms, overlap, passage_terms
from assistant.answer.times import own_time_field, without_issue_line
from assistant.index.lexical import round_match
from assistant.lexicon.months import month_match, months_written
from assistant.lexicon.phrases import is_basis_sentence
from assistant.models import Chunk, Document, Hit
from assistant.parse.closing import is_notes_section
from assistant.parse.tables import HEADER_STYLE, is_row_line, reading_text
from assistant.text import counted_from, defined_abbreviations, fold, with_definitions

# A sentence ends at . ! ? … followed by space and something that starts a sentence; lines end sentences too.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“'(\[*]?[A-ZĐÀ-Ỹ0-9])")
_CLAUSE = re.compile(r"(?<=;)\s+")
_LEAD_MARK = re.compile(r"[\s\-•*+–]+")
LONG_SENTENCE = 350  # past this, semicolon clauses become the units: a quote should answer, not drown
MIN_UNIT = 25  # shorter pieces ("5.1.", "a)") are labels, glued to what follows
# A document's number on a line of its own ("Số: 41-TB/ĐU") is a whole field, no label: in a letterhead it
# sits in another cell or column than the place and date after it, so a quote never joins the two.
_NUMBER_LINE = re.compile(r"\s*(?:Số|SỐ)\s*:?\s*\d{1,5}\s*[-/]\s*\S+\s*")
# An item label opening a line ("1.", "5.2.", "Điều 3.", "II.", "a)") is not a sentence: no cut after it.
_LABEL_ONLY = re.compile(r"\s*(?:(?:Điều|Khoản|Mục|Chương|Phần)\s+)?(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s*")
# A heading on a line of its own (Roman-numbered, "II- Quy trình", or in capitals), short as it is, is never
# glued to a numbered item under it ("III. TỔ CHỨC THỰC HIỆN 1. Văn phòng ..."); it still reads with other
# text under it (the words of "IV. THỜI GIAN THỰC HIỆN" answer "hôm nào?" with its bullet, a signing
# capacity "T/M BỘ CHÍNH TRỊ" goes with the name under it).
_ROMAN_HEADING = re.compile(r"^[IVXLC]{1,6}\s*[.\-–)]\s*\S")
_NUMBERED_START = re.compile(
    r"\s*(?:(?:Điều|Khoản|Mục|Chương|Phần|Bước|Điểm)\s+\w+|\d+(?:\.\d+)*\s*[.)]|[IVXLC]+\s*[.\-–)]|[a-zđ]\))"
)


@lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the sentence-like units of ``text``, trimmed of bullets and spaces.

    Cached by text: the same chunks come back for question after question."""
    units: list[tuple[int, int]] = []
    headings: set[tuple[int, int]] = set()  # whole lines that are headings
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if _is_heading(line):
            units.append((line_start, line_start + len(line)))
            headings.add(units[-1])
            continue
        cuts = [0] + [m.end() for m in _BOUNDARY.finditer(line) if not _LABEL_ONLY.fullmatch(line[: m.end()])]
        cuts += [len(line)]
        pieces = [(line_start + a, line_start + b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        for a, b in pieces:
            if b - a > LONG_SENTENCE:
                sub = [a] + [a + m.end() for m in _CLAUSE.finditer(text[a:b])] + [b]
                units.extend((x, y) for x, y in zip(sub, sub[1:], strict=False) if y > x)
            else:
                units.append((a, b))
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for n, (a, b) in enumerate(units):
        whole = (a, b)
        if carry is not None:
            a, carry = carry, None
        # a heading line is carried onto the next line of a title written on two ("PHỤ LỤC" / "DỰ TRÙ
        # KINH PHÍ ..."), never onto the item under it (``_NUMBERED_START``)
        alone = False
        if whole in headings and n + 1 < len(units) and units[n + 1] not in headings:
            alone = bool(_NUMBERED_START.match(text, units[n + 1][0], units[n + 1][1]))
        alone = alone or bool(_NUMBER_LINE.fullmatch(text, whole[0], whole[1]))
        # a table row, short as it is ("5 | Cầu Đá | 61 | 2 | 1"), is never glued to the next row
        alone = alone or is_row_line(text[whole[0] : whole[1]])
        # "Kính gửi: Bộ Tài chính." is a header field of its own, never carried onto the letter's first
        # sentence (which would then be read as the address and left out; ``_is_address``)
        alone = alone or bool(_ADDRESS_RE.match(fold(text[whole[0] : whole[0] + 16])))
        if len(text[a:b].strip()) < MIN_UNIT and whole != units[-1] and not alone:
            carry = a
            continue
        merged.append((a, b))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], units[-1][1])
        else:
            merged.append((carry, units[-1][1]))
    return tuple(trim(text, a, b) for a, b in merged if text[a:b].strip())


def _is_heading(line: str) -> bool:
    """A Roman-numbered title line or a line in capitals, ending no sentence nor lead-in."""
    body = line.strip()
    if len(body) > 200 or body.endswith((".", ";", ":", ",", "!", "?")) or _LABEL_ONLY.fullmatch(body):
        return False
    letters = [c for c in body if c.isalpha()]
    return bool(_ROMAN_HEADING.match(body)) or (len(letters) >= 4 and all(c.isupper() for c in letters))


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop leading bullet marks and surrounding spaces, keeping the offsets exact."""
    m = _LEAD_MARK.match(text, a, b)
    if m:
        a = m.end()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@dataclass
class Span:
    """A candidate quote: a sentence of a retrieved chunk with its score."""

    chunk: Chunk
    start: int
    end: int
    score: float
    rank: int

    @property
    def text(self) -> str:
        return self.chunk.text[self.start : self.end]


# A copy or distribution note ("SAO LỤC", "Nơi nhận"): quoted only when the question asks about copies.
_COPY_NOTE_RE = re.compile(r"^\W*(?:sao luc|ban sao|sao y|noi nhan)\b")
_ADDRESS_RE = re.compile(r"^\W*kinh gui\b")
SPECIFIC_BONUS = 0.3
# A sentence on another round than the one asked ("lần thứ nhất" for "vòng hai") counts for this share.
OTHER_ROUND_WEIGHT = 0.5
# A month-by-month schedule's item of the month asked ("Tháng 9: ..." for "Tháng 9 ... làm gì?") is the answer
# itself, whatever other passage shares more of the plan's words with the question (trial 32 q40)
MONTH_BONUS = 0.6
# For a question asking a time ("ngày nào?", "trước ngày nào?") that no clause's fact answers, a sentence
# that cannot state it (writes no such time) counts for this share: a title or preamble that only
# repeats the question's words falls behind the sentence stating the fact (library dev half, gold
# evidence cited: 0.562 without the weight, 0.573 at 0.5, 0.7 and 0.85; 0.5 also quotes the dated
# sentence beside a title naming the case, tests/test_first_line.py).
NOT_STATING_WEIGHT = 0.5
# One year asked ("Năm 2026 ... phấn đấu ...?", "đến 2028 ... bao nhiêu ha?"): a sentence whose own words or
# section write that year gains this much; one whose section or words are about another year only (the
# past year's results, "PHẦN I. KẾT QUẢ NĂM 2025") counts ``OTHER_ROUND_WEIGHT`` (trial 37 a09, f02).
YEAR_BONUS = 0.15
LEAD_IN_WEIGHT = 0.8  # a sentence ending with ":" announces the answer; its list holds it
# A preamble citing the basis, unless the basis is asked: library dev sweep 0.5 / 0.7, gold cited .740 / .750.
BASIS_WEIGHT = 0.7
# A section's own heading line ("Điều 2. Tổ chức chính quyền địa phương", "17. Việc lập cơ quan ...") names
# what its provisions are about; it repeats the question's words without answering it (issue 11: "the
# answer quotes a heading ... instead of the governing provision"). Its words already count for every
# sentence of the section (``heading_bonus``).
# Library dev: 0.5 and 0.3 cite the same gold evidence; 0.3 quotes one heading fewer (2 -> 1 of 256 quotes).
HEADING_WEIGHT = 0.3
# "What must X do?" (``own_duties``): a sentence under an item naming X, or with X as its subject, gains this
# much; while any does, a sentence of another body's item (naming X as whom it guides or works with) counts
# for ``OTHER_BODY_WEIGHT``.
OWN_CLAUSE_BONUS = 0.3
OTHER_BODY_WEIGHT = 0.6


# A sentence about the document itself ("Quy chế này quy định ...", "Quy chế áp dụng đối với ...", "... có
# trách nhiệm thực hiện Quy chế này", "... phổ biến Hướng dẫn này đến các chi hội"): its scope, whom it
# applies to, who carries it out.
# It repeats the document's subject and bodies, which the question names too, and answers none of its
# provisions (trial 18: the scope article quoted before "Quyết định ... về công tác cán bộ"), unless the
# question asks about the document's scope, application or enforcement (``_ASKS_FRAME_RE``).
SELF_REFERENCE_WEIGHT = 0.5
_ASKS_FRAME_RE = re.compile(
    r"\b(?:pham vi|ap dung|hieu luc|thi hanh|trach nhiem thuc hien|to chuc thuc hien|pho bien|quan triet"
    r"|quy dinh (?:nhung )?(?:gi|ve)|noi dung gi|doi tuong)\b"
)


@lru_cache(maxsize=1)
def _self_reference_re() -> re.Pattern[str]:
    from assistant.lexicon.doc_types import doc_types

    names = sorted({fold(t.name) for t in doc_types()} | {"van ban"}, key=len, reverse=True)
    kinds = "|".join(re.escape(n) for n in names)
    # "... Quy chế này", or the document as the subject of what it governs: "2. Quy chế áp dụng đối với ..."
    return re.compile(
        rf"\b(?:{kinds})\s+nay\b"
        rf"|^\W*(?:\d{{1,2}}[.)]\s*)?(?:{kinds})\s+(?:quy dinh|ap dung|dieu chinh|co hieu luc)\b"
        # the closing formula ("Trên đây là kế hoạch tổ chức hội nghị ...; đề nghị các đơn vị ..."): the
        # document's subject said once more, no provision (library dev lib-ht2-06)
        r"|^\W*tren day la\b"
    )


def is_self_reference(sentence: str) -> bool:
    """Does the sentence speak of its own document ("Quy chế này", "Hướng dẫn này", "văn bản này", "Quy chế
    áp dụng đối với ...")?"""
    return bool(_self_reference_re().search(fold(sentence)))


# A purpose item opening with the document's whole subject line ("1. Tổ chức hội nghị hiệp thương lần thứ
# hai để thỏa thuận, lập danh sách sơ bộ ..." in the plan so titled) restates what the document is about;
# it repeats the question's words without answering it, as a sentence about the document itself does.
# Compared on the subject's first ``SUBJECT_PREFIX`` characters, at least ``SUBJECT_MIN`` of them.
SUBJECT_PREFIX = 60
SUBJECT_MIN = 30
_WORDS_ONLY = re.compile(r"[\W_]+")


def restates_title(sentence: str, folded_subject: str) -> bool:
    """Does the sentence (its item label aside) open with the document's subject line (folded)?"""
    subject = _WORDS_ONLY.sub(" ", folded_subject).strip()[:SUBJECT_PREFIX]
    if len(subject) < SUBJECT_MIN:
        return False
    opening = _WORDS_ONLY.sub(" ", fold(_LABEL_OPENING.sub("", sentence))).strip()
    return opening.startswith(subject)


def asks_frame(folded_question: str) -> bool:
    """Does the question ask about a document's scope, application or enforcement (what a sentence about
    the document itself answers)?"""
    return bool(_ASKS_FRAME_RE.search(folded_question))


def _is_copy_note(chunk: Chunk, a: int, b: int) -> bool:
    return bool(_COPY_NOTE_RE.match(fold(chunk.heading[:16]))) or bool(
        _COPY_NOTE_RE.match(fold(chunk.text[a : a + 16]))
    )


_BULLET_RE = re.compile(r"^\s*[-–+•]\s*")


def _is_address(chunk: Chunk, a: int, b: int, doc: Document | None) -> bool:
    """Is ``chunk.text[a:b]`` the "Kính gửi: ..." line of a letter, or one of the addressees listed under
    it (``doc.meta.addressees``)? A header field: whom the letter is for, none of what it says."""
    if _ADDRESS_RE.match(fold(chunk.text[a : a + 16])):
        return True
    if doc is None or not doc.meta.addressees:
        return False
    line = fold(_BULLET_RE.sub("", chunk.text[a:b]).strip(" .;,"))
    return line in {fold(x).strip(" .;,") for x in doc.meta.addressees}


_HEADING_WORDS = re.compile(r"[\W_]+")


# a sentence ended, then its footnote's number ("... (chi bộ cơ sở).1" in a PDF's text layer):
# a provision the parser may have taken for a long item's title ("1.1. Ban Thường vụ ... chủ trì …"): no
# heading
_FOOTNOTED_END_RE = re.compile(r"[.;!?][\"”’)]?\d{1,2}$")
# an article's or chapter's title line ("Điều 1a. Nguyên tắc bình chọn", "Chương II. ĐIỀU KIỆN"), one line
_ARTICLE_TITLE_RE = re.compile(r"^(?:Điều|Chương|Mục|Phần)\s+[0-9IVXLC]+[a-zđ]?\s*[.:]\s+[^\n.;:]{2,120}$")


def _is_heading_line(chunk: Chunk, a: int, b: int) -> bool:
    """Is ``chunk.text[a:b]`` one of the chunk's section headings (its section path, shortened titles
    ending in "…" compared on their kept part)? A unit ending a sentence or a lead-in (". ; :") is content."""
    unit = chunk.text[a:b].strip()
    if not unit or unit[-1] in ".;:!?" or _FOOTNOTED_END_RE.search(unit):
        return False
    if _ARTICLE_TITLE_RE.match(unit):
        return True  # "Điều 1a. Nguyên tắc bình chọn": an article's title line, parsed as a section or not
    if "\n" in unit and not _is_heading(unit.rsplit("\n", 1)[-1]):
        return False
    # a title written on two lines ("Chương II" / "ĐIỀU KIỆN VÀ MỨC HỌC BỔNG", an HTML "<h3>" with "<br>",
    # two DOCX paragraphs) is read as its section's title "Chương II. ĐIỀU KIỆN ..."
    folded = _HEADING_WORDS.sub(" ", fold(unit)).strip()
    for title in chunk.section_path:
        kept = title.rstrip("…")
        if not kept:
            continue
        ft = _HEADING_WORDS.sub(" ", fold(kept)).strip()
        if folded == ft or (title.endswith("…") and folded.startswith(ft)):
            return True
    return False


def table_headers(doc: Document | None) -> list[tuple[int, int]]:
    """(start, end) in the document's text of each table's header row ("Nội dung | Thời gian | Đơn vị chủ
    trì | ..."; ``parse.tables``): column names, no provision; [] for no document."""
    if doc is None:
        return []
    return [(p.start, p.end) for p in doc.paragraphs if HEADER_STYLE in p.style]


def score_sentences(
    hits: list[Hit],
    terms: Terms,
    max_chunks: int = 10,
    asks_copy: bool = False,
    lead_in_weight: float = LEAD_IN_WEIGHT,
    specific: str | None = None,
    fields: list[re.Pattern[str]] | None = None,
    states: Callable[[str], bool] | None = None,
    docs: dict[str, Document] | None = None,
    lead_in_for: Callable[[Chunk], str] | None = None,
    frame_weight: float = SELF_REFERENCE_WEIGHT,
    titles: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
    asks_addressees: bool = False,
    years: list[int] | None = None,
    counted: list[frozenset[str]] | None = None,
    own: Callable[[Chunk, int, int], bool] | None = None,
) -> list[Span]:
    """Every sentence of the top chunks, scored by question coverage plus a retrieval-rank prior.

    ``fields``: label patterns of the fields the question asks for ("Địa điểm:", "Thời gian:"; see
    ``retrieve.fields``); a sentence writing one gains ``SPECIFIC_BONUS`` like the provision for a case.
    ``states``: whether a sentence can state the fact the question asks (a time, an amount in its unit;
    see ``answer.quotes``); a sentence that cannot counts ``NOT_STATING_WEIGHT``. ``docs``: the documents,
    for reading a table row with its column names (``_reader``).
    ``frame_weight``: the share a sentence about the document itself counts for (``SELF_REFERENCE_WEIGHT``;
    1.0 when the question asks about the document's scope or enforcement).
    ``titles``: (the folded title of the section the question asks for, that of any part of a procedure):
    under the nearest section titled for a part, the sentences of the part asked ("Điều 4. Hồ sơ đề nghị
    kết nạp" for "Hồ sơ ... cần những giấy tờ gì?") gain ``SPECIFIC_BONUS``, those of another part
    ("Điều 3. Điều kiện ...") count ``OTHER_ROUND_WEIGHT``.
    ``lead_in_for``: the lead-in a list item made a chunk of its own is read under ("2. Điều kiện: ... các
    điều kiện sau:" for "d) Có cam kết ..."; ``widen.lead_in_of``): the item covers the question with it, as
    the whole list is quoted when one of its items is chosen (``widen.widen_list``).
    ``years``: the one year the question asks about (``mentions.single_years``; else None): a sentence
    writing it, in its words or its section titles, gains ``YEAR_BONUS``; one about another year only
    (``mentions.another_years_matter``) counts ``OTHER_ROUND_WEIGHT``.
    ``counted``: the events a time limit asked is counted from (``text.counted_from`` of the question: "trong
    mấy ngày sau khi chi bộ có nghị quyết?"); a sentence counting its time from that event, all its words
    ("Trong vòng 05 ngày ... kể từ ngày chi bộ ra nghị quyết ..."), gains ``SPECIFIC_BONUS``: it is the time
    limit asked, where a neighbouring one counts from another event ("... 30 ngày kể từ khi nhận được
    công văn ...").
    ``own``: whether a sentence (chunk, start, end) is the asked body's own clause (``own_duties.owner``,
    for "what must X do?"): it gains ``OWN_CLAUSE_BONUS`` and every other sentence counts
    ``OTHER_BODY_WEIGHT``.

    A table's header row (``table_headers``) is never scored. Copy and distribution notes are left out
    unless ``asks_copy``, the "Kính gửi:" addressees (a header field naming whom the letter is for, not what
    it asks of them) unless ``asks_addressees``; a lead-in ending with ":" counts for
    less than the provisions it introduces (``widen`` quotes it with its list when it is chosen)."""
    spans: list[Span] = []
    on: list[bool] = []  # per span, when a month is asked: whether it is that month's item or writes it
    items: list[bool] = []  # ... whether it is that month's item
    for rank, hit in enumerate(hits[:max_chunks]):
        chunk = hit.chunk
        prior = 0.25 / (1 + rank)
        heading_bonus = 0.15 * overlap(terms, chunk.heading) if chunk.heading else 0.0
        part = _part_title(chunk, titles[1]) if titles is not None else None
        part_weight = 1.0
        if part is not None and titles is not None and titles[0].match(part):
            heading_bonus += SPECIFIC_BONUS
        elif part is not None:
            part_weight = OTHER_ROUND_WEIGHT
        read = _reader(docs or {}, chunk)
        doc = (docs or {}).get(chunk.doc_id)
        subject = fold(doc.meta.title or "") if doc is not None else ""
        lead_in = lead_in_for(chunk) if lead_in_for else ""
        heads = table_headers(doc)
        # the document's own shorthand ("kết nạp đảng viên (KNĐV)") read spelled out: its later sentences
        # write only the letters ("Trong vòng 05 ngày ... đề nghị KNĐV phải gửi hồ sơ ...")
        defined = defined_abbreviations(doc.text) if doc is not None and doc.text else {}
        for a, b in split_sentences(chunk.text):
            if not asks_copy and _is_copy_note(chunk, a, b):
                continue
            if any(h0 <= chunk.start + a and chunk.start + b <= h1 for h0, h1 in heads):
                # a table's column names (trial 37: "Nội dung | Thời gian | Đơn vị chủ trì | ..." quoted for
                # "đơn vị nào chủ trì?"): never a quote of its own; ``table_heads`` shows it above its rows
                continue
            if not asks_addressees and _is_address(chunk, a, b, doc):
                continue
            said = read(a, b)  # a table row with its column names; what is quoted stays chunk.text[a:b]
            spelled = with_definitions(said, defined) if defined else said
            s = overlap(terms, f"{lead_in} {spelled}" if lead_in else spelled)
            if specific and specific in passage_terms(said)[1]:
                s += SPECIFIC_BONUS  # the provision for the case asked about, before the general rule
            if fields and any(p.search(fold(said)) for p in fields):
                s += SPECIFIC_BONUS  # "Địa điểm: ..." for "ở đâu?"
                heading = fold(chunk.heading or "")
                if own_time_field(f"{heading}:") or (own_time_field(said) and "thoi gian" in heading):
                    # the time of the document's own work, in its time section ("V. THỜI GIAN VÀ ĐỊA ĐIỂM" /
                    # "Thời gian: ...", or a value under the heading "1. Thời gian"), writes no words of that
                    # work: read with the subject line, another plan's "Thời gian: ..." is not the time of
                    # the activity asked (library4 dev l4-rw-09). An item's own "- Thời gian: ..." under a
                    # heading naming its activity ("2. Hội nghị hiệp thương lần thứ hai") is that
                    # activity's, not the document's (library3 dev l3-mttq-03)
                    s = max(s, overlap(terms, f"{spelled} {subject}") + SPECIFIC_BONUS)
            if counted and any(q <= event for q in counted for event in counted_from(spelled)):
                s += SPECIFIC_BONUS  # the time limit counted from the event asked
            if own is not None:
                # the asked body's own item, not another body's naming it as whom it guides or works with
                s = s + OWN_CLAUSE_BONUS if own(chunk, a, b) else s * OTHER_BODY_WEIGHT
            stating = states is None or states(said)
            if not stating:
                s *= NOT_STATING_WEIGHT
            # "vòng hai" asked: "lần thứ hai" is the round, "lần thứ nhất" another round of it; a sentence
            # naming no round is on its section's ("1. Hội nghị hiệp thương lần thứ nhất" › "1.2. Báo cáo
            # kết quả Hội nghị": "Gửi biên bản Hội nghị ... ngay sau khi kết thúc hội nghị")
            on_round = round_match(chunk.text[a:b], terms.ordinals)
            bonus = SPECIFIC_BONUS
            if on_round is None and terms.ordinals:
                # the section's round counts for half: the sentence itself does not say it
                on_round = round_match(" ".join(chunk.section_path), terms.ordinals)
                bonus = SPECIFIC_BONUS / 2
            if on_round is None and s > 0 and terms.ordinals and titled_for(doc, terms.ordinals):
                # a document titled for the round asked is on it in every sentence that covers the question
                on_round, bonus = True, SPECIFIC_BONUS
            if on_round:
                s += bonus
            elif on_round is False:
                s *= OTHER_ROUND_WEIGHT
            # "Tháng 9 ... làm gì?" of a month-by-month schedule: the item of that month ("Tháng 9: Kiểm tra
            # ...", "Tháng 4 - 5: ..." for May, a table row "Tháng: 9") is the answer; another month's item,
            # with the same plan's words, is none (trial 32 q40)
            on_month = month_match(said, terms.months)
            if on_month:
                s += MONTH_BONUS
            if years:
                s = _year_weighted(s, years, f"{' '.join(chunk.section_path)} {without_issue_line(said)}")
            if chunk.text[a:b].rstrip(" *").endswith(":"):
                s *= lead_in_weight
            elif lead_in_weight < 1.0 and _is_heading_line(chunk, a, b):
                s *= HEADING_WEIGHT
            if lead_in_weight < 1.0 and _ADDRESS_RE.match(fold(chunk.text[a : a + 16])):
                s *= HEADING_WEIGHT  # "Kính gửi: Các chi hội ...": whom the letter is for, no provision
            # a sentence opening with the subject line that writes the fact asked (a count, a time:
            # ``states``) states it ("Đại hội ... lần thứ XV ... tham dự của 186 đại biểu"; trial 29 p60)
            if frame_weight < 1.0 and lead_in_weight < 1.0 and (
                is_self_reference(chunk.text[a:b])
                or (
                    restates_title(chunk.text[a:b], subject)
                    and not (states is not None and states(chunk.text[a:b]))
                )
            ):
                s *= frame_weight  # "Quy chế này quy định ...": the document's frame, no provision
            if lead_in_weight < 1.0 and is_basis_sentence(chunk.text[a:b]):
                # the preamble ("Căn cứ ..., Ban Thường vụ ... hướng dẫn như sau: I. ĐIỀU KIỆN") repeats the
                # document's subject; it answers only "căn cứ văn bản nào?" (a documents question: weight 1)
                s *= BASIS_WEIGHT
            # a sentence that cannot state the fact gets no more from its passage's rank than from its words
            rank_prior = prior if stating else prior * NOT_STATING_WEIGHT
            month_weight = OTHER_ROUND_WEIGHT if on_month is False else 1.0  # its passage's rank aside too
            score = (s + rank_prior + heading_bonus) * part_weight * month_weight
            spans.append(Span(chunk, a, b, score, rank))
            if terms.months:
                items.append(bool(on_month))
                on.append(bool(on_month or months_written(said) & terms.months))
    if terms.months:
        # a month asked and a schedule's item of that month is among the sentences: a sentence of no month
        # asked ("4. Báo cáo kết quả ... trước ngày 10 tháng 12" for "Tháng 9 ... làm gì?") comes after it.
        # Without such an item the question may ask two things of a dated event ("When and where is the
        # December briefing held?"): its place line writes no month and is not weighted down (trial 30 q35)
        if any(items):
            spans = [
                sp if hit else Span(sp.chunk, sp.start, sp.end, sp.score * OTHER_ROUND_WEIGHT, sp.rank)
                for sp, hit in zip(spans, on, strict=True)
            ]
    return spans


def _year_weighted(score: float, years: list[int], context: str) -> float:
    """``score`` with ``YEAR_BONUS`` when ``context`` (a sentence with its section titles) writes a year
    asked, a cited document's number and date aside; times ``OTHER_ROUND_WEIGHT`` when it is about another
    year only."""
    from assistant.answer.year_mentions import another_years_matter, without_bases

    bare = without_bases(fold(context))
    if any(re.search(rf"(?<![\d/.-]){y}(?!\d)", bare) for y in years):
        return score + YEAR_BONUS
    if another_years_matter(years, context):
        return score * OTHER_ROUND_WEIGHT
    return score


def held_notes(spans: list[Span], ratio: float = 0.6) -> list[Span]:
    """The spans without those of a document's notes part (``parse.closing.is_notes_section``: its
    footnotes) when a provision scores within ``ratio`` of the best (``select``'s cut), for a question asking
    what is assigned: a note explains or cites ("Mức phí ủy thác thực hiện theo Quyết định số 2150/QĐ-NHCS
    ..."), it assigns nothing, so it ranks below every provision that answers and is quoted only when none
    does (trial 29 q39). Asked a figure or a fact, a note competes as any sentence: it may be the only place
    writing it (trial 29 p46), and this is not called."""
    if not spans:
        return spans
    best = max(s.score for s in spans)
    provisions = [s for s in spans if not is_notes_section(s.chunk.section_path)]
    if any(s.score >= best * ratio for s in provisions):
        return provisions
    return spans


def _part_title(chunk: Chunk, parts: re.Pattern[str]) -> str | None:
    """The folded title of the nearest section holding the chunk that is titled for a part of a procedure
    ("điều 4. hồ sơ đề nghị kết nạp"), or None."""
    return next((f for t in reversed(chunk.section_path) if parts.match(f := fold(t))), None)


# An item label opening a sentence ("5.", "2.1.", "a)", "- "), left out when two sentences are compared
_LABEL_OPENING = re.compile(r"^\s*(?:[-+•*–]\s*|(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s+)")

ORDER_STEP = 0.1  # quote scores closer than this read in the document's order

# A sentence from another document than the best sentence's is quoted only within this share of the best
# score (its own document's sentences within ``ratio``): a near-miss from a sibling plan reads as part of
# the answer. Library dev sweep 0.6 / 0.75 / 0.8 / 0.85 / 0.95: citations from a right document
# .727 / .765 / .766 / .793 / .817, evidence cited .688 / .688 / .677 / .688 / .677; sample dev right
# document .918 -> .986 from 0.8 on.
OTHER_DOCUMENT_RATIO = 0.85


def select(
    spans: list[Span],
    max_sentences: int = 4,
    per_chunk: int = 2,
    ratio: float = 0.6,
    per_document: bool = False,
) -> list[Span]:
    """The best sentences: within ``ratio`` of the best score (``OTHER_DOCUMENT_RATIO`` for another
    document's), at most ``per_chunk`` per chunk; with ``per_document`` each document's best sentence comes
    before any second one ("which documents ...?")."""
    if not spans:
        return []
    ordered = sorted(spans, key=lambda s: (-s.score, s.rank, s.start))
    if per_document:
        firsts: dict[str, Span] = {}
        for sp in ordered:
            firsts.setdefault(sp.chunk.doc_id, sp)
        lead = list(firsts.values())
        ordered = lead + [sp for sp in ordered if sp not in lead]
    best = ordered[0].score
    first_doc = ordered[0].chunk.doc_id
    chosen: list[Span] = []
    per: dict[str, int] = {}
    said: set[tuple[str, str]] = set()  # (document, words) of the sentences chosen
    for s in ordered:
        if len(chosen) >= max_sentences:
            break
        # the same sentence written twice in a document ("5. Thời gian thực hiện: Từ ngày ..." in its section
        # and again in a timetable, under a heading glued to it) is quoted once: the copy says nothing more
        last = s.text.rsplit("\n", 1)[-1]
        words = (s.chunk.doc_id, fold(_LABEL_OPENING.sub("", last)).strip(" .;:"))
        if words in said:
            continue
        if s.score < best * ratio:
            if per_document:
                continue
            break
        if not per_document and s.chunk.doc_id != first_doc and s.score < best * OTHER_DOCUMENT_RATIO:
            continue
        if per.get(s.chunk.chunk_id, 0) >= per_chunk:
            continue
        per[s.chunk.chunk_id] = per.get(s.chunk.chunk_id, 0) + 1
        said.add(words)
        chosen.append(s)
    return chosen


# A general document's provision restated by a local plan ("Đối với nơi có từ 100 cử tri trở lên ... ít nhất
# 55 cử tri" in a law and in a commune's plan for its meetings): the plan's copy is the same provision as it
# applies there, and the plan is what a cadre of that place acts on, so it is quoted beside the law's even
# when its shorter wording scores below ``OTHER_DOCUMENT_RATIO`` of it. At most this many copies, one per
# document. ``RESTATED_COPIES`` False switches it off (library dev, see the README).
RESTATED_COPIES = True
MAX_RESTATED_COPIES = 2
# Share of a copy's content words the provision writes, and fewest content words a copy has, for it to
# read as a restatement rather than a neighbouring provision on the same topic.
RESTATEMENT_SHARE = 0.75
RESTATEMENT_MIN_WORDS = 4
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
# How general an issuer is by the level its place starts with: a national body writes none.
_LEVEL_RANK = {"tinh": 2, "huyen": 1, "xa": 0}


def _issuer_rank(doc: Document | None) -> int:
    """3 for an issuer that writes no place (a national body), else 2 province, 1 district, 0 commune by
    the level its place starts with; -1 for a place without a level ("Trường THPT Cao Lãnh 2", "Ban Tổ
    chức Thành ủy Hà Nội"): neither a general document nor a known local one."""
    from assistant.corpus import issuer_places
    from assistant.retrieve.scope import issuer_levels

    issuer = (doc.meta.issuer or "") if doc is not None else ""
    levels = issuer_levels(fold(issuer))
    if levels:
        return min(_LEVEL_RANK.get(lv, 3) for lv in levels)
    return -1 if issuer_places(issuer) or not issuer else 3


def restates(copy: str, provision: str) -> bool:
    """Whether ``copy`` restates ``provision``: its numbers are all the provision's, and at least
    ``RESTATEMENT_SHARE`` of its content words (``RESTATEMENT_MIN_WORDS`` or more) are the provision's."""
    from assistant.answer.terms import content_tokens

    words = set(content_tokens(copy))
    if len(words) < RESTATEMENT_MIN_WORDS or copy.upper() == copy:  # a heading restates no provision
        return False
    if not set(_NUMBER_RE.findall(copy)) <= set(_NUMBER_RE.findall(provision)):
        return False
    return len(words & set(content_tokens(provision))) >= RESTATEMENT_SHARE * len(words)


def restated_copies(chosen: list[Span], spans: list[Span], docs: dict[str, Document]) -> list[Span]:
    """The best quote's restatements in more local documents than its own (a commune's plan restating a
    law or a province's guide), one per document, the most local and best scoring first, at most
    ``MAX_RESTATED_COPIES``; none when a chosen quote already comes from such a document."""
    if not RESTATED_COPIES or not chosen:
        return []
    best = chosen[0]
    rank = _issuer_rank(docs.get(best.chunk.doc_id))
    if rank <= 0:
        return []
    ranks = {d: _issuer_rank(docs.get(d)) for d in {s.chunk.doc_id for s in spans}}
    if any(0 <= ranks.get(s.chunk.doc_id, 3) < rank for s in chosen):
        return []
    copies: dict[str, Span] = {}
    # the most local documents' copies first (a commune's before a province's), then the best scoring
    for s in sorted(spans, key=lambda s: (ranks[s.chunk.doc_id], -s.score, s.rank, s.start)):
        d = s.chunk.doc_id
        if 0 <= ranks[d] < rank and d not in copies and restates(s.text, best.text):
            copies[d] = s
    return list(copies.values())[:MAX_RESTATED_COPIES]


def compose(spans: list[Span], book: CitationBook, language: str, doc_order: list[str] | None = None) -> str:
    """Group the chosen sentences by document ("Theo <doc>:"), best first, each with [n].

    Documents come in the order of their best sentence unless ``doc_order`` says otherwise (newest first
    for duty questions). Adjacent sentences of one chunk merge into one quote, so the reader sees a
    continuous passage and a single marker.
    """
    by_doc: dict[str, list[Span]] = {}
    for s in sorted(spans, key=lambda s: (-s.score, s.rank)):
        by_doc.setdefault(s.chunk.doc_id, []).append(s)
    order = [d for d in (doc_order or []) if d in by_doc] + [d for d in by_doc if d not in (doc_order or [])]
    blocks = []
    for doc_id in order:
        group = sorted(by_doc[doc_id], key=lambda s: (s.chunk.start, s.start))
        merged: list[Span] = []
        for s in group:
            last = merged[-1] if merged else None
            if (
                last
                and last.chunk.chunk_id == s.chunk.chunk_id
                and _adjacent(s.chunk.text, last.end, s.start)
            ):
                merged[-1] = Span(
                    s.chunk, last.start, s.end, max(last.score, s.score), min(last.rank, s.rank)
                )
            else:
                merged.append(s)
        # the best quote first (issue 11: "quotes ... in relevance order"; a preamble no longer leads
        # because it comes first in the text); quotes scoring within ``ORDER_STEP`` keep the text order
        merged.sort(key=lambda s: (-round(s.score / ORDER_STEP), s.chunk.start, s.start))
        # ... but the best quote leads: a scope article or the document's first provisions, written before
        # it and scoring a little less, do not come first (trial 18: "Quy chế này quy định ..." before
        # "Quyết định ... về công tác cán bộ", "Mức cho vay" before "Hồ sơ gồm")
        top = max(merged, key=lambda s: (s.score, -s.rank, -s.chunk.start - s.start))
        merged.remove(top)
        merged.insert(0, top)
        doc = book.docs.get(doc_id)
        head = render.doc_label(render.doc_ref(doc) if doc else bare_ref(group[0].chunk), language)
        lines = [f"{render.label('according', language)} {head}:"]
        for s in merged:
            n = book.cite(s.chunk, s.start, s.end)
            lines.append(f"- {render.quote_line(s.text, n)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _reader(docs: dict[str, Document], chunk: Chunk) -> Callable[[int, int], str]:
    """(a, b) -> ``chunk.text[a:b]`` as it is read when sentences are weighed: a table row's values named
    by their columns (``parse.tables.reading_text``: "Kinh phí hỗ trợ (đồng): 3.000.000" for the cells
    "2 | Gò Mít | 3.000.000"), any other sentence as written."""
    doc = docs.get(chunk.doc_id)
    if doc is None or reading_text(doc, chunk.start, chunk.end) == chunk.text:
        return lambda a, b: chunk.text[a:b]
    return lambda a, b: reading_text(doc, chunk.start + a, chunk.start + b)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Nothing but spaces and bullets between two sentences of one paragraph. A blank line ends a
    paragraph (a table row, a list item of its own): the next one is a quote of its own, so that a row is
    never read on into the next row's "5. Nội dung: ..." as one sentence."""
    gap = text[end:start]
    return start >= end and not gap.strip(" -•*\t\n") and "\n\n" not in gap


# The next sentence of a chosen one's paragraph is quoted with it when it writes this share (by weight) of
# the question's words (unigrams and bigrams) that the chosen sentence does not, and these are most of the
# question's words it writes: "... gửi báo cáo kết quả bình xét ... trước ngày
# 15/11/2025. Đồng chí ..., Chánh Văn phòng, là đầu mối theo dõi, tổng hợp." for "Ai là người theo dõi,
# tổng hợp kết quả bình xét?" (trial 18 q10: the sentence naming the person scored under the cut alone).
COMPLETING_SHARE = 0.1


def _completed(s: Span, terms: Terms) -> Span:
    """``s`` with the next sentence of its paragraph when that one covers the rest of the question
    (``COMPLETING_SHARE``); else ``s``."""
    text = s.chunk.text
    nxt = next(((a, b) for a, b in split_sentences(text) if a >= s.end), None)
    if nxt is None or not _adjacent(text, s.end, nxt[0]) or text[s.start : s.end].rstrip().endswith(":"):
        return s
    asked = terms.unigrams | terms.bigrams
    if not asked:
        return s
    have = set().union(*passage_terms(text[s.start : s.end]))
    own = asked & set().union(*passage_terms(text[nxt[0] : nxt[1]]))
    new = own - have
    gain = math.fsum(terms.weights(new))
    # it adds words of the question (not only repeats the chosen sentence's), enough of them
    if gain < COMPLETING_SHARE * math.fsum(terms.weights(asked)):
        return s
    if gain < 0.5 * math.fsum(terms.weights(own)):
        return s
    return Span(s.chunk, s.start, nxt[1], s.score, s.rank)


def _in_document(s: Span) -> tuple[int, int]:
    """A quote's start and end in its document's text."""
    return s.chunk.start + s.start, s.chunk.start + s.end


def _overlaps(a: Span, b: Span) -> bool:
    """Two quotes sharing text of one document: a list quoted whole from its lead-in's chunk and again
    from its first item's chunk (``widen_across``) is one quote."""
    (a0, a1), (b0, b1) = _in_document(a), _in_document(b)
    return a.chunk.doc_id == b.chunk.doc_id and a0 < b1 and b0 < a1


def _contains(a: Span, b: Span) -> bool:
    """Does quote ``a`` hold all of quote ``b``?"""
    (a0, a1), (b0, b1) = _in_document(a), _in_document(b)
    return a.chunk.doc_id == b.chunk.doc_id and a0 <= b0 and b1 <= a1


def extractive_answer(
    hits: list[Hit],
    terms: Terms,
    book: CitationBook,
    language: str,
    max_sentences: int = 4,
    asks_copy: bool = False,
    lead_in_weight: float = LEAD_IN_WEIGHT,
    per_document: bool = False,
    specific: str | None = None,
    fields: list[re.Pattern[str]] | None = None,
    states: Callable[[str], bool] | None = None,
    keep_basis: bool = False,
    frame_weight: float = SELF_REFERENCE_WEIGHT,
    titles: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
    required: bool = False,
    event_asked: bool = False,
    notes_last: bool = False,
    whole_lists: bool = True,
    headed_lists: bool = False,
    asks_addressees: bool = False,
    years: list[int] | None = None,
    counted: list[frozenset[str]] | None = None,
    actors: list[list[str]] | None = None,
    beside: list[re.Pattern[str]] | None = None,
    whole_steps: bool = False,
) -> tuple[str, list[Span]]:
    """The extractive answer body and the quotes it makes (empty when nothing scored): the best
    sentences, each widened to its whole list (``widen``), at most ``max_sentences`` (never above 5),
    documents in the order of their best quote. ``keep_basis``: the basis is asked, so a preamble citing it
    stays beside its document's other quotes. ``event_asked``: an event's time or place is asked, so a
    preamble writing it (``states``) is its passage. ``required``: only sentences that ``states`` (a phone
    number or an email asked: no other sentence answers), when any does. ``notes_last``: the question asks
    what is assigned (a duty, a lead body, a time limit), so the document's notes (``held_notes``) are
    quoted only when no provision would be. ``whole_lists``: the list itself is asked, so a quote widened
    over items that are sections of their own stays whole (cited under their common section); else it is
    cut back to the chosen items' sections (``section_cut``). ``headed_lists``: the question asks a list
    (duties, conditions, steps), so short items under a heading with no ":" are its list (``widen``).
    ``actors``: the folded names of each body whose duties are asked, the body asked first
    (``own_duties.owner``). ``beside``: the fields asked beside a time ("Địa điểm:" of "... lúc nào, ở
    đâu?"), each quoted from its best sentence in the best quote's document when the cut left none
    (``fields_beside``). ``whole_steps``: a procedure's steps are asked, so each of its scored steps is
    quoted, in order (module ``whole_steps``). Other arguments: as ``score_sentences``."""
    from assistant.answer.own_duties import owner
    from assistant.answer.section_cut import cut_to_sections
    from assistant.answer.widen import lead_in_of, widen, widen_across, widen_list

    def lead_in_for(c: Chunk) -> str:
        return lead_in_of(c, book.chunks_for, book.docs, headed_lists)

    spans = score_sentences(
        hits,
        terms,
        asks_copy=asks_copy,
        lead_in_weight=lead_in_weight,
        specific=specific,
        fields=fields,
        states=states,
        docs=book.docs,
        lead_in_for=lead_in_for,
        frame_weight=frame_weight,
        titles=titles,
        asks_addressees=asks_addressees,
        years=years,
        counted=counted,
        own=owner(hits, actors, lead_in_for) if actors else None,
    )
    if required and states is not None and any(states(s.text) for s in spans):
        spans = [s for s in spans if states(s.text)]
    if notes_last:
        spans = held_notes(spans)
    chosen = select(spans, max_sentences=min(5, max_sentences), per_document=per_document)
    if not chosen:
        return "", []
    if whole_steps:
        from assistant.answer.whole_steps import with_whole_steps

        chosen = with_whole_steps(chosen, spans)
    if beside:
        from assistant.answer.beside import fields_beside

        chosen += fields_beside(chosen, spans, beside, min(5, max_sentences))
    if not per_document:
        chosen += restated_copies(chosen, spans, book.docs)
    chosen = [_completed(s, terms) for s in chosen]
    widened: list[Span] = []

    for s in chosen:
        w = widen(s)
        # a list of item chunks: all of it, not the items after this one
        whole = widen_list(w, book, headed_lists)
        w = whole if whole is not w else widen_across(w, book)
        held = [i for i, o in enumerate(widened) if _overlaps(w, o)]
        if held and all(_contains(w, widened[i]) for i in held):
            # the list's lead-in and items, met after its first item alone: one quote, in the item's place,
            # as strong as the best sentence it holds
            best = max((widened[i] for i in held), key=lambda o: o.score)
            widened[held[0]] = Span(w.chunk, w.start, w.end, max(w.score, best.score), min(w.rank, best.rank))
            widened = [o for i, o in enumerate(widened) if i not in held[1:]]
            continue
        if held:
            continue
        widened.append(w)
    widened = [p for w in widened for p in cut_to_sections(w, chosen, book, whole_lists)]
    if lead_in_weight < 1.0 and not keep_basis and len(widened) > 1:
        # a preamble ("Thực hiện Nghị quyết ..., Ban Thường vụ ... hướng dẫn như sau:") beside provisions of
        # its document is a generic intro (issue 11, part 5): quoted only when the basis is asked
        # A preamble that itself writes what the question asks ("Căn cứ ...; Đại hội ... sẽ diễn ra trong 02
        # ngày 24 và 25/9/2029 tại Trung tâm Hội nghị tỉnh, Ban Tuyên giáo đề nghị ...:" for "họp ngày
        # nào, ở đâu?", ``states``) is that fact's passage, not an intro (trial 27 q29)
        # (only for an event's time or place asked, ``event_asked``, and as the best quote: a preamble dated
        # otherwise, "Ngày 18/9/2009, sau khi nghe ...", stays an intro for a document's issue date)
        docs = [w.chunk.doc_id for w in widened]
        top = max(w.score for w in widened)
        widened = [
            w
            for w in widened
            if not (
                is_basis_sentence(w.text)
                # a preamble leads into what follows ("... như sau:", "Căn cứ ...;"); "Xét kiến nghị ..., Thủ
                # tướng Chính phủ giao Bộ Tài chính rà soát ..." ends as a provision and is one
                and w.text.rstrip(" *”\"").endswith((":", ";"))
                and docs.count(w.chunk.doc_id) > 1
                and not (event_asked and states is not None and w.score >= top and states(w.text))
            )
        ]
    return compose(widened, book, language), widened
