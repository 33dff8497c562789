"""Key conventions 30 and 31 of corpus/keys/README.md for a class of parks, zones or towns the text gives an act in the
words it gives a firm one (kg/annotate/class_acts.py, lane pl): 推动具备条件的物流园区引入铁路专用线 names 物流园区, a
collective of the document's jurisdiction. Positives, negatives (sites, objects, classes that only change, statistics,
titles: what must NOT be read so) and known gaps (strict xfail); sentences from development documents (the number in
each id) or written here, never from a held-out half.
"""
from __future__ import annotations

import pytest

from tests.actor_tagging import tagged

JX = "中共江西省委、江西省人民政府关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见"
SJZ = "石家庄市人民政府印发《关于加快推进绿色低碳循环发展经济体系的若干措施》的通知"
NM = "内蒙古自治区党委、自治区人民政府关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见"
CQ = "重庆市工业园区循环化改造实施方案"
ZJ = "浙江省工业节能降碳技术改造行动计划"
DX = "定西市关于加快建立健全绿色低碳循环发展经济体系实施方案"
JS = "江苏省政府办公厅关于科学绿化的实施意见"
HA = "河南省人民政府关于加快建立健全绿色低碳循环发展经济体系的实施意见"
NMG_E = "内蒙古自治区“十四五”可再生能源发展规划"

POSITIVES = [
    # (case, title, body, printed surface, label of its actor, jurisdiction)
    ("60-qualified-zone", JX, "鼓励有条件的开发区发展余热供暖。", "开发区", "开发区", "jiangxi"),
    ("111-towns-template", SJZ, "具备污水集中处理条件的建制镇全面建立污水处理收费制度。", "建制镇", "建制镇", "石家庄"),
    ("297-logistics-parks", NM, "推动具备条件的物流园区引入铁路专用线，不断提高铁路承运比重和货运效率。", "物流园区", "物流园区",
     "neimenggu"),
    ("482-each-park", CQ, "推动各产业园区聚焦2—3个细分行业持续深耕，促进企业、园区、产业集群间能源互济。", "各产业园区", "各产业园区",
     "chongqing"),
    ("484-level-parks", ZJ, "支持有条件的省级以上园区对标《浙江省绿色低碳工业园区建设评价导则》，推进园区绿色化改造。", "省级以上园区",
     "省级以上园区", "zhejiang"),
    ("360-county-seats", DX, "鼓励县城积极发展清洁热电联产集中供暖。", "县城", "县城", "定西"),
    ("153-megacities", JS, "鼓励特大城市通过建设用地腾挪、农用地转用等方式加大留白增绿力度。", "特大城市", "特大城市", "jiangsu"),
    ("79-listed-parks", HA, "推动新建公共建筑、居住小区、工业园区等安装光伏发电系统。", "工业园区", "工业园区", "henan"),
    ("219-after-named-zone", "天津市加快建立健全绿色低碳循环发展经济体系的实施方案",
     "鼓励天津经济技术开发区等开发区、产业园区明确主导产业，引导绿色产业集聚发展。", "产业园区", "产业园区", "tianjin"),
    ("199-prefectures", "山东省碳达峰实施方案", "指导地市遴选一批绿色低碳领域科技项目。", "地市", "地市", "shandong"),
    ("66-leagues", "内蒙古自治区碳达峰实施方案", "指导盟市在完成“双控”目标的前提下开展用能权交易。", "盟市", "盟市", "neimenggu"),
    ("509-each-province", "“十四五”生态环境监测规划", "鼓励各省结合实际加强遥感、海洋、温室气体等监测能力建设。", "各省", "各省",
     "national"),
    ("357-list-after-pivot", "辽源市碳达峰实施方案", "鼓励辽源高新区管委会、产业园区、重点行业、公共机构先行先试。", "产业园区", "产业园区",
     "辽源"),
    ("written-tiers-raise", "山东省某某规划", "指导市县提升应急能力，规范应急准备与响应。", "市县", "市县", "shandong"),
    ("172-principal-list", "青岛市“十四五”建筑节能与绿色建筑发展规划", "以产业基地、产业园区、特色园区为推进主体，健全分工协作机制。",
     "特色园区", "特色园区", "青岛"),
    ("436-principal-tier", "江苏省“十四五”海洋生态环境保护规划", "以沿海地市为责任主体，组织实施海湾综合治理。", "沿海地市", "沿海地市",
     "jiangsu"),
    ("564-key-towns", NMG_E, "鼓励重点城镇开展垃圾焚烧发电项目建设。", "重点城镇", "重点城镇", "neimenggu"),
]


@pytest.mark.parametrize("case,title,body,surface,label,jur", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_class_acts(case, title, body, surface, label, jur):
    got = tagged(body, title)
    assert surface in got, got
    assert got[surface][0] == jur, got
    assert got[surface][2].endswith(label), got


NEGATIVES = [
    # (case, title, body, surface that must not be tagged)
    ("site", JX, "在园区开展低碳试点。", "园区"),
    ("inside", JX, "园区内企业要加强能源管理。", "园区"),
    ("object", JX, "推进园区循环化改造。", "园区"),
    ("only-changes", JX, "推动园区绿色转型。", "园区"),
    ("only-grows", JX, "支持工业园区绿色发展。", "工业园区"),
    ("built", JX, "建设绿色园区，推动园区能源系统整体优化。", "园区"),
    ("bare-towns-statistic", JX, "城镇生活污水处理率达到95%以上。", "城镇"),
    ("city-cluster", JX, "推动城市群协同发展。", "城市"),
    ("urbanisation", JX, "推进县城城镇化建设。", "县城"),
    ("honour", JX, "鼓励各地创建国家卫生城市。", "国家卫生城市"),
    ("possessor", JX, "加快县城污水处理设施建设。", "县城"),
    ("level-possessor", JX, "加强乡镇污水处理设施建设。", "乡镇"),
    # the nouns of a measure's object after the class (jieba tags 循环, 生活, 提档 verbs): sentences written here after the
    # forms a pool sample of unkeyed documents found read wrongly
    ("object-noun", JX, "推动园区循环化改造和企业循环式生产。", "园区"),
    ("upgrade", JX, "推动各类园区提档升级。", "各类园区"),
    ("owned-capacity", JX, "推动乡镇生活污水收集处理能力建设。", "乡镇"),
    ("owned-waste", JX, "支持乡镇废旧农膜回收利用。", "乡镇"),
    ("owned-system", JX, "推动园区有毒有害气体预警体系建设。", "园区"),
    ("focus-not-principal", JX, "以工业园区为重点，开展清洁生产审核。", "工业园区"),
    ("unit-not-principal", JX, "以县域、开发区、村镇为单位推进多能互补。", "开发区"),
    ("qualified-tier", "重庆市碳达峰实施方案", "支持有条件的区县建设国际合作生态园区。", "区县"),
    ("list-of-statistics", JX, "到2025年，城市、县城生活污水基本全收集、全处理。", "县城"),
    ("list-of-sites", JX, "支持户用和工业园区、机场等屋顶太阳能光伏分布式发电。", "工业园区"),
    ("thing-built-opening", JX, "县城建设要坚持系统观念。", "县城"),
    ("level-as-site", JX, "在地市开展试点。", "地市"),
    ("tier-body", "“十四五”生态环境监测规划", "地市生态环境局要加强监测。", "地市"),
    ("verb-and-object", JX, "科学编制新建产业园区开发建设规划，依法依规开展规划环境影响评价。", "科学编制新建产业园区"),
    ("adverb-and-object", JX, "严守县城建设安全底线，明确县城建设强度。", "县城"),
    ("preposition", JX, "推动重点产业向特色园区集聚，形成产业集群。", "特色园区"),
    ("a-city", "江苏省碳达峰实施方案", "盐城市成功举办国际能源变革论坛。", "盐城市"),
]


@pytest.mark.parametrize("case,title,body,surface", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_not_class_acts(case, title, body, surface):
    got = tagged(body, title)
    assert surface not in got, got


GAPS = [
    # (case, title, body, printed surface): the key reads the class as an actor; the finder does not yet
    ("380-modal-of-mid-cities", "国务院办公厅转发国家发展改革委等部门关于加快推进城镇环境基础设施建设指导意见的通知",
     "大中型城市可按照适度超前的原则推进建设，建制镇适当预留发展空间。", "大中型城市"),
    ("456-two-tiers", "天水市“十四五”生态环境保护规划", "市县两级要依托政府网站、微信公众号开展宣传。", "市县"),
    ("509-host-cities-verb", "“十四五”生态环境监测规划", "驻在地市强化相关财政保障。", "驻在地市"),
    ("213-list-with-brackets", "天津市碳达峰实施方案", "鼓励大型建筑、工业园区、交通枢纽等冷（热）负荷集中区域发展分布式气电。", "工业园区"),
    ("two-verbs-joined", JX, "督促园区及企业更新和完善突发环境事件应急预案。", "园区"),  # 更新和…: read as a noun (acting-verb-nominal)
    ("242-far-pivot", "邯郸市加快建立健全绿色低碳循环发展经济体系实施方案",
     "加快推进年运输量150万吨及以上的大型工矿企业和物流园区新建或扩建铁路专用线。", "物流园区"),
]


@pytest.mark.xfail(strict=True, reason="known gaps of kg/annotate/class_acts.py")
@pytest.mark.parametrize("case,title,body,surface", GAPS, ids=[c[0] for c in GAPS])
def test_class_act_gaps(case, title, body, surface):
    assert surface in tagged(body, title)


# doers.find_named_place_doers: two or more of the province's places a pivot verb lists before 打造 and its object make it
# (place-doer-make, lane pl): dev 219; one place (the place may be what is made) and 建设 after 推动 stay none.
TJ = "天津市加快建立健全绿色低碳循环发展经济体系的实施方案"
MAKERS = [
    ("219-three-districts", "推动北辰区、津南区、静海区打造京津微创新中心。", ["北辰区", "津南区", "静海区"]),
]
NOT_MAKERS = [
    ("one-place", "推动北辰区打造京津微创新中心。", "北辰区"),
    ("built-places", "推动北辰区、津南区建设。", "北辰区"),
]


@pytest.mark.parametrize("case,body,surfaces", MAKERS, ids=[c[0] for c in MAKERS])
def test_places_make(case, body, surfaces):
    got = tagged(body, TJ)
    for surface in surfaces:
        assert surface in got and got[surface][0] == "tianjin", got


@pytest.mark.parametrize("case,body,surface", NOT_MAKERS, ids=[c[0] for c in NOT_MAKERS])
def test_places_not_make(case, body, surface):
    assert surface not in tagged(body, TJ)
