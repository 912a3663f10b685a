"""Question answering: a parsed question, evidence retrieval and short answers.

``RETRIEVERS`` names the retrievers, imported when first asked for (the CLI checks a name
without loading numpy)."""
from __future__ import annotations

from ..registry import Registry

RETRIEVERS = Registry("retriever", {
    "bm25": f"{__name__}.retrieve:BM25Retriever",
    "tfidf": f"{__name__}.retrieve:TfidfRetriever",
    "hybrid": f"{__name__}.retrieve:HybridRetriever",
    "passage": f"{__name__}.retrieve:passage_retriever",
})
# BM25 over sentences answered the dev questions best; "passage" finds more evidence at depth 3.
DEFAULT_RETRIEVER = "bm25"
