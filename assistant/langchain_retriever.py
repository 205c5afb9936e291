"""A LangChain ``BaseRetriever`` over our ``Retriever``, for people who compose chains with LangChain.

It adds no retrieval logic: the hybrid search, fusion and preferences stay in ``assistant.retrieve``; this
class only turns ``Hit`` objects into ``langchain_core.documents.Document`` with the metadata a citation
needs (file, section, page, score, ids).
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.models import Hit
from assistant.retrieve import Filters, Retriever


def hit_to_document(hit: Hit) -> LCDocument:
    """One hit as a LangChain document: the chunk's original text plus citation metadata."""
    c = hit.chunk
    return LCDocument(
        page_content=c.text,
        metadata={
            "file": c.file,
            "section": c.section_label(),
            "page": c.pages[0] if c.pages else None,
            "pages": list(c.pages),
            "score": hit.score,
            "chunk_id": c.chunk_id,
            "doc_id": c.doc_id,
            "org": c.org,
            "dense_rank": hit.dense_rank,
            "lexical_rank": hit.lexical_rank,
        },
    )


class AssistantRetriever(BaseRetriever):
    """``AssistantRetriever(retriever=Retriever(settings), k=5).invoke("Hội phụ nữ phải làm gì?")``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any  # assistant.retrieve.Retriever (Any: pydantic need not validate our class)
    k: int = 10
    filters: Filters | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None, **kwargs: Any
    ) -> list[LCDocument]:
        k = int(kwargs.get("k", self.k))
        retriever: Retriever = self.retriever
        return [
            hit_to_document(h)
            for h in retriever.search(query, k=k, filters=kwargs.get("filters", self.filters))
        ]
