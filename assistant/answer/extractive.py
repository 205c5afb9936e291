"""Extractive answers: the most relevant sentences of the retrieved chunks, quoted verbatim with [n] markers.

No model writes anything here, so nothing can be invented: every quote is a substring of a chunk's
original text, and its offsets inside the chunk and inside the document are recorded in the citation
(``citations.CitationBook``) so the UI can highlight it. Sentences are scored by how much of the
question's (folded, expanded) content terms they cover, plus a prior from the chunk's retrieval rank (the
retriever has already weighed dense and lexical evidence; the prior keeps its order when sentences tie).
Sentences are cut in ``sentences`` and weighed in ``sentence_scores``; here the best are chosen
(``select``), widened to their lists, and grouped by document with their markers (``compose``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from assistant.answer import render
from assistant.answer.citations import CitationBook, bare_ref
from assistant.answer.sentence_kinds import SELF_REFERENCE_WEIGHT
from assistant.answer.sentence_scores import LEAD_IN_WEIGHT, Span, score_sentences
from assistant.answer.sentences import LABEL_OPENING, split_sentences
from assistant.answer.terms import Terms, passage_terms
from assistant.lexicon.phrases import is_basis_sentence
from assistant.models import Chunk, Document, Hit
from assistant.parse.closing import is_notes_section
from assistant.text import fold


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
        words = (s.chunk.doc_id, fold(LABEL_OPENING.sub("", last)).strip(" .;:"))
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
    from assistant.corpus_fields import issuer_places
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
