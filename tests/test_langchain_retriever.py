"""The LangChain adapter returns our hits as LangChain documents with citation metadata."""

from __future__ import annotations

from langchain_core.documents import Document

from assistant.langchain_retriever import AssistantRetriever
from assistant.retrieve import Retriever


def test_invoke_returns_documents_with_metadata(settings, sample_index, embedder):
    lc = AssistantRetriever(retriever=Retriever(settings, embedder=embedder), k=3)
    docs = lc.invoke("Hội phụ nữ các cấp phải làm gì?")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    assert {"file", "section", "page", "score", "chunk_id", "doc_id"} <= set(meta)
    assert meta["file"].startswith("KL-BTV") and docs[0].page_content
    assert docs[0].metadata["score"] >= docs[-1].metadata["score"]
