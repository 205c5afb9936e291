"""A figure asked of one year, quoted only for another (newcomer trial 48 u3).

"Kinh phí hoạt động năm 2028 của Ban Chỉ đạo ... là bao nhiêu?" of a decision writing only "năm 2027 dự kiến
45.000.000 đồng" was answered with that sentence first (no first line, but an answer): the year the
question names was not checked against the year the figure is written for. A figure for another year is no
evidence of the one asked: when every quoted sentence writing a figure of the asked unit names another year
as the figure's time (in the sentence, its section heading, or a table row read with its column names: "Năm
2027: 45.000.000") and none the year asked, the question is not answered (the year's figure is not
stated). A figure written with no year of its own is not judged here.
"""

from __future__ import annotations

import re

from assistant.answer.cited_context import cited_reader
from assistant.answer.figure_reading import figures_in
from assistant.answer.sentences import split_sentences
from assistant.answer.year_mentions import figure_of_another_year, single_years
from assistant.models import Citation, Document
from assistant.text import comrade_count


def figures_of_other_years(question: str, citations: list[Citation], docs: dict[str, Document]) -> bool:
    """Whether the quotes (``citations``; ``docs`` by id, for a table row's column names) answer an amount
    ``question`` naming one year on its own (``year_mentions.single_years``) only with figures of other
    years: at least one quoted sentence writes a figure of the asked unit (``figure_reading.figures_in``),
    and each such sentence, read with its section heading, names a year of its own that is not the one
    asked (``year_mentions.figure_of_another_year``). False when a table of a cited document writes the year
    asked (its year column is read by the figure stages), or when the question names no single year or
    no unit. Source: newcomer trial 48 u3 (module doc)."""
    years = single_years(question)
    if len(years) != 1:
        return False
    year = re.compile(rf"(?<!\d){years[0]}(?!\d)")
    texts = [docs[c.doc.doc_id].text for c in citations if c.doc.doc_id in docs]
    if any(year.search(line) and "|" in line for text in texts for line in text.splitlines()):
        return False  # a table of the document has the year asked ("| Năm 2035 |"): the figure stages read it
    seen = False
    for c in citations:
        read = cited_reader(c, docs)(c.quote_start, c.quote_end) or c.quote
        for a, b in split_sentences(read):
            sentence = read[a:b]
            if all(comrade_count(sentence, x, y) for x, y in figures_in(question, sentence)):
                continue
            if not figure_of_another_year(years, f"{c.section or ''} {sentence}"):
                return False
            seen = True
    return seen
