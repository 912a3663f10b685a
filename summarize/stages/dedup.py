"""Group near-duplicate sentences across all documents by TF-IDF cosine similarity.

Sentences whose cosine is at least ``threshold`` are linked; linked sentences form one
group (connected components); the group's medoid is the sentence shown, and every member keeps
its document and position.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy import sparse

from ..model import Group, Sentence
from ..text.polarity import polarity
from ..text.similarity import pair_arrays, tfidf

# Measured on eval/seeds/pairs.jsonl (summarize eval): wire copy is found with precision 1.0
# at every threshold from 0.25 to 0.5; lower thresholds also merge paraphrases, which the
# support stage links instead, because a merged group shows one wording only (at 0.3 the
# default ranker loses 0.011 ROUGE-1 and the answerer 0.04 exact match on the eval clusters).
DEFAULT_THRESHOLD = 0.5


def _check_threshold(threshold: float) -> float:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    return threshold


class UnionFind:
    """Disjoint sets over 0..n-1; the smaller index is the root, so groups keep input order."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _components(n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Component label (its smallest member) of each of ``n`` nodes linked by edges
    (rows[k], cols[k]); a union-find in Python is linear and spares the 75 ms import of
    scipy.sparse.csgraph on every run."""
    sets = UnionFind(n)
    for i, j in zip(rows.tolist(), cols.tolist()):
        if i != j:
            sets.union(i, j)
    return np.array([sets.find(i) for i in range(n)], dtype=np.int64)


def _medoids(labels: np.ndarray, matrix: sparse.csr_matrix, sentences: Sequence[Sentence]) -> dict[int, int]:
    """Each group's member most similar to the others (sum of cosines, rounded to 6 places);
    ties go to the longer, then the earlier sentence. All groups at once: a member's
    similarity to the others is its row times the sum of the other members' rows."""
    n = len(labels)
    rows = sparse.csr_matrix(matrix, dtype=np.float64)
    indicator = sparse.csr_matrix((np.ones(n), (labels, np.arange(n))))
    others = (indicator @ rows)[labels] - rows
    sims = np.asarray(rows.multiply(others).sum(axis=1)).ravel()
    best: dict[int, tuple] = {}
    for i, g in enumerate(labels.tolist()):
        key = (round(float(sims[i]), 6), len(sentences[i].text), -i)
        if g not in best or key > best[g]:
            best[g] = key
    return {g: -key[2] for g, key in best.items()}


def same_polarity(sentences: Sequence[Sentence], rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose two sentences make their claim with the same polarity: a sentence and
    its denial ("will attend" / "will not attend") share nearly every term but never one fact.
    Polarity is read only for the sentences that appear in a pair."""
    if not len(rows):
        return rows, cols
    touched = np.unique(np.concatenate([rows, cols]))
    sign = np.zeros(len(sentences), dtype=np.int8)
    sign[touched] = [polarity(sentences[i].text) for i in touched.tolist()]
    keep = sign[rows] == sign[cols]
    return rows[keep], cols[keep]


def normalised(text: str) -> str:
    """``text`` with its runs of white space made single spaces: the key of an exact repeat."""
    return " ".join(text.split())


def group_sentences(sentences: Sequence[Sentence], *, threshold: float = DEFAULT_THRESHOLD,
                    matrix: sparse.csr_matrix | None = None) -> list[Group]:
    """Groups of near-duplicates, ordered by their first member in input order.

    ``sentences`` must be in reading order; ``matrix`` may pass their TF-IDF rows.
    """
    _check_threshold(threshold)
    if not sentences:
        return []
    matrix = tfidf([s.text for s in sentences]) if matrix is None else matrix
    # Exact repeats (same whitespace-normalised text) join the first sentence with that text,
    # even when it has no content word to compare, and only one of them is paired: n copies
    # cost O(n), and every copy stays a member of the group.
    first_by_text: dict[str, int] = {}
    same = np.array([first_by_text.setdefault(normalised(s.text), i) for i, s in enumerate(sentences)])
    unique = np.flatnonzero(same == np.arange(len(sentences)))
    rows, cols, _ = pair_arrays(matrix[unique], threshold)
    rows, cols = same_polarity(sentences, unique[rows], unique[cols])
    labels = _components(len(sentences), np.concatenate([rows, same]),
                         np.concatenate([cols, np.arange(len(sentences))]))
    # Number groups by their first member, in input order.
    first = np.full(labels.max() + 1, len(sentences))
    np.minimum.at(first, labels, np.arange(len(sentences)))
    labels = np.argsort(np.argsort(first, kind="stable"), kind="stable")[labels]
    rep = _medoids(labels, matrix, sentences)
    members: list[list[int]] = [[] for _ in rep]
    for i, g in enumerate(labels.tolist()):
        members[g].append(i)
    return [Group(g, sentences[rep[g]], tuple(sentences[i] for i in idx)) for g, idx in enumerate(members)]
