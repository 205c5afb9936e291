"""Abstention: say "not found in the loaded documents" instead of quoting weakly related text.

Retrieval always returns *something*; the question is whether it answers. Two signals, combined:

- ``coverage``: how much of the question's content terms (folded syllables and bigrams, with abbreviation
  and English expansions) the best of the top chunks covers (``terms.overlap``). Out-of-domain questions
  ("What is the capital of France?") and in-domain questions about things the documents never mention
  ("ngân sách ... tỷ đồng") cover little.
- ``dense``: the top hit's dense cosine (multilingual-e5-small; everything in this domain scores 0.75+,
  so it is rescaled from [0.78, 0.90] to [0, 1] before mixing).

``score = 0.7 * coverage + 0.3 * dense_scaled``; abstain when ``score < threshold``.

An *amount check* adds a precise rule for "how much / how many" questions: the unit asked for
("bao nhiêu **tỷ đồng**", "how many **members**") must be written next to a number in a retrieved sentence;
a budget figure that appears nowhere cannot be answered by quoting a nearby sentence about the budget.

Calibration (``DEFAULT_THRESHOLD``): ``calibrate()`` scores every question of ``eval/questions.jsonl``
(72 questions, 10 unanswerable) on the index of the sample documents and picks the threshold of least
cost (a wrongly abstained answerable question costs 2, an answered unanswerable one 1), taking the middle
of the best range. The value and the scores it was chosen from are in ``DEFAULT_THRESHOLD``'s comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer.terms import NUMBER_RE, Terms, fold, overlap
from assistant.lexicon.words import glossary_terms, person_nouns
from assistant.models import Hit
from assistant.query.subjects import amount_unit, asks_person, money_noun

__all__ = ["amount_unit", "asks_person"]  # question traits, re-exported from ``query.subjects``
from assistant.text import find_doc_numbers, fold_chars, has_diacritics

# Chosen by calibrate() on eval/questions.jsonl (72 questions, 10 unanswerable) over the index of the
# five sample documents. Scores sorted: unanswerable una-02 0.00, una-03 0.32, una-07 0.32, una-09 0.33;
# lowest answerable acc-03 0.40, eng-05 0.46; una-05 0.44 / una-08 0.45 / una-04 0.51 / una-10 0.60
# overlap the answerable range, una-01 and una-06 are caught by the amount check. With a missed answer
# costing twice an unneeded quote, every threshold in (0.33, 0.40] is best (4 wrong, 0 answerable lost);
# 0.37 is its middle. ``Settings.abstain_threshold`` (ASSISTANT_ABSTAIN_THRESHOLD) overrides it when > 0.
DEFAULT_THRESHOLD = 0.37


@dataclass
class Evidence:
    """Why the assistant thinks it can (or cannot) answer."""

    coverage: float
    dense: float | None
    score: float
    amount_ok: bool = True
    person_ok: bool = True  # a "who holds this post" question found a sentence naming someone
    fact_ok: bool = True  # a deadline question found a deadline to state
    place_ok: bool = True  # the places the question names are mentioned by the quoted documents
    actor_ok: bool = True  # a duties question answered by quotes: one of them names the body asked about
    reason: str = ""


def _dense_scaled(d: float | None) -> float:
    if d is None:
        return 0.5  # no dense score (lexical-only hit): neutral
    return min(1.0, max(0.0, (d - 0.78) / 0.12))


def _counts(sentence: str) -> bool:
    """True when the sentence writes a quantity: a number that is not a document number or a year."""
    masked = sentence
    for _, a, b in find_doc_numbers(sentence):
        masked = masked[:a] + " " * (b - a) + masked[b:]
    for m in NUMBER_RE.finditer(masked):
        raw = m.group(0)
        if re.fullmatch(r"(19|20)\d{2}(-(19|20)\d{2})?", raw) or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", raw):
            continue
        return True
    return False


# A unit a question asks for and the words documents write it with: "bao nhiêu tiền" is answered by
# "2.300.000 đồng".
_UNIT_SYNONYMS = {"tien": ("dong", "trieu", "ty", "nghin"), "kinh": ("dong", "trieu", "ty")}


_NUMBER_WORDS = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|muoi mot|muoi hai)"


@lru_cache(maxsize=64)
def _asked_amount(
    question: str,
) -> tuple[list[str], bool, bool, list[str], list[str], str, str | None] | None:
    """What ``amount_supported`` checks, read once per question (the retriever checks many passages):
    (unit, english, percent, Vietnamese units, unit words, their pattern, priced noun); None when the
    question asks no amount."""
    unit = amount_unit(question)
    if unit is None:
        return None
    english = not has_diacritics(question) and fold(question) == question.lower()
    percent = unit[:2] == ["phan", "tram"] or "percent" in fold(question) or "ty le" in fold(question)
    # "how many members": the glossary's Vietnamese for the unit (hội viên, đoàn viên) must be written
    vi_units = [fold(t) for w in unit for t in glossary_terms(w)] if english else []
    heads = [unit[0], *_UNIT_SYNONYMS.get(unit[0], ())] if unit else []
    if unit[:1] == ["nguoi"]:  # "bao nhiêu người": a count before any noun for people ("05 đại biểu")
        heads = list(person_nouns())
    words_re = "|".join(re.escape(h) for h in heads)
    # "Giá vé ... là bao nhiêu?": the sum must be written for the thing priced ("vé"), not for another
    noun = money_noun(question) if unit == ["tien"] and not english else None
    return unit, english, percent, vi_units, heads, words_re, noun


def amount_supported(
    question: str, sentences: list[str], passages: list[str] | None = None, folded: list[str] | None = None
) -> bool:
    """For amount questions, is the asked-for unit written with a quantity in one of the sentences?
    ``folded``: the sentences already folded, in the same order (the retriever keeps its passages so).

    "phần trăm"/"percent" is satisfied by a "%"; English units are not checked (the documents are in
    Vietnamese), only that some relevant sentence writes a quantity.
    """
    asked = _asked_amount(question)
    if asked is None:
        return True
    unit, english, percent, vi_units, heads, words_re, noun = asked
    for i, s in enumerate(sentences):
        f = folded[i] if folded is not None else fold(s)
        # "ba tháng", "hai đợt": a count written in words, right before the unit asked for
        if heads and not english and re.search(rf"\b{_NUMBER_WORDS}\s+(?:{words_re})\b", f):
            return True
        if not _counts(s):
            continue
        if percent:
            if "%" in s or "phan tram" in f:
                return True
            continue
        if vi_units:  # the count itself: "1.200 hội viên", "55% đoàn viên"
            if any(re.search(rf"\d[\d.,%]*\s+(?:\w+\s+){{0,2}}{re.escape(u)}\b", f) for u in vi_units):
                return True
            continue
        if (english and unit[0] != "tien") or not unit:
            return True  # English money questions still need a sum in đồng below
        # "05 đại biểu", "50% tổng số cử tri"; not "500.000 đồng/người" nor "02 công trình thanh niên"
        if unit[0] == "nguoi":
            if re.search(rf"\d[\d.,%]*\s+(?:(?:tong so|trong so|so)\s+)?(?:{words_re})\b", f):
                return True
            # a table cell or a label: "Số người dự kiến: 85", "Số lượng đại biểu: 120"
            if re.search(rf"\bso (?:luong )?(?:{words_re})\b[^:;\d]{{0,25}}:\s*\d", f):
                return True
            continue
        # The unit written right after a number ("09 trường", "20 tổ hợp tác", "500.000 đồng/người"):
        # a number elsewhere in a sentence that names the unit does not count it.
        if noun and not _names_noun(noun, f, s, passages or []):
            continue
        if any(re.search(rf"\d[\d.,]*(?:[\W_]+[^\W\d_]+){{0,2}}[\W_]+{re.escape(u)}\b", f) for u in heads):
            return True
        # a table field with its unit in the column header: "Kinh phí hỗ trợ (đồng): 5.000.000"
        if words_re and re.search(rf"\(\s*(?:{words_re})\s*\)\s*:\s*\d", f):
            return True
    return False


def _names_noun(noun: str, folded_sentence: str, sentence: str, passages: list[str]) -> bool:
    """Is the priced thing named in the sentence, or in a passage holding it (an appendix whose "Tổng
    cộng: 27.000.000 đồng" sits under "DỰ TRÙ KINH PHÍ")?"""
    rx = re.compile(rf"\b{re.escape(noun)}\b")
    if rx.search(folded_sentence):
        return True
    return any(sentence in p and rx.search(fold(p)) for p in passages)


# A person's name is a run of two to four capitalised syllables ("Dương Văn An", "Trần Tới") that is not
# an organisation (the registry), not a title or institution word run ("Phó Bí thư", "Tỉnh ủy") and not a
# place after an administrative word ("tỉnh Bình Thuận").
_TITLE_WORDS = frozenset(
    "pho bi thu chu tich truong ban giam doc uy vien thuong truc tinh huyen xa hoi dang doan mat tran "
    "to quoc bo chinh tri trung uong nhan dan thanh quan phuong cong hoa xa chu nghia viet nam doc lap "
    "tu do hanh phuc kinh gui noi nhan dong chi ong ba".split()
)
_ADMIN_BEFORE_RE = re.compile(r"\b(?:tinh|huyen|xa|thanh pho|tp\.?|quan|phuong|thi xa|thi tran|tai|o|uy)\s*$")
_WORD_RE = re.compile(r"\w+")


def person_names(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the personal names a sentence writes, by the shape of a Vietnamese name."""
    from assistant.lexicon.words import registry

    orgs = [(m.start, m.end) for m in registry().find_in(sentence)]
    words = [m for m in _WORD_RE.finditer(sentence)]
    runs: list[list[re.Match[str]]] = []
    for m in words:
        w = m.group(0)
        capital = w[:1].isupper() and (len(w) == 1 or w[1:].islower()) and not w.isdigit()
        ok = capital and fold(w) not in _TITLE_WORDS
        if ok and runs and runs[-1] and sentence[runs[-1][-1].end() : m.start()] == " ":
            runs[-1].append(m)
        elif ok:
            runs.append([m])
        else:
            runs.append([])
    out = []
    for run in runs:
        if not 2 <= len(run) <= 4:
            continue
        a, b = run[0].start(), run[-1].end()
        if any(s < b and a < e for s, e in orgs):
            continue
        if _ADMIN_BEFORE_RE.search(fold(sentence[max(0, a - 12) : a])):
            continue
        out.append((a, b))
    return out


def person_named(sentences: list[str], roles: list[str] | None = None) -> bool:
    """Does one of the sentences name a person, next to the post asked about when one is given?

    "đồng chí Dương Văn An - Phó Bí thư Tỉnh ủy" names the deputy, not the secretary: a post preceded by
    "phó" is another post unless the question asked for the deputy.
    """
    for sentence in sentences:
        names = person_names(sentence)
        if not names:
            continue
        if not roles:
            return True
        folded = fold_chars(sentence)  # same offsets as the sentence, so name and post positions compare
        for role in roles:
            for m in re.finditer(rf"\b{re.escape(role)}\b", folded):
                if not role.startswith("pho ") and folded[max(0, m.start() - 4) : m.start()] == "pho ":
                    continue
                if any(abs(a - m.end()) <= 40 or abs(m.start() - b) <= 40 for a, b in names):
                    return True
    return False


# A date or period as directives write them: "20/5/2026", "ngày 15 tháng 3", "tháng 02/2026", "quý III",
# "năm 2026" after a time preposition, "05 ngày làm việc", "45 days".
_TIME_RE = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\bngay\s+\d{1,2}\b|\bthang\s+\d{1,2}\b|\bquy\s+[ivx1-4]+\b|"
    r"\b(?:truoc|sau|den|tu|trong|nam)\s+(?:nam\s+)?(?:19|20)\d{2}\b|\b\d+\s+(?:ngay|thang|tuan|nam|gio)\b|"
    r"\b(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\b|\b\d+\s+(?:days?|months?|weeks?|years?)\b"
)


_CITED_DATE_RE = re.compile(
    r"^[\s,]*(?:ngày|ngay)?\s*\d{1,2}(?:\s*/\s*|\s+tháng\s+)\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}"
)
_DURATION_RE = re.compile(
    r"\b\d+\s+(?:ngay|thang|tuan|gio)(?:\s+lam viec)?\b|\b\d+\s+(?:days?|months?|weeks?)\b"
)


def _without_citations(sentence: str) -> str:
    """The sentence with every document number and the date right after it blanked ("Kết luận số
    62-KL/TW, ngày 08/12/2009"): a cited document's date is not a time the question can be answered by."""
    out = sentence
    for _, a, b in find_doc_numbers(sentence):
        m = _CITED_DATE_RE.match(sentence[b:])
        end = b + (m.end() if m else 0)
        out = out[:a] + " " * (end - a) + out[end:]
    return out


def writes_cited_date(sentences: list[str], refs: list) -> bool:
    """Whether a sentence writes one of the referenced documents' numbers followed by its date ("Chỉ thị số
    35-CT/TW, ngày 14/6/2024"): the only place a document not loaded states its date."""
    for s in sentences:
        for number, _, b in find_doc_numbers(s):
            digits = re.match(r"\d+", number)
            if (
                digits
                and any(r.digits == str(int(digits.group(0))) for r in refs)
                and _CITED_DATE_RE.match(s[b:])
            ):
                return True
    return False


# "ngày nào?", "hôm nào?", "what date": the question asks a day, which a year or a month does not answer.
_ASKS_DAY_RE = re.compile(r"\b(?:ngay nao|hom nao|ngay bao nhieu|ngay may|what date|which day|on what day)\b")
_DAY_RE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\b|\bngay\s+\d{1,2}\b|\b\d+\s+ngay\b")


def asks_day(question: str) -> bool:
    """Whether the question asks for a day ("... ngày nào?"), not only a year, month or period."""
    return bool(_ASKS_DAY_RE.search(fold(question)))


def writes_time(sentences: list[str], deadline: bool = False, day: bool = False) -> bool:
    """Whether one of the sentences writes a time the question can be answered by, cited documents' dates
    aside: for a deadline (``deadline=True``) a time limit of the obligations grammar (``find_deadlines``:
    "trước ngày 20/5/2026", "quý III/2026") or a duration ("05 ngày làm việc"); for an event any date or
    period (``_TIME_RE``), a day ("20/3", "ngày 20") when ``day`` (the question asks "ngày nào?")."""
    from assistant.obligations.deadlines import find_deadlines

    for s in sentences:
        plain = _without_citations(s)
        if deadline:
            if find_deadlines(plain) or _DURATION_RE.search(fold(plain)):
                return True
        elif (_DAY_RE if day else _TIME_RE).search(fold(plain)):
            return True
    return False


# How a time limit opens ("trước ngày", "chậm nhất", "hạn", "đến ngày", "xong", "không quá").
_LIMIT_RE = re.compile(r"(?:truoc|cham nhat|han|den|xong|hoan thanh|khong qua)\b")


def writes_event_time(sentence: str, day: bool = False) -> bool:
    """Whether the sentence writes an event's time (a day when ``day``): a date or period that is neither
    a cited document's date nor a time limit ("trước ngày 10/02/2026" is when something is due, not when
    the event is held)."""
    from assistant.obligations.deadlines import find_deadlines

    folded = fold(_without_citations(sentence))
    for m in sorted(find_deadlines(folded), key=lambda m: -m.start):
        if _LIMIT_RE.match(m.deadline.text):  # "vào ngày 02/02/2026" is the event's own day
            folded = folded[: m.start] + " " + folded[m.end :]
    return bool((_DAY_RE if day else _TIME_RE).search(folded))


def names_any(sentences: list[str], names: list[str], not_after: str = "") -> bool:
    """Whether one of the sentences writes one of the names (folded, whole words), not followed by what
    the regular expression ``not_after`` matches (another level or place than the question's: "Hội Nông
    dân tỉnh", "Hội Nông dân xã Thạch Long" are not the "Hội Nông dân xã Thạch Đài" asked)."""
    folded = [fold(s) for s in sentences]
    after = rf"(?!{not_after})" if not_after else ""
    return any(re.search(rf"\b{re.escape(fold(n))}\b{after}", f) for n in names for f in folded)


def places_mentioned(places: list[str], refs: list, corpus) -> bool:
    """Whether every place the question names (folded, ``query.subjects.named_places``) is written in at
    least one of the quoted documents (text or header)."""
    texts = [corpus.folded_docs.get(r.doc_id, "") for r in {r.doc_id: r for r in refs}.values()]
    return all(any(re.search(rf"\b{re.escape(p)}\b", t) for t in texts) for p in places)


def assess(question: str, terms: Terms, hits: list[Hit], top: int = 3) -> Evidence:
    """Evidence strength of the retrieved hits for this question."""
    if not hits:
        return Evidence(0.0, None, 0.0, reason="no_hits")
    coverage = max(overlap(terms, f"{h.chunk.heading} {h.chunk.text}") for h in hits[:top])
    dense_vals = [h.dense_score for h in hits[:top] if h.dense_score is not None]
    dense = max(dense_vals) if dense_vals else None
    score = 0.7 * coverage + 0.3 * _dense_scaled(dense)
    return Evidence(coverage, dense, score)


def widen_to_document(ev: Evidence, terms: Terms, document_text: str) -> None:
    """A question about a document's own fact (signer, date, number, issuer) describes the document, not
    one passage: its evidence is what the document as retrieved says (its type, issuer and subject line and
    its retrieved passages together), so a signature block alone that the description does not cover is
    no weak evidence when the document is the one described."""
    coverage = overlap(terms, document_text)
    if coverage > ev.coverage:
        ev.coverage = coverage
        ev.score = 0.7 * coverage + 0.3 * _dense_scaled(ev.dense)


def should_abstain(ev: Evidence, threshold: float) -> bool:
    """Abstain on weak evidence or when a check of what the answer needs failed (amount, person, time,
    body, place); ``ev.reason`` names the first that failed."""
    checks = (
        (ev.amount_ok, "amount_not_found"),
        (ev.person_ok, "person_not_found"),
        (ev.fact_ok, "fact_not_found"),
        (ev.actor_ok, "actor_not_found"),
        (ev.place_ok, "place_not_found"),
    )
    for ok, reason in checks:
        if not ok:
            ev.reason = ev.reason or reason
            return True
    if ev.score < threshold:
        ev.reason = ev.reason or "weak_evidence"
        return True
    return False


def calibrate(assistant, questions_path, thresholds=None) -> tuple[float, list[dict]]:
    """Score every dev question with ``assistant`` (abstention off) and pick the best threshold.

    Returns (threshold, rows); each row has id, answerable, score, coverage, dense, amount_ok.
    """
    import json
    from dataclasses import replace

    rows = []
    saved = assistant.settings
    assistant.settings = replace(saved, abstain_threshold=-1.0)
    try:
        for line in open(questions_path, encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            ans = assistant.ask(q["question"], history=q.get("history") or [])
            ev = ans.evidence
            rows.append(
                dict(
                    id=q["id"],
                    answerable=q.get("answerable", True),
                    score=ev.score,
                    coverage=ev.coverage,
                    dense=ev.dense,
                    amount_ok=ev.amount_ok,
                    abstained=ans.abstained,
                )
            )
    finally:
        assistant.settings = saved
    grid = thresholds or [x / 100 for x in range(0, 80)]

    def cost(t: float) -> float:
        # Losing a real answer costs twice an unneeded quote: quotes are verbatim and cited, so a reader
        # can see they do not answer, while an abstention hides what the documents do say.
        total = 0.0
        for r in rows:
            abstains = r["score"] < t or not r["amount_ok"]
            total += (2.0 if r["answerable"] else 0.0) if abstains else (0.0 if r["answerable"] else 1.0)
        return total

    costs = [cost(t) for t in grid]
    best = min(costs)
    run = [t for t, c in zip(grid, costs, strict=True) if c == best]
    first = [run[0]]
    for t in run[1:]:  # the first contiguous run of best thresholds; its middle leaves margin both ways
        if round(t - first[-1], 6) > round(grid[1] - grid[0], 6):
            break
        first.append(t)
    return first[len(first) // 2], rows
