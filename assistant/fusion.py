"""Weighted reciprocal rank fusion (Cormack et al., 2009), kept apart from the retrievers it combines.

RRF uses ranks, not scores: cosine similarities and BM25 values live on unrelated scales, and ranks are
the only thing the dense and lexical retrievers agree on. ``k`` (60 in the paper) flattens the head so a
single retriever's first place cannot outvote agreement between several; weights let a ranking we trust
less (e.g. the pyvi-restored query) count less.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[K]], k: int = 60, weights: Sequence[float] | None = None
) -> list[tuple[K, float]]:
    """Fuse ranked id lists into one list of (id, score), best first.

    ``score(d) = sum_i weights[i] / (k + rank_i(d))`` with 1-based ranks; an id absent from a ranking gets
    nothing from it. Duplicates inside one ranking count once, at their best rank. Ties keep the order in
    which ids were first met, so the result is deterministic.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[K, float] = {}
    for ranking, w in zip(rankings, weights, strict=True):
        seen: set[K] = set()
        for rank, item in enumerate(ranking, 1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))
