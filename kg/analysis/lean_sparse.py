"""``scipy.sparse`` imported without the numpy submodules no build uses (issue 17).

scipy (1.15 and later) vendors ``array_api_compat``, whose ``numpy`` namespace is made at import by
``clone_module("numpy")``: ``from numpy import *`` and a ``hasattr`` of every name ``dir(numpy)`` gives. numpy 2
loads its submodules lazily, and both name them (``numpy.__all__``, ``numpy.__dir__``), so importing
``scipy.sparse`` imports ``numpy.f2py`` (and with it charset_normalizer), ``numpy.testing`` (unittest), ``numpy.ma``,
``numpy.polynomial``, ``numpy.char``, ``numpy.rec``, ``numpy.strings``, ``numpy.ctypeslib``: 118 modules, about
0.1 s of CPU of each process that scores related measures (0.19 → 0.08 s for the import, 2026-12-02, numpy 2.4.6,
scipy 1.17.1), which the corpus build pays in its own process.

``sparse()`` imports scipy.sparse with those names (the submodules not yet imported) hidden from ``numpy.__all__`` and
``dir(numpy)`` for the time of the import, restored after whatever happens, and gives the clone a module
``__getattr__`` that hands any hidden name over from numpy when asked: the clone answers every name as before, and a
submodule is imported when something first reads it, as numpy itself does. Where numpy names no lazy submodules
(numpy 1), or scipy is already imported, it is the plain import. The same module, the same arrays, the same floats:
only what is imported changes (``tests/test_lean_sparse.py``); the clone's ``__all__`` and ``dir()`` list the hidden
names again after the import, as the plain import's do.
"""
from __future__ import annotations

import sys

_COMPAT = "scipy._lib.array_api_compat.numpy"


def sparse():
    """``scipy.sparse``, imported (the first time) without numpy's unused submodules."""
    if "scipy.sparse" in sys.modules:
        return sys.modules["scipy.sparse"]
    import numpy as np

    lazy = frozenset(n for n in getattr(np, "__numpy_submodules__", ()) if f"numpy.{n}" not in sys.modules)
    names, listed = getattr(np, "__all__", None), np.__dict__.get("__dir__")
    if not lazy or names is None or listed is None or _COMPAT in sys.modules:
        from scipy import sparse as module
        return module
    np.__all__ = [n for n in names if n not in lazy]
    np.__dir__ = lambda: [n for n in listed() if n not in lazy]
    try:
        from scipy import sparse as module
    finally:
        np.__all__ = names
        np.__dir__ = listed
    compat = sys.modules.get(_COMPAT)
    if compat is not None and "__getattr__" not in compat.__dict__:
        compat.__getattr__ = _handed_over(compat, lazy)
        _list_again(compat, lazy & (set(names) | set(listed())))
    return module


def _list_again(compat, hidden: set) -> None:
    """The hidden names numpy lists put back into the clone's ``__all__`` (its ``__dir__`` returns it), in its order
    (sorted where it was): the clone lists what the plain import lists, a star import of it reads each (lane RV17)."""
    listed = getattr(compat, "__all__", None)
    if not isinstance(listed, list):
        return
    missing = sorted(hidden - set(listed))
    compat.__all__ = sorted(listed + missing) if listed == sorted(listed) else listed + missing


def _handed_over(compat, hidden: frozenset):
    """A module ``__getattr__`` for the clone: a hidden name read from numpy (importing the submodule then), kept."""
    import numpy as np

    def __getattr__(name: str):  # noqa: N807 - PEP 562's name
        if name in hidden:
            value = getattr(np, name)
            setattr(compat, name, value)
            return value
        raise AttributeError(f"module {compat.__name__!r} has no attribute {name!r}")

    return __getattr__
