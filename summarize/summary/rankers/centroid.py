"""MEAD-style centroid ranker (Radev, Jing, Styś & Tam, 2004): centroid + position + first-sentence overlap."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ...model import Group
from ...text.similarity import tfidf
from .base import positions


@dataclass(frozen=True)
class CentroidRanker:
    """Score = C + P + F as in MEAD: cosine to the cluster centroid (C), a lead bonus
    scaled to the best C (P), and overlap with the first sentence of its article (F)."""

    position_weight: float = 1.0
    first_weight: float = 1.0
    name: str = "centroid"

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        if not groups:
            return np.zeros(0)
        matrix = tfidf([g.text for g in groups])
        weights = np.array([len(g.members) for g in groups], dtype=float)
        centroid = np.asarray(matrix.T @ weights).ravel() / weights.sum()
        norm = np.linalg.norm(centroid)
        c = np.asarray(matrix @ centroid).ravel() / (norm or 1.0)
        p = c.max() / np.sqrt(1.0 + positions(groups))
        firsts: dict[str, int] = {}
        for k, g in enumerate(groups):
            for m in g.members:
                if m.index == 0:
                    firsts.setdefault(m.doc_id, k)
        pairs = np.array([(k, firsts[d]) for k, g in enumerate(groups) for d in g.sources if d in firsts],
                         dtype=np.int64).reshape(-1, 2)
        f = np.zeros(len(groups))
        if len(pairs):
            overlap = np.asarray(matrix[pairs[:, 0]].multiply(matrix[pairs[:, 1]]).sum(axis=1)).ravel()
            np.maximum.at(f, pairs[:, 0], overlap)
        return c + self.position_weight * p + self.first_weight * f
