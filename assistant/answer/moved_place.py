"""A venue moved by a later document: the place line gives the place in force, or none.

A plan's field "- Địa điểm: Nhà văn hóa thôn Bến Đình, xã Phước Khánh." is read for "... tổ chức ở đâu?"
(``parts.place_lead``); a later notice citing the plan by number writes "2. Địa điểm: chuyển từ Nhà văn
hóa thôn Bến Đình về Hội trường Ủy ban nhân dân xã Phước Khánh." (``obligations.place_changes``; newcomer
trial 43 q21: the superseded place was the first line). Like a changed deadline (``amended``):

- a move citing the place line's document, from a document not older than it, whose old place is the
  place the line states gives "Địa điểm: <new> [2] (đã điều chỉnh từ <old> [1] theo Thông báo ...)";
- a changing notice's bare place item citing that document ("Địa điểm: Hội trường ...", no old place)
  gives the same line without the old place only when it is the notice's one place;
- any other place item or move citing the document (another old place, several): no line rather than
  a place that may be superseded.
"""

from __future__ import annotations

import re

from assistant.answer import render
from assistant.answer.citations import CitationBook
from assistant.corpus import Corpus
from assistant.obligations.place_changes import PlaceChange, find_place_changes
from assistant.retrieve.scope import numbers_match, refs_of
from assistant.text import content_folds

_LINE_RE = re.compile(r"^([^:]+):\s*(.*?)\s*\[(\d+)\]\s*$")


def _names(old: str, place: str) -> bool:
    """Whether ``old`` (a move's old place) names ``place`` (the line's): every content word of the
    shorter is written in the longer ("Nhà văn hóa thôn Bến Đình" of "..., xã Phước Khánh")."""
    a, b = content_folds(old), content_folds(place)
    if not a or not b:
        return False
    short, long_ = (a, set(b)) if len(a) <= len(b) else (b, set(a))
    return all(w in long_ for w in short)


def _moves(corpus: Corpus, doc_id: str) -> list[PlaceChange]:
    """The venue moves of every other loaded document that cites ``doc_id`` by number (in the moving
    sentence, its paragraph, section or preamble) and is not older than it."""
    info = corpus.store.doc_info
    if doc_id not in info:
        return []
    mine = info[doc_id]
    refs = refs_of(mine)
    if not refs:
        return []
    out: list[PlaceChange] = []
    for other, doc in corpus.docs.items():
        theirs = info.get(other)
        if other == doc_id or theirs is None or not numbers_match(list(theirs.references), refs):
            continue
        if mine.date and theirs.date and theirs.date < mine.date:
            continue
        out += [c for c in find_place_changes(doc) if numbers_match(list(c.cites), refs)]
    return out


def moved_place(
    corpus: Corpus, book: CitationBook, lead_lines: list[str], language: str
) -> tuple[list[str], str | None]:
    """The place line ``lead_lines`` (``["Địa điểm: <place> [n]"]``, read from citation ``n``) once the
    later documents moving its document's venue are read (see the module). Returns (the lines, the moving
    document's id, whose quotes go first), else (``lead_lines``, None); ([], None) when a move may
    supersede the place but none can be told to."""
    if not book.citations:
        return lead_lines, None
    said = _LINE_RE.match(lead_lines[0]) if lead_lines else None
    if said is None:
        if lead_lines:
            return lead_lines, None
        return _quoted_old(corpus, book, language)
    n = int(said.group(3))
    cited = next((c for c in book.citations if c.n == n), None)
    if cited is None:
        return lead_lines, None
    moves = _moves(corpus, cited.doc.doc_id)
    if not moves:
        return lead_lines, None
    place = said.group(2)
    named = [c for c in moves if c.old is not None and _names(c.old, place)]
    bare = [c for c in moves if c.old is None]
    if named:
        chosen = named[-1]
    elif len(bare) == 1 and all(c.old is None for c in moves):
        chosen = bare[0]
    else:
        return [], None
    if _names(chosen.new, place):
        return lead_lines, None  # "chuyển ... về Hội trường X" where the line already says Hội trường X
    return [_line(corpus, book, chosen, place, n, said.group(1), language)], chosen.doc_id


def _quoted_old(corpus: Corpus, book: CitationBook, language: str) -> tuple[list[str], str | None]:
    """No place line was read: a move of the first quote's document whose old place that quote writes
    ("- Địa điểm: Sân vận động thôn ..." and "chuyển từ Sân vận động thôn ... về ...") changes the very
    passage the question retrieved first, so its new place answers (the way ``amended._moves_quoted``
    reads a moved day). ([], None) when none, or several different new places."""
    first = book.citations[0]
    moves = [
        c for c in _moves(corpus, first.doc.doc_id) if c.old is not None and _writes(first.quote, c.old)
    ]
    if not moves or len({c.new for c in moves}) > 1:
        return [], None
    chosen = moves[-1]
    line = _line(corpus, book, chosen, chosen.old or "", first.n, render.label("place", language), language)
    return [line], chosen.doc_id


def _writes(text: str, place: str) -> bool:
    """Whether ``text`` writes every content word of ``place``, as a run of adjacent words."""
    said = content_folds(place)
    words = content_folds(text)
    k = len(said)
    return bool(said) and any(words[i : i + k] == said for i in range(len(words) - k + 1))


def _line(
    corpus: Corpus, book: CitationBook, chosen: PlaceChange, place: str, n: int, label: str, language: str
) -> str:
    """ "Địa điểm: <new> [m] (đã điều chỉnh từ <place> [n] theo Thông báo ... ngày ...)"."""
    doc = corpus.docs[chosen.doc_id]
    m = book.cite_doc_span(doc, chosen.start, chosen.end)
    how = render.label("amended_change", language)
    ref = render.doc_ref(doc)
    date = render.format_date(ref.date, language)
    by = render.label("amended_doc", language, title=ref.title, date=date) if date else ref.title
    if chosen.old is not None:
        line = render.label("amended", language, new=chosen.new, n=m, how=how, old=place, m=n, doc=by)
    else:
        line = render.label("amended_no_old", language, new=chosen.new, n=m, how=how, doc=by)
    return f"{label}: {line}"
