"""kg.query.results and the internal queries: one set of result formats for the CLI and the endpoint."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from importlib.resources import files

import pyoxigraph as ox
import pytest

from kg.query.results import csv_text, format_rows, negotiate, serialise
from kg.query.sparql import internal_query, named_queries, run_query

VALUES = ('SELECT ?x ?y ?z WHERE { VALUES (?x ?y ?z) { ("a\\"b<&>\'c"@zh <http://e/x?a=1&b=2> 3) '
          '(UNDEF "t\\tab,\\nnl" "2030"^^<http://www.w3.org/2001/XMLSchema#gYear>) } }')
SRX = "{http://www.w3.org/2005/sparql-results#}"


def test_xml_results_parse_back_to_the_terms():
    ctype, body, truncated, rows = serialise(ox.Store().query(VALUES), "xml", 100)
    assert ctype == "application/sparql-results+xml" and not truncated and rows == 2
    root = ET.fromstring(body)
    assert [v.get("name") for v in root.iter(SRX + "variable")] == ["x", "y", "z"]
    first, second = root.iter(SRX + "result")
    lit = first.find(f"{SRX}binding[@name='x']/{SRX}literal")
    assert lit.text == "a\"b<&>'c" and lit.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert first.find(f"{SRX}binding[@name='y']/{SRX}uri").text == "http://e/x?a=1&b=2"
    assert first.find(f"{SRX}binding[@name='z']/{SRX}literal").get("datatype") == "http://www.w3.org/2001/XMLSchema#integer"
    assert second.find(f"{SRX}binding[@name='x']") is None  # unbound: no binding element
    assert second.find(f"{SRX}binding[@name='z']/{SRX}literal").text == "2030"


@pytest.mark.parametrize("value", [True, False])
def test_xml_boolean(value):
    _, body, _, _ = serialise(ox.Store().query("ASK { }" if value else "ASK { FILTER(false) }"), "xml", 10)
    assert ET.fromstring(body).find(SRX + "boolean").text == str(value).lower()


def test_endpoint_csv_and_cli_csv_are_one_writer():
    """The SPARQL CSV answer is the CLI's CSV with the line ends the SPARQL 1.1 format asks for."""
    columns, rows = run_query(ox.Store(), VALUES)
    cli = format_rows(columns, rows, "csv")
    _, body, _, _ = serialise(ox.Store().query(VALUES), "csv", 100)
    assert body.decode("utf-8") == csv_text(columns, rows, "\r\n")
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == list(csv.reader(io.StringIO(cli)))
    assert list(csv.reader(io.StringIO(cli)))[2] == ["", "t\tab,\nnl", "2030"]


def test_truncation_is_said():
    _, body, truncated, rows = serialise(ox.Store().query(VALUES), "json", 1)
    data = json.loads(body)
    assert truncated and rows == 1 and data["results"]["truncated"] is True and len(data["results"]["bindings"]) == 1


def test_negotiation():
    assert negotiate("", None) == "json"
    assert negotiate("application/sparql-results+xml;q=0.5, text/csv;q=0.9", None) == "csv"
    assert negotiate("text/csv", "ttl") == "turtle"


def test_internal_queries_are_files_outside_the_catalogue():
    internal = sorted(p.name[:-3] for p in (files("kg") / "queries" / "internal").iterdir() if p.name.endswith(".rq"))
    assert {"document_titles", "endpoint_example"} <= set(internal)
    assert not set(internal) & set(named_queries())
    for name in internal:
        text = internal_query(name)
        assert text and not text.startswith("#")
        ox.Store().query(text)  # valid SPARQL (a SyntaxError otherwise)


def test_every_named_query_header_is_its_contract():
    """Title, description, the columns in the order the query gives them, parameters it uses."""
    from kg.query.sparql import query_variables

    store = ox.Store()
    for name, q in named_queries().items():
        assert q.title and q.title != name and q.description, name
        assert [v.value for v in store.query(q.text).variables] == list(q.columns), name
        assert set(q.params) <= set(query_variables(q.text)), name
        assert q.required <= set(q.params) and set(q.kinds) == set(q.params), name
