"""TF-IDF sentence vectors and sparse, chunked similarity search (never dense n-by-n)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

import numpy as np
from scipy import sparse

from .tokens import terms

CHUNK_ROWS = 512
# Slack for float32 rounding in the pruning bounds: a pair is never dropped by a bound
# that is within this of the threshold.
_EPS = 1e-5


@lru_cache(maxsize=400_000)
def _features(text: str) -> tuple[str, ...]:
    t = terms(text)
    return tuple(t + [f"{a} {b}" for a, b in zip(t, t[1:])])


def analyse(text: str) -> list[str]:
    """Stemmed content unigrams and bigrams: the features two near-duplicates share
    (cached per text: dedup, ranking and selection analyse the same sentences)."""
    return list(_features(text))


def tfidf(texts: Sequence[str]) -> sparse.csr_matrix:
    """Row-normalised TF-IDF matrix (sublinear tf, smoothed idf) of ``texts``.

    The last two results are kept, so the rankers and the selection step that vectorise the
    same sentences share one fit; callers must not modify the matrix.
    """
    return _tfidf(tuple(texts))


@lru_cache(maxsize=2)
def _tfidf(texts: tuple[str, ...]) -> sparse.csr_matrix:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not texts:
        return sparse.csr_matrix((0, 0))
    vectorizer = TfidfVectorizer(analyzer=_features, sublinear_tf=True, dtype=np.float32)
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no text has a content word
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)


def _row_ids(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))


def _split_prefix(matrix: sparse.csr_matrix, threshold: float) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray]:
    """Each row's frequent-term prefix that alone cannot reach ``threshold`` with any row.

    Returns (prefix part, indexed rest, bound): the prefix part's cosine with any unit row is
    at most ``bound[row]`` (the smaller of sum(x_f * max_f) and its norm, by Cauchy-Schwarz).
    """
    n, m = matrix.shape
    rows = _row_ids(matrix)
    df = np.bincount(matrix.indices, minlength=m)
    top = np.zeros(m, dtype=np.float64)
    np.maximum.at(top, matrix.indices, matrix.data)
    order = np.lexsort((matrix.indices, -df[matrix.indices], rows))  # frequent terms first in each row
    data = matrix.data[order].astype(np.float64)
    feats = matrix.indices[order]
    starts = matrix.indptr[:-1]

    def running(values: np.ndarray) -> np.ndarray:
        total = np.cumsum(values)
        before = np.concatenate(([0.0], total))[starts]
        return total - np.repeat(before, np.diff(matrix.indptr))

    bound = np.minimum(running(data * top[feats]), np.sqrt(running(data * data)))
    prefix = bound < threshold - _EPS
    row_bound = np.zeros(n)
    np.maximum.at(row_bound, rows[prefix], bound[prefix])

    def part(mask: np.ndarray) -> sparse.csr_matrix:
        return sparse.csr_matrix((matrix.data[order][mask], (rows[mask], feats[mask])), shape=(n, m))

    return part(prefix), part(~prefix), row_bound


def pair_arrays(matrix: sparse.csr_matrix, threshold: float, *,
                chunk_rows: int = CHUNK_ROWS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs ``i < j`` of unit rows with cosine >= ``threshold``: arrays (i, j, cosine).

    All-Pairs prefix filtering (Bayardo, Ma & Srikant, WWW 2007): a row's frequent terms
    that cannot reach the threshold on their own are left out of the candidate search, so
    common words do not make the product dense; candidates are then scored exactly.
    """
    matrix = sparse.csr_matrix(matrix)
    n = matrix.shape[0]
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    if n == 0 or matrix.nnz == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    prefix, indexed, bound = _split_prefix(matrix, threshold)
    transposed = matrix.T.tocsc()
    for start in range(0, n, chunk_rows):
        block = (indexed[start:start + chunk_rows] @ transposed).tocoo()
        i, j, partial = block.row + start, block.col, block.data
        keep = (j > i) & (partial + bound[i] >= threshold - _EPS)
        i, j, partial = i[keep], j[keep], partial[keep]
        rest = np.asarray(prefix[i].multiply(matrix[j]).sum(axis=1), dtype=np.float32).ravel() if i.size else partial
        cosine = partial + rest
        ok = cosine >= threshold
        found.append((i[ok].astype(np.int64), j[ok].astype(np.int64), cosine[ok]))
    return tuple(np.concatenate(parts) for parts in zip(*found))  # type: ignore[return-value]


def similar_pairs(matrix: sparse.csr_matrix, threshold: float, *,
                  chunk_rows: int = CHUNK_ROWS) -> Iterator[tuple[int, int, float]]:
    """Pairs ``(i, j, cosine)`` with ``i < j`` and cosine >= ``threshold``, sorted by (i, j)."""
    i, j, v = pair_arrays(matrix, threshold, chunk_rows=chunk_rows)
    order = np.lexsort((j, i))
    for a, b, c in zip(i[order].tolist(), j[order].tolist(), v[order].tolist()):
        yield a, b, c


def neighbours(matrix: sparse.csr_matrix, threshold: float, k: int, *,
               chunk_rows: int = CHUNK_ROWS) -> sparse.csr_matrix:
    """Symmetric sparse graph linking each row to its ``k`` most similar other rows
    (cosine >= ``threshold``; ties to the earlier row); an edge kept by either end stays."""
    matrix = sparse.csr_matrix(matrix)
    n = matrix.shape[0]
    rows, cols, vals = [], [], []
    transposed = matrix.T.tocsc()
    for start in range(0, n, chunk_rows):
        block = (matrix[start:start + chunk_rows] @ transposed).tocsr()
        r = _row_ids(block)
        block.data[(block.data < threshold) | (r + start == block.indices)] = 0
        block.eliminate_zeros()
        r = _row_ids(block)
        # Best first within each row: by row, then value descending, then column.
        order = np.lexsort((block.indices, -block.data, r))
        rank = np.arange(order.size) - np.repeat(block.indptr[:-1], np.diff(block.indptr))
        chosen = order[rank < k]
        rows.append(r[chosen] + start)
        cols.append(block.indices[chosen])
        vals.append(block.data[chosen])
    graph = sparse.csr_matrix((np.concatenate(vals) if vals else [], (np.concatenate(rows) if rows else [],
                               np.concatenate(cols) if cols else [])), shape=(n, n))
    return graph.maximum(graph.T).tocsr()
