"""scripts/score.py compares names and quotes in one normal form: white space off, compatibility forms folded (％ = %),
and 〔〕 around a tier's variants the brackets （） are (convention 47 of corpus/keys/README.md)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import score  # noqa: E402

SAME = [
    ("tier-brackets", "各县〔市、区〕人民政府", {"各县（市、区）人民政府"}),
    ("full-width-percent", "达到95％以上", {"达到95%以上"}),
    ("white-space", "省发展改革委 ", {"省发展改革委"}),
    # corpus/keys/README.md conventions that list names as one actor, folded on both sides
    ("32a-leading-ge", "市县", {"各市县"}),
    ("32a-leading-ge-key-side", "各有关部门", {"有关部门"}),
    ("32a-leading-quan", "全社会", {"社会"}),
    ("32a-leading-guangda", "广大家庭成员", {"家庭成员"}),
    ("32a-leading-gelei", "各类用户", {"用户"}),
    ("19-xiangguan-youguan", "相关部门", {"有关部门"}),
    ("19-renmin-zhengfu", "各区人民政府", {"各区政府"}),
    ("19-gediqu", "各地区", {"各地"}),
    ("19-dangzhongyang", "党中央", {"中共中央"}),
    ("22-class-of-places", "各区政府", {"各区"}),
    ("22-difang", "地方", {"地方政府"}),
    ("22-dangdi", "当地人民政府", {"当地"}),
    ("69-ye-hangye", "餐饮业", {"餐饮行业"}),
]
APART = [
    ("other-body", "各县〔市、区〕人民政府", {"各县人民政府"}),
    ("book-title-brackets-kept", "〈条例〉", {"《条例》"}),
    # words that narrow or widen the set stay apart (convention 32's "anything else")
    ("32-youguan-narrows", "行业协会", {"有关行业协会"}),
    ("32-geji-narrows", "政府", {"各级政府"}),
    ("32-level-narrows", "生态环境主管部门", {"市生态环境主管部门"}),
    ("32-another-word", "全民", {"全社会"}),
    ("32-quan-vs-ge", "全市", {"各市"}),
    ("22-gedi-difang-apart", "各地", {"地方"}),
    ("22-named-place-not-listed", "大邑县政府", {"大邑"}),
    ("22-a-city-not-a-class", "市", {"市政府"}),
    ("69-other-heads-apart", "餐饮业", {"餐饮企业"}),
    ("leading-ge-one-char", "市", {"各市"}),
]


@pytest.mark.parametrize("case,key,names", SAME, ids=[c[0] for c in SAME])
def test_names_that_are_one(case, key, names):
    assert score._names_match(key, names)


@pytest.mark.parametrize("case,key,names", APART, ids=[c[0] for c in APART])
def test_names_that_stay_apart(case, key, names):
    assert not score._names_match(key, names)


def _pred(printed, aliases=(), jurisdiction=""):
    return {"names": {*printed, *aliases}, "printed": set(printed), "jurisdiction": jurisdiction}


def test_a_key_takes_the_actor_printed_with_its_name_before_an_alias():
    """A key's bare 政府 is the 政府 tagged as printed, not the province's government whose aliases hold 政府:
    with the alias taken first, the printed 政府 was counted an extra."""
    province = _pred({"省人民政府"}, aliases={"政府", "省政府"}, jurisdiction="福建省")
    bare = _pred({"政府"}, jurisdiction="福建省")
    keys = [{"actor": "政府", "jurisdiction": "福建省"}, {"actor": "省人民政府", "jurisdiction": "福建省"}]
    pairs = score.match_actors(keys, [province, bare])
    assert [p is bare for _, p in pairs] == [True, False]
    assert {id(p) for _, p in pairs} == {id(province), id(bare)}


def test_an_alias_still_matches_when_no_actor_prints_the_key_name():
    province = _pred({"省人民政府"}, aliases={"省政府"}, jurisdiction="福建省")
    pairs = score.match_actors([{"actor": "省政府", "jurisdiction": "福建省"}], [province])
    assert len(pairs) == 1 and pairs[0][1] is province
