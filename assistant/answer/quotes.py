"""Quote selection: which retrieved passages an answer quotes from and what its sentences are preferred
for.

Quotes come from the documents the question names (or, naming places, those mentioning them), from the
document of the clause a first line states, and for a body asked about from the passages naming it or the
documents it issued. Among their sentences, the provision for the special case asked (its rarest
two-word term), an asked field ("Địa điểm:"), a list's title ("DANH SÁCH CÁC TRƯỜNG ...") and a sentence
stating the asked time or amount come first (``sentence_scores.score_sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from assistant.answer import (
    amount_asked,
    amount_mentions,
    bodies,
    figure_reading,
    mentions,
    times,
    year_mentions,
)
from assistant.answer.citations import CitationBook
from assistant.answer.contact_person import asks_contact_name, person_contact_states
from assistant.answer.event_times import period_spans, prose_period
from assistant.answer.extractive import extractive_answer
from assistant.answer.facts import FactLead
from assistant.answer.sentence_kinds import SELF_REFERENCE_WEIGHT, asks_frame
from assistant.answer.sentence_scores import LEAD_IN_WEIGHT
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, content_tokens, question_parts, writes_head
from assistant.models import Document, Hit
from assistant.parse.tables import cells_with_columns
from assistant.query import QueryInfo
from assistant.query.actions import asks_about_copy
from assistant.query.amounts import DURATION
from assistant.query.bounds import asked_bound, writes_bound
from assistant.query.intents import PHONE_WORDS, asks_duty, period_asked, weekday_asked
from assistant.query.lists_asked import asks_list
from assistant.query.reasons import asks_reason, gives_cause
from assistant.retrieve import sections
from assistant.retrieve.fields import (
    asks_only_place,
    field_labels,
    field_terms,
    heading_labels,
    unlabelled_fields,
)
from assistant.retrieve.prefer import asks_form, is_form
from assistant.retrieve.scope import DocumentScope
from assistant.text import counted_from, fold


def _most_specific(terms: Terms) -> str | None:
    """The question's rarest two-word term the documents use ("to_dang"), as in ``passage_terms``: what
    tells the special case asked about from the general rule next to it."""
    vocab = terms.vocab
    known = sorted(b for b in terms.bigrams if vocab is None or vocab.df.get(b, 0) > 0)  # ties: same each run
    return max(known, key=terms.weight) if known else None


# A period written from its first day to its last, folded: "từ ngày 15/6 đến ngày 30/7", "bắt đầu từ ngày
# 15/6/2027 và kết thúc ngày 30/7/2027"
_PERIOD_RE = re.compile(r"\b(?:tu|bat dau)\b[^.;]{0,40}?\d[^.;]{0,30}?\b(?:den|toi|ket thuc)\b[^.;]{0,20}?\d")


def _stating(
    time_kind: str | None,
    amount_question: str | None = None,
    english_length: bool = False,
    period: bool = False,
) -> Callable[[str], bool] | None:
    """What a quoted sentence must write to state the asked fact: the asked time (a time limit, an event's
    day or any time), else (``amount_question``: a "how many / how much" question naming its unit) a
    quantity in that unit ("02 cấp" for "mấy cấp?"); None: anything. The amount check reads the relevant
    sentences of the top hits anyway (``checks``), so weighting quotes by it passes no unanswerable
    question that would not pass already (tests/test_first_line.py)."""
    if time_kind == "deadline":
        return lambda s: times.writes_time([s], deadline=True)
    if time_kind and amount_question:  # an event's length: a number of days or its period, not one day
        # (a clock time, "7 giờ 00", is no length in hours: ``figure_reading.figures_in`` reads lengths only)
        return lambda s: bool(_PERIOD_RE.search(fold(s)) or figure_reading.figures_in(amount_question, s))
    if time_kind and period:  # a period asked by both its ends: a sentence writing one, not a single day
        return lambda s: bool(period_spans(s) or prose_period(s))
    if time_kind:  # an event's time: a time limit in the sentence is not it
        return lambda s: times.writes_event_time(s, day=time_kind == "day")
    if amount_question and english_length:
        # "How long ...?": a length in Vietnamese units of time ("ít nhất 36 tháng"), dates and clock times
        # aside; any number would do for the English amount check ("20 suất hỗ trợ")
        return figure_reading.writes_length
    if amount_question:
        before = _before_reference(fold(amount_question))
        if before is not None:
            # "sớm hơn hôm bầu cử bao nhiêu ngày?": the count of days written against that day ("23 ngày
            # trước bầu cử", "trước ngày bầu cử 23 ngày"), not one written beside another act ("ngay sau
            # khi tổ chức hội nghị 01 ngày", library dev lib-lm16-02)
            return lambda s: (
                amount_mentions.amount_supported(amount_question, [s]) and bool(before.search(fold(s)))
            )
        return lambda s: amount_mentions.amount_supported(amount_question, [s])
    return None


# "... sớm hơn (hôm / ngày) bầu cử bao nhiêu ngày?", "trước ngày khai mạc mấy ngày?": a count of days asked
# against a named day, folded; group 1 is that day's one or two words
_BEFORE_ASKED_RE = re.compile(
    r"\b(?:som hon|truoc)\s+(?:(?:hom|ngay)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:bao nhieu|may)\s+ngay\b"
)


def _before_reference(folded_question: str) -> re.Pattern[str] | None:
    """The sentence pattern of a count of days written against the day a question names ("23 ngày trước
    bầu cử", "trước ngày bầu cử 23 ngày"), or None when the question names no such day."""
    m = _BEFORE_ASKED_RE.search(folded_question)
    if m is None:
        return None
    ref = re.escape(m.group(1))
    return re.compile(
        rf"\b\d+\s+ngay(?:\s+lam viec)?\s+truoc\s+(?:[a-z]+\s+){{0,2}}?{ref}\b"
        rf"|\btruoc\s+(?:[a-z]+\s+){{0,2}}?{ref}\s+\d+\s+ngay\b"
    )


_WHICH_ONES_RE = re.compile(r"\b(?:nhung|cac)\s+([a-z]+)(?:\s+[a-z]+)?\s+nao\b")


def _list_titles(folded_question: str) -> list[re.Pattern[str]]:
    """ "Những trường nào ...?" asks for a list: the title of a list or table of that noun ("DANH SÁCH CÁC
    TRƯỜNG ...", typical of appendices) is the passage to quote first."""
    m = _WHICH_ONES_RE.search(folded_question)
    if m is None:
        return []
    return [re.compile(rf"\bdanh sach\W+(?:cac\W+|nhung\W+)?{re.escape(m.group(1))}\b")]


# "... có số hiệu là gì?", "số mấy?": the document's number line ("Số: 41-TB/ĐU", a letterhead field of its
# own, see ``sentences.split_sentences``) is the passage that states it.
_ASKS_NUMBER_RE = re.compile(
    rf"^(?!.*{PHONE_WORDS}).*\b(?:so hieu|so ky hieu|so may|so bao nhieu|what number|document number)\b"
)
_NUMBER_LINE_RE = re.compile(r"^\s*so\s*:?\s*\d{1,5}\s*[-/]")


def _number_line(folded_question: str) -> list[re.Pattern[str]]:
    return [_NUMBER_LINE_RE] if _ASKS_NUMBER_RE.search(folded_question) else []


def quoted_hits(
    hits: list[Hit],
    info: QueryInfo,
    scope: DocumentScope,
    place_docs: set[str] | None,
    lead: FactLead | None,
    docs: dict[str, Document],
    asked_bodies: list[str],
    actor_names: list[str],
) -> list[Hit]:
    """The retrieved hits an answer quotes from (all of them when no narrowing keeps any)."""
    spec = info.spec
    # Quotes come from the documents the question names when they hold any retrieved passage.
    quoted = hits
    if scope.docs and (spec.answer != "documents" or scope.carried_out):
        quoted = [h for h in hits if h.chunk.doc_id in scope.docs] or hits
    elif place_docs:
        quoted = [h for h in hits if h.chunk.doc_id in place_docs] or hits
    if lead is not None and lead.obligation is not None:
        # the quotes back the first line: from the document of the clause it states
        quoted = [h for h in quoted if h.chunk.doc_id == lead.obligation.doc_id] or quoted
    if actor_names:
        # What a named body must do is quoted from the passages that name it, when any was retrieved.
        # Every passage of a document the body issued is the body's own ("Đoàn xã ... làm những công
        # trình nào?" in the Đoàn xã's plan).
        own = {
            d
            for d in {h.chunk.doc_id for h in quoted}
            if any(bodies.issued_by(docs.get(d), o) for o in asked_bodies)
        }
        quoted_ids = {h.chunk.doc_id for h in quoted}
        own |= setting_documents(info, actor_names, quoted_ids, lambda d: _folded(docs, d))
        # A unit named with its organisation ("Văn phòng Tỉnh hội Nông dân ...", "Thường trực Hội LHPN
        # huyện"): the organisation's own documents, when any is quoted, hold that unit, and name it by its
        # own name ("3. Thường trực họp giao ban ..."); another's "Văn phòng Tỉnh hội" is a namesake.
        theirs = bodies.parent_documents(info, asked_bodies, docs)
        heads = bodies.unit_heads(asked_bodies) if theirs else []
        before = quoted
        bare = bodies.bare_units(asked_bodies)
        folded_docs: dict[str, str] = {}

        def names_in(doc_id: str) -> list[str]:
            # a unit named alone ("Ban Chấp hành") only in a document naming its organisation
            if not bare:
                return actor_names
            if doc_id not in folded_docs:
                doc = docs.get(doc_id)
                folded_docs[doc_id] = fold(f"{doc.meta.issuer or ''} {doc.text}") if doc else ""
            return bodies.names_written_for(actor_names, bare, folded_docs[doc_id])

        quoted = [
            h
            for h in quoted
            if h.chunk.doc_id in own
            or mentions.names_any([f"{h.chunk.heading} {h.chunk.text}"], names_in(h.chunk.doc_id))
            # a table row names a body by its column and its cell ("Chi hội | ..." over "Cầu Đá | ...")
            or mentions.names_any(_row_cells(docs, h), names_in(h.chunk.doc_id))
            or bodies.registry_named([f"{h.chunk.heading} {h.chunk.text}"], asked_bodies, info)
            or (h.chunk.doc_id in theirs and bodies.unit_named([f"{h.chunk.heading} {h.chunk.text}"], heads))
        ]
        naming = {h.chunk.doc_id for h in quoted}
        quoted = quoted or before
        quoted = [h for h in quoted if h.chunk.doc_id in theirs] or quoted
        organs = bodies.organ_heads(asked_bodies) if info.amount_unit is not None else []
        if organs:
            # "Ban Chấp hành Hội Cựu chiến binh xã có mấy người?": the body counted is named by its organ
            # alone in a document whose passages name its organisation ("số lượng Ban Chấp hành không quá
            # 09 đồng chí"); that passage, when it writes the count asked, is quoted too
            counted = {
                id(h) for h in hits if h.chunk.doc_id in naming and counts_organ(h.chunk.text, organs, info)
            }
            quoted = [h for h in hits if id(h) in counted or h in quoted]
    return _in_named_division(quoted, info)


def _writes_bound(bound: str, sentence: str) -> bool:
    """``query.bounds.writes_bound`` of a sentence as written (folded here)."""
    return writes_bound(fold(sentence), bound)


def _row_cells(docs: dict[str, Document], h: Hit) -> list[str]:
    """The hit's table rows with each cell after its column's name (``parse.tables.cells_with_columns``)."""
    doc = docs.get(h.chunk.doc_id)
    return cells_with_columns(doc, h.chunk.start, h.chunk.end) if doc is not None else []


# The fields of an event's setting: a question asking where or when names its bodies as the event's
# context ("Đoàn kiểm tra của Bộ GDĐT ... làm việc tại địa điểm nào?"), not as the doer of what is quoted
_SETTING_FIELDS = frozenset({"địa điểm", "thời gian"})


def asks_setting(folded_question: str) -> bool:
    """Whether a (folded) question asks where or when something happens (``retrieve.fields.field_terms``:
    "địa điểm", "thời gian"), and no duty ("phải làm gì", ``query.intents.asks_duty``)."""
    if asks_contact_name(folded_question):
        return True  # "đầu mối liên hệ ở Sở ... là ai?": the body is where the contact sits
    return bool(_SETTING_FIELDS & set(field_terms(folded_question))) and not asks_duty(folded_question)


def setting_documents(
    info: QueryInfo, actor_names: list[str], doc_ids: set[str], folded_of: Callable[[str], str]
) -> set[str]:
    """The documents of ``doc_ids`` whose text (folded by ``folded_of``) names the body asked, for a question
    asking where or when (``asks_setting``): the body is the event's context, and a plan naming it states
    the event's place and time in fields that need not repeat it ("Địa điểm: Tại Trường THCS An Thạnh" of
    the plan receiving the Ministry's inspection; library2 l2-rw-10). Empty for any other question."""
    if not actor_names or not asks_setting(info.folded):
        return set()
    return {d for d in doc_ids if mentions.names_any([folded_of(d)], actor_names)}


def _folded(docs: dict[str, Document], doc_id: str) -> str:
    doc = docs.get(doc_id)
    return fold(f"{doc.meta.title or ''} {doc.text}") if doc is not None else ""


def _in_named_division(quoted: list[Hit], info: QueryInfo) -> list[Hit]:
    """A question naming a division ("Khoản 3 Điều 5 ... quy định gì?", "Điều 6 nói gì?") is answered
    from the passages of that division when any was retrieved: its words ("quy định") would otherwise
    prefer another article's sentence ("Quy định này có hiệu lực ...")."""
    wanted = sections.question_labels(info.folded)
    if not wanted:
        return quoted
    rows = [(i, h.chunk.doc_id, *sections.path_labels(h.chunk.section_path)) for i, h in enumerate(quoted)]
    found = sections.section_matches(wanted, rows)
    return [h for i, h in enumerate(quoted) if i in found] or quoted


def counts_organ(text: str, organs: list[str], info: QueryInfo) -> bool:
    """Whether a passage names the organ asked by its own name ("Ban Chấp hành", not "Ban Chấp hành Đảng bộ")
    and writes the count the question asks ("không quá 09 đồng chí" for "mấy người?")."""
    return bodies.unit_named([text], organs) and amount_mentions.amount_supported(info.question, [text])


# Answers that are one fact of a passage, never a list: a quote widened over a list's items is cut back to
# the item stating it (``section_cut``).
_FACT_ANSWERS = frozenset({"specific", "metadata", "signed"})


def quote(
    quoted: list[Hit],
    info: QueryInfo,
    terms: Terms,
    book: CitationBook,
    language: str,
    lead_lines: list[str],
    time_kind: str | None,
    amount_question: str | None,
    cited_only: bool = False,
    actors: list[list[str]] | None = None,
) -> tuple[str, list[str]]:
    """The quoted body of the answer and the text of each quote: two quotes under a first line, else
    four, weighted by what the question's kind asks for. ``cited_only``: the question names a document no
    loaded one is, only cited: the sentences citing it ("Căn cứ Kế hoạch số 09/KH-CCB ngày ...") are all
    that speaks of it, its basis or lead-in sentence no less than a provision. ``actors``: the folded names
    of each body the question names, the body asked first: asked what is assigned (``asks_assignment``),
    the sentences of its own items come first (``own_duties``)."""
    if not asks_form(info.folded):
        # a blank form of an appendix ("Phụ lục. MẪU BIÊN BẢN ...": "Hôm nay, vào lúc giờ, ngày tháng năm
        # ...") is held back in quotes as in ranking (``prefer.is_form``), unless only forms were found
        quoted = [h for h in quoted if not is_form(h.chunk.section_path, h.chunk.text)] or quoted
    spec = info.spec
    event_length = time_kind == "event" and info.amount_unit == [DURATION] and amount_question is None
    if event_length:
        # "Chiến dịch ... kéo dài bao lâu?": the event's length ("diễn ra trong 45 ngày") as well as its
        # period answers it; the times of its ceremonies alone do not
        amount_question = info.question
    states = (
        None
        if lead_lines
        else _weekday(
            _contacted(
                _placed(
                    _with_parts(
                        _with_fields(
                            _stating(
                                time_kind or _asked_time(info, amount_question),
                                amount_question,
                                info.language == "en" and info.amount_unit == [DURATION],
                                # "... từ bao giờ đến bao giờ?": a period with two ends (``period_asked``)
                                period=time_kind in ("event", "day") and period_asked(info.folded),
                            ),
                            info.folded,
                        ),
                        info.folded,
                    ),
                    info,
                ),
                info,
            ),
            info,
        )
    )
    if states is not None and info.event_classified:
        states = _naming_event(states, info.event_classified, quoted)
    steps = " ".join(info.amount_unit or []) in amount_asked.STEP_UNITS  # "gồm mấy bước?"
    bound = asked_bound(info.folded)
    if not lead_lines and states is None and bound is not None:
        # "What is the maximum number ... may nominate?": the sentence writing that bound before a figure
        # ("Mỗi chi hội đề nghị không quá 03 hội viên"), not the topic's other sentences (trial 42 e3)
        states = partial(_writes_bound, bound)
    if not lead_lines and asks_reason(info.folded):
        # "Vì sao ... phải đổi địa điểm?": the clause giving the cause ("Do ..., ...") states it, not the
        # venue or the time the question names as its topic (``query.reasons``; trial 42 q15)
        states = gives_cause
    body, spans = extractive_answer(
        quoted,
        terms,
        book,
        language,
        max_sentences=2 if lead_lines else 4,
        asks_copy=asks_about_copy(info.folded),
        # "Kính gửi: ..." is quoted only for whom a document is sent to, never as what a body must do
        asks_addressees=info.intent == "recipients" or "kinh gui" in info.folded,
        # "which documents ...": the lead-in that cites the document ("Thực hiện ..., ban hành Kế
        # hoạch như sau:") is the answer itself
        # (a cause asked: the lead-in giving it, "Do ..., Thường trực ... thông báo như sau:", is the answer)
        lead_in_weight=(
            1.0 if spec.answer == "documents" or cited_only or states is gives_cause else LEAD_IN_WEIGHT
        ),
        per_document=spec.answer == "documents",
        specific=_most_specific(terms) if spec.answer == "specific" else None,
        fields=(
            # an event's length: its "Thời gian ...:" field ("Thời gian chiến dịch: diễn ra trong 45 ngày")
            field_labels(f"{info.folded} thoi gian nao" if event_length else info.folded)
            + heading_labels(f"{info.folded} thoi gian nao" if event_length else info.folded)
            + unlabelled_fields(info.folded)
            + _list_titles(info.folded)
            + _number_line(info.folded)
        )
        or None,
        states=states,
        # "gồm mấy bước?": the count of a procedure's steps is shown by quoting them all (trial 41 q10)
        whole_lists=(not lead_lines and states is None and spec.answer not in _FACT_ANSWERS) or steps,
        # duties, conditions, steps asked: short items under a bare heading are the list (trial 41 q02, q09)
        headed_lists=steps
        or (
            not lead_lines
            and states is None
            and spec.answer in ("duties", "quotes")
            # "những nhiệm vụ gì?" asks the list; "Bước 1 ... là gì?", "bao lâu một lần?" one of its items
            and asks_list(info.folded)
        ),
        keep_basis=info.intent == "basis" or cited_only,
        event_asked=spec.check == "when" or bool(info.event_subject),
        frame_weight=1.0 if asks_frame(info.folded) else SELF_REFERENCE_WEIGHT,
        # a procedure's part asked, not a fact of a procedure's guide ("Ai ký hướng dẫn quy trình ...?"), nor
        # a time limit of one of its steps ("Hồ sơ đề nghị kết nạp phải gửi lên ... trong mấy ngày?": the
        # step's time limit is written under "Quy trình", the papers only name what is sent; lib-hd02-02)
        titles=(
            procedure_part_title(info.folded)
            if info.procedure_topic and spec.answer != "metadata" and not _asks_time_limit(info, time_kind)
            else None
        ),
        notes_last=asks_assignment(info),
        # one year asked: its sentences before another year's (trial 37 f02: the 2025 result, the 2026 aim)
        years=years if len(years := year_mentions.single_years(info.question)) == 1 else None,
        # "trong mấy ngày sau khi chi bộ có nghị quyết?": the time limit counted from that event
        counted=counted_from(info.question) if _asks_time_limit(info, time_kind) else None,
        actors=actors if actors and not lead_lines and asks_assignment(info) else None,
        # "... vào lúc nào, ở đâu?": the venue's own sentence beside the time's (``beside.fields_beside``)
        beside=_other_fields(info.folded)
        if not lead_lines and (time_kind or _asked_time(info, amount_question))
        else None,
        # "... gồm những bước nào?": every step of the procedure, in order (trial 42 q09)
        whole_steps=not lead_lines and "bước" in field_terms(info.folded),
        # a contact detail asked, or an English "how many / how much" (whose words the glossary seldom
        # translates, so every sentence matches it as little): only the sentences writing it are quoted
        # when any does ("85 ha" for "how many hectares", not the workshops' count that shares "huyện")
        # (a cause asked: the clauses giving a cause, when any was retrieved; the fact it names is no answer)
        required=not lead_lines
        and (
            states is gives_cause
            or mentions.asked_contact(info.folded) is not None
            or (info.language == "en" and amount_question is not None)
        ),
    )
    return body, [s.text for s in spans]


# The words of an event's name read as the gathering: its classifier and the act after it ("lễ phát động").
CLASSIFIED_HEAD_WORDS = 2


def _naming_event(
    states: Callable[[str], bool], name: str, hits: list[Hit]
) -> Callable[[str], bool]:
    """``states`` (whether a sentence states the time or place asked) narrowed to the sentences naming the
    event as the question's classifier names it (``QueryInfo.event_classified``: "lễ phát động" of "Lễ
    phát động quỹ ... tổ chức lúc nào, ở đâu?"; ``terms.writes_head``), when one sentence of the retrieved
    passages writes both. A duty writing the act only ("... chủ trì phát động vận động ủng hộ Quỹ ...;
    phấn đấu ... trong năm 2026") or another event's time ("tổ chức diễn tập ... trong tháng 6/2026") is no
    time of the ceremony, whose own sentence may not repeat the rest of its name ("Tổ chức lễ phát động cấp
    huyện vào 08 giờ ngày 01/4/2026 tại ..."; newcomer trial 37 e06). ``states`` unchanged otherwise (an
    event named only in a heading above its time: no sentence writes both)."""
    head = content_tokens(name)[:CLASSIFIED_HEAD_WORDS]
    if len(head) < CLASSIFIED_HEAD_WORDS:
        return states
    sentences = (h.chunk.text[a:b] for h in hits for a, b in split_sentences(h.chunk.text))
    if not any(writes_head(s, head) and states(s) for s in sentences):
        return states
    return lambda s: states(s) and writes_head(s, head)


def _asks_time_limit(info: QueryInfo, time_kind: str | None) -> bool:
    """Whether the question asks when, or in how long, something is done: a time ("hạn chót ... ngày
    nào?", ``time_kind``) or a length of time ("trong mấy ngày?", ``times.LENGTH_UNITS``)."""
    return time_kind is not None or bool(info.amount_unit and info.amount_unit[0] in times.LENGTH_UNITS)


def asks_assignment(info: QueryInfo) -> bool:
    """Whether the question asks what a document assigns: a time limit, a lead body, a body's duties (by
    its kind, or by its words when the body is no registry organisation: "Còn phía ngân hàng thì phải làm
    những gì?")."""
    return info.intent in ("deadline", "lead", "org_duty") or asks_duty(info.folded)


# The part of a procedure a question asks for ("Hồ sơ ... gồm những giấy tờ gì?", "Điều kiện để ...") and
# the words a section about that part is titled with, folded.
_PROCEDURE_PARTS = (
    (re.compile(r"\b(?:ho so|giay to)\b"), r"(?:ho so|giay to|thanh phan ho so)"),
    (re.compile(r"\bdieu kien\b"), r"(?:dieu kien|tieu chuan|doi tuong)"),
    (re.compile(r"\b(?:thu tuc|quy trinh|trinh tu|cac buoc)\b"), r"(?:thu tuc|quy trinh|trinh tu|cac buoc)"),
)
# a section title's label before its words: "Điều 4.", "2.1.", "II.", "a)"
_TITLE_LABEL = r"(?:(?:dieu|chuong|muc|phan)\s+[\divx]+[.:]?\s*|[\divx]+(?:\.\d+)*[.)]?\s+)?"


def procedure_part_title(folded_question: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the title of the section holding the part of a procedure the question asks for: "Điều 4. Hồ sơ đề
    nghị kết nạp" for "Hồ sơ xin gia nhập Hội cần những giấy tờ gì?", the first part the question names;
    the title of any part), folded; None when it names none."""
    found = [(m.start(), words) for rx, words in _PROCEDURE_PARTS if (m := rx.search(folded_question))]
    if not found:
        return None
    every = "|".join(words for _, words in _PROCEDURE_PARTS)
    return re.compile(rf"{_TITLE_LABEL}{min(found)[1]}\b"), re.compile(rf"{_TITLE_LABEL}(?:{every})\b")


# "... được làm trong khoảng thời gian nào?", "vào thời điểm nào?": a time asked by a field's word, which the
# intent table leaves to the quotes (no "when" check: nothing to abstain on), folded
_ASKS_TIME_RE = re.compile(
    r"\b(?:(?:khoang )?thoi gian nao|thoi diem nao|giai doan nao|what period|which period|during what)\b"
)


def _asked_time(info: QueryInfo, amount_question: str | None) -> str | None:
    """ "event" when the question asks a time by a field's word and its kind checks none: a sentence writing
    a date or period then states it, one whose only date is a cited paper's ("Theo thông báo số 09/TB-UBBC
    ngày 15/12/2025 ...") or a time limit does not (``times.writes_event_time``); None otherwise."""
    if amount_question is not None or info.spec.check is not None or info.intent == "condition":
        return None
    return "event" if _ASKS_TIME_RE.search(info.folded) else None


def _placed(states: Callable[[str], bool] | None, info: QueryInfo) -> Callable[[str], bool] | None:
    """A "where" question asking nothing else: a sentence states its answer when it writes a place ("Địa
    điểm: ...", "tại Nhà Văn hóa ...", "tại xã ..."); one that does not (the same event named in a duty)
    counts for less, as a sentence writing no time does for a "when" question (trial 19 q26)."""
    if states is not None or not asks_only_place(info.folded):
        return states
    return mentions.place_writer(info.folded)


def _contacted(states: Callable[[str], bool] | None, info: QueryInfo) -> Callable[[str], bool] | None:
    """A phone number or an email address asked: a sentence states the answer when it writes one
    (``mentions.contact_written``); a long item whose last clause holds "thư điện tử x@y" wins over the
    items that match the question's other words (trial 19 q35)."""
    kind = mentions.asked_contact(info.folded)
    if states is None and kind is None:
        return person_contact_states(info.folded)  # "đầu mối liên hệ là ai?": a sentence naming one
    if states is not None or kind is None:
        return states
    return lambda s: mentions.contact_written([s], kind)


def _weekday(states: Callable[[str], bool] | None, info: QueryInfo) -> Callable[[str], bool] | None:
    """A day of the week asked ("tổ chức vào thứ mấy?", ``intents.weekday_asked``): a sentence states the
    answer when it writes one (``mentions.writes_weekday``), not when it writes only a date, another time
    or an ordinal ("lần thứ hai")."""
    if not weekday_asked(info.folded):
        return states
    return mentions.writes_weekday


# A question in two parts, each with its own interrogative ("được vay tối đa bao nhiêu và cần hồ sơ gì?"):
# the parts are cut at "và" or a comma (folded)
_INTERROGATIVE_RE = re.compile(r"\b(?:gi|nao|dau|ai|bao nhieu|bao lau|may|sao|the nao)\b")
_ASKING_WORDS = frozenset(
    {"gi", "nao", "dau", "ai", "bao", "nhieu", "lau", "may", "sao", "the", "can", "moi"}
)


def later_parts(folded_question: str) -> list[list[str]]:
    """The content words of each part after the first of a question asking two things or more, each part
    with its own interrogative ("... tối đa bao nhiêu và cần hồ sơ gì?" -> [["ho", "so"]]); [] for a
    question asking one thing. Interrogatives are left out; a part with no other word ("ở đâu?", a field
    ``_with_fields`` reads) gives none."""
    text = folded_question.rstrip(" ?.")
    parts = [text[a:b] for a, b in question_parts(text) if text[a:b].strip()]
    asking = [p for p in parts if _INTERROGATIVE_RE.search(p)]
    if len(asking) < 2:
        return []
    out = []
    for part in asking[1:]:
        words = [t for t in content_tokens(part) if t not in _ASKING_WORDS]
        if words:
            out.append(words)
    return out


def _with_parts(states: Callable[[str], bool] | None, folded_question: str) -> Callable[[str], bool] | None:
    """A question in two parts ("tối đa bao nhiêu và cần hồ sơ gì?"): a sentence writing a later part's words
    ("Hồ sơ gồm đơn đề nghị vay vốn, ...") states that part, though it writes no sum: not weighted down for
    what the first part asks (trial 28 q23)."""
    parts = later_parts(folded_question)
    if states is None or not parts:
        return states

    def written(s: str) -> bool:
        have = set(content_tokens(s))
        return any(set(words) <= have for words in parts)

    return lambda s: states(s) or written(s)


def _with_fields(states: Callable[[str], bool] | None, folded_question: str) -> Callable[[str], bool] | None:
    """A field asked beside the time states its own part ("mấy giờ, ngày nào, họp ở đâu?" -> "Địa điểm:
    ..."): not weighted down for writing no time."""
    others = _other_fields(folded_question)
    if states is None or not others:
        return states
    return lambda s: states(s) or any(p.search(fold(s)) for p in others)


def _other_fields(folded_question: str) -> list[re.Pattern[str]]:
    """The fields a question asks beside the time ("mấy giờ, ngày nào, họp ở đâu?" -> "Địa điểm:")."""
    return (
        field_labels(folded_question, without=("thời gian",))
        + heading_labels(folded_question, without=("thời gian",))
        + unlabelled_fields(folded_question)
    )
