"""Sparse rows in numpy alone, for the related measures' scores (``kg.analysis.related.Space``; issue 17).

scipy.sparse did this until session 15; importing it cost a build about 0.16 s of CPU (its array-API layer pulls in
most of numpy's submodules), more than the corpus's whole related stage computes. Every float here is the one
scipy's routines gave, because each sum adds the same terms in the same order:

- a product of rows (``product``) adds, for each output cell, the products of the two entries of every shared
  column in ascending column order, starting from 0.0, as scipy's ``csr_matmat`` does; ``np.bincount`` with weights
  adds its terms one after another in the order given, and the terms are given in that order;
- a row's sum of squares (``Rows.sum_squares``) is ``np.add.reduceat`` over the row's entries, the call scipy's
  ``sum(axis=1)`` of a CSR matrix makes;
- a row's sum of weights (``Rows.weighted``) adds them in ascending column order from 0.0, as ``csr_matvec`` does.

``tests/test_rows_product.py`` compares every value with scipy's, bit for bit, where scipy is installed.
"""
from __future__ import annotations

import numpy as np


class Rows:
    """A matrix as sorted sparse rows (CSR): row ``i``'s columns ``indices[indptr[i]:indptr[i + 1]]``, ascending,
    and their values ``data[…]``."""

    __slots__ = ("indptr", "indices", "data", "shape")

    def __init__(self, indptr, indices, data, shape: tuple[int, int]):
        self.indptr, self.indices, self.data, self.shape = indptr, indices, data, shape

    @classmethod
    def from_entries(cls, rows, cols, values, shape: tuple[int, int]) -> Rows:
        """The matrix of the entries ``(rows[e], cols[e]) = values[e]``; an entry given twice is summed (the counts of
        a word in a provision), in the order given, as scipy's ``sum_duplicates`` sums them."""
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        values = np.asarray(values, dtype=np.float64)
        order = np.lexsort((cols, rows))  # stable: duplicates keep the order given
        rows, cols, values = rows[order], cols[order], values[order]
        if len(rows):
            first = np.ones(len(rows), dtype=bool)
            first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
            starts = np.flatnonzero(first)
            if len(starts) < len(rows):
                values = np.add.reduceat(values, starts)
                rows, cols = rows[starts], cols[starts]
        indptr = np.zeros(shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
        return cls(indptr, cols, values, shape)

    def row_ids(self):
        """Each entry's row."""
        return np.repeat(np.arange(self.shape[0], dtype=np.int64), np.diff(self.indptr))

    def scaled_columns(self, weights) -> Rows:
        """Each entry times its column's weight (``multiply`` by a dense row)."""
        return Rows(self.indptr, self.indices, self.data * weights[self.indices], self.shape)

    def scaled_rows(self, weights) -> Rows:
        """Each entry times its row's weight (a diagonal matrix times this one)."""
        return Rows(self.indptr, self.indices, weights[self.row_ids()] * self.data, self.shape)

    def sum_squares(self):
        """Each row's sum of its squared entries (0 for an empty row), summed as scipy sums a CSR row."""
        out = np.zeros(self.shape[0], dtype=np.float64)
        full = np.flatnonzero(np.diff(self.indptr))
        if len(full):
            out[full] = np.add.reduceat(self.data * self.data, self.indptr[full])
        return out

    def weighted(self, weights):
        """Each row's entries times their columns' weights, added in column order (a CSR matrix times a vector)."""
        return np.bincount(self.row_ids(), weights=self.data * weights[self.indices], minlength=self.shape[0])

    def transposed(self) -> Rows:
        """The transpose, its rows sorted too."""
        order = np.argsort(self.indices, kind="stable")  # entries by column, then by row (they come by row)
        return Rows.from_sorted(self.indices[order], self.row_ids()[order], self.data[order],
                                (self.shape[1], self.shape[0]))

    @classmethod
    def from_sorted(cls, rows, cols, values, shape: tuple[int, int]) -> Rows:
        """The matrix of distinct entries already in (row, column) order."""
        indptr = np.zeros(shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
        return cls(indptr, cols, values, shape)


# cells of the output computed at once: the terms of a chunk (about three a cell on the pool) stay in the processor's
# caches; measured on 2,359 provisions of 100 pool texts, a chunk of 150,000 cells takes 0.26 s where one of 500,000
# takes 0.48 s (scipy: 0.35 s). The chunk changes no float: a cell's terms are its row's and its column's alone.
CHUNK_CELLS = 150_000


def _spans(starts, lengths):
    """The positions ``starts[e] … starts[e] + lengths[e] - 1`` of every ``e``, in order (every length at least 1)."""
    steps = np.ones(int(lengths.sum()), dtype=np.int64)
    if not len(steps):
        return steps
    ends = np.cumsum(lengths)
    steps[0] = starts[0]
    steps[ends[:-1]] = starts[1:] - (starts[:-1] + lengths[:-1]) + 1
    return np.cumsum(steps, out=steps)


def product(a: Rows, rows, b: Rows, cols=None):
    """The dense ``len(rows)`` × columns matrix ``a[rows] @ b`` (``b[:, cols]`` when ``cols`` is given: its columns in
    that order; they are distinct). Cell ``(r, j)`` is ``0.0 + a[r, k1] * b[k1, j] + a[r, k2] * b[k2, j] + …`` over
    the shared ``k1 < k2 < …``, added in that order."""
    rows = np.asarray(rows, dtype=np.int64)
    width = b.shape[1] if cols is None else len(cols)
    where = None
    if cols is not None:  # b's column → its place among ``cols``, -1 when not asked for
        where = np.full(b.shape[1], -1, dtype=np.int64)
        where[np.asarray(cols, dtype=np.int64)] = np.arange(width, dtype=np.int64)
    out = np.empty((len(rows), width), dtype=np.float64)
    step = max(1, CHUNK_CELLS // max(width, 1))
    for lo in range(0, len(rows), step):
        out[lo:lo + step] = _chunk(a, rows[lo:lo + step], b, width, where)
    return out


def _chunk(a: Rows, rows, b: Rows, width: int, where):
    starts = a.indptr[rows]
    lengths = a.indptr[rows + 1] - starts
    full = lengths > 0
    at = _spans(starts[full], lengths[full])  # a's entries of the rows, row by row, each row's by ascending k
    base = np.repeat(np.arange(len(rows), dtype=np.int64)[full] * width, lengths[full])  # each entry's row's cell 0
    ks = a.indices[at]
    bstarts = b.indptr[ks]
    blengths = b.indptr[ks + 1] - bstarts
    some = blengths > 0
    blengths = blengths[some]
    bt = _spans(bstarts[some], blengths)  # for each entry (r, k), b's row k
    terms = np.repeat(a.data[at][some], blengths)
    terms *= b.data[bt]
    cells = np.repeat(base[some], blengths)
    if where is None:
        cells += b.indices[bt]
    else:
        placed = where[b.indices[bt]]
        asked = placed >= 0
        cells, terms = cells[asked] + placed[asked], terms[asked]
    return np.bincount(cells, weights=terms, minlength=len(rows) * width).reshape(len(rows), width)
