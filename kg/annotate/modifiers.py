"""An actor's name used as a modifier, a thing or a field, not as a body (issue 14, class 7).

A collective's name printed before the noun it qualifies (公共机构能效提升, 公共机构既有建筑, 党政机关厉行节约反对浪费条例;
a local tier too before what it has or is judged by: 地方政府专项债券, 各地资源禀赋, 各地区各有关部门领导班子),
after a word that makes it a thing (节约型公共机构, 既有党政机关), or as an item of a list of fields or sites
(工业、建筑、交通运输、公共机构等重点领域节能; 融入党政机关、学校、社区等宣传教育) names what a measure works on, and
nobody is given an act there: no actor (convention 1 of corpus/keys/README.md). The same name given an act
elsewhere (推动公共机构带头使用新能源汽车) stays. Any actor's name opening a person's title or a meeting's name
(市委书记、市长亲自领衔; 市委经济工作会议精神; 省委、省政府主要领导) names that person or meeting, and one before 所在地 a
place (乡镇政府所在地污水处理设施), and one opening a cited decree's number (（深圳市人民政府令第262号）) the document: no
actor either; a named firm opening a project's name (华能集团水电解制氢项目) names
the project (convention 16). Cue words: ``ontology/actor_cues.tsv`` modifier-*, firm-project-*.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.annotate.acting import proper_name
from kg.annotate.guided_groups import find_guided_groups
from kg.model import Annotation

_HEAD = re.compile(cue("actor_cues.tsv", "modifier-head"))
_POSSESSED = re.compile(cue("actor_cues.tsv", "modifier-possessed"))
_BEFORE = re.compile(f"(?:{cue('actor_cues.tsv', 'modifier-before')})$")
_LIST_CLOSE = re.compile(cue("actor_cues.tsv", "modifier-list-close"))
_PERSON = re.compile(cue("actor_cues.tsv", "modifier-person-meeting"))
_OBJECT_OF = re.compile(f"(?:{cue('actor_cues.tsv', 'modifier-object-of')})$")
_ANSWERS_TO = re.compile(f"[^，。；：！？\\n]{{0,20}}?(?:{cue('actor_cues.tsv', 'modifier-object-answers')})")
_SEAT = re.compile(cue("actor_cues.tsv", "modifier-seat"))
_DECREE = re.compile(cue("actor_cues.tsv", "modifier-decree"))
_PROJECT = re.compile(f"[^，。；：:（）()\\s“”《》]{{0,30}}?(?:{cue('actor_cues.tsv', 'firm-project-head')})")
_PROJECT_ACT = re.compile(cue("actor_cues.tsv", "firm-project-act"))


def modifying(text: str, a: Annotation) -> bool:
    """Whether the actor ``a`` is printed as a modifier, a thing or a field item rather than a body."""
    return bool(_HEAD.match(text, a.end) or _BEFORE.search(text, max(0, a.start - 4), a.start)
                or _LIST_CLOSE.match(text, a.end))


def drop_modifiers(text: str, out: list[Annotation], table: dict) -> list[Annotation]:
    """``out`` without the lexicon collectives (``table``: ontology/actors.tsv by id) printed as modifiers, things
    or field items."""
    guided = {(s, e) for s, e, _ in find_guided_groups(text)}  # 加强对企业和居民采购…的引导: after 对, yet moved to act
    return [a for a in out if not (a.rule == "actor-lexicon" and table.get(a.get("actor"), {}).get("type") == "collective"
                                   and modifying(text, a) or naming_other(text, a) or object_of(text, a, table) and (a.start, a.end) not in guided
                                   or project_named(text, a, table) or possessing(text, a, table))]


def possessing(text: str, a: Annotation, table: dict) -> bool:
    """Whether the lexicon collective or local tier ``a`` is printed right before what it has or is judged by
    (地方政府专项债券, 各地资源禀赋, 各地区各有关部门领导班子, 公共机构垃圾分类: ``actor_cues.tsv`` modifier-possessed; lane ap3)."""
    return (a.rule == "actor-lexicon" and table.get(a.get("actor"), {}).get("type") in ("collective", "local")
            and bool(_POSSESSED.match(text, a.end)))


def object_of(text: str, a: Annotation, table: dict) -> bool:
    """Whether the group ``a`` (a lexicon collective or non-state group) is printed right after 对, the object of the
    act (对政府部门、节能监察机构…开展培训), not its doer; a body a local rule names likewise (对各市（州）党委…开展督察), unless
    a named firm (convention 1) or the one a body answers to (对市政府负责: a recipient, convention 2)."""
    if not _OBJECT_OF.search(text, max(0, a.start - 2), a.start):
        return False
    if a.rule == "actor-local":  # 对纳入取水许可管理的单位…实行, 加强对市县财政部门的督促, 对各市（州）党委…开展督察 (lane ax)
        name = text[a.start:a.end]
        return not proper_name(name) and not _ANSWERS_TO.match(text, a.end)  # 对…有限公司开展…调查: named, an actor wherever named
    return a.rule in ("actor-lexicon", "actor-group") and table.get(a.get("actor"), {}).get("type") in ("collective", "non-state")


def project_named(text: str, a: Annotation, table: dict) -> bool:
    """Whether the named firm ``a`` (a non-state actor whose name ends like an enterprise's: ``acting.proper_name``) opens the name of a project or
    works (华能集团水电解制氢等项目建设, 天津钢管集团股份有限公司燃气分布式能源项目): the project is meant, no actor
    there (key convention 16). A word of an act or a joiner between the two (节能服务公司实施合同能源管理项目, 电厂开展
    烟气脱碳项目) leaves the firm its act."""
    if a.rule == "actor-group" or table.get(a.get("actor"), {}).get("type") != "non-state" or not proper_name(text[a.start:a.end]):
        return False  # 企业, 金融机构: a generic group is read by acting.keep_acting, not here
    m = _PROJECT.match(text, a.end)
    return bool(m) and not _PROJECT_ACT.search(m.group(0))


def naming_other(text: str, a: Annotation) -> bool:
    """Whether the actor ``a`` opens the title of a person or the name of a meeting (市委书记, 市委经济工作会议,
    省政府主要领导), names a seat (乡镇政府所在地, 各市（州）政府所在地) or opens a cited decree's number (（深圳市人民政府令
    第262号）, （生态环境部令第19号）): the person, the meeting, the place or the document is meant, not the body."""
    return bool(_PERSON.match(text, a.end) or _SEAT.match(text, a.end) or _DECREE.match(text, a.end))
