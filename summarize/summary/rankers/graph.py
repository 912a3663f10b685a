"""Our LexRank (Erkan & Radev, 2004): PageRank over a sparse TF-IDF cosine graph."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

from ...model import Group
from ...text.similarity import neighbours, tfidf

# Edges kept per sentence; below this many groups the graph is the full thresholded one.
MAX_NEIGHBOURS = 50


def pagerank(adjacency: sparse.csr_matrix, *, damping: float = 0.85, tol: float = 1e-8,
             max_iter: int = 200) -> np.ndarray:
    """Stationary distribution of a random walk on a weighted graph (sums to 1)."""
    n = adjacency.shape[0]
    out = np.asarray(adjacency.sum(axis=1)).ravel()
    dangling = out == 0
    inv = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))
    transition = sparse.diags(inv) @ adjacency
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = damping * (transition.T @ rank + rank[dangling].sum() / n) + (1 - damping) / n
        if np.abs(new - rank).sum() < tol:
            return new
        rank = new
    return rank


@dataclass(frozen=True)
class GraphRanker:
    """Continuous LexRank: edges are cosines >= ``threshold`` to each sentence's
    ``max_neighbours`` nearest (a sparse top-k graph: memory grows with n, not n²); a duplicate
    group counts once per member, so a fact many outlets repeat pulls more weight."""

    threshold: float = 0.1
    damping: float = 0.85
    max_neighbours: int = MAX_NEIGHBOURS
    name: str = "graph"

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        n = len(groups)
        if n == 0:
            return np.zeros(0)
        matrix = tfidf([g.text for g in groups])
        adjacency = neighbours(matrix, self.threshold, self.max_neighbours).astype(np.float64)
        # Each group links to itself once per extra member: repeated facts gain weight.
        extra = np.array([len(g.members) - 1 for g in groups], dtype=float)
        adjacency = adjacency + sparse.diags(extra)
        return pagerank(adjacency.tocsr(), damping=self.damping) * n
