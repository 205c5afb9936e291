"""The figure a "how much / how many" question asks for, read from the passage the answer quotes first.

"Mỗi trường phải cử bao nhiêu người?" is answered by "Số liệu: 05 người" above the quote that writes
"... mỗi trường cử 05 người ...": a number written with the unit the question asks for (the units of
``amount_asked.asked_amount``: "bao nhiêu **ngày**", "mấy **trường**", money as a sum in đồng, a count of
people with any noun for people, a percentage), in the clause of the first quote that matches the
question best. The line is printed only when that clause writes one such figure; two different figures
("50 đại biểu ...; không quá 85 đại biểu") leave the first line to the quote, since a wrong figure on the
first line is worse than none (issue 11: "no headline at all is better than a wrong one").

An event's time is read the same way ("Ngày hội tổ chức hôm nào?" -> "Thời gian: ngày 18/11/2026"):
one date or one period in the sentence, never a time limit nor a cited document's date
(``event_lead.event_time_lead``, the dates read by ``event_times``). Neither line is printed when another
retrieved passage of the same document writes what the question asks about and the chosen sentence does
not (``_rival``).

The figure's reading and unit are in ``figure_reading``, the figures of a table row's named columns in
``figure_columns`` and the checks that refuse a figure in ``figure_checks``; this module chooses the figure
and writes the first line.
"""

from __future__ import annotations

import re

from assistant.answer import aims, item_heads, render
from assistant.answer.amount_asked import asked_amount, qualifier_run
from assistant.answer.breakdown import whole_or_parts
from assistant.answer.case_members import asked_members
from assistant.answer.count_labels import labels_count, main_qualified
from assistant.answer.duty_subject import other_subject
from assistant.answer.event_times import event_times_in
from assistant.answer.figure_checks import (
    _ASKS_PER_RE,
    _BOUND_ASKED,
    _EVENT_NAMED_RE,
    _FACTOR_RE,
    _REACHING_ASKED_RE,
    _REACHING_RE,
    _TOTAL_RE,
    EVENT_MIN_OWN_OVERLAP,
    _acts,
    _attendance,
    _before,
    _condition,
    _coordinated_items,
    _counts_people,
    _label_before,
    _other_case,
    _per_before,
    _per_row,
    _per_unit,
    _per_what,
    _ranked_phrases,
    _rival,
    _scope,
    _states_bound,
    _subject_body,
    _words,
    _year_not_written,
    act_clause_figure,
    another_body,
    other_grade,
)
from assistant.answer.figure_columns import (
    kind_column_figure,
    result_columns,
    row_columns,
    year_column_figure,
)
from assistant.answer.figure_reading import (
    _CHANGE_AFTER_RE,
    _PURPOSE_RE,
    FIGURE_MIN_OVERLAP,
    _value,
    asked_figure_parts,
    asks_change,
    asks_condition,
    condition_act,
    figures_in,
    foreign_anchor,
    writes_condition_act,
    writes_purpose,
)
from assistant.answer.items import missing_item_words
from assistant.answer.lead_in import lead_in
from assistant.answer.place_names import place_name_words
from assistant.answer.rate_tail import rate_tail_end
from assistant.answer.recipient_figure import done_to_asked
from assistant.answer.sentences import split_sentences
from assistant.answer.stated_case import case_clauses
from assistant.answer.sum_clause import asked_column, other_column_named
from assistant.answer.terms import Terms, overlap, passage_terms, title_phrase_words
from assistant.answer.year_mentions import figure_of_another_year
from assistant.models import Citation, Hit
from assistant.obligations.deadlines import clause_at
from assistant.query.amounts import amount_qualifier
from assistant.query.bounds import asked_part
from assistant.text import fold, fold_chars, has_diacritics, initialled_phrases, normalize

# How much of an event-length question ("Chiến dịch ... kéo dài bao lâu?") the sentence writing the event's
# length and dates must cover itself when the document's subject line covers the rest (``figure_lead``):
# the event named ("Thời gian chiến dịch:" is 0.13 of "Chiến dịch tình nguyện hè ở huyện Sơn Hà kéo dài bao
# lâu?"; trial 25 q26).
EVENT_LENGTH_MIN_OWN_OVERLAP = 0.1
# How far the clause writing one figure must lead a clause writing another (overlap, [0, 1]): clearly more
# than one shared word, as a clause without a deadline must lead one with it (``clause_facts``).
FIGURE_MARGIN = 0.15


def figure_lead(
    question: str,
    terms: Terms,
    first: Citation | None,
    language: str,
    hits: list[Hit],
    about: str = "",
    asked_names: list[str] | None = None,
    reading: str | None = None,
    event_length: bool = False,
    years: list[int] | None = None,
    document: str = "",
) -> list[str]:
    """``["Số liệu: 05 người [1]"]``: the figure the question asks for (``_figure``); a question asking two
    figures (``asked_figure_parts``) gets every one of them from the first quote or no line: a line stating
    one part reads as the whole answer (trial 30 q05, q17, q22). A part asking a change with no unit ("tăng
    bao nhiêu so với cùng kỳ?") is read right after the figure before it ("214 hội viên, tăng 12%")."""
    if first is None or missing_item_words(question, first.quote, reading or "", about, document):
        return []  # a table row of another item (``items``)

    # "Chủ tịch UBBC": an abbreviation the lexicon does not know, read as the phrase of the document it
    # spells ("Ủy ban bầu cử"; ``item_heads``)
    spelled = initialled_phrases(question, document) if document else {}
    terms = item_heads.with_spelled(terms, spelled)
    readings = item_heads.question_readings(question, spelled)
    division = item_heads.named_division_title(fold(question), first.section or "", document)

    def figure(asked: str) -> tuple[str, str] | None:
        return _figure(
            asked,
            terms,
            first,
            language,
            hits,
            about,
            asked_names,
            reading,
            event_length,
            years,
            readings,
            division,
        )

    parts = asked_figure_parts(question)
    if not parts and asks_change(question) and row_columns(reading or ""):
        # "... năm 2033 tăng bao nhiêu so với năm 2032?": a table row's cells are levels, none of them the
        # change asked (trial 31 p58: "2.940 ha (Thực hiện 2033)" given for "tăng 310 ha")
        return []
    by_year = year_column_figure(question, terms, reading or "", years or [])
    if by_year is not None:
        return [f"{render.label('figure', language)}: {by_year} [{first.n}]"]
    kinds = result_columns(row_columns(reading or ""))
    if kinds and asked_amount(question) is not None:
        # a results row (plan / achieved / % of plan / over plan): the column each part of the question
        # asks, or no line (trial 32 p20: the amount over the plan given for the amount achieved)
        found_kinds = [kind_column_figure(p, terms, reading or "", kinds) for p in parts or [question]]
        if not all(found_kinds) or len(set(found_kinds)) != len(found_kinds):
            return []
        return [f"{render.label('figure', language)}: {'; '.join(found_kinds)} [{first.n}]"]
    if not parts:
        # "Chỉ tiêu kết nạp là bao nhiêu?": read as asking the noun its subject counts (``aims``)
        found = figure(aims.unit_question(question, reading or first.quote) or question)
        return [f"{render.label('figure', language)}: {found[0]} [{first.n}]"] if found else []
    values: list[str] = []
    before: tuple[str, str] | None = None
    for part in parts:
        found = figure(part) if asked_amount(part) is not None else None
        if found is None and before is not None and asks_change(part):
            value, sent = before
            at = sent.find(value)
            m = _CHANGE_AFTER_RE.search(fold_chars(sent).lower(), at + len(value)) if at >= 0 else None
            if m is not None and not re.search(r"[;.]", sent[at + len(value) : m.start()]):
                found = (_value(sent, m.span()), sent)
        if found is None or found[0] in values:
            return []  # a part the quote does not state: no line rather than half the answer
        values.append(found[0])
        before = found
    return [f"{render.label('figure', language)}: {'; '.join(values)} [{first.n}]"]



def _figure(
    question: str,
    terms: Terms,
    first: Citation | None,
    language: str,
    hits: list[Hit],
    about: str = "",
    asked_names: list[str] | None = None,
    reading: str | None = None,
    event_length: bool = False,
    years: list[int] | None = None,
    readings: list[list[str]] | None = None,
    division: str = "",
) -> tuple[str, str] | None:
    """The figure the question asks for, from the first quote; None when the
    quote writes none, when its sentence holding the figure covers less than ``FIGURE_MIN_OVERLAP`` of the
    question, or when the quote writes two different figures and no single clause (sentences cut at ";",
    ``clause_at``) writing one of them leads the others by ``FIGURE_MARGIN``, or when another retrieved
    sentence of the document writes what the question asks about (``_rival``), or when the question asks
    about a body (``asked_names``: folded names) and the figure's clause is another body's ("Ban Chấp hành
    họp thường kỳ 6 tháng một lần" for "Ban Thường vụ ... họp mấy tháng một lần?"). The sentence alone is
    read:
    with its document's subject line, unrelated figures passed (library dev: "03 trường" invited for "mấy
    trường ... Phụ lục I kê", two wrong first lines), except (``event_length``: "kéo dài bao lâu?" of an
    event) a sentence that also dates the event, read with the subject line. ``reading``: the quote as
    read, a table row's values named by their columns (``parse.tables.reading_text``). ``years``: those the
    question asks on its own; a sentence naming another year as its figures' own ("Mùa khô năm 2031 ...
    9 vụ, tăng 3 vụ so với năm 2030" asked of 2030) gives none (``year_mentions.figure_of_another_year``).
    ``readings``: the question's content tokens as written and with its abbreviations and everyday words
    read as the documents write them (``item_heads.question_readings``): of figures in several list items
    ("- Chủ tịch ...: cấp xã: ...; - Phó Chủ tịch, ...: cấp xã: ..."), the item whose head names the post
    asked holds the answer (``item_heads.head_fits``). ``division``: the heading of the division the
    question names by its label that the quote is in (``item_heads.named_division_title``): it describes
    the sentence as the subject line does.
    Returns the value and the sentence writing it, or None."""
    if first is None or asked_amount(question) is None:
        return None
    # (overlap of its clause, value, sentence, clause, the label right before the value, its item's head)
    found: list[tuple[float, str, str, str, tuple[str, ...], str]] = []
    per: list[bool] = []  # whether each found figure is written per unit
    best = 0.0
    total = bool(_TOTAL_RE.search(fold(question)))
    # typed without diacritics, "moi" is read as "mỗi" (a question seldom says "mới" before its unit)
    asks_per = bool(_ASKS_PER_RE.search(normalize(question).lower())) or (
        not has_diacritics(question) and re.search(r"\bmoi\b", fold(question)) is not None
    )
    quote = reading or first.quote
    unit = asked_amount(question)[0]  # type: ignore[index]  (checked above)
    for a, b in split_sentences(quote):
        sent = quote[a:b]
        spans = figures_in(question, sent)
        if spans:
            own = overlap(terms, sent)
            if (
                event_length
                and own >= EVENT_LENGTH_MIN_OWN_OVERLAP
                and event_times_in(sent)
                and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
            ):
                # "Chiến dịch tình nguyện hè kéo dài bao lâu?" of "Thời gian chiến dịch: diễn ra trong 45
                # ngày, bắt đầu từ ngày 15/6/2027 ..." in the letter about that campaign: the sentence dating
                # the event names it, its subject line says which one
                own = FIGURE_MIN_OVERLAP
            elif (
                asked_names
                and own >= EVENT_MIN_OWN_OVERLAP
                and any(_subject_body(clause_at(sent, a), asked_names, fold(question)) for a, _ in spans)
                and overlap(terms, f"{sent} {about}") >= FIGURE_MIN_OVERLAP
            ):
                # "Ban Chấp hành Hội Phụ nữ khóa mới có bao nhiêu người?" of "Ban Chấp hành nhiệm kỳ mới có 19
                # ủy viên" in the notice about the Women's Union congress: the clause's subject is the body
                # asked, the subject line says whose
                own = FIGURE_MIN_OVERLAP
            elif (
                own >= EVENT_MIN_OWN_OVERLAP
                and (titled := title_phrase_words(terms, about))
                and overlap(terms.without(titled), sent) >= FIGURE_MIN_OVERLAP
            ):
                # "Kinh phí năm 2037 của mô hình Tiết kiệm vì phụ nữ nghèo là bao nhiêu?" of "(Kinh phí năm
                # 2037 là 15.000.000 đồng.)" in the plan 'Thực hiện mô hình "Tiết kiệm vì phụ nữ nghèo" năm
                # 2038': the question's phrases its subject line writes (as the same word pairs) describe
                # every passage of it; the rest of the question is the sentence's (trial 32 p24, d4)
                own = FIGURE_MIN_OVERLAP
            elif (
                own >= EVENT_MIN_OWN_OVERLAP
                and labels_count(sent, unit)
                and title_phrase_words(terms, about)
            ):
                # "Đêm nhạc ... dự kiến dàn dựng tất cả bao nhiêu tiết mục?" of "số lượng tiết mục: 15 tiết
                # mục" in the plan for that event: the label says what the figure counts (library5 dev
                # l5-rw-10)
                own = FIGURE_MIN_OVERLAP
            elif division and overlap(terms, f"{sent} {division}") >= FIGURE_MIN_OVERLAP:
                # "Phụ lục I kê tổng cộng mấy trường ...?" of "Danh sách có 09 trường tham gia làm việc"
                # under "Phụ lục I / DANH SÁCH CÁC TRƯỜNG THAM GIA LÀM VIỆC VỚI ĐOÀN KIỂM TRA ...": the
                # heading of the division the question names describes the sentence (library dev lib-rw03-04)
                own = FIGURE_MIN_OVERLAP
            best = max(best, own)
        if spans and figure_of_another_year(years or [], sent):
            continue  # another year's figures: the year asked is at most their comparison base
        if spans and _year_not_written(years or [], f"{first.section or ''} {about} {sent}"):
            continue  # "I. KẾT QUẢ NĂM 2033 › ... đạt 1.870 ha" is no figure of 2035
        keep = asked_members(sent, spans, fold(question))  # "9 tháng (đối với kỷ luật cảnh cáo)" asked
        for s in spans if keep is None else [spans[i] for i in keep]:
            clause = clause_at(sent, s[0])
            condition = _condition(sent, s[1]) and not asks_condition(question)
            if _other_case(clause, terms, unit) or condition or other_grade(clause, question):
                continue
            if not asks_per and _FACTOR_RE.search(sent[: s[0]]):
                continue  # "(35 suất x 300.000 đồng)": a factor of a product, the price of one (trial 33 p40)
            each = _per_before(clause, sent[s[0] : s[1]])
            rated = each or _per_unit(sent, s[1])
            if total and rated:
                continue  # "tổng cộng bao nhiêu tiền?": "1.500.000 đồng/ha" is a rate, not the total
            if each and not asks_per and _TOTAL_RE.search(fold(sent)):
                # "mỗi chi hội cử 12 hội viên; toàn xã ... tổng số 108 vận động viên": beside a total, a value
                # that does not show what it is per answers no question asking the number; alone ("hỗ trợ
                # mỗi hộ 1.500.000 đồng" for "Hộ ... được hỗ trợ bao nhiêu?") it is the answer
                continue
            rate = rate_tail_end(sent, s[1])  # "1.500.000 đồng/ha": the value with what it is per
            shown = (s[0], rate) if rate else s
            label = _label_before(sent, s[0])
            head = item_heads.item_head(sent, s[0])
            found.append((overlap(terms, clause), _value(sent, shown), sent, clause, label, head))
            per.append(rated)
    if not found or best < FIGURE_MIN_OVERLAP:
        return None
    # "Chỉ tiêu năm 2036 ...?" of "Năm 2035 đã kết nạp 420 hội viên": a result is no target, nor the reverse
    aimed = [i for i, f in enumerate(found) if aims.fits_aim(question, f[3], first.section or "")]
    if not aimed:
        return None
    found, per = [found[i] for i in aimed], [per[i] for i in aimed]
    if aims.both_aims(question, [(f[3], f[1]) for f in found], first.section or ""):
        return None  # a result and a target, the question asking neither
    # "Kinh phí X: 45.000.000 đồng, trong đó: A ...; B ...": the sum unless a part is named ([]: no line)
    if (picked := whole_or_parts(terms, found, total, question, about, first.doc.doc_type or "")) is not None:
        if not picked:
            return None
        found, per = picked, [per[found.index(f)] for f in picked]
    items = _coordinated_items(question)
    if items:
        # "Mức hỗ trợ xây mới và sửa chữa ... là bao nhiêu?": each item asked has its own value, in a clause
        # writing that item and not the other ("xây mới: 60 triệu đồng/nhà; sửa chữa: 25 triệu đồng/nhà"):
        # both are stated, each after its item, or none (one alone read as "the" level, trial 30 p66). A
        # clause writing both items holds one figure for both: read as any other.
        own = []
        for words, _ in items:
            fits = {f[1]: f for f in found if set(words) <= set(_words(f[3]))}
            others = [w for w2, _ in items if w2 != words for w in w2]
            fits = {v: f for v, f in fits.items() if not set(others) <= set(_words(f[3]))}
            own.append(fits)
        if any(own):
            if not all(len(o) == 1 for o in own) or len({next(iter(o)) for o in own}) < len(own):
                return None
            stated = [f"{written}: {next(iter(o))}" for (_, written), o in zip(items, own, strict=True)]
            return "; ".join(stated), next(iter(own[0].values()))[2]
    # "... có bao lâu để kiến nghị?": the length asked is the one given for that act; "không đóng hội phí sáu
    # tháng" in the same quote is another act's length (library: a wrong "Số liệu: ba tháng")
    purpose = _PURPOSE_RE.search(fold(question))
    if purpose:
        act = f"{purpose.group(1)}_{purpose.group(2)}" if purpose.group(2) else purpose.group(1)
        kept = [
            i
            for i, f in enumerate(found)
            if any(act in terms_of for terms_of in passage_terms(f[3]))
            or writes_purpose(f[3], purpose.group(1), purpose.group(2))
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]  # (each figure's rate flag with it)
    # "ít nhất bao nhiêu đảng viên ... thì mới được bầu chi ủy?": the threshold of that act, in a clause
    # writing it; "không đủ 3 đảng viên ... để lập chi bộ" is another act's (library3 dev l3-party-13)
    act = condition_act(question)
    if act:
        kept = [i for i, f in enumerate(found) if writes_condition_act(f[3], act)]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    # "within how many days after the congress closes ...?": a length counted from another event is another
    # act's ("kể từ ngày nhận được báo cáo"; library3 dev l3-party-27)
    asked_words = set(terms.unigrams).union(*(uni for group in terms.groups for uni, _ in group))
    kept = [
        i
        for i, f in enumerate(found)
        if not foreign_anchor(question, f[3], asked_words)
        # "gửi hồ sơ đến Ban Thường vụ trước 30 ngày" for "Ban Thường vụ phải quyết định trong bao nhiêu
        # ngày?": another actor's act done to the body asked (library5 dev l5-party-38)
        and not done_to_asked(question, f[3], asked_names or [])
    ]
    if not kept:
        return None
    found, per = [found[i] for i in kept], [per[i] for i in kept]
    # "xã có không quá 5.000 dân thì ... mấy đại biểu?": the figure of the clause writing that case ("từ
    # 5.000 dân trở xuống được bầu 15 đại biểu"), none when only another case's clause writes the case's
    # figure ("có trên 5.000 dân ..."; ``stated_case``, library5 dev l5-mttq-30)
    cases = case_clauses(question, [f[3] for f in found])
    if any(c is not None for c in cases):
        kept = [i for i, c in enumerate(cases) if c]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    if _per_row(question, first, quote):
        return None  # "mỗi mẫu mấy bản?" of a table of forms: a figure per row, no single one (trial 28 q30)
    # "bao nhiêu hội viên nữ?": a count of the members the question qualifies, written with those words;
    # "96 hội viên" counts all of them, or those of another act (trial 28 n08, p21, p22)
    qualifier = [w for w in amount_qualifier(question) if w != "la"]
    if qualifier:
        # (or by the document's subject line, ``about``: "20 gương mặt" of the guide on the award "Thanh niên
        # làm kinh tế giỏi"; the abstention check reads the subject line alike, trial 32 p07)
        titled, run = set(_words(about)), set(qualifier_run(question))
        kept = [
            i
            for i, f in enumerate(found)
            if set(qualifier) <= (scope := set(_words(_scope(f[2], f[1]))))
            or (run and run <= scope | titled)
            # "mấy nội dung chính?" of "7 nội dung trọng tâm" (library5 dev l5-rw-11)
            or main_qualified(qualifier, _words(_scope(f[2], f[1])))
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    elif total and not _acts(question):
        # "hiện có tổng cộng bao nhiêu hội viên?" of "kết nạp mới 214 hội viên; nâng tổng số hội viên lên
        # 18.642 người": a figure an act counts is a part of the total asked, never the total (trial 30 q22),
        # unless its phrase says it is the total ("nâng tổng số hội viên lên 18.642 người")
        kept = [
            i
            for i, f in enumerate(found)
            if not _acts(_before(f[2], f[1])) or re.search(r"\btong (?:cong|so)\b", fold(_before(f[2], f[1])))
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    elif len({f[1].lower() for f in found}) > 1 and not _acts(question):
        # "có bao nhiêu hội viên?" of "có 18 cơ sở Hội với 2.647 hội viên; trong năm kết nạp mới 96 hội
        # viên": a figure an act counts ("kết nạp mới") is a part; a question writing no act ("có", "là")
        # asks the total, the one counted by no act (trial 28 p20). A question writing its act ("xây bao
        # nhiêu nhà?") is left to the clauses' scores.
        acted = [bool(_acts(_before(f[2], f[1]))) for f in found]
        if any(acted) and not all(acted):
            found, per = [f for f, a in zip(found, acted, strict=True) if not a], [
                p for p, a in zip(per, acted, strict=True) if not a
            ]
    if not _attendance(question) and not _EVENT_NAMED_RE.search(normalize(question).lower()):
        # "Hội CCB xã có bao nhiêu hội viên?" of "Lễ kỷ niệm: ... thành phần gồm 120 hội viên và khách mời":
        # who attends an event is counted for the event, not the body's membership (trial 33 n08)
        kept = [i for i, f in enumerate(found) if not _attendance(_before(f[2], f[1]))]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    reaching = _REACHING_ASKED_RE.search(normalize(question).lower()) is not None
    if not _acts(question) and not reaching and not total and _counts_people(question):
        # "Hội CCB xã có bao nhiêu hội viên?" asks how many there are: "tặng quà 35 hội viên từ 80 tuổi"
        # counts those an act reaches, a part, never the membership (trial 33 p13); a count no act writes
        # answers
        kept = [
            i for i, f in enumerate(found) if not _REACHING_RE.search(normalize(_before(f[2], f[1])).lower())
        ]
        if not kept:
            return None
        found, per = [found[i] for i in kept], [per[i] for i in kept]
    if any(per) and not all(per):
        # "mỗi chi hội cử 12 hội viên; toàn xã có ... tổng số 108 vận động viên": a question asking per unit
        # ("mỗi ...") takes the rate, any other the total (trial 25 t07, r12)
        found = [f for f, p in zip(found, per, strict=True) if p == asks_per]
    if asks_per:
        # "How much money per household ...?" of "... 20.000.000 đồng/hộ; ... 10.000.000 đồng/người": a rate
        # per a unit the question does not name is another case's (trial 29 p73)
        # (an English question's words are its glosses' alternatives, ``Terms.groups``)
        asked = set(terms.unigrams).union(*(uni for group in terms.groups for uni, _ in group))
        named_per = [f for f in found if _per_what(f[1]) & asked]
        if named_per and len(named_per) < len(found):
            found = named_per  # ("/người/tháng" for "... một tháng?" is per a unit named: kept)
    # "HĐND tỉnh có tối đa bao nhiêu đại biểu?" of "... được bầu 50 đại biểu; ... thêm 01 đại biểu, nhưng tổng
    # số không quá 85 đại biểu": a question asking a maximum (minimum) takes the figure written as one
    for asks_rx, bounds, after in _BOUND_ASKED:
        if asks_rx.search(asked_part(fold(question))):
            # "tối thiểu mấy đảng viên mới được lập chi bộ?" of "có hơn 30 đảng viên, ... không thể tách ra
            # nhiều chi bộ ... thì ... thành lập chi bộ trực thuộc": a figure not written as the bound asked
            # (a case's size, an exact count) answers no question asking a minimum (maximum): no line rather
            # than another clause's number (library2 dev l2-party-26)
            found = [f for f in found if _states_bound(f[2], f[1], bounds, after)]
            if not found:
                return None
    # "cấp tỉnh: 3.300.000 đồng; cấp xã: 2.300.000 đồng" for "... cấp xã ... bao nhiêu?": the value under the
    # label the question names; one under a label it does not name is another case's
    # ("Chủ trì cuộc họp: 500.000 đồng/người/buổi" for "người điều hành cuộc họp": a wording of the
    # question's concept names the label too, ``item_heads.label_named``)
    def names(label: tuple[str, ...]) -> bool:
        return item_heads.label_named(label, terms)

    if reading and reading != first.quote and any(other_column_named(reading, f[1], names) for f in found):
        # the question names another column of the row ("kết nạp mới" of "Kết nạp mới: 11"): that column's
        # figure when exactly one is named, else no line (newcomer trial 40 f3, trial 42 q11)
        picked = {asked_column(reading, f[1], names) for f in found}
        if len(picked) != 1 or None in picked:
            return None
        found = [(f[0], picked.pop(), f[2], f[3], (), f[5]) for f in found[:1]]
    named = [f for f in found if item_heads.label_named(f[4], terms)]
    if len({f[4] for f in named}) > 1:
        # "... HĐND tỉnh Quảng Ninh ... ở xã ...?" of "cấp tỉnh: ...; cấp xã: ...": a unit word written only
        # in a place's name names no level (library3 dev l3-mttq-10)
        placed = place_name_words(question)
        own_level = [f for f in named if not set(f[4]) & placed]
        named = own_level or named
    if named:
        found = named
    elif any(f[4] for f in found) and len({f[4] for f in found}) > 1:
        found = [f for f in found if not f[4]]
        if not found:
            return None
    if readings and len({f[1].lower() for f in found}) > 1:
        # "Chủ tịch UBBC cấp xã ...?" of "- Chủ tịch Ủy ban bầu cử: ... cấp xã: 2.300.000 ...; - Phó Chủ tịch,
        # Ủy viên, Thư ký của Ủy ban bầu cử: ... cấp xã: 2.100.000 ...": the item whose head is the post
        # asked (library dev lib-n99-01)
        fits = item_heads.head_fits([f[5] for f in found], readings)
        top = max(fits)
        if top and min(fits) < top:
            found = [f for f, fit in zip(found, fits, strict=True) if fit == top]
    if len({f[1].lower() for f in found}) > 1:
        # "..., Hội cơ sở phải xem xét ... và gửi hồ sơ" beside "..., chi hội phải gửi hồ sơ" for "sau khi chi
        # hội họp xét thì trong mấy ngày phải chuyển hồ sơ?": another body's duty gives way (``duty_subject``)
        own = [f for f in found if not other_subject(f[3], f[1], question)]
        found = own or found
    if len({f[1].lower() for f in found}) > 1:
        # two figures ("15 ngày ... 30 ngày"): only a clause clearly closer to the question says which
        clauses: dict[float, set[str]] = {}
        for score, value, *_ in found:
            clauses.setdefault(score, set()).add(value.lower())
        ranked = sorted(clauses.items(), reverse=True)
        if len(ranked[0][1]) > 1:
            # one clause, two figures ("1.250 ha lúa bị ảnh hưởng, trong đó 310 ha thiệt hại trên 70%"):
            # the figure whose own phrase (between commas) matches the question clearly better
            top = [f for f in found if f[0] == ranked[0][0]]
            phrases = _ranked_phrases(terms, top)
            titled = title_phrase_words(terms, about)
            if phrases[0][0] - phrases[1][0] < FIGURE_MARGIN and titled:
                # "Kinh phí tổ chức Đại hội dự kiến 38.500.000 đồng, trong đó ngân sách xã hỗ trợ 25.000.000
                # đồng" for "Xã hỗ trợ từ ngân sách bao nhiêu tiền cho Đại hội Hội CCB?" in the plan for that
                # congress: the words its subject line writes describe both figures; the rest of the
                # question says which (trial 39 q04)
                phrases = _ranked_phrases(terms.without(titled), top)
            if phrases[0][0] - phrases[1][0] < FIGURE_MARGIN:
                # two clauses joined by "và", a figure in each ("đủ mười tám tuổi ... có quyền bầu cử và đủ
                # hai mươi mốt tuổi ... có quyền ứng cử"): the clause of each figure (library3 dev l3-rw-14)
                phrases = _ranked_phrases(terms, top, coordinated=True)
            if phrases[0][0] - phrases[1][0] < FIGURE_MARGIN:
                # of those, the figure whose own clause writes the act the bound is asked for
                if (own_act := act_clause_figure(question, top)) is None:
                    return None
                phrases = [(1.0, own_act)]
            found = [top[phrases[0][1]]]
        elif len(ranked) > 1 and ranked[0][0] - ranked[1][0] < FIGURE_MARGIN:
            return None
        else:
            found = [f for f in found if f[0] == ranked[0][0]]
    if asked_names and another_body(found[0][3], asked_names, fold(question)):
        return None
    # the headings above the quote describe it as the subject line does ("4. Tổ chức hội nghị tiếp xúc cử tri
    # ... › b)" of "b) Thông báo ... ít nhất trước 07 ngày ..."): sentences under another heading writing
    # those words are no rivals; nor are those of the lead-in it is read under in its paragraph (its item's
    # label, its opening period, a row's table title: ``lead_in``; trial 39 q05, q09, n5)
    read_under = lead_in(first.quote, found[0][2], hits, first.doc.doc_id)
    if _rival(
        terms,
        found[0][2],
        hits,
        first.doc.doc_id,
        # (the document's kind too: "Nghị quyết này quy định ..." is about every passage of the resolution;
        # "the ... plan" names the Kế hoạch, not a sentence citing a plan; library3 dev l3-rw-27)
        f"{about} {first.doc.doc_type or ''} {first.section or ''} {read_under}",
        None,
        question,
        found[0][1],
        act if (act := condition_act(question)) and writes_condition_act(found[0][3], act) else None,
    ):
        return None  # another passage of the document writes what the question asks about
    return found[0][1], found[0][2]


