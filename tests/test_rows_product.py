"""kg.analysis.rows_product: the related measures' sparse rows in numpy alone give, bit for bit, the floats scipy.sparse
gave (``related.Space`` used scipy until session 15)."""
import numpy as np
import pytest

from kg.analysis.rows_product import Rows, product


def _random(rng, n, width, per_row, dup=False):
    rows, cols = [], []
    for r in range(n):
        k = int(rng.integers(0, per_row + 1))
        picked = rng.choice(width, size=k, replace=dup)
        rows += [r] * k
        cols += picked.tolist()
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _dense(m: Rows):
    out = np.zeros(m.shape)
    for r in range(m.shape[0]):
        for e in range(m.indptr[r], m.indptr[r + 1]):
            out[r, m.indices[e]] += m.data[e]
    return out


def test_sums_in_column_order():
    # 0.0 + 1e16 + 1 + 1 is 1e16 (each 1 lost in turn); any other order (1 + 1 + 1e16) gives 1e16 + 2
    a = Rows.from_entries([0, 0, 0], [0, 1, 2], [1e16, 1.0, 1.0], (1, 3))
    b = Rows.from_entries([0, 1, 2], [0, 0, 0], [1.0, 1.0, 1.0], (3, 1))
    assert product(a, [0], b)[0, 0] == 1e16
    assert product(a, [0], b)[0, 0] != 1e16 + 2
    reversed_a = Rows.from_entries([0, 0, 0], [0, 1, 2], [1.0, 1.0, 1e16], (1, 3))
    assert product(reversed_a, [0], b)[0, 0] == 1e16 + 2


def test_duplicates_summed_and_rows_sorted():
    m = Rows.from_entries([1, 0, 1, 1], [2, 1, 0, 2], [1.0, 1.0, 1.0, 1.0], (2, 3))
    assert m.indptr.tolist() == [0, 1, 3]
    assert m.indices.tolist() == [1, 0, 2]
    assert m.data.tolist() == [1.0, 1.0, 2.0]
    t = m.transposed()
    assert np.array_equal(_dense(t), _dense(m).T)
    assert t.indices.tolist() == [1, 0, 1]  # each row's columns ascending


def test_columns_chosen_and_empty_rows():
    a = Rows.from_entries([0, 2], [0, 1], [2.0, 3.0], (3, 2))
    b = Rows.from_entries([0, 0, 1], [0, 2, 1], [5.0, 7.0, 11.0], (2, 3))
    assert product(a, [0, 1, 2], b).tolist() == [[10.0, 0.0, 14.0], [0.0, 0.0, 0.0], [0.0, 33.0, 0.0]]
    assert product(a, [2, 0], b, cols=np.array([2, 1])).tolist() == [[0.0, 33.0], [14.0, 0.0]]
    assert a.sum_squares().tolist() == [4.0, 0.0, 9.0]
    assert a.weighted(np.array([0.5, 2.0])).tolist() == [1.0, 0.0, 6.0]


@pytest.mark.parametrize("seed", range(6))
def test_same_floats_as_scipy(seed):
    """Space's steps as scipy made them (tf-idf rows cosine-normalised, a weighted row sum, products of rows) and as
    numpy makes them now: every float the same bits."""
    sparse = pytest.importorskip("scipy.sparse")
    rng = np.random.default_rng(seed)
    n, width = int(rng.integers(2, 120)), int(rng.integers(1, 300))
    rows, cols = _random(rng, n, width, 40, dup=True)
    idf = rng.random(width) * 9 + 1
    # scipy, as related.Space computed it until session 15
    tf = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, width))
    tf.sum_duplicates()
    m = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    m = sparse.csr_matrix(sparse.diags(1 / norms) @ m)
    m.sort_indices()
    mt = m.T.tocsr()
    # numpy alone
    mine = Rows.from_entries(rows, cols, np.ones(len(rows)), (n, width)).scaled_columns(idf)
    my_norms = np.sqrt(mine.sum_squares())
    my_norms[my_norms == 0] = 1
    assert my_norms.tobytes() == norms.tobytes()
    mine = mine.scaled_rows(1 / my_norms)
    assert mine.indptr.tolist() == m.indptr.tolist() and mine.indices.tolist() == m.indices.tolist()
    assert mine.data.tobytes() == m.data.tobytes()
    block = np.sort(rng.choice(n, size=int(rng.integers(1, n + 1)), replace=False))
    assert product(mine, block, mine.transposed()).tobytes() == (m[block] @ mt).toarray().tobytes()
    chosen = np.sort(rng.choice(n, size=int(rng.integers(1, n + 1)), replace=False))
    assert product(mine, block, mine.transposed(), chosen).tobytes() == (m[block] @ mt[:, chosen]).toarray().tobytes()
    # features: 0/1 rows, weights, their weighted sums
    frows, fcols = _random(rng, n, 50, 8)
    fw = rng.random(50) * 3
    fm = sparse.csr_matrix((np.ones(len(frows)), (frows, fcols)), shape=(n, 50))
    fm.sort_indices()
    fwt = sparse.csr_matrix(fm @ sparse.diags(fw)).T.tocsr()
    my_fm = Rows.from_entries(frows, fcols, np.ones(len(frows)), (n, 50))
    assert my_fm.weighted(fw).tobytes() == np.asarray(fm @ fw).ravel().tobytes()
    my_fwt = my_fm.scaled_columns(fw).transposed()
    assert product(my_fm, block, my_fwt).tobytes() == (fm[block] @ fwt).toarray().tobytes()
