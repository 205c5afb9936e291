"""A figure the document states only for another activity: "Văn bản không nêu kinh phí cho việc này".

"Kinh phí xây dựng mô hình Tổ tiết kiệm xanh là bao nhiêu?" of a plan whose only sum is "Kinh phí tổ chức
Ngày hội "Phụ nữ khởi nghiệp xanh": 45.000.000 đồng, ..." while its item "3. Xây dựng mô hình "Tổ tiết kiệm
xanh"" writes no money at all (newcomer trial 43 u01): the figure is no answer (``breakdown``, the figure
checks refuse it), and quoting it first reads as one. The answer says the document states no such figure
for the thing asked, cites that thing's own passage first and quotes the figure's only as context; the
Answer's ``fact_absent`` (as for a clause setting no deadline, ``clause_facts.obligation_fact``).

The question is read as two parts: the kind of fact asked ("kinh phí") and the thing it is asked of ("xây
dựng mô hình Tổ tiết kiệm xanh"). The line is written only when, among the quotes shown, exactly one
sentence writes a figure of the unit asked (``figure_reading.figures_in``), its words leave more than
``OTHER_UNNAMED_SHARE`` of the question unwritten and name another thing of their own before the figure
(``OTHER_OWN_WORDS`` content words the question does not write, none naming a document's kind: "Kinh phí
thực hiện Kế hoạch" is the whole plan's), and another quote of the same document, with its section heading,
writes all of the question but at most ``ASKED_UNNAMED_SHARE``, every word it leaves out being one the
figure's sentence writes (the kind of fact, not the thing).
"""

from __future__ import annotations

import math
import re

from assistant.answer import render
from assistant.answer.amount_asked import asked_amount
from assistant.answer.figure_reading import figures_in
from assistant.answer.sentences import split_sentences
from assistant.answer.terms import Terms, content_tokens, passage_terms
from assistant.lexicon.words import type_names
from assistant.models import Citation
from assistant.text import fold

# How much of the question (IDF-weighted unigrams, numbers aside) the figure's sentence, with its section,
# may leave unwritten and still be of the thing asked: as ``breakdown.SUM_UNNAMED_MAX_SHARE`` (trial 43 u01:
# 0.6 for "xây dựng mô hình ... tiết kiệm" unwritten)
OTHER_UNNAMED_SHARE = 0.3
# How much the passage of the thing asked may leave unwritten: the kind of fact ("kinh phí") only
ASKED_UNNAMED_SHARE = 0.3
# Content words the figure's own words before it write that the question does not, for them to name
# another thing ("tổ chức Ngày hội Phụ nữ khởi nghiệp"); "Kinh phí: 20.000.000 đồng" names nothing
OTHER_OWN_WORDS = 2
# Where coordinated items part before a figure: a comma, a semicolon, "và", "cùng"
_COORDINATION_RE = re.compile(r"[,;]|(?<!\w)(?:và|cùng)(?!\w)")


def absent_figure(
    question: str, terms: Terms, shown: list[Citation], language: str
) -> tuple[str, int] | None:
    """(the line "Văn bản không nêu kinh phí cho việc này.", without its citation mark, the number of the
    quote of the thing asked, which the line cites and which should lead the quotes) for an amount question
    (``asked_amount``) whose only figure among the ``shown`` quotes is another thing's (module doc); None
    otherwise. ``shown``: the citations the answer shows, in order, all of one document. The line says "kinh
    phí" for money, "số liệu này" for any other unit (``prompts/labels.json`` no_amount / no_figure)."""
    asked = asked_amount(question)
    if asked is None or not shown:
        return None
    doc_id = shown[0].doc.doc_id
    if any(c.doc.doc_id != doc_id for c in shown):
        return None  # quotes of several documents: another one may state it
    figured = []  # (citation, sentence, where its first figure starts)
    for c in shown:
        for a, b in split_sentences(c.quote):
            spans = figures_in(question, c.quote[a:b])
            if spans:
                figured.append((c, c.quote[a:b], spans[0][0]))
    if len(figured) != 1:
        return None
    holder, sentence, at = figured[0]
    said = f"{holder.section or ''} {sentence}"
    if _unwritten_share(terms, said, set()) <= OTHER_UNNAMED_SHARE:
        return None  # the figure's sentence writes the thing asked: the figure checks decide
    # the words naming what the figure is of: those after the last coordination before it ("Mỗi cá nhân
    # được tặng Giấy khen ... và tiền thưởng 3.000.000 đồng" is a prize of the persons asked, named "tiền
    # thưởng"; the gift before "và" is another thing given to them, not another activity)
    head = _COORDINATION_RE.split(sentence[:at])[-1]
    question_words = set(content_tokens(question)) | set(terms.unigrams)
    own = set(content_tokens(head)) - question_words - set(asked[4])
    if len(own) < OTHER_OWN_WORDS or _names_document_kind(head):
        return None
    written = passage_terms(said)[0]
    best: tuple[float, Citation] | None = None
    for c in shown:
        if c is holder:
            continue
        text = f"{c.section or ''} {c.quote}"
        missing = _unwritten(terms, text)
        if not missing <= written:
            continue  # it leaves out words of the thing asked, not only the kind of fact
        share = _unwritten_share(terms, text, set())
        if share <= ASKED_UNNAMED_SHARE and (best is None or share < best[0]):
            best = (share, c)
    if best is None:
        return None
    key = "no_amount" if asked[0] == ["tien"] else "no_figure"
    return render.label(key, language), best[1].n


def _names_document_kind(text: str) -> bool:
    """Whether ``text`` names a document kind of two words or more ("kế hoạch", "đề án"), whole words: a sum
    "thực hiện Kế hoạch" is the whole document's, which covers the thing asked."""
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(k)}\b", folded) for k in type_names() if len(k.split()) > 1)


def _asked_words(terms: Terms) -> set[str]:
    return {w for w in terms.unigrams if not any(ch.isdigit() for ch in w)}


def _unwritten(terms: Terms, text: str) -> set[str]:
    """The question's words (numbers aside) ``text`` does not write, folded."""
    return _asked_words(terms) - passage_terms(text)[0]


def _unwritten_share(terms: Terms, text: str, besides: set[str]) -> float:
    """The weight share (``terms.weights``) of the question's words, less ``besides``, that ``text`` does not
    write, in [0, 1]."""
    asked = _asked_words(terms) - besides
    missing = asked - passage_terms(text)[0]
    return math.fsum(terms.weights(missing)) / (math.fsum(terms.weights(asked)) or 1.0)
