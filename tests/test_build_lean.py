"""What the tenth session changed for the build's CPU (issue 17): the collector's thresholds during a build, and the
related measures' words taken from the tagger's tokenizer (no second jieba cut)."""
from __future__ import annotations

import gc

import jieba
import pytest
from click.testing import CliRunner

import kg.schedule
from kg.analysis.related import _STOP, doc_profiles
from kg.annotate.base import tokenizer
from kg.cli import main
from kg.cli.building import GC_THRESHOLD
from kg.graph.rdf import document_iri
from kg.pipeline import process_bytes


def test_a_build_collects_garbage_less_often_and_leaves_the_thresholds_as_it_found_them(tmp_path, monkeypatch):
    seen = []

    def fake_build(*args, **kwargs):
        seen.append(gc.get_threshold())
        raise kg.schedule.BuildError("stopped here by the test")

    monkeypatch.setattr(kg.schedule, "build", fake_build)
    before = gc.get_threshold()
    src = tmp_path / "a.txt"
    src.write_text("关于推进碳达峰的实施意见\n一、总体要求\n加强统筹。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "stopped here by the test" in result.output, result.output
    assert seen and seen[0][0] == max(GC_THRESHOLD, before[0]) and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before  # restored, also when the build failed


_TEXT = """关于推进绿色低碳发展的实施意见

一、总体要求
（一）指导思想。国家发展改革委会同生态环境部推进碳达峰碳中和工作，完善能源消费强度和总量双控制度。

二、重点任务
（二）推动能源结构调整。国家能源局牵头，大力发展风电、光伏发电，提高非化石能源消费比重。
"""


def test_related_measures_take_their_words_from_the_tagger_s_cut():
    doc = process_bytes(_TEXT.encode("utf-8"), "lean.txt")
    profiles = doc_profiles(str(document_iri(doc)), doc)
    assert profiles, "no measure profiled: the test proves nothing"
    tokens = [t for p in profiles for t in p.tokens]
    # a lexicon word is one token in the tagger's cut and none in jieba's own (test_build_speed shows the latter)
    assert "国家发展改革委" in tokens
    assert "国家发展改革委" not in jieba.lcut(_TEXT)
    cut = set(tokenizer().lcut(_TEXT, HMM=False))
    assert all(t in cut and len(t) >= 2 and t not in _STOP for t in tokens)


def test_minted_iris_are_rdflib_s_and_one_that_cannot_be_written_fails_where_it_is_minted():
    from rdflib import URIRef
    from rdflib.namespace import RDF

    from kg.graph.iris import PKG, BadIRI, concept_iri, rule_iri
    from kg.graph.ntriples import NTriplesWriter

    good = rule_iri("related-measures")
    assert type(good) is URIRef and good == URIRef("https://w3id.org/policykg/rule/related-measures")
    assert NTriplesWriter().add((good, RDF.type, PKG.Rule)).finish().getvalue() == (
        b"<https://w3id.org/policykg/rule/related-measures> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        b"<https://w3id.org/policykg/ontology#Rule> .\n")
    # before lane CPU10 the writer refused them (URIRef.n3); now minting does, as Oxigraph's strict load would
    for mint, part in ((concept_iri, ("actor", "a b")), (concept_iri, ("actor", "a|b")), (rule_iri, ("x<y",))):
        with pytest.raises(BadIRI, match="not an IRI"):
            mint(*part)


_EXIT_PROBE = r"""
import gc, os, sys
from kg.cli import main
seen = []
def watch(phase, info, sys=sys, seen=seen, write=os.write):
    if phase == "stop" and info["generation"] == 2 and sys.is_finalizing() and not seen:
        seen.append(1)
        write(1, f"finalizing frozen={gc.get_freeze_count()} collected={info['collected']}\n".encode())
gc.callbacks.append(watch)
try:
    main(["build", sys.argv[1], "--out", sys.argv[2], "-q"], standalone_mode=False)
except SystemExit:
    pass
"""


def test_the_process_that_built_frees_its_objects_at_exit_without_a_full_collection(tmp_path):
    """What a build leaves in its process is moved to the collector's permanent generation at exit (an atexit
    ``gc.freeze``): Python's finalization then collects nothing of it (before: every object traversed, ~0.07 s of
    CPU on corpus + seeds, 1,716 cycles of the build freed)."""
    import subprocess
    import sys
    from pathlib import Path

    src = tmp_path / "a.txt"
    src.write_text(_TEXT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _EXIT_PROBE, str(src), str(tmp_path / "out")],
                          cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=600)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("finalizing"))
    frozen, collected = (int(part.split("=")[1]) for part in line.split()[1:])
    assert frozen > 10_000  # the build's objects, frozen
    assert collected == 0, line  # and no cycle of them freed by finalization's collection
