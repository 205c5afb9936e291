"""A deadline changed by a later document: the first line gives the time in force.

A plan sets "Trước ngày 10/10/2027" for a task; a later conclusion notice citing the plan by number says
"Ban Thường vụ Đảng ủy đồng ý lùi thời hạn trình dự thảo Báo cáo chính trị đến ngày 28/10/2027" (trial 39
q06, p_q06b: the plan's superseded date was the first line). The amendments are read by
``obligations.amendments`` (the lexicon's verbs of change and their "từ ... đến ..." grammar) and kept per
document by ``Corpus.amendments``; here one retrieved amendment is linked to the clause a deadline
question is answered from:

- it applies when the amending sentence (or its paragraph, or its section) cites the clause's document by
  number (``retrieve.scope.numbers_match`` over the document's numbers, the reference resolution the
  index does) and names what the clause names (``Settings.amend_applies`` of its words); the first line is
  then "Thời hạn: đến ngày 28/10/2027 [1] (đã lùi từ trước ngày 10/10/2027 [2] theo Thông báo ...)", the
  amendment quoted first and the original after it;
- it may apply (it names the task only in part, ``Settings.amend_may_apply``, names nothing, or names it
  without citing the document): no first line rather than the old time;
- with no clause (or a clause that is itself the amending sentence), an amendment naming what the
  question asks is the answer, with the clause of the document it cites that it changes, when found;
- a question asking the changed time ("được lùi đến ngày nào?", ``amendments.asks_new_value``) is never
  answered with a time no amendment gives;
- a change of a change (a notice citing the first notice and naming the same task) gives the last time;
- an event's day ("Thời gian: ngày 10/11/2027", read from the first quote) moved by a later retrieved
  notice naming the event the question names is given the same way (``amended_time``).
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.answer.duties import duties_of
from assistant.answer.facts import FactLead
from assistant.config import Settings
from assistant.corpus import Corpus
from assistant.models import Hit, Obligation
from assistant.obligations.amendments import Amendment, asks_new_value, writes_change
from assistant.query import QueryInfo
from assistant.retrieve.scope import cites_doc, numbers_match, refs_of
from assistant.text import bigrams, content_folds, day_keys

APPLIES, MAY_APPLY = "applies", "may"


def _cover(what: str, text: str) -> float:
    """The share ([0, 1]) of ``what``'s content words, and of their adjacent pairs, that ``text`` writes
    (the mean of the two; the words alone when ``what`` has one). 0.0 when ``what`` names nothing."""
    said = content_folds(what)
    if not said:
        return 0.0
    words = content_folds(text)
    have = set(words)
    uni = sum(w in have for w in said) / len(said)
    pairs = bigrams(said)
    if not pairs:
        return uni
    have_pairs = set(bigrams(words))
    return (uni + sum(p in have_pairs for p in pairs) / len(pairs)) / 2


def retrieved_amendments(corpus: Corpus, hits: list[Hit]) -> list[Amendment]:
    """The amendments written inside the retrieved passages, in rank order, each once."""
    out: list[Amendment] = []
    for h in hits:
        for a in corpus.amendments.get(h.chunk.doc_id, []):
            if a.start < h.chunk.end and h.chunk.start < a.end and a not in out:
                out.append(a)
    return out


def _linked_anywhere(corpus: Corpus, doc_id: str) -> list[Amendment]:
    """The amendments of any loaded document citing ``doc_id`` by number in their sentence, paragraph or
    section: a change naming the plan counts even when the retriever ranked it low."""
    info = corpus.store.doc_info
    if doc_id not in info:
        return []
    refs = refs_of(info[doc_id])
    return [
        a
        for d, found in corpus.amendments.items()
        if d != doc_id
        for a in found
        if a.cites and numbers_match(list(a.cites), refs)
    ]


def _latest(corpus: Corpus, settings: Settings, a: Amendment) -> tuple[Amendment, Amendment | None]:
    """The last of a chain of changes: an amendment ``b`` of a later document citing ``a``'s and naming
    what ``a`` names changes it again. Returns (the last, the one it changed; None when ``a`` is the
    last)."""
    before: Amendment | None = None
    for _ in range(5):
        later = [
            b
            for b in _linked_anywhere(corpus, a.doc_id)
            if _later(corpus, b, a.doc_id) and _cover(b.what, a.what) >= settings.amend_applies
        ]
        nxt = _one(later, corpus)
        if nxt is None or nxt == a:
            break
        before, a = a, nxt
    return a, before


def _moves_quoted(a: Amendment, quote: str, settings: Settings) -> bool:
    """Whether amendment ``a`` changes the day a quoted passage writes: the passage writes ``a``'s old day
    (``text.day_keys``) and names what ``a`` changes (``amend_may_apply`` of its words: the day written
    is the second link, a table row names the event without the verb, "tổ chức")."""
    if not a.old or _cover(a.what, quote) < settings.amend_may_apply:
        return False
    old_days = {k for t in a.old.split() for k in day_keys(t.strip(".,;:()"))[:1]}
    said = {k for t in quote.split() for k in day_keys(t.strip(".,;:()|"))[:1]}
    return bool(old_days) and old_days <= said


def _later(corpus: Corpus, a: Amendment, doc_id: str) -> bool:
    """Whether the amending document is not older than the clause's (unknown dates: yes)."""
    info = corpus.store.doc_info
    mine, theirs = info.get(a.doc_id), info.get(doc_id)
    return not (mine and theirs and mine.date and theirs.date and mine.date < theirs.date)


def bearing(corpus: Corpus, settings: Settings, a: Amendment, ob: Obligation) -> str | None:
    """How amendment ``a`` bears on clause ``ob``: ``APPLIES``, ``MAY_APPLY`` or None (another document's
    task, another task, an older document)."""
    info = corpus.store.doc_info
    if a.doc_id == ob.doc_id or ob.doc_id not in info or not _later(corpus, a, ob.doc_id):
        return None
    linked = bool(a.cites) and numbers_match(list(a.cites), refs_of(info[ob.doc_id]))
    if a.cites and not linked:
        return None  # it names another document it changes
    loose = not a.cites and a.doc_id in info and cites_doc(info[a.doc_id], info[ob.doc_id])
    cover = _cover(a.what, ob.text)
    if (linked or loose) and cover >= settings.amend_applies:
        return APPLIES
    if linked and not a.what.strip():
        return MAY_APPLY  # "đồng ý lùi thời hạn đến ngày ...": which task, the sentence does not say
    if (linked or loose) and cover >= settings.amend_may_apply:
        return MAY_APPLY
    if cover >= settings.amend_applies:
        return MAY_APPLY  # the same task's time changed by a document that does not cite this one
    return None


def _changed_clause(corpus: Corpus, settings: Settings, a: Amendment) -> Obligation | None:
    """The clause of a held document the amendment cites that it changes: the dated clause naming most of
    what it names (at least ``amend_applies``); None when none or two equally."""
    info = corpus.store.doc_info
    best: list[tuple[float, Obligation]] = []
    for d, held in info.items():
        if d == a.doc_id or not a.cites or not numbers_match(list(a.cites), refs_of(held)):
            continue
        for ob in duties_of(corpus, None, d) or []:
            if ob.deadline is not None and bearing(corpus, settings, a, ob) == APPLIES:
                best.append((_cover(a.what, ob.text), ob))
    best.sort(key=lambda x: -x[0])
    if not best or (len(best) > 1 and best[1][0] == best[0][0] and best[1][1].text != best[0][1].text):
        return None
    return best[0][1]


def _as_old(time: str) -> str:
    """A time as the old value of a change: lower-cased first letter, without the "đến" / "tới" / "hết"
    that made it an end ("đến hết ngày 31/5/2031" -> "ngày 31/5/2031"): "đã lùi từ ngày 31/5/2031"."""
    time = re.sub(r"(?i)^(?:(?:đến|tới)\s+)?(?:hết\s+)?", "", time.strip())
    return time[:1].lower() + time[1:]


def _line(
    corpus: Corpus,
    a: Amendment,
    ob: Obligation | None,
    book: CitationBook,
    language: str,
    changed: Amendment | None = None,
) -> str:
    """ "Thời hạn: đến ngày 28/10/2027 [1] (đã lùi từ trước ngày 10/10/2027 [2] theo Thông báo ...)": the
    old time is the one ``changed`` gave (an earlier amendment that ``a`` changes again), else the one
    ``a`` writes, else the clause's, each cited; none known: "(đã lùi theo ...)"."""
    docs = corpus.docs
    n = book.cite_doc_span(docs[a.doc_id], a.start, a.end)
    how = render.label(f"amended_{a.kind}", language)
    doc = _doc_said(corpus, a, language)
    old, m = None, None
    if changed is not None and changed.doc_id in docs:
        old = a.old or changed.new
        m = book.cite_doc_span(docs[changed.doc_id], changed.start, changed.end)
    elif ob is not None and ob.doc_id in docs and ob.end > ob.start:
        old = a.old or (ob.deadline.text if ob.deadline is not None else None)
        m = book.cite_doc_span(docs[ob.doc_id], ob.start, ob.end) if old else None
    else:
        old = a.old
    if old and m is None and a.old:
        m = n  # "từ ngày 10/11/2027 sang ngày 20/11/2027": the old time is the amending sentence's own
    if old and m is not None:
        said = render.label("amended", language, new=a.new, n=n, how=how, old=_as_old(old), m=m, doc=doc)
    else:
        said = render.label("amended_no_old", language, new=a.new, n=n, how=how, doc=doc)
    return f"{render.label('deadline', language)}: {said}"


def _lead(
    corpus: Corpus,
    a: Amendment,
    ob: Obligation | None,
    book: CitationBook,
    language: str,
    rest: list[str],
    changed: Amendment | None = None,
) -> FactLead:
    lines = [_line(corpus, a, ob, book, language, changed)]
    if rest and ob is not None and ob.doc_id in corpus.docs:
        # the clause's other facts ("Chủ trì: ...") stay, cited by the clause
        m = book.cite_doc_span(corpus.docs[ob.doc_id], ob.start, ob.end)
        rest = [line.rsplit(" [", 1)[0] if line.rstrip().endswith("]") else line for line in rest]
        rest[-1] += f" [{m}]"
        lines += rest
    return FactLead("deadline", lines, obligation=None, amended_by=a.doc_id)


def _one(found: list[Amendment], corpus: Corpus) -> Amendment | None:
    """Of several amendments, the latest document's; None when two of the latest disagree."""
    if not found:
        return None
    info = corpus.store.doc_info
    latest = max((info[a.doc_id].date or "") if a.doc_id in info else "" for a in found)
    newest = [a for a in found if ((info[a.doc_id].date or "") if a.doc_id in info else "") == latest]
    return newest[0] if len({a.new_end or a.new for a in newest}) == 1 else None


def amended_lead(
    corpus: Corpus,
    settings: Settings,
    info: QueryInfo,
    resolved: str,
    hits: list[Hit],
    lead: FactLead | None,
    book: CitationBook,
    booked: int,
    language: str,
) -> FactLead | None:
    """The deadline question's first line once the retrieved amendments are read (see the module): the
    amended line, ``lead`` unchanged, or None (an amendment may apply, or the changed time is asked and
    none gives it). ``booked``: the number of citations before ``lead`` was cited (they are rolled back
    when the line changes). Only for deadline questions; any other ``lead`` is returned as is."""
    if info.intent != "deadline":
        return lead
    asks_new = asks_new_value(info.folded)
    found = retrieved_amendments(corpus, hits)
    ob = lead.obligation if lead is not None else None
    inside = (
        next((a for a in found if a.doc_id == ob.doc_id and a.start < ob.end and ob.start < a.end), None)
        if ob is not None
        else None
    )
    if ob is not None and inside is None:
        # a change citing the plan counts though not retrieved, only when it plainly applies
        unranked = [a for a in _linked_anywhere(corpus, ob.doc_id) if a not in found]
        bear = [(a, bearing(corpus, settings, a, ob)) for a in found]
        bear += [(a, b) for a in unranked if (b := bearing(corpus, settings, a, ob)) == APPLIES]
        applying = [a for a, b in bear if b == APPLIES]
        chosen = _one(applying, corpus)
        if chosen is not None:
            book.rollback(booked)
            last, changed = _latest(corpus, settings, chosen)
            return _lead(corpus, last, ob, book, language, lead.lines[1:] if lead else [], changed)
        if applying or any(b == MAY_APPLY for _, b in bear) or asks_new:
            book.rollback(booked)
            return None
        return lead
    # no clause, or the clause is the amending sentence: an amendment naming what the question asks
    asked = [a for a in found if _cover(a.what, resolved) >= settings.amend_applies]
    if ob is None and lead is not None:
        # a line read from a quoted passage (a table row) that a later document citing it changes: the
        # change names what the passage names ("2. Văn phòng Hội ... hoàn thành in ấn đề thi ... trước 16
        # giờ 00 ngày 25/3/2047" for "1 | In ấn đề thi ... | Văn phòng Hội ... | Trước ngày 20/3/2047")
        near, loose = _changing_quoted(corpus, settings, found, lead, book)
        if loose and not near:
            book.rollback(booked)
            return None
        asked += [a for a in near if a not in asked]
    if inside is not None:
        # the clause's own part is the change: another change counts only when it names this clause too
        # (a notice's "Hội thi được chuyển sang ..." is not its registration part's time; trial 48 n2)
        asked = [inside] + [
            a for a in asked if a != inside and _cover(a.what, ob.text) >= settings.amend_applies
        ]
    chosen = _one(asked, corpus)
    if chosen is not None:
        last, changed = _latest(corpus, settings, chosen)
        clause = _changed_clause(corpus, settings, chosen)
        own = ob is not None and ob.doc_id == chosen.doc_id and not chosen.old
        own = own and not writes_change(chosen.text)
        if own and changed is None and clause is None:
            # a changing notice's own item ("2. Hội Nông dân xã báo cáo ... theo Hướng dẫn số 03-HD/HND, chậm
            # nhất ngày 10/4/2027") changing no held clause, no earlier time and changed by none: its time is
            # set here, nothing was adjusted (newcomer trial 46 q01)
            return lead
        book.rollback(booked)
        return _lead(corpus, last, clause, book, language, [], changed)
    if asked or (asks_new and lead is not None):
        book.rollback(booked)
        return None
    return lead


def _changing_quoted(
    corpus: Corpus, settings: Settings, found: list[Amendment], lead: FactLead, book: CitationBook
) -> tuple[list[Amendment], bool]:
    """The retrieved amendments changing the passage a first line cites (its first "[n]"): of a document
    not older than the passage's, citing it by number, naming ``amend_applies`` of what it names; and
    whether one names it only in part (``amend_may_apply``), when that line should rather be left out."""
    said = re.search(r"\[(\d+)\]", " ".join(lead.lines))
    if said is None or not 0 < int(said.group(1)) <= len(book.citations):
        return [], False
    quoted = book.citations[int(said.group(1)) - 1]
    info = corpus.store.doc_info
    if quoted.doc.doc_id not in info:
        return [], False
    refs = refs_of(info[quoted.doc.doc_id])
    near: list[Amendment] = []
    loose = False
    for a in found:
        if a.doc_id == quoted.doc.doc_id or not _later(corpus, a, quoted.doc.doc_id):
            continue
        if not a.cites or not numbers_match(list(a.cites), refs):
            continue
        cover = _cover(a.what, quoted.quote)
        if cover >= settings.amend_applies:
            near.append(a)
        elif cover >= settings.amend_may_apply and a.new_end and a.new_end not in " ".join(lead.lines):
            loose = True
    return near, loose


def _doc_said(corpus: Corpus, a: Amendment, language: str) -> str:
    """ "Thông báo kết luận 48-TB/ĐU ngày 22/10/2027": the amending document as the line names it."""
    ref = render.doc_ref(corpus.docs[a.doc_id])
    date = render.format_date(ref.date, language)
    return render.label("amended_doc", language, title=ref.title, date=date) if date else ref.title


def amended_time(
    corpus: Corpus,
    settings: Settings,
    info: QueryInfo,
    resolved: str,
    hits: list[Hit],
    lead_lines: list[str],
    book: CitationBook,
    language: str,
) -> tuple[list[str], str | None]:
    """An event's time line ("Thời gian: ngày 10/11/2027 [1]", read from the first quote) once the
    retrieved changes are read: a change naming the event the question names ("điều chỉnh thời gian tổ
    chức Hội nghị tổng kết ... sang ngày 20/11/2027", ``amend_applies`` of its words written in the
    question), of a document not older than the first quote's, gives "Thời gian: ngày 20/11/2027 [2] (đã
    điều chỉnh từ ngày 10/11/2027 [1] theo ...)"; one that may apply to it (naming it in part and citing
    the first quote's document), or a changed time asked that none gives, leaves no line. Returns the
    lines and the amending document's id (its quotes go first), else ``lead_lines`` and None."""
    if not book.citations:
        return lead_lines, None
    first = book.citations[0]
    info_docs = corpus.store.doc_info
    found = retrieved_amendments(corpus, hits)
    asked = [
        a
        for a in found
        if _cover(a.what, resolved) >= settings.amend_applies and _later(corpus, a, first.doc.doc_id)
    ]
    if not asked:
        # the change of the very passage quoted first: it names what that passage names and moves the day
        # it writes ("2 | Ngày hội hiến máu tình nguyện | ... | Ngày 22/3/2027" and "Điều chỉnh thời gian
        # tổ chức Ngày hội hiến máu tình nguyện từ ngày 22/3/2027 sang ngày 29/3/2027"), whatever words the
        # question chose for it ("Hiến máu nhân đạo ... diễn ra hôm nào?"; newcomer trial 40 dl1)
        asked = [
            a
            for a in found
            if any(
                a.doc_id != c.doc.doc_id
                and _later(corpus, a, c.doc.doc_id)
                and _moves_quoted(a, c.quote, settings)
                for c in book.citations
            )
        ]
    chosen = _one(asked, corpus)
    if chosen is None:
        refs = refs_of(info_docs[first.doc.doc_id]) if first.doc.doc_id in info_docs else []
        may = any(
            _cover(a.what, resolved) >= settings.amend_may_apply
            and a.cites
            and numbers_match(list(a.cites), refs)
            for a in found
        )
        return ([], None) if asked or may or asks_new_value(info.folded) else (lead_lines, None)
    last, changed = _latest(corpus, settings, chosen)
    docs = corpus.docs
    n = book.cite_doc_span(docs[last.doc_id], last.start, last.end)
    old, m = None, None
    if changed is not None:
        old, m = changed.new, book.cite_doc_span(docs[changed.doc_id], changed.start, changed.end)
    elif last.old:
        old, m = last.old, n
    elif lead_lines and first.doc.doc_id != last.doc_id:
        said = re.match(r"^[^:]+:\s*(.*?)\s*\[(\d+)\]\s*$", lead_lines[0])
        if said:
            old, m = said.group(1), int(said.group(2))
    how = render.label(f"amended_{last.kind}", language)
    doc = _doc_said(corpus, last, language)
    new = _as_old(last.new)
    if old and m is not None:
        line = render.label("amended", language, new=new, n=n, how=how, old=_as_old(old), m=m, doc=doc)
    else:
        line = render.label("amended_no_old", language, new=new, n=n, how=how, doc=doc)
    return [f"{render.label('time', language)}: {line}"], last.doc_id


def amendment_first(body: str, lead: FactLead | str | None, corpus: Corpus, language: str) -> str:
    """``body`` with the amending document's quotes ("Theo Thông báo ...:" and its lines, a block of the
    rendered body) moved first, above the amended document's: the time in force is read first. ``lead``:
    the first line's ``FactLead`` (its ``amended_by``) or the amending document's id."""
    by = lead.amended_by if isinstance(lead, FactLead) else lead
    if not by or by not in corpus.docs:
        return body
    doc = corpus.docs[by]
    header = f"{render.label('according', language)} {render.doc_label(render.doc_ref(doc), language)}:"
    blocks = body.split("\n\n")
    at = next((i for i, b in enumerate(blocks) if b.split("\n", 1)[0] == header), None)
    if not at:
        return body
    blocks.insert(0, blocks.pop(at))
    return "\n\n".join(blocks)
