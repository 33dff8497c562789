"""Indicator concepts (issue 14 class 5): the SKOS concept a label names, so the same indicator printed two
ways in two documents is one node. A label is a concept of ``ontology/indicators.tsv`` when one of the
concept's labels has its comparison form (``label_key``), else a concept keyed and labelled by its
*concept form* (``concept_form``): the comparison form with the printed variants of one measured head
brought to one (``ontology/target_cues.tsv`` concept-*):

- a count head closing the label, a jieba word of its own (生态工业园区数量, 国控断面数量, 监测站点数, 公园总数):
  the count of the thing before it, the counted thing being a count target's indicator (issue 14 class 4);
  生态工业园区数量 and 建成生态工业园区5个's 生态工业园区 are one concept, labelled 生态工业园区;
- an installed capacity printed 装机规模, 装机总量, 装机总规模 (风电装机规模, 光伏发电装机总规模): one concept
  with …装机容量, so labelled (a bare …装机 may be a share, 非化石能源装机达到60%, and stays apart);
- a short bracket inside the label, a gloss or an alternative (近岸海域优良（一、二类）水质面积比例, 废旧（退役）放射源): off,
  as the phrase check already reads the label without it; not one character (首台（套）重大技术装备, 充（换）电站), a list
  of levels (县（市、区）) nor what is included, excluded or narrowed (非化石能源装机（含西电）比重, 煤炭（不含焦炭）,
  高技术产业（制造业）增加值: another measure than the bare one): those are part of the name;
- the printed variants of one measure (万元GDP, 单位地区生产总值, 单位GDP → 单位国内生产总值; 能源消耗 → 能耗) and of one
  share or emission closing the label (比重, 占比, 比率 → 比例; 排放量 → 排放): one form.

The printed form stays the target's ``indicator_text``, an altLabel of the concept (kg/graph/forms.py).
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from kg.lexicon import cue, cue_pairs, cue_words, read_tsv
from kg.annotate.base import split_aliases, tokenizer


@lru_cache(maxsize=None)
def indicator_table() -> tuple[dict[str, str], dict[str, dict]]:
    by_surface: dict[str, str] = {}
    rows = {}
    for row in read_tsv("indicators.tsv"):
        rows[row["id"]] = row
        for s in [row["label_zh"]] + split_aliases(row["aliases"]):
            by_surface.setdefault(surface_key(s), row["id"])
    return by_surface, rows


def surface_key(s: str) -> str:
    """An indicator's surface as ``indicator_table`` looks it up: no white space or quotes."""
    return re.sub(r"[\s“”\"'‘’]", "", s)


def label_key(s: str) -> str:
    """A label's comparison form: no white space, quotes, 的 or bracket width (（一、二类） = (一、二类));
    two labels with one key name one indicator (装配式建筑占新建建筑的比例 = 装配式建筑占新建建筑比例)."""
    return re.sub(r"[\s“”\"'‘’的]", "", s or "").replace("(", "（").replace(")", "）")


_COUNT_HEADS = frozenset(cue_words("target_cues.tsv", "concept-count-head"))
_COUNT_GLUED = frozenset(cue_words("target_cues.tsv", "concept-count-glued"))
_CREATION = frozenset(cue_words("target_cues.tsv", "creation"))
_CAPACITY = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])装机(?:" + cue("target_cues.tsv", "concept-capacity-form") + r")$")
# a closed bracket of two to six characters inside the label (the one indicators.label_ok reads the label without), but an
# alternative of one character (首台（套）, 充（换）电站), a list of levels (县（市、区）, 市（州）) or a bracket saying what is
# counted (``concept-bracket-keep``: 非化石能源装机（含西电）比重, 高技术产业（制造业）增加值): part of the name
_INNER_BRACKET = re.compile(r"(?<=.)（(?!(?:" + cue("target_cues.tsv", "concept-bracket-level") + r"|、)+）)"
                            r"(?!" + cue("target_cues.tsv", "concept-bracket-keep") + r")[^（）]{2,6}）(?=.)")
# a variant glued to a word that makes it another thing (化石|能源消耗, 一次|能源消耗: no 化石能耗) stays as printed
_SYNONYM_NOT_AFTER = "".join(f"(?<!{w})" for w in cue_words("target_cues.tsv", "concept-synonym-not-after"))
_SYNONYMS = tuple((re.compile(_SYNONYM_NOT_AFTER + re.escape(printed)), one)
                  for printed, one in cue_pairs("target_cues.tsv", "concept-synonym").items())
_END_FORMS = cue_pairs("target_cues.tsv", "concept-end-form")
_END_FORM = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9）])(?:" + "|".join(sorted(_END_FORMS, key=len, reverse=True)) + r")$")


@lru_cache(maxsize=8192)
def concept_form(key: str) -> str:
    """The concept form of a comparison form ``key``: a count head that is the last jieba word taken off
    (国控断面数量 → 国控断面; 监测站点|数 → 监测站点; 背景点数, jieba's 点数, → 背景点), leaving two characters
    at least, ending in no function word, no bracket and no verb of creation (美丽海湾建设数量: 美丽海湾建设 would
    end with the verb), in a label listing no things (绿色食品、有机农产品数量 is one count of a list, kept whole
    as ``list_labels`` reads it); an installed capacity printed …装机规模, …装机总量, …装机总规模 → …装机容量. Any other key
    is its own form (优良天数, 人数, 户数, 指数 are jieba words of their own: no count head). A short bracket inside
    the key goes first, the variants of one measure (``concept-synonym``) and of a closing head (``concept-end-form``) last
    (万元GDP用水量 → 单位国内生产总值用水量, 煤电装机占比 → 煤电装机比例)."""
    key = _INNER_BRACKET.sub("", key)
    tokens = tokenizer().lcut(key, HMM=False)
    if len(tokens) > 1:
        last = tokens[-1]
        cut = len(last) if last in _COUNT_HEADS else 1 if last in _COUNT_GLUED else 0
        rest = key[: len(key) - cut] if cut else key
        if cut and len(rest) >= 2 and "、" not in key and re.search(r"[\u4e00-\u9fffA-Za-z0-9]$", rest) \
                and not re.search(r"[的和与及或将使把对在是为等中]$", rest) and tokens[-2] not in _CREATION:
            key = rest
    key = _CAPACITY.sub("装机容量", key)
    for printed, one in _SYNONYMS:
        key = printed.sub(one, key)
    return _END_FORM.sub(lambda m: _END_FORMS[m.group()], key)


@lru_cache(maxsize=None)
def _concept_keys() -> dict[str, str]:
    by_surface, _ = indicator_table()
    out: dict[str, str] = {}
    for surface, ident in by_surface.items():
        out.setdefault(label_key(surface), ident)
    for surface, ident in by_surface.items():
        out.setdefault(concept_form(label_key(surface)), ident)
    return out


def indicator_concept(surface: str) -> tuple[str, str]:
    """(id, label) of the indicator named by ``surface``: a concept of ontology/indicators.tsv when
    one of its labels has the same comparison form (``label_key``) or concept form (``concept_form``), else
    one keyed by its concept form and labelled with it (非化石能源的消费比重 and 非化石能源消费比重 are one
    concept, 非化石能源消费比重; 生态工业园区数量 and 生态工业园区 one, 生态工业园区; the printed form is the target's
    ``indicator_text``, an altLabel in the graph: kg/graph/forms.py)."""
    by_surface, rows = indicator_table()
    key = surface_key(surface)
    canonical = label_key(surface)
    form = concept_form(canonical)
    ident = by_surface.get(key) or _concept_keys().get(canonical) or _concept_keys().get(form)
    if ident:
        return ident, rows[ident]["label_zh"]
    return "ind_" + hashlib.sha1(form.encode("utf-8")).hexdigest()[:10], form
