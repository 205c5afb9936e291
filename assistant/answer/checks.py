"""The checks a question's kind asks for (``query.intents`` ``check``), run on the answer planned: the
evidence score of the retrieved hits (widened to the whole document for a document's own fact), and
whether the quotes, or the relevant sentences of the top hits, write the amount, the person, the time,
the body and the places the question asks about. ``abstain.should_abstain`` decides on the result.
"""

from __future__ import annotations

import re

from assistant.answer import (
    abstain,
    act_words,
    amount_asked,
    amount_mentions,
    bodies,
    event_names,
    figure_columns,
    mentions,
    render,
    role_rates,
    times,
    year_mentions,
)
from assistant.answer.abstain import Evidence
from assistant.answer.actor_checks import CONGRESS_NAMED_RE, congress_names, congress_owners, names_actor
from assistant.answer.all_units import addressed_to_kind
from assistant.answer.body_figure import asks_body_figure, body_figure_unwritten
from assistant.answer.citations import CitationBook
from assistant.answer.cited_context import (
    RELEVANT_HITS,
    cited_reader,
    headed,
    in_context,
    itemed,
    relevant,
    with_ancestors,
)
from assistant.answer.deferred_place import asks_place_only, place_only_referred
from assistant.answer.end_time import end_written
from assistant.answer.event_checks import (
    ASKS_WHEN_WHERE_RE,
    TOPIC_MIN_COVERAGE,
    condition_quoted,
    event_head,
    levels,
    month_items,
    names_event,
    ordinal_year_written,
    topic_wordings,
)
from assistant.answer.place_times import time_of_place
from assistant.answer.quotes import counts_organ as quotes_counts_organ
from assistant.answer.quotes import setting_documents
from assistant.answer.sentences import split_sentences
from assistant.answer.signer_quotes import signed_context
from assistant.answer.sum_checks import other_items_only, sum_for_matter
from assistant.answer.terms import Terms, head_coverage, passage_terms
from assistant.answer.unstated_field import only_shares_or_targets, other_matter_event, placed_for_event
from assistant.answer.year_figures import figures_of_other_years
from assistant.corpus import Corpus
from assistant.index.lexical import round_match
from assistant.lexicon.months import item_months, months_written
from assistant.lexicon.phrases import event_kinds, head_event_kind
from assistant.lexicon.words import registry, type_names
from assistant.models import Document, Hit
from assistant.query import QueryInfo
from assistant.query.amounts import amount_qualifier
from assistant.query.count_asks import asks_whole_count
from assistant.query.intents import weekday_asked
from assistant.query.subjects import named_places
from assistant.retrieve.fields import asks_only_place, effect_asked, states_effect
from assistant.retrieve.scope import DocumentScope
from assistant.text import fold, spell_out

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
        # say what a quote's noun is, ``amount_mentions._names_noun``).
        passages = with_ancestors(hits[:RELEVANT_HITS], docs)
        ev.amount_ok = amount_mentions.amount_supported(resolved, quotes, passages)
        if not ev.amount_ok and amount_qualifier(resolved):
            # "bao nhiêu gương mặt thanh niên làm kinh tế giỏi?": the qualifier may be the cited document's
            # subject line ("Xét tặng Giải thưởng "Thanh niên làm kinh tế giỏi"" counting "20 gương mặt"),
            # read with the quote of that document only (trial 32 p07)
            # so may the heading of the quote's section ("2. Chương trình văn nghệ giao lưu" over "số lượng
            # tiết mục: 15 tiết mục" for "bao nhiêu tiết mục văn nghệ?"; library3 l3-rw-11)
            ev.amount_ok = any(
                amount_mentions.amount_supported(
                    resolved,
                    # a table row read with its columns named ("Số tổ năm 2026: 3"; trial 45 q09)
                    [c.quote, cited_reader(c, docs)(c.quote_start, c.quote_end)],
                    passages,
                    titled=f"{render.subject_line(docs.get(c.doc.doc_id))} {c.section}",
                )
                for c in book.citations
            )
        member_org = amount_asked.member_organisation(resolved)
        by_noun = member_org and amount_mentions.amount_supported(resolved, quotes, passages, members=False)
        if ev.amount_ok and member_org and not by_noun:
            # "bao nhiêu cựu chiến binh" counted "12 hội viên": only in that organisation's document (its
            # issuer or its text naming it); another body's members are not theirs
            ev.amount_ok = any(
                bodies.issued_by(docs.get(c.doc.doc_id), member_org)
                or mentions.names_any([corpus.folded_docs.get(c.doc.doc_id, "")], bodies.names_of(member_org))
                for c in book.citations
            )
        if ev.amount_ok:
            ev.amount_ok = sum_for_matter(info, resolved, terms, book, scope, passages, docs)
        if ev.amount_ok:
            ev.amount_ok = not other_items_only(resolved, book, passages, docs, corpus.folded_docs)
        if ev.amount_ok:
            # rate lists under roles none of which is the role asked (library5 dev l5-mttq-36)
            ev.amount_ok = not role_rates.role_unnamed(resolved, book.citations)
        if ev.amount_ok and asks_whole_count(info.folded):
            # "Hội CCB xã có bao nhiêu hội viên?" quoting only "Phấn đấu 85% hội viên đạt ...": a share or a
            # target counts no whole (``unstated_field``; newcomer trial 47 P1, u04)
            read = [(c.quote, c.section or "") for c in book.citations]
            read += [
                (cited_reader(c, docs)(c.quote_start, c.quote_end), c.section or "") for c in book.citations
            ]
            ev.amount_ok = not only_shares_or_targets(resolved, read)
        for org in info.orgs if ev.amount_ok else []:
            # "Chỉ tiêu ... giao riêng cho Hội LHPN xã là bao nhiêu?" of "Giao MTTQ chủ trì, phối hợp với Hội
            # LHPN xã ..., phấn đấu đạt 120.000.000 đồng": a joint figure is not the body's (``body_figure``;
            # newcomer trial 47 u05)
            names = [fold(n) for n in bodies.names_of(org)]
            if asks_body_figure(info.folded, names) is not None:
                quoted = [
                    (c.quote, bodies.issued_by(docs.get(c.doc.doc_id), org, info.folded))
                    for c in book.citations
                ]
                ev.amount_ok = not body_figure_unwritten(resolved, names, quoted)
    contact = mentions.asked_contact(info.folded)
    if contact is not None:
        # "Số điện thoại đăng ký là gì?": only a number written out answers; "liên hệ Văn phòng" does not.
        # "... của đồng chí Mùa A Sính": a sentence naming that person; another cadre's number is not theirs
        # Only the quoted documents': another document's number (another plan's contact) is not theirs
        # (trial 25 n07: the veterans' plan's phone answered a farmers' plan that gives none)
        cited = {c.doc.doc_id for c in book.citations}
        said = quotes + relevant([h for h in hits if h.chunk.doc_id in cited], terms, 0.25)
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
        ev.choice_ok = mentions.choice_written(quotes + relevant(hits, terms, 0.25), choice)
    if info.person_post is not None:
        ev.person_ok = mentions.person_named(quotes + relevant(hits, terms, 0.35), info.person_post)
    # A question whose answer needs a time found none to state, not even a governing clause saying it
    # sets none, and no quoted sentence writes one: quoting other duties would read as an answer.
    if spec.check in ("fact", "when") and not lead_lines:
        stating = quotes + relevant(hits, terms, 0.35)
        # a start asked ("bắt đầu từ khi nào?"): the time it begins, no time limit ("bắt đầu từ tháng 4/2026")
        deadline = time_kind == "deadline" and not times.asks_start(info.question)
        # a yearly duty's time "vào cuối quý III" answers "vào thời điểm nào?", not "trước ngày nào?"
        periodic = not times.asks_date(info.question)
        ev.fact_ok = times.writes_time(stating, deadline=deadline, day=time_kind == "day", periodic=periodic)
        if not ev.fact_ok and effect_asked(info.folded):
            # "Quy chế ... có hiệu lực từ khi nào?" of "Quy chế này có hiệu lực kể từ ngày ký": the time is
            # the signing, written without a date (newcomer trial 39 p_e4vi abstained)
            ev.fact_ok = any(states_effect(fold(s)) for s in stating)
        if ev.fact_ok and not (info.places and book.citations and not mentions.places_mentioned(
            info.places, [c.doc for c in book.citations], corpus
        )):
            # the time must be the place's the question names, not another unit's (trial 45 u01); a place
            # no quoted document mentions is the place check's to report (place_not_found, below)
            ev.fact_ok = time_of_place(
                named_places(info.question), stating, book.citations, docs, deadline, time_kind == "day"
            )
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
            ev.fact_ok = any(act_words.writes(s, info.asked_work) for s in dated + itemed(dated, hits))
        paper = info.asked_object
        if ev.fact_ok and time_kind == "deadline" and paper and paper not in type_names():
            # "Hạn chót ... nộp danh sách hội viên nghèo vay vốn ...?": a time limit written for another
            # paper ("Báo cáo kết quả 6 tháng ... trước ngày 15/6") is not the time of the one asked. A
            # paper named by a document type ("kế hoạch", "báo cáo") is often worded otherwise ("phương
            # án"): not checked
            dated = [s for s in stating if times.writes_time([s], deadline=True, periodic=periodic)]
            papers = act_words.object_wordings(paper, info.question)
            ev.fact_ok = any(act_words.writes(s, p) for s in dated + headed(dated, hits) for p in papers)
            # a field line dating the document's own work ("Thời gian triển khai: từ ... đến ...") is read
            # with the document's subject line, which names what is done
            fields = [c for c in book.citations if times.own_time_field(c.quote)]
            ev.fact_ok = ev.fact_ok or any(
                act_words.writes(in_context(c, docs), info.asked_object) for c in fields
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
            ev.fact_ok = condition_quoted(info, terms, book)
    if spec.check == "when" and ev.fact_ok and info.asked_object and book.citations:
        # "Hội LHPN huyện tổ chức đại hội vào thời gian nào?": the event asked ("đại hội") must be what the
        # cited passages date; another event's time in the same document is not its time. A passage is read
        # with its document's subject line ("Lễ ra quân ... ngày 22/6" of the plan "Tiếp sức mùa thi 2029")
        cited = [in_context(c, docs, opening=True) for c in book.citations] + quotes
        ev.fact_ok = any(act_words.writes(t, info.asked_object) for t in cited)
    if spec.check == "when" and ev.fact_ok and not info.event_subject and book.citations:
        # "Bộ Chính trị họp nghe tổng kết ... vào hôm nào?": a kind of event the question names ("họp",
        # "tổng kết"; ``lexicon.phrases.event_kinds``) must be named by a cited passage that writes a time
        # (with its section and subject line): another dated passage on the same matter dates another event
        asked_kinds = event_kinds(resolved)
        if asked_kinds:
            ev.fact_ok = any(
                times.writes_time([c.text])
                and event_names.names_asked_kinds(asked_kinds, in_context(c, docs, opening=True))
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
            and names_event(subject, c, docs)
            and (head_kind is None or head_kind in event_kinds(in_context(c, docs, opening=True)))
            and all(mentions.names_any([in_context(c, docs, c.quote)], names) for names in owners)
            for c in book.citations
        )
    if spec.check == "when" and ev.fact_ok and book.citations:
        # "... kết thúc lúc mấy giờ?": a start, or "kể từ ngày kết thúc ...", is no end (trial 46 u07)
        ev.fact_ok = end_written(resolved, lead_lines + [c.quote for c in book.citations])
    if spec.check == "when" and ev.fact_ok and not lead_lines and book.citations:
        # "Lễ ra quân cấp huyện tổ chức khi nào?" where the plan dates "Lễ ra quân cấp tỉnh ...": a passage
        # naming the event at another level (and not at the one asked) dates another event; the first
        # quote, whose time is the first line's, must not, and one quote writing a time must be at the level
        asked = levels(info.folded)
        if asked:

            def other(c) -> bool:
                written = levels(fold(c.quote))
                return bool(written) and not written & asked

            ev.fact_ok = not other(book.citations[0]) and any(
                times.writes_time([c.quote]) and not other(c) for c in book.citations
            )
    if info.english_event and ASKS_WHEN_WHERE_RE.search(info.folded) and ev.fact_ok and book.citations:
        # "When does the Fatherland Front's review conference start?": the first quote, the answer, must be
        # about the event ("hội nghị tổng kết" in it, its section or its document's subject line): another
        # document's "Tổ chức Hội nghị biểu dương ... vào tháng 10" dates another conference (trial 32 p29).
        # Only where another quote names it: the glossary's words for the event are not all the documents'
        # ("honouring ceremony" -> "lễ tôn vinh / biểu dương", the plan writes "Lễ tuyên dương": trial 28 q32)
        # Nor may the first quote name the gathering with another kind only ("Hội nghị biểu dương" for a
        # review conference), whether or not the event's own passage is quoted.
        events = [fold(e) for e in info.english_event]
        named = [any(e in fold(in_context(c, docs, opening=True)) for e in events) for c in book.citations]
        heads = set().union(*(event_kinds(e.split(" ", 1)[0]) for e in info.english_event))
        heads |= set().union(*(event_kinds(" ".join(e.split()[:2])) for e in info.english_event))
        asked = set().union(*(event_kinds(e) for e in info.english_event)) - heads
        quoted = set(event_kinds(f"{book.citations[0].section} {book.citations[0].quote}"))
        other = bool(quoted & heads) and bool(quoted - heads) and not quoted & asked
        ev.fact_ok = not other and (named[0] or not any(named))
        if ev.fact_ok and info.folded.startswith("where"):
            # "Where will the review conference of the model veterans movement be held?": a first quote naming
            # a review conference of another matter ("Hội nghị sơ kết công tác dân vận") while another passage
            # names the event with the question's own words (a retrieved passage) is another event's place
            # (trial 47 u02, English)
            first = fold(in_context(book.citations[0], docs, opening=True))
            retrieved = [
                fold(f"{render.subject_line(docs.get(h.chunk.doc_id))} {h.chunk.heading} {h.chunk.text}")
                for h in hits[:RELEVANT_HITS]
            ]
            ev.fact_ok = not other_matter_event(info.english_terms, events, first, retrieved)
    if info.event_subject and not lead_lines and asks_only_place(info.folded) and book.citations:
        # "Lễ tổng kết chiến dịch ... tổ chức ở đâu?": one cited passage must write a place and the event's
        # head words ("tổng kết"); the place of another event of the campaign ("lễ ra quân ... tại sân vận
        # động") is not its place. The head alone: the rest of the name (a body, a day) is often written
        # elsewhere ("Ngày 06/5, tại Phòng họp số 2, Ban Thường vụ Huyện ủy họp ...")
        # A round the question names ("Hội nghị ... lần thứ 10") must not be another round in the passage
        # writing the place ("... tổ chức Hội nghị lần thứ 9" at the Huyện ủy's hall; trial 28 n05).
        # A table row is read with its columns' names: its "Địa điểm" cell is the place of the row's
        # activity ("4 | Diễn đàn ... | 24/3/2034 | Hội trường UBND huyện"; trial 31 q26)
        # (a sentence naming only another event writes that event's place: "Tổ chức Lễ phát động ... tại
        # Hội trường ..." for the review conference its passage dates only; ``unstated_field``, trial 47 u02)
        # (the event as named, with its classifier: "Lễ ra quân Ngày hội ..." is a "lễ", and "Lễ ra quân được
        # tổ chức tại ..." writes its place, though its subject "ra quân Ngày hội ..." names a "ngày hội")
        placed = placed_for_event(
            mentions.place_writer(info.folded), info.event_classified or info.event_subject
        )
        # (in each wording of the name: "Lễ ra quân phát động ..." is the plan's "Lễ phát động ...")
        heads = [set(event_head(w)) for w in event_names.name_wordings(info.event_subject)]
        ev.fact_ok = any(
            any(
                placed(read(a, b)) and round_match(c.text[a:b], terms.ordinals) is not False
                for read in (cited_reader(c, docs),)
                for a, b in split_sentences(c.text)
            )
            and any(h <= passage_terms(in_context(c, docs, opening=True))[0] for h in heads)
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
        ) or names_actor(
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
        cited = " ".join(in_context(c, docs, opening=True) for c in book.citations)
        cited += signed_context(info, lead_lines, book, hits)  # a signer's quote is its signature only
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
            CONGRESS_NAMED_RE.search(fold(context := in_context(c, docs, c.quote, opening=True)))
            and all(mentions.names_any([context], congress_names(o)) for o in owners)
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
    years = year_mentions.asked_years(resolved)
    if years and spec.answer == "metadata" and fact_doc is not None and lead_lines:
        ev.year_ok = year_mentions.years_written(years, [fact_doc], corpus)
    elif years and book.citations and spec.answer != "metadata":
        ev.year_ok = year_mentions.years_written(years, [c.doc for c in book.citations], corpus)
    if ev.year_ok and info.amount_unit is not None and book.citations and spec.answer != "metadata":
        # "Chỉ tiêu ... năm 2036 là bao nhiêu?" of a table of figures by year ("Năm 2034 | Năm 2035"): the
        # first quote's row gives no figure for a year that is none of its columns, whatever year its
        # document writes elsewhere
        first = book.citations[0]
        read = cited_reader(first, docs)(first.quote_start, first.quote_end)
        ev.year_ok = not figure_columns.asked_year_outside(
            read, year_mentions.single_years(resolved), resolved
        )
    if ev.year_ok and not lead_lines and book.citations and spec.answer != "metadata" and spec.check is None:
        # "Chỉ tiêu vận động Quỹ ... năm 2029 là bao nhiêu?" answered by quotes only from the plan "... năm
        # 2028" (its figures, duties and targets are that year's; the plan may still write 2029 in a date
        # elsewhere): every quote, read with its section and its document's subject line, names another
        # year as its own and none writes the one asked (trial 27 n09)
        asked = year_mentions.single_years(resolved)
        ev.year_ok = not asked or not all(
            year_mentions.another_years_matter(asked, in_context(c, docs, c.quote)) for c in book.citations
        )
    if ev.year_ok and info.amount_unit is not None and not lead_lines and book.citations:
        # a figure asked of one year, quoted only for another ("năm 2027 dự kiến 45.000.000 đồng" for the
        # 2028 budget; trial 48 u3, ``year_figures``)
        ev.year_ok = spec.answer == "metadata" or not figures_of_other_years(resolved, book.citations, docs)
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
            asked = [y for y in year_mentions.single_years(resolved) if str(y) != issued]
            context = in_context(cited, docs, "")
            ev.year_ok = not year_mentions.time_of_another_year(asked, stated, cited.quote, context)
    if ev.year_ok and book.citations and spec.answer != "metadata" and times.asks_year(resolved):
        # "Đại hội ... lần thứ VII được tổ chức vào năm nào?" quoted with "... Nghị quyết Đại hội lần thứ
        # VII; ... nhiệm kỳ 2027 - 2032" (trial 39 u5): the year asked must be written with the round asked,
        # in the clause that names it; another round's term or any other year in the quotes is not its year
        # ("Đại hội tiến hành ... vào ngày 18/11/2027" is read with its plan's subject line, "... Đại hội ...
        # lần thứ VIII ...", when the clause counts no round itself)
        ev.year_ok = ordinal_year_written(
            resolved, [((c.quote, c.text), in_context(c, docs, "")) for c in book.citations]
        )
    if info.months and book.citations and spec.answer != "metadata":
        # "Tháng 8 ... làm gì?" of a plan setting out its work month by month ("Tháng 7: ...", "Tháng 9: ...")
        # with no item for August: another month's item, or any other passage, is no answer (trial 32)
        scheduled = [c.doc.doc_id for c in book.citations if month_items(corpus, c.doc.doc_id) >= 2]
        if scheduled:
            ev.month_ok = any(
                info.months & (months_written(q) | (item_months(q) or frozenset())) for q in quotes
            )
    return ev
