"""One measure label (kg/labels.py, words in ontology/headings.tsv) and the internal queries
(kg/queries/internal/*.rq: run by the code, not listed to users)."""
from __future__ import annotations

from importlib.resources import files

import pyoxigraph as ox

import kg.labels
from kg.labels import document_measures, formats, measure_label
from kg.pipeline import process_bytes
from kg.query.internal import internal_query
from kg.query.sparql import named_queries, run_query

RESTARTING = ("关于推进测试工作的意见\n\n一、总体要求\n（一）加强组织领导。各地区要切实加强组织领导。\n"
              "（二）推进节能降碳。生态环境部牵头，推进节能降碳工作。\n二、重点任务\n"
              "（一）建设监测体系。国家发展改革委负责建设监测体系。\n（二）完善标准。\n")


def test_labels_name_the_part_only_when_numbering_restarts(seed_doc):
    restarting = process_bytes(RESTARTING.encode("utf-8"), "t.txt")
    labels = [label for _, label in document_measures(restarting)]
    assert labels == ["一、（一）加强组织领导", "一、（二）推进节能降碳", "二、（一）建设监测体系", "二、（二）完善标准"]
    seed = document_measures(seed_doc)
    numbers = [m.number for m, _ in seed]
    assert len(numbers) == len(set(numbers))  # the seed numbers its measures once through
    assert [label for _, label in seed] == [f"（{m.number}）{m.title or ''}" for m, _ in seed]


def test_the_label_format_is_data(monkeypatch):
    assert set(formats()) >= {"measure", "part_measure", "part", "cited"}
    monkeypatch.setattr(kg.labels, "formats", lambda: {"measure": "第{number}项 {title}", "part_measure": "{part}.{number} {title}"})
    assert measure_label("五", "标题") == "第五项 标题"
    assert measure_label("五", "标题", "三") == "三.五 标题"


def test_internal_queries_are_not_in_the_catalogue_and_run():
    folder = files("kg") / "queries" / "internal"
    names = sorted(e.name[:-3] for e in folder.iterdir() if e.name.endswith(".rq"))
    assert {"measure_rows", "sentences_with", "alignment_status", "alignment_labels"} <= set(names)
    assert not set(names) & set(named_queries())
    store = ox.Store()
    for name in names:
        text = internal_query(name)
        columns, rows = run_query(store, text)  # checked by the read-only guard, parsed by Oxigraph
        assert columns and rows == [], name
