"""Abstention: say "not found in the loaded documents" instead of quoting weakly related text.

Retrieval always returns *something*; the question is whether it answers. Two signals, combined:

- ``coverage``: how much of the question's content terms (folded syllables and bigrams, with abbreviation
  and English expansions) the best of the top chunks covers (``terms.overlap``). Out-of-domain questions
  ("What is the capital of France?") and in-domain questions about things the documents never mention
  ("ngân sách ... tỷ đồng") cover little.
- ``dense``: the top hit's dense cosine (multilingual-e5-small; everything in this domain scores 0.75+,
  so it is rescaled from [0.78, 0.90] to [0, 1] before mixing).

``score = 0.7 * coverage + 0.3 * dense_scaled``; abstain when ``score < threshold``, or when a precise
check of what the answer needs failed (``Evidence``'s flags: an amount in the unit asked, a person, a
time, the body, the place, a procedure's topic, a contact detail, one of the alternatives asked; the
checks themselves are in ``mentions`` and ``times``).

Calibration (``DEFAULT_THRESHOLD``): ``python -m assistant eval --calibrate``
(``assistant.evaluation.calibrate``) scores the dev halves of the library and sample sets, each on its own
index, and picks the threshold of least cost (a wrongly abstained answerable question costs 2, an answered
unanswerable one 1), taking the middle of the best range. The value and the scores it was chosen from are
in ``DEFAULT_THRESHOLD``'s comment.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.answer.terms import Terms, overlap
from assistant.models import Hit

# Chosen by ``eval --calibrate`` (assistant.evaluation.calibrate) on the dev halves of the library (103
# questions, 5 unanswerable) and the sample set (37, 5 unanswerable), each on its own index; 2026-11-30.
# Lowest scores: unanswerable una-02 0.00; answerable lib-qd294-07 0.305 and lib-dld-05 0.312 (English
# questions: the glossary covers fewer of their words); every other unanswerable is either above 0.6 or
# caught by a precise check (amount, actor, time, topic), so the score itself only separates una-02 from
# the rest. Every threshold in [0.01, 0.30] costs 5 (the 0.37 used before cost 9: it abstained on the two
# English questions); 0.16 is the middle of that run. The sample set alone chose 0.37 before the library
# existed. ``Settings.abstain_threshold`` (ASSISTANT_ABSTAIN_THRESHOLD) overrides it when > 0.
DEFAULT_THRESHOLD = 0.16


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
    topic_ok: bool = True  # a procedure or condition question: the cited passages are about its topic
    contact_ok: bool = True  # a phone number or email asked: one is written in the quotes or top sentences
    weekday_ok: bool = True  # a day of the week asked ("vào thứ mấy?"): a quote writes one
    choice_ok: bool = True  # "A hay B?": the quotes or top sentences write one of the two
    matter_ok: bool = True  # "... có yêu cầu X không?": the quoted documents write most of X
    year_ok: bool = True  # the years the question names are written (or inside a period) in a quoted document
    # a month named of a document setting out its work month by month: a quote writes that month
    month_ok: bool = True
    reason: str = ""


def _dense_scaled(d: float | None) -> float:
    if d is None:
        return 0.5  # no dense score (lexical-only hit): neutral
    return min(1.0, max(0.0, (d - 0.78) / 0.12))


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
    body, place, topic); ``ev.reason`` names the first that failed."""
    checks = (
        (ev.amount_ok, "amount_not_found"),
        (ev.person_ok, "person_not_found"),
        (ev.fact_ok, "fact_not_found"),
        (ev.actor_ok, "actor_not_found"),
        (ev.place_ok, "place_not_found"),
        (ev.year_ok, "year_not_found"),
        (ev.month_ok, "month_not_found"),
        (ev.topic_ok, "topic_not_found"),
        (ev.contact_ok, "contact_not_found"),
        (ev.weekday_ok, "weekday_not_found"),
        (ev.choice_ok, "choice_not_found"),
        (ev.matter_ok, "matter_not_found"),
    )
    for ok, reason in checks:
        if not ok:
            ev.reason = ev.reason or reason
            return True
    if ev.score < threshold:
        ev.reason = ev.reason or "weak_evidence"
        return True
    return False
