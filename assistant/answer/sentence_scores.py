"""Sentence scores: every sentence of the retrieved chunks weighed against the question (``score_sentences``).

Part of the answer step, between retrieval and the extractive answer (``extractive.select`` picks from the
``Span`` list made here): a sentence's score is how much of the question's (folded, expanded) terms it
covers, plus a prior from its chunk's retrieval rank, with bonuses and weights for the case, field, round,
month, year and body asked, and for what a sentence is (a lead-in, a heading, a preamble, a frame).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.round_titles import titled_for
from assistant.answer.sentence_kinds import (
    SELF_REFERENCE_WEIGHT,
    is_address,
    is_copy_note,
    is_self_reference,
    restates_title,
    table_headers,
)
from assistant.answer.sentences import ADDRESS_RE, is_heading, split_sentences
from assistant.answer.terms import Terms, overlap, passage_terms
from assistant.answer.times import own_time_field, without_issue_line
from assistant.index.lexical import round_match
from assistant.lexicon.months import month_match, months_written
from assistant.lexicon.phrases import is_basis_sentence
from assistant.models import Chunk, Document, Hit
from assistant.parse.tables import reading_text
from assistant.text import counted_from, defined_abbreviations, fold, with_definitions


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
    if "\n" in unit and not is_heading(unit.rsplit("\n", 1)[-1]):
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
    ``years``: the one year the question asks about (``year_mentions.single_years``; else None): a sentence
    writing it, in its words or its section titles, gains ``YEAR_BONUS``; one about another year only
    (``year_mentions.another_years_matter``) counts ``OTHER_ROUND_WEIGHT``.
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
            if not asks_copy and is_copy_note(chunk, a, b):
                continue
            if any(h0 <= chunk.start + a and chunk.start + b <= h1 for h0, h1 in heads):
                # a table's column names (trial 37: "Nội dung | Thời gian | Đơn vị chủ trì | ..." quoted for
                # "đơn vị nào chủ trì?"): never a quote of its own; ``table_heads`` shows it above its rows
                continue
            if not asks_addressees and is_address(chunk, a, b, doc):
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
            if lead_in_weight < 1.0 and ADDRESS_RE.match(fold(chunk.text[a : a + 16])):
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


def _part_title(chunk: Chunk, parts: re.Pattern[str]) -> str | None:
    """The folded title of the nearest section holding the chunk that is titled for a part of a procedure
    ("điều 4. hồ sơ đề nghị kết nạp"), or None."""
    return next((f for t in reversed(chunk.section_path) if parts.match(f := fold(t))), None)


def _reader(docs: dict[str, Document], chunk: Chunk) -> Callable[[int, int], str]:
    """(a, b) -> ``chunk.text[a:b]`` as it is read when sentences are weighed: a table row's values named
    by their columns (``parse.tables.reading_text``: "Kinh phí hỗ trợ (đồng): 3.000.000" for the cells
    "2 | Gò Mít | 3.000.000"), any other sentence as written."""
    doc = docs.get(chunk.doc_id)
    if doc is None or reading_text(doc, chunk.start, chunk.end) == chunk.text:
        return lambda a, b: chunk.text[a:b]
    return lambda a, b: reading_text(doc, chunk.start + a, chunk.start + b)
