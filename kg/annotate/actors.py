"""Actors (responsible bodies) in each sentence; their roles are ``kg/annotate/roles.py``'s.

Actors are found by longest match over ``ontology/actors.tsv`` on jieba token boundaries, so
a word that merely contains a name (党政同责) is no actor and 生态环境部门 is not 生态环境部.
Bodies no lexicon lists come from the finders of bodies.py, doers.py, collectives.py,
addressed.py, place_prefix.py and jurisdiction.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import cue, read_tsv
from kg.model import Annotation, Document
from kg.annotate.acting import keep_acting, proper_name
from kg.annotate.actor_conventions import find_acting_classes, find_central_authority, find_list_heads, merge_place_governments
from kg.annotate.addressed import find_addressed_groups, find_duty_bearers, find_list_members
from kg.annotate.base import Matcher, boundaries, make, split_aliases
from kg.annotate.group_modifiers import find_known_modified
from kg.annotate.guided_groups import find_guided_groups
from kg.annotate.bodies import (find_bracket_listed, find_generic_local, find_led_by, find_listed, find_modified_groups, find_named,
                               ident as generic_ident)
from kg.annotate.branches import find_branches
from kg.annotate.collectives import (find_duty_bearing, find_each_groups, find_every_place, find_field_departments, find_managed_groups, find_state_groups,
                                     find_subject_groups, find_unit_collectives)
from kg.annotate.collectives import find_related_groups, widen_related
from kg.annotate.actor_variants import merge_variants, split_carried
from kg.annotate.field_lists import find_field_lists, find_level_field_lists
from kg.annotate.framed_departments import find_framed_departments
from kg.annotate.group_heads import carry_heads, find_field_groups
from kg.annotate.sector_groups import find_sector_groups, find_sector_lists
from kg.annotate.government_departments import find_government_departments
from kg.annotate.drafting_credits import drop_drafting_credits
from kg.annotate.created_names import drop_created
from kg.annotate.name_fragments import is_fragment
from kg.annotate.divisions import find_division_parties, find_government_part
from kg.annotate.duty_groups import find_duty_groups, find_duty_parties
from kg.annotate.public_groups import find_bare_public, find_public_groups
from kg.annotate.locality import find_locality_doers
from kg.annotate.supply_duties import find_supply_duties
from kg.annotate.doers import find_named_place_doers, find_place_doers, find_shared_government, find_subject_places
from kg.annotate.places import MUNICIPALITIES, levels
from kg.annotate.jurisdiction import document_place, find_local, local_row
from kg.annotate.joined_levels import split_joined_levels
from kg.annotate.mass_organisations import add_mass_organisations
from kg.annotate.list_items import find_list_items
from kg.annotate.list_places import find_listed_places
from kg.annotate.listed_organs import find_listed_organs
from kg.annotate.marked_groups import keep_marked
from kg.annotate.modifiers import drop_modifiers
from kg.annotate.unacting import drop_unacting
from kg.annotate.owned_things import drop_owned
from kg.annotate.relied_on import drop_relied_on
from kg.annotate.same_printed import unify_printed
from kg.annotate.glued import trim_glued
from kg.annotate.member_units import widen_to_members
from kg.annotate.offices import find_offices
from kg.annotate.other_groups import drop_other
from kg.annotate.park_lists import add_park_lists
from kg.annotate.class_acts import add_class_acts
from kg.annotate.place_lines import find_place_lines
from kg.annotate.place_prefix import find_place_prefixed
from kg.annotate.proper_bodies import find_proper_bodies
from kg.annotate.printed_prefixes import carry_places, keep_negation, keep_places, keep_prefixes
from kg.annotate.whole_places import keep_whole_place
from kg.annotate.self_reference import find_self_references
from kg.annotate.zone_heads import find_zone_heads
from kg.annotate.zone_doers import find_leading_zones, find_zone_doers
from kg.annotate.city_lists import find_city_lists
from kg.annotate.partner_places import find_partner_classes, find_partner_places
from kg.annotate.subordinates import add_subordinates
from kg.annotate.region_classes import widen_region_classes
from kg.annotate.communities import place_communities
from kg.annotate.field_bodies import named_field_bodies

_DOC_NUMBER = re.compile(cue("actor_cues.tsv", "doc-number"))
_ALL_OF = re.compile(cue("actor_cues.tsv", "function-level-not-after"))
_PARTY_GOV = re.compile(cue("actor_cues.tsv", "party-and-government"))


class _ActorTable(dict):
    """actors.tsv by id; local bodies (``jiangsu.province.drc``) are made on first use."""

    def __missing__(self, key):
        row = local_row(key)
        if row is None:
            raise KeyError(key)
        self[key] = row
        return row

    def __contains__(self, key):
        return dict.__contains__(self, key) or (isinstance(key, str) and key.count(".") == 2 and self.get(key) is not None)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


@lru_cache(maxsize=None)
def actor_table() -> dict[str, dict]:
    return _ActorTable({row["id"]: row for row in read_tsv("actors.tsv")})


_NATIONAL = {"party-central", "state-central", "ministry", "agency", "coordination", "legislature"}
_NATIONAL_NAME = re.compile(cue("actor_cues.tsv", "national-name"))  # 国家能源局 in a provincial text stays national


def actor_names(ann) -> set[str]:
    """Every printed name of the actor of an actor or role annotation (label and aliases)."""
    row = actor_table().get(ann.get("actor"))
    if row is None:
        return {ann.get("actor")}
    return {row["label_zh"], *split_aliases(row["aliases"])}


@lru_cache(maxsize=None)
def matcher() -> Matcher:
    surfaces: dict[str, str] = {}
    for row in read_tsv("actors.tsv"):
        for s in [row["label_zh"]] + split_aliases(row["aliases"]):
            surfaces.setdefault(s, row["id"])
    return Matcher(surfaces)


def tag_actors(doc: Document) -> list[Annotation]:
    text, cuts, m = doc.text, boundaries(doc), matcher()
    table = actor_table()
    place = document_place(doc)
    home = (place.jurisdiction or None) if place else "national"
    read = list(find_local(text, place))  # 市政府外办: an office find_local reads whole (市委网信办) keeps its id
    departments = list(find_government_departments(text, place))  # 市人民政府有关部门: the city's departments, not its government
    read = departments + [x for x in read if not any(ds < x[1] and x[0] < de for ds, de, *_ in departments)]
    levelled = list(find_level_field_lists(text, place))  # 各级发展改革、生态环境等部门: 各级发展改革部门… (conventions 4, 40)
    read = levelled + [x for x in read if not any(ls < x[1] and x[0] < le for ls, le, *_ in levelled)]
    offices = [x for x in find_offices(text, place) if not any(rs <= x[0] and x[1] <= re_ for rs, re_, *_ in read)]
    placed = [x for x in [*find_place_prefixed(text, place), *offices] if not _in_title(text, x[0])]  # 中卫市生态环境局: 中卫's
    local = placed + [x for x in read if not _in_title(text, x[0]) and not any(ps < x[1] and x[0] < pe for ps, pe, *_ in placed)]
    for extra in (find_shared_government(text, place), find_listed_places(text, place), find_generic_local(text, place, cuts), find_listed(text, place), find_place_doers(text, place), find_led_by(text, place),
                  find_bracket_listed(text, place), find_named_place_doers(text, place), find_place_lines(text, place), find_every_place(text, place, cuts),
                  find_duty_bearing(text, place), find_managed_groups(text, cuts), find_state_groups(text, place, cuts),
                  find_unit_collectives(text, place), find_field_departments(text, place, cuts), find_each_groups(text, place, cuts),
                  find_acting_classes(text, place, cuts), find_list_heads(text, place), find_list_items(text, place),
                  related := list(find_related_groups(text, place, cuts)),
                  find_field_lists(text, place),  # 会同发展改革、国资等部门: one department per field (convention 40)
                  find_framed_departments(text, place, cuts),  # 由城市管理部门责令…, 向所在地生态环境主管部门报告 (issue 14 class 7)
                  find_subject_places(text, place), find_zone_heads(text, place),  # 兴安盟、赤峰市…要制定 (conventions 22, 34); 开发区、风景区管委会 (4)
                  find_zone_doers(text, place), find_leading_zones(text, place),  # 支持洋浦经济开发区创建…; 发挥两江新区…引领作用 (conventions 6, 30)
                  find_city_lists(text, place),  # 哈尔滨、绥化等重点城市完成… (convention 6)
                  find_partner_places(text, place),  # 加强与上海、浙江等地的合作; 与四川省签署…协议 (convention 51)
                  find_division_parties(text, place, cuts),  # 党委领导、政府主导、…全社会共同参与: each party (convention 44)
                  find_duty_parties(text, place, cuts),  # 落实党委政府领导责任: 党委 + 政府 (conventions 1, 17)
                  find_government_part(text, place, cuts),  # 更好发挥政府作用, 充分发挥政府引导作用 (convention 46)
                  find_public_groups(text, cuts),  # 引导全社会形成…, 动员社会各界参与…, 发挥社会各界…作用 (conventions 1, 46)
                  find_bare_public(text, cuts),  # 鼓励社会节能降碳, 动员社会广泛参与… (conventions 1, 32)
                  find_locality_doers(text, place, cuts),  # 鼓励地方采取…, 支持有条件的地方率先… (conventions 22, 31)
                  find_supply_duties(text),  # 宾馆、酒店、民宿不再主动提供…; 酒店、餐饮等行业不主动提供… (conventions 1, 4)
                  ):
        known = [(x[0], x[1]) for x in local]
        local += [x for x in extra if not _in_title(text, x[0]) and not any(ks < x[1] and x[0] < ke for ks, ke in known)]
    local, joined = split_party_government(text, place, local, m, cuts)
    joined += find_central_authority(text, cuts)  # 贯彻落实中央决策部署: 党中央 (convention 28)
    for s, e, actor, jur, level in find_self_references(text, [*(doc.meta.get("issuers") or []), *(doc.meta.get("signatories") or [])], place, m):
        if level is None:
            joined.append((s, e, actor))
        elif not any(ls < e and s < le for ls, le, *_ in local):
            local.append((s, e, actor, jur, level))
    lexicon_ends = {e: s for s, e, _ in m.find(text, 0, len(text), cuts)}
    collective_ends = {e for s, e, a in m.find(text, 0, len(text), cuts) if table[a]["type"] == "collective"}
    local += [x for x in find_subject_groups(text, place, cuts)  # 施工单位应当…: unless a lexicon name (重点排放单位) or a body ends there
              if x[1] not in lexicon_ends and not _in_title(text, x[0]) and not any(ls < x[1] and x[0] < le for ls, le, *_ in local)]
    named, created = drop_created(text, list(find_named(text, place, cuts)))  # 打造一批大型绿色产业集团, 组建…交易所: to be set up, none
    for x in trim_glued(text, [*named, *find_branches(text, place, cuts)]):  # 推进…有限公司: no verb; 国网山东省电力公司 holds 山东省电力公司: the longer name wins
        if _in_title(text, x[0]) or any(ls < x[1] and x[0] < le and le - ls >= x[1] - x[0] for ls, le, *_ in local):
            continue
        known = lexicon_ends.get(x[1])
        if known is not None and (known > x[0] or known == x[0] and place is None) and x[4] == "unit" and x[3] == (place or x[3]) and x[1] not in collective_ends:
            continue  # 贯彻落实碳达峰碳中和工作领导小组: words before a name the lexicon knows are no part of it (a
            # collective's bare name, 领导小组办公室, is the end of a named one: 绿色发展资金管理工作领导小组办公室)
            # in a central document a lexicon name printed whole is the lexicon's (根据碳达峰碳中和工作领导小组部署)
        local = [y for y in local if not (x[0] <= y[0] and y[1] <= x[1])] + [x]
    out = []
    for s, e, actor in sorted([*m.find(text, 0, len(text), cuts), *joined]):
        if table[actor]["type"] == "collective" and text[max(0, s - 1):s] == "等":
            continue  # 国家发展改革委等有关部门: "等有关部门" closes a list, it is no body of its own
        if _in_title(text, s):
            continue  # 《中共中央 国务院关于…》 names a document, not an actor of this one
        if any(cs <= s and e <= ce for cs, ce in created):
            continue  # 组建第一个股份制电力交易中心: a lexicon name inside a firm to be set up
        if is_fragment(text, s, e):
            continue  # 各地 of 各地级以上市生态环境局: the opening of a longer word
        if _DOC_NUMBER.match(text, e):
            continue  # 国办发〔2021〕19号: a document number, not an actor
        if any(ls <= s and e <= le and (le - ls > e - s or table[actor]["type"] in _NATIONAL and not _NATIONAL_NAME.match(text[s:e])
                                        or table[actor]["type"] == "local" and place is not None)
               for ls, le, *_ in local):
            continue  # 省发展改革委 holds 发展改革委, 能源局 and 生态环境部门 alone in a provincial text are the province's
        kind = table[actor]["type"]
        jur = "national" if kind in _NATIONAL else (home if kind in ("collective", "local") and kind != "non-state" else None)
        out.append(make("actor", s, e, "actor-lexicon", actor=actor, jurisdiction=jur))
    taken = [(a.start, a.end) for a in out]
    modified = [*find_modified_groups(text, cuts), *find_known_modified(  # 海洋科研机构: a field noun before a lexicon group
        text, cuts, [(a.start, a.end) for a in out if table[a.get("actor")]["type"] == "non-state"])]
    guided = list(find_guided_groups(text))  # 加强对企业和居民采购绿色产品的引导 (convention 1)
    duties = [*find_duty_bearers(text, cuts), *find_duty_groups(text, cuts)]  # 压实排污单位…责任; 夯实产废者的主体责任 (convention 1)
    addressed = [*find_addressed_groups(text, cuts), *duties]  # read once, used twice
    acting = {(s, e) for s, e, _ in [*addressed, *guided]}
    gated = {generic_ident(None, "any", name) for s, e, name in modified if (s, e) not in acting and not proper_name(name)}
    related_spans = {(x[0], x[1]) for x in local if x in related}  # 鼓励有关单位…: the collective of convention 14, not a group
    levelled_spans = {(x[0], x[1]) for x in local if x[4] != "any"}  # 充分发挥流域监测机构…作用: a body of a level, no generic group
    for s, e, name in [*modified, *addressed, *guided]:
        if any(rs <= s and e == re_ for rs, re_ in related_spans) or (s, e) in levelled_spans and (s, e) not in {(a, b) for a, b, _ in modified}:
            continue
        if _in_title(text, s) or any(ts <= s < te or s <= ts < e for ts, te in taken) and not any(
                ts > s and te == e for ts, te in taken):
            continue
        covered = [a for a in out if s < a.start and a.end == e]  # 企业 of 商贸企业: the group names it
        kind_id = covered[0].get("actor") if covered and table[covered[0].get("actor")]["type"] == "non-state" else generic_ident(None, "any", name)
        if covered and kind_id == covered[0].get("actor"):
            out.remove(covered[0])
        elif covered:
            continue
        out.append(make("actor", s, e, "actor-group", actor=kind_id, jurisdiction=None))
        taken = [(a.start, a.end) for a in out]
    for s, e, actor, jur, level in sorted(local, key=lambda x: (x[0], x[0] - x[1])):
        if any(ts <= s < te or s <= ts < e for ts, te in taken):
            continue  # a lexicon actor covering the same words (各级人民政府) wins; the longest local one
        if any(ts <= s < te or s <= ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if table[actor]["type"] == "collective" and text[max(0, s - 1):s] == "等" and level == "all":
            continue  # 等各级部门 closes a list; 等省有关部门 names the province's departments
        # in a central document a body named by level (省级生态环境主管部门) is every province's: national scope
        jurisdiction = None if level == "any" else jur.jurisdiction or (None if place else "national")  # non-state: none
        out.append(make("actor", s, e, "actor-local", actor=actor, jurisdiction=jurisdiction, level=level))
    for s, e, actor, jur in find_proper_bodies(text, place, cuts):  # 四川省绿化基金会, 国家海洋环境监测中心: named bodies (convention 1)
        inner = [a for a in out if a.start < e and s < a.end]
        if not _in_title(text, s) and all(s <= a.start and a.end <= e and a.end - a.start < e - s for a in inner):
            out = [a for a in out if a not in inner] + [make("actor", s, e, "actor-proper", actor=actor, jurisdiction=jur)]
    for s, e, name in find_partner_classes(text):  # 与送端省份协调…, …等资源富集省市的能源合作: a class of the nation's (convention 51)
        if not _in_title(text, s) and not any(a.start < e and s < a.end for a in out):
            out.append(make("actor", s, e, "actor-partner-class", actor=generic_ident(None, "all", name), jurisdiction="national"))
    spans = [(a.start, a.end) for a in out]
    for s, e, name in find_list_members(text, cuts, spans):  # 发挥行业协会、智库、第三方机构等…: 智库 beside known actors
        if not _in_title(text, s) and not any(ts < e and s < te for ts, te in spans):
            out.append(make("actor", s, e, "actor-group", actor=generic_ident(None, "any", name), jurisdiction=None))
            gated.add(generic_ident(None, "any", name))  # beside actors, it still acts only if its list does
    out = keep_acting(text, [a for a in out if not _in_front(doc, a.start)], cuts, gated, acting)  # 企业 only mentioned: no actor
    out = find_field_groups(text, carry_heads(text, out, cuts), cuts)  # 酒店、餐饮等行业不主动提供…; 风电装备、水电装备和智能电网装备领域企业: one group per item (convention 4)
    out = find_sector_groups(text, out, cuts)  # 工业、交通…等领域重点用能单位开展…: 工业领域重点用能单位 … (conventions 4, 40)
    out = find_sector_lists(text, out, cuts)  # 推动汽修、装修装饰等行业使用…: 汽修行业, 装修装饰行业 (conventions 4, 26)
    out = add_park_lists(text, out, place, cuts)  # 鼓励化工等产业园区配套建设…: 化工产业园区, 产业园区 (conventions 4, 26, 30)
    out = add_class_acts(text, out, place, cuts, [(s, e) for _, s, e in doc.front])  # 推动具备条件的物流园区引入…, 鼓励县城积极发展…: the class (conventions 30, 31)
    out = add_subordinates(text, out, table, cuts)  # 国家能源局派出机构, …及其直属机构: a body's offices
    out = widen_related(text, out, cuts, acting, table)  # 支持相关高校与…: 相关高校, another set than 高校 (convention 19)
    out = split_joined_levels(text, out, place, m, table)  # 各市、县（市、区）人民政府: 各市人民政府 + 各县（市、区）人民政府 (convention 3)
    out = add_mass_organisations(text, out, place)  # 发挥工会、共青团、妇联等群团组织作用: each a collective beside the group (14, 26)
    out = merge_place_governments(text, merge_function_names(text, out, place), place)  # 各区 and 各区政府: one actor (convention 22)
    out = drop_modifiers(text, out, table)  # 公共机构能效提升, 工业、交通、公共机构等重点领域: no actor
    out = drop_unacting(text, out, table)  # 征求属地政府意见; 支持认证机构发展: consulted, only changing (conventions 55, 53)
    out = drop_owned(text, out)  # 登录省科技厅网站, 加强监测机构能力建设, 国有林场改革, 人民群众对…的向往: what the actor has
    out = drop_relied_on(text, out, table)  # 依托骨干企业、科研院所和高校，建成…: a means (lane ax)
    out = drop_drafting_credits(text, out, doc.meta.get("title") or "")  # …会同有关部门组织编制了《…》，现印发: the authors (conventions 5, 11)
    out = widen_to_members(text, out, place)  # 市…领导小组成员单位: the group's members, one collective (convention 14)
    out = find_listed_organs(text, out, place)  # 鼓励机关、企事业单位…积极…: 机关, the place's organs (lane AR5)
    out = merge_variants(text, split_carried(text, out, place))  # 各有关部门和单位: + 各有关单位 (convention 39); 公安部门 and 公安机关, 各园区 and 园区: one actor (convention 32)
    out = widen_region_classes(text, out, place, table)  # 沿海各市, 沿海地方政府: the coastal ones, another set (convention 32)
    out = keep_prefixes(text, out)  # 鼓励各类投资主体…: the span 各类投资主体, the actor 投资主体's (convention 32 (a))
    out = carry_places(text, keep_places(text, out, cuts))  # 支持在陕金融机构…, 引导园区内企业…: the narrowed group, another actor (convention 32); 我省企业、高校: 我省高校 (39, 62)
    out = keep_whole_place(text, out, cuts)  # 全区各级党委和人民政府要…: 全区各级党委, as printed (conventions 4, 62)
    out = keep_negation(text, out)  # 非金融企业: not 金融企业, the other set
    out = keep_marked(text, out, cuts, acting)  # 鼓励重点用水企业…: 重点用水企业, another set than 用水企业 (convention 32)
    out = named_field_bodies(text, out)  # 由市住房城乡建设委牵头，民政、城市管理…等部门参与: 市民政局, 市城市管理委 (conventions 13, 79)
    out = place_communities(text, out, place)  # 引导社区参与…, 发挥群团组织作用: the place's collectives (convention 78)
    out = drop_other(text, out)  # 其他成员单位按职责承担…: 成员单位 (convention 43)
    out = unify_printed(text, out, table)  # 生态环境部门 read by the lexicon and by a local rule: one actor (conventions 19, 32)
    return sorted(out, key=lambda a: (a.start, a.end))


@lru_cache(maxsize=None)
def _function_bodies() -> dict[str, str]:
    return {row["function"]: row["body"] for row in read_tsv("function_bodies.tsv")}


def merge_function_names(text: str, out: list[Annotation], place) -> list[Annotation]:
    """A function name at the document's own level (市生态环境主管部门 in a city text) is the body of that level the
    text names (市生态环境局): one actor under the proper name (convention 13 of corpus/keys/README.md;
    ``ontology/function_bodies.tsv``). A function name of another level or none stays a collective."""
    if place is None:
        return out
    own = "city" if place.city or place.province in MUNICIPALITIES else "province"
    ids = {a.get("actor") for a in out}
    merged = []
    for a in out:
        parts = (a.get("actor") or "").split(".")
        leveled = text.startswith(tuple(levels()), a.start) and not _ALL_OF.match(text, max(0, a.start - 1))  # 市…主管部门, not 生态环境主管部门 (every level's) or 全市…
        body = f"{parts[0]}.{own}.{_function_bodies()[parts[2]]}" if leveled and len(parts) == 3 and parts[1] == own and parts[2] in _function_bodies() else None
        merged.append(make(a.layer, a.start, a.end, a.rule, **{**dict(a.value), "actor": body}) if body in ids else a)
    return merged


def split_party_government(text: str, place, local: list, m: Matcher, cuts) -> tuple[list, list]:
    """A party committee and a government printed together (各级党委和政府, 省（自治区、直辖市）党委、政府) are two
    actors (convention 17 of corpus/keys/README.md): the committee is tagged as printed, and the 政府 after it
    is the government of the committee's prefix (各级 + 政府), a local body or a lexicon row. Returns ``local``
    with the local governments added and the lexicon governments as (start, end, actor)."""
    joined: list[tuple[int, int, str]] = []
    lexicon = list(m.find(text, 0, len(text), cuts))
    for hit in _PARTY_GOV.finditer(text):
        committee_end = hit.start() + 2
        gov_start = text.rfind("人民政府", hit.start(), hit.end())
        gov_start = gov_start if gov_start >= 0 else hit.end() - 2
        starts = [x[0] for x in local if x[1] == committee_end] + [s for s, e, _ in lexicon if e == committee_end]
        if not starts or any(ls < hit.end() and gov_start < le for ls, le, *_ in local):
            continue
        name = text[min(starts):committee_end - 2] + text[gov_start:hit.end()]
        whole = [x for x in find_local(name, place) if x[0] == 0 and x[1] == len(name)]
        if whole:
            local = local + [(gov_start, hit.end(), whole[0][2], whole[0][3], whole[0][4])]
        else:
            joined += [(gov_start, hit.end(), a) for s, e, a in m.find(name, 0, len(name), None) if s == 0 and e == len(name)]
    return local, joined


def _in_front(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in the front matter or a signature (kg/text/front.py): the addressee line,
    the signatories of a covering notice, document numbers and titles name no actor of the policy."""
    return any(s <= pos < e for _, s, e in doc.front)


def _in_title(text: str, pos: int) -> bool:
    opened = text.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def split_issuers(names: list[str]) -> list[str]:
    """Canonical actors named by printed issuer strings ("中共中央国务院" → party_central, state_council)."""
    m = matcher()
    found: list[str] = []
    for name in names:
        pos = 0
        for s, e, actor in m.find(name, 0, len(name), None):
            if name[pos:s].strip("、， "):
                break
            found.append(actor)
            pos = e
    return list(dict.fromkeys(found))
