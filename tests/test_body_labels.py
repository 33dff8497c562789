"""An actor's label composed from its place and its printed name (kg/annotate/bodies.py generic_row):
the level word the place's label closes with is printed once (广东省深圳市 + 市生态环境局… never 市市)."""
import pytest

from kg.annotate.bodies import generic_row, ident
from kg.annotate.places import Place

SHENZHEN = Place("guangdong", "深圳")
GUANGDONG = Place("guangdong", None)

# (place, level, printed name, label)
POSITIVE = [
    (SHENZHEN, "all", "市生态环境局各管理局", "广东省深圳市生态环境局各管理局"),  # 345.txt, the reported fault
    (SHENZHEN, "district", "市生态环境局各管理局", "广东省深圳市生态环境局各管理局"),
    (SHENZHEN, "county", "市财政局", "广东省深圳市财政局"),
    (GUANGDONG, "all", "省生态环境厅各派出机构", "广东省生态环境厅各派出机构"),
    (SHENZHEN, "city", "市生态环境局", "广东省深圳市生态环境局"),  # the document's own level: as before
]
# the level word names another level than the place's: kept (a district body of the city)
NEGATIVE = [
    (SHENZHEN, "district", "区生态环境局", "广东省深圳市区生态环境局"),
    (SHENZHEN, "all", "生态环境局", "广东省深圳市生态环境局"),
]


@pytest.mark.parametrize("place, level, name, label", POSITIVE + NEGATIVE)
def test_label_prints_the_level_once(place, level, name, label):
    row = generic_row(ident(place, level, name))
    assert row["label_zh"] == label
    assert "市市" not in row["label_zh"] and "省省" not in row["label_zh"]
