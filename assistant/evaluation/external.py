"""External question sets written outside this project, read in place from ``../shared/external``.

- **ALQAC 2024** (``alqac2024/train.json`` + ``law.json``): legal questions with gold articles. The corpus is
  all gold articles of the sampled questions plus distractor articles drawn (seeded) from the same laws,
  up to ``alqac_articles`` articles; embedding all 2,249 articles twice takes too long on two shared
  cores. Ours = the product indexer and retriever over generated text files, one per law
  (``Điều N. <article>``), written to a temporary folder; a chunk maps back to its article through the
  ``Điều N`` heading of its section path, or else the article whose text holds the chunk's opening. The
  baselines index one chunk per article. Metric: article-level recall@10 and MRR@10 (our chunk rankings
  are deduplicated to articles, keeping the first occurrence).
- **Hanoi party handbook** (``party_docs_hanoi_sotay/derived_handbook_nodes_with_page_refs.jsonl``): each
  node's title, prefixed by its parent heading (bare titles such as "1. Căn cứ" repeat across sections),
  is a query; gold = (PDF file, page). The seven PDFs are indexed in place. A hit counts when its file
  matches and its pages include the gold page. The naive baseline splits each PDF page with the 1000/200
  splitter (as LangChain's per-page PDF loader would), so its chunks keep their page. Metric: recall@5.

Nothing is copied out of the shared folder; generated law files and indexes live in a temp folder.
"""

from __future__ import annotations

import json
import os
import random
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.config import REPO_ROOT, Settings
from assistant.evaluation.baseline import BM25Baseline, DenseBaseline, NaiveChunk, split_text
from assistant.evaluation.retrieval import (
    Retrieved,
    clear_query_cache,
    percentile,
    recall_at,
    reciprocal_rank,
)
from assistant.evaluation.sets import HALVES, half_of, recorded_splits
from assistant.text import fold, syllables

Log = Callable[[str], None]
_ARTICLE_RE = re.compile(r"(?:Điều|Dieu|điều)\s+(\d+[a-zđ]?)\b", re.IGNORECASE)


def shared_dir() -> Path:
    """``$ASSISTANT_SHARED/external`` or ``../shared/external`` next to the repository."""
    return Path(os.environ.get("ASSISTANT_SHARED", REPO_ROOT.parent / "shared")) / "external"


def _metrics(ranks: Sequence[Sequence[Sequence[int]]], ks: Sequence[int]) -> dict:
    out: dict = {"questions": len(ranks)}
    for k in ks:
        out[f"recall@{k}"] = sum(recall_at(r, k) for r in ranks) / len(ranks) if ranks else None
    out["mrr@10"] = sum(reciprocal_rank(r, 10) for r in ranks) / len(ranks) if ranks else None
    return out


def _scores(
    name: str,
    rankings: Sequence[Sequence[str]],
    golds: Sequence[set[str]],
    latencies: Sequence[float],
    ks: Sequence[int],
    build_seconds: float,
    halves: Sequence[str] = (),
) -> dict:
    """recall@k and MRR@10 of key rankings against gold key sets: the whole set at the top level, and each
    half (``halves[i]`` is question i's half, ``sets.half_of``) under ``"halves"``, test first."""
    ranks = [
        [[i for i, key in enumerate(r) if key == g] for g in sorted(gold)]
        for r, gold in zip(rankings, golds, strict=True)
    ]
    out = {
        "name": name,
        "build_seconds": build_seconds,
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
        **_metrics(ranks, ks),
    }
    if halves:
        out["halves"] = {
            h: _metrics([r for r, hh in zip(ranks, halves, strict=True) if hh == h], ks) for h in HALVES
        }
    return out


def _timed(search: Callable[[str], list[str]], queries: Sequence[str]) -> tuple[list[list[str]], list[float]]:
    rankings, latencies = [], []
    for q in queries:
        t0 = time.perf_counter()
        rankings.append(search(q))
        latencies.append((time.perf_counter() - t0) * 1000)
    return rankings, latencies


def _per_question(ids: Sequence[str], halves: Sequence[str], golds, rankings) -> list[dict]:
    """Our ranking of every question with its half and gold keys (``--json``: the misses to read)."""
    return [
        {"id": i, "half": h, "gold": sorted(g), "ours": list(r)}
        for i, h, g, r in zip(ids, halves, golds, rankings, strict=True)
    ]


def _dedupe(keys: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(k for k in keys if k))


def _index_folder(settings: Settings, folder: Path, embedder, log: Log) -> tuple[Callable, float]:
    """Index ``folder`` with the product indexer into ``settings.index_dir``; return search, build time."""
    from assistant.indexer import Indexer
    from assistant.retrieve import Retriever

    t0 = time.perf_counter()
    report = Indexer(settings, embedder=embedder).update(folder)
    seconds = time.perf_counter() - t0
    log(f"  indexed {folder.name}: {report.by_status()} in {seconds:.0f}s")
    retriever = Retriever(settings, embedder=embedder)
    clear_query_cache(embedder)
    return retriever.search, seconds


# ---------------------------------------------------------------------------------------------- ALQAC


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def load_alqac(
    root: Path, n_questions: int = 150, n_articles: int = 600, seed: int = 13
) -> tuple[list[dict], dict]:
    """Sampled questions ``{id, text, gold: {"law#article"}}`` and corpus ``{law: {article_id: text}}``."""
    train = json.loads((root / "alqac2024" / "train.json").read_text(encoding="utf-8"))
    laws = json.loads((root / "alqac2024" / "law.json").read_text(encoding="utf-8"))
    articles = {(law["id"], a["id"]): a["text"] for law in laws for a in law["articles"]}
    rng = random.Random(seed)
    questions = [
        q for q in train if all((a["law_id"], a["article_id"]) in articles for a in q["relevant_articles"])
    ]
    if n_questions and n_questions < len(questions):
        questions = rng.sample(questions, n_questions)
    gold = {(a["law_id"], a["article_id"]) for q in questions for a in q["relevant_articles"]}
    pool = sorted(k for k in articles if k[0] in {g[0] for g in gold} and k not in gold)
    extra = rng.sample(pool, max(0, min(len(pool), n_articles - len(gold))))
    corpus: dict[str, dict[str, str]] = {}
    for law, art in sorted(gold | set(extra), key=lambda k: (k[0], int(re.sub(r"\D", "", k[1]) or 0), k[1])):
        corpus.setdefault(law, {})[art] = articles[(law, art)]
    out_q = [
        {
            "id": q["question_id"],
            "text": q["text"],
            "gold": {f"{a['law_id']}#{a['article_id']}" for a in q["relevant_articles"]},
        }
        for q in questions
    ]
    return out_q, corpus


def _article_text(art: str, text: str) -> str:
    return f"Điều {art}. {text.strip()}"


def write_law_files(corpus: dict, folder: Path) -> dict[str, str]:
    """One text file per law (title line, then its articles); returns file name -> law id."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {}
    for law, arts in corpus.items():
        name = f"{_slug(law)}.txt"
        body = "\n\n".join(_article_text(a, t) for a, t in arts.items())
        (folder / name).write_text(f"{law.upper()}\n\n{body}\n", encoding="utf-8")
        names[name] = law
    return names


class ArticleMapper:
    """Maps a product chunk back to its ALQAC article (``law#article``)."""

    def __init__(self, corpus: dict, file_to_law: dict[str, str]) -> None:
        self.file_to_law = file_to_law
        self.joined = {
            law: {a: " " + " ".join(syllables(_article_text(a, t))) + " " for a, t in arts.items()}
            for law, arts in corpus.items()
        }

    def key(self, chunk) -> str:
        law = self.file_to_law.get(Path(chunk.file).name)
        if law is None:
            return ""
        for part in reversed(chunk.section_path or []):
            m = _ARTICLE_RE.match(part.strip())
            if m and m.group(1) in self.joined[law]:
                return f"{law}#{m.group(1)}"
        tokens = syllables(chunk.text)
        for size in (24, 12, 6):
            probe = " " + " ".join(tokens[:size]) + " "
            found = [a for a, j in self.joined[law].items() if probe in j]
            if len(found) == 1 or (found and size == 6):
                return f"{law}#{found[0]}"
        return ""


def run_alqac(
    settings: Settings,
    embedder,
    tmp: Path,
    k: int = 10,
    baseline: bool = True,
    n_questions: int = 150,
    n_articles: int = 600,
    log: Log = print,
) -> dict:
    """Article-level recall@10 / MRR@10 on ALQAC 2024 for ours, naive dense and BM25."""
    questions, corpus = load_alqac(shared_dir(), n_questions, n_articles)
    n_art = sum(len(v) for v in corpus.values())
    log(f"ALQAC: {len(questions)} questions, {n_art} articles from {len(corpus)} laws")
    golds = [q["gold"] for q in questions]
    texts = [q["text"] for q in questions]
    recorded = recorded_splits()
    halves = [half_of("alqac", q["id"], recorded) for q in questions]
    file_to_law = write_law_files(corpus, tmp / "alqac_docs")
    mapper = ArticleMapper(corpus, file_to_law)
    s = replace(settings, index_dir=tmp / "alqac_index")
    search, build_s = _index_folder(s, tmp / "alqac_docs", embedder, log)
    rankings, lat = _timed(lambda q: _dedupe(mapper.key(h.chunk) for h in search(q, k=k)), texts)
    systems = [_scores("ours (hybrid)", rankings, golds, lat, (1, 5, 10), build_s, halves)]
    if baseline:
        chunks = [
            NaiveChunk(file=law, text=_article_text(a, t), key=f"{law}#{a}")
            for law, arts in corpus.items()
            for a, t in arts.items()
        ]
        t0 = time.perf_counter()
        dense = DenseBaseline(chunks, embedder)
        dense_s = time.perf_counter() - t0
        clear_query_cache(embedder)
        r, lat = _timed(lambda q: [h.key for h in dense.search(q, k)], texts)
        systems.append(_scores("naive dense (1 chunk/article)", r, golds, lat, (1, 5, 10), dense_s, halves))
        t0 = time.perf_counter()
        bm25 = BM25Baseline(chunks)
        bm_s = time.perf_counter() - t0
        r, lat = _timed(lambda q: [h.key for h in bm25.search(q, k)], texts)
        systems.append(_scores("BM25 (1 chunk/article)", r, golds, lat, (1, 5, 10), bm_s, halves))
    return {
        "description": f"{len(questions)} questions, {n_art} articles (gold + same-law distractors)",
        "metrics": ["recall@1", "recall@5", "recall@10", "mrr@10"],
        "systems": systems,
        "per_question": _per_question([q["id"] for q in questions], halves, golds, rankings),
    }


# ---------------------------------------------------------------------------------------------- handbook


def load_handbook(root: Path) -> list[dict]:
    """Handbook nodes as ``{id, query, gold: {"file#page"}}``."""
    path = root / "party_docs_hanoi_sotay" / "derived_handbook_nodes_with_page_refs.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        node = json.loads(line)
        parent = node["path"][-1] if node.get("path") else ""
        query = f"{parent}: {node['title']}" if parent else node["title"]
        out.append(
            {"id": node["id"], "query": query, "gold": {f"{r['file']}#{r['page']}" for r in node["pdf_refs"]}}
        )
    return out


def _page_keys(file: str, pages: Sequence[int]) -> list[str]:
    return [f"{Path(file).name}#{p}" for p in pages]


def _page_ranking(items: Sequence[Retrieved], golds: set[str]) -> list[str]:
    """One key per ranked chunk: the gold page it covers if any, else its first page."""
    out = []
    for it in items:
        keys = _page_keys(it.file, it.pages)
        hit = next((key for key in keys if key in golds), None)
        out.append(hit or (keys[0] if keys else ""))
    return out


def pdf_page_chunks(folder: Path) -> list[NaiveChunk]:
    """Naive per-page 1000/200 chunks of every PDF in ``folder`` (text via our PDF loader)."""
    from assistant.loaders import load_file

    out = []
    for path in sorted(folder.glob("*.pdf")):
        pages: dict[int, list[str]] = {}
        for b in load_file(path).blocks:
            pages.setdefault(b.page or 0, []).append(b.text)
        for page, blocks in sorted(pages.items()):
            for piece in split_text("\n\n".join(blocks)):
                out.append(NaiveChunk(file=path.name, text=piece, pages=(page,)))
    return out


def run_handbook(settings: Settings, embedder, tmp: Path, baseline: bool = True, log: Log = print) -> dict:
    """Page-level recall@5 on the Hanoi handbook nodes over the seven PDFs."""
    root = shared_dir()
    folder = root / "party_docs_hanoi_sotay"
    nodes = load_handbook(root)
    log(f"handbook: {len(nodes)} nodes over {len(list(folder.glob('*.pdf')))} PDFs")
    golds = [n["gold"] for n in nodes]
    recorded = recorded_splits()
    halves = [half_of("handbook", n["id"], recorded) for n in nodes]
    # The gold pages belong to one rendering of each guide (hd38.pdf and huongdan38.pdf are the same
    # document, paginated differently): every rendering is indexed, none merged into another.
    s = replace(settings, index_dir=tmp / "handbook_index", merge_duplicates=False)
    search, build_s = _index_folder(s, folder, embedder, log)

    def ours(i: int) -> list[str]:
        hits = search(nodes[i]["query"], k=10)
        return _page_ranking(
            [Retrieved(h.chunk.file, h.chunk.text, pages=list(h.chunk.pages or [])) for h in hits], golds[i]
        )

    rankings, lat = _timed(lambda i: ours(i), range(len(nodes)))  # type: ignore[arg-type]
    systems = [_scores("ours (hybrid)", rankings, golds, lat, (1, 5, 10), build_s, halves)]
    if baseline:
        chunks = pdf_page_chunks(folder)
        t0 = time.perf_counter()
        dense = DenseBaseline(chunks, embedder)
        dense_s = time.perf_counter() - t0
        clear_query_cache(embedder)
        r, lat = _timed(
            lambda i: _page_ranking(dense.search(nodes[i]["query"], 10), golds[i]), range(len(nodes))
        )  # type: ignore[arg-type]
        systems.append(_scores("naive dense (per page 1000/200)", r, golds, lat, (1, 5, 10), dense_s, halves))
        bm25 = BM25Baseline(chunks)
        r, lat = _timed(
            lambda i: _page_ranking(bm25.search(nodes[i]["query"], 10), golds[i]), range(len(nodes))
        )  # type: ignore[arg-type]
        systems.append(_scores("BM25 (per page 1000/200)", r, golds, lat, (1, 5, 10), 0.0, halves))
    return {
        "description": f"{len(nodes)} handbook nodes (parent heading + title as query), gold = PDF page",
        "metrics": ["recall@1", "recall@5", "recall@10", "mrr@10"],
        "systems": systems,
        "per_question": _per_question([n["id"] for n in nodes], halves, golds, rankings),
    }


def run_external(
    settings: Settings,
    embedder,
    k: int = 10,
    baseline: bool = True,
    alqac_articles: int = 600,
    alqac_questions: int = 150,
    sets: Sequence[str] = ("alqac", "handbook"),
    log: Log = print,
) -> dict:
    """Both external sets; a set whose files are missing is reported as skipped."""
    out: dict = {}
    with tempfile.TemporaryDirectory(prefix="assistant-external-") as tmp_name:
        tmp = Path(tmp_name)
        for name in sets:
            t0 = time.perf_counter()
            try:
                if name == "alqac":
                    out[name] = run_alqac(
                        settings, embedder, tmp, k, baseline, alqac_questions, alqac_articles, log
                    )
                else:
                    out[name] = run_handbook(settings, embedder, tmp, baseline, log)
            except FileNotFoundError as exc:
                out[name] = {"skipped": str(exc)}
                continue
            out[name]["seconds"] = time.perf_counter() - t0
            log(f"{name}: {out[name]['seconds']:.0f}s")
    return out
