"""``Corpus.bm25`` (BM25 over cached postings) returns exactly what SQLite's bm25() query returns: the same
rows in the same order with the same doubles, on the real sample index and on an index with repeated
passages (ties), a removed document and a token the FTS tokenizer reads differently from the query."""

from __future__ import annotations

from dataclasses import replace

from assistant.evaluation.retrieval import load_questions
from assistant.index.lexical import LexicalQuery
from assistant.index.store import IndexStore
from assistant.query import analyze
from assistant.retrieve import Retriever
from tests.conftest import assistant_over


def _same(store: IndexStore, bm25, query: LexicalQuery) -> int:
    """Compare both ways for several depths and a filter; returns how many tied neighbours were checked."""
    allowed = set(list(store.chunk_info)[::2])
    ties = 0
    for k, only in ((5, None), (150, None), (10, allowed), (1000, None)):
        expected = store.lexical_search_vids(query, k, only)
        assert bm25.search(query, k, only) == expected, (query.match_expression(), k)
        ties += sum(a[1] == b[1] for a, b in zip(expected, expected[1:], strict=False))
    return ties


def test_same_ranking_as_sqlite_on_the_sample_questions(sample_index, settings, embedder, repo_root):
    retriever = Retriever(replace(settings, index_dir=sample_index), embedder=embedder)
    corpus = retriever.corpus
    questions = load_questions(repo_root / "eval" / "questions.jsonl")
    assert len(questions) > 50
    for q in questions:
        query = analyze(q.question).lexical_query()
        _same(corpus.store, corpus.bm25, query)
        query.weights = (2.5, 0.3, 1.0)
        _same(corpus.store, corpus.bm25, query)
    assert corpus.bm25.search(LexicalQuery(), 10) == []
    assert corpus.bm25.search(LexicalQuery(vi=["khôngcótừnày"]), 10) == []


def test_ties_removed_documents_and_tokenizer_folds(tmp_path, embedder):
    passage = "Ban Thường vụ Hội phụ nữ xã tổ chức hội nghị sơ kết công tác năm 2025 tại hội trường."
    files = {
        "a.txt": f"KẾ HOẠCH\n\n1. Nội dung\n\n{passage}\n\nĐoàn thanh niên tham gia.",
        "b.txt": f"KẾ HOẠCH\n\n1. Nội dung\n\n{passage}\n\nMặt trận xã phối hợp.",
        "c.txt": "THÔNG BÁO\n\nHội nghị sơ kết công tác Hội phụ nữ; đơn vị đo 5µm và ſ cổ.",
    }
    assistant = assistant_over(tmp_path, embedder, files)
    queries = [
        analyze("Hội phụ nữ tổ chức hội nghị sơ kết ở đâu?").lexical_query(),
        LexicalQuery.from_texts(["hội nghị sơ kết công tác"]),
        LexicalQuery(vi=["5µm", "hội"], folded=["ſ"]),  # the tokenizer folds µ and ſ: SQLite answers it
    ]
    corpus = assistant.corpus
    assert sum(_same(corpus.store, corpus.bm25, q) for q in queries) > 0  # the repeated passage ties
    assert corpus.bm25.search(queries[2], 5)  # found through the fallback, as SQLite finds it
    assistant.delete_document(next(d.doc_id for d in assistant.documents() if d.file.endswith("a.txt")))
    corpus = assistant.corpus
    for q in queries:
        _same(corpus.store, corpus.bm25, q)
