"""TF-IDF sentence vectors and sparse, chunked similarity search (never dense n-by-n)."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Callable, Iterable, Sequence, TypeVar

import numpy as np
from scipy import sparse

from .tokens import terms

T = TypeVar("T")

CHUNK_ROWS = 512
MAX_THREADS = 8
# Slack for float32 rounding in the pruning bounds: a pair is never dropped by a bound
# that is within this of the threshold.
_EPS = 1e-5
# Terms in more than this many rows (or 2% of them, if more) count as common: they are left
# out of candidate search (pair_arrays, exact) and of the neighbour graph (neighbours, approximate).
COMMON_MIN_DF = 2000
# Rows whose common terms alone could reach the threshold ("heavy": long sentences that differ
# in a word or two) are compared all against all up to this many; past it, each is compared
# with its HEAVY_WINDOW neighbours once sorted by their HEAVY_KEY_TERMS strongest terms, so n
# near-repeats cost O(n) (README, "Performance": the effect on recall).
HEAVY_ALL_PAIRS = 2000
HEAVY_WINDOW = 30
HEAVY_KEY_TERMS = 8
# Candidates scored per row at most, the ones with the highest bound first: near-repeats that
# share a rare term with thousands of rows are still linked, through their best candidates.
MAX_CANDIDATES = 200
# Row pairs scored at a time in the windowed comparison (bounds the sparse products' memory).
PAIR_CHUNK = 100_000


@lru_cache(maxsize=400_000)
def _features(text: str) -> tuple[str, ...]:
    t = _unigrams(text)
    return t + tuple(f"{a} {b}" for a, b in zip(t, t[1:]))


def analyse(text: str) -> list[str]:
    """Stemmed content unigrams and bigrams: the features two near-duplicates share
    (cached per text: dedup, ranking and selection analyse the same sentences)."""
    return list(_features(text))


def tfidf(texts: Sequence[str], *, bigrams: bool = True) -> sparse.csr_matrix:
    """Row-normalised TF-IDF matrix (sublinear tf, smoothed idf) of ``texts``: stemmed content
    unigrams and bigrams, or unigrams only (looser, for paraphrase).

    The last few results are kept, so the rankers and the selection step that vectorise the
    same sentences share one fit; callers must not modify the matrix.
    """
    return _tfidf(tuple(texts), bigrams)


@lru_cache(maxsize=400_000)
def _unigrams(text: str) -> tuple[str, ...]:
    return tuple(terms(text))


@lru_cache(maxsize=4)
def _tfidf(texts: tuple[str, ...], bigrams: bool) -> sparse.csr_matrix:
    if not texts:
        return sparse.csr_matrix((0, 0))
    return TfidfModel(_features if bigrams else _unigrams).fit_transform(texts)


class TfidfModel:
    """Sublinear-tf, smoothed-idf, L2-normalised TF-IDF (scikit-learn's ``TfidfVectorizer``
    with ``sublinear_tf=True``, same vocabulary order and values) without importing
    scikit-learn, whose import pulls in scipy.stats and costs most of a cold start.

    ``analyzer`` maps a text to its features; ``vocabulary_`` and ``idf_`` are learned by
    ``fit_transform``; rows with no feature are zero.
    """

    def __init__(self, analyzer: Callable[[str], Sequence[str]]) -> None:
        self.analyzer = analyzer

    def fit_transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        features = [self.analyzer(t) for t in texts]
        self.vocabulary_ = {f: i for i, f in enumerate(sorted({f for fs in features for f in fs}))}
        counts = self._counts(features)
        df = np.bincount(counts.indices, minlength=len(self.vocabulary_))
        self.idf_ = np.log((1 + len(texts)) / (1 + df)) + 1.0
        return self._weigh(counts)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return self._weigh(self._counts([self.analyzer(t) for t in texts]))

    def _counts(self, features: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        vocab = self.vocabulary_
        cols = [[vocab[f] for f in fs if f in vocab] for fs in features]
        indptr = np.cumsum([0] + [len(c) for c in cols])
        indices = np.fromiter((c for row in cols for c in row), dtype=np.int64, count=int(indptr[-1]))
        data = np.ones(len(indices))
        counts = sparse.csr_matrix((data, indices, indptr), shape=(len(features), max(len(vocab), 1)))
        counts.sum_duplicates()
        return counts

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        counts.data = np.log(counts.data) + 1.0
        if len(self.vocabulary_):
            counts = counts @ sparse.diags(self.idf_)
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ counts, dtype=np.float32)


def map_chunks(func: Callable[[int], T], starts: Iterable[int]) -> list[T]:
    """``[func(s) for s in starts]``, spread over the machine's cores: scipy's sparse products
    and numpy's sorts release the GIL, so threads share the work; results keep their order."""
    starts = list(starts)
    workers = min(len(starts), os.cpu_count() or 1, MAX_THREADS)
    if workers <= 1:
        return [func(s) for s in starts]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(func, starts))


def _row_ids(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))


def common_cap(n: int) -> int:
    """Document frequency above which a term counts as common in a collection of ``n`` rows."""
    return max(COMMON_MIN_DF, n // 50)


def split_common(matrix: sparse.csr_matrix, cap: int) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """(rare part, common part) of ``matrix``: columns in at most ``cap`` rows, and the rest."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    rare = (df <= cap)[matrix.indices]

    def part(mask: np.ndarray) -> sparse.csr_matrix:
        return sparse.csr_matrix((matrix.data[mask], (_row_ids(matrix)[mask], matrix.indices[mask])),
                                 shape=matrix.shape)

    return part(rare), part(~rare)


def _norms(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=np.float64).ravel())


def pair_arrays(matrix: sparse.csr_matrix, threshold: float, *,
                chunk_rows: int = CHUNK_ROWS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs ``i < j`` of unit rows with cosine >= ``threshold``: arrays (i, j, cosine), exact.

    Common terms would make the all-pairs product dense, so each row is split into its rare
    and common terms (x = r + c). Candidates are the pairs that share a rare term and whose
    rare overlap plus the Cauchy-Schwarz bound on the common one (|c_x| |c_y|) reaches the
    threshold; they are then scored exactly. A pair sharing no rare term has cosine at most
    |c_x| |c_y|, so it can only qualify when both common parts have norm >= threshold: those
    rows are compared directly (``_heavy_pairs``; capped per row past ``HEAVY_ALL_PAIRS`` of
    them, the one place the search is not exact). Callers collapse identical rows first.
    """
    matrix = sparse.csr_matrix(matrix)
    n = matrix.shape[0]
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
    if n == 0 or matrix.nnz == 0:
        return empty
    rare, common = split_common(matrix, common_cap(n))
    bound = _norms(common)
    transposed = rare.T.tocsc()

    def candidates(start: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        block = (rare[start:start + chunk_rows] @ transposed).tocoo()
        i, j, partial = block.row + start, block.col, block.data
        upper = partial + bound[i] * bound[j]
        keep = (i < j) & (upper >= threshold - _EPS)
        i, j, partial = i[keep], j[keep], partial[keep]
        best = _best_per_row(i, upper[keep], MAX_CANDIDATES)
        i, j, partial = i[best], j[best], partial[best]
        if common.nnz and i.size:
            partial = partial + np.asarray(common[i].multiply(common[j]).sum(axis=1), dtype=np.float32).ravel()
        ok = partial >= threshold
        return i[ok].astype(np.int64), j[ok].astype(np.int64), partial[ok]

    found = [empty] + map_chunks(candidates, range(0, n, chunk_rows))
    found += _heavy_pairs(matrix, np.flatnonzero(bound >= threshold - _EPS), threshold, chunk_rows)
    i, j, v = (np.concatenate(parts) for parts in zip(*found))
    _, first = np.unique(i * n + j, return_index=True)
    return i[first], j[first], v[first]


def _best_per_row(rows: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest ``score`` of each row (ties to the earlier position)."""
    order = np.lexsort((np.arange(rows.size), -score, rows))
    sorted_rows = rows[order]
    starts = np.searchsorted(sorted_rows, sorted_rows, side="left")
    return np.sort(order[np.arange(order.size) - starts < k])


def _heavy_pairs(matrix: sparse.csr_matrix, heavy: np.ndarray, threshold: float,
                 chunk_rows: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Pairs at ``threshold`` among the ``heavy`` rows (those whose common terms alone could
    reach it): all of them while there are at most ``HEAVY_ALL_PAIRS`` such rows, else each
    row against its ``HEAVY_WINDOW`` neighbours in an order that puts rows with the same
    strongest terms side by side (sorted neighbourhood), so the work stays linear."""
    if heavy.size <= HEAVY_ALL_PAIRS:
        out = []
        for start in range(0, heavy.size, chunk_rows):
            rows = heavy[start:start + chunk_rows]
            block = (matrix[rows] @ matrix[heavy].T).tocoo()
            i, j = rows[block.row], heavy[block.col]
            ok = (i < j) & (block.data >= threshold)
            out.append((i[ok].astype(np.int64), j[ok].astype(np.int64), block.data[ok]))
        return out
    sub = matrix[heavy]
    keys = []
    for r in range(sub.shape[0]):
        cols, vals = sub.indices[sub.indptr[r]:sub.indptr[r + 1]], sub.data[sub.indptr[r]:sub.indptr[r + 1]]
        keys.append(tuple(cols[np.lexsort((cols, -vals))][:HEAVY_KEY_TERMS].tolist()))
    order = heavy[sorted(range(len(keys)), key=keys.__getitem__)]
    out = []
    for d in range(1, HEAVY_WINDOW + 1):
        for start in range(0, order.size - d, PAIR_CHUNK):
            a, b = order[start:start + PAIR_CHUNK], order[start + d:start + d + PAIR_CHUNK]
            a = a[:b.size]
            cos = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1), dtype=np.float32).ravel()
            ok = cos >= threshold
            i, j = np.minimum(a, b)[ok], np.maximum(a, b)[ok]
            out.append((i.astype(np.int64), j.astype(np.int64), cos[ok]))
    return out


def _best_first(rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Positions of positive float32 ``values`` (given by row, then column) ordered by row, then
    value descending, then column: one stable sort of an integer key (a positive float's bits
    grow with it), several times faster than a three-key ``lexsort``."""
    bits = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32).astype(np.int64)
    return np.argsort((rows.astype(np.int64) << 32) | (0xFFFFFFFF - bits), kind="stable")


def neighbours(matrix: sparse.csr_matrix, threshold: float, k: int, *,
               chunk_rows: int = CHUNK_ROWS, queries: Sequence[int] | None = None) -> sparse.csr_matrix:
    """Symmetric sparse graph linking each row to its ``k`` most similar other rows
    (cosine >= ``threshold``; ties to the earlier row); an edge kept by either end stays.
    With ``queries`` (row numbers, ascending), only those rows' nearest are searched: the
    graph holds the edges a query keeps, at the cost of the queries alone.

    Approximate on large inputs: when some term is common (``common_cap``), cosines are
    taken over the rare terms only, so the product stays sparse.
    """
    matrix = sparse.csr_matrix(matrix)
    n = matrix.shape[0]
    if matrix.nnz and np.bincount(matrix.indices).max() > common_cap(n):
        matrix = split_common(matrix, common_cap(n))[0]
    transposed = matrix.T.tocsc()
    searched = n if queries is None else len(queries)

    def best(start: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if queries is None:
            ids, part = np.arange(start, min(start + chunk_rows, n)), matrix[start:start + chunk_rows]
        else:
            ids = np.asarray(queries[start:start + chunk_rows], dtype=np.int64)
            part = matrix[ids]
        block = (part @ transposed).tocsr()
        r = _row_ids(block)
        block.data[(block.data < threshold) | (ids[r] == block.indices)] = 0
        block.eliminate_zeros()
        block.sort_indices()
        r = _row_ids(block)
        order = _best_first(r, block.data)
        rank = np.arange(order.size) - np.repeat(block.indptr[:-1], np.diff(block.indptr))
        chosen = order[rank < k]
        return ids[r[chosen]], block.indices[chosen], block.data[chosen]

    found = map_chunks(best, range(0, searched, chunk_rows))
    rows, cols, vals = ([f[i] for f in found] for i in range(3))
    graph = sparse.csr_matrix((np.concatenate(vals) if vals else [], (np.concatenate(rows) if rows else [],
                               np.concatenate(cols) if cols else [])), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def neighbour_pairs(matrix: sparse.csr_matrix, threshold: float, k: int, *,
                    queries: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The edges of ``neighbours`` (of every row, or of the ``queries``) as arrays ``(i, j,
    cosine)`` with ``i < j``, sorted by (i, j): at most about ``k`` pairs a row, so work grows
    with n, not with the number of similar pairs."""
    graph = sparse.triu(neighbours(matrix, threshold, k, queries=queries), k=1).tocoo()
    order = np.lexsort((graph.col, graph.row))
    return graph.row[order].astype(np.int64), graph.col[order].astype(np.int64), graph.data[order]
