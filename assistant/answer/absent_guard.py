"""The one final check on a "not stated" first line ("Văn bản không nêu thời hạn / kinh phí / đơn vị phối hợp
cho việc này"), whichever producer wrote it (``clause_facts.obligation_fact`` and ``unwritten_action``,
``untimed_step``, ``absent_figure``, ``partner_absent``).

"Hạn chót tổ chức hội nghị hiệp thương lần thứ nhất là khi nào?" was answered "Văn bản không nêu thời hạn cho
việc này. [1]" citing the section HEADING "TỔ CHỨC HỘI NGHỊ HIỆP THƯƠNG LẦN THỨ NHẤT ..." while the quotes
under it said the meeting "được tổ chức trong khoảng thời gian từ ngày 01 tháng 12 năm 2025 đến ngày 10 tháng
12 năm 2025" (library, session 25). Saying a fact is absent when a quoted sentence of the same document states
it for the asked act is a confident wrong first line, worse than none. Two rules, for every producer:

1. a heading or title line (written in capitals) governs no clause: its silence is never reported;
2. the line is dropped when another quoted sentence of the cited document writes the asked act (its verb, any
   variant, ``lexicon.phrases.writes_act``, and every word of the thing acted on, in any order: a passive
   "Hội nghị ... được tổ chức" writes "tổ chức + hội nghị") and holds a fact of the asked kind: a date or a
   period or a length (``times.writes_time``) for a time, a figure of the asked unit
   (``figure_reading.figures_in``) for an amount, a partner for a coordinator. The cited sentence itself was
   judged by its producer (a step's "trong 05 ngày" is how long it lasts, trial 43 u05) and is not re-read.
"""

from __future__ import annotations

import re

from assistant.answer.figure_reading import figures_in
from assistant.answer.partner_absent import partner_written
from assistant.answer.sentences import split_sentences
from assistant.answer.times import writes_time
from assistant.lexicon.phrases import writes_act
from assistant.models import Citation
from assistant.text import fold


def is_heading_line(text: str) -> bool:
    """Whether ``text`` (a clause or quote, str) is a heading or title line: its letters, at least two
    words of them, all capitals ("TỔ CHỨC HỘI NGHỊ HIỆP THƯƠNG LẦN THỨ NHẤT ..."; "II. NHIỆM VỤ"). Such a
    line names a part of the document; the part's sentences, not its name, state what it sets."""
    letters = [ch for ch in text if ch.isalpha()]
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) >= 2 and bool(letters) and all(ch.isupper() for ch in letters)


def writes_asked(sentence: str, action: str) -> bool:
    """Whether ``sentence`` writes the asked act ``action`` ("verb" or "verb + object", as
    ``act_words.action_phrase`` gives it): the verb or a variant of it, and each word of the object."""
    verb, _, obj = action.partition(" + ")
    if not verb or not writes_act(sentence, verb):
        return False
    words = set(fold(sentence).split())
    return all(w in words for w in fold(obj).split())


def _holds_kind(kind: str, sentence: str, question: str) -> bool:
    """Whether ``sentence`` holds a fact of the kind a ``FactLead`` of ``kind`` says is absent: "deadline" a
    date, period or length; "figure" a figure of the unit ``question`` asks; "lead" a partner."""
    if kind == "deadline":
        return writes_time([sentence]) or writes_time([sentence], deadline=True)
    if kind == "figure":
        return bool(figures_in(question, sentence))
    if kind == "lead":
        return partner_written(sentence)
    return False


def absent_contradicted(
    kind: str, cited: int, citations: list[Citation], action: str | None, question: str
) -> bool:
    """Whether a "not stated" line of ``kind`` ("deadline", "figure", "lead") citing quote number ``cited``
    must be dropped (module doc): the cited quote is a heading, or another sentence of a quote of the same
    document (``citations``, the answer's) writes ``action`` and holds a fact of that kind. False when the
    cited number is not among ``citations``; with no ``action`` only the heading rule applies."""
    own = next((c for c in citations if c.n == cited), None)
    if own is None:
        return False
    if is_heading_line(own.quote):
        return True
    if not action:
        return False
    for c in citations:
        if c.doc.doc_id != own.doc.doc_id:
            continue
        if c.n == cited:
            continue  # the cited passage: its producer read it
        for a, b in split_sentences(c.quote):
            sentence = c.quote[a:b]
            if writes_asked(sentence, action) and _holds_kind(kind, sentence, question):
                return True
    return False
