"""Retrieval evaluation: the question set, the relevance rule and the ranking metrics.

A retrieved chunk is *relevant* to a gold item (file + verbatim evidence phrase) when the chunk comes from
the gold file and its text holds the evidence. Both sides are compared as syllable sequences of
``assistant.text.normalize`` after whitespace collapse and markdown emphasis removal, so a chunk that
kept ``**`` or straight quotes still matches. Evidence that straddles two adjacent chunks counts for a
chunk that holds a contiguous run of at least 60 % of the evidence's syllables.

Metrics per question: recall@k is the share of its gold items with a relevant chunk in the top k (most
questions have one gold item; cross-document questions have several); MRR@k uses the first relevant
chunk. Unanswerable questions have no gold items and are left out of recall (they count for abstention).
The same code scores our retriever and the naive baselines, so the numbers sit side by side.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.text import syllables

SPAN_SHARE = 0.6  # share of the evidence's syllables one chunk must hold when the evidence straddles two
_MD_EMPHASIS = re.compile(r"\*+|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Gold:
    """One piece of gold evidence: a document file name and a verbatim phrase from it.

    ``alt_files``: other copies of the same document that hold the same phrase (a PDF and its DOCX, two
    renderings of one guideline), or another document writing the same provision verbatim where the
    question names no document, place or body that rules it out; a chunk from any of them counts.
    """

    file: str
    evidence: str
    alt_files: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        """The gold file and its accepted copies."""
        return (self.file, *self.alt_files)


@dataclass
class EvalQuestion:
    """One line of ``eval/questions.jsonl``."""

    id: str
    question: str
    type: str
    gold: list[Gold]
    answerable: bool
    lang: str = "vi"
    history: list[str] = field(default_factory=list)
    key_phrase: str | None = None
    key_alternatives: list[str] = field(default_factory=list)
    headline: dict | None = None  # {"kind", "value", "alternatives"}: the fact a right first line states

    @classmethod
    def from_dict(cls, row: dict) -> EvalQuestion:
        """Build from a JSON object, with the defaults for optional fields."""
        return cls(
            id=str(row["id"]),
            question=row["question"],
            type=row["type"],
            gold=[Gold(g["file"], g["evidence"], tuple(g.get("alt_files", ()))) for g in row.get("gold", [])],
            answerable=bool(row.get("answerable", True)),
            lang=row.get("lang", "vi"),
            history=list(row.get("history", [])),
            key_phrase=row.get("key_phrase"),
            key_alternatives=list(row.get("key_alternatives", [])),
            headline=row.get("headline"),
        )


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read a JSONL question file (blank lines and ``#`` comments are skipped)."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(EvalQuestion.from_dict(json.loads(line)))
    return out


@dataclass
class Retrieved:
    """What the metrics need from any retriever's result: source file, text and optional pages."""

    file: str
    text: str
    score: float = 0.0
    pages: list[int] = field(default_factory=list)
    key: str = ""  # an id the external sets use (article id); empty for the sample corpus


SearchFn = Callable[[str], list[Retrieved]]


# --------------------------------------------------------------------------------------------- relevance


def strip_markup(text: str) -> str:
    """Whitespace collapsed and markdown emphasis (``*``, ``**``, ``_x_``) and backslash escapes removed."""
    text = _MD_EMPHASIS.sub("", text.replace("\\_", "_").replace("\\", ""))
    return _SPACES.sub(" ", text).strip()


def match_tokens(text: str) -> list[str]:
    """The syllable sequence relevance is judged on (``text.syllables`` of the stripped text)."""
    return syllables(strip_markup(text))


def _joined(tokens: Sequence[str]) -> str:
    return " " + " ".join(tokens) + " "


def evidence_share(evidence: Sequence[str], chunk_joined: str) -> float:
    """Longest contiguous run of the evidence's syllables found in the chunk, as a share of the evidence."""
    n = len(evidence)
    if n == 0:
        return 0.0
    floor = max(1, math.ceil(SPAN_SHARE * n))
    for length in range(n, floor - 1, -1):
        for start in range(0, n - length + 1):
            if _joined(evidence[start : start + length]) in chunk_joined:
                return length / n
    return 0.0


def same_file(a: str, b: str) -> bool:
    """File names compared by base name in NFC, so ``documents/x.md`` and ``x.md`` agree (and a file
    system that stores names decomposed, NFD, matches a gold name typed composed)."""
    return unicodedata.normalize("NFC", Path(a).name) == unicodedata.normalize("NFC", Path(b).name)


def from_gold_file(file: str, gold: Gold) -> bool:
    """True when ``file`` is the gold file or one of its accepted copies."""
    return any(same_file(file, f) for f in gold.files)


def relevant_ranks(ranking: Sequence[Retrieved], gold: Sequence[Gold]) -> list[list[int]]:
    """For each gold item, the 0-based ranks of the chunks relevant to it."""
    evidences = [match_tokens(g.evidence) for g in gold]
    out: list[list[int]] = [[] for _ in gold]
    for rank, item in enumerate(ranking):
        joined: str | None = None
        for gi, g in enumerate(gold):
            if not from_gold_file(item.file, g):
                continue
            if joined is None:
                joined = _joined(match_tokens(item.text))
            if evidence_share(evidences[gi], joined) >= SPAN_SHARE:
                out[gi].append(rank)
    return out


# --------------------------------------------------------------------------------------------- metrics


def recall_at(ranks: Sequence[Sequence[int]], k: int) -> float:
    """Share of gold items with a relevant rank below ``k`` (0.0 when there are no gold items)."""
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r and min(r) < k) / len(ranks)


def reciprocal_rank(ranks: Sequence[Sequence[int]], k: int) -> float:
    """1 / (1 + first relevant rank) when it is below ``k``, else 0."""
    firsts = [min(r) for r in ranks if r]
    if not firsts or min(firsts) >= k:
        return 0.0
    return 1.0 / (1 + min(firsts))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return float(ordered[idx])


@dataclass
class QuestionResult:
    """One question scored against one system's ranking."""

    id: str
    type: str
    answerable: bool
    ranks: list[list[int]]
    latency_ms: float
    chunk_chars: list[int]
    top_score: float | None = None

    def recall(self, k: int) -> float:
        return recall_at(self.ranks, k)

    def rr(self, k: int) -> float:
        return reciprocal_rank(self.ranks, k)


def summarize(results: Sequence[QuestionResult], ks: Iterable[int] = (1, 5, 10), mrr_k: int = 10) -> dict:
    """Overall and per-type recall@k and MRR, median chunk length and latency percentiles."""
    ks = list(ks)

    def block(rows: Sequence[QuestionResult]) -> dict:
        scored = [r for r in rows if r.answerable and r.ranks]
        d: dict = {"n": len(scored)}
        for k in ks:
            d[f"recall@{k}"] = statistics.fmean(r.recall(k) for r in scored) if scored else None
        d[f"mrr@{mrr_k}"] = statistics.fmean(r.rr(mrr_k) for r in scored) if scored else None
        return d

    lengths = [c for r in results for c in r.chunk_chars]
    latencies = [r.latency_ms for r in results]
    types = sorted({r.type for r in results})
    return {
        "overall": block(results),
        "by_type": {t: block([r for r in results if r.type == t]) for t in types},
        "median_chunk_chars": statistics.median(lengths) if lengths else None,
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
        "questions": len(results),
    }


def retrieval_query(q: EvalQuestion) -> str:
    """The text a bare retriever gets: follow-ups carry their last earlier question in front.

    Retrievers have no conversation state; the assistant resolves follow-ups itself (answer metrics
    measure that). Giving every retriever the same concatenation keeps the comparison fair.
    """
    if q.history:
        return f"{q.history[-1]} {q.question}"
    return q.question


def clear_query_cache(embedder) -> None:
    """Empty the embedder's query LRU cache so each system's latency includes embedding the question."""
    cache = getattr(embedder, "_cache", None)
    if hasattr(cache, "clear"):
        cache.clear()


def evaluate(search: SearchFn, questions: Sequence[EvalQuestion], k: int = 10) -> list[QuestionResult]:
    """Run every question through ``search`` and score the top ``k``."""
    out = []
    for q in questions:
        t0 = time.perf_counter()
        ranking = list(search(retrieval_query(q)))[:k]
        ms = (time.perf_counter() - t0) * 1000
        out.append(
            QuestionResult(
                id=q.id,
                type=q.type,
                answerable=q.answerable,
                ranks=relevant_ranks(ranking, q.gold),
                latency_ms=ms,
                chunk_chars=[len(r.text) for r in ranking],
                top_score=ranking[0].score if ranking else None,
            )
        )
    return out


def misses(results: Sequence[QuestionResult], questions: Sequence[EvalQuestion], k: int = 5) -> list[str]:
    """Ids and questions whose gold evidence is not fully in the top ``k`` (for reading failures)."""
    by_id = {q.id: q for q in questions}
    return [
        f"{r.id}: {by_id[r.id].question}" for r in results if r.answerable and r.ranks and r.recall(k) < 1.0
    ]
