"""A new user's first hour (issues 18.3, 19.1, 19.2, 19.5, 19.6): parameters checked before anything
runs, tables that fit the terminal and keep every column, SPARQL errors with a caret and a hint,
and a README whose first screen says what success looks like."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.sparql import named_queries, query_variables
from kg.query.errors import explain_syntax_error, misspelled_keywords
from kg.table import display_width, iri_shortener, render

from tests.conftest import ROOT, SEED, SHARED, require_shared

TWO_MORE = ("mee_high_energy_high_emission_projects_guidance_2021.txt",
            "ndrc_energy_consumption_dual_control_plan_2021.txt")


@pytest.fixture(scope="module")
def three_docs(tmp_path_factory):
    """The seed and two small corpus documents: three documents that each have a measure 一."""
    require_shared()
    out = tmp_path_factory.mktemp("ux") / "out"
    sources = [str(SEED)] + [str(SHARED / "corpus" / n) for n in TWO_MORE]
    result = CliRunner().invoke(main, ["build", *sources, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


# --- 18.3 + 19.1: --param names are checked against the query, before anything runs -------------

def test_misspelled_param_of_a_named_query_is_an_error_with_a_suggestion(three_docs):
    r = run("query", "--graph", three_docs, "--name", "targets", "--param", "yaer=2030")
    assert r.exit_code != 0
    assert "yaer" in r.output and "did you mean year_max?" in r.output and "Traceback" not in r.output


def test_misspelled_param_of_an_adhoc_query_suggests_its_variable(three_docs):
    q = "SELECT ?year WHERE { ?t <https://w3id.org/policykg/ontology#year> ?year }"
    r = run("query", "--graph", three_docs, q, "--param", "yaer=2030")
    assert r.exit_code != 0
    assert "did you mean year?" in r.output and "year, t" in r.output


REQUIRED = {name: sorted(q.required) for name, q in named_queries().items() if q.required}


def test_required_parameters_are_declared():
    assert REQUIRED == {"measures_by_actor": ["actor"], "targets_due": ["year_max"]}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_missing_required_param_is_an_error(three_docs, name):
    r = run("query", "--graph", three_docs, "--name", name)
    assert r.exit_code != 0
    assert f"needs {', '.join(REQUIRED[name])}" in r.output


@pytest.mark.parametrize("name,param,value,message", [
    ("targets_due", "year_max", "abc", "must be a whole number"),
    ("targets", "year_max", "2030年", "must be a whole number"),
    ("related", "measure", "五", "must be an IRI"),
    ("sentences", "doc", "not an iri", "must be an IRI"),
])
def test_value_of_the_wrong_kind_is_an_error(three_docs, name, param, value, message):
    r = run("query", "--graph", three_docs, "--name", name, "--param", f"{param}={value}")
    assert r.exit_code != 0 and message in r.output, r.output


@pytest.mark.parametrize("bad", [
    "q { 1 } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } VALUES ?z=1",
    "a b=1", "x}=1", "1-2=3", "?=1",
])
def test_a_param_name_that_is_no_variable_name_is_refused_before_anything_runs(tmp_path, bad):
    # The graph folder does not exist: the refusal must come from the name, before the store is opened.
    r = run("query", "--graph", tmp_path / "nothing", "SELECT ?q WHERE { ?q ?p ?o }", "--param", bad)
    assert r.exit_code != 0
    assert "not a variable name" in r.output and "policykg build" not in r.output, r.output


def test_declared_params_are_variables_of_their_query():
    for name, q in named_queries().items():
        variables = set(query_variables(q.text))
        for p in q.params:
            assert p in variables, f"{name}.rq declares {p}, which its query never uses"
            assert q.kinds[p] in ("iri", "integer", "string")


def test_optional_params_narrow_the_answer(three_docs):
    def rows(*args):
        r = run("query", "--graph", three_docs, *args, "--format", "csv")
        assert r.exit_code == 0, r.output
        return list(csv.DictReader(io.StringIO(r.output)))

    every = rows("--name", "targets")
    due = rows("--name", "targets", "--param", "year_max=2030")
    assert 0 < len(due) < len(every) and all(r["year"] and int(r["year"]) <= 2030 for r in due)
    assert len(due) == len(rows("--name", "targets_due", "--param", "year_max=2030"))
    actors = rows("--name", "actors", "--param", "name=生态环境部")
    assert actors and {a["actor"] for a in actors} == {"生态环境部"}


# --- 19.2: tables that fit the terminal and hide nothing -----------------------------------------

def _columns_of(table: str) -> list[list[str]]:
    """Cut every line of a rendered table at the column starts the rule line shows; join wrapped pieces."""
    lines = table.splitlines()
    at = next(i for i, ln in enumerate(lines) if re.fullmatch(r"-[- ]*", ln))  # the rule under the header
    starts = [m.start() for m in re.finditer(r"-+", lines[at])]
    cells: list[list[str]] = []
    for line in lines[at + 1:-1]:
        pieces, col, i = [""] * len(starts), 0, 0
        for ch in line:  # walk display columns
            k = max(j for j, s in enumerate(starts) if s <= col)
            pieces[k] += ch
            col += display_width(ch)
        pieces = [p.strip() for p in pieces]
        if pieces[0] or not cells:  # a row starts where its first cell does; the rest are wrapped lines
            cells.append(pieces)
        else:
            cells[-1] = [a + b for a, b in zip(cells[-1], pieces)]
    return cells


def test_render_wraps_within_the_width_and_keeps_every_cell():
    long = "共同主体: 生态环境部、国家发展改革委; 共同领域: 能源、治理与法治; 文本相似度 0.32"
    table = render(["rank", "document", "reason"], [["1", "中共中央国务院关于全面推进美丽中国建设的意见", long]], width=50)
    assert all(display_width(line) <= 50 for line in table.splitlines()), table
    [cells] = _columns_of(table)
    assert cells[2].replace(" ", "") == long.replace(" ", "")
    assert cells[1] == "中共中央国务院关于全面推进美丽中国建设的意见"
    assert table.splitlines()[-1] == "(1 row)"


def test_display_width_counts_chinese_double():
    assert display_width("森林覆盖率") == 10 and display_width("ab（一）") == 8 and display_width("e\u0301") == 1


def test_iri_shortener():
    doc = "https://w3id.org/policykg/eli/cn/2023/12/27/1c7d49f3e1f1"
    short = iri_shortener({"ex": "http://example.org/"}, {doc: "中共中央国务院关于全面推进美丽中国建设的意见"})
    assert short(doc) == "中共中央国务院关于全面…"
    assert short(doc + "/part_3/measure_1") == "中共中央国务院关于全面…/part_3/measure_1"
    assert short("https://w3id.org/policykg/ontology#Measure") == "pkg:Measure"
    assert short("http://example.org/a") == "ex:a"
    assert short("森林覆盖率") == "森林覆盖率" and short("http://other.org/x") == "http://other.org/x"


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_related_table_fits_the_terminal_and_shows_reason_and_document(three_docs, columns):
    r = run("related", "一", "--doc", "美丽中国", "--graph", three_docs, env={"COLUMNS": str(columns)})
    assert r.exit_code == 0, r.output
    table = r.output.split("\n", 1)[1]
    assert all(display_width(line) <= columns for line in table.splitlines()), table
    header = table.splitlines()[0].split()
    assert header == ["rank", "score", "document", "measure", "reason", "iri"]
    whole = list(csv.DictReader(io.StringIO(run("related", "一", "--doc", "美丽中国", "--graph", three_docs,
                                                 "--format", "csv").output)))
    shown = _columns_of(table)
    assert len(shown) == len(whole) > 0
    for row, cells in zip(whole, shown):
        assert cells[4].replace(" ", "") == row["reason"].replace(" ", "")  # the reason, whole
        assert row["iri"].startswith("https://") and "https://" not in cells[5]  # short in the table only


def test_concordance_table_shows_documents_by_short_title(three_docs):
    r = run("concordance", "能源", "--graph", three_docs, env={"COLUMNS": "90"})
    assert r.exit_code == 0, r.output
    assert all(display_width(line) <= 90 for line in r.output.splitlines()[:-1])
    assert "https://" not in r.output and "完善能源消费强度" in r.output
    full = run("concordance", "能源", "--graph", three_docs, "--format", "csv").output
    assert "https://w3id.org/policykg/eli/" in full


def test_query_table_shortens_iris_by_the_querys_prefixes(three_docs):
    q = ("PREFIX pkg: <https://w3id.org/policykg/ontology#> "
         "SELECT ?doc ?c WHERE { ?doc a ?c . FILTER(?c = pkg:PolicyDocument) } ORDER BY ?doc")
    table = run("query", "--graph", three_docs, q, env={"COLUMNS": "100"}).output
    assert "pkg:PolicyDocument" in table and "https://" not in table, table
    assert "https://w3id.org/policykg/ontology#PolicyDocument" in run("query", "--graph", three_docs, q,
                                                                      "--format", "csv").output


def test_ambiguous_measure_says_how_many_it_shows(three_docs):
    r = run("related", "一", "--graph", three_docs, "--limit", "2")
    assert r.exit_code != 0
    assert "matches 3 measures" in r.output and "showing 2 of 3 (--limit)" in r.output
    assert r.output.count("<https://") == 2
    every = run("related", "一", "--graph", three_docs)
    assert "(all 3)" in every.output and every.output.count("<https://") == 3


# --- 19.6: SPARQL errors a person can act on ------------------------------------------------------

TYPOS = [  # (query, misspelled word, keyword suggested)
    ("SELEC ?x WHERE { ?x ?p ?o }", "SELEC", "SELECT"),
    ("SELECT ?x WHER { ?x ?p ?o }", "WHER", "WHERE"),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDR BY ?x", "ORDR", "ORDER"),
    ("PREFX pkg: <https://w3id.org/policykg/ontology#>\nSELECT ?x WHERE { ?x a pkg:Measure }", "PREFX", "PREFIX"),
    ("SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTR(?x) }", "FILTR", "FILTER"),
    ("SELECT ?x WHERE { ?x ?p ?o OPTINAL { ?x ?q ?r } }", "OPTINAL", "OPTIONAL"),
    ("CONSTRUT { ?x ?p ?o } WHERE { ?x ?p ?o }", "CONSTRUT", "CONSTRUCT"),
    ("DESCRIB <urn:x>", "DESCRIB", "DESCRIBE"),
]


@pytest.mark.parametrize("query,word,keyword", TYPOS, ids=[t[1] for t in TYPOS])
def test_misspelled_keyword_gets_the_line_a_caret_and_the_closest_keyword(three_docs, query, word, keyword):
    r = run("query", "--graph", three_docs, query)
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert f"'{word}'" in r.output and f"did you mean {keyword}?" in r.output, r.output
    lines = r.output.splitlines()
    k = next(i for i, ln in enumerate(lines) if re.match(r"\s+\d+ \| ", ln))
    shown, caret = lines[k], lines[k + 1]
    col = caret.index("^")
    assert shown[col:col + len(word)] == word and caret.strip() == "^" * len(word)


def test_error_without_a_typo_points_at_the_position_in_words():
    text = "SELECT ?x WHERE {\n  ?x ?p ?o"
    message = explain_syntax_error(text, 'error at 2:11: expected one of ",", ".", ";", "}", [\'A\' ..= \'Z\']')
    lines = message.splitlines()
    assert "line 2, column 11" in lines[0] and '"}" (end of a group)' in lines[0] and "a name" in lines[0]
    assert lines[1] == "  2 |   ?x ?p ?o" and lines[2].index("^") == len("  2 |   ?x ?p ?o")


def test_caret_counts_chinese_double():
    text = 'SELECT ?x WHERE { ?x ?p "森林" . FILTR(?x) }'
    lines = explain_syntax_error(text, "error at 1:40: expected OPTIONAL").splitlines()
    shown, caret = lines[1], lines[2]
    assert display_width(shown[: shown.index("FILTR")]) == caret.index("^")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_no_false_misspelling_in_valid_queries(name):
    assert misspelled_keywords(named_queries()[name].text) == []


# --- 19.5: the README's first screen --------------------------------------------------------------

def test_readme_first_screen():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sections = readme.split("\n## ")
    intro, should_see = sections[0], sections[1]
    assert readme.startswith("# policykg\n\n")
    paragraph = intro.split("```")[0]
    assert all(w in paragraph for w in ("researchers", "reviewers", "policy"))
    commands = re.findall(r"```sh\n(.*?)```", intro, re.S)[0].splitlines()
    assert len(commands) == 2
    assert commands[0].endswith(".venv/bin/policykg build") and commands[1].endswith("-m pytest")
    assert should_see.startswith("What you should see")
    assert "open `out/index.html` in a browser" in should_see.lower()
    shots = re.findall(r"\]\((corpus/screenshots/[^)]+\.png)\)", should_see)
    assert len(shots) >= 2
    for shot in shots:
        assert (ROOT / shot).stat().st_size > 10_000, shot
    for tool in ("Chromium", "Virtuoso", "poppler", "../shared/corpus/", "../shared/dual-carbon/"):
        assert tool in should_see, tool
    assert "scripts/screenshots.py" in should_see and (ROOT / "scripts" / "screenshots.py").is_file()
    assert sections[2].startswith("The first ten minutes") and "serve" in sections[2]


def test_a_table_too_wide_for_any_terminal_says_so(three_docs):
    r = run("matrix", "--graph", three_docs, "--format", "table", env={"COLUMNS": "60"})
    assert r.exit_code == 0, r.output
    assert "wider than the terminal's 60 columns" in r.output
    fits = run("related", "一", "--doc", "美丽中国", "--graph", three_docs, env={"COLUMNS": "100"})
    assert "wider than the terminal" not in fits.output


@pytest.mark.parametrize("width", [30, 45, 61, 80, 133])
def test_render_never_exceeds_a_width_the_floors_allow(width):
    columns = ["n", "doc", "part", "measure", "title", "role"]  # n never wraps: it marks where a row starts
    rows = [["1", "中共中央国务院关于全面推进美丽中国建设的意见", "十", "三十一", "压实工作责任，" * 5, "lead"],
            ["2", "https://w3id.org/policykg/eli/cn/2021/05/30/b24213b544a7", "", "一", "深入实施“三线一单”", "co-lead"]]
    table = render(columns, rows, width=width)
    widest = max(display_width(line) for line in table.splitlines())
    floors = sum(min(6, max(display_width(c) for c in [h] + [r[i] for r in rows])) for i, h in enumerate(columns))
    assert widest <= max(width, floors + 2 * (len(columns) - 1)), table
    assert _columns_of(table) == rows
