"""The answer planner: from an analysed question (``QueryInfo``) and its retrieved hits to an ``Answer``.

The kind of question comes from the intent table (``query.intents``): its ``answer`` field says what
leads the answer (a document fact, the governing clause's deadline or lead body, an organisation's
duties, or quotes only), its ``check`` what abstention must verify. Everything per request lives in local
variables and the returned ``Answer``; the planner keeps nothing between questions.

The planner reads the question's scope (the documents it names or describes, and whether they are held),
then composes the steps: the first line (``headline``), the quotes (``quotes``) or a body's duties
(``duties``), the checks of the question's kind (``checks``), and the answer or the abstention with "see
also" sections (here).
"""

from __future__ import annotations

import re

from assistant.answer import (
    abstain,
    age_range,
    amended,
    bodies,
    bound_lead,
    cited_facts,
    event_lead,
    event_names,
    facts,
    figure_reading,
    figures,
    headline,
    lead_fields,
    mentions,
    moved_place,
    parts,
    quotes,
    render,
    roles,
    table_heads,
    times,
)
from assistant.answer.absent_figure import absent_figure
from assistant.answer.absent_guard import absent_contradicted
from assistant.answer.act_words import action_phrase
from assistant.answer.checks import event_head, run_checks
from assistant.answer.citations import CitationBook
from assistant.answer.duties import duties_of, org_duty_answer, written_name
from assistant.answer.facts import FactLead
from assistant.answer.offset_day import offset_for_day
from assistant.answer.replaced import replaced_lead
from assistant.answer.sentences import split_sentences
from assistant.answer.shown import cues, with_lead_quotes
from assistant.answer.taskless_lead import assigns_whole_document, document_words, names_no_task
from assistant.answer.terms import Terms, question_terms, tokens, writes_head
from assistant.answer.unit_sections import unit_sections
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.index.lexical import round_match
from assistant.lexicon.phrases import paraphrase_groups
from assistant.models import Answer, Citation, Document, Hit
from assistant.parse.tables import reading_text
from assistant.query import DocDescription, QueryInfo, org_aliases
from assistant.query.amounts import DURATION, is_money_noun
from assistant.query.lead_asks import asks_coordinator, asks_doer
from assistant.query.reasons import asks_reason
from assistant.retrieve import echo
from assistant.retrieve.fields import asks_only_place, effect_asked, states_effect
from assistant.retrieve.scope import (
    DocumentScope,
    citing_docs,
    document_scope,
    inferred_type,
    named_docs,
    numbers_match,
    stand_in,
    undescribed,
)
from assistant.text import asks_replaced_act, find_doc_numbers, fold, initialled_phrases

MAX_QUOTES = 5
NAMED_QUOTED = 3  # passages quoted first that must be of one document to quote it without its name


def _described(question: str, desc: DocDescription | None) -> str:
    """The words of ``question`` that describe ``desc`` ("Kế hoạch của Hội Chữ thập đỏ huyện Hòa Vĩnh"),
    as written; the folded description when they cannot be found."""
    if desc is None:
        return ""
    wanted = set(f"{desc.kind} {desc.issuer or ''} cua".split())
    words = question.rstrip(" ?").split()
    folded = [fold(w).strip(".,;:") for w in words]
    kind = desc.kind.split()
    for i in range(len(words) - len(kind) + 1):
        if folded[i : i + len(kind)] == kind:
            j = i + len(kind)
            while j < len(words) and folded[j] in wanted:
                j += 1
            return " ".join(words[i:j]).strip(".,;:")
    return f"{desc.kind} {desc.issuer or ''}".strip()


def see_also(corpus: Corpus, hits: list[Hit], n: int = 3) -> list[Citation]:
    """The closest sections, cited by their first sentence, offered without presenting them as answers."""
    book = CitationBook(corpus.docs)
    seen = set()
    for h in hits:
        key = (h.chunk.doc_id, h.chunk.section_id)
        if key in seen:
            continue
        seen.add(key)
        sents = split_sentences(h.chunk.text)
        if sents:
            book.cite(h.chunk, *sents[0])
        if len(book.citations) >= n:
            break
    return book.citations


def _name_groups(asked: list[str], names: list[str]) -> list[list[str]]:
    """``names`` (the asked bodies' folded names, ``actor_names``) grouped by the body of ``asked`` each
    writes, in the question's order; names of none (initials read in the documents) go with the first."""
    groups = [[n for n in names if n in bodies.names_of(o)] for o in asked]
    rest = [n for n in names if not any(n in g for g in groups)]
    if groups:
        groups[0] += rest
    return [g for g in groups if g]


def _initialled_names(names: list[str], asked: list[str], hits: list[Hit], corpus: Corpus) -> list[str]:
    """``names`` (folded) and each again with an abbreviation of ``asked`` the lexicon does not know written
    as the phrase it initials in the documents of the top ``INITIALLED_HITS`` hits, whole and up to that
    phrase."""
    if not re.search(r"[A-ZĐ]{3}", " ".join(asked)):
        return names  # no abbreviation of three capitals or more: nothing to spell out
    top = dict.fromkeys(h.chunk.doc_id for h in hits[:INITIALLED_HITS])
    held = "\n".join(corpus.folded_docs.get(d, "") for d in top)
    spelled = {fold(a).lower(): p for a, p in initialled_phrases(" ".join(asked), held).items()}
    more = []
    for n in names:
        for a, p in spelled.items():
            m = re.search(rf"(?<!\w){re.escape(a)}(?!\w)", n)
            if m is not None:
                # the name as the documents write it, and cut after the phrase: what follows the body
                # ("cấp xã") is a level the item's label writes ("Chủ tịch Hội đồng giám khảo: ... cấp xã:")
                more += [f"{n[: m.start()]}{p}{n[m.end() :]}", f"{n[: m.start()]}{p}"]
    return list(dict.fromkeys([*names, *more]))


# The retrieved passages whose documents spell an abbreviation the question uses (``_initialled_names``).
INITIALLED_HITS = 3


def plan_answer(
    corpus: Corpus,
    settings: Settings,
    question: str,
    resolved: str,
    info: QueryInfo,
    hits: list[Hit],
    language: str,
    org_names: dict[str, str],
) -> Answer:
    """The extractive answer (fact line first, then at most ``MAX_QUOTES`` quotes), or an abstention
    with "see also" sections. ``Answer.evidence`` records why."""
    docs = corpus.docs
    spec = info.spec
    # The time a "fact"/"when" question needs: a time limit, an event's day ("ngày nào?") or any time.
    time_kind = {"fact": "deadline", "when": "day" if times.asks_day(resolved) else "event"}.get(
        spec.check or ""
    )
    # "mấy cấp?", "bao nhiêu ngày?": the quotes should write a quantity in the unit asked ("bao nhiêu
    # người" is a count with any noun for people, as loose as no unit: "03 đại biểu" of another matter
    # would be pulled in and pass the amount check)
    amount_question = (
        resolved
        if info.amount_unit
        and info.amount_unit != ["nguoi"]
        and spec.check not in ("fact", "when")
        and spec.answer != "metadata"
        else None
    )
    # An English word glossed several ways is one concept, like an organisation's aliases.
    gloss_groups = [g for g in info.english_glosses if len(g) > 1]
    grouped = {t for g in gloss_groups for t in g}
    alternatives = [org_aliases(o) for o in info.orgs] + gloss_groups
    terms = question_terms(
        resolved,
        info.expansions + [t for t in info.english_terms if t not in grouped],
        corpus.vocab,
        english=info.language == "en",
        alternatives=alternatives,
        synonyms=(
            paraphrase_groups(resolved, info.accentless, info.restored) if info.language == "vi" else None
        ),
    )
    # The actor first ("Hội phụ nữ ... của Ban Thường vụ"): a body named by the shape of its name is more
    # specific than a registry body inside it ("Ban Tuyên giáo Tỉnh hội"), and counts without registry.
    # (not the issuer's code of a document's number: "Công an huyện ... trong Thông báo 86-TB/HU")
    orgs = list(info.subject_bodies) + list(
        info.subject_orgs or [o for o in info.orgs if o not in info.number_orgs]
    )
    if not orgs:
        orgs = list(info.bodies)
    book = CitationBook(docs, corpus.by_doc.get)
    lead: FactLead | None = None
    moved_by: str | None = None  # the document that moved the event a time line gives (``amended``)
    fact_doc: Document | None = None  # the document a document-fact question is answered from
    body = ""
    unit_names: list[str] = []  # a duties question's unit, when its own section was retrieved
    spans_text: list[str] = []
    place_docs = bodies.place_docs(info, corpus, hits)
    scope = document_scope(corpus.store.doc_info, info)
    # The words naming the question's documents ("Theo kế hoạch bầu cử của Mặt trận xã", "Thông báo 160
    # của Bộ Chính trị") say which document, not which of its passages or clauses.
    if scope.docs and info.description_words:
        terms = terms.without(set(info.description_words))
    target = scope.target()
    named_doc = docs.get(target) if target else None
    if named_doc is None and not scope.docs:
        named = named_docs(corpus.store.doc_info, info.doc_numbers)
        named_doc = docs.get(next(iter(named))) if len(named) == 1 else None

    # "Ai ký Kế hoạch 120-KH/TU?" where no loaded document is 120-KH/TU (it is only cited, or absent): the
    # facts of the document found are not that document's facts.
    unheld = (
        spec.answer == "metadata"
        and bool(info.doc_numbers)
        and named_doc is None
        and not scope.docs
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # "Kế hoạch 99-KH/HĐTN quy định gì?" where no loaded document is 99-KH/HĐTN nor cites it: the passages
    # of other documents are not what it says.
    unheld = unheld or (
        bool(info.doc_numbers)
        and not scope.docs
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
        and not citing_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # Cited by a loaded document but not loaded itself: only passages naming it speak of it.
    cited_only = (
        not unheld
        and bool(info.doc_numbers)
        and not scope.docs
        and not any(r.implemented for r in info.doc_numbers)
        and not named_docs(corpus.store.doc_info, info.doc_numbers)
    )
    # "Ai ký Kế hoạch của Hội Chữ thập đỏ huyện?" where no plan of that body is loaded: the same.
    missing = (
        undescribed(corpus.store.doc_info, info)
        if spec.answer == "metadata" and not info.doc_numbers and not scope.docs
        else None
    )
    if spec.answer == "metadata" and not info.doc_numbers and scope.docs and missing is None:
        # "Báo cáo của Huyện đoàn ... nhắc tới kế hoạch của Ban Thường vụ Tỉnh đoàn ...; kế hoạch đó số mấy?":
        # of two documents described, the fact is asked of the one "kế hoạch đó" points back to; when no
        # held document can be it, the described report's number is no answer
        other = undescribed(corpus.store.doc_info, info)
        if other is not None and cited_facts.points_back(info.folded, other.kind):
            missing = other
    # ... unless the best-ranked document is of that type and about what the description says it is
    # about ("Công văn của Huyện đoàn về báo cáo chiến dịch hè" where the letterhead names the body
    # otherwise): it is answered, with a note saying whose document it is.
    stand_in_doc = None
    if missing is not None and hits:
        top = hits[0].chunk.doc_id
        texts = [h.chunk.text for h in hits if h.chunk.doc_id == top]
        if stand_in(corpus.store.doc_info, info, missing, top, texts):
            stand_in_doc = docs.get(top)
    # ... or, its number or date asked, a retrieved document cites it by type, issuer and subject ("Kế hoạch
    # số 225-KH/TWĐTN-TNNT ngày 13/02/2020 của Ban Bí thư Trung ương Đoàn về Tháng Thanh niên năm 2020"):
    # the citing sentence states them (library2 dev l2-rw-14)
    cited = (
        cited_facts.cited_fact(corpus, info, missing, hits, book, language)
        if missing is not None and stand_in_doc is None and spec.answer == "metadata"
        else None
    )
    unheld = unheld or (missing is not None and stand_in_doc is None and cited is None)
    if cited is not None:
        lead = cited
    elif unheld:
        pass
    elif spec.answer == "signed" and info.signer:
        # "Hoàng Thị Mến ký văn bản nào?": the documents whose signature names that person
        signed = corpus.signers.get(info.signer, [])
        lead = facts.signed_fact(info.signer, signed, docs, book, language)
    elif spec.answer == "metadata" and not headline.asks_event_date(info):
        fact_doc = headline.fact_document(info, scope, hits, docs, corpus)
        # "Chương trình 20-NQ/TU mà thông báo sơ kết KL 62 nhắc tới ban hành ngày nào?": of two documents
        # named by number, one is not loaded; which one the fact is asked of is not read here, and the held
        # one's date is no answer for the other (trial 36 t36-14): no first line, the quotes citing it stay
        if not (info.intent != "basis" and _one_named_unheld(corpus, info)):
            lead = headline.document_lead(info, fact_doc, book, language)
    elif spec.answer == "clause":
        booked = len(book.citations)
        lead = headline.clause_lead(
            corpus, info, hits, terms, book, language, org_names, resolved, scope, named_doc, place_docs
        )
        # a later retrieved document changing the clause's time ("đồng ý lùi thời hạn ... đến ngày ...")
        lead = amended.amended_lead(corpus, settings, info, resolved, hits, lead, book, booked, language)
    elif spec.answer == "duties" and orgs and not info.months:
        # (a month named, "Tháng 9 Hội LHPN xã làm gì?", asks that month's item of a schedule: quoted below,
        # not every duty of the body; trial 32 p16)
        doc_ids = (
            {named_doc.doc_id}
            if named_doc
            else place_docs or bodies.parent_documents(info, bodies.units_only(orgs), docs) or None
        )
        obs = duties_of(corpus, orgs[0], named_doc.doc_id if named_doc else None) or []
        # the body asked, not its namesake at another level or place ("Đoàn Thanh niên huyện tổ chức ..."
        # is no duty of the "Tỉnh đoàn" asked)
        if elsewhere := bodies.elsewhere(info):
            obs = [o for o in obs if bodies.acts_here(o, orgs[0], elsewhere)]
        obs = [o for o in obs if bodies.collective_here(o, info)]
        written = written_name(info.question, orgs[0])
        # a unit the registry reads as a wider body ("chi bộ", "Ban công tác Mặt trận"): its own retrieved
        # section is quoted (below), not the wider body's duty list (``unit_sections``)
        unit_names = unit_sections(info.question, written, hits, orgs[0])
        if not unit_names:
            body = org_duty_answer(
                orgs[0], corpus.chunks, docs, obs, terms, book, language, doc_ids, body_name=written
            )
    lead_lines = lead.lines if lead else []
    # "Thông báo 160 thì giao cho ai?": a document named, no task asked; only a clause assigning the whole
    # document gives its lead, never the first clause's doer (``taskless_lead``)
    taskless = info.intent == "lead" and names_no_task(resolved, document_words(resolved, info.doc_numbers))
    if lead_lines and taskless and not _cites_whole_assignment(lead_lines, book):
        lead, lead_lines = None, []
    if lead_lines and info.amount_unit and info.amount_unit[0] in times.LENGTH_UNITS:
        # "... phải xây xong trong bao nhiêu ngày kể từ khi khởi công?" asks a length of time: a clause's
        # date ("trước ngày 30/11/2028", when the whole work ends) is not how long it takes (trial 27 n01)
        if not any(figure_reading.writes_length(line) for line in lead_lines):
            lead, lead_lines = None, []
    if lead_lines and _hourless_time(lead_lines, info, language):
        lead, lead_lines = None, []
    if lead_lines and offset_for_day(lead_lines, resolved, language):
        lead, lead_lines = None, []  # a day asked, a time counted from an event given (l4-mttq-26)
    if lead_lines and asks_reason(info.folded):
        # "Vì sao ... đổi địa điểm?" asks a cause: the fact it names is no first line (trial 42 q15)
        lead, lead_lines = None, []
    # The body a duties or open question asks about, by its names (registry aliases, else the name as
    # written without its place); [] when none or when the kind of answer does not quote for a body.
    asked_bodies = bodies.units_only(
        orgs if spec.answer == "duties" else list(info.subject_bodies) + list(info.subject_orgs)
    )
    actor_names = (
        bodies.at_asked_levels([a for o in asked_bodies for a in bodies.names_of(o)], info)
        if asked_bodies and spec.has_actor and spec.answer in ("duties", "quotes", "clause")
        else []
    )
    if actor_names and unit_names:
        actor_names = unit_names  # the unit's own section names it so, the wider body's aliases do not
    if actor_names:
        # "Chủ tịch HĐGK ...": an abbreviation the lexicon does not know is named by the phrase of the
        # retrieved documents it initials ("Hội đồng giám khảo", ``text.initialled_phrases``)
        actor_names = _initialled_names(actor_names, asked_bodies, hits, corpus)
    if not body:
        quoted = quotes.quoted_hits(hits, info, scope, place_docs, lead, docs, asked_bodies, actor_names)
        body, spans_text = quotes.quote(
            quoted,
            info,
            _without_name(corpus, settings, info, quoted, _amount_terms(info, terms, quoted, docs)),
            book,
            language,
            lead_lines,
            time_kind,
            amount_question,
            unheld,
            actors=_name_groups(asked_bodies, actor_names),
        )
        contradicted = lead_lines and body and _round_quoted_elsewhere(lead_lines, body, book, terms)
        if spec.answer == "clause" and contradicted:
            # the first line is read from a passage on no round the question names, while another sentence
            # quoted under it is on that round: the line contradicts the quote ("Thời hạn: trước ngày 15
            # tháng 4 [1]", Bước 2's, above Bước 5 paying the second round after acceptance; trial 30 p43)
            body = _without_lead_citations(lead_lines, body, book)
            lead, lead_lines = None, []

    quoted_text = spans_text + [c.quote for c in book.citations]
    # a quoted table row is read with its column names too ("Kinh phí hỗ trợ (đồng): 3.000.000"), which
    # its quote, the document's cells, does not repeat
    readings = {c.n: _reading(docs, c) for c in book.citations}
    quoted_text += [r for c in book.citations if (r := readings[c.n]) != c.quote]
    ev = run_checks(
        corpus,
        info,
        resolved,
        terms,
        hits,
        book,
        scope=scope,
        fact_doc=fact_doc,
        lead_lines=lead_lines,
        spans_text=spans_text,
        quotes=quoted_text,
        asked_bodies=asked_bodies,
        actor_names=actor_names,
        time_kind=time_kind,
    )
    threshold = settings.abstain_threshold or abstain.DEFAULT_THRESHOLD
    # a document fact of the document named, or the documents a person named signs: metadata, not a
    # passage's match
    trusted_fact = bool(lead_lines and (named_doc and spec.answer == "metadata" or spec.answer == "signed"))
    answer = Answer(
        question=question,
        text="",
        abstained=False,
        citations=[],
        retrieved=hits,
        language=language,
        resolved_question=resolved if resolved != question else None,
        evidence=ev,
    )
    if cited_only and spec.check in ("fact", "when") and not _dated_where_named(book, info, time_kind):
        # "Kế hoạch 09/KH-CCB ... giao cho các xã hạn báo cáo là ngày nào?" where 09/KH-CCB is only cited
        # ("Căn cứ Kế hoạch số 09/KH-CCB ngày 20/02/2027 ..."): the citing documents' times are their own;
        # only a passage naming it that writes a time (its own date aside) says one of its (trial 25 n03)
        unheld = True
    if unheld and not (info.intent == "date" and times.writes_cited_date(quoted_text, info.doc_numbers)):
        # Only a citing sentence that writes that document's date next to its number answers.
        ev.reason = "document_not_held"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        ref = info.doc_numbers[0].text if info.doc_numbers else _described(question, missing)
        answer.notes.append(render.label("note_doc_not_held", language, ref=ref))
        return answer
    if _unprinted(info, scope, fact_doc, lead_lines):
        # "Kế hoạch ... thực hiện Thông báo 160 mang số hiệu nào, ban hành ngày nào?" of the plan the
        # question names, which prints neither: its other passages are no number or date (trial 36 t36-59)
        ev.reason = "fact_not_printed"
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        doc_label = render.doc_label(render.doc_ref(fact_doc), language)
        fact = render.label(info.intent, language).lower()
        answer.notes.append(render.label("note_fact_not_printed", language, fact=fact, doc=doc_label))
        return answer
    if (not body and not lead_lines) or (not trusted_fact and abstain.should_abstain(ev, threshold)):
        answer.abstained = True
        answer.text = render.not_found(language)
        answer.see_also = see_also(corpus, hits)
        if ev.reason == "weak_evidence":
            answer.notes.append(
                render.label("note_weak_evidence", language, score=ev.score, threshold=threshold)
            )
        return answer
    if not lead_lines and spec.answer in ("quotes", "specific") and book.citations:
        # what every passage of the quoted document is about: its subject line, issuer and place
        doc = docs.get(book.citations[0].doc.doc_id)
        meta = doc.meta if doc else None
        about = f"{meta.title or ''} {meta.issuer or ''} {meta.place or ''}" if meta else ""
        # "bao nhiêu người / mấy ngày / bao nhiêu tiền?": the figure of the first quote, when it writes one
        named = [n for b in [*info.subject_bodies, *info.subject_orgs] for n in bodies.names_of(b)]
        first = book.citations[0]

        def figure_of(c: Citation) -> list[str]:
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
                years=mentions.single_years(resolved),
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
                renumber = book.lead_with(found[0])
                body = _quoted_first(body, renumber)
                readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
                lead_lines = [age_range.range_line(found[1], language)]
                first = book.citations[0]
        shown_citations = [c for c in book.citations if f"[{c.n}]" in body]
        got = replaced_lead(shown_citations, docs, language) if asks_replaced_act(resolved) else None
        if not lead_lines and got is not None:
            # "Nghị quyết ... thay thế nghị quyết nào?": the act its effect article replaces, its quote first
            renumber = book.lead_with(got[0])
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
            found = replaced_lead([c for c in book.citations if f"[{c.n}]" in body], docs, language)
            lead_lines = [found[1]] if found else []
        asked_years = set(mentions.single_years(resolved))

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
                renumber = book.lead_with(stating.n)
                body = _quoted_first(body, renumber)
                readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
                lead_lines = figure_of(book.citations[0])
            elif undated and any(writes_year(c) for c in later):
                lead_lines = []  # the document writes the year asked elsewhere: the undated figure is not its
        shown_now = [c for c in book.citations if f"[{c.n}]" in body]
        absent = absent_figure(resolved, terms, shown_now, language) if not lead_lines else None
        if absent is not None:
            # the only figure quoted is another activity's: say the document states none for the thing asked,
            # its own passage first (``absent_figure``; trial 43 u01)
            renumber = book.lead_with(absent[1])
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
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
            renumber = book.lead_with(worded)
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
        stated = _effect_stated(book, body) if not lead_lines and effect_asked(info.folded) else None
        if stated is not None:
            # "When does the regulation take effect?": the sentence stating its effect ("Quy chế này có hiệu
            # lực kể từ ngày ký") leads, not a rule above it that writes another date (newcomer trial 39 e4)
            renumber = book.lead_with(stated)
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
        # "kéo dài bao lâu?" of an event is answered by its period as well ("từ ngày ... đến ngày ...")
        when = spec.check == "when" and info.amount_unit in (None, [DURATION])
        if not lead_lines and when and not asks_only_place(info.folded):  # "... diễn ra ở đâu?": not its time
            # "Ngày hội tổ chức hôm nào?": the event's date or period, when the first quote writes one
            lead_lines = event_lead.event_time_lead(terms, book.citations[0], language, hits, about, resolved)
            first_quote = book.citations[0].quote
            if (
                _hourless_time(lead_lines, info, language)
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
            renumber = book.lead_with(held[0])
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
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
    if lead_lines and body and spec.answer not in ("metadata", "signed", "documents"):
        # a question asking several things: a labelled line for each part, or none (``parts``)
        readings.update({c.n: _reading(docs, c) for c in book.citations if c.n not in readings})
        whole = None if asks_reason(info.folded) else parts.complete(
            lead_lines, info.folded, book.citations, readings, language, lead.obligation if lead else None
        )
        if whole is None:
            shown = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
            unshown = _lead_cues(lead_lines) - shown
            if unshown:
                renumber = book.forget(unshown)
                body = _renumber_marks(body, renumber)
            lead, lead_lines = None, []
        else:
            lead_lines = whole
    if lead_lines and not (lead and lead.absent) and not age_range.asks_age_range(info.folded):
        # "... phải từ bao nhiêu tuổi?", "tối đa bao nhiêu hội viên?": only a figure its quote writes as that
        # bound answers, never another case's figure ("những người trên 60 tuổi"; ``bound_lead``)
        lead_lines, body, renumber = bound_lead.checked(info.folded, lead_lines, body, book, language)
        if renumber is not None:
            body = _quoted_first(body, renumber)
            readings = {renumber[n]: r for n, r in readings.items() if n in renumber}
    for ref, held in _inferred_refs(corpus, info):
        # "kết luận 86" read as the loaded "Thông báo kết luận 86-TB/HU": say which document answers
        answer.notes.append(render.label("note_doc_inferred", language, ref=ref, doc=held))
    if cited is not None and lead_lines:
        answer.notes.append(cited_facts.cited_note(_described(question, missing), language))
    if stand_in_doc is not None:
        meta = stand_in_doc.meta
        answer.notes.append(
            render.label(
                "note_doc_stand_in",
                language,
                ref=_described(question, missing),
                doc=render.doc_label(render.doc_ref(stand_in_doc), language),
                issuer=meta.issuer or "",
            )
        )
    if lead is not None and lead.absent and lead_lines and absent_contradicted(
        lead.kind,
        min(_lead_cues(lead_lines), default=0),
        book.citations,
        action_phrase(info.asked_action or info.led_action, info.asked_object),
        resolved,
    ):
        # a "not stated" line citing a heading, or contradicted by a quoted sentence of the asked act holding
        # the fact (``absent_guard``): no first line rather than a wrong one
        unshown = _lead_cues(lead_lines) - {int(n) for n in re.findall(r"\[(\d+)\]", body)}
        if unshown:
            body = _renumber_marks(body, book.forget(unshown))
        lead, lead_lines = None, []
    # the first line's passage is shown under it (trial 36 t36-34: "[1]" cited, only [2] quoted); a
    # document fact (a signature, the letterhead) is no passage: it is cited by a quote holding it, if any
    lead_lines, body = with_lead_quotes(
        lead_lines, body, book, language, add=spec.answer not in ("metadata", "signed")
    )
    # a quoted table row with its column names (the header row quoted once above its first row)
    lead_lines, body = table_heads.with_headers(lead_lines, body, book)
    if lead is not None and lead.absent and cues(lead_lines)[:1] == [1]:
        # a fact said to be absent cites the asked thing's own passage: quoted first, the passages of other
        # acts (the sibling step's date, another activity's sum) after it, as context (trial 43 u05, u01)
        body = _quoted_first(body, {})
    body = amended.amendment_first(body, moved_by or lead, corpus, language)
    # citations numbered in the order the answer shows them: a first line whose own cue was dropped (an
    # English clause covering too few words) leaves no "[2]" above "[1]"
    shown = cues([*lead_lines, body])
    if shown != sorted(shown):
        renumber = book.renumber(shown)  # new Citation values (frozen): the shown ones first, in order
        lead_lines = [_renumber_marks(x, renumber) for x in lead_lines]
        body = _renumber_marks(body, renumber)
    answer.text = "\n".join(lead_lines) + ("\n\n" if lead_lines and body else "") + body
    answer.citations = book.citations
    answer.fact_absent = bool(lead and lead.absent)
    return answer


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
    (``checks.event_head``: "ra quân" of "ra quân cấp huyện", its two words as one phrase) and a time, when
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


def _hourless_time(lines: list[str], info: QueryInfo, language: str) -> bool:
    """Whether the question asks the hour ("... bắt đầu lúc mấy giờ?", "what time") and a time line gives a
    day without one: a date is no answer to it, and read as the answer it is a confident wrong first line
    (trial 31 p43: "Thời gian: ngày 05 tháng 3 năm 2034" where the text writes "7 giờ 30 phút, Chủ nhật
    ngày 05 ..."). An hour asked is given with its date, or the first line is left to the quotes."""
    if not times.asks_hour(info.folded):
        return False
    heads = tuple(f"{render.label(k, language)}:" for k in ("time", "deadline"))
    return any(line.startswith(heads) and not times.writes_hour(line.split(":", 1)[1]) for line in lines)


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


def _amount_terms(info: QueryInfo, terms: Terms, quoted: list[Hit], docs: dict[str, Document]) -> Terms:
    """The terms a "how much / how many" question's quotes are chosen by: without the words of the issuer
    and place of a quoted document the body it names issued ("Hội Nông dân huyện Krông Thạch hỗ trợ bao
    nhiêu tiền cho một ha?" of that association's plan). They describe every passage of it, as they do for
    the money check (``checks._sum_for_matter``); scored, they favour a sentence that repeats the body's
    words ("Quỹ Hỗ trợ nông dân huyện", a table row naming it) over the rate asked, and the money check then
    rightly finds no sum for what is asked (trial 25 q11, r09)."""
    if info.amount_unit is None:
        return terms
    named = [*info.subject_bodies, *(info.subject_orgs or info.orgs)]
    words: set[str] = set()
    for doc_id in dict.fromkeys(h.chunk.doc_id for h in quoted):
        doc = docs.get(doc_id)
        # at the level the question names: a district association's guide asked about the commune
        # association ("Sinh hoạt của Hội Cựu chiến binh xã ... mấy cấp?") is not its own words
        if doc is not None and any(bodies.issued_by(doc, o, info.folded) for o in named):
            words |= set(tokens(f"{doc.meta.issuer or ''} {doc.meta.place or ''}"))
    return terms.without(words) if words else terms


def _without_name(
    corpus: Corpus, settings: Settings, info: QueryInfo, quoted: list[Hit], terms: Terms
) -> Terms:
    """The terms quotes are chosen by, without the words naming the first quoted document by its title
    (``retrieve.echo``: "Kinh phí tổ chức đêm nhạc ... Xuân yêu thương lấy từ đâu?"): they would choose the
    sentence restating the name ("Tổ chức đêm nhạc ... nhằm gây quỹ từ thiện ...") over the one answering.
    Unchanged with ``name_echo`` off, when the question asks nothing besides the name, when the first
    ``NAMED_QUOTED`` passages quoted are not all of one document, and when it asks a
    time, a figure or a document fact: the sentence naming the event is where its day or its count is
    written ("Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI ...")."""
    spec = info.spec
    if "name_echo" in settings.disabled_features or not quoted:
        return terms
    if spec.check in ("fact", "when") or info.amount_unit is not None or spec.answer == "metadata":
        return terms
    if len({h.chunk.doc_id for h in quoted[:NAMED_QUOTED]}) > 1:
        return terms  # the name still tells the documents quoted apart
    doc = corpus.store.doc_info.get(quoted[0].chunk.doc_id)
    naming = echo.quote_naming(terms.in_order(), echo.title_terms(doc.title if doc else None))
    return terms.without(naming, keep_mixed=True) if naming else terms


def _renumber_marks(text: str, renumber: dict[int, int]) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m[1]), int(m[1]))}]", text)


def _one_named_unheld(corpus: Corpus, info: QueryInfo) -> bool:
    """Whether the question names two or more documents by number and one of them is no loaded document
    while another is."""
    if len(info.doc_numbers) < 2:
        return False
    held = [bool(named_docs(corpus.store.doc_info, [r])) for r in info.doc_numbers]
    return any(held) and not all(held)


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


def _quoted_first(body: str, renumber: dict[int, int]) -> str:
    """The body with its citations renumbered (``CitationBook.lead_with``) and the quote now [1] moved to
    the top of its document's quotes, and that document's quotes (a block after a blank line) to the top."""
    body = _renumber_marks(body, renumber)
    blocks = body.split("\n\n")
    for b, block in enumerate(blocks):
        lines = block.split("\n")
        at = next((i for i, x in enumerate(lines) if x.startswith("- ") and x.endswith(" [1]")), None)
        if at is None:
            continue
        head = max((i for i in range(at) if not lines[i].startswith("- ")), default=-1)
        lines.insert(head + 1, lines.pop(at))
        blocks[b] = "\n".join(lines)
        # (both blocks a document's heading and its quotes)
        if b and not blocks[b].startswith("- ") and "\n- " in blocks[0]:
            blocks.insert(0, blocks.pop(b))
        break
    return "\n\n".join(blocks)


def _lead_cues(lead_lines: list[str]) -> set[int]:
    return {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}


def _round_quoted_elsewhere(lead_lines: list[str], body: str, book: CitationBook, terms: Terms) -> bool:
    """Whether, for a question naming a round ("đợt 2", ``Terms.ordinals``), the first line's passage is on
    no round the question names (nor is its section) while a sentence quoted under it, other than that
    passage, is on that round: the line then states another step's time ("Thời hạn: trước ngày 15 tháng 4"
    of Bước 2 above Bước 5's "đợt 2 phần còn lại sau khi nghiệm thu", whether Bước 2 is quoted apart or
    inside the same quoted passage; trial 30 p43)."""
    if not terms.ordinals:
        return False
    led = _lead_cues(lead_lines)
    cited = [c for c in book.citations if c.n in led]
    if not cited or any(
        round_match(c.quote, terms.ordinals)
        or round_match(c.section or "", terms.ordinals)
        # a document about that round ("Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai"): each of its
        # passages is on it (library2 dev mttq-08: "theo kế hoạch hiệp thương lần hai ...")
        or round_match(c.doc.title or "", terms.ordinals)
        for c in cited
    ):
        return False
    said = [" ".join(c.quote.split()) for c in cited]
    for shown in (c for c in book.citations if f"[{c.n}]" in body):
        for a, b in split_sentences(shown.quote):
            sentence = " ".join(shown.quote[a:b].split())
            if any(sentence in s or s in sentence for s in said):
                continue  # the line's own passage
            if round_match(sentence, terms.ordinals):
                return True
    return False


def _without_lead_citations(lead_lines: list[str], body: str, book: CitationBook) -> str:
    """The body renumbered once the citations only the dropped first line used are forgotten, so that the
    quotes are numbered from [1]."""
    renumber = book.forget(_lead_cues(lead_lines))
    return _renumber_marks(body, renumber)


def _reading(docs: dict[str, Document], c: Citation) -> str:
    """A citation's quote as the checks and the figure reader read it (``parse.tables.reading_text``)."""
    doc = docs.get(c.doc.doc_id)
    if doc is None or c.doc_end <= c.doc_start:
        return c.quote
    return reading_text(doc, c.doc_start, c.doc_end)


def _dated_where_named(book: CitationBook, info: QueryInfo, time_kind: str | None) -> bool:
    """Whether a cited passage names the document the question asks about (by number) and writes a time
    besides that document's own date: what a loaded document says of a document it only cites."""
    # "hạn báo cáo là ngày nào?" asks a time limit: an anniversary's dates beside the number are none
    limit = time_kind == "deadline" or bool(re.search(r"\bhan\b", info.folded))
    for c in book.citations:
        numbers = [n for n, _, _ in find_doc_numbers(c.text)]
        if numbers_match(numbers, info.doc_numbers) and times.writes_time([c.text], deadline=limit):
            return True
    return False


def _inferred_refs(corpus: Corpus, info: QueryInfo) -> list[tuple[str, str]]:
    """The question's loose mentions ("kết luận 86") that name a loaded document only by the last words
    of its type (``scope.inferred_type``), with that document's label: a reading the answer says it made."""
    out = []
    for ref in info.doc_numbers:
        held = list(named_docs(corpus.store.doc_info, [ref]))
        if len(held) == 1 and inferred_type(corpus.store.doc_info[held[0]], ref):
            doc = corpus.docs.get(held[0])
            if doc is not None:
                label = render.doc_label(render.doc_ref(doc), info.language)
                out.append((_as_written(info.question, ref.text), label))
    return out


def _as_written(question: str, folded_ref: str) -> str:
    """A loose mention as the question writes it ("kết luận 86"), not folded ("ket luan 86")."""
    folded = fold(question)
    at = folded.find(folded_ref)
    return question[at : at + len(folded_ref)] if at >= 0 and len(folded) == len(question) else folded_ref


def _unprinted(info: QueryInfo, scope: DocumentScope, doc: Document | None, lead_lines: list[str]) -> bool:
    """Whether the question asks the number or date (``QueryInfo.intent``) of the document it names (the
    scope's target) and that document's metadata has none, so no first line: it prints no such fact."""
    return bool(
        not lead_lines
        and info.spec.answer == "metadata"
        and info.intent in ("number", "date")
        and doc is not None
        and scope.target() == doc.doc_id
        and not getattr(doc.meta, info.intent, None)
        # "Quy chế ... ban hành kèm theo quyết định số mấy?" asks the number of another paper, which a
        # sentence of it may write (a note "Ban hành kèm theo Quyết định số 12-QĐ/HPN ...")
        and not _OTHER_PAPER_NUMBER_RE.search(info.folded)
    )


_OTHER_PAPER_NUMBER_RE = re.compile(
    r"\b(?:kem theo|theo|tai|cua)\s+(?:quyet dinh|nghi quyet|ke hoach|thong bao|cong van|huong dan|chi thi"
    r"|ket luan|quy dinh|van ban)\s+(?:so may|so nao|so bao nhieu|ngay nao|ngay bao nhieu)\b"
)


def _cites_whole_assignment(lead_lines: list[str], book: CitationBook) -> bool:
    """Whether a lead line cites a quote assigning its document as a whole (``taskless_lead``)."""
    cited = {int(n) for line in lead_lines for n in re.findall(r"\[(\d+)\]", line)}
    return any(assigns_whole_document(c.quote) for c in book.citations if c.n in cited)
