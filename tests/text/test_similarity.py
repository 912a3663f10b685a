import numpy as np
import pytest
from scipy import sparse

from summarize.text.similarity import _best_first, neighbours


@pytest.mark.parametrize("seed", range(5))
def test_best_first_orders_like_a_three_key_lexsort(seed):
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.integers(0, 20, 400))
    values = (rng.integers(1, 6, 400) / 7).astype(np.float32)  # few distinct values: many ties
    expected = np.lexsort((np.arange(400), -values, rows))
    assert _best_first(rows, values).tolist() == expected.tolist()


def test_neighbours_break_ties_toward_the_earlier_row():
    # row 0 is as close to rows 1, 2 and 3; with k=2 it keeps 1 and 2
    m = sparse.csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]], dtype=np.float32))
    graph = neighbours(m, 0.1, 2)
    assert sorted(graph[0].indices.tolist()) == [1, 2, 3]  # 3 keeps row 0 from its own end
    one_way = neighbours(sparse.csr_matrix(np.array([[1, 0], [1, 0], [1, 0], [0, 1]], dtype=np.float32)), 0.1, 1)
    assert one_way[2].indices.tolist() == [0]  # its one neighbour: row 0 before the tied row 1


@pytest.mark.parametrize("seed", range(3))
def test_neighbours_of_some_rows_are_the_edges_those_rows_keep(seed):
    rng = np.random.default_rng(seed)
    m = sparse.csr_matrix(rng.random((40, 12)) * (rng.random((40, 12)) < 0.3), dtype=np.float32)
    dense, queries, k = (m @ m.T).toarray(), [3, 7, 8, 30], 3
    expected = set()
    for q in queries:
        near = sorted((-dense[q, j], j) for j in range(40) if j != q and dense[q, j] >= 0.05)[:k]
        expected |= {(q, j) for _, j in near} | {(j, q) for _, j in near}
    some = neighbours(m, 0.05, k, queries=queries, chunk_rows=3)
    assert expected and set(zip(*sparse.find(some)[:2])) == expected
