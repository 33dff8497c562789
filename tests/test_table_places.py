"""Cities and counties in the body cells of project and task tables (issue 14, classes 7 and 8; lane RT,
kg/annotate/table_places.py): a 责任单位 / 牵头单位 / 配合单位 cell that names only places of the document's province
makes each place an actor (jurisdiction the city holding it, key convention 6) with the row's role. The non-held-out
pool prints no such cell (corpus/survey-row-bodies.tsv: its only table with a body column, 360's annex, is cut short
in the text), so the tables are written in the genre's pdftotext layout, as tests/test_project_tables.py's are.
Positives, negatives (what must NOT be tagged) and known gaps (strict xfail).
"""
from __future__ import annotations

import pytest

from tests.test_project_tables import build, row_roles

PROVINCE = "福建省“十四五”生态环境保护规划"


def _places(d):
    return {d.text[a.start:a.end]: a.get("jurisdiction") for a in d.annotations["actor"] if a.rule == "actor-table-place"}


POS = [
    # a 责任单位 cell of districts: each co-leads the row (a lone 责任单位 column names no lead, as for bodies)
    ("districts-responsible", "序号\n重点任务\n责任单位\n完成时限\n1\n开展绿色建筑创建行动\n江宁区、浦口区、六合区\n2024年\n", None,
     {"江宁区": "南京", "浦口区": "南京", "六合区": "南京"}, {("task_1", "市江宁区"): "co-lead", ("task_1", "市六合区"): "co-lead"}),
    # a 配合单位 cell wrapped over two lines after a 牵头单位 body: participants
    ("districts-helping-wrapped", "序号\n重点任务\n牵头单位\n配合单位\n1\n推进光伏发电规模化开发\n市发展改革委\n江宁区、浦口区、\n六合区\n", None,
     {"江宁区": "南京", "浦口区": "南京", "六合区": "南京"},
     {("task_1", "市发展改革委"): "lead", ("task_1", "市江宁区"): "participant", ("task_1", "市六合区"): "participant"}),
    # a province's table: its cities, each its own jurisdiction; one city alone in a 责任单位 cell leads (convention 8)
    ("province-cities", "序号\n重点任务\n责任单位\n完成时限\n1\n建设美丽海湾\n厦门市\n2025年\n2\n推进闽江流域水生态修复\n福州市、南平市、三明市等\n2024年\n",
     PROVINCE, {"厦门市": "厦门", "福州市": "福州", "南平市": "南平", "三明市": "三明"}, {("task_1", "福建省厦门市"): "lead"}),
]


@pytest.mark.parametrize("case,table,title,places,roles", POS, ids=[c[0] for c in POS])
def test_places_in_a_body_cell_are_actors_with_the_rows_role(case, table, title, places, roles):
    d = build(table) if title is None else build(table, title=title)
    assert _places(d) == places
    got = row_roles(d)
    for key, role in roles.items():
        assert got.get(key) == role, got


NEG = [
    # a place in the row's task text is the site of the work, not a body
    ("place-in-task-text", "序号\n重点任务\n牵头单位\n1\n江宁区\n市发展改革委\n"),
    # a table with no body column: a column of counties is where the works are (572's 位置 column of substations)
    ("no-body-column", "序号\n项目名称\n建设内容\n完成时限\n1\n光伏电站\n江宁区\n2025年\n"),
    # a place of another city in a city's table
    ("another-city", "序号\n重点任务\n责任单位\n1\n开展绿色建筑创建行动\n鼓楼区、思明区\n"),
    # a cell holding a place and a word that is none: the cell is text
    ("place-and-words", "序号\n重点任务\n责任单位\n1\n开展绿色建筑创建行动\n江宁区试点片区\n"),
]


@pytest.mark.parametrize("case,table", NEG, ids=[c[0] for c in NEG])
def test_not_a_place_cell(case, table):
    assert _places(build(table)) == {}


GAPS = [
    # districts printed short (江宁、浦口): ontology/counties.tsv gives a district no short name, so the cell is text
    ("district-short-names", "序号\n重点任务\n责任单位\n1\n开展绿色建筑创建行动\n江宁、浦口\n", {"江宁": "南京", "浦口": "南京"}),
]


@pytest.mark.parametrize("case,table,places", GAPS, ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_place_cell_known_gaps(case, table, places):
    assert _places(build(table)) == places
