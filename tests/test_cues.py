"""Words as data: every row of the cue files in ontology/ is read by a tagger (no dead data), and every
kind a tagger asks for is in its file."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.lexicon import read_tsv

CUE_FILES = ("target_cues.tsv", "actor_cues.tsv", "time_cues.tsv", "place_cues.tsv", "text_cues.tsv")

# Imports every tagger and text step with the lexicon's cue loaders spied on: the cue patterns are built
# when a module is imported, so what is asked for then is all a build ever asks for.
SPY = r"""
import json, pkgutil, importlib
import kg.lexicon as lex
asked = {"cue": set(), "comparators": set()}
cue, comparators = lex.cue, lex.comparators
def spy_cue(name, kind):
    asked["cue"].add((name, kind))
    return cue(name, kind)
def spy_comparators(position):
    asked["comparators"].add(position)
    return comparators(position)
lex.cue, lex.comparators = spy_cue, spy_comparators
import kg.annotate, kg.text
for pkg in (kg.annotate, kg.text):
    for m in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{m.name}")
print(json.dumps({"cue": sorted(asked["cue"]), "comparators": sorted(asked["comparators"])}))
"""


@pytest.fixture(scope="module")
def asked():
    out = subprocess.run([sys.executable, "-c", SPY], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", CUE_FILES)
def test_every_cue_kind_is_read_and_every_read_kind_is_given(asked, name):
    in_file = {row["kind"] for row in read_tsv(name)}
    read = {kind for file, kind in asked["cue"] if file == name}
    assert in_file, name
    assert in_file - read == set(), f"rows of {name} no tagger reads"
    assert read - in_file == set(), f"kinds asked of {name} that it does not give"


def test_every_comparator_position_is_read(asked):
    positions = {row["position"] for row in read_tsv("comparators.tsv")}
    assert positions == set(asked["comparators"])


def test_each_kind_is_one_row():
    for name in CUE_FILES:
        kinds = [row["kind"] for row in read_tsv(name)]
        assert len(kinds) == len(set(kinds)), name
