"""kg/graph/lean_rdflib.py: rdflib imported with html5rdf deferred, and HTML literals read and written as before."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

_HTML = """
import sys
from rdflib import Literal, RDF
lit = Literal("<p>低碳 <b>x</b></p>", datatype=RDF.HTML)
bad = Literal("<p>unclosed", datatype=RDF.HTML)
print(type(lit.value).__name__, lit.n3(), bad.ill_typed, Literal(lit.value).n3())
"""


def _run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def test_the_build_s_rdflib_imports_no_html5rdf():
    got = _run("import sys, kg.graph.iris, kg.graph.rdf, kg.graph.serialize, rdflib.term as t\n"
               "print(sorted(m for m in sys.modules if m.startswith('html5rdf')), t._HAS_HTML5RDF, t.html5rdf is not None)")
    assert got == ["['html5rdf'] True True"]  # the stand-in alone; rdflib takes HTML literals as supported


def test_html_literals_as_with_the_plain_import():
    plain = _run(_HTML)
    lean = _run("import kg.graph.iris\n" + _HTML + "print('html5rdf.html5parser' in sys.modules)")
    assert lean[:-1] == plain and lean[-1] == "True"  # the real package imported when first asked
    assert plain[0].startswith("DocumentFragment")


def test_nothing_done_when_rdflib_came_first():
    got = _run("import sys, rdflib, kg.graph.iris\nprint(type(sys.modules['html5rdf']).__name__)")
    assert got == ["module"]
