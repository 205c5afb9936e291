"""Which document, then which passage in it: two ranking features for libraries of sibling documents.

A commune committee issues many plans for one campaign (the general plan, the plan of each consultative
conference, the plan for receiving citizens ...) and they share most of their wording: every passage
restates "Ban Thường trực Ủy ban MTTQ xã ..., bầu cử đại biểu ...". Over the whole library those words
are rare, so bm25 and the title prior find the right family of documents; inside it they say nothing, and
the passages that restate the title most (the closing "Trên đây là Kế hoạch ...", the preamble) come first
while the passage asked about ("Công an xã: ...", "Đợt 2: ...", "Báo cáo kết quả hội nghị ...") sinks.

- ``document_aggregation``: a document is scored by its best candidates together (its best passage plus
  a share of its next ones, ``DOC_SHARE``), so a document several of whose passages answer beats a
  sibling with one lucky passage; the best ``WITHIN_DOCS`` documents are the question's documents.
  Switched off, a document counts by its best passage alone.
- ``within_document``: the passages of those documents ranked by the question's words weighted by their
  rarity *inside each document* (bm25 with the document's own chunks as the collection, section path
  included), leaving out the question's words the document's identity explains (its title, type and
  issuer: they chose the document, they cannot choose its passage): words every passage repeats weigh
  nothing, the words that tell its sections apart decide. Added to the fusion as its own ranking.

Both read only the question's tokens and the index (``index.lexical.token_streams``, the tokenizer of
the lexical index). Ordinals count with their counting word here (``index.lexical.counted_ordinals``):
"đợt giám sát thứ hai" meets "Đợt 2:" as ``dot_ord2`` and no longer "hội nghị hiệp thương lần thứ hai",
which the plan's first round mentions; "lần một" meets "lần thứ nhất" as ``lan_ord1``. Nothing here
names a document, a place or a phrasing.
"""

from __future__ import annotations

import math
from collections import Counter

from assistant.corpus import Corpus
from assistant.fusion import reciprocal_rank_fusion
from assistant.index.lexical import ordinal_spellings
from assistant.retrieve.prefer import TITLE_PRIOR

# Calibrated on the library dev half (eval/splits.json), 2026-11-30: without both features R@5 .766, MRR
# .615; with them R@5 .807, MRR .631 (weight 0.5: R@5 .797; 1.5: .797; 3 documents: MRR .627; one: R@5 .755;
# without the identity words left out: R@1 .448, MRR .602).
WITHIN_WEIGHT = 1.0  # RRF weight of the in-document ranking (the lexical ranking weighs 2.0)
WITHIN_DOCS = 2  # how many of the best documents get their passages ranked from inside
WITHIN_DEPTH = 12  # passages per document the in-document ranking lists
DOC_SHARE = 0.5  # share of a document's 2nd and 3rd best candidate scores added to its best
# Places of each ranking the documents are chosen from: the depth the choice was calibrated at. A deeper
# candidate list (``Settings.candidate_depth``) must not lift a small document by 2nd and 3rd candidates
# found far down. With candidate_depth 150, choosing from all of it: handbook dev page R@5 .833 -> .858, but
# library dev R@10 .943 -> .932, MRR .738 -> .737 and ALQAC recall@1 .880 -> .873 (one near-tie).
DOC_ORDER_DEPTH = 50
BM25_K1 = 1.2  # standard bm25 saturation and length normalisation
BM25_B = 0.75


def document_order(
    corpus: Corpus,
    rankings: list[list[int]],
    weights: list[float],
    rrf_k: int,
    aggregate: bool,
    prior: dict[str, float],
) -> list[str]:
    """Documents best first by the fused candidates: each document's best candidate score, plus with
    ``aggregate`` a ``DOC_SHARE`` of its next two, times its title prior (``prefer.title_scores``)."""
    info = corpus.store.chunk_info
    per_doc: dict[str, list[float]] = {}
    heads = [r[:DOC_ORDER_DEPTH] for r in rankings]
    for vid, score in reciprocal_rank_fusion(heads, k=rrf_k, weights=weights):
        if vid in info:
            top = per_doc.setdefault(info[vid].doc_id, [])
            if len(top) < 3:
                top.append(score)  # fused order: a document's first scores are its best
    doc_score = {
        d: (s[0] + (DOC_SHARE * sum(s[1:]) if aggregate else 0.0)) * (1.0 + TITLE_PRIOR * prior.get(d, 0.0))
        for d, s in per_doc.items()
    }
    return sorted(doc_score, key=lambda d: -doc_score[d])


def within_scores(
    corpus: Corpus, docs: list[str], terms: list[str], allowed: set[int] | None
) -> list[list[tuple[int, float]]]:
    """For each of ``docs``, its passages by bm25 of ``terms`` with the document as its own collection,
    best first, scores as shares of the document's best (0..1]."""
    per_doc: list[list[tuple[int, float]]] = []
    for doc in docs:
        wanted = unexplained(counted_first(terms), corpus.identity_tokens.get(doc, frozenset()))
        rows = [(v, tf) for v, tf in corpus.doc_terms.get(doc, []) if allowed is None or v in allowed]
        if not rows:
            continue
        n = len(rows)
        df: Counter[str] = Counter()
        for _, tf in rows:
            df.update(t for t in wanted if t in tf)
        idf = {t: math.log(1 + (n - k + 0.5) / (k + 0.5)) for t, k in df.items()}
        totals = corpus.term_totals  # sum(tf.values()) of each row
        avg = sum(totals[v] for v, _ in rows) / n or 1.0
        scored = []
        for v, tf in rows:
            norm = BM25_K1 * (1 - BM25_B + BM25_B * totals[v] / avg)
            s = sum(w * tf[t] * (BM25_K1 + 1) / (tf[t] + norm) for t, w in idf.items() if t in tf)
            if s > 0:
                scored.append((v, s))
        scored.sort(key=lambda x: -x[1])
        if scored:
            per_doc.append([(v, s / scored[0][1]) for v, s in scored[:WITHIN_DEPTH]])
    return per_doc


def unexplained(terms: list[str], identity: frozenset[str]) -> set[str]:
    """The question's terms its document's identity (type, title, issuer) does not explain: a bigram in
    the identity goes, and so does a word of it that stands in the question alone or in such a bigram
    ("giám sát" of "Kế hoạch kiểm tra, giám sát ..."); "nhiệm vụ" stays though the title has "nhiệm kỳ"."""
    bigrams = [t for t in terms if "_" in t]
    out = set()
    for t in terms:
        pairs = [b for b in bigrams if t in b.split("_")]
        if t in identity and ("_" in t or not pairs or any(b in identity for b in pairs)):
            continue
        out.add(t)
    return out


def counted_first(terms: list[str]) -> list[str]:
    """The query's terms with its counted ordinals (``dot_ord2``: "đợt giám sát thứ hai") in place of
    the bare spellings of the same numbers ("thứ", "hai", ``ord2``), which a plan's other rounds and
    the consultations it mentions ("hội nghị hiệp thương lần thứ hai") write too."""
    bare: set[str] = set()
    for t in terms:
        if "_ord" in t:
            bare |= ordinal_spellings(int(t.rsplit("_ord", 1)[1]))
    return [t for t in terms if t not in bare]


def interleave(per_doc: list[list[tuple[int, float]]]) -> list[int]:
    """Each document's best passage first (documents in order), then each one's second, and so on."""
    out: list[int] = []
    for i in range(max((len(p) for p in per_doc), default=0)):
        out += [p[i][0] for p in per_doc if i < len(p)]
    return out
