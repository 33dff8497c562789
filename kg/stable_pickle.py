"""pickle giving the same bytes for the same value in any process: the build cache's entries (kg/cache.py).

Every set is written in sorted order (a set's own order follows its strings' hashes, which change from one process to
the next). And the value is first copied through pickle: whether two equal strings are one object (pickle writes the
second as a reference to the first) depends on interning and on whether the value came from a worker process; a copy
made by pickle has the same sharing either way.
"""
from __future__ import annotations

import io
import pickle


_PLAIN = (str, bytes, int, float)


def _plain(x) -> bool:
    """A value whose ``<`` is a total order the same in every process: a string, a number, a tuple of those."""
    return isinstance(x, _PLAIN) or (isinstance(x, tuple) and all(_plain(y) for y in x))


def _canon(x) -> str:
    """A text of ``x`` the same in every process: a set's (frozenset's) items in sorted order, not their hash order
    (``repr`` of a set, and ``<`` between sets, a subset test that orders nothing, follow the hashes; RV19)."""
    if isinstance(x, (set, frozenset)):
        return type(x).__name__ + "{" + ",".join(sorted(_canon(y) for y in x)) + "}"
    if isinstance(x, (tuple, list)):
        return type(x).__name__ + "(" + ",".join(_canon(y) for y in x) + ")"
    if isinstance(x, dict):
        return "dict{" + ",".join(sorted(_canon(k) + ":" + _canon(v) for k, v in x.items())) + "}"
    return repr(x)


def _sorted(items) -> list:
    items = list(items)
    if all(_plain(x) for x in items):
        try:
            return sorted(items)
        except TypeError:  # a str beside an int: by their text below
            pass
    return sorted(items, key=_canon)  # items that do not compare, or sets (a subset test is no order)


class _SortedSet(set):
    """A set of the copy ``stable_dump`` pickles: written as ``set(items)`` with its items sorted."""

    __slots__ = ()

    def __reduce_ex__(self, protocol):
        return set, (_sorted(self),)


class _SortedFrozenset(frozenset):
    """A frozenset of the copy ``stable_dump`` pickles: written as ``frozenset(items)`` with its items sorted."""

    __slots__ = ()

    def __reduce_ex__(self, protocol):
        return frozenset, (_sorted(self),)


_COPIED = {("builtins", "set"): _SortedSet, ("builtins", "frozenset"): _SortedFrozenset}


class _Copier(pickle.Unpickler):
    """Reads the copy's pickle (protocol 3, where a set is written as ``set(items)``) with each set and frozenset one
    that pickles sorted."""

    def find_class(self, module, name):
        kind = _COPIED.get((module, name))
        return kind if kind is not None else super().find_class(module, name)


def stable_dump(obj, fh) -> None:
    """``obj`` pickled into ``fh``, the same bytes in any process (the module's docstring says how).

    The copy is written with protocol 3, where the C pickler writes a set as ``set(items)``, and read back with each
    set one that pickles its items sorted (``_SortedSet``), so the C pickler calls Python for the sets alone, not for
    every object as a ``persistent_id`` did (corpus + seeds: 150,000 calls; the entries' pickling 0.32 → 0.26 s of
    CPU on a loaded machine, gc off, best of two)."""
    copy_ = _Copier(io.BufferedReader(io.BytesIO(pickle.dumps(obj, protocol=3)))).load()  # peek: read ahead in blocks
    pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(copy_)


def stable_loads(data: bytes):
    """What ``stable_dump`` wrote."""
    return pickle.loads(data)
