"""Deadline facts when no governing clause gives one: a deadline read from the best-matching retrieved
sentence (``deadline_from_hits``, for documents whose duty clauses the obligations table did not read),
or the dated duties of the body a question names without an action (``body_deadlines``: "Hạn chót của Hội
phụ nữ là khi nào?"). Each line cites the sentence or clause it comes from.
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.act_words import task_terms, words_without_bodies, writes
from assistant.answer.all_units import addressed_to_kind, without_units_subject
from assistant.answer.citations import CitationBook
from assistant.answer.clause_times import covered_period, is_time_limit, on_round, states_deadline
from assistant.answer.facts import FactLead
from assistant.answer.mentions import names_any
from assistant.answer.receivers import recipient_only
from assistant.answer.sent_levels import asked_levels, sends_elsewhere
from assistant.answer.sent_recipient import continued_from, same_recipient
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, overlap, passage_terms
from assistant.answer.times import asks_end, own_time_field, time_key
from assistant.lexicon.phrases import action_variants, refers_to_item_work
from assistant.lexicon.words import registry
from assistant.models import Chunk, Document, Hit, Obligation
from assistant.obligations.clauses import head_bodies
from assistant.obligations.deadlines import clause_at, find_deadlines, span_end
from assistant.text import fold


def deadline_from_hits(
    hits: list[Hit],
    terms: Terms,
    book: CitationBook,
    language: str,
    question: str = "",
    action: str | None = None,
    names: list[str] | None = None,
    not_after: str = "",
    actor: list[str] | None = None,
    actor_not_after: str = "",
    sub_unit: bool = False,
    about: dict[str, str] | None = None,
    sent_to: str = "",
    untold: list[str] | None = None,
) -> FactLead | None:
    """ "Thời hạn: quý III/2021" from the best-matching retrieved sentence that states a deadline (the
    obligations grammar's ``find_deadlines``), for documents whose duty clauses the table did not read.

    The deadline must belong to the asked action when the question names one (the action within the
    words before it), and must say more than the period the question already states. ``names``: the
    names of the body the question asks about, when the documents' issuer is another body: the sentence
    (or its section heading) must write one, or another body's deadline would answer. ``actor`` (names,
    folded) with ``actor_not_after``: the body asked to act; a deadline whose clause names it only as the
    one sent to or worked with ("... gửi về Hội Cựu chiến binh huyện trước ngày 31/3") is the sender's
    (``recipient_only``); ``sub_unit``: the question asks the body's unit below a commune ("chi hội").
    ``about``: each document's subject line by id, what a field line dating the document's own work
    ("Thời gian triển khai: ...", ``times.own_time_field``) is read with. ``sent_to``: the levels the
    question sends to (``receivers.sent_to_levels``): the body named at one of them is the recipient
    asked, so a clause sending to it is the asked body's; its name then counts for no word of the question
    (it names the recipient, not the body acting: "Báo cáo tháng gửi Hội Cựu chiến binh huyện ..." is no
    better a match of "Hội Cựu chiến binh xã gửi báo cáo sơ kết 6 tháng lên huyện ...?" for the name).
    ``untold``: a list the times of the act are added to when the documents write several that the
    question does not tell apart (``best_deadline_sentence``)."""
    best = best_deadline_sentence(
        hits, terms, question, action, names, not_after, actor, actor_not_after, sub_unit, about, sent_to,
        untold,
    )
    if best is None:
        return None
    _, chunk, a, b, phrase = best
    if asks_end(question):  # "... khi nào kết thúc?" of "từ ngày 01/3 đến hết tháng 5/2026": its end
        phrase = span_end(phrase) or phrase
    n = book.cite(chunk, a, b)
    return FactLead("deadline", [f"{render.label('deadline', language)}: {' '.join(phrase.split())} [{n}]"])


def best_deadline_sentence(
    hits: list[Hit],
    terms: Terms,
    question: str = "",
    action: str | None = None,
    names: list[str] | None = None,
    not_after: str = "",
    actor: list[str] | None = None,
    actor_not_after: str = "",
    sub_unit: bool = False,
    about: dict[str, str] | None = None,
    sent_to: str = "",
    untold: list[str] | None = None,
) -> tuple[float, Chunk, int, int, str] | None:
    """(score, chunk, start, end, deadline wording) of the retrieved sentence that best matches the
    question and states a time limit (see ``deadline_from_hits``), or None below a score of 0.25. The
    score is the sentence's overlap with the question plus 0.2 / (1 + rank of its hit). ``names`` with
    ``not_after``: the sentence must name the body at the level and place asked. None too when another
    sentence with nearly the same words (``TWIN_SHARED``) states another time and covers the question as
    well, within ``TWIN_MARGIN``; then the chosen time is added to ``untold`` (when given): the act's time
    is written here, but not which one is asked."""
    best = None
    best_own = 0.0
    levels = asked_levels(question)  # the level the question sends its paper to
    # (overlap, the deadline's numbers, the sentence's words) of every candidate
    covers: list[tuple[float, frozenset[str], frozenset[str]]] = []
    own_sentence: list[tuple[float, frozenset[str], bool]] = []  # (overlap, time, read with its item)
    accepted: dict[tuple[str, int], set[str]] = {}  # by (chunk, sentence start): the times passing the checks
    for rank, h in enumerate(hits[:6]):
        for a, b in split_sentences(h.chunk.text):
            sent = h.chunk.text[a:b]
            # "2.6. <task> / - Cơ quan thực hiện: ... / - Thời gian thực hiện: Hoàn thành trong quý III/2020":
            # a time field line is read with the item it belongs to
            # so is a sentence whose subject refers back to its item's work ("1. Bê tông hóa tuyến đường
            # ... Công trình hoàn thành trước ngày 31/01/2028"; newcomer trial 39 p_u3b)
            field = _TIME_FIELD_RE.match(fold(sent)) or refers_to_item_work(sent)
            item = item_before(h.chunk.text, a) if field else ""
            if item and any(True for _ in find_deadlines(item)):
                item = ""  # the text before writes times of its own: the field line is not its only time
            if not item and about and own_time_field(sent):
                # "1. Thời gian triển khai: từ ngày 01/3 đến hết tháng 5/2026": the time of the document's
                # own work, read with its subject line ("Kế hoạch tổ chức phong trào thi đua ...")
                item = f"{about.get(h.chunk.doc_id, '')} {sent}"
            # (a sentence addressed to every unit of the body's kind, "Các đơn vị gửi hồ sơ ...", is its too)
            # a line going on with the sentence before it ("Các sở, ban, ngành ... xây dựng Kế hoạch ...;
            # định kỳ hàng năm (trước ngày 15/11 ...) báo cáo ..."; library5 dev l5-rw-02): subject there
            subject = f"{continued_from(h.chunk.text, a)} {sent}"
            for_all = bool(names) and addressed_to_kind(subject, names)
            said_by = f"{h.chunk.heading} {subject}"
            if names and not for_all and not any(writes(said_by, n) for n in names if n):
                continue
            named_here = [f"{h.chunk.heading} {subject}"]
            if names and not for_all and not_after and not names_any(named_here, names, not_after):
                continue  # the body's namesake at another level or place
            for m in find_deadlines(sent):
                if not is_time_limit(m.deadline, question) or covered_period(sent, m.deadline.text):
                    continue
                written = _written_for(sent, m.start, m.end, action) if action else True
                # the paper sent to the recipient the question sends it to, its verb another ("nộp ... cho TT
                # Đảng ủy" of "...; trình Thường trực Đảng uỷ trước ngày 31/7/2026"; library5 dev l5-rw-30)
                written = written or same_recipient(question, clause_at(sent, m.start), subject)
                if action and not (written or (item and writes(item, action, True))):
                    continue
                if not on_round(sent, m.start, terms.ordinals):
                    continue  # "đợt 1 ... trước ngày 30/4, đợt 2 ...": another round's time
                clause = clause_at(sent, m.start)
                if sends_elsewhere(clause, levels):
                    continue  # "... về Ban Thường trực ... xã" for a report asked sent "lên MTTQ tỉnh"
                besides = "|".join(x for x in (actor_not_after, sent_to) if x)
                if actor and recipient_only(clause, actor, besides, sub_unit):
                    continue  # "X ... gửi về <the asked body> trước ngày ...": X's time, not the body's
                said = sent
                if actor and sent_to and recipient_only(clause, actor, actor_not_after, sub_unit):
                    said = _without_names(sent, actor)  # the recipient the question sends to, by name
                accepted.setdefault((h.chunk.chunk_id, a), set()).add(m.deadline.text)
                covered = overlap(terms, f"{item} {said}" if item else said)
                covers.append(
                    (covered, time_key(m.deadline.text), passage_terms(sent)[0])
                )
                own_sentence.append((covered, time_key(m.deadline.text), bool(item)))
                s = covered + 0.2 / (1 + rank)
                # two clauses of one sentence ("X ... trong tháng 8; các xã còn lại ... trước ngày 31/10"):
                # the date of the clause that matches the question, not the first one written
                own = overlap(terms, clause_at(sent, m.start))
                if best is None or (s, own) > (best[0], best_own):
                    best, best_own = (s, h.chunk, a, b, m.deadline.text), own
    if best is None or best[0] < 0.25:
        return None
    # "Báo cáo kết quả 6 tháng ... trước ngày 15/6 và báo cáo năm trước ngày 20/11": the time whose own
    # words match the question; none when both match alike
    key = (best[1].chunk_id, best[2])
    if len(accepted.get(key, ())) > 1:
        siblings = _dated_parts(best[1].text[best[2] : best[3]], actor)
        chosen = _sibling_time(siblings, task_terms(terms, question), best[4], accepted[key])
        if chosen is None:
            if untold is not None:
                untold.append(best[4])
            return None
        best = (*best[:4], chosen)
    # A field line matching through its item's words ("Thời gian gửi báo cáo về ... tỉnh chậm nhất ngày 14/3"
    # under "c. Báo cáo ... các cuộc tiếp xúc ...") against a sentence writing the act and its time itself
    # that covers the question nearly as well ("Báo cáo về tình hình tổ chức hội nghị lấy ý kiến cử tri ...
    # chậm nhất ngày 09/02/2026"): the item's words do not say which; no line (library2 dev l2-mttq-03)
    top_cover = max(c for c, _, _ in own_sentence)
    best_item = any(i and t == time_key(best[4]) and c == top_cover for c, t, i in own_sentence)
    if best_item and any(
        not i and t != time_key(best[4]) and c >= top_cover - TWIN_MARGIN for c, t, i in own_sentence
    ):
        if untold is not None:
            untold.append(best[4])
        return None
    # Twin sentences ("Trong thời hạn 30 ngày ... Phiếu công tác tạm thời", "Trong thời hạn 60 ngày ...
    # Phiếu công tác chính thức"): the same words but a few, covering the question alike with different
    # times. The question does not say which. (Two times of one sentence are told apart by their clauses.)
    chosen = time_key(best[4])
    words = passage_terms(best[1].text[best[2] : best[3]])[0]
    top = max(c for c, _, _ in covers)
    for c, nums, other in covers:
        twin = other != words and len(words & other) >= TWIN_SHARED * len(words | other)
        if twin and nums != chosen and c >= max(top - TWIN_MARGIN, TWIN_MIN_COVER):
            if untold is not None:
                untold.append(best[4])
            return None
    return best



def _without_names(sentence: str, names: list[str]) -> str:
    """``sentence`` folded, the body names given (folded) blanked out."""
    folded = fold(sentence)
    for n in sorted((fold(n) for n in names if n), key=len, reverse=True):
        folded = re.sub(rf"\b{re.escape(n)}\b", " ", folded)
    return folded


def _dated_parts(sentence: str, actor: list[str] | None = None) -> list[tuple[set[str], str]]:
    """Each time limit of a sentence with the words of its own part (from the previous time's end), the
    bodies it names and the asked ``actor``'s names left out (the later parts share them unsaid): the
    tasks of "A trước ngày X và B trước ngày Y"."""
    out, last = [], 0
    for m in find_deadlines(sentence):
        part = sentence[last : m.start]
        # a part naming the asked body ("...; các chi bộ còn lại hoàn thành trước ...") is told by it
        named = any(re.search(rf"\b{re.escape(fold(n))}\b", fold(part)) for n in actor or [] if n)
        # a part opening with a body of its own ("...; các chi bộ còn lại hoàn thành ...") has its own actor;
        # one that does not ("... và báo cáo năm trước ...") shares the previous part's, unsaid
        own = bool(head_bodies(_PART_START_RE.sub("", part), registry()))
        words = words_without_bodies(part, actor) | ({_NAMES_ACTOR} if named else set())
        words |= {_OWN_ACTOR} if own else set()
        out.append((words, m.deadline.text))
        last = m.end
    return out


_NAMES_ACTOR = "\x00actor"  # a part's mark that it names the body asked about
_OWN_ACTOR = "\x00own"  # a part's mark that it opens with a body of its own
_PART_START_RE = re.compile(r"^[\s;,.]*(?:\d+(?:\.\d+)*[.)]\s*)?(?:và\s+|riêng\s+|còn\s+)?", re.IGNORECASE)


def _sibling_time(
    parts: list[tuple[set[str], str]], terms: Terms, chosen: str, allowed: set[str]
) -> str | None:
    """Of the times of one sentence that answer the question (``allowed``: another round's, another
    act's are not), the one whose part's own words (those no other part writes) weigh most in the
    question; ``chosen`` when they are all one time; None on a tie."""
    if len({time_key(t) for t in allowed}) < 2:
        return chosen
    naming = [w for words, w in parts if w in allowed and _NAMES_ACTOR in words]
    each_own = all(_OWN_ACTOR in words for words, w in parts if w in allowed)
    if naming and each_own and len(naming) < len([1 for _, w in parts if w in allowed]):
        # the asked body is written in some parts only ("X ... trước ngày 30/9; các chi bộ còn lại ...
        # trước ngày 15/10"): those are its times
        allowed = set(naming)
        if len({time_key(t) for t in allowed}) < 2:
            return naming[0]
    scored = []
    for i, (words, wording) in enumerate(parts):
        if wording not in allowed:
            continue
        others = set().union(*(w for j, (w, _) in enumerate(parts) if j != i))
        scored.append((sum(terms.weights(terms.unigrams & (words - others))), wording))
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0] and time_key(scored[0][1]) != time_key(scored[1][1]):
        return None
    return scored[0][1]


# A line stating a task's time as a field: "- Thời gian thực hiện: ...", "Thời hạn: ...", "Thời gian hoàn
# thành: ..."
# (or written as a sentence on its item's paper: "Thời gian gửi báo cáo về ... tỉnh chậm nhất ngày 14/3/2026"
# after "c. Báo cáo tình hình và kết quả ... tiếp xúc ...", library dev lib-hdx-06)
_TIME_FIELD_RE = re.compile(
    r"^\W*(?:(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?)\s*:"
    r"|thoi (?:gian|han)(?: cham nhat)? (?:gui|nop) (?:bao cao|ket qua|ho so)\b)"
)
# the start of a numbered item's line ("2.6. ", "3. ", "b) ", "c. ")
_ITEM_START_RE = re.compile(r"(?:^|\n)\s*(?:\d+(?:\.\d+)*\.|[a-zđ][.)])\s", re.IGNORECASE)


def item_before(text: str, at: int) -> str:
    """The text of the numbered item a field line at ``at`` belongs to: from the last item start before it
    (the chunk's start when none)."""
    starts = [m.start() for m in _ITEM_START_RE.finditer(text, 0, at)]
    return text[starts[-1] if starts else 0 : at]


# A deadline written before its act opens its clause: "Chậm nhất là ngày 08/02/2026, việc xác minh ...
# phải được tiến hành xong", "Trước ngày 30/4, các chi bộ gửi ..." (only cue words before it).
# an item's label and marks before its first word ("- ", "c) ", "2.1. "), folded
_OPENING_RE = re.compile(r"^(?:[\W_]|\d+(?:\.\d+)*[.)]|[a-z][.)](?=\s))*")
# (after the recurrence it keeps: "định kỳ hàng năm (trước ngày 15/11 ...) báo cáo kết quả ...", a yearly
# date with no year; library5 dev l5-rw-02)
_FRONTED_RE = re.compile(
    r"(?:\W|\d+[.)])*(?:(?:dinh ky\W*)?(?:hang|moi) (?:nam|quy|thang|tuan)\W*|dinh ky\W*)?"
    r"(?:cham nhat|truoc|den|han chot|han cuoi|thoi han)?(?: la)?\W*$"
)
# How close another time's sentence may cover the question (``terms.overlap``) before the two are twins and
# no first line is given: a word's difference ("tạm thời" / "chính thức") and no more.
TWIN_MARGIN = 0.05
TWIN_SHARED = 0.7  # the share of their words (Jaccard) two twin sentences share; list items share far less
# ... and only twins that each match the question well by themselves: a template line repeated under several
# items ("Thời gian chậm nhất gửi báo cáo về ... ngày 14/3/2026" under c., "... ngày 23/3/2026" under e.)
# matches little alone, its item's first sentence says which (library dev: two right first lines kept).
TWIN_MIN_COVER = 0.5
OBJECT_WINDOW = 30  # characters after a clause's opening verb its object is looked for in
ACTION_WINDOW = 70  # characters before a deadline (or after a fronted one) its act is looked for in


def _written_for(sentence: str, start: int, end: int, action: str) -> bool:
    """Whether the deadline at ``sentence[start:end]`` is the time of ``action``: the act (or a verb for
    the same act, ``action_variants``: "báo cáo kết quả" for "gửi kết quả") written in the words before
    it, or after it when the deadline opens its clause."""
    verb, *rest = action.split(" + ")
    phrases = [action] if rest else list(action_variants(verb))
    before = sentence[max(0, start - ACTION_WINDOW) : start]
    # with its object, by any verb for the act ("nộp + biên bản": "... gửi biên bản về ...")
    if any(writes(before, p, variants=bool(rest)) for p in phrases):
        return True
    if rest and any(writes(before, v) for v in action_variants(verb)):
        # the object as the clause's subject, further back: "Biên bản ... phải gửi về Ban Thường trực ..."
        clause = clause_at(sentence, start)
        at = clause.find(sentence[start:end])
        if at > 0 and writes(clause[:at], rest[0]):
            return True
    clause = clause_at(sentence, start)
    at = clause.find(sentence[start:end])
    if at > 0 and _CLOSES_ITEM_RE.match(sentence, end) and _OPENS_NOTE_RE.search(sentence[:start]):
        # a time in brackets closing its item is the whole item's: "Tổng hợp hồ sơ, danh sách trích ngang
        # ... chuyển sang (hoàn thành chậm nhất ngày 01/02/2026)."
        return any(writes(clause[:at], p, variants=bool(rest)) for p in phrases)
    if at > 0 and rest and ":" not in clause[:at]:
        # the same with its object, the clause's subject every unit addressed: "Các đơn vị gửi hồ sơ đề nghị
        # ... đến Ban Thường vụ ... trước 30 ngày làm việc của các đợt ..." (library3 dev l3-party-01)
        # (its own line: "2. Thời gian gửi hồ sơ\n\nCác đơn vị gửi ...")
        opening = without_units_subject(_OPENING_RE.sub("", fold(clause[:at]).rsplit("\n", 1)[-1]))
        for v in action_variants(verb):
            m = re.match(rf"{re.escape(fold(v))}\b", opening)
            if m and writes(opening[m.end() : m.end() + OBJECT_WINDOW], rest[0]):
                return True
    # the paper sent when it names the act itself ("gửi + báo cáo": "Báo cáo về tình hình ... chậm nhất ...")
    paper_act = [rest[0]] if len(rest) == 1 and rest[0] in action_variants(verb)[1:] else []
    if at > 0 and (paper_act or not rest) and ":" not in clause[:at]:
        # a clause opening with the act, its time at its end however long its object ("Báo cáo về tình hình
        # tổ chức hội nghị ... về Ban Thường trực ... tỉnh chậm nhất ngày 09/02/2026"; library2 dev
        # l2-mttq-03, asked with its paper: "gửi lên MTTQ tỉnh bản báo cáo ...");
        # not past a label's colon ("d. Báo cáo nhanh ...: Có thể ... trong ngày 15/3": what follows is said
        # of the label, library dev lib-hdx-06)
        opening = _OPENING_RE.sub("", fold(clause[:at]))
        if any(re.match(rf"{re.escape(fold(p))}\b", opening) for p in paper_act or phrases):
            return True
    if at > 0 and _listed_act(_OPENING_RE.sub("", fold(clause[:at]).rsplit(":", 1)[-1]), phrases):
        # the act one of the acts the clause opens with (after its label: "Giao Sở ...: - Làm đầu mối, ..."),
        # its time closing them all: "Làm đầu mối, theo dõi, đôn đốc và tổng hợp báo cáo ... gửi Bộ ..., Ủy
        # ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm" for "... tổng hợp gửi lên Bộ ... hạn là khi
        # nào?" (library3 dev l3-rw-31)
        return True
    if at < 0 or not (_FRONTED_RE.match(fold(clause[:at])) or _PREDICATE_OPENS_RE.search(fold(clause[:at]))):
        return False
    after = sentence[end : end + ACTION_WINDOW + 50]
    return any(writes(after, p, variants=bool(rest)) for p in phrases)


# How many words an act listed before the asked one may have ("làm đầu mối", "theo dõi", "đôn đốc"): a
# longer piece is a clause with its own object, and the acts after it are not the clause's opening list
LISTED_ACT_WORDS = 3
_LIST_SPLIT_RE = re.compile(r"\s*,\s*|\s+va\s+")


def _listed_act(opening: str, phrases: list[str]) -> bool:
    """Whether a (folded) clause opening lists short acts joined by commas and "và" ("làm đầu mối, theo dõi,
    đôn đốc và ...") before the act its time closes, the first one written with its object (more than
    ``LISTED_ACT_WORDS`` words), and that act opens with the act asked (one of ``phrases``, written "verb"
    or "verb + object", its object within ``OBJECT_WINDOW`` after the verb). A short act listed before it
    ("theo dõi") is not given the closing act's time."""
    pieces = _LIST_SPLIT_RE.split(opening)
    last = next((p for p in pieces if len(p.split()) > LISTED_ACT_WORDS), None)
    if last is None or last is pieces[0]:
        return False  # no list before the act with its object (a plain opening is read above)
    for p in phrases:
        verb, *rest = p.split(" + ")
        m = re.match(rf"{re.escape(fold(verb))}\b", last)
        if m and (not rest or writes(last[m.end() : m.end() + OBJECT_WINDOW], rest[0])):
            return True
    return False


# A time limit opening the predicate after the condition or label it follows, its act after it: "..., nếu
# người bị kỷ luật không tán thành thì trong vòng 30 ngày có quyền khiếu nại", "Nghị quyết chi bộ: Trong
# vòng 05 ngày làm việc ... phải gửi hồ sơ", "Sau khi ..., trong thời hạn 7 ngày ... phải báo cáo" (folded).
_PREDICATE_OPENS_RE = re.compile(r"(?:\bthi|[,:])\s*$")
# a bracket right before a time and its close right after, then the end of the item or sentence
_OPENS_NOTE_RE = re.compile(r"\(\s*$")
_CLOSES_ITEM_RE = re.compile(r"\s*\)\s*(?:[.;]|$)")


BODY_DEADLINES_MAX = 3


def body_deadlines(
    obligations: list[Obligation],
    doc_ids: set[str],
    docs: dict[str, Document],
    book: CitationBook,
    language: str,
    question: str = "",
) -> FactLead | None:
    """ "Hạn chót của Hội phụ nữ là khi nào?" names a body but no action: the dated duties of that body in
    the documents in question, duties naming it first, then those reaching it through a collective phrase
    (``Obligation.org_match``), at most ``BODY_DEADLINES_MAX``; each line names its task, so no deadline
    reads as the answer to another action. None when the body has no dated duty there."""
    rows = [ob for ob in obligations if ob.doc_id in doc_ids and states_deadline(ob, question)]
    rows.sort(key=lambda ob: (ob.org_match != "named", ob.deadline.end or "", ob.start))
    lines: list[str] = []
    for ob in rows[:BODY_DEADLINES_MAX]:
        doc = docs.get(ob.doc_id)
        task = " ".join(ob.task.split())
        task = task if len(task) <= 110 else task[:110].rsplit(" ", 1)[0] + "…"
        line = f"{render.label('deadline', language)}: {ob.deadline.text} — {task}"
        if doc is not None and ob.end > ob.start:
            line += f" [{book.cite_doc_span(doc, ob.start, ob.end)}]"
        lines.append(line)
    return FactLead("deadline", lines, obligation=rows[0]) if lines else None
