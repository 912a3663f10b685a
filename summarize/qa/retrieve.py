"""Retrievers over deduplicated sentences: BM25 (bm25s) and TF-IDF cosine, one registry."""
from __future__ import annotations

from typing import NamedTuple, Protocol, Sequence

import numpy as np

from ..text.similarity import TfidfModel, analyse
from ..text.tokens import terms
from . import RETRIEVERS

RETRIEVER_NAMES = RETRIEVERS.names


class Hit(NamedTuple):
    """One retrieved sentence: its index in the fitted texts and its score (higher = better)."""

    index: int
    score: float


class Retriever(Protocol):
    name: str

    def fit(self, texts: Sequence[str]) -> "Retriever":
        """Index ``texts``; returns self."""

    def scores(self, query: str) -> np.ndarray:
        """One score per fitted text, higher = more relevant."""


def best_hits(scores: np.ndarray, k: int) -> list[Hit]:
    """The ``k`` best positive scores, ties broken by position."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        # argpartition keeps this O(n) on large indexes; the sort below fixes the order.
        cut = np.argpartition(-scores[positive], k - 1)[:k]
        kth = scores[positive[cut]].min()
        positive = positive[scores[positive] >= kth]
    best = sorted(positive.tolist(), key=lambda i: (-float(scores[i]), i))[:k]
    return [Hit(i, float(scores[i])) for i in best]


class BM25Retriever:
    """Okapi BM25 (Robertson & Zaragoza, 2009; Lucene variant, k1=1.5, b=0.75) via ``bm25s``,
    over stemmed content terms."""

    name = "bm25"

    def __init__(self, *, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b

    def fit(self, texts: Sequence[str]) -> "BM25Retriever":
        import bm25s

        self.n_ = len(texts)
        self.model_ = bm25s.BM25(k1=self.k1, b=self.b)
        if texts:
            # An empty token list would break bm25s; a placeholder term matches no query.
            self.model_.index([terms(t) or ["\x00"] for t in texts], show_progress=False)
        return self

    def to_state(self) -> dict[str, bytes]:
        """The fitted index as the files ``bm25s`` saves (JSON and ``.npy``, no pickle), by name."""
        import tempfile
        from pathlib import Path

        if not self.n_:
            return {}
        with tempfile.TemporaryDirectory() as tmp:
            self.model_.save(tmp, show_progress=False)
            return {f.name: f.read_bytes() for f in sorted(Path(tmp).iterdir())}

    @classmethod
    def from_state(cls, files: dict[str, bytes], n: int) -> "BM25Retriever":
        """A retriever fitted on ``n`` texts, from ``to_state``'s files (read with pickle off)."""
        import tempfile
        from pathlib import Path

        import bm25s

        retriever = cls()
        retriever.n_ = n
        if n:
            with tempfile.TemporaryDirectory() as tmp:
                for name, blob in files.items():
                    (Path(tmp) / Path(name).name).write_bytes(blob)
                retriever.model_ = bm25s.BM25.load(tmp, allow_pickle=False, show_progress=False, verbosity=0)
            if retriever.model_.scores["num_docs"] != n:
                raise ValueError(f"the BM25 index holds {retriever.model_.scores['num_docs']} texts, not {n}")
        return retriever

    def scores(self, query: str) -> np.ndarray:
        if self.n_ == 0:
            return np.zeros(0)
        vocab = self.model_.vocab_dict
        tokens = [t for t in terms(query) if t in vocab]
        if not tokens:
            return np.zeros(self.n_)
        return np.asarray(self.model_.get_scores(tokens), dtype=float)


class TfidfRetriever:
    """Cosine between TF-IDF vectors (stemmed unigrams and bigrams) of query and sentence."""

    name = "tfidf"

    def fit(self, texts: Sequence[str]) -> "TfidfRetriever":
        self.n_ = len(texts)
        self.vectorizer_ = TfidfModel(analyse)
        self.matrix_ = self.vectorizer_.fit_transform(texts)
        return self

    def scores(self, query: str) -> np.ndarray:
        q = self.vectorizer_.transform([query])
        return np.asarray((self.matrix_ @ q.T).todense(), dtype=float).ravel()


class HybridRetriever:
    """Reciprocal-rank fusion (Cormack, Clarke & Büttcher, 2009) of BM25 and TF-IDF."""

    name = "hybrid"

    def __init__(self, *, k: int = 60) -> None:
        self.k = k

    def fit(self, texts: Sequence[str]) -> "HybridRetriever":
        self.parts_ = (BM25Retriever().fit(texts), TfidfRetriever().fit(texts))
        return self

    def scores(self, query: str) -> np.ndarray:
        total = None
        for part in self.parts_:
            s = part.scores(query)
            ranks = np.empty(len(s))
            ranks[np.lexsort((np.arange(len(s)), -s))] = np.arange(1, len(s) + 1)
            fused = np.where(s > 0, 1.0 / (self.k + ranks), 0.0)
            total = fused if total is None else total + fused
        return total if total is not None else np.zeros(0)


def get_retriever(retriever: "str | Retriever") -> Retriever:
    """A fresh, unfitted retriever by name, or ``retriever`` itself when it is a retriever object."""
    if not isinstance(retriever, str):
        if not (callable(getattr(retriever, "fit", None)) and callable(getattr(retriever, "scores", None))):
            raise TypeError(f"a retriever must be a name or have fit(texts) and scores(query) methods, "
                            f"got {type(retriever).__name__}")
        return retriever
    return RETRIEVERS.load(retriever)()
