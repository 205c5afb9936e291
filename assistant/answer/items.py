"""Whether a quoted table row is the row of the item a "how many / how much" question names.

A results table lists items that share their head noun ("Lớp tập huấn kỹ năng dân vận ...", "Lớp tập
huấn kỹ thuật trồng trọt ..."): a row sharing the question's head ("lớp tập huấn") but not the words that
tell its item from the others ("kỹ thuật chăn nuôi") is another item's, and its figure is no answer
(trial 32 n09). The question's item is a run of its content words (``money_matter.matter_words``: numbers,
function words and money words break it) that shares two adjacent words with the row's text cells; every word
of that run from the first shared pair on (the words before it head the item: "học sinh" of "học sinh trung
học phổ thông" for the row "Trung học phổ thông") must be written in the row as read (its cells, its column
names, its unit), in what describes the whole document (its subject line) or anywhere in its text, except the
words that only say a number is asked ("số", "số lượng", "tổng số"). Runs sharing no adjacent pair with the
row (the period "6 tháng đầu năm", the frame "đạt ... kế hoạch") are not the item: left to the other
checks. Only two adjacent words of the item missing tell another item (a term of its own).
"""

from __future__ import annotations

import re

from assistant.answer.money_matter import matter_words
from assistant.text import fold

# a table row as quoted: its cells joined by " | " (``parse.tables``)
_CELL_SEP = " | "
# words that only say that a number is asked ("Số lớp ...", "Tổng số hội viên ...", "Số lượng ...")
# and the asking words themselves, "mấy" being read as a content word ("đạt mấy phần trăm", trial 32 q19)
_COUNT_WORDS = frozenset(["so", "luong", "tong", "may", "bao", "nhieu"])
_WORD_RE = re.compile(r"[^\W_]+")
_FIGURE_CELL_RE = re.compile(r"\d+(?:[.,]\d+)*\s*%?")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text))


def _runs(question: str) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for w in matter_words(question):
        if w is None:
            runs.append([])
        else:
            runs[-1].append(w)
    return [r for r in runs if len(r) >= 2]


def is_row(quote: str) -> bool:
    """Whether a quote is a table row (cells joined by " | ")."""
    return _CELL_SEP in quote


def names_row(quote: str) -> bool:
    """Whether a quote is a table row none of whose cells is a figure: the column names, no item's row."""
    return is_row(quote) and not any(_FIGURE_CELL_RE.fullmatch(c.strip()) for c in quote.split(_CELL_SEP))


def shares_item(question: str, quote: str) -> bool:
    """Whether a quoted table row writes any word of the question's item runs (see the module) in its text
    cells: a row writing none of them ("1 | Mô hình dân vận khéo ... | 70,0" for "Số lớp tập huấn kỹ thuật
    chăn nuôi ... đạt bao nhiêu phần trăm?") is about no part of the item asked. True for a quote that is
    no table row."""
    if not is_row(quote):
        return True
    cells = [c for c in quote.split(_CELL_SEP) if re.search(r"[^\W\d_]", c)]
    label = set(_words(" ".join(cells)))
    return any(w in label for run in _runs(question) for w in run if w not in _COUNT_WORDS)


def missing_item_words(
    question: str, quote: str, reading: str = "", about: str = "", document: str = ""
) -> list[str]:
    """The words of the question's item (see the module) that a quoted table row does not write, folded;
    [] when the quote is no table row, when no run of the question is the row's item, or when the row
    writes them all. ``reading``: the row read with its column names; ``about``: the document's subject
    line (words describing every row); ``document``: its whole text, when given: only words it writes
    nowhere count ("chăn nuôi" in a report on mass-mobilisation work). A run also holds the place and the
    verb around the item ("Tỷ lệ hộ nghèo huyện X phấn đấu giảm còn ..."), which the document writes
    elsewhere (trial 31 q07): they say nothing of another item."""
    if not is_row(quote):
        return []
    cells = [c for c in quote.split(_CELL_SEP) if re.search(r"[^\W\d_]", c)]
    label = _words(" ".join(cells))
    pairs = set(zip(label, label[1:], strict=False))
    written = set(label) | set(_words(reading)) | set(_words(about)) | set(_words(document))
    missing: list[str] = []
    for run in _runs(question):
        shared = [i for i, pair in enumerate(zip(run, run[1:], strict=False)) if pair in pairs]
        if not shared:
            continue
        # from the first pair the row writes on: the words before it head the item ("học sinh" of "học
        # sinh trung học phổ thông" for the row "Trung học phổ thông"), those after it tell it apart
        tail = run[shared[0] :]
        absent = [w not in written and w not in _COUNT_WORDS for w in tail]
        # a term of two words the document writes nowhere ("chăn nuôi"); one word alone may be the question's
        # own verb ("phấn đấu" of a table of targets, trial 31 q07)
        if any(a and b for a, b in zip(absent, absent[1:], strict=False)):
            missing += [w for w, a in zip(tail, absent, strict=True) if a]
    return missing
