"""The planner's fifth stage: a first line read from the quotes when none was read before them.

For a question answered by quotes: the figure asked (of the year asked, not another activity's), an age
range, the act replaced, an event's time (moved by a later document) or place (moved by a later notice),
the quote naming the event as asked or stating a document's effect moved first; then a post's holder
(``roles``), a lead stated as a field or assigned to a person (``lead_fields``), or the documents citing
the one asked. After ``plan_abstain``; ``plan_finish`` checks and shows the line.
"""

from __future__ import annotations

import re

from assistant.answer import (
    age_range,
    amended,
    bodies,
    event_lead,
    event_names,
    figures,
    headline,
    lead_fields,
    moved_place,
    parts,
    roles,
    times,
    year_mentions,
)
from assistant.answer.absent_figure import absent_figure
from assistant.answer.citations import CitationBook
from assistant.answer.event_checks import event_head
from assistant.answer.facts import FactLead
from assistant.answer.offset_day import offset_for_day
from assistant.answer.plan_lead import hourless_time
from assistant.answer.plan_marks import quote_led
from assistant.answer.plan_scope import Frame
from assistant.answer.replaced import replaced_lead
from assistant.answer.terms import writes_head
from assistant.answer.unstated_field import share_or_target_line
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.models import Citation, Hit
from assistant.query import QueryInfo
from assistant.query.amounts import DURATION, is_money_noun
from assistant.query.count_asks import asks_whole_count
from assistant.query.duration_asks import asks_duration_limit
from assistant.query.lead_asks import asks_coordinator, asks_doer
from assistant.retrieve.fields import asks_only_place, effect_asked, states_effect
from assistant.text import asks_replaced_act, fold


def quoted_lead(
    corpus: Corpus,
    settings: Settings,
    info: QueryInfo,
    resolved: str,
    hits: list[Hit],
    book: CitationBook,
    language: str,
    frame: Frame,
    lead: FactLead | None,
    lead_lines: list[str],
    body: str,
    readings: dict[int, str],
) -> tuple[FactLead | None, list[str], str, dict[int, str], str | None]:
    """``(lead, lead_lines, body, readings, moved_by)`` for a question answered by quotes ("quotes",
    "specific"): the first line read from the quotes when none was given, the quote it reads moved first
    (citations renumbered, ``readings`` by the new numbers), and the document that moved the event or
    venue it gives (``amended``, ``moved_place``; else None)."""
    docs = corpus.docs
    spec = info.spec
    terms = frame.terms
    moved_by: str | None = None  # the document that moved the event a time line gives (``amended``)
    # a duty's time limit asked as a duration ("phải chụp trong vòng bao lâu?") that no clause's deadline
    # answered: the length the first quote writes, as for "bao lâu?" asked alone (``duration_asks``)
    duration = lead is None and info.amount_unit is not None and asks_duration_limit(info.folded)
    if not lead_lines and (spec.answer in ("quotes", "specific") or duration) and book.citations:
        # what every passage of the quoted document is about: its subject line, issuer and place
        doc = docs.get(book.citations[0].doc.doc_id)
        meta = doc.meta if doc else None
        about = f"{meta.title or ''} {meta.issuer or ''} {meta.place or ''}" if meta else ""
        # "bao nhiêu người / mấy ngày / bao nhiêu tiền?": the figure of the first quote, when it writes one
        named = [n for b in [*info.subject_bodies, *info.subject_orgs] for n in bodies.names_of(b)]
        first = book.citations[0]

        whole = asks_whole_count(info.folded)

        def figure_of(c: Citation) -> list[str]:
            lines = _figure_line(c)
            # "có bao nhiêu hội viên?" is no "Phấn đấu 85% hội viên ..." (``unstated_field``; trial 47 P1)
            said = readings.get(c.n) or c.quote
            if whole and share_or_target_line(resolved, lines, said, c.section or ""):
                return []
            return lines

        def _figure_line(c: Citation) -> list[str]:
            return figures.figure_lead(
                resolved,
                terms,
                c,
                language,
                hits,
                about,
                named,
                reading=readings.get(c.n),
                event_length=spec.check == "when" and info.amount_unit == [DURATION],
                years=year_mentions.single_years(resolved),
                document=corpus.folded_docs.get(c.doc.doc_id, ""),
            )

        lead_lines = figure_of(first)
        if age_range.asks_age_range(info.folded) and not any(age_range.written_range(x) for x in lead_lines):
            # "... trong độ tuổi nào?", "what age range ...?": the first quote's document's quote writing two
            # ages as a range leads; one age ("những người trên 60 tuổi") is a bound, no range: no first
            # line then (library2 dev l2-party-31)
            same_doc = [c for c in book.citations if c.doc.doc_id == first.doc.doc_id]
            found = age_range.range_quote(same_doc, body)
            lead_lines = []
            if found is not None:
                body, readings = quote_led(book, found[0], body, readings)
                lead_lines = [age_range.range_line(found[1], language)]
                first = book.citations[0]
        shown_citations = [c for c in book.citations if f"[{c.n}]" in body]
        got = replaced_lead(shown_citations, docs, language) if asks_replaced_act(resolved) else None
        if not lead_lines and got is not None:
            # "Nghị quyết ... thay thế nghị quyết nào?": the act its effect article replaces, its quote first
            body, readings = quote_led(book, got[0], body, readings)
            found = replaced_lead([c for c in book.citations if f"[{c.n}]" in body], docs, language)
            lead_lines = [found[1]] if found else []
        asked_years = set(year_mentions.single_years(resolved))

        def writes_year(c: Citation) -> bool:
            said = f"{c.section or ''} {readings.get(c.n) or c.quote}"
            return any(re.search(rf"(?<!\d){y}(?!\d)", said) for y in asked_years)

        # a figure written with no year comes after one of the same document written with the one year asked,
        # and is never moved first for it ("Tỷ lệ hộ nghèo năm 2041 ...?": "Nhiệm kỳ qua ... tỷ lệ hộ nghèo
        # còn 3,9%" is the past term's; the appendix row "Tỷ lệ hộ nghèo | % | 3,2 | 2,4" under "Năm 2041"
        # states it; trial 33 d4)
        undated = bool(lead_lines) and len(asked_years) == 1 and not writes_year(first)
        if (not lead_lines or undated) and info.amount_unit is not None:
            # the first quote writes no figure for what is asked ("hoàn thành 12 căn ... còn lại" for the
            # plan's "xây mới bao nhiêu căn?"; the amount over the plan for the amount achieved): a later
            # quote of the same document that does (the table row "Nhà ... xây mới | căn | 60 | 48") leads,
            # with its line (trial 32 q21, p20, d4)
            later = [c for c in book.citations[1:] if c.doc.doc_id == first.doc.doc_id and f"[{c.n}]" in body]
            stating = next(
                (c for c in later if (len(asked_years) != 1 or writes_year(c)) and figure_of(c)), None
            )
            if stating is not None:
                body, readings = quote_led(book, stating.n, body, readings)
                lead_lines = figure_of(book.citations[0])
            elif undated and any(writes_year(c) for c in later):
                lead_lines = []  # the document writes the year asked elsewhere: the undated figure is not its
        shown_now = [c for c in book.citations if f"[{c.n}]" in body]
        absent = absent_figure(resolved, terms, shown_now, language) if not lead_lines else None
        if absent is not None:
            # the only figure quoted is another activity's: say the document states none for the thing asked,
            # its own passage first (``absent_figure``; trial 43 u01)
            body, readings = quote_led(book, absent[1], body, readings)
            lead = FactLead("figure", [f"{absent[0]} [1]"], absent=True)
            lead_lines = list(lead.lines)
        if lead_lines and info.language == "en" and _names_elsewhere(resolved, first.doc.doc_id, corpus):
            lead_lines = []  # "the budget for the VietGAP courses": a sum of a document not naming VietGAP
        if lead_lines and info.language == "en" and info.amount_unit == ["tien"] and info.unglossed:
            # "the budget of the Vinh Hung sidewalk renovation project": words no gloss translated say what
            # the sum is of, so the glossed ones must be written where the figure is ("dự án / công trình");
            # "9,7 tỷ đồng" of the ward's revenue is no answer (trial 38 u06). The quotes stay
            # the quoted document's kind and issuer ("the province's resolution" -> "nghị quyết", "tỉnh") name
            # the document, not what the sum is of (library2 dev l2-mttq-32)
            head_doc = docs.get(book.citations[0].doc.doc_id)
            hm = head_doc.meta if head_doc else None
            whose = f"{hm.doc_type or ''} {hm.issuer or ''} {hm.place or ''}" if hm else ""
            cited_text = f"{book.citations[0].section or ''} {book.citations[0].quote}"
            if _matter_unwritten(info, f"{whose} {cited_text}"):
                lead_lines = []
        worded = _worded_event(info.event_subject, book, body) if info.event_subject else None
        if not lead_lines and worded is not None:
            # "Lễ ra quân cấp huyện ... mấy giờ, ở đâu?": the quote naming the event as the question words it
            # leads, its time and place are the first line's, not those of a quote above it naming it only
            # through a paraphrase ("lễ phát động cấp huyện" of another campaign; trial 37)
            body, readings = quote_led(book, worded, body, readings)
        stated = _effect_stated(book, body) if not lead_lines and effect_asked(info.folded) else None
        if stated is not None:
            # "When does the regulation take effect?": the sentence stating its effect ("Quy chế này có hiệu
            # lực kể từ ngày ký") leads, not a rule above it that writes another date (newcomer trial 39 e4)
            body, readings = quote_led(book, stated, body, readings)
        # "kéo dài bao lâu?" of an event is answered by its period as well ("từ ngày ... đến ngày ...")
        when = spec.check == "when" and info.amount_unit in (None, [DURATION])
        if not lead_lines and when and not asks_only_place(info.folded):  # "... diễn ra ở đâu?": not its time
            # "Ngày hội tổ chức hôm nào?": the event's date or period, when the first quote writes one
            lead_lines = event_lead.event_time_lead(terms, book.citations[0], language, hits, about, resolved)
            first_quote = book.citations[0].quote
            if (
                hourless_time(lead_lines, info, language)
                or _effect_end_for_start(info, first_quote)
                or offset_for_day(lead_lines, resolved, language)
            ):
                lead_lines = []
            # a later retrieved document moving the event ("điều chỉnh thời gian tổ chức ... sang ngày ...")
            lead_lines, moved_by = amended.amended_time(
                corpus, settings, info, resolved, hits, lead_lines, book, language
            )
        if not lead_lines and asks_only_place(info.folded) and len(parts.asked_kinds(info.folded)) <= 1:
            # "Lễ ra quân tổ chức ở đâu?": the place the first quote writes, when it writes one
            first = book.citations[0]
            lead_lines = parts.place_lead(
                terms,
                first,
                readings.get(first.n),
                language,
                f"{about} {first.section or ''}",
                event_names.written_head(
                    info.event_subject or "", f"{first.section or ''} {first.quote}", event_head, about
                ),
                resolved,
            )
            # a later notice moving the venue ("Địa điểm: chuyển từ ... về ..."): the place in force, or none
            lead_lines, moved_by = moved_place.moved_place(corpus, book, lead_lines, language)
    return lead, lead_lines, body, readings, moved_by


def fallback_lead(
    corpus: Corpus,
    info: QueryInfo,
    resolved: str,
    book: CitationBook,
    language: str,
    frame: Frame,
    lead_lines: list[str],
    body: str,
    readings: dict[int, str],
    taskless: bool,
) -> tuple[list[str], str, dict[int, str]]:
    """``(lead_lines, body, readings)`` when still no first line: a post's holder, a lead stated as a field
    or assigned, or the documents citing the one asked, the quote it reads moved first."""
    docs = corpus.docs
    spec = info.spec
    terms, scope = frame.terms, frame.scope
    if not lead_lines and spec.answer in ("quotes", "specific") and body and book.citations:
        # "Ai làm tổ trưởng Tổ ...?": the member whose list item ends with the post asked (``roles``)
        first = book.citations[0]
        doc = docs.get(first.doc.doc_id)
        about = f"{doc.meta.title or ''} {doc.meta.issuer or ''}" if doc else ""
        lead_lines = roles.role_lead(info.folded, terms, first, readings.get(first.n), language, about)
        quoted_now = book.citations
        held = (
            None if lead_lines else roles.later_holder(info.folded, terms, quoted_now, body, readings, about)
        )
        if held is not None:
            # the post's holder written in a later quote of the first quote's document ("Thành phần đoàn:
            # Trưởng đoàn là ..."; library4 dev l4-mttq-20): that quote leads
            body, readings = quote_led(book, held[0], body, readings)
            lead_lines = [re.sub(r"\[\d+\]$", "[1]", held[1])]
    if (
        not lead_lines
        and info.intent == "lead"
        and spec.answer == "clause"
        and body
        and book.citations
        and not taskless
    ):
        # "Ai chủ trì hội nghị hiệp thương lần hai?" where no duty clause answered: the lead the first quote
        # states as a field ("Đơn vị chủ trì: ..."), when that passage is the event asked (library dev)
        first = book.citations[0]
        doc = docs.get(first.doc.doc_id)
        about = f"{doc.meta.title or ''} {doc.meta.issuer or ''}" if doc else ""
        # (read with the field lines of the quoted item that follow it: "- Cơ quan thực hiện: ...")
        item = readings.get(first.n) or first.quote
        if doc is not None and first.doc_end > first.doc_start:
            item = lead_fields.with_item_fields(doc.text, first.doc_end, item)
        lead_lines = lead_fields.field_lead(
            terms,
            first,
            item,
            language,
            f"{about} {first.section or ''}",
            event_head(info.event_subject) if info.event_subject else [],
            resolved,
        ) or lead_fields.assigned_lead(
            terms, first, readings.get(first.n), language, f"{about} {first.section or ''}", resolved,
            doer=asks_doer(resolved),
        )
        if not lead_lines and not asks_coordinator(resolved):
            # "Ai được giao chủ trì ...?" of "Giao đồng chí X, Phó Bí thư Chi bộ, chủ trì ...": a person
            lead_lines = lead_fields.person_lead(
                terms, first, readings.get(first.n), language, f"{about} {first.section or ''}", resolved
            )
        span = lead_fields.field_span(doc.text, first.doc_end, lead_lines) if doc is not None else None
        if span is not None:
            # a lead read from a field line after the quote cites that line, which is quoted under it
            lead_lines = [re.sub(r"\[\d+\]$", f"[{book.cite_doc_span(doc, *span)}]", lead_lines[0])]
    if not lead_lines and spec.answer == "documents" and body:
        lead_lines = headline.citing_lead(book, scope, language)
    return lead_lines, body, readings


# "... có hiệu lực đến bao giờ / hết hiệu lực ngày nào / until when?" asks when the effect ends
_ASKS_EFFECT_END_RE = re.compile(
    r"\bden (?:bao gio|khi nao|ngay nao|luc nao)|\bhet hieu luc\b|\buntil\b|\bexpir"
)
# "có hiệu lực từ ngày ký đến hết ngày 31/12/2038": it takes effect on signing, with no date written
_EFFECT_FROM_SIGNING_RE = re.compile(
    r"\bco hieu luc(?: thi hanh)?\s+(?:ke\s+)?tu\s+ngay\s+(?:ky|ban hanh)\b"
)


def _worded_event(subject: str, book: CitationBook, body: str) -> int | None:
    """The number of the first shown quote that writes the head of an event's name as ``subject`` words it
    (``event_checks.event_head``: "ra quân" of "ra quân cấp huyện", its two words as one phrase) and a time, when
    the first quote names no such head, in its text nor its section; else None. A paraphrase (lexicon
    ``question_paraphrases``: "ra quân" / "phát động") finds passages, but of two events the one written as
    asked is the one asked (trial 37)."""
    head = event_head(subject)
    if not head or not book.citations:
        return None

    first = book.citations[0]
    if writes_head(f"{first.section or ''} {first.quote}", head):
        return None
    shown = [c for c in book.citations[1:] if f"[{c.n}]" in body]
    return next((c.n for c in shown if writes_head(c.quote, head) and times.writes_time([c.quote])), None)


def _effect_stated(book: CitationBook, body: str) -> int | None:
    """The number of the first shown quote stating a document's own effect (``fields.states_effect``), when
    the first quote does not; else None."""
    if not book.citations or states_effect(fold(book.citations[0].quote)):
        return None
    shown = [c for c in book.citations[1:] if f"[{c.n}]" in body]
    return next((c.n for c in shown if states_effect(fold(c.quote))), None)


def _effect_end_for_start(info: QueryInfo, quote: str) -> bool:
    """Whether the first quote's time line would give the end of a document's effect for a question asking
    when it takes effect ("When does the programme take effect?" of "có hiệu lực từ ngày ký đến hết ngày
    31/12/2038": the one date written is the end; it takes effect on signing)."""
    if not effect_asked(info.folded) or _ASKS_EFFECT_END_RE.search(info.folded):
        return False
    return bool(_EFFECT_FROM_SIGNING_RE.search(fold(quote)))


# A name in an English question: a capitalised word that is not its first word ("VietGAP", "Tân Hòa").
_EN_NAME_RE = re.compile(r"(?<=\s)[A-ZĐ][\w-]*[A-Z0-9][\w-]*|(?<=\s)[A-ZĐ][a-zà-ỹđ]+(?=\s+[A-ZĐ])")


def _names_elsewhere(question: str, doc_id: str, corpus: Corpus) -> bool:
    """Whether an English question names something ("VietGAP") that the loaded documents write but the
    quoted document does not: its figure is then another thing's (trial 22 u11). English words have no
    Vietnamese terms to check the figure's sentence by, names do."""
    own = corpus.folded_docs.get(doc_id, "")
    for m in _EN_NAME_RE.finditer(question):
        name = fold(m.group(0))
        rx = re.compile(rf"\b{re.escape(name)}\b")
        if not rx.search(own) and any(rx.search(t) for t in corpus.folded_docs.values()):
            return True
    return False


def _matter_unwritten(info: QueryInfo, quote: str) -> bool:
    """Whether an English question's glossed words of several Vietnamese wordings ("project" -> "dự án /
    công trình / đề án"), the money noun aside, include a group none of whose wordings ``quote`` writes."""
    said = fold(quote).lower()
    for group in info.english_glosses:
        folded = [fold(g).lower() for g in group]
        if any(is_money_noun(f) for f in folded):
            continue
        if not any(f in said for f in folded):
            return True
    return False
