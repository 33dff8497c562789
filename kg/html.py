"""Documents → a self-contained reading page (no network, every fragment escaped)."""
from __future__ import annotations

from html import escape

from .model import Document, Node

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'"

_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0;display:flex;color:#222;line-height:1.7}
nav{width:22rem;height:100vh;overflow:auto;position:sticky;top:0;border-right:1px solid #ddd;padding:1rem;
box-sizing:border-box;font-size:.9rem;background:#fafafa}
main{flex:1;padding:1rem 2rem;max-width:60rem}
nav a{color:#234;text-decoration:none}nav ul{padding-left:1rem;margin:.2rem 0}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin-bottom:.2rem}
.meta{color:#555;font-size:.9rem}.num{color:#a33;font-weight:bold;margin-right:.3rem}
.measure{margin:0 0 1rem 0}.measure p{margin:.2rem 0}.issue{color:#a33}
section.doc{margin-bottom:3rem}:target{background:#fff6d5}
"""


def _node_text(doc: Document, node: Node) -> str:
    start = node.body_start if node.body_start is not None else node.start
    return doc.text[start:node.end]


def _anchor(doc_id: str, node: Node) -> str:
    return f"{doc_id}-{node.path.replace('/', '-')}"


def render_index(docs: list[tuple[str, Document]]) -> str:
    """One page: a table of contents per document and every part and measure, escaped."""
    nav, body = [], []
    for doc_iri, doc in docs:
        doc_id = "d" + doc_iri.rsplit("/", 1)[-1]
        title = doc.meta.get("title") or doc.source.name
        nav.append(f'<p><a href="#{doc_id}">{escape(title)}</a></p><ul>')
        body.append(f'<section class="doc" id="{doc_id}"><h1>{escape(title)}</h1>')
        facts = [
            ("日期", doc.meta.get("date")),
            ("文号", doc.meta.get("doc_number")),
            ("发文机关", "、".join(doc.meta.get("issuers", [])) or None),
            ("来源文件", f"{doc.source.name} ({doc.source.format}, {doc.source.encoding})"),
            ("IRI", doc_iri),
        ]
        body.append('<p class="meta">' + "<br>".join(f"{escape(k)}：{escape(v)}" for k, v in facts if v) + "</p>")
        for issue in doc.issues:
            body.append(f'<p class="issue">⚠ {escape(issue.message)}（第{issue.line}行）</p>')
        for node in doc.root.children:
            _render(doc, doc_id, node, nav, body, level=2)
        nav.append("</ul>")
        body.append("</section>")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>policykg</title><style>{_STYLE}</style></head><body>"
        f"<nav><h2>目录</h2>{''.join(nav)}</nav><main>{''.join(body)}</main></body></html>\n"
    )


_LABEL = {"notice": "印发通知", "preamble": "导语", "annex": "附件"}


def _render(doc: Document, doc_id: str, node: Node, nav: list, body: list, level: int) -> None:
    anchor = _anchor(doc_id, node)
    if node.kind in ("part", "annex", "notice", "preamble"):
        heading = _LABEL.get(node.kind, "")
        if node.kind == "part":
            heading = f"{node.number}、{node.title or ''}"
        elif node.kind == "annex":
            heading = f"附件{node.number or ''} {node.title or ''}"
        nav.append(f'<li><a href="#{anchor}">{escape(heading)}</a></li>')
        body.append(f'<h{level} id="{anchor}">{escape(heading)}</h{level}>')
        paragraphs = [c for c in node.children if c.kind == "sentence"]
        if paragraphs and node.kind != "part":
            body.append("<p>" + escape(_node_text(doc, node)).replace("\n", "</p><p>") + "</p>")
        elif paragraphs:
            own = "".join(doc.text[s.start:s.end] for s in paragraphs)
            body.append(f"<p>{escape(own)}</p>")
        if node.kind != "preamble" and node.kind != "notice":
            nav.append("<ul>")
            for child in node.children:
                if child.kind in ("part", "measure"):
                    _render(doc, doc_id, child, nav, body, level + 1)
            nav.append("</ul>")
        return
    if node.kind == "measure":
        nav.append(f'<li><a href="#{anchor}">（{escape(node.number or "")}）{escape(node.title or "")}</a></li>')
        text = _node_text(doc, node)
        body.append(
            f'<div class="measure" id="{anchor}"><p><span class="num">（{escape(node.number or "")}）</span>'
            + escape(text).replace("\n", "</p><p>")
            + "</p></div>"
        )
