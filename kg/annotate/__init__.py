"""The annotation stage: one layer per tagger, each a list of spans with a rule and a value.

Order follows what each layer needs: time → actors → roles (needs actors) → targets and goals
(need time) → sectors, places, instruments. Taggers never import each other.
"""
from __future__ import annotations

from kg.model import Document
from kg.annotate import actors
from kg.annotate import aim_subjects
from kg.annotate import aims_forecasts
from kg.annotate import bare_rates
from kg.annotate import breakdowns
from kg.annotate import roles
from kg.annotate import concepts
from kg.annotate import count_acts
from kg.annotate import counted_after
from kg.annotate import design_specs
from kg.annotate import estimates
from kg.annotate import goals
from kg.annotate import held_direction
from kg.annotate import held_levels
from kg.annotate import inner_verbs
from kg.annotate import joined_rates
from kg.annotate import label_quantity
from kg.annotate import label_subjects
from kg.annotate import last_column
from kg.annotate import project_tables
from kg.annotate import scoping
from kg.annotate import share_states
from kg.annotate import table_places
from kg.annotate import table_roles
from kg.annotate import targets
from kg.annotate import time
from kg.annotate import work_before
from kg.annotate import work_objects

LAYERS = ("time", "actor", "role", "target", "record", "condition", "goal", "sector", "place", "instrument")


def annotate(doc: Document) -> Document:
    """Add every annotation layer to ``doc`` (in place) and return it."""
    ann = doc.annotations
    ann["time"] = time.tag(doc)
    ann["actor"] = actors.tag_actors(doc)
    ann["actor"] = sorted(ann["actor"] + table_places.place_cells(doc, ann["actor"]), key=lambda a: (a.start, a.end))
    ann["actor"] = sorted(ann["actor"] + project_tables.wrapped_actors(doc, ann["actor"]), key=lambda a: (a.start, a.end))
    ann["actor"] = sorted(ann["actor"] + table_roles.wrapped_actors(doc, ann["actor"]), key=lambda a: (a.start, a.end))
    ann["actor"] = sorted(ann["actor"] + last_column.place_actors(doc, ann["actor"]), key=lambda a: (a.start, a.end))
    # 85%的县级及以上党政机关建成节约型机关: the subject of an aim, no actor there (convention 61)
    ann["actor"] = aim_subjects.drop_aim_subjects(doc.text, ann["actor"])
    ann["role"] = roles.tag_roles(doc, ann["actor"])
    cell_roles = table_roles.tag(doc, ann["actor"])  # a table's column of bodies (牵头部门)
    told = {(r.start, r.end) for r in cell_roles}  # numbered rows closed by a body cell (责任城市): cells no other table rule read
    cell_roles += [r for r in last_column.tag(doc, ann["actor"]) if (r.start, r.end) not in told]
    stated = {(r.start, r.end) for r in cell_roles}
    ann["role"] = [r for r in ann["role"] if (r.start, r.end) not in stated] + cell_roles
    found = targets.tag(doc, ann["time"])  # targets, and the values that are not: records, conditions
    found = estimates.retype(doc, found)  # investment estimates are forecasts, 15万吨级 a class
    found = aims_forecasts.retype(doc, found)  # 预计 under 总体目标: the aim's attribute, a target (convention 71)
    found = design_specs.drop_specs(found)  # …水利枢纽工程，设计总库容约300万m3: one project's spec, no target (convention 59)
    found = scoping.retype(doc, found)  # …比例高于40%的企业采用…: a rule's threshold, a condition
    found = held_levels.share(doc, found)  # A 325.59万公顷、B 221.18万公顷和C 92.01万公顷基本保持稳定: each held, >=
    found = held_direction.orient(doc, found)  # 细颗粒物平均浓度30微克/立方米基本保持稳定: a falling quantity held, <=
    found = found + breakdowns.tag(doc, found)  # 其中包括：煤电1245.3万千瓦、…: the parts of a total, its layer
    for layer in ("target", "record", "condition"):
        ann[layer] = [a for a in found if a.layer == layer]
    row_targets, row_roles = project_tables.tag(doc, ann["actor"])  # rows of project tables (重点任务分工表)
    if row_targets or row_roles:
        rows = [(r.start, r.end) for t in project_tables.tables_of(doc) for r in t.rows]
        for layer in ("target", "record", "condition"):  # a row's cells are read as cells, not as one run of lines
            ann[layer] = [a for a in ann[layer] if not any(s <= a.start < e for s, e in rows)]
        for layer in ("target", "record", "condition"):
            ann[layer] += [a for a in row_targets if a.layer == layer]
        stated = {(r.start, r.end) for r in row_roles}
        ann["role"] = [r for r in ann["role"] if (r.start, r.end) not in stated] + row_roles
    for layer in ("target", "record", "condition"):  # 煤电 1245.3万千瓦: the label completed with what its unit measures
        ann[layer] = label_quantity.complete(ann[layer], doc.text)
    # …超过800万千瓦，占电力总装机的比重达到30%: a share of no subject takes the amount printed before it
    found = label_subjects.complete(ann["target"] + ann["record"] + ann["condition"], doc.text)
    for layer in ("target", "record", "condition"):
        ann[layer] = [a for a in found if a.layer == layer]
    # 80%以上的园区实施循环化改造 labelled 园区: a share's label named from its population and state
    ann["target"] = share_states.relabel(ann["target"], doc.text)
    # 城市生活污水收集率达到70%、处理率达到95%: a bare rate takes the thing of the rate before it
    ann["target"] = bare_rates.complete(ann["target"], doc.text)
    # 非供热期实现最小发电出力达到35%: the verb of attainment inside the label off it
    ann["target"] = inner_verbs.relabel(ann["target"])
    # 率先建成1—2个具有全国示范价值的美丽河湖 labelled 率先: a count's label is the thing printed after it
    ann["target"] = counted_after.relabel(ann["target"], doc.text)
    # 选取74个重点监控村庄开展环境质量监测 labelled 重点监控村庄: a count of a population named by its act too
    ann["target"] = count_acts.relabel(ann["target"], doc.text)
    # 落实土壤污染隐患排查制度，…至少完成一轮排查整改 labelled 排查整改: a count of a bare work named by what it surveys
    ann["target"] = work_objects.relabel(ann["target"], doc.text)
    # 治理退化耕地10万亩 labelled 退化耕地面积: an area or length done by a work printed before its thing keeps the work
    ann["target"] = work_before.relabel(ann["target"], doc.text)
    # 受污染耕地安全利用率和污染地块安全利用率达到95%以上: one value for two whole rates joined by 和, one row per rate (convention 9)
    for layer in ("target", "record", "condition"):
        ann[layer] = joined_rates.split(ann[layer])
    ann["goal"] = goals.tag(doc, ann["time"])
    for layer in ("sector", "place", "instrument"):
        ann[layer] = concepts.tag(doc, layer)
    for layer in LAYERS:
        ann[layer] = sorted(set(ann[layer]), key=lambda a: (a.start, a.end, a.rule, a.value))
    doc.meta["issuer_actors"] = actors.split_issuers(doc.meta.get("issuers", []) + doc.meta.get("signatories", []))
    return doc
