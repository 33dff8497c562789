"""related._scaled gives what ``diags(w) @ m`` and ``m @ diags(w)`` give (the related measures' weights), without
numpy.ma: the same entries, floats and order, zeros left out as scipy's product leaves them out."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from kg.analysis import lean_sparse
from kg.analysis.related import _scaled

from tests.conftest import ROOT, SEED

sparse = lean_sparse.sparse()


def _same(a, b) -> None:
    a, b = sparse.csr_matrix(a), sparse.csr_matrix(b)
    a.sort_indices()
    b.sort_indices()
    assert a.shape == b.shape
    assert a.indptr.tolist() == b.indptr.tolist() and a.indices.tolist() == b.indices.tolist()
    assert a.data.tobytes() == b.data.tobytes()  # the same floats, bit for bit


def _matrix(seed: int, shape=(40, 300), density=0.05):
    rng = np.random.default_rng(seed)
    m = sparse.random(*shape, density=density, format="csr", random_state=rng, data_rvs=lambda n: rng.random(n) * 7)
    m.sort_indices()
    return m, rng


@pytest.mark.parametrize("seed", range(6))
def test_rows_and_columns_scaled_as_by_diags(seed):
    m, rng = _matrix(seed)
    rows = 1 / np.sqrt(rng.random(m.shape[0]) * 3 + 0.1)
    columns = rng.random(m.shape[1]) * np.log(rng.integers(1, 40, m.shape[1]))  # log(1) = 0: weights of 0
    columns[::7] = 0.0
    assert (columns == 0).any()
    _same(_scaled(sparse, m, rows=rows), sparse.diags(rows) @ m)
    _same(_scaled(sparse, m, columns=columns), m @ sparse.diags(columns))
    # transposed as Space keeps it: the same CSR arrays
    a, b = _scaled(sparse, m, columns=columns).T.tocsr(), sparse.csr_matrix(m @ sparse.diags(columns)).T.tocsr()
    assert a.indices.tolist() == b.indices.tolist() and a.data.tobytes() == b.data.tobytes()


def test_a_zero_product_is_left_out_and_a_matrix_not_canonical_goes_through_diags():
    m = sparse.csr_matrix(np.array([[1.0, 2.0, 0.0], [0.0, 3.0, 4.0]]))
    out = _scaled(sparse, m, columns=np.array([1.0, 0.0, 2.0]))
    assert out.nnz == 2 and out.toarray().tolist() == [[1.0, 0.0, 0.0], [0.0, 0.0, 8.0]]
    dup = sparse.csr_matrix((np.array([1.0, 2.0]), np.array([1, 1]), np.array([0, 2])), shape=(1, 2))
    assert not dup.has_canonical_format
    _same(_scaled(sparse, dup, rows=np.array([3.0])), sparse.diags(np.array([3.0])) @ dup)


def test_a_space_imports_no_numpy_ma_and_scores_as_before(seed_doc):
    """The seed's measures in a fresh interpreter: Space's matrices the same arrays as with diags, numpy.ma not imported
    (it was, by dia_array's np.unique)."""
    code = f"""
import sys
from tests.conftest import parsed
from kg.analysis import related
doc = parsed({str(SEED)!r})
space = related.Space(related.doc_profiles("https://example.org/d", doc))
print("numpy.ma" in sys.modules)
s = related.lean_sparse.sparse()
print(space.m.nnz, space.fwt.nnz, space.m.data.sum().hex(), space.fwt.data.sum().hex())
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    ma, figures = out.stdout.splitlines()
    assert ma == "False"
    from kg.analysis import related

    old = related._scaled  # the diags products, as before
    try:
        related._scaled = lambda sp, m, rows=None, columns=None: sp.csr_matrix(
            sp.diags(rows) @ m if rows is not None else m @ sp.diags(columns))
        space = related.Space(related.doc_profiles("https://example.org/d", seed_doc))
    finally:
        related._scaled = old
    assert figures == f"{space.m.nnz} {space.fwt.nnz} {space.m.data.sum().hex()} {space.fwt.data.sum().hex()}"
