"""What reviewers see: a projection of the documents' graph, and the highlighted spans.

The projection keeps the nodes a reader navigates (document, part, measure, actor, target,
indicator, goal, year/period, sector, place) and labelled edges between them; its node ids are
the IRIs of the RDF graph, so a node in the browser is the same resource a SPARQL query returns.
It feeds the browser pages (``render.py``) and the Gephi exports (``export.py``: GraphML, GEXF). Pure: no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.annotate.actors import actor_table
from kg.annotate.concepts import table
from kg.graph.iris import PKG
from kg.graph.rdf import concept_iri, goal_iri, node_iri, period_iri, target_iri, year_iri
from kg.lexicon import page_labels
from kg.link import linked, matrix_units, responsible_units  # noqa: F401 (matrix_units: the pages' rows)
from kg.units import heading_label, number_label, unit_label  # noqa: F401 (importable from here as before)
from kg.model import Annotation, Document, Node
from kg.pages.multigraph import MultiDiGraph

# type → (colour, vis-network shape); the order is the legend's. Labels: ontology/page_labels.tsv.
_TYPE_STYLE: dict[str, tuple[str, str]] = {
    "document": ("#1f3b73", "box"),
    "part": ("#4e79a7", "box"),
    "measure": ("#76b7b2", "dot"),
    "actor": ("#e15759", "diamond"),
    "target": ("#f28e2b", "triangle"),
    "indicator": ("#edc948", "triangleDown"),
    "goal": ("#b07aa1", "square"),
    "year": ("#9c755f", "ellipse"),
    "sector": ("#59a14f", "hexagon"),
    "place": ("#ff9da7", "star"),
}
# highlight layers, strongest first (a span overlapping a stronger one is not highlighted) → colour
_LAYER_COLOUR: dict[str, str] = {"target": "#fdd0a2", "actor": "#fcbba1", "time": "#dadaeb", "place": "#fbd3e0",
                                 "sector": "#c7e9c0"}
_L = page_labels()
# type → (zh, en, colour, vis-network shape)
TYPES: dict[str, tuple[str, str, str, str]] = {k: (_L["type"][k], _L["type_en"][k], c, shape)
                                               for k, (c, shape) in _TYPE_STYLE.items()}
# relation → (zh, en); edges point from the first node named to the second ("concerns": the overview
# drawn for large builds, a document and a concept it uses)
RELATIONS: dict[str, tuple[str, str]] = {k: (zh, _L["relation_en"][k]) for k, zh in _L["relation"].items()}
# layer → (zh, colour), strongest first
LAYERS: dict[str, tuple[str, str]] = {k: (_L["layer"][k], c) for k, c in _LAYER_COLOUR.items()}

_CMP = {"<=": "≤", ">=": "≥", "~": "约", "=": "", "<": "<", ">": ">"}


def actor_title(row: dict) -> str:
    """An actor as the graph page titles it, in Chinese: 江苏省人民政府（地方机构） (its English is on its panel)."""
    kind = _L.get("actor_type", {}).get(row.get("type", ""))
    return f"{row['label_zh']}（{kind}）" if kind else row["label_zh"]


def doc_key(doc_iri: str) -> str:
    """A short, stable file name for a document's pages (the hash part of its IRI)."""
    return doc_iri.rstrip("/").rsplit("/", 1)[-1]


def short(text: str, n: int = 16) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class Span:
    """A highlight: ``[start, end)`` relative to the text it is shown in."""

    start: int
    end: int
    layer: str
    node: str | None
    title: str


@dataclass
class View:
    graph: MultiDiGraph
    details: dict[str, dict] = field(default_factory=dict)  # node id → what its panel shows
    docs: list[tuple[str, str]] = field(default_factory=list)  # (doc iri, title), in IRI order
    spans: dict[str, list[Span]] = field(default_factory=dict)  # doc iri → spans over doc.text
    overview: bool = False  # documents and concepts only (see ``overview``)


def _time_node(ann: Annotation) -> tuple[str, str]:
    kind = ann.get("kind")
    if kind in ("period", "range"):
        a, b = ann.get("start_year"), ann.get("end_year")
        span = f"{a}-{b}" if a != b else str(b)
        label = ann.get("label") or ""
        return str(period_iri(span)), (f"{label} ({a}–{b})" if label else f"{a}–{b}年")
    return str(year_iri(ann.get("year"))), f"{ann.get('year')}年"


def _measure_label(node: Node) -> str:
    if node.kind == "part":
        return short(f"{node.number}、{node.title or ''}", 18)
    if node.kind == "measure":
        return short(f"（{node.number}）{node.title or ''}", 18)
    return short(heading_label(node), 18)


def provision_label(det: dict, n: int) -> str:
    """A drawn unit's panel (``View.details``) as a row label of the pages: its printed number and its
    title cut to ``n`` characters (an article by its number alone, as the reading view heads it)."""
    kind, title = det.get("unit") or det.get("type", ""), det.get("title", "")
    return unit_label(kind, det.get("number"), short(title, n) if title else "")


def drawn_units(doc: Document) -> list[Node]:
    """The units the projection draws, in text order: parts and measures, every provision (articles,
    tasks, chapters read as parts, a plan's review …: each unit the reading view links to) and every unit the link layer hangs something on (a heading's
    lead-in target), so that each unit of the RDF graph that holds a statement is a node of its own."""
    held = {ul.unit.path for ul in linked(doc).units.values()}
    return [n for n in doc.root.walk() if n is not doc.root and (
        n.kind in ("part", "measure") or n.provision or n.path in held)]


def _adder(g: MultiDiGraph):
    def add(node_id: str, kind: str, label: str, title: str | None = None, **attrs) -> str:
        if node_id not in g:
            g.add_node(node_id, type=kind, label=label, title=title or label, **attrs)
        return node_id

    def edge(a: str, b: str, rel: str) -> None:
        if not g.has_edge(a, b, key=rel):
            zh, en = RELATIONS[rel]
            g.add_edge(a, b, key=rel, relation=rel, label=zh, title=en)

    return add, edge


def fragment(d: str, doc: Document) -> View:
    """One document's projection: its nodes, the concept nodes it links to, panels and spans."""
    actors = actor_table()
    g = MultiDiGraph()
    view = View(g)
    add, edge = _adder(g)
    title = doc.meta.get("title") or doc.source.name
    key = doc_key(d)
    add(d, "document", short(title, 20), title, doc=d, date=doc.meta.get("date") or "")
    view.details[d] = {"type": "document", "title": title, "date": doc.meta.get("date") or "",
                       "number": doc.meta.get("doc_number") or "", "issuers": "、".join(doc.meta.get("issuers", [])),
                       "read": f"text/{key}.html"}
    anchor = anchors(doc)
    parent = {id(c): n for n in doc.root.walk() for c in n.children}
    units = drawn_units(doc)
    drawn = {id(n) for n in units}

    def container(node: Node) -> str:
        up = parent.get(id(node))
        while up is not None and id(up) not in drawn:
            up = parent.get(id(up))
        return str(node_iri(d, up)) if up is not None else d

    def part_of(node: Node) -> str:
        up = parent.get(id(node))
        while up is not None and up.kind != "part":
            up = parent.get(id(up))
        return up.number or "" if up is not None else ""

    for unit in units:
        u = str(node_iri(d, unit))
        if unit.kind == "part" or (unit.kind != "measure" and unit.provision in ("part", None)):
            add(u, "part", _measure_label(unit), heading_label(unit), doc=d, part=unit.number or "")
        else:  # a provision a reader cites: a measure, an article, a task
            add(u, "measure", _measure_label(unit), heading_label(unit), doc=d,
                part=part_of(unit), measure=unit.number or "")
        edge(container(unit), u, "has_part")
    targets_of: dict[tuple[int, int], str] = {}
    for ul in linked(doc).units.values():
        u = str(node_iri(d, ul.unit))
        if u not in g:  # a statement outside parts (a preamble): hang it on the document
            u = d
        for actor, (role, _ann) in sorted(ul.roles.items()):
            a = add(str(concept_iri("actor", actor)), "actor", actors[actor]["label_zh"], actor_title(actors[actor]))
            view.details.setdefault(a, {"type": "actor", "en": actors[actor]["label_en"],
                                        "kind": actors[actor]["type"]})
            edge(a, u, role)
        for kind, attr in (("sector", "sectors"), ("place", "places")):
            for ident in sorted(getattr(ul, attr)):
                row = table(kind)[ident]
                c = add(str(concept_iri(kind, ident)), kind, row["label_zh"])  # its English on its panel
                view.details.setdefault(c, {"type": kind, "en": row.get("label_en") or ""})
                edge(u, c, kind)
        for k, ann in enumerate(ul.targets, 1):
            t = str(target_iri(u, k))
            targets_of[(ann.start, ann.end)] = t
            value_text = doc.text[ann.get("value_start"):ann.get("value_end")] if ann.get("value_start") is not None else ann.get("value")
            label = f"{ann.get('indicator_label')} {_CMP.get(ann.get('comparator'), '')}{value_text}"
            add(t, "target", short(label, 22), label, doc=d, year=ann.get("year") or "")
            edge(u, t, "sets_target")
            ind = add(str(concept_iri("indicator", ann.get("indicator"))), "indicator", ann.get("indicator_label"))
            view.details.setdefault(ind, {"type": "indicator"})
            edge(t, ind, "indicator")
            view.details[t] = {
                "type": "target", "doc": d, "unit_node": u, "indicator": ann.get("indicator_label"),
                "value": ann.get("value"), "value_text": value_text, "unit": ann.get("unit"),
                "comparator": ann.get("comparator"), "change": ann.get("change") or "",
                "base_year": ann.get("base_year") or "", "year": ann.get("year") or "",
                "period": ann.get("period_label") or ann.get("period") or "", "scope": ann.get("scope") or "",
                "aspirational": bool(ann.get("aspirational")),
                "clause": doc.text[ann.get("clause_start"):ann.get("clause_end")],
                "read": f"text/{key}.html#{anchor.get(id(ul.unit), '')}",
            }
            _due(g, view, add, edge, t, ann)
        for k, ann in enumerate(ul.goals, 1):
            go = str(goal_iri(u, k))
            text = doc.text[ann.start:ann.end]
            add(go, "goal", short(text, 16), text, doc=d, year=ann.get("year") or "")
            edge(u, go, "sets_goal")
            view.details[go] = {"type": "goal", "doc": d, "unit_node": u, "text": text,
                                "year": ann.get("year") or "", "aspirational": bool(ann.get("aspirational")),
                                "read": f"text/{key}.html#{anchor.get(id(ul.unit), '')}"}
            _due(g, view, add, edge, go, ann)
    view.spans[d] = _spans(doc, targets_of)
    for unit in units:
        u = str(node_iri(d, unit))
        start = unit.body_start if unit.body_start is not None else unit.start
        end = _own_end(unit, drawn)
        view.details[u] = {
            **view.details.get(u, {}), "type": g.nodes[u]["type"], "doc": d, "number": unit.number or "",
            "title": unit.title or "", "text": doc.text[start:end],
            "spans": [[s.start - start, s.end - start, s.layer, s.node, s.title]
                      for s in view.spans[d] if start <= s.start and s.end <= end],
            "read": f"text/{key}.html#{anchor.get(id(unit), '')}",
        }
        if unit.kind not in ("part", "measure"):  # how its number is printed: 第三条, 5. , 第二章
            view.details[u]["unit"] = unit.kind
    clauses = {str(node_iri(d, c)) for c in linked(doc).general}
    unstated, inherits = linked(doc).unstated, linked(doc).inherited
    # every unit the link layer names is drawn: an article's or a task's inherited bodies are on its panel
    for m in unstated:
        if str(node_iri(d, m)) in view.details:
            view.details[str(node_iri(d, m))]["unstated"] = True
    for inh in inherits:
        if str(node_iri(d, inh.measure)) not in view.details:
            continue
        view.details[str(node_iri(d, inh.measure))].setdefault("inherited", []).append(
            [str(concept_iri("actor", inh.actor)), actors[inh.actor]["label_zh"], inh.role, str(node_iri(d, inh.clause))])
    for c in clauses:
        if c in view.details:
            view.details[c]["general_clause"] = True
    view.docs = [(d, title)]
    return view


def central_links(lines: list[str], aligned: dict[str, list[tuple[str, str]]]) -> dict[str, list[list[str]]]:
    """Local provision IRI → [central provision IRI, label, href of the pair page's row from the output
    folder], best first: the alignments graph's ``<local>/implements_<rank> pkg:centralProvision <central>``
    beside ``aligned`` (local provision IRI → (label, href from text/), in rank order)."""
    middle = f"> <{PKG.centralProvision}> <"
    ranked: dict[str, list[tuple[int, list[str]]]] = {}
    for line in lines:
        if middle not in line:
            continue
        subject, obj = line.split(middle, 1)
        local, _, rank = subject[1:].rpartition("/implements_")
        links = aligned.get(local, [])
        if rank.isdigit() and 0 < int(rank) <= len(links):
            label, href = links[int(rank) - 1]
            ranked.setdefault(local, []).append((int(rank), [obj.split(">", 1)[0], label, href.removeprefix("../")]))
    return {local: [c for _, c in sorted(cs)] for local, cs in ranked.items()}


def add_central(view: View, central: dict[str, list[list[str]]]) -> None:
    """Each drawn local provision's panel lists the central provisions it carries out (``central_links``)."""
    for m, cs in central.items():
        if m in view.details:
            view.details[m]["central"] = cs


OVERVIEW_TYPES = ("actor", "indicator", "sector", "place", "year")


def overview(frag: View) -> View:
    """A document's share of the overview graph: the document, and an edge to each concept it concerns.

    Large builds draw this instead of every part, measure and target: a browser stays usable
    with thousands of documents, and each measure is still in the reading view and the store.
    """
    g = MultiDiGraph()
    view = View(g, docs=frag.docs, overview=True)
    add, edge = _adder(g)
    fg = frag.graph
    (d, _), = frag.docs
    measures = parts = targets = 0
    for n, data in fg.nodes(data=True):
        kind = data["type"]
        measures += kind == "measure"
        parts += kind == "part"
        targets += kind == "target"
    g.add_node(d, **{k: v for k, v in fg.nodes[d].items() if k != "docs"})
    # the graph page draws a document's measures on demand: (id, label, title, reading-view link) of each
    units = [[n, data["label"], data["title"], frag.details[n]["read"]] for n, data in fg.nodes(data=True)
             if data["type"] == "measure"]
    view.details[d] = {**frag.details[d], "measures": measures, "parts": parts, "targets": targets, "units": units}
    for n in sorted(fg.nodes):
        data = fg.nodes[n]
        if data["type"] in OVERVIEW_TYPES:
            g.add_node(n, **{k: v for k, v in data.items() if k != "docs"})
            if n in frag.details:
                view.details[n] = frag.details[n]
            edge(d, n, "concerns")
    return view


def merge(fragments: list[View], relations=()) -> View:
    """Documents' projections (in IRI order, so the result never depends on input order) made
    one: shared concept nodes once, then ``relations`` (from ``crossref.related``) as ``related``
    edges and, with their reasons, part of each measure's panel. Inherited responsibilities are
    on panels only, marked inferred, and never become edges."""
    g = MultiDiGraph()
    view = View(g)
    add, edge = _adder(g)
    for f in fragments:
        for n, data in f.graph.nodes(data=True):
            if n not in g:
                g.add_node(n, **{k: v for k, v in data.items() if k != "docs"})
        for a, b, rel in f.graph.edges(keys=True):
            edge(a, b, rel)
        for n, det in f.details.items():  # copies: the fragments stay as they were (merge is pure)
            if det.get("doc") or det.get("type") in ("document", "part", "measure", "target", "goal"):
                view.details[n] = dict(det)
            elif n not in view.details:
                view.details[n] = dict(det)
        view.spans.update(f.spans)
        view.docs.extend(f.docs)
        view.overview = view.overview or f.overview
    for rel in relations:
        if rel.source in g and rel.target in g:
            edge(rel.source, rel.target, "related")
            view.details[rel.source].setdefault("related", []).append([rel.target, rel.score, rel.reason])
    # every node carries the documents it belongs to (concepts: the documents that link to them)
    for n, data in g.nodes(data=True):
        if "doc" not in data:
            docs_of = sorted({g.nodes[m].get("doc") for m in g.neighbours(n) if g.nodes[m].get("doc")})
            data["docs"] = docs_of
        else:
            data["docs"] = [data["doc"]]
    return view


def _due(g, view, add, edge, node: str, ann: Annotation) -> None:
    if ann.get("year"):
        y = add(str(year_iri(ann.get("year"))), "year", f"{ann.get('year')}年", year=ann.get("year"))
        edge(node, y, "due")
    if ann.get("period"):
        a, _, b = str(ann.get("period")).partition("-")
        label = ann.get("period_label")
        p = add(str(period_iri(ann.get("period"))), "year",
                f"{label} ({a}–{b or a})" if label else f"{a}–{b or a}年")
        edge(node, p, "due")


def _own_end(unit: Node, drawn: set[int]) -> int:
    """A unit's own text ends where its first drawn unit begins (a part's measures, a measure's tasks
    have their own panels)."""
    for child in unit.children:
        if id(child) in drawn:
            return child.start
    return unit.end


def anchors(doc: Document) -> dict[int, str]:
    """Deep-link anchors: ``part-N`` and ``measure-N`` by order in the document (``#measure-5`` is the fifth)."""
    out, counts = {}, {"part": 0, "measure": 0, "annex": 0, "chapter": 0, "section": 0, "book": 0, "article": 0,
                       "task": 0, "box": 0}
    for node in doc.root.walk():
        if node.kind in counts:
            counts[node.kind] += 1
            out[id(node)] = f"{node.kind}-{counts[node.kind]}"
        elif node.kind == "paragraph" and node.provision:  # a flat document's paragraph (kg/text/flat.py)
            counts["paragraph"] = counts.get("paragraph", 0) + 1
            out[id(node)] = f"paragraph-{counts['paragraph']}"
    return out


def _spans(doc: Document, targets_of: dict[tuple[int, int], str]) -> list[Span]:
    """Non-overlapping highlights over ``doc.text``, strongest layer first, in text order."""
    actors = actor_table()
    candidates: list[Span] = []
    for ann in doc.annotations.get("target", []):
        node = targets_of.get((ann.start, ann.end))
        title = f"目标值: {ann.get('indicator_label')} {_CMP.get(ann.get('comparator'), '')}{ann.get('value')} {ann.get('unit')}"
        if ann.get("year"):
            title += f" ({ann.get('year')}年)"
        candidates.append(Span(ann.start, ann.end, "target", node, title))
    for ann in doc.annotations.get("actor", []):
        row = actors[ann.get("actor")]
        candidates.append(Span(ann.start, ann.end, "actor", str(concept_iri("actor", ann.get("actor"))),
                               f"主体: {actor_title(row)}"))
    for ann in doc.annotations.get("time", []):
        node, label = _time_node(ann)
        candidates.append(Span(ann.start, ann.end, "time", node, f"年份: {label}"))
    for layer in ("place", "sector"):
        rows = table(layer)
        for ann in doc.annotations.get(layer, []):
            row = rows[ann.get("concept")]
            candidates.append(Span(ann.start, ann.end, layer, str(concept_iri(layer, ann.get("concept"))),
                                   f"{LAYERS[layer][0]}: {row['label_zh']}"))
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    taken: list[Span] = []
    occupied = bytearray(len(doc.text) + 1)
    for s in sorted(candidates, key=lambda s: (rank[s.layer], s.start, -s.end)):
        if s.end <= s.start or any(occupied[s.start:s.end]):
            continue
        occupied[s.start:s.end] = b"\x01" * (s.end - s.start)
        taken.append(s)
    return sorted(taken, key=lambda s: s.start)

