#!/usr/bin/env python3
"""The graph page of a large build (issue 17.5): layout time at build time and opening time in Chromium.

    python scripts/bench_graph_page.py [--docs 500] [--rounds 3] [--keep DIR]

Parses the documents of ../shared/corpus once, then makes a build of --docs documents by repeating
their projections under distinct document IRIs (what a 500-document build's overview holds: every
document and the concepts it concerns), computes the layout and renders index.html as a build does,
and opens it in headless Debian chromium, offline: the time from navigation start to the first drawn
frame (``window.policykgReady``), median of --rounds fresh pages.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.graph.rdf import document_iri  # noqa: E402
from kg.pages.layout import layout  # noqa: E402
from kg.pages.projection import View, fragment, merge, overview  # noqa: E402
from kg.pages.render import render_graph_page  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402


def renamed(view: View, k: int) -> View:
    """The overview share of a document under the IRI ``<iri>-k`` (a distinct document)."""
    (d, title), = view.docs
    new = f"{d}-{k}"
    g = view.graph.copy()
    import networkx as nx

    g = nx.relabel_nodes(g, {d: new})
    details = dict(view.details)
    details[new] = details.pop(d)
    return View(g, details=details, docs=[(new, f"{title}（{k}）")], overview=True)


def synthetic_overview(docs: int) -> View:
    shares = []
    for path in sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")):
        doc = process_bytes(path.read_bytes(), path.name)
        iri = str(document_iri(doc))
        shares.append(overview(fragment(iri, doc)))
    views = [renamed(shares[k % len(shares)], k) for k in range(docs)]
    view = merge(sorted(views, key=lambda v: v.docs[0][0]))
    view.overview = True
    return view


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="folder to write index.html into (kept)")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    t = time.perf_counter()
    view = synthetic_overview(args.docs)
    print(f"{args.docs} documents: {view.graph.number_of_nodes():,} nodes, {view.graph.number_of_edges():,} edges "
          f"(projections in {time.perf_counter() - t:.1f} s)")
    t = time.perf_counter()
    for node, (x, y) in layout(view.graph).items():
        view.graph.nodes[node].update(x=x, y=y)
    print(f"layout at build time: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    page = render_graph_page(view)
    site = args.keep or Path(tempfile.mkdtemp())
    site.mkdir(parents=True, exist_ok=True)
    (site / "index.html").write_text(page, encoding="utf-8")
    print(f"index.html: {len(page.encode()) / 1e6:.1f} MB rendered in {time.perf_counter() - t:.1f} s")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        ready = []
        for _ in range(args.rounds):
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            tab.goto((site / "index.html").as_uri())
            tab.wait_for_selector("body[data-ready]", state="attached", timeout=120000)
            ready.append(tab.evaluate("window.policykgReady"))
            tab.close()
        browser.close()
    print(f"first frame in Chromium: {statistics.median(ready):.0f} ms (median of {args.rounds}; {sorted(ready)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
