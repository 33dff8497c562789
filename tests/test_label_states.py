"""Issue 14 class 5 (lane LB3): an indicator label names the whole indicator, never a fragment of it. Tables of
positives, negatives (labels that must NOT come out) and strict known gaps, one table per cause of the labels
of matched development targets that differed from the keys' (corpus/issue14-classes.md, class 5).

Sentences are from development documents of corpus/keys/split.tsv (dev 202, dev2 514, dev3 466) and from the
non-held-out pool (82, 318, 543), shortened; the number is the pool file. None is from a held-out half or a sample.
"""
from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.annotate.indicators import label_ok
from kg.annotate.label_quantity import completed
from kg.model import Source
from kg.text.clean import clean
from kg.text.structure import parse


def doc(body: str, title: str = "关于测试的实施方案"):
    text = f"{title}\n一、重点任务\n（一）测试措施。{body}\n"
    return annotate(parse(Source("t.txt", "0" * 64, "utf-8", "txt", text), clean(text)))


def labels(body: str) -> list[tuple]:
    return [(a.get("indicator_label"), a.get("value")) for a in doc(body).annotations.get("target", [])]


# 1. The requirement a share of a population reaches (…%的学校达到创建要求) is the state named in the label: 要求 was
# cut off the state, leaving 达到创建 before the population, a fragment (202 dev, 466 dev3: 3 matched labels of dev).
REQUIRED = [
    ("school-202", "到2022年，60%以上的学校达到创建要求。", [("达到创建要求学校比例", "60")]),
    ("mine-466", "“十四五”期间 25%以上的矿山达到绿色矿山建设规范要求。", [("达到绿色矿山建设规范要求矿山比例", "25")]),
    ("adverb-495", "到2022年底，65%以上的城乡家庭初步达到绿色家庭创建要求。", [("初步达到绿色家庭创建要求城乡家庭比例", "65")]),
    ("pond-82", "到2025年，88%以上的池塘养殖达到工程化节水减排要求。", [("达到工程化节水减排要求池塘养殖比例", "88")]),
    # 满足 a share verb since main's 99cdfe4 (511 dev)
    ("meets-511", "到2025年，全省40%以上大型商场基本满足国家绿色商场创建要求。", [("基本满足国家绿色商场创建要求大型商场比例", "40")]),
    # a population that ends inside a word keeps the printed order, the requirement whole (318)
    ("printed-order-318", "到2025年，80%城市建成区达到海绵城市建设要求。", [("城市建成区达到海绵城市建设要求比例", "80")]),
    # the population's own verb phrase (参与创建行动并) goes with the state, the population last, as 514 dev2's key names
    # it: a known gap until lane LB6 (kg/annotate/share_states.py reads the population up to its first verb)
    ("population-with-verb-514", "到2025年，60%的城市社区参与创建行动并达到创建要求。", [("参与创建行动并达到创建要求城市社区比例", "60")]),
]


@pytest.mark.parametrize("case,body,expected", REQUIRED, ids=[c[0] for c in REQUIRED])
def test_a_shares_required_state_is_named_whole(case, body, expected):
    assert labels(body) == expected


# 要求 in a label anywhere else names no indicator: the phrase check still refuses it
REQUIRED_NOT = [
    ("requirement-opens", "要求新建建筑比例"),
    ("requirement-ends", "达到创建要求"),
    ("requirement-no-share-verb", "按照要求新建建筑比例"),
    ("requirement-then-one-char", "达到创建要求率"),
]


@pytest.mark.parametrize("case,label", REQUIRED_NOT, ids=[c[0] for c in REQUIRED_NOT])
def test_requirement_elsewhere_is_no_label(case, label):
    assert not label_ok(label)


# 2. A source of power named alone before an amount of power is its installed capacity (kg/annotate/label_quantity.py):
# 213 dev8's indicator table (煤电（万千瓦）…) labelled 煤电 where the key has 煤电装机 (6 matched labels of dev).
POWER = [
    ("table-row-213", "主要指标\n指标\n2020年\n2025年\n年均增速\n属性\n煤电（万千瓦）\n1229.9\n1245.3\n0.3%\n预期性\n",
     [("煤电装机", "12453000")]),
    ("added-82", "安全发展核电，到2025年，新增核电132.5万千瓦。", [("新增核电装机", "1325000")]),
    ("of-which-543", "到2025年，新能源发电装机总容量达到4000万千瓦左右，其中光伏约3100万千瓦、风电约900万千瓦。",
     [("新能源发电装机容量", "40000000"), ("光伏装机", "31000000"), ("风电装机", "9000000")]),
    ("pumped-storage-498", "到2025年，新增抽水蓄能340万千瓦。", [("新增抽水蓄能装机", "3400000")]),
]


@pytest.mark.parametrize("case,body,expected", POWER, ids=[c[0] for c in POWER])
def test_a_power_source_alone_is_its_installed_capacity(case, body, expected):
    assert labels(body) == expected


# a source with another unit, or a label naming more than the source, is left as it was
POWER_NOT = [
    ("share", "到2025年，风电占比达到20%。", [("风电比例", "20")]),
    ("capacity-named", "到2025年，风电装机达到200万千瓦。", [("风电装机", "2000000")]),
    ("generation", "到2025年，风电发电量达到50亿千瓦时。", [("风电发电量", "5000000000")]),
    ("project", "到2025年，建成光伏项目50万千瓦。", [("光伏项目", "500000")]),
]


@pytest.mark.parametrize("case,body,expected", POWER_NOT, ids=[c[0] for c in POWER_NOT])
def test_other_power_labels_stay(case, body, expected):
    assert labels(body) == expected


POWER_GAPS = [
    # a project of a source counted in kW is its capacity too (光伏项目装机?); the keys have no row to decide it
    ("project-capacity", "到2025年，建成光伏项目50万千瓦。", [("光伏项目装机容量", "500000")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: no rule gives this label yet")
@pytest.mark.parametrize("case,body,expected", POWER_GAPS, ids=[c[0] for c in POWER_GAPS])
def test_power_known_gaps(case, body, expected):
    assert labels(body) == expected


# 3. A work done over an area or a length closing the label, before an amount of area or length, takes the quantity
# the unit measures (kg/annotate/label_quantity.py): 347 dev's 造林10万亩, 161's 森林抚育, 490's 封山育林 were labelled
# with the work alone where the keys have 造林面积, 森林抚育面积, 封山育林面积 (3 matched labels of dev).
EXTENT = [
    ("afforestation-347", "2022年，全年完成造林10万亩。", [("造林面积", "100000")]),
    ("tending-and-closing-490", "“十四五”期间，完成森林抚育300万亩、封山育林100万亩。",
     [("森林抚育面积", "3000000"), ("封山育林面积", "1000000")]),
    ("grazing-157", "到2025年，完成退牧还草3万公顷。", [("退牧还草面积", "30000")]),
    ("pipe-length-77", "2025年年底前，完成全省雨污合流管网改造3434公里。", [("雨污合流管网改造长度", "3434")]),
    ("planting-465", "“十四五”期间完成植树造林80万亩以上。", [("植树造林面积", "800000")]),
]


@pytest.mark.parametrize("case,body,expected", EXTENT, ids=[c[0] for c in EXTENT])
def test_a_work_over_an_extent_takes_its_quantity(case, body, expected):
    assert labels(body) == expected


# a thing (the keys name 新建高标准农田 and 新建改造城镇燃气管道 without 面积 or 长度: 新建 is kept by increment, below), a verb alone or opening the
# label, a quantity already named, another unit: left as they were
EXTENT_NOT = [
    ("thing-area", "到2025年，建成高标准农田665万亩。", [("高标准农田面积", "6650000")]),  # a thing's area (lane LB5: label-thing-extent)
    ("thing-length", "到2025年，改造燃气管道200公里。", [("燃气管道", "200")]),
    # the work and its thing (since lane TK7, 改造提升 is one work, no rise: the thing is read after it; it was
    # the bare verbs 新建或改造 before)
    ("verbs-then-thing", "到2025年，累计新建或改造提升高标准农田300万亩。", [("新建或改造提升高标准农田面积", "3000000")]),
    ("quantity-named", "到2025年，完成矿山恢复治理面积7500公顷。", [("矿山恢复治理面积", "7500")]),
    ("count", "到2025年，完成200个村庄绿化美化。", [("村庄绿化美化", "200")]),
]


@pytest.mark.parametrize("case,body,expected", EXTENT_NOT, ids=[c[0] for c in EXTENT_NOT])
def test_other_extent_labels_stay(case, body, expected):
    assert labels(body) == expected


EXTENT_GAPS = [
    # the work is a verb before the thing (建设碳汇林 90万亩, 490 dev): 490's key has 碳汇林建设面积, the label the
    # thing alone; a verb of creation before a thing with an area is no rule yet (高标准农田: the keys differ)
    ("verb-then-thing-490", "到2025年，建设碳汇林90万亩。", [("碳汇林建设面积", "900000")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: no rule gives this label yet")
@pytest.mark.parametrize("case,body,expected", EXTENT_GAPS, ids=[c[0] for c in EXTENT_GAPS])
def test_extent_known_gaps(case, body, expected):
    assert labels(body) == expected


def test_a_work_word_alone_is_left():
    """恢复 alone (454's 恢复治理矿山地质环境765.2公顷 read as 恢复) names no work: no 恢复面积."""
    assert completed("恢复", "ha") is None and completed("造林", "ha") == "造林面积"


# 4. A change printed as an annual rate right before its value is that rate: the name as printed takes the head of its
# change (kg/annotate/label_quantity.py annual_rate; 46 dev3, 311 dev2, 483 dev2, 511 dev: 5 matched labels of dev).
ANNUAL = [
    ("increase-511", "到2025年，全省集装箱铁水联运量年均增长10%以上。", [("集装箱铁水联运量年均增速", "10")]),
    ("decrease-311", "“十四五”期间，单位地区生产总值能源消耗年均下降2.6%。", [("单位国内生产总值能耗年均降幅", "2.6")]),
    ("output-46", "到2025年，生物基化学纤维和可降解纤维材料产量年均增长20%以上。",
     [("生物基化学纤维和可降解纤维材料产量年均增速", "20")]),
    ("value-added-543", "到2025年，规模以上工业增加值年均增长8%左右。", [("规模以上工业增加值年均增速", "8")]),
]


@pytest.mark.parametrize("case,body,expected", ANNUAL, ids=[c[0] for c in ANNUAL])
def test_an_annual_rate_is_named_as_one(case, body, expected):
    assert labels(body) == expected


# a total change over the plan is no annual rate; a label naming its rate keeps it; a level is no change
ANNUAL_NOT = [
    ("total-change", "到2025年，单位地区生产总值能源消耗比2020年下降13.5%。", [("单位国内生产总值能耗", "13.5")]),
    ("rate-named-81", "到2025年，环保产业总产值年均增长率保持在10%—15%。", [("环保产业总产值年均增长率", "10")]),
    ("annual-level", "到2025年，年均新增造林面积10万亩。", [("新增造林面积", "100000")]),
    ("points-a-year-89", "到2025年，城市生活污水集中收集率年均提高2个百分点。", [("城市生活污水集中收集率", "2")]),
]


@pytest.mark.parametrize("case,body,expected", ANNUAL_NOT, ids=[c[0] for c in ANNUAL_NOT])
def test_other_changes_keep_their_labels(case, body, expected):
    assert labels(body) == expected


ANNUAL_GAPS = [
    # a year-on-year rate (同比增长12%以上) is a rate too: 404 dev7's key 技改投资增速; one dev document, no rule
    ("year-on-year", "2021年，技改投资同比增长12%以上。", [("技改投资增速", "12")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: no rule gives this label yet")
@pytest.mark.parametrize("case,body,expected", ANNUAL_GAPS, ids=[c[0] for c in ANNUAL_GAPS])
def test_annual_known_gaps(case, body, expected):
    assert labels(body) == expected


# 5. 新增 (新建, 新建改造) printed right before an indicator phrase makes its amount an increment, not a total: the label
# keeps it for any unit but a count (kg/annotate/label_quantity.py increment), as the keys do (483 dev2 新增污水处理能力, 185 dev4
# 新增轨道交通运行里程, 213 dev8 新增可再生能源发电装机, 533 dev8 新增可再生能源建筑应用面积; 6 matched labels of dev).
INCREMENT = [
    ("capacity-483", "到2025年，新增污水处理能力150万吨/日。", [("新增污水处理能力", "1500000")]),
    ("length-185", "到2025年新增轨道交通运行里程200公里以上。", [("新增轨道交通运行里程", "200")]),
    ("scope-before-73", "到2025年，全省新增非化石能源装机300万千瓦。", [("新增非化石能源装机", "3000000")]),
    ("power-source-82", "安全发展核电，到2025年，新增核电132.5万千瓦。", [("新增核电装机", "1325000")]),
    ("area-533", "到规划期末，新增可再生能源建筑应用面积4000万平方米以上。", [("新增可再生能源建筑应用面积", "40000000")]),
    # newly built, as the keys name it (483 dev2 新建改造市县污水收集管网, 347 dev 新建高标准农田, 185 dev4 新建改造城镇燃气管道)
    ("built-and-rebuilt-483", "到2025年，新建改造市县污水收集管网3500公里。", [("新建改造市县污水收集管网", "3500")]),
    ("built-347", "保护和质量提升，全年新建高标准农田665万亩。", [("新建高标准农田面积", "6650000")]),
    ("renewed-then-built-186", "到2025年，更新改造城镇燃气管道1200公里，新建燃气管道600公里。",
     [("城镇燃气管道", "1200"), ("新建燃气管道", "600")]),
]


@pytest.mark.parametrize("case,body,expected", INCREMENT, ids=[c[0] for c in INCREMENT])
def test_an_increment_keeps_its_word(case, body, expected):
    assert labels(body) == expected


# a count printed between the word and the thing keeps the thing counted alone (185 dev8's key: 新建200家 → 国家和省级
# 绿色工厂); a total printed without 新增 stays a total. (A count after the thing keeps its word since lane LB7, as the keys
# name it: count-580 and count-built-213 moved to tests/test_count_increments.py's positives.)
INCREMENT_NOT = [
    ("count-before-thing-185", "到2025年，新建200家国家和省级绿色工厂。", [("国家和省级绿色工厂", "200")]),
    ("new-buildings-are-the-thing", "到2025年，新建建筑中绿色建筑面积占比达到100%。", [("新建建筑中绿色建筑面积比例", "100")]),
    ("total", "到2025年，污水处理能力达到150万吨/日。", [("污水处理能力", "1500000")]),
]


@pytest.mark.parametrize("case,body,expected", INCREMENT_NOT, ids=[c[0] for c in INCREMENT_NOT])
def test_counts_and_totals_keep_their_labels(case, body, expected):
    assert labels(body) == expected


INCREMENT_GAPS = [
    # a work verb before the thing (更新改造 186 dev2: the key has 更新改造城镇燃气管道长度); 更新改造 is no increment
    ("renewed-186", "到2025年，更新改造城镇燃气管道1200公里。", [("更新改造城镇燃气管道长度", "1200")]),
    # a thing with a length, no work (213 dev8: 新增线路4056公里, labelled 新增线路; its key 新增220千伏及以上线路长度)
    ("thing-length-213", "“十四五”期间，新增线路4056公里。", [("新增线路长度", "4056")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: no rule gives this label yet")
@pytest.mark.parametrize("case,body,expected", INCREMENT_GAPS, ids=[c[0] for c in INCREMENT_GAPS])
def test_increment_known_gaps(case, body, expected):
    assert labels(body) == expected


# a label naming what a share is of before a level in % (label-share-end of ontology/target_cues.tsv; lane lb4): the
# share (sentences after the non-held-out pool's 107, 320, 353, 371, 416, 442, 430)
SHARE = [
    ("installed-share", "到2025年，非化石能源装机达到60%以上。", [("非化石能源装机比例", "60")]),
    ("installed-share-list", "到2025年，非化石能源装机和消费比重分别达到65%和30%。", [("非化石能源装机比例", "65"), ("消费比例", "30")]),
    ("good-water-share", "到2025年，近岸海域水质优良达到72%。", [("近岸海域水质优良比例", "72")]),
    ("water-class-share", "到2025年，地下水国控区域点位V类水不超过28.9%。", [("地下水国控区域点位V类水比例", "28.9")]),
]


@pytest.mark.parametrize("case,body,expected", SHARE, ids=[c[0] for c in SHARE])
def test_a_label_of_what_a_share_is_of_takes_its_head(case, body, expected):
    assert labels(body) == expected


SHARE_NOT = [
    # a change of the installed capacity is no share
    ("installed-change", "到2025年，非化石能源装机增长20%。", [("非化石能源装机", "20")]),
    # an amount of power: the capacity
    ("installed-amount", "到2025年，风电装机达到500万千瓦。", [("风电装机", "5000000")]),
    # a share already named keeps its head (the lexicon's concept)
    ("share-named", "到2025年，近岸海域水质优良比例达到72%。", [("近岸海域水质优良比例", "72")]),
    # the ending alone names nothing a share is of
    ("ending-alone", "到2025年，装机达到60%。", [("装机", "60")]),
]


@pytest.mark.parametrize("case,body,expected", SHARE_NOT, ids=[c[0] for c in SHARE_NOT])
def test_other_share_labels_stay(case, body, expected):
    assert labels(body) == expected


SHARE_GAPS = [
    # things in a state or of a class before a share, printed without a head (347, 202 of the pool): no cue names them
    ("places-reached-standard", "到2025年，节水型社会达标县超过75%。", [("节水型社会达标县比例", "75")]),
    ("bodies-reached-state", "到2025年，县级及以上党政机关建成节约型机关85%以上。", [("建成节约型机关的县级及以上党政机关比例", "85")]),
]


@pytest.mark.parametrize("case,body,expected", SHARE_GAPS, ids=[c[0] for c in SHARE_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap: no rule gives this label yet")
def test_share_known_gaps(case, body, expected):
    assert labels(body) == expected
