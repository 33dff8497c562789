"""rdflib imported without html5rdf until an HTML literal needs it (issue 17).

``rdflib.term`` imports ``html5rdf`` (an HTML5 parser, 16 modules) at its top, to read and write ``rdf:HTML``
literals; it only asks whether the import worked (``html5rdf is not None``) until such a literal is parsed or
written, which no build does. ``defer_html5rdf()`` puts a stand-in module in ``sys.modules`` under that name before
rdflib is first imported: rdflib's ``import html5rdf`` succeeds as before (the same branches, HTML literals supported),
and the first attribute read from the stand-in imports the real package, which then takes its place in
``sys.modules``. ``import rdflib``: 482.7 → 423.5 M instructions (callgrind, a bare interpreter's 88.1 M included;
lane CPU10). Where rdflib or html5rdf is already imported, or html5rdf is not installed, nothing is done.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types

_NAME = "html5rdf"


class _Deferred(types.ModuleType):
    """``html5rdf`` until something reads a name of it: then the real package, imported once."""

    def __getattr__(self, name: str):
        real = sys.modules.get(_NAME)
        if real is None or real is self:
            sys.modules.pop(_NAME, None)
            try:
                real = importlib.import_module(_NAME)
            except BaseException:
                sys.modules.setdefault(_NAME, self)
                raise
        return getattr(real, name)


def defer_html5rdf() -> None:
    """The stand-in installed, unless rdflib or html5rdf is imported already or html5rdf is missing."""
    if _NAME in sys.modules or "rdflib" in sys.modules or importlib.util.find_spec(_NAME) is None:
        return
    sys.modules[_NAME] = _Deferred(_NAME)


defer_html5rdf()
