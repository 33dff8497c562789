"""A line that is only an annex marker (附件, 附件2：) above a title is not part of the title.

Pool documents that are the annex of a notice start with the marker on a line of its own (10 of the
pool's non-held-out texts); the title, its genre, its jurisdiction and its IRI key come from the line
below it.
"""
from pathlib import Path

import pytest

from kg.pipeline import process_bytes

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "dual-carbon"

# (pool number, the title as printed under the marker)
POSITIVE = [
    (185, "成都市能源结构调整十条政策措施"),  # 附件1
    (204, "上海市碳普惠体系建设工作方案"),  # 附件
    (405, "上海市2020年碳排放配额分配方案"),  # 附件2
    (544, "广西生态文明强区建设“十四五”规划"),
]


@pytest.mark.parametrize("number, title", POSITIVE)
def test_annex_marker_is_not_part_of_the_title(number, title):
    doc = process_bytes((POOL / f"{number}.txt").read_bytes(), f"{number}.txt")
    assert doc.meta["title"] == title


def _doc(text: str):
    return process_bytes(text.encode("utf-8"), "x.txt")


BODY = "\n一、总体要求\n（一）指导思想。坚持节约优先，推进绿色发展。\n二、重点任务\n（二）推进建筑节能。到2025年，城镇新建建筑全面执行绿色建筑标准。\n"


@pytest.mark.parametrize("marker", ["附件", "附件2", "附件3：", "附 件"])
def test_marker_lines_dropped(marker):
    assert _doc(f"{marker}\n\n某市绿色建筑“十四五”规划\n{BODY}").meta["title"] == "某市绿色建筑“十四五”规划"


# negatives: words that merely start with 附 stay in the title
@pytest.mark.parametrize("first", ["附属设施", "附件管理"])
def test_other_lines_above_the_title_still_join(first):
    # an unpunctuated short line above a title is the title's first line (printed over two lines)
    assert _doc(f"{first}\n绿色低碳发展实施方案\n{BODY}").meta["title"] == f"{first}绿色低碳发展实施方案"
