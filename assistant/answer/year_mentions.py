"""Year checks: the years a question names (``asked_years``, ``single_years``), the comparison bases set
aside ("so với năm 2030", ``without_bases``); whether quoted documents write them (``years_written``), and
whether a quote, its time or the sentence of a figure is about another year (``another_years_matter``,
``time_of_another_year``, ``figure_of_another_year``).

In the answer step: ``answer.checks`` records the results in ``abstain.Evidence``; ``answer.extractive``,
``figures``, ``quotes`` and ``plan`` prefer passages of the year asked.
"""

from __future__ import annotations

import re

from assistant.answer.terms import fold
from assistant.text import find_doc_numbers

# A year in a question or a document ("năm 2029", "in 2028"), and a period of years a document writes
# ("giai đoạn 2026 - 2030", "nhiệm kỳ 2025-2030", "từ năm 2026 đến năm 2030"), folded.
_YEAR_RE = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")
_YEARS_RE = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|den(?: nam)?)\s*((?:19|20)\d{2})\b")


# The year a figure is compared with ("tăng 3 vụ so với năm 2030", "tăng 12% so với cùng kỳ năm 2031", "giảm
# so với quý II/2032", "compared with 2030", "than in 2030"), folded: the base, not the year the figure
# belongs to. Up to a few words between "so với" and the year, no punctuation ("so với kế hoạch, năm 2031
# ..." compares with the plan).
_BASE_YEAR_RE = re.compile(
    r"\b(?:so voi|compared (?:with|to)|than)\b[^,.;:()\n]{0,30}?(?<!\d)((?:19|20)\d{2})(?!\d)"
    r"|\bcung ky\s+(?:nam\s+)?((?:19|20)\d{2})(?!\d)"
    # a comparative naming its base: "nhiều hơn hội nghị năm 2036 bao nhiêu?" (trial 32 p11), no number
    # between ("nhiều hơn 25 đại biểu năm 2036" writes 2036's figure)
    r"|(?<!khong )\b(?:nhieu|it|cao|thap|lon|nho|kem|som|muon) hon\b"
    r"[^,.;:()\n\d]{0,30}?((?:19|20)\d{2})(?!\d)"
)


# a comparison before "cùng kỳ năm 2036" in the same clause makes it a base ("bằng 110% cùng kỳ năm 2036")
_COMPARED_BEFORE_RE = re.compile(r"\b(?:so voi|bang|tang|giam|hon|than|compared)\b[^,.;:()\n]*$")


def without_bases(folded: str, asking: bool = False) -> str:
    """A folded text with the years it names only as a comparison base blanked out (same length): "Mùa khô
    năm 2031 xảy ra 9 vụ, tăng 3 vụ so với năm 2030" writes nothing of 2030's fires. In a question
    (``asking``), "cùng kỳ năm 2036" with no comparison before it in its clause is the period asked ("Cùng
    kỳ năm 2036 làm mới được bao nhiêu km?" asks 2036's figure; trial 32 p35), not a base."""
    out = folded
    for m in _BASE_YEAR_RE.finditer(folded):
        g = next(i for i in (1, 2, 3) if m.group(i))
        if asking and g == 2 and not _COMPARED_BEFORE_RE.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        out = out[: m.start(g)] + "    " + out[m.end(g) :]
    return out


def _question_without_bases(question: str) -> str:
    """The question with the years it names as a comparison base blanked ("tăng bao nhiêu so với năm 2030?"
    asks the change, not about 2030), written as it is when folding keeps its length."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    masked = without_bases(folded, asking=True)
    return "".join(" " if m != f else c for c, f, m in zip(question, folded, masked, strict=True))


def asked_years(question: str) -> list[int]:
    """The years a question names, those inside document numbers ("101/2025/UBTVQH15") and those it
    names as a comparison base ("so với năm 2030") aside."""
    masked = _question_without_bases(question)
    for _, a, b in find_doc_numbers(question):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    return [int(y) for y in _YEAR_RE.findall(masked)]


def years_written(years: list[int], refs: list, corpus) -> bool:
    """Whether every year asked is written in at least one of the quoted documents, alone, in a date or
    inside a period of years they write ("năm 2029" is in "giai đoạn 2026-2030"): a question about 2029
    answered from documents about 2028 is answered about something else."""
    texts = [corpus.folded_docs.get(r.doc_id, "") for r in {r.doc_id: r for r in refs}.values()]

    def written(year: int, text: str) -> bool:
        text = without_bases(text)  # "tăng 3 vụ so với năm 2030" writes nothing of 2030
        if re.search(rf"(?<![\d/.-]){year}(?![\d])", text):
            return True
        # the year of a date ("ngày 16/8/2017", "tháng 6/2027"), not of a number ("67/2017/NĐ-CP")
        if re.search(rf"(?<![\d/.-])\d{{1,2}}[/.-](?:\d{{1,2}}[/.-])?{year}(?![\d/])", text):
            return True
        return any(int(a) <= year <= int(b) for a, b in _YEARS_RE.findall(text))

    return all(any(written(y, t) for t in texts) for y in years)


# A year inside a written date ("25/01/2028", "tháng 6/2027") or standing alone ("năm 2028").
_ANY_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def single_years(question: str) -> list[int]:
    """The years a question names on their own ("năm 2029"), not the ends of a period it names ("nhiệm kỳ
    2027 - 2032", whose events fall before or between them) nor inside document numbers."""
    masked = fold(question)
    if len(masked) != len(question):
        return []
    masked = without_bases(masked, asking=True)
    for _, a, b in find_doc_numbers(question):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    masked = _YEARS_RE.sub(" ", masked)
    return [int(y) for y in _YEAR_RE.findall(masked)]


def another_years_matter(years: list[int], context: str) -> bool:
    """Whether a quote read in its ``context`` (its section and its document's subject line) is about
    another year than every one asked (``years``, ``single_years``): it names a year of its own ("năm
    2028", not a period "giai đoạn 2026 - 2030", which covers the years in it) and writes none asked, nor a
    period holding one ("giai đoạn 2029 - 2031 mỗi năm ..." is about 2030)."""
    folded = without_bases(fold(context))
    if any(int(a) <= y <= int(b) for a, b in _YEARS_RE.findall(folded) for y in years):
        return False
    bare = _YEARS_RE.sub(" ", folded)
    if any(re.search(rf"(?<!\d){y}(?!\d)", bare) for y in years):
        return False
    own = {int(y) for y in re.findall(r"\bnam\s+((?:19|20)\d{2})(?![\d/])", bare)}
    return bool(own - set(years))


def time_of_another_year(years: list[int], lead: str, quote: str, context: str) -> bool:
    """Whether a first line's time (``lead``: "Thời hạn: trước ngày 25/01/2028"; or a quoted event's
    sentence, its periods aside) is another year's than the
    one the question asks on its own (``years``, ``single_years``): the quoted sentence names another year
    for its matter ("danh sách ... năm 2028", asked "năm 2029"), or writes no year asked (alone; a period
    "giai đoạn 2027 - 2030" in its ``context``, the section and subject line, covers every year in it and
    says nothing of one) and its time lies two years or more from each. A year's report falls due early in
    the next one and its plan late in the one before, so a time one year off is no contradiction by itself
    (trials 24 n02, 26 n10 / p41: the plan's one deadline given for a later year)."""
    if not years:
        return False
    bare = lambda text: _YEARS_RE.sub(" ", without_bases(fold(text)))  # noqa: E731
    stated = {int(y) for y in _ANY_YEAR_RE.findall(bare(lead))}
    if not stated or stated & set(years):
        return False
    written = lambda y, text: re.search(rf"(?<![\d/.-]){y}(?![\d/])", text) is not None  # noqa: E731
    if any(written(y, bare(f"{context} {quote}")) for y in years):
        return False
    own = {int(y) for y in re.findall(r"\bnam\s+((?:19|20)\d{2})(?![\d/])", bare(quote))}
    if own - set(years):
        return True
    return all(abs(s - y) >= 2 for s in stated for y in years)


# A year a sentence names as its own time ("Mùa khô năm 2031", "quý III/2032", "quý III năm 2032"), folded; a
# year it works towards ("đến năm 2035", "trước năm 2030") is a target, not its time.
_OWN_YEAR_RE = re.compile(
    r"(?<!\bden )(?<!\btoi )(?<!\btruoc )(?<!\bsau )(?<!\bden het )\bnam\s+((?:19|20)\d{2})(?![\d/])"
    r"|\bquy\s+[ivx1-4]+\s*/\s*((?:19|20)\d{2})(?!\d)"
)


def figure_of_another_year(years: list[int], sentence: str) -> bool:
    """Whether the sentence writing a figure names a year of its own as the figure's time, and none of the
    ``years`` a question asks on its own (``single_years``): "Mùa khô năm 2031 ... xảy ra 9 vụ, tăng 3 vụ so
    với năm 2030" counts 2031's fires, asked of 2030 or of 2032 (the base year and periods aside)."""
    if not years:
        return False
    folded = _YEARS_RE.sub(" ", without_bases(fold(sentence)))
    if any(re.search(rf"(?<![\d/.-]){y}(?![\d/])", folded) for y in years):
        return False
    own = {int(a or b) for a, b in _OWN_YEAR_RE.findall(folded)}
    return bool(own - set(years))
