"""TF-IDF sentence vectors and sparse, chunked all-pairs cosine similarity (never dense n-by-n)."""
from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np
from scipy import sparse

from .tokens import terms

CHUNK_ROWS = 512


def analyse(text: str) -> list[str]:
    """Stemmed content unigrams and bigrams: the features two near-duplicates share."""
    t = terms(text)
    return t + [f"{a} {b}" for a, b in zip(t, t[1:])]


def tfidf(texts: Sequence[str], *, bigrams: bool = True) -> sparse.csr_matrix:
    """Row-normalised TF-IDF matrix (sublinear tf, smoothed idf) of ``texts``: stemmed content
    unigrams and bigrams, or unigrams only (looser, for paraphrase)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not texts:
        return sparse.csr_matrix((0, 0))
    vectorizer = TfidfVectorizer(analyzer=analyse if bigrams else terms, sublinear_tf=True, dtype=np.float32)
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no text has a content word
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)


def similar_pairs(matrix: sparse.csr_matrix, threshold: float, *,
                  chunk_rows: int = CHUNK_ROWS) -> Iterator[tuple[int, int, float]]:
    """Pairs ``(i, j, cosine)`` with ``i < j`` and cosine >= ``threshold``, row block by row block."""
    n = matrix.shape[0]
    transposed = matrix.T.tocsc()
    for start in range(0, n, chunk_rows):
        block = (matrix[start:start + chunk_rows] @ transposed).tocoo()
        keep = (block.data >= threshold) & (block.row + start < block.col)
        for i, j, v in zip(block.row[keep] + start, block.col[keep], block.data[keep]):
            yield int(i), int(j), float(v)
