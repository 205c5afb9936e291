"""A bound asked of which the document writes only the opposite bound: "Văn bản chỉ nêu mức tối đa".

"Mức vay tối thiểu của Quỹ Hỗ trợ nông dân là bao nhiêu?" of a guide writing only "1. Mức vay tối đa
50.000.000 đồng/hộ." (newcomer trial 46 u02) was answered by that quote as if it were the minimum. A
question asking one bound (the least, "tối thiểu", "ít nhất", "at least", "minimum") is not answered by the
opposite bound of the same measure (the most, "tối đa", "không quá", "at most", "maximum"), nor the other way
round: the answer gives no figure and says the document states only the other bound, that bound's quote
first (the Answer's ``fact_absent``, as for a document stating no deadline).

The line is written only when
- the question asks a single bound (``bound_lead.asked``: its direction and, for a measure, its unit);
- no sentence of a quote the answer shows writes a figure as the bound asked (``bound_lead.written_bounds``:
  after a bound word, "từ N ... trở lên", a range's end, "đủ 18 tuổi") of the measure asked (below), in a
  unit of the asked unit's family (``_FAMILIES``: a sum in đồng / triệu đồng, a length in years / months);
- a shown quote writes a figure as the opposite bound, and its sentence writes the measure the question
  bounds (``_measure``: the word right before a Vietnamese bound word, the words of ``phrases.json``
  not_measures aside, "vay" of "mức vay tối thiểu", or the glossary's terms of the word after an English
  one, "minimum loan" -> "vay"); a bound of another measure ("sinh hoạt liên tục ít nhất 12 tháng")
  neither answers nor counts;
- no sentence of that quote's whole document writing the measure writes the bound asked in the family of
  that figure's unit: a minimum written elsewhere in the document is not "not stated", and the answer is
  then left as it is (no first line).
The bound words and their directions are the one table of ``lexicon.bound_words``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.answer import render
from assistant.answer.bound_lead import asked, figure_unit, written_bounds
from assistant.answer.sentences import split_sentences
from assistant.lexicon.bound_words import OPPOSITE, bound_alternation, not_measure_words
from assistant.lexicon.words import glossary_terms
from assistant.models import Citation
from assistant.text import fold

# A sentence of a document's folded text: up to a line's end, a semicolon, or a full stop before a space
_SENTENCE_END_RE = re.compile(r"\n|;|\.(?=\s)")


def _measure(folded_question: str, bound: str) -> tuple[str, ...]:
    """The folded words naming what the question bounds: the content word right before its Vietnamese bound
    word ("vay" of "muc vay toi thieu"), or the glossary's Vietnamese terms of the first content word after
    its English one ("minimum loan" -> ("vay", "cho vay")); () when it names none."""
    words_vi = bound_alternation(bound, inclusive=True, language="vi")
    vi = re.search(r"\b(?:" + words_vi + r")\b", folded_question)
    skip = not_measure_words()
    if vi is not None:
        words = [w for w in re.findall(r"[a-z]+", folded_question[: vi.start()]) if w not in skip]
        return (words[-1],) if words else ()
    words_en = bound_alternation(bound, inclusive=True, language="en")
    en = re.search(r"\b(?:" + words_en + r")\b", folded_question)
    if en is None:
        return ()
    words = [w for w in re.findall(r"[a-z]+", folded_question[en.end() :]) if w not in skip]
    return tuple(fold(t) for t in glossary_terms(words[0])) if words else ()


def _names(sentence: str, measure: tuple[str, ...]) -> bool:
    """Whether a sentence writes one of the ``measure`` words (folded, whole words); True for no measure."""
    folded = fold(sentence)
    return not measure or any(re.search(rf"\b{re.escape(m)}\b", folded) for m in measure)


def other_bound(
    folded_question: str, shown: list[Citation], folded_docs: Mapping[str, str], language: str
) -> tuple[str, int] | None:
    """(the line "Văn bản chỉ nêu mức tối đa, không nêu mức tối thiểu.", without its citation mark, the number
    of the quote writing the opposite bound, which the line cites and which should lead the quotes) for a
    question asking one bound whose shown quotes write only the opposite one (module doc); None otherwise.
    ``shown``: the citations the answer shows, in order; ``folded_docs``: doc_id -> folded text (the
    corpus's). The line's labels: ``prompts/labels.json`` only_max / only_min."""
    bound_asked = asked(folded_question)
    if bound_asked is None or not shown:
        return None
    bound, unit = bound_asked
    other = OPPOSITE[bound]
    measure = _measure(folded_question, bound)

    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    def bounded(sentence: str, direction: str, unit_of: str) -> list[str]:
        """The figures ``sentence`` writes as ``direction`` of the measure, in ``unit_of``'s family."""
        if not _names(sentence, measure):
            return []
        return [f for f in written_bounds(sentence, direction) if _same_family(figure_unit(f), unit_of)]

    if any(bounded(x, bound, unit) for c in shown for x in sentences(c.quote)):
        return None  # a quote writes the bound asked of what is asked
    for c in shown:
        for sentence in sentences(c.quote):
            found = bounded(sentence, other, unit)
            if not found:
                continue
            doc = folded_docs.get(c.doc.doc_id, "")
            if not doc or any(bounded(x, bound, figure_unit(found[0])) for x in _SENTENCE_END_RE.split(doc)):
                return None  # the document writes the bound asked somewhere: not "only the other"
            return render.label(f"only_{other}", language), c.n
    return None


# Units read as one measure: a sum in đồng, triệu đồng or tỷ đồng; a length of time in years, months, ...
_FAMILIES = (
    frozenset({"dong", "trieu dong", "ty dong"}),
    frozenset({"nam", "thang", "tuan", "ngay", "gio"}),
    frozenset({"%", "phan tram"}),
)


def _same_family(unit: str, other: str) -> bool:
    """Whether two folded units (``bound_lead.figure_unit``) measure alike; "" (no unit) is like any."""
    if not unit or not other or unit == other:
        return True
    return any(unit in f and other in f for f in _FAMILIES)
