"""Question answering: a parsed question, evidence retrieval and short answers.

``RETRIEVERS`` names the retrievers, imported when first asked for (the CLI checks a name
without loading numpy)."""
from __future__ import annotations

from ..registry import Registry

RETRIEVERS = Registry("retriever", {
    "bm25": f"{__name__}.retrieve:BM25Retriever",
    "tfidf": f"{__name__}.retrieve:TfidfRetriever",
    "hybrid": f"{__name__}.retrieve:HybridRetriever",
})
