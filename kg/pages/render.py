"""The reviewers' pages: graph (index.html), reading view per document, targets table.

Every page is self-contained and offline: vis-network (from pyvis's bundled copy) and the
page scripts are inlined, no ``src``/``href`` points to the network, and a
Content-Security-Policy forbids loading anything. Document text is escaped wherever it
appears: in HTML by :func:`html.escape`, in the embedded JSON by escaping ``<``, ``>`` and
``&``, and the scripts only ever put text into the page with ``textContent``.

What pyvis gets wrong, and what is done instead: its templates load vis-network and
Bootstrap from CDNs (even ``cdn_resources="in_line"`` keeps Bootstrap remote), its select
menu garbles Chinese, its physics keeps the graph drifting, and its tooltips take HTML. Here
pyvis's ``Network`` assembles the node and edge records, positions come from networkx before
the page opens, physics is off, and the page's own script does search, filters and panels.
"""
from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import quote

from kg.model import Document, Node
from kg.pages.projection import LAYERS, RELATIONS, TYPES, Span, View, anchors, doc_key, layout, short

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; "
       "connect-src 'none'; form-action 'none'; base-uri 'none'")

_FONT = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif'

_BASE_STYLE = f"""
*{{box-sizing:border-box}}
body{{font-family:{_FONT};margin:0;color:#222;line-height:1.6}}
header.top{{background:#1f3b73;color:#fff;padding:.4rem 1rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}}
header.top a{{color:#fff}}header.top strong{{font-size:1.05rem}}
header.top details{{position:relative}}header.top summary{{cursor:pointer}}
header.top details ul{{position:absolute;z-index:10;background:#1f3b73;margin:0;padding:.4rem 1.4rem;width:34rem;
max-height:70vh;overflow:auto;box-shadow:0 2px 6px rgba(0,0,0,.3)}}header.top details li{{margin:.2rem 0}}
a{{color:#1f4e99}}
.hl{{border-radius:2px;padding:0 1px;color:inherit;text-decoration:none}}
""" + "".join(f".hl-{k}{{background:{c}}}" for k, (_, c) in LAYERS.items())


def json_for_script(obj) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no ``<!--``, no line separators."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# Where the list of documents goes in a page rendered before all documents are known (a build
# renders each document's page as the document finishes); ``fill_docs`` puts the list in.
# Document text is escaped, so "<!--" can never come from it.
DOCS_SLOT = "<!--policykg:documents-->"


def docs_nav(docs: list[tuple[str, str]], depth: int) -> str:
    up = "../" * depth
    nav = ""
    if docs:
        items = "".join(f'<li><a href="{up}text/{escape(key)}.html">{escape(t)}</a></li>' for key, t in docs)
        nav += f'<details class="docs"><summary>阅读原文（{len(docs)}）</summary><ul>{items}</ul></details>'
    if len(docs) == 1:
        nav += f' <a href="{up}text/{escape(docs[0][0])}.html">{escape(short(docs[0][1], 24))}</a>'
    return nav


def fill_docs(page: bytes, docs: list[tuple[str, str]], depth: int) -> bytes:
    return page.replace(DOCS_SLOT.encode(), docs_nav(docs, depth).encode("utf-8"), 1)


def _page(title: str, body: str, *, depth: int = 0, style: str = "", script: str = "", current: str = "",
          docs: list[tuple[str, str]] | None = ()) -> str:
    """A page; ``docs=None`` leaves ``DOCS_SLOT`` where the list of documents goes."""
    up = "../" * depth
    links = [("index.html", "图谱"), ("targets.html", "目标一览"), ("responsibility.html", "责任矩阵")]
    nav = " ".join(
        f'<a href="{up}{href}"{" aria-current=page" if href == current else ""}>{escape(label)}</a>' for href, label in links
    )
    nav += DOCS_SLOT if docs is None else docs_nav(docs, depth)

    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_BASE_STYLE}{style}</style></head><body>"
        f'<header class="top"><strong>policykg</strong>{nav}</header>{body}{script}</body></html>\n'
    )


def _doc_links(view: View) -> list[tuple[str, str]]:
    return [(doc_key(iri), doc.meta.get("title") or doc.source.name) for iri, doc in view.docs]


def _node_href(node: str | None, depth: int) -> str:
    return f"{'../' * depth}index.html#node={quote(node, safe='')}" if node else ""


def highlighted(text: str, base: int, spans: list[Span], depth: int = 1) -> str:
    """``text`` (which starts at ``base`` in the document) escaped, with each span a link to its node."""
    out, pos = [], 0
    for s in spans:
        a, b = s.start - base, s.end - base
        if a < pos or b > len(text):
            continue
        out.append(escape(text[pos:a]))
        href = _node_href(s.node, depth)
        tag = "a" if href else "span"
        attr = f' href="{href}"' if href else ""
        out.append(f'<{tag} class="hl hl-{s.layer}"{attr} title="{escape(s.title)}">{escape(text[a:b])}</{tag}>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "</p><p>")


# Reading view --------------------------------------------------------------------------------

_TEXT_STYLE = """
.layout{display:flex}
nav.toc{width:21rem;height:calc(100vh - 2.4rem);overflow:auto;position:sticky;top:0;border-right:1px solid #ddd;
padding:.8rem;font-size:.88rem;background:#fafafa}
nav.toc ul{padding-left:1rem;margin:.1rem 0}nav.toc a{text-decoration:none}
main{flex:1;padding:1rem 2rem;max-width:62rem}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-top:.4rem}h3{font-size:1.05rem;margin:.8rem 0 .2rem}
.meta{color:#555;font-size:.9rem}.num{color:#a33;font-weight:bold;margin-right:.3rem}
section.unit{margin:0 0 1rem}section.unit p{margin:.2rem 0}.issue{color:#a33}
.graphlink{font-size:.8rem;margin-left:.6rem}:target{background:#fff6d5}
.legend span{margin-right:.8rem;padding:0 .3rem}
"""

_LABEL = {"notice": "印发通知", "preamble": "导语", "annex": "附件"}


def render_text_page(view: View, doc_iri: str, doc: Document, docs: list[tuple[str, str]] | None = ()) -> str:
    """The reading view of one document; ``docs=None`` leaves the slot for the list of documents."""
    spans = view.spans.get(doc_iri, [])
    anchor = anchors(doc)
    title = doc.meta.get("title") or doc.source.name
    nav: list[str] = []
    body: list[str] = [f"<h1>{escape(title)}</h1>"]
    facts = [("日期", doc.meta.get("date")), ("文号", doc.meta.get("doc_number")),
             ("发文机关", "、".join(doc.meta.get("issuers", [])) or None),
             ("来源文件", f"{doc.source.name}（{doc.source.format}，{doc.source.encoding}）"), ("IRI", doc_iri)]
    body.append('<p class="meta">' + "<br>".join(f"{escape(k)}：{escape(v)}" for k, v in facts if v) + "</p>")
    body.append('<p class="legend">' + "".join(f'<span class="hl hl-{k}">{escape(zh)}</span>' for k, (zh, _) in LAYERS.items())
                + f'<a class="graphlink" href="{_node_href(doc_iri, 1)}">在图谱中查看</a></p>')
    for issue in doc.issues:
        body.append(f'<p class="issue">⚠ {escape(issue.message)}（第{issue.line}行）</p>')
    for node in doc.root.children:
        _render_unit(doc, doc_iri, node, anchor, spans, nav, body, 2)
    page = f'<div class="layout"><nav class="toc"><h2>目录</h2><ul>{"".join(nav)}</ul></nav><main>{"".join(body)}</main></div>'
    return _page(title, page, depth=1, style=_TEXT_STYLE, docs=_doc_links(view) if docs == () else docs)


_UNITS = ("part", "measure", "annex", "chapter", "section", "book", "article", "task", "box")
_NUMBERED = ("measure", "article", "task")  # rendered as a section with its number, like a measure


def _own_text_end(node: Node) -> int:
    for child in node.children:
        if child.kind in _UNITS:
            return child.start
    return node.end


def _render_unit(doc: Document, doc_iri: str, node: Node, anchor: dict, spans: list[Span], nav: list, body: list,
                 level: int) -> None:
    from kg.graph.rdf import node_iri

    from kg.pages.projection import heading_label

    if node.kind not in _UNITS + ("notice", "preamble"):
        return
    a = anchor.get(id(node)) or f"{node.kind}"
    if node.kind in _UNITS and node.kind != "annex":
        heading = heading_label(node)
    elif node.kind == "part":
        heading = f"{node.number}、{node.title or ''}"
    elif node.kind == "annex":
        heading = f"附件{node.number or ''} {node.title or ''}"
    else:
        heading = _LABEL[node.kind]
    nav.append(f'<li><a href="#{escape(a)}">{escape(short(heading, 24))}</a>')
    start = node.body_start if node.body_start is not None else node.start
    end = _own_text_end(node)
    own = [s for s in spans if start <= s.start and s.end <= end]
    graph = ""
    if node.kind in ("part", "measure") or node.provision:
        graph = f'<a class="graphlink" href="{_node_href(str(node_iri(doc_iri, node)), 1)}">在图谱中查看</a>'
    if node.kind in _NUMBERED:
        number = heading_label(node)[: -len(node.title)] if node.title and heading_label(node).endswith(node.title) \
            else heading_label(node)
        title = node.title if number != heading_label(node) else ""
        body.append(f'<section class="unit" id="{escape(a)}"><h{level}><a href="#{escape(a)}" class="num">'
                    f'{escape(number)}</a>{escape(title or "")}{graph}</h{level}>'
                    f"<p>{highlighted(doc.text[start:end], start, own)}</p></section>")
    else:
        body.append(f'<h{level} id="{escape(a)}">{escape(heading)}{graph}</h{level}>')
        text = doc.text[start:end].strip()
        if node.kind == "part" and node.title and text.startswith(node.title):
            cut = start + doc.text[start:end].index(node.title) + len(node.title)
            text, start = doc.text[cut:end], cut
            own = [s for s in own if s.start >= cut]
        if text.strip():
            body.append(f'<section class="unit"><p>{highlighted(doc.text[start:end], start, own)}</p></section>')
    children = [c for c in node.children if c.kind in _UNITS]
    if children:
        nav.append("<ul>")
        for child in children:
            _render_unit(doc, doc_iri, child, anchor, spans, nav, body, min(level + 1, 4))
        nav.append("</ul>")
    nav.append("</li>")


# Targets view --------------------------------------------------------------------------------

_TARGET_STYLE = """
main{padding:1rem 1.5rem}
table{border-collapse:collapse;font-size:.88rem;width:100%}
th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;position:sticky;top:0;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.year th{background:#1f3b73;color:#fff;cursor:default;font-size:.95rem}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.clause{max-width:32rem}
"""

_CMP_ZH = {"<=": "≤ 不超过", ">=": "≥ 不低于", "~": "≈ 左右", "=": "= 达到", "<": "<", ">": ">"}
_TARGET_COLUMNS = ["期限", "指标", "范围", "比较", "数值（原文）", "标准值", "单位", "变化", "基准年", "力争", "文件", "措施", "原句"]

_SORT_SCRIPT = """<script>
(function(){"use strict";
var table=document.getElementById("targets");
table.querySelectorAll("thead th").forEach(function(th,col){
  th.addEventListener("click",function(){
    var asc=th.getAttribute("aria-sort")!=="ascending";
    table.querySelectorAll("thead th").forEach(function(o){o.removeAttribute("aria-sort");});
    th.setAttribute("aria-sort",asc?"ascending":"descending");
    table.querySelectorAll("tbody").forEach(function(tb){
      var rows=Array.prototype.slice.call(tb.querySelectorAll("tr.row"));
      rows.sort(function(a,b){
        var x=a.children[col].getAttribute("data-sort")||a.children[col].textContent;
        var y=b.children[col].getAttribute("data-sort")||b.children[col].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),r;
        if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x.trim()&&String(ny)===y.trim()){r=nx-ny;}else{r=x.localeCompare(y,"zh-CN");}
        return asc?r:-r;});
      rows.forEach(function(r){tb.appendChild(r);});
    });
  });
});
})();
</script>"""


def target_rows(view: View) -> list[tuple[str, str, str]]:
    """(deadline year, target node, table row) for every target in the view: a document's share of targets.html."""
    titles = {iri: (doc.meta.get("title") or doc.source.name) for iri, doc in view.docs}
    out = []
    for node, d in view.details.items():
        if d.get("type") != "target":
            continue
        year = str(d.get("year") or "")
        unit = view.details.get(d["unit_node"], {})
        measure = (f"（{unit.get('number')}）" if unit.get("type") == "measure" else f"{unit.get('number', '')}、") + short(unit.get("title", ""), 14)
        cells = [
            (year, year), (d["indicator"], None), (d["scope"], None), (_CMP_ZH.get(d["comparator"], d["comparator"]), None),
            (d["value_text"], None), (d["value"], d["value"]), (d["unit"], None),
            ({"decrease": "下降", "increase": "提高"}.get(d["change"], ""), None), (str(d["base_year"]), None),
            ("是" if d["aspirational"] else "", None), (short(titles.get(d["doc"], ""), 16), None),
        ]
        tds = "".join(
            f'<td{" class=num" if sort is not None else ""}{f" data-sort={chr(34)}{escape(str(sort))}{chr(34)}" if sort is not None else ""}>'
            f"{escape(str(v))}</td>" for v, sort in cells)
        tds += (f'<td><a href="{escape(unit.get("read", ""))}">{escape(measure)}</a> '
                f'<a href="{_node_href(node, 0)}" title="在图谱中查看">◎</a></td>'
                f'<td class="clause">{escape(d["clause"])}</td>')
        out.append((year, node, f'<tr class="row">{tds}</tr>'))
    return out


def targets_page(rows: list[tuple[str, str, str]], docs: list[tuple[str, str]]) -> str:
    """targets.html from every document's target rows, grouped by deadline year."""
    by_year: dict[str, list[tuple[str, str]]] = {}
    for year, node, row in rows:
        by_year.setdefault(year, []).append((node, row))
    body = [f"<main><h1>目标一览</h1><p>{len(rows)} 个量化目标，按期限年份分组；"
            "点击表头排序（在每组之内）。</p><table id=\"targets\"><thead><tr>"
            + "".join(f"<th>{escape(c)}</th>" for c in _TARGET_COLUMNS) + "</tr></thead>"]
    for year in sorted(by_year, key=lambda y: (y == "", y)):
        group = sorted(by_year[year])
        label = f"{year}年" if year else "未写明年份"
        body.append(f'<tbody data-year="{escape(year)}"><tr class="year"><th colspan="{len(_TARGET_COLUMNS)}">'
                    f"{escape(label)}（{len(group)}）</th></tr>")
        body.extend(row for _, row in group)
        body.append("</tbody>")
    body.append("</table></main>")
    return _page("目标一览 · policykg", "".join(body), style=_TARGET_STYLE, script=_SORT_SCRIPT,
                 current="targets.html", docs=docs)


# Responsibility matrix -----------------------------------------------------------------------

_MATRIX_STYLE = """
main{padding:1rem 1.5rem}h2{font-size:1.1rem;margin-top:2rem}
.wrap{overflow:auto;max-height:80vh;border:1px solid #ddd}
table{border-collapse:collapse;font-size:.8rem}
th,td{border:1px solid #e6e6e6;padding:.15rem .3rem;white-space:nowrap}
thead th{position:sticky;top:0;background:#f3f3f3;writing-mode:vertical-rl;text-orientation:upright;vertical-align:bottom}
thead th.m{writing-mode:horizontal-tb}
td.r-lead{background:#e15759;color:#fff}td.r-co-lead{background:#f28e2b;color:#fff}td.r-participant{background:#fcbba1}
td.r-mentioned{background:#f3f3f3;color:#666}td.inferred{font-style:italic;background:#fff;color:#a33;border:1px dashed #e15759}
td.flag{color:#a33}
"""

_ROLE_ZH = {"lead": "牵头", "co-lead": "协同", "participant": "参与", "mentioned": "提及"}


_MATRIX_INTRO = ("<main><h1>责任矩阵</h1><p>每行一项措施，每列一个主体。实色为原文所述角色（牵头、协同、参与、提及）；"
                 "虚线框“（牵头）”为推定：该措施未写明责任主体，继承自本文件的总体责任条款（组织实施、压实责任等），"
                 "并非原文所述。⚑ 标出未写明责任主体的措施。</p>")


def matrix_page(sections: list[str], docs: list[tuple[str, str]]) -> str:
    """responsibility.html from every document's section (documents in IRI order)."""
    return _page("责任矩阵 · policykg", _MATRIX_INTRO + "".join(sections) + "</main>", style=_MATRIX_STYLE,
                 current="responsibility.html", docs=docs)


def matrix_section(view: View, d: str, doc: Document) -> str:
    """One document's actor × measure table: stated roles in colour, inherited ones dashed and marked 推定."""
    g = view.graph
    body = []
    measures = [n for n, a in g.nodes(data=True) if a["type"] == "measure" and a.get("doc") == d]
    measures = [n for n in _doc_order(view, d) if n in set(measures)]
    cells: dict[tuple[str, str], tuple[str, bool]] = {}
    count: dict[str, int] = {}
    for m in measures:
        for actor, _, rel in g.in_edges(m, keys=True):
            if rel in _ROLE_ZH:
                cells[(m, actor)] = (rel, False)
                count[actor] = count.get(actor, 0) + 1
        for actor, _label, role, _clause in view.details[m].get("inherited", []):
            cells.setdefault((m, actor), (role, True))
            count[actor] = count.get(actor, 0) + 1
    actors = sorted(count, key=lambda a: (-count[a], g.nodes[a]["label"]))
    title = doc.meta.get("title") or doc.source.name
    unstated = sum(1 for m in measures if view.details[m].get("unstated"))
    body.append(f"<h2>{escape(title)}</h2><p>{len(measures)} 项措施，{len(actors)} 个主体；"
                f"{unstated} 项未写明责任主体。</p>")
    if not measures:
        return "".join(body)
    head = "".join(f"<th title=\"{escape(g.nodes[a]['title'])}\">{escape(g.nodes[a]['label'])}</th>" for a in actors)
    rows = []
    for m in measures:
        det = view.details[m]
        label = f"（{det['number']}）{det['title']}"
        tds = []
        for a in actors:
            role, inferred = cells.get((m, a), ("", False))
            if not role:
                tds.append("<td></td>")
            elif inferred:
                tds.append(f'<td class="inferred" title="推定：继承自总体责任条款">（{_ROLE_ZH[role]}）</td>')
            else:
                tds.append(f'<td class="r-{role}">{_ROLE_ZH[role]}</td>')
        flag = '<td class="flag">⚑</td>' if det.get("unstated") else "<td></td>"
        rows.append(f'<tr><th class="m"><a href="{escape(det["read"])}">{escape(short(label, 22))}</a></th>{flag}{"".join(tds)}</tr>')
    body.append(f'<div class="wrap"><table><thead><tr><th class="m">措施</th><th class="m">⚑</th>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table></div>')
    return "".join(body)


def _doc_order(view: View, d: str) -> list[str]:
    from kg.graph.rdf import node_iri

    doc = dict(view.docs)[d]
    return [str(node_iri(d, m)) for m in doc.nodes("measure")]


# Graph view ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet from pyvis's own bundled copy (no CDN)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.origin:
        raise RuntimeError("pyvis is not installed; reinstall policykg")
    lib = Path(spec.origin).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("the bundled vis-network cannot be inlined safely")
    return js, css


def graph_data(view: View) -> dict:
    """Nodes and edges as vis-network records, assembled with pyvis's ``Network``, plus panels."""
    from pyvis.network import Network

    if any("x" not in a for _, a in view.graph.nodes(data=True)):
        for node, (x, y) in layout(view.graph).items():
            view.graph.nodes[node].update(x=x, y=y)
    net = Network(directed=True)
    for n, a in sorted(view.graph.nodes(data=True)):
        shape = TYPES[a["type"]][3]
        x, y = a["x"], a["y"]
        net.add_node(n, label=a["label"], title=a["title"], shape=shape, x=x, y=y,
                     group=a["type"], docs=a.get("docs", []), part=a.get("part", ""), year=a.get("year", ""))
    edges = sorted(view.graph.edges(keys=True))
    for u, v, rel in edges:
        net.add_edge(u, v, rel=rel)
    nodes = [{k: n[k] for k in ("id", "label", "title", "shape", "x", "y", "group", "docs", "part", "year")}
             | {"color": TYPES[n["group"]][2]} for n in net.nodes]  # pyvis drops colour when a group is set
    return {
        "types": {k: list(v) for k, v in TYPES.items()},
        "relations": {k: list(v) for k, v in RELATIONS.items()},
        "layers": {k: list(v) for k, v in LAYERS.items()},
        "nodes": nodes,
        "edges": [[e["from"], e["to"], e["rel"]] for e in net.edges],
        "details": view.details,
        "docs": [[iri, doc.meta.get("title") or doc.source.name, doc_key(iri)] for iri, doc in view.docs],
        "overview": view.overview,
    }


_GRAPH_STYLE = """
body{height:100vh;display:flex;flex-direction:column;overflow:hidden}
#app{flex:1;display:flex;min-height:0}
#side{width:17rem;overflow:auto;padding:.6rem;border-right:1px solid #ddd;font-size:.85rem;background:#fafafa}
#graph{flex:1;min-width:0;position:relative;background:#fff}
#panel{width:27rem;overflow:auto;padding:.6rem .9rem;border-left:1px solid #ddd;font-size:.88rem}
#panel h2{font-size:1.05rem;margin:.2rem 0}#panel h3{font-size:.92rem;margin:.8rem 0 .2rem;color:#444}
#panel .text{line-height:1.8;white-space:pre-wrap}#panel dl{display:grid;grid-template-columns:6rem 1fr;gap:.1rem .5rem;margin:0}
#panel dt{color:#666}#panel ul{padding-left:1.1rem;margin:.2rem 0}
#search{width:100%;padding:.3rem;font:inherit}#results{list-style:none;padding:0;margin:.2rem 0;max-height:14rem;overflow:auto}
#results button,.link{background:none;border:0;padding:0;color:#1f4e99;cursor:pointer;font:inherit;text-align:left}
#results li{padding:.1rem 0}.type{color:#888;font-size:.75rem;margin-left:.3rem}
fieldset{border:1px solid #ddd;margin:.5rem 0;padding:.3rem .5rem}legend{font-weight:bold}
label.f{display:block;margin:.25rem 0}label.f select{width:100%;font:inherit}
.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
#notice{color:#a33;min-height:1.2rem}#count{color:#666}
.rel{font-size:.78rem;color:#555}.reason{font-size:.78rem;color:#666}.flag{color:#a33;margin:.2rem 0}
"""


def render_graph_page(view: View) -> str:
    js, css = vis_assets()
    intro = "点击节点查看详情：措施的全文与标注、目标值、主体负责的措施。"
    if view.overview:
        intro = (f"本次构建有 {len(view.docs)} 个文件，图中只画出文件与它们涉及的主体、指标、领域、地区和年份（概览）；"
                 "各部分、措施与目标值见原文阅读页、目标一览和责任矩阵，也都在 SPARQL 存储中。")
    data = graph_data(view)
    type_boxes = "".join(
        f'<label class="f"><input type="checkbox" name="type" value="{k}" checked>'
        f'<span class="sw" style="background:{c}"></span>{escape(zh)} <span class="type">{escape(en)}</span></label>'
        for k, (zh, en, c, _) in TYPES.items())
    relations = "".join(f"<li>{escape(zh)} <span class=type>{escape(en)}</span></li>" for zh, en in RELATIONS.values())
    selects = "".join(
        f'<label class="f">{escape(label)}<select id="f-{key}"><option value="">（全部）</option></select></label>'
        for key, label in (("doc", "文件"), ("part", "部分"), ("sector", "领域"), ("actor", "主体"), ("year", "期限年份")))
    body = (
        '<div id="app"><aside id="side">'
        '<label for="search"><strong>搜索</strong></label>'
        '<input id="search" type="search" placeholder="名称，如 生态环境部" autocomplete="off">'
        '<ul id="results"></ul>'
        f'<fieldset><legend>筛选</legend>{selects}<button id="reset" type="button">重置</button></fieldset>'
        f'<fieldset><legend>节点类型（图例）</legend>{type_boxes}</fieldset>'
        '<p id="notice" role="status"></p><p id="count"></p>'
        f'<fieldset><legend>关系</legend><ul class="rel">{relations}</ul></fieldset>'
        '</aside><div id="graph" role="img" aria-label="知识图谱"></div>'
        f'<aside id="panel"><p>{escape(intro)}</p></aside></div>'
        f'<script type="application/json" id="pk-data">{json_for_script(data)}</script>'
    )
    script = f"<script>{js}</script><script>{_GRAPH_SCRIPT}</script>"
    return _page("图谱 · policykg", body, style=_GRAPH_STYLE + css, script=script, current="index.html",
                 docs=_doc_links(view))


_GRAPH_SCRIPT = r"""
(function(){"use strict";
var D=JSON.parse(document.getElementById("pk-data").textContent);
var TYPES=D.types,REL=D.relations,LAYERS=D.layers,DET=D.details;
var byId=new Map(),adj=new Map();
D.nodes.forEach(function(n){byId.set(n.id,n);adj.set(n.id,[]);});
D.edges.forEach(function(e){adj.get(e[0]).push([e[1],e[2],"out"]);adj.get(e[1]).push([e[0],e[2],"in"]);});
var docTitle=new Map(D.docs.map(function(d){return [d[0],d[1]];}));
function el(tag,attrs){var x=document.createElement(tag);if(attrs){Object.keys(attrs).forEach(function(k){
  if(k==="text"){x.textContent=attrs[k];}else if(k==="on"){x.addEventListener("click",attrs[k]);}else{x.setAttribute(k,attrs[k]);}});}
  for(var i=2;i<arguments.length;i++){var c=arguments[i];if(c==null)continue;x.appendChild(typeof c==="string"?document.createTextNode(c):c);}
  return x;}
function nbrs(id,rel,dir){return adj.get(id).filter(function(a){return (!rel||a[1]===rel)&&(!dir||a[2]===dir);}).map(function(a){return a[0];});}

/* units (measures and parts) and what they touch: the basis of the filters */
var units=D.nodes.filter(function(n){return n.group==="measure"||n.group==="part";});
var info=new Map();
units.forEach(function(u){
  var i={part:null,sectors:new Set(),actors:new Set(),years:new Set()};
  if(u.group==="part"){i.part=u.id;}else{nbrs(u.id,"has_part","in").forEach(function(p){if(byId.get(p).group==="part")i.part=p;});}
  nbrs(u.id,"sector","out").forEach(function(s){i.sectors.add(s);});
  adj.get(u.id).forEach(function(a){if(a[2]==="in"&&byId.get(a[0]).group==="actor")i.actors.add(a[0]);});
  nbrs(u.id,null,"out").forEach(function(t){var g=byId.get(t).group;if(g==="target"||g==="goal"){nbrs(t,"due","out").forEach(function(y){i.years.add(y);});}});
  info.set(u.id,i);});

/* the network: positions fixed before the page opened, physics off */
var visible=new Set(D.nodes.map(function(n){return n.id;}));
var nodes=new vis.DataSet(D.nodes.map(function(n){return {id:n.id,label:n.label,title:n.title,shape:n.shape,
  color:n.color,x:n.x,y:n.y,font:{color:(n.shape==="box"?"#fff":"#222")}};}));
var edges=new vis.DataSet(D.edges.map(function(e,i){return {id:i,from:e[0],to:e[1],label:REL[e[2]][0],title:REL[e[2]][1],
  dashes:e[2]==="mentioned",arrows:"to"};}));
var nodeView=new vis.DataView(nodes,{filter:function(n){return visible.has(n.id);}});
var edgeView=new vis.DataView(edges,{filter:function(e){return visible.has(e.from)&&visible.has(e.to);}});
var big=D.nodes.length>600;
var network=new vis.Network(document.getElementById("graph"),{nodes:nodeView,edges:edgeView},{
  physics:{enabled:false},layout:{improvedLayout:false,randomSeed:1},
  interaction:{hover:!big,tooltipDelay:200,hideEdgesOnDrag:big,hideEdgesOnZoom:big},
  nodes:{size:12,font:{size:14,face:"Noto Sans CJK SC, sans-serif"},borderWidth:1},
  edges:{smooth:false,width:.6,color:{color:"#c8c8c8",highlight:"#333",hover:"#666"},
    font:{size:9,color:"#666",strokeWidth:2,align:"middle"},arrows:{to:{scaleFactor:.4}}}});
network.once("afterDrawing",function(){window.policykgReady=performance.now();document.body.setAttribute("data-ready","1");});

/* filters */
var selDoc=document.getElementById("f-doc"),selPart=document.getElementById("f-part"),selSector=document.getElementById("f-sector"),
    selActor=document.getElementById("f-actor"),selYear=document.getElementById("f-year");
function fill(sel,items){while(sel.options.length>1)sel.remove(1);items.forEach(function(it){sel.appendChild(el("option",{value:it[0],text:it[1]}));});}
function ofType(t){return D.nodes.filter(function(n){return n.group===t;});}
function byLabel(a,b){return a[1].localeCompare(b[1],"zh-CN");}
fill(selDoc,D.docs.map(function(d){return [d[0],d[1]];}));
function fillParts(){var d=selDoc.value;fill(selPart,ofType("part").filter(function(p){return !d||p.docs.indexOf(d)>=0;})
  .map(function(p){return [p.id,(d?"":(docTitle.get(p.docs[0])||"").slice(0,8)+"… ")+p.title];}));}
fillParts();
fill(selSector,ofType("sector").map(function(n){return [n.id,n.label];}).sort(byLabel));
fill(selActor,ofType("actor").map(function(n){return [n.id,n.label];}).sort(byLabel));
fill(selYear,ofType("year").map(function(n){return [n.id,n.label];}).sort(byLabel));
var notice=document.getElementById("notice"),count=document.getElementById("count");
function checkedTypes(){var s=new Set();document.querySelectorAll("input[name=type]:checked").forEach(function(c){s.add(c.value);});return s;}
function compute(){
  var d=selDoc.value,p=selPart.value,s=selSector.value,a=selActor.value,y=selYear.value,types=checkedTypes();
  var keep=new Set();
  if(!p&&!s&&!a&&!y){
    D.nodes.forEach(function(n){if(!d||n.docs.indexOf(d)>=0)keep.add(n.id);});
  }else{
    units.forEach(function(u){var i=info.get(u.id);
      if(d&&u.docs.indexOf(d)<0)return; if(p&&i.part!==p)return; if(s&&!i.sectors.has(s))return;
      if(a&&!i.actors.has(a))return; if(y&&!i.years.has(y))return;
      keep.add(u.id);
      adj.get(u.id).forEach(function(x){var g=byId.get(x[0]).group;keep.add(x[0]);
        if(g==="target"||g==="goal"){adj.get(x[0]).forEach(function(z){keep.add(z[0]);});}
        if(g==="part"){nbrs(x[0],"has_part","in").forEach(function(z){keep.add(z);});}});});
  }
  var out=new Set();keep.forEach(function(id){if(types.has(byId.get(id).group))out.add(id);});
  return out;}
function apply(){
  var next=compute();
  if(next.size===0){notice.textContent="没有符合条件的节点：保留上一视图。请放宽筛选。";return false;}
  notice.textContent="";visible=next;nodeView.refresh();edgeView.refresh();
  count.textContent="显示 "+visible.size+" / "+D.nodes.length+" 个节点";
  if(next.size<D.nodes.length)network.fit({nodes:Array.from(next),animation:false});else network.fit({animation:false});
  return true;}
[selPart,selSector,selActor,selYear].forEach(function(s){s.addEventListener("change",apply);});
selDoc.addEventListener("change",function(){fillParts();apply();});
document.querySelectorAll("input[name=type]").forEach(function(c){c.addEventListener("change",function(){
  if(!apply()){c.checked=!c.checked;}});});
function reset(){[selDoc,selPart,selSector,selActor,selYear].forEach(function(s){s.value="";});fillParts();
  document.querySelectorAll("input[name=type]").forEach(function(c){c.checked=true;});apply();}
document.getElementById("reset").addEventListener("click",reset);
count.textContent="显示 "+visible.size+" / "+D.nodes.length+" 个节点";

/* search: plain substring matching on labels, Chinese included */
var search=document.getElementById("search"),results=document.getElementById("results");
function norm(t){return (t||"").replace(/\s+/g,"").toLowerCase();}
function find(q){q=norm(q);if(!q)return [];
  var hits=D.nodes.filter(function(n){var d=DET[n.id]||{};return norm(n.label).indexOf(q)>=0||norm(n.title).indexOf(q)>=0||norm(d.en).indexOf(q)>=0;});
  hits.sort(function(a,b){var x=norm(a.label)===q?0:1,y=norm(b.label)===q?0:1;return x-y||a.label.length-b.label.length||a.label.localeCompare(b.label,"zh-CN");});
  return hits.slice(0,40);}
function showResults(){while(results.firstChild)results.removeChild(results.firstChild);
  var hits=find(search.value);
  if(search.value&&!hits.length){results.appendChild(el("li",{text:"无匹配"}));}
  hits.forEach(function(n){results.appendChild(el("li",null,el("button",{type:"button",text:n.label,"data-id":n.id,on:function(){focus(n.id);}}),
    el("span",{"class":"type",text:TYPES[n.group][0]})));});}
search.addEventListener("input",showResults);
search.addEventListener("keydown",function(ev){if(ev.key==="Enter"){var h=find(search.value);if(h.length)focus(h[0].id);}});

/* details */
var panel=document.getElementById("panel");
function link(id,text){return el("button",{type:"button","class":"link",text:text||byId.get(id).title,on:function(){focus(id);}});}
function list(ids,fmt){var ul=el("ul");ids.forEach(function(id){ul.appendChild(el("li",null,fmt?fmt(id):link(id)));});return ul;}
function field(dl,k,v){if(v===""||v==null)return;dl.appendChild(el("dt",{text:k}));dl.appendChild(el("dd",{text:String(v)}));}
function unitName(id){var n=byId.get(id);if(!n)return id;if(n.group==="document")return n.title;var d=docTitle.get(n.docs[0])||"";return (D.docs.length>1?d.slice(0,10)+"… ":"")+n.title;}
function highlighted(text,spans){var box=el("div",{"class":"text"}),pos=0;
  spans.forEach(function(s){if(s[0]<pos)return;box.appendChild(document.createTextNode(text.slice(pos,s[0])));
    var m=el("mark",{"class":"hl hl-"+s[2],title:s[4],text:text.slice(s[0],s[1])});
    if(s[3]&&byId.has(s[3])){m.style.cursor="pointer";m.addEventListener("click",function(){focus(s[3]);});}
    box.appendChild(m);pos=s[1];});
  box.appendChild(document.createTextNode(text.slice(pos)));return box;}
function section(title,node){if(!node)return;panel.appendChild(el("h3",{text:title}));panel.appendChild(node);}
function grouped(id,dir,rels){rels.forEach(function(r){var ids=nbrs(id,r,dir);if(ids.length)section(REL[r][0]+"（"+ids.length+"）",list(ids,function(x){return link(x,unitName(x));}));});}
function show(id){
  var n=byId.get(id),d=DET[id]||{};while(panel.firstChild)panel.removeChild(panel.firstChild);
  panel.appendChild(el("p",{"class":"type",text:TYPES[n.group][0]+" · "+TYPES[n.group][1]}));
  panel.appendChild(el("h2",{text:n.title}));
  if(d.read){panel.appendChild(el("p",null,el("a",{href:d.read,text:"在原文中阅读 →"})));}
  if(n.group==="measure"||n.group==="part"){
    var dl=el("dl");field(dl,"文件",docTitle.get(d.doc));field(dl,"编号",d.number);panel.appendChild(dl);
    var legend=el("p");Object.keys(LAYERS).forEach(function(k){legend.appendChild(el("mark",{"class":"hl hl-"+k,text:LAYERS[k][0]}));legend.appendChild(document.createTextNode(" "));});
    panel.appendChild(legend);
    if(d.text)panel.appendChild(highlighted(d.text,d.spans||[]));
    if(d.general_clause){panel.appendChild(el("p",{"class":"type",text:"本条为全文的总体责任条款（组织实施/压实责任）。"}));}
    ["lead","co-lead","participant","mentioned"].forEach(function(r){var ids=nbrs(id,r,"in");if(ids.length)section(REL[r][0]+"的主体",list(ids));});
    if(d.unstated){
      var box=el("div");box.appendChild(el("p",{"class":"flag",text:"⚑ 本措施未写明责任主体。"}));
      if(d.inherited&&d.inherited.length){box.appendChild(el("p",{text:"推定（非原文所述，继承自总体责任条款）："}));
        var ul=el("ul");d.inherited.forEach(function(x){ul.appendChild(el("li",null,link(x[0],x[1]),
          el("span",{"class":"type",text:x[2]+" · 来自 "}),link(x[3],unitName(x[3]))));});box.appendChild(ul);}
      section("责任主体（推定）",box);}
    grouped(id,"out",["sets_target","sets_goal","sector","place"]);
    if(d.related&&d.related.length){section("相关措施（"+d.related.length+"）",list(d.related.map(function(r){return r[0];}),function(x){
      var r=d.related.filter(function(q){return q[0]===x;})[0];
      return el("span",null,link(x,unitName(x)),el("span",{"class":"type",text:" "+r[1].toFixed(2)}),el("div",{"class":"reason",text:r[2]}));}));}
  }else if(n.group==="target"){
    var t=el("dl");field(t,"指标",d.indicator);field(t,"范围",d.scope);field(t,"比较",d.comparator);field(t,"数值",d.value_text);
    field(t,"标准值",d.value+" "+d.unit);field(t,"变化",d.change==="decrease"?"下降":d.change==="increase"?"提高":"");
    field(t,"基准年",d.base_year);field(t,"期限",d.year);field(t,"时期",d.period);field(t,"力争",d.aspirational?"是（力争/争取）":"否");
    field(t,"文件",docTitle.get(d.doc));panel.appendChild(t);
    section("原句",el("div",{"class":"text",text:d.clause}));
    section("所属措施",list([d.unit_node],function(x){return link(x,unitName(x));}));
  }else if(n.group==="goal"){
    var g=el("dl");field(g,"期限",d.year);field(g,"力争",d.aspirational?"是":"否");field(g,"文件",docTitle.get(d.doc));panel.appendChild(g);
    section("原文",el("div",{"class":"text",text:d.text}));
    section("所属措施",list([d.unit_node],function(x){return link(x,unitName(x));}));
  }else if(n.group==="actor"){
    var a=el("dl");field(a,"英文",d.en);field(a,"类别",d.kind);panel.appendChild(a);
    grouped(id,"out",["lead","co-lead","participant","mentioned"]);grouped(id,"in",["concerns"]);
  }else if(n.group==="indicator"){
    var ts=nbrs(id,"indicator","in");
    section("各文件中的目标值（"+ts.length+"）",list(ts,function(x){var q=DET[x]||{};
      return el("span",null,link(x,(q.year?q.year+"年 ":"")+byId.get(x).title),el("span",{"class":"type",text:(docTitle.get(q.doc)||"").slice(0,14)}));}));
    grouped(id,"in",["concerns"]);
  }else{
    if(n.group==="document"&&D.overview){var o=el("dl");field(o,"日期",d.date);field(o,"部分",d.parts);field(o,"措施",d.measures);
      field(o,"目标值",d.targets);panel.appendChild(o);}
    if(d.en)panel.appendChild(el("p",{text:d.en}));
    grouped(id,"in",["sector","place","due","has_part","concerns"]);grouped(id,"out",["has_part","concerns"]);
  }
}
function focus(id){
  if(!byId.has(id)){notice.textContent=D.overview?"概览图只含文件与概念（文件过多，未画出各措施）；该节点请在原文阅读页中查看。":"图中没有该节点。";return;}
  if(!visible.has(id)){reset();notice.textContent="已重置筛选以显示该节点。";}
  network.selectNodes([id]);network.focus(id,{scale:Math.max(network.getScale(),1.0),animation:false});show(id);
  if(location.hash!=="#node="+encodeURIComponent(id))history.replaceState(null,"","#node="+encodeURIComponent(id));}
network.on("click",function(p){if(p.nodes.length)focus(p.nodes[0]);});
function fromHash(){var h=location.hash;if(h.indexOf("#node=")===0){focus(decodeURIComponent(h.slice(6)));}}
window.addEventListener("hashchange",fromHash);
window.policykg={focus:focus,find:find,visible:function(){return visible.size;},network:network};
fromHash();
})();
"""
