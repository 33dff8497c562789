"""The internal SPARQL queries: files in ``kg/queries/internal/``, run by the modules that need them.

Unlike the named queries of ``kg/queries/*.rq`` (the catalogue of ``policykg queries``), these
are not listed to users: they are the look-ups behind commands (``kg.query.lookup``) and the
alignment report (``kg.analysis.report``). Their text is read once per process.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def internal_query(name: str) -> str:
    """The query ``kg/queries/internal/NAME.rq`` without its header comments: one the code runs
    (or shows, as the endpoint's example) itself."""
    text = (files("kg") / "queries" / "internal" / f"{name}.rq").read_text(encoding="utf-8")
    return "\n".join(line for line in text.split("\n") if not line.startswith("#")).strip()
