"""The checks a question's kind asks for (``query.intents`` ``check``), run on the answer planned: the
evidence score of the retrieved hits (widened to the whole document for a document's own fact), and
whether the quotes, or the relevant sentences of the top hits, write the amount, the person, the time,
the body and the places the question asks about. ``abstain.should_abstain`` decides on the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer import (
    abstain,
    act_words,
    bodies,
    deadline_facts,
    event_names,
    figure_columns,
    items,
    mentions,
    render,
    times,
)
from assistant.answer.abstain import Evidence
from assistant.answer.all_units import addressed_to_kind
from assistant.answer.citations import CitationBook
from assistant.answer.deferred_place import asks_place_only, place_only_referred
from assistant.answer.parts import AMOUNT, asked_parts
from assistant.answer.quotes import counts_organ as quotes_counts_organ
from assistant.answer.quotes import setting_documents
from assistant.answer.sentences import split_sentences
from assistant.answer.sum_clause import sum_clauses
from assistant.answer.terms import (
    Terms,
    content_tokens,
    head_coverage,
    overlap,
    passage_terms,
    title_phrase_words,
    token_coverage,
    tokens,
    without_matter,
)
from assistant.corpus import Corpus
from assistant.index.lexical import counted_ordinals, round_match
from assistant.lexicon.months import item_months, months_written
from assistant.lexicon.phrases import event_kinds, head_event_kind, paraphrase_groups
from assistant.lexicon.words import registry, type_names
from assistant.models import Document, Hit
from assistant.parse.tables import cells_with_columns, reading_text
from assistant.query import QueryInfo
from assistant.query.amounts import amount_qualifier
from assistant.query.intents import weekday_asked
from assistant.retrieve.fields import asks_only_place, effect_asked, states_effect
from assistant.retrieve.scope import DocumentScope
from assistant.text import fold, spell_out

# The share of the question's terms a quoted sentence stating a time by an event must cover (as the top
# hits' relevant sentences, ``_relevant``).
CONDITION_MIN_OVERLAP = 0.35


def _condition_quoted(info: QueryInfo, terms: Terms, book: CitationBook) -> bool:
    """Whether a quoted sentence about the question states its time by the event it waits for
    (``times.condition_clauses``), in the clause of what is asked: of the round the question names ("đợt
    2 ... sau khi nghiệm thu"; another round's condition, "đợt 1 là 50% khi hoàn thành phần móng", is not
    its time), else of the act it asks about ("Hội viên được cấp thẻ khi ..."). A question naming neither
    has nothing to tie a condition to."""
    action = act_words.action_phrase(info.asked_action, info.asked_object)
    if not terms.ordinals and not action:
        return False
    for c in book.citations:
        for a, b in split_sentences(c.quote):
            sentence = c.quote[a:b]
            if overlap(terms, sentence) < CONDITION_MIN_OVERLAP:
                continue
            for clause in times.condition_clauses(sentence):
                if terms.ordinals:
                    if round_match(clause, terms.ordinals):
                        return True
                elif act_words.writes(clause, action, variants=True):
                    return True
    return False


# The share of a procedure's topic ("kết nạp đảng viên mới") the cited passages must cover
# (``terms.head_coverage``: its first words, the act, weigh most). Half: a later word or two may be
# paraphrased ("người ra ứng cử" / "người ứng cử"), but passages missing the act are about another one.
TOPIC_MIN_COVERAGE = 0.5
# the words naming an event's kind ("tổng kết", "ra quân", "họp ban"), after its classifier
EVENT_HEAD_WORDS = 2
RELEVANT_HITS = 5  # how many top hits a precise check (amount, person, time) may read beyond the quotes


def _relevant(hits: list[Hit], terms: Terms, floor: float) -> list[str]:
    """Sentences of the top retrieved chunks that cover at least ``floor`` of the question's terms, the
    sentence read with its section heading ("Phụ lục I. Danh sách ..." › "Danh sách có 09 trường")."""
    return [
        h.chunk.text[a:b]
        for h in hits[:RELEVANT_HITS]
        for a, b in split_sentences(h.chunk.text)
        if overlap(terms, f"{h.chunk.heading} {h.chunk.text[a:b]}") >= floor
    ]


def _headed(sentences: list[str], hits: list[Hit]) -> list[str]:
    """Each sentence read with the section heading of the top retrieved chunk that holds it."""
    return [f"{h.chunk.heading} {s}" for s in sentences for h in hits[:RELEVANT_HITS] if s in h.chunk.text]


def _itemed(sentences: list[str], hits: list[Hit]) -> list[str]:
    """Each sentence read with its section heading and the numbered item it closes, from the top retrieved
    chunk that holds it ("1. Bê tông hóa tuyến đường ... Công trình hoàn thành trước ngày ...")."""
    out = []
    for s in sentences:
        for h in hits[:RELEVANT_HITS]:
            at = h.chunk.text.find(s)
            if at >= 0:
                out.append(f"{h.chunk.heading} {deadline_facts.item_before(h.chunk.text, at)} {s}")
    return out


def _with_ancestors(hits: list[Hit], docs: dict[str, Document]) -> list[str]:
    """Each hit's text after the texts of the hits that hold its section's ancestors ("PHỤ LỤC / DỰ TRÙ
    KINH PHÍ" before "2. Tổ chức buổi gặp mặt: 8.000.000 đồng"): what a sentence is read under. A table
    row is read with its values named by their columns (``parse.tables.reading_text``)."""

    def read(h: Hit) -> str:
        doc = docs.get(h.chunk.doc_id)
        return reading_text(doc, h.chunk.start, h.chunk.end) if doc is not None else h.chunk.text

    out = []
    for h in hits:
        path = h.chunk.section_path
        above = [
            read(g)
            for g in hits
            if g.chunk.doc_id == h.chunk.doc_id
            and len(g.chunk.section_path) < len(path)
            and path[: len(g.chunk.section_path)] == g.chunk.section_path
        ]
        out.append("\n".join([*above, " ".join(path), read(h)]))
    return out


# The most of an English question's content words the glossary may leave untranslated for the document it
# describes to be judged by its Vietnamese terms ("Who signed the plan on the penalty for burning plastic?"
# has three of five untranslated: its terms, "ký" and "kế hoạch", would fit any plan).
ENGLISH_UNGLOSSED_MAX = 0.5


def _untranslated_share(info: QueryInfo) -> float:
    """The share of an English question's content words no gloss translated, against the Vietnamese terms
    the others gave (0 for a Vietnamese question)."""
    if info.language != "en":
        return 0.0
    words = len(info.unglossed) + len(info.english_terms)
    return len(info.unglossed) / words if words else 0.0


# A document described as joint: "phối hợp giữa A và B", "liên tịch giữa ...", "giữa A với B" (folded).
_JOINT_RE = re.compile(r"\b(?:giua|lien tich)\b")


def _described_enough(info: QueryInfo) -> bool:
    """Whether the question's description of a document can be checked against the document (a
    Vietnamese question always; an English one when most of its content words were translated)."""
    return _untranslated_share(info) <= ENGLISH_UNGLOSSED_MAX


def run_checks(
    corpus: Corpus,
    info: QueryInfo,
    resolved: str,
    terms: Terms,
    hits: list[Hit],
    book: CitationBook,
    *,
    scope: DocumentScope,
    fact_doc: Document | None,
    lead_lines: list[str],
    spans_text: list[str],
    quotes: list[str],
    asked_bodies: list[str],
    actor_names: list[str],
    time_kind: str | None,
) -> Evidence:
    """The evidence of the planned answer: its score and the result of each check its kind asks for.
    ``scope``: the documents the question names; ``quotes``: the quoted sentences and every cited text
    (first lines included)."""
    spec = info.spec
    docs = corpus.docs
    ev = abstain.assess(resolved, terms, hits)
    if fact_doc is not None and lead_lines and spec.answer == "metadata" and _JOINT_RE.search(info.folded):
        # "văn bản phối hợp giữa Đoàn Thanh niên và Hội Nông dân": a joint document of every body named;
        # one that only one of them issued is another document (trial 22 u04)
        meta = fact_doc.meta
        signed = [meta.signer_capacity or "", *(c.capacity or "" for c in meta.cosigners)]
        issued = fold(" ".join([meta.issuer or "", *signed]))
        named = list(dict.fromkeys(info.orgs))
        if len(named) >= 2:
            ev.actor_ok = all(
                any(re.search(rf"\b{re.escape(fold(n))}\b", issued) for n in bodies.names_of(o))
                for o in named
            )
    if fact_doc is not None and lead_lines and _described_enough(info):
        meta = fact_doc.meta
        described = [meta.doc_type or "", meta.issuer or "", meta.title or ""]
        retrieved = [f"{h.chunk.heading} {h.chunk.text}" for h in hits if h.chunk.doc_id == fact_doc.doc_id]
        abstain.widen_to_document(ev, terms, " ".join(described + retrieved))
    # Only "how much / how many" questions pay for this; "trước mấy giờ ngày nào?" asks a time, which the
    # time check below verifies.
    if info.amount_unit is not None and spec.check not in ("fact", "when") and spec.answer != "metadata":
        # The quotes only: a sum among other retrieved sentences is not in the answer (the passages only
        # say what a quote's noun is, ``mentions._names_noun``).
        passages = _with_ancestors(hits[:RELEVANT_HITS], docs)
        ev.amount_ok = mentions.amount_supported(resolved, quotes, passages)
        if not ev.amount_ok and amount_qualifier(resolved):
            # "bao nhiêu gương mặt thanh niên làm kinh tế giỏi?": the qualifier may be the cited document's
            # subject line ("Xét tặng Giải thưởng "Thanh niên làm kinh tế giỏi"" counting "20 gương mặt"),
            # read with the quote of that document only (trial 32 p07)
            # so may the heading of the quote's section ("2. Chương trình văn nghệ giao lưu" over "số lượng
            # tiết mục: 15 tiết mục" for "bao nhiêu tiết mục văn nghệ?"; library3 l3-rw-11)
            ev.amount_ok = any(
                mentions.amount_supported(
                    resolved,
                    [c.quote],
                    passages,
                    titled=f"{render.subject_line(docs.get(c.doc.doc_id))} {c.section}",
                )
                for c in book.citations
            )
        member_org = mentions.member_organisation(resolved)
        by_noun = member_org and mentions.amount_supported(resolved, quotes, passages, members=False)
        if ev.amount_ok and member_org and not by_noun:
            # "bao nhiêu cựu chiến binh" counted "12 hội viên": only in that organisation's document (its
            # issuer or its text naming it); another body's members are not theirs
            ev.amount_ok = any(
                bodies.issued_by(docs.get(c.doc.doc_id), member_org)
                or mentions.names_any([corpus.folded_docs.get(c.doc.doc_id, "")], bodies.names_of(member_org))
                for c in book.citations
            )
        if ev.amount_ok:
            ev.amount_ok = _sum_for_matter(info, resolved, terms, book, scope, passages, docs)
        if ev.amount_ok:
            ev.amount_ok = not _other_items_only(resolved, book, passages, docs, corpus.folded_docs)
    contact = mentions.asked_contact(info.folded)
    if contact is not None:
        # "Số điện thoại đăng ký là gì?": only a number written out answers; "liên hệ Văn phòng" does not.
        # "... của đồng chí Mùa A Sính": a sentence naming that person; another cadre's number is not theirs
        # Only the quoted documents': another document's number (another plan's contact) is not theirs
        # (trial 25 n07: the veterans' plan's phone answered a farmers' plan that gives none)
        cited = {c.doc.doc_id for c in book.citations}
        said = quotes + _relevant([h for h in hits if h.chunk.doc_id in cited], terms, 0.25)
        people = [fold(resolved[a:b]) for a, b in mentions.person_names(resolved)]
        if people:
            said = [s for s in said if any(p in fold(s) for p in people)]
        ev.contact_ok = mentions.contact_written(said, contact)
    if weekday_asked(info.folded):
        # "... tổ chức vào thứ mấy?": only a sentence writing a day of the week answers ("ngày 24/01/2026
        # (thứ 7)"); the event's purpose, or a date alone, does not say which day (trial 34 p50)
        ev.weekday_ok = any(mentions.writes_weekday(q) for q in quotes)
    choice = mentions.asked_choice(info.folded)
    if choice is not None:
        # "bỏ phiếu kín hay giơ tay?": passages writing neither way do not say which
        ev.choice_ok = mentions.choice_written(quotes + _relevant(hits, terms, 0.25), choice)
    if info.person_post is not None:
        ev.person_ok = mentions.person_named(quotes + _relevant(hits, terms, 0.35), info.person_post)
    # A question whose answer needs a time found none to state, not even a governing clause saying it
    # sets none, and no quoted sentence writes one: quoting other duties would read as an answer.
    if spec.check in ("fact", "when") and not lead_lines:
        stating = quotes + _relevant(hits, terms, 0.35)
        # a start asked ("bắt đầu từ khi nào?"): the time it begins, no time limit ("bắt đầu từ tháng 4/2026")
        deadline = time_kind == "deadline" and not times.asks_start(info.question)
        ev.fact_ok = times.writes_time(stating, deadline=deadline, day=time_kind == "day")
        if not ev.fact_ok and effect_asked(info.folded):
            # "Quy chế ... có hiệu lực từ khi nào?" of "Quy chế này có hiệu lực kể từ ngày ký": the time is
            # the signing, written without a date (newcomer trial 39 p_e4vi abstained)
            ev.fact_ok = any(states_effect(fold(s)) for s in stating)
        if ev.fact_ok and deadline and info.asked_action and scope.docs:
            # "... phải tổng kết Kế hoạch 27 trước ngày nào?" where Kế hoạch 27 never writes that action
            # (nor a verb for the same act, lexicon action_variants): its time limits are other actions'.
            # Only for the documents the question names: a paraphrase elsewhere is too likely.
            texts = [corpus.folded_docs.get(d, "") for d in scope.docs]
            ev.fact_ok = act_words.documents_write_action(texts, info.asked_action)
        if ev.fact_ok and deadline and info.asked_work:
            # "Đường bê tông ở ấp Cây Dầu phải hoàn thành trước ngày nào?": a time limit is the work's only
            # where a dated sentence, or the item it belongs to, names the work; another task's time in
            # the same documents answers nothing (newcomer trial 39 u3)
            dated = [s for s in stating if times.writes_time([s], deadline=True)]
            ev.fact_ok = any(act_words.writes(s, info.asked_work) for s in dated + _itemed(dated, hits))
        paper = info.asked_object
        if ev.fact_ok and time_kind == "deadline" and paper and paper not in type_names():
            # "Hạn chót ... nộp danh sách hội viên nghèo vay vốn ...?": a time limit written for another
            # paper ("Báo cáo kết quả 6 tháng ... trước ngày 15/6") is not the time of the one asked. A
            # paper named by a document type ("kế hoạch", "báo cáo") is often worded otherwise ("phương
            # án"): not checked
            dated = [s for s in stating if times.writes_time([s], deadline=True)]
            ev.fact_ok = any(act_words.writes(s, info.asked_object) for s in dated + _headed(dated, hits))
            # a field line dating the document's own work ("Thời gian triển khai: từ ... đến ...") is read
            # with the document's subject line, which names what is done
            fields = [c for c in book.citations if times.own_time_field(c.quote)]
            ev.fact_ok = ev.fact_ok or any(
                act_words.writes(_in_context(c, docs), info.asked_object) for c in fields
            )
        if ev.fact_ok and terms.ordinals:
            # "Kinh phí đợt 3 chi khi nào?" where the quotes pay "đợt 1 ... đợt 2" only: the round asked is
            # none of the document's, and a time they write ("Bước 3. Trong 07 ngày ...") is another
            # matter's
            rounds = [round_match(c.quote, terms.ordinals) for c in book.citations]
            ev.fact_ok = not (False in rounds and True not in rounds)
        if not ev.fact_ok:
            # "Còn đợt 2 thì cấp khi nào?" of "cấp kinh phí làm hai đợt: đợt 1 là 50% khi hoàn thành phần
            # móng, đợt 2 phần còn lại sau khi nghiệm thu": no date, the event it waits for is the answer,
            # quoted (trial 30 p43)
            ev.fact_ok = _condition_quoted(info, terms, book)
    if spec.check == "when" and ev.fact_ok and info.asked_object and book.citations:
        # "Hội LHPN huyện tổ chức đại hội vào thời gian nào?": the event asked ("đại hội") must be what the
        # cited passages date; another event's time in the same document is not its time. A passage is read
        # with its document's subject line ("Lễ ra quân ... ngày 22/6" of the plan "Tiếp sức mùa thi 2029")
        cited = [_in_context(c, docs, opening=True) for c in book.citations] + quotes
        ev.fact_ok = any(act_words.writes(t, info.asked_object) for t in cited)
    if spec.check == "when" and ev.fact_ok and not info.event_subject and book.citations:
        # "Bộ Chính trị họp nghe tổng kết ... vào hôm nào?": a kind of event the question names ("họp",
        # "tổng kết"; ``lexicon.phrases.event_kinds``) must be named by a cited passage that writes a time
        # (with its section and subject line): another dated passage on the same matter dates another event
        asked_kinds = event_kinds(resolved)
        if asked_kinds:
            ev.fact_ok = any(
                times.writes_time([c.text])
                and event_names.names_asked_kinds(asked_kinds, _in_context(c, docs, opening=True))
                for c in book.citations
            )
    if spec.check == "when" and ev.fact_ok and info.event_subject and book.citations:
        # "Lễ bế giảng lớp học bơi tổ chức vào ngày nào?": one cited passage must be about the event (named
        # in it, its section or its document's subject line: "Thông báo về việc tổ chức Hội nghị ... quý III"
        # / "1. Thời gian: ngày 25/9") and write a time; the opening's date ("lễ khai giảng ... ngày 12/6")
        # beside an undated mention of the event is no answer. A body the event is named by ("Đại hội Hội
        # Nông dân xã ...") must be written in that passage: another body's congress in the same commune, on
        # its day, is not it (trial 23 u03)
        # (a body after "của" organises the event, "Ngày hội ... của Đoàn xã", and is often only its issuer)
        subject = info.event_subject
        owners = [
            bodies.names_of(m.org_id)
            for m in registry().find_names(subject, caps_only=False)
            if not fold(subject[: m.start]).rstrip().endswith("cua")
            and not event_names.inside_event_word(subject, m.start)
        ]
        # The event is read in each of its wordings ("Lễ phát động" / "Lễ ra quân"; ``topic_wordings``).
        # The event's own kind (``lexicon.phrases.head_event_kind``: "bế mạc" of "Lễ bế mạc Ngày hội ...")
        # must be named there: the opening's time ("khai mạc lúc 7 giờ 30") is not the closing's (trial 24)
        head_kind = head_event_kind(subject)
        # "... diễn ra lúc mấy giờ?": the passage about the event must write an hour; a passage naming it
        # with only a date (a list's deadline, "nộp danh sách đội thi trước ngày 20/10") does not say when
        # it starts (trial 25 n08)
        hour = times.asks_hour(info.folded)
        ev.fact_ok = any(
            (times.writes_hour(c.quote) if hour else times.writes_time([c.text]))
            and _names_event(subject, c, docs)
            and (head_kind is None or head_kind in event_kinds(_in_context(c, docs, opening=True)))
            and all(mentions.names_any([_in_context(c, docs, c.quote)], names) for names in owners)
            for c in book.citations
        )
    if spec.check == "when" and ev.fact_ok and not lead_lines and book.citations:
        # "Lễ ra quân cấp huyện tổ chức khi nào?" where the plan dates "Lễ ra quân cấp tỉnh ...": a passage
        # naming the event at another level (and not at the one asked) dates another event; the first
        # quote, whose time is the first line's, must not, and one quote writing a time must be at the level
        asked = _levels(info.folded)
        if asked:

            def other(c) -> bool:
                written = _levels(fold(c.quote))
                return bool(written) and not written & asked

            ev.fact_ok = not other(book.citations[0]) and any(
                times.writes_time([c.quote]) and not other(c) for c in book.citations
            )
    if info.english_event and _ASKS_WHEN_WHERE_RE.search(info.folded) and ev.fact_ok and book.citations:
        # "When does the Fatherland Front's review conference start?": the first quote, the answer, must be
        # about the event ("hội nghị tổng kết" in it, its section or its document's subject line): another
        # document's "Tổ chức Hội nghị biểu dương ... vào tháng 10" dates another conference (trial 32 p29).
        # Only where another quote names it: the glossary's words for the event are not all the documents'
        # ("honouring ceremony" -> "lễ tôn vinh / biểu dương", the plan writes "Lễ tuyên dương": trial 28 q32)
        # Nor may the first quote name the gathering with another kind only ("Hội nghị biểu dương" for a
        # review conference), whether or not the event's own passage is quoted.
        events = [fold(e) for e in info.english_event]
        named = [any(e in fold(_in_context(c, docs, opening=True)) for e in events) for c in book.citations]
        heads = set().union(*(event_kinds(e.split(" ", 1)[0]) for e in info.english_event))
        heads |= set().union(*(event_kinds(" ".join(e.split()[:2])) for e in info.english_event))
        asked = set().union(*(event_kinds(e) for e in info.english_event)) - heads
        quoted = set(event_kinds(f"{book.citations[0].section} {book.citations[0].quote}"))
        other = bool(quoted & heads) and bool(quoted - heads) and not quoted & asked
        ev.fact_ok = not other and (named[0] or not any(named))
    if info.event_subject and not lead_lines and asks_only_place(info.folded) and book.citations:
        # "Lễ tổng kết chiến dịch ... tổ chức ở đâu?": one cited passage must write a place and the event's
        # head words ("tổng kết"); the place of another event of the campaign ("lễ ra quân ... tại sân vận
        # động") is not its place. The head alone: the rest of the name (a body, a day) is often written
        # elsewhere ("Ngày 06/5, tại Phòng họp số 2, Ban Thường vụ Huyện ủy họp ...")
        # A round the question names ("Hội nghị ... lần thứ 10") must not be another round in the passage
        # writing the place ("... tổ chức Hội nghị lần thứ 9" at the Huyện ủy's hall; trial 28 n05).
        # A table row is read with its columns' names: its "Địa điểm" cell is the place of the row's
        # activity ("4 | Diễn đàn ... | 24/3/2034 | Hội trường UBND huyện"; trial 31 q26)
        placed = mentions.place_writer(info.folded)
        # (in each wording of the name: "Lễ ra quân phát động ..." is the plan's "Lễ phát động ...")
        heads = [set(event_head(w)) for w in event_names.name_wordings(info.event_subject)]
        ev.fact_ok = any(
            any(
                placed(read(a, b)) and round_match(c.text[a:b], terms.ordinals) is not False
                for read in (_cited_reader(c, docs),)
                for a, b in split_sentences(c.text)
            )
            and any(h <= passage_terms(_in_context(c, docs, opening=True))[0] for h in heads)
            for c in book.citations
        )
    if ev.fact_ok and not lead_lines and book.citations and asks_place_only(info.folded):
        # "... nhận hồ sơ tại phòng nào?" of "Địa điểm tiếp nhận hồ sơ: Theo Thông báo số 09/TB-UBBC": the
        # quotes only refer the place to another paper (``deferred_place``; library3 l3-mttq-39)
        placed = mentions.place_writer(info.folded)
        ev.fact_ok = not place_only_referred([c.quote for c in book.citations], placed)
    # "Hội Cựu chiến binh ... được giao nhiệm vụ gì?" answered by quotes (no duty of that body found): a
    # quote must at least name the body, or the quotes are some other body's duties.
    # So must quotes answering any question about what a named body does ("Hội Nông dân xã chủ trì nhiệm
    # vụ gì?"): another body's clause in the right commune is not its answer.
    if actor_names and not lead_lines and spans_text:
        # (a question asking where or when: a cited document naming the body, ``quotes.setting_documents``)
        setting = setting_documents(
            info, actor_names, {c.doc.doc_id for c in book.citations}, lambda d: corpus.folded_docs.get(d, "")
        )
        ev.actor_ok = bool(setting) or any(
            any(bodies.issued_by(docs.get(c.doc.doc_id), o, info.folded) for o in asked_bodies)
            for c in book.citations
        ) or _names_actor(
            corpus, book, spans_text, actor_names, asked_bodies, bodies.elsewhere(info)
        ) or bodies.registry_named([f"{c.section} {c.text}" for c in book.citations], asked_bodies, info)
        # a quote addressed to every unit of the body's kind ("Các đơn vị gửi hồ sơ ...") is the body's too
        ev.actor_ok = ev.actor_ok or any(addressed_to_kind(c.quote, actor_names) for c in book.citations)
        # (read spelled out: "BCH Hội CCB xã" is the Veterans' Association's "Ban Chấp hành"; trial 39 n3)
        spelled = list(dict.fromkeys([*asked_bodies, *(spell_out(fold(a)) for a in asked_bodies)]))
        organs = bodies.organ_heads(spelled) if info.amount_unit is not None else []
        if not ev.actor_ok and organs:
            # "Ban Chấp hành Hội CCB xã có bao nhiêu đồng chí?": the count of the organ, named alone in a
            # document whose retrieved passages name the organisation (``quotes.counts_organ``)
            # the organisation by its own names, not by the organ's ("Ban Chấp hành" of any association)
            whole = [o for names in bodies.bare_units(spelled).values() for o in names] + [
                n for n in bodies.unlevelled(actor_names) if not n.startswith(tuple(organs))
            ]
            naming = {
                h.chunk.doc_id
                for h in hits
                if mentions.names_any([f"{h.chunk.heading} {h.chunk.text}"], whole)
            }
            ev.actor_ok = any(
                c.doc.doc_id in naming and quotes_counts_organ(c.text, organs, info) for c in book.citations
            )
        if not ev.actor_ok:
            # A unit named with its organisation ("Thường trực Hội LHPN huyện") is named by its own name
            # alone in that organisation's documents ("3. Thường trực họp giao ban ..." in its Quy chế).
            theirs = bodies.parent_documents(info, asked_bodies, docs)
            heads = bodies.unit_heads(asked_bodies)
            ev.actor_ok = bool(heads) and bodies.unit_named(
                [f"{c.section} {c.text}" for c in book.citations if c.doc.doc_id in theirs], heads
            )
    # "Thủ tục kết nạp đảng viên mới gồm những bước nào?" over documents that never treat admission: the
    # cited passages (their headings too) must be about the procedure's topic, or they answer another one.
    # A document's subject line is every passage's topic: "Hồ sơ vay vốn Quỹ Hỗ trợ nông dân ..." is
    # answered by "2. Hồ sơ vay vốn" of the guide titled "Thủ tục vay vốn Quỹ Hỗ trợ nông dân".
    # The topic as the question writes it or in the directives' words for it ("gia nhập Hội" is what the
    # documents call "kết nạp", lexicon question_paraphrases).
    if info.procedure_topic and book.citations:
        cited = " ".join(_in_context(c, docs) for c in book.citations)
        wordings = topic_wordings(info.procedure_topic)
        ev.topic_ok = any(head_coverage(topic, cited) >= TOPIC_MIN_COVERAGE for topic in wordings)
    # "... có yêu cầu báo cáo số vụ bạo lực gia đình không?": a yes/no question about a matter the quoted
    # documents never write is answered by no passage of theirs; what scored best is about something else.
    matter = mentions.asked_matter(resolved)
    if matter and book.citations:
        texts = [corpus.folded_docs.get(d, "") for d in {c.doc.doc_id for c in book.citations}]
        ev.matter_ok = mentions.matter_written(matter, texts)
    if book.citations and ev.matter_ok:
        # "Giải Nhì ... được thưởng bao nhiêu?" where the quoted documents write only "giải Nhất": a rank of
        # a kind they write with other ranks only is another item, its passages no answer (trial 31 n09)
        texts = [corpus.folded_docs.get(d, "") for d in {c.doc.doc_id for c in book.citations}]
        ev.matter_ok = mentions.rank_written(info.folded, texts)
    # "Đại hội Phụ nữ xã ... triệu tập bao nhiêu đại biểu?": the body whose congress is asked is no actor, but
    # a cited passage must be about its congress: the body named there, in its section or in its
    # document's subject line ("Thông báo kết luận về công tác chuẩn bị Đại hội đại biểu Hội LHPN xã ...");
    # another body's congress is not it
    # (the congress itself named there too: the Front committee's duty in a plan on another matter is not
    # about its congress; trial 27 p25)
    owners = congress_owners(resolved)
    if owners and book.citations and spec.answer != "metadata" and not info.event_subject:
        ev.actor_ok = ev.actor_ok and any(
            _CONGRESS_NAMED_RE.search(fold(context := _in_context(c, docs, c.quote, opening=True)))
            and all(mentions.names_any([context], _congress_names(o)) for o in owners)
            for c in book.citations
        )
    # A place the question names ("xã Công Hải") that no quoted document mentions: the documents are
    # about somewhere else, and their figures or duties are not that place's.
    if info.places and book.citations:
        ev.place_ok = mentions.places_mentioned(info.places, [c.doc for c in book.citations], corpus)
    # An English question's name ("What is the capital of France?", ``query.english_names``) that no
    # document of the library writes, even without its spaces ("Hanoi"): the question is about something
    # the documents never mention, whatever its glossed words ("capital" -> "vốn") match.
    if info.names and ev.place_ok:
        ev.place_ok = all(n.replace(" ", "") in corpus.compact_text for n in info.names)
    # A year the question names ("... làm đường năm 2029?") that no quoted document writes, alone or in a
    # period: the documents' sums, duties and dates are another year's.
    # So does a year describing the document a fact is asked of ("Kế hoạch ... năm 2028 ... số hiệu?" when
    # the plan held is 2029's): its own text, title or date must write it.
    years = mentions.asked_years(resolved)
    if years and spec.answer == "metadata" and fact_doc is not None and lead_lines:
        ev.year_ok = mentions.years_written(years, [fact_doc], corpus)
    elif years and book.citations and spec.answer != "metadata":
        ev.year_ok = mentions.years_written(years, [c.doc for c in book.citations], corpus)
    if ev.year_ok and info.amount_unit is not None and book.citations and spec.answer != "metadata":
        # "Chỉ tiêu ... năm 2036 là bao nhiêu?" of a table of figures by year ("Năm 2034 | Năm 2035"): the
        # first quote's row gives no figure for a year that is none of its columns, whatever year its
        # document writes elsewhere
        first = book.citations[0]
        read = _cited_reader(first, docs)(first.quote_start, first.quote_end)
        ev.year_ok = not figure_columns.asked_year_outside(read, mentions.single_years(resolved))
    if ev.year_ok and not lead_lines and book.citations and spec.answer != "metadata" and spec.check is None:
        # "Chỉ tiêu vận động Quỹ ... năm 2029 là bao nhiêu?" answered by quotes only from the plan "... năm
        # 2028" (its figures, duties and targets are that year's; the plan may still write 2029 in a date
        # elsewhere): every quote, read with its section and its document's subject line, names another
        # year as its own and none writes the one asked (trial 27 n09)
        asked = mentions.single_years(resolved)
        ev.year_ok = not asked or not all(
            mentions.another_years_matter(asked, _in_context(c, docs, c.quote)) for c in book.citations
        )
    if ev.year_ok and book.citations and spec.answer != "metadata":
        # "... danh sách hộ tham gia năm 2029 trước ngày nào?" answered "Thời hạn: trước ngày 25/01/2028" from
        # the sentence on 2028's list, "Hội nghị biểu dương ... năm 2025 tổ chức ở đâu?" by the one of
        # 25/11/2027: the year asked is not the time stated (the first line's, or the quoted event's). A
        # year describing the document (its date's) is not asked of its time.
        cited, stated = None, ""
        if lead_lines and spec.check in ("fact", "when"):
            cue = re.search(r"\[(\d+)\]", lead_lines[0])
            cited = next((c for c in book.citations if cue and c.n == int(cue.group(1))), None)
            stated = lead_lines[0]
        elif info.event_subject and not lead_lines:
            cited = book.citations[0]
            stated = cited.quote
        if cited is not None:
            issued = (cited.doc.date or "")[:4]
            asked = [y for y in mentions.single_years(resolved) if str(y) != issued]
            context = _in_context(cited, docs, "")
            ev.year_ok = not mentions.time_of_another_year(asked, stated, cited.quote, context)
    if ev.year_ok and book.citations and spec.answer != "metadata" and times.asks_year(resolved):
        # "Đại hội ... lần thứ VII được tổ chức vào năm nào?" quoted with "... Nghị quyết Đại hội lần thứ
        # VII; ... nhiệm kỳ 2027 - 2032" (trial 39 u5): the year asked must be written with the round asked,
        # in the clause that names it; another round's term or any other year in the quotes is not its year
        # ("Đại hội tiến hành ... vào ngày 18/11/2027" is read with its plan's subject line, "... Đại hội ...
        # lần thứ VIII ...", when the clause counts no round itself)
        ev.year_ok = ordinal_year_written(
            resolved, [((c.quote, c.text), _in_context(c, docs, "")) for c in book.citations]
        )
    if info.months and book.citations and spec.answer != "metadata":
        # "Tháng 8 ... làm gì?" of a plan setting out its work month by month ("Tháng 7: ...", "Tháng 9: ...")
        # with no item for August: another month's item, or any other passage, is no answer (trial 32)
        scheduled = [c.doc.doc_id for c in book.citations if _month_items(corpus, c.doc.doc_id) >= 2]
        if scheduled:
            ev.month_ok = any(
                info.months & (months_written(q) | (item_months(q) or frozenset())) for q in quotes
            )
    return ev


def ordinal_year_written(question: str, cited: list[tuple[tuple[str, ...], str]]) -> bool:
    """For a question asking the year of an event counted by an ordinal ("lần thứ VII", "đợt 2";
    ``counted_ordinals`` with Roman numbers): whether a clause of a cited text (``times.year_clauses``)
    writes that ordinal with a year, or writes a year and no round while what the text is about (``cited``:
    (its texts, its subject line and section)) names that ordinal. True when the question counts no round."""
    asked = set(counted_ordinals(question, roman=True))
    if not asked:
        return True
    for texts, about in cited:
        about_round = round_match(about, asked, roman=True)
        for clause in (c for t in texts for c in times.year_clauses(t)):
            own = round_match(clause, asked, roman=True)
            if own or (own is None and about_round):
                return True
    return False


def _month_items(corpus: Corpus, doc_id: str) -> int:
    """How many lines of a document's passages open with a month label (``lexicon.months.item_months``), a
    table row read with its column names ("Tháng: 9; Nội dung: ...")."""
    doc = corpus.docs.get(doc_id)
    texts = [reading_text(doc, c.start, c.end) if doc else c.text for c in corpus.by_doc.get(doc_id, [])]
    return sum(1 for t in texts for line in t.split("\n") if item_months(line.strip()) is not None)


# How much of what a money or rate question asks the sum for (``mentions.money_matter``: "hỗ trợ **mua
# đất**", "**nộp báo cáo trễ** bị **phạt**") the quoted sentence writing the sum, read with its section and
# its lead-in, must cover (``terms.overlap``, IDF-weighted). Sums for another act or object cover little:
# the grants for building a house asked for buying land, a plan's budget asked for a fine (trial 20:
# 0.00-0.09); sums for the act asked cover a third or more, a paraphrased verb or two aside (trial 20's
# answered money questions: 0.33-0.78 for the best sentence; library dev lib-n99-01: 0.62).
MONEY_MATTER_MIN = 0.3
# The most words of its own, money words aside, a sentence writing a sum may have to be read with the
# sentence before it ("Kinh phí dự kiến: 4.000.000 đồng." names no act; "Hội diễn văn nghệ: 6.000.000
# đồng" does, and is about that act alone).
BARE_SUM_WORDS = 1


def _sum_for_matter(
    info: QueryInfo,
    resolved: str,
    terms: Terms,
    book: CitationBook,
    scope: DocumentScope,
    passages: list[str],
    docs: dict[str, Document],
) -> bool:
    """Whether a quoted sentence that writes the sum or rate asked is about what the question asks it for
    and is in a document the question names (any quoted document when it names none). Another act's sum,
    another document's budget, is no answer (trial 20 q30, q38)."""
    drop = frozenset(info.description_words) | {w for p in info.places for w in p.split()}
    asked_sum = amount_part(resolved)
    english = info.language == "en"
    glosses = info.english_glosses if english else None
    matter = mentions.money_matter(asked_sum, drop, english=english, glosses=glosses)
    if matter is None:
        return True
    matter.vocab = terms.vocab
    # the item the question names the sum for ("tiền đi lại"): the sentence writing the sum, read with its
    # section and lead-in, must name it; the festival's budget or a gift's price is not the travel money
    item = mentions.money_item(asked_sum, drop)
    total = bool(_TOTAL_ASKED_RE.search(info.folded))
    doc_id_sums: dict[str, int] = {}
    for c in book.citations:
        if scope.docs and c.doc.doc_id not in scope.docs:
            continue
        doc = docs.get(c.doc.doc_id)
        # the words of the document's type, issuer and place describe every passage of it ("Hội viên cựu
        # chiến binh xây nhà mới ..." of the veterans' association's guide), and so do those of its
        # subject line when the document writes one sum only, its budget ("Cuộc vận động ... được cấp bao
        # nhiêu kinh phí?"): what is left must be in the sentence. A document writing sums for several
        # cases is asked which one ("Mỗi hộ bị ngập nhà ..." of a notice on the floods that prices collapsed
        # houses only).
        meta = doc.meta if doc is not None else None
        described = [meta.doc_type, meta.issuer, meta.place] if meta else []
        sums = doc_id_sums.setdefault(c.doc.doc_id, mentions.sums_written(resolved, doc.text)) if meta else 0
        single = bool(meta) and sums <= 1
        # a document's total asked ("Toàn bộ kinh phí ... là bao nhiêu?") and written ("Tổng kinh phí dự kiến
        # 960.000.000 đồng"): the total is the whole document's, its subject line says what it is for, as
        # when the document writes one sum only; its rates per case ("8.000.000 đồng/ha") are not asked
        # (trial 25 q12)
        whole_asked = bool(meta) and not single and total
        whole = [*described, meta.title] if whole_asked else described
        if single:
            described.append(meta.title)
        # a phrase of the question its subject line or opening writes ("Ngày hội Đại đoàn kết" of "Về việc
        # tổ chức Ngày hội Đại đoàn kết ... ở khu dân cư"), whatever sums it writes: the matter the whole
        # document is about, which its sentences leave unsaid ("Mỗi khu dân cư được hỗ trợ 3.000.000 đồng");
        # the rest of what is asked ("khu dân cư") must still be in the sentence (trial 25 p11, r03; trial 24
        # q31)
        subject = f"{render.subject_line(doc)} . {render.opening_matter(doc)}"
        titled = _titled_concepts(matter, subject) if english else title_phrase_words(matter, subject)
        asked = matter.without(set(tokens(" ".join(x or "" for x in described))))
        # (read with or without them: a sentence writing the title's words itself covers them as before)
        untitled = asked.without(titled)
        asked_whole = matter.without(set(tokens(" ".join(x or "" for x in whole))))
        # a quoted table row is read with its columns' names too ("Kinh phí (đồng): 6.000.000")
        held = doc is not None and c.doc_end > c.doc_start
        reading = reading_text(doc, c.doc_start, c.doc_end) if held else ""
        texts = [c.quote] + ([reading] if reading and reading != c.quote else [])
        sentences = [t[a:b] for t in texts for a, b in split_sentences(t)]
        # the sentences of a table row's labelled reading: one clause each (``sum_clause``)
        rows = len(sentences) - len(split_sentences(c.quote)) if len(texts) > 1 else 0
        for i, sent in enumerate(sentences):
            if not mentions.amount_supported(resolved, [sent], passages):
                continue
            # the clauses writing the sum, each read alone: another clause's event is not what the sum is
            # for (trial 40 u1)
            clauses = sum_clauses(
                sent,
                lambda p: mentions.amount_supported(resolved, [p], passages),
                row=i >= len(sentences) - rows if rows else False,
            )
            # a list item is read with the lead-in it completes ("Mức hỗ trợ mua giống như sau:"), and a
            # sentence naming only the sum ("Kinh phí dự kiến: 4.000.000 đồng.") with the one before it,
            # which says what it is for
            bare = len({w for w in mentions.matter_words(sent) if w}) <= BARE_SUM_WORDS
            lead = sentences[i - 1] if i and (bare or sentences[i - 1].rstrip().endswith(":")) else ""
            for clause in clauses:
                read = f"{c.section} {lead} {clause}"
                totals = whole_asked and bool(_TOTAL_WRITTEN_RE.search(fold(sent)))
                whole_read = totals and (not asked_whole.unigrams or _matter_read(asked_whole, read, english))
                if (
                    asked.unigrams
                    and not _matter_read(asked, read, english)
                    and (untitled.unigrams and not _matter_read(untitled, read, english))
                    and not whole_read
                ):
                    continue
                # the item must be named in the clause writing the sum: "tiền ăn ... 150.000 đồng/người/ngày;
                # tiền đi lại, lưu trú do đơn vị cử học viên chi trả" prices the meals, not the lodging
                # (trial 27 n10)
                titled_sum = meta.title if single or totals else ""
                if (
                    item
                    and head_coverage(item, f"{titled_sum} {c.section} {lead} {clause}") < TOPIC_MIN_COVERAGE
                    and not (meta and _titles_item(item, meta.title or ""))
                ):
                    continue
                return True
    return False


# The share of an English money question's glossed words (one concept each, ``mentions.glossed_matter``)
# the sentence of a sum must write, more than which it is the sum asked: "the budget for the school
# renovation" is not met by "Kinh phí chỉnh trang vỉa hè" (renovation written, school not), which the
# alternative renderings of a gloss made look covered by ``overlap``.
ENGLISH_MATTER_MIN = 0.5


def _titled_concepts(matter: Terms, title: str) -> set[str]:
    """The words of an English money question's glossed concepts (``mentions.glossed_matter``) that a
    document's subject line or opening writes whole ("quỹ", "vay" of "Cho vay vốn Quỹ Hỗ trợ nông dân"):
    what the whole document is about, as ``title_phrase_words`` finds for a Vietnamese question's pairs."""
    if not title.strip(" ."):
        return set()
    uni = passage_terms(title)[0]
    return {w for alts in matter.groups for a_u, _ in alts if a_u and a_u <= uni for w in a_u}


def _matter_read(matter: Terms, read: str, english: bool) -> bool:
    """Whether ``read`` (a sentence writing a sum, with its section and lead-in) is about ``matter``: for a
    Vietnamese question, ``overlap`` of at least ``MONEY_MATTER_MIN``; for an English one, more than
    ``ENGLISH_MATTER_MIN`` of its glossed concepts written (any rendering of each, whole)."""
    if not english:
        return overlap(matter, read) >= MONEY_MATTER_MIN
    if not matter.groups:
        return True
    uni = passage_terms(read)[0]
    written = sum(any(a_u and a_u <= uni for a_u, _ in alts) for alts in matter.groups)
    return written / len(matter.groups) > ENGLISH_MATTER_MIN


def amount_part(question: str) -> str:
    """A question of several parts without the parts after its amount asking only who, where or when
    ("Năm 2037 phải bố trí tối thiểu bao nhiêu tiền cho chuyển đổi số" of "..., cơ quan nào lo?"): their
    words ("cơ quan", "lo") are no matter the sum is for. A part before the amount stays: it often names
    what the sum is for ("Hội thi ... tổ chức ở đâu, giải nhất được bao nhiêu?"). The question whole when
    it asks one thing."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    parts = asked_parts(folded)
    first = next((i for i, (kinds, _) in enumerate(parts) if AMOUNT in kinds), None)
    if first is None:
        return question
    others = [part for kinds, part in parts[first + 1 :] if AMOUNT not in kinds]
    kept = question
    for part in others:
        a = folded.find(part)
        kept = kept[:a] + " " * len(part) + kept[a + len(part) :]
        folded = folded[:a] + " " * len(part) + folded[a + len(part) :]
    return " ".join(kept.split())


# A total sum, folded: asked "toàn bộ kinh phí", "tổng kinh phí", "tổng số tiền", "tổng cộng"; written
# "Tổng kinh phí dự kiến 960.000.000 đồng", "tổng dự toán", "toàn bộ kinh phí" ("tổng kết" is no total)
_TOTAL = (
    r"\b(?:tong (?:kinh phi|so tien|so kinh phi|du toan|cong|chi phi|ngan sach)"
    r"|toan bo (?:kinh phi|so tien))\b"
)
_TOTAL_ASKED_RE = re.compile(rf"{_TOTAL}|\btoan bo\b")
_TOTAL_WRITTEN_RE = re.compile(_TOTAL)


def _titles_item(item: str, title: str) -> bool:
    """Whether a document's subject line names a money question's item whole ("ngày hội đại đoàn" in "Về
    việc tổ chức Ngày hội Đại đoàn kết ..."): every sum the document writes is for it. An item of one word
    is too loose to tell ("giống" of many grants)."""
    return len(item.split()) > 1 and head_coverage(item, title) >= 1.0


def _names_actor(
    corpus: Corpus,
    book: CitationBook,
    spans_text: list[str],
    actor_names: list[str],
    asked_bodies: list[str],
    elsewhere: str,
) -> bool:
    """Whether a quote names the body asked about; a unit named alone ("Ban Chấp hành", ``bodies.bare_units``)
    only in a document that names its organisation (its issuer or its text)."""
    bare = bodies.bare_units(asked_bodies)
    # a quoted table row names a body by its column and its cell ("Chi hội | ..." over "Cầu Đá | ...")
    said = [f"{c.section} {c.text}" for c in book.citations] + spans_text + [
        r
        for c in book.citations
        if (d := corpus.docs.get(c.doc.doc_id)) is not None
        for r in cells_with_columns(d, c.doc_start, c.doc_end)
    ]
    if not bare:
        return mentions.names_any(said, bodies.unlevelled(actor_names), elsewhere)
    whole = [n for n in actor_names if fold(n) not in bare]
    if mentions.names_any(said, bodies.unlevelled(whole), elsewhere):
        return True
    for c in book.citations:
        doc = corpus.docs.get(c.doc.doc_id)
        issuer = fold(doc.meta.issuer or "") if doc else ""
        text = f"{issuer} {corpus.folded_docs.get(c.doc.doc_id, '')}"
        names = bodies.names_written_for(actor_names, bare, text)
        if mentions.names_any([f"{c.section} {c.text}"], bodies.unlevelled(names), elsewhere):
            return True
    return False


# the words before a body's name that make it the owner of a congress asked about, folded: "Đại hội Hội
# Nông dân xã ...", and "Đại hội Phụ nữ xã ..." where the registry reads "hội Phụ nữ" from "Đại hội"
_CONGRESS_BEFORE_RE = re.compile(r"\bdai hoi\s*$")
_CONGRESS_HOI_RE = re.compile(r"\bdai\s*$")
_CONGRESS_NAMED_RE = re.compile(r"\bdai hoi\b")


def congress_owners(question: str) -> list[str]:
    """The registry bodies a question names as whose congress it asks about ("Đại hội Phụ nữ xã Tân Phước
    triệu tập bao nhiêu đại biểu?" -> ["hoi_phu_nu"])."""
    out = []
    # the registry opens no body at the "hội" of "Đại hội" (the congress is no union a passage must name);
    # here the union after "Đại" is the owner asked about: "Đại" is blanked, the offsets kept
    blank = re.compile(r"(?i)(?<!\w)(đại|dai)(?=\s+(?:hội|hoi)(?!\w))")
    unmasked = blank.sub(lambda m: " " * len(m.group(1)), question)
    for m in registry().find_names(unmasked, caps_only=False):
        before = fold(question[max(0, m.start - 12) : m.start])
        name = fold(question[m.start : m.end])
        inside = _CONGRESS_HOI_RE.search(before) and name.startswith("hoi ")
        if _CONGRESS_BEFORE_RE.search(before) or inside:
            out.append(m.org_id)
    return list(dict.fromkeys(out))


def _congress_names(org_id: str) -> list[str]:
    """How a passage names the body's congress or the body: its names, and a union's name after "Đại hội
    (đại biểu)" without its "Hội" ("Đại hội đại biểu Phụ nữ huyện ..." is the Women's Union's congress)."""
    names = bodies.names_of(org_id)
    unions = [n.split(" ", 1)[1] for n in names if " " in n and fold(n.split(" ", 1)[0]) == "hoi"]
    return [*names, *(f"Đại hội {u}" for u in unions), *(f"Đại hội đại biểu {u}" for u in unions)]


def topic_wordings(topic: str) -> list[str]:
    """A procedure's topic as written, then with each everyday word in the directives' words ("gia nhập
    Hội Nông dân" -> "kết nạp Hội Nông dân"; lexicon question_paraphrases)."""
    out = [topic]
    for written, *wordings in paraphrase_groups(topic):
        rx = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", re.IGNORECASE)
        out += [rx.sub(w, topic, count=1) for w in wordings]
    return list(dict.fromkeys(out))


# A level an event is held at, folded ("Lễ ra quân cấp tỉnh", "hội thi cấp cơ sở").
_LEVEL_RE = re.compile(
    r"\bcap\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|co so|trung uong|toan quoc)\b(?!\s+hoi\b)"
)


# A gathering's noun that names no kind of event ("Hội nghị biểu dương ...", "Hội nghị tổng kết ..."): the
# kind is the words after it. Every conference of a document shares "hội nghị"; as the head it let the
# place of the Fatherland Front's review conference answer where the commendation conference of another
# document is held (trial 32 n08, p32).
_GATHERING = (("hoi", "nghi"), ("hoi", "thao"))


def event_head(subject: str) -> list[str]:
    """The head words of an event's name (``EVENT_HEAD_WORDS`` content words), after a gathering's noun
    that names no kind ("hội nghị") where the name goes on."""
    tokens = content_tokens(subject)
    for noun in _GATHERING:
        if tuple(tokens[: len(noun)]) == noun and len(tokens) > len(noun):
            tokens = tokens[len(noun) :]
            break
    return tokens[:EVENT_HEAD_WORDS]


_ASKS_WHEN_WHERE_RE = re.compile(r"^\s*(?:when|where|what time|what date|which day|on what day)\b")


def _levels(folded: str) -> set[str]:
    """The levels ("cấp huyện") a folded text names."""
    return set(_LEVEL_RE.findall(folded))


def _names_event(subject: str, citation, docs: dict[str, Document]) -> bool:
    """Whether a cited passage, read in its context (``_in_context``), names the event asked, in one of its
    wordings (``topic_wordings``): half its name's weighted adjacent pairs (``terms.head_coverage``), or
    every pair of what is left of the name once the words its document's matter writes are set aside
    (``terms.without_matter``): "Lễ ra quân chiến dịch cấp tỉnh" is "Lễ ra quân cấp tỉnh ..." of the plan
    "Kế hoạch tổ chức Chiến dịch ...", whose passages do not repeat the campaign (trial 27 q22). All of
    what is left: its head named with another qualifier ("Lễ ra quân cấp huyện") is another event."""
    context = _in_context(citation, docs, opening=True)
    wordings = topic_wordings(subject) + _day_of(subject)
    if max(head_coverage(w, context) for w in wordings) >= TOPIC_MIN_COVERAGE:
        return True
    doc = docs.get(citation.doc.doc_id)
    matter = f"{render.subject_line(doc)} {render.opening_matter(doc)}"
    for w in wordings:
        own = without_matter(w, matter)
        if own != content_tokens(w) and token_coverage(own, context) >= 1.0:
            return True
    return False


_DAY_RE = re.compile(r"^\s*ngày\s+(\S+\s+\S+.*)$", re.IGNORECASE)


def _day_of(subject: str) -> list[str]:
    """The activity a day is named by, when its name opens with it ("Ngày hiến máu Giọt hồng tuổi trẻ" ->
    "hiến máu Giọt hồng tuổi trẻ"): a passage naming the activity ("Hiến máu tình nguyện "Giọt hồng tuổi
    trẻ" | ... | 22/3/2034", a plan's table row) names that day (trial 31 q21). Not "Ngày hội ...": a
    festival named by no activity of its own. [] otherwise."""
    m = _DAY_RE.match(subject)
    if not m:
        return []
    rest = m.group(1)
    kind = head_event_kind(rest)
    return [rest] if kind is not None and kind in event_kinds(" ".join(rest.split()[:2])) else []


def _other_items_only(
    question: str,
    book: CitationBook,
    passages: list[str],
    docs: dict[str, Document],
    folded_docs: dict[str, str],
) -> bool:
    """Whether every quote writing the amount asked is a table row of another item than the question's
    ("5 | Lớp tập huấn kỹ năng dân vận ... | lớp | 12 | 12 | 100,0" for "Số lớp tập huấn kỹ thuật chăn nuôi
    ... đạt bao nhiêu phần trăm kế hoạch?", ``items.missing_item_words``; trial 32 n09), or a row writing no
    word of the item at all beside such a near miss (``items.shares_item``). The table's row of column names
    writes no item's figure."""
    stating = []
    for c in book.citations:
        read = _cited_reader(c, docs)(c.quote_start, c.quote_end)
        if not items.names_row(c.quote) and mentions.amount_supported(question, [c.quote, read], passages):
            stating.append((c, read))
    near = [
        c
        for c, read in stating
        if items.missing_item_words(
            question,
            c.quote,
            read,
            render.subject_line(docs.get(c.doc.doc_id)),
            folded_docs.get(c.doc.doc_id, ""),
        )
    ]
    # beside a near miss (another item of the same head, "Lớp tập huấn nghiệp vụ ..."), a row writing no word
    # of the item asked ("Mô hình dân vận khéo ...") is no answer either: quoted once a table's header row
    # no longer takes a quote's place (trial 37)
    return bool(near) and all(c in near or not items.shares_item(question, c.quote) for c, _ in stating)


def _cited_reader(citation, docs: dict[str, Document]) -> Callable[[int, int], str]:
    """(a, b) -> ``citation.text[a:b]`` as it is read: a table row's values named by their columns
    (``parse.tables.reading_text``), any other text as written."""
    doc = docs.get(citation.doc.doc_id)
    start = citation.doc_start - citation.quote_start
    if doc is None or doc.text[start : start + len(citation.text)] != citation.text:
        return lambda a, b: citation.text[a:b]
    return lambda a, b: reading_text(doc, start + a, start + b)


def _in_context(
    citation, docs: dict[str, Document], text: str | None = None, opening: bool = False
) -> str:
    """A cited passage (or ``text`` of it, its quote) read with its section and its document's subject
    line (what it is about); with ``opening``, also with what the document's opening announces it is about
    (``render.opening_matter``): the event a passage names barely ("Ngày hội được tổ chức ...") is named in
    full there or in the subject line."""
    doc = docs.get(citation.doc.doc_id)
    said = citation.text if text is None else text
    about = f"{render.subject_line(doc)} {render.opening_matter(doc) if opening else ''}"
    return f"{about} {citation.section} {said}"
