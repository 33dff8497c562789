"""Where a build's bytes go (issue 17, the output folder ≤ 40× the input): graph.nq by part of the
line, by predicate and by kind of subject, the store by file, the pages, and what gzip makes of graph.nq.

    python scripts/bench_bytes.py BUILD [--input BYTES]

``BUILD`` is a build's folder (``policykg build … --out BUILD``); ``--input`` the bytes of its
sources, for the ratios (``bench_build.py`` prints them: 340,881 for ../shared/corpus + seeds).
Reads the build only; prints Markdown tables.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from kg import nqfile

_LINE = re.compile(rb"(<[^>]*>) (<[^>]*>) (.*) (<[^>]*>) \.\n$")


def _kind(subject: bytes) -> str:
    s = subject.decode("utf-8")[1:-1]
    if "#char=" in s:
        return "fragment (#char=)"
    if "/eli/cn/" in s:
        path = s.split("/eli/cn/", 1)[1].split("#")[0].split("/")
        # after the date (yyyy/mm/dd or "undated") comes the title's key, then the structural path
        tail = path[next((i for i, x in enumerate(path) if re.fullmatch(r"[0-9a-f]{12}", x)), len(path)) + 1:]
        if not tail:
            return "document"
        if tail[0] in ("annotation", "value"):
            return f"{tail[0]}:{re.sub(r'_[0-9].*', '', tail[1]) if len(tail) > 1 else ''}"
        return re.sub(r"_[^_]*$", "", tail[-1]) if "_" in tail[-1] else tail[-1]
    m = re.search(r"/policykg/([a-z]+)/", s)
    return m.group(1) if m else s.rsplit("/", 1)[0]


def _size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else p.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--input", type=int, default=340_881, help="bytes of the build's sources")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    nq = nqfile.find(args.build)  # graph.nq.gz (its lines read), or a plain graph.nq of an earlier version
    parts = Counter()
    by_pred, n_pred, lit_pred = Counter(), Counter(), Counter()
    by_kind, n_kind = Counter(), Counter()
    lines = 0
    with nqfile.open_lines(nq) as fh:
        raw = fh.read()
    for line in raw.splitlines(keepends=True):
        m = _LINE.match(line)
        if not m:
            continue
        lines += 1
        s, p, o, g = m.groups()
        parts["subject"] += len(s)
        parts["predicate"] += len(p)
        parts["object: IRI" if o.startswith(b"<") else "object: literal"] += len(o)
        parts["graph name"] += len(g)
        parts["spaces, dot, newline"] += len(line) - len(s) - len(p) - len(o) - len(g)
        pred = p.decode()[1:-1]
        by_pred[pred] += len(line)
        n_pred[pred] += 1
        if not o.startswith(b"<"):
            lit_pred[pred] += len(o)
        k = _kind(s)
        by_kind[k] += len(line)
        n_kind[k] += 1
    total = len(raw)
    gz = len(gzip.compress(raw, 6))
    inp = args.input
    print(f"## {args.build}: graph.nq {total:,} bytes, {lines:,} quads ({total / max(lines, 1):.0f} bytes a quad); "
          f"gzip -6: {gz:,} bytes ({total / gz:.0f}-fold)")
    print()
    print("| part of the line | bytes | share |")
    print("|---|---:|---:|")
    for k, v in parts.most_common():
        print(f"| {k} | {v:,} | {v / total:.0%} |")
    print()
    print("| predicate | quads | bytes | share | of which literal |")
    print("|---|---:|---:|---:|---:|")
    for p, v in by_pred.most_common(args.top):
        print(f"| {p} | {n_pred[p]:,} | {v:,} | {v / total:.1%} | {lit_pred[p]:,} |")
    print()
    print("| subject | quads | bytes | share |")
    print("|---|---:|---:|---:|")
    for k, v in by_kind.most_common(args.top):
        print(f"| {k} | {n_kind[k]:,} | {v:,} | {v / total:.1%} |")
    print()
    folder = {p.name: _size(p) for p in sorted(args.build.iterdir()) if not p.name.startswith(".")}
    out = sum(folder.values())
    print(f"| in the folder (without the cache) | bytes | × the input ({inp:,} bytes) |")
    print("|---|---:|---:|")
    for name, v in sorted(folder.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {v:,} | {v / inp:.1f}× |")
    print(f"| **total** | {out:,} | **{out / inp:.0f}×** |")
    store = args.build / "store"
    if store.is_dir():
        kinds = Counter()
        for f in store.rglob("*"):
            if f.is_file():
                kinds["LOG.old.*" if f.name.startswith("LOG.old") else f.suffix or f.name] += f.stat().st_size
        print()
        print(f"store: {', '.join(f'{k} {v:,}' for k, v in kinds.most_common())}; "
              f"{folder.get('store', 0) / max(lines, 1):.0f} bytes a quad of graph.nq")
    _pages(args.build)
    bar = 40 * inp
    pages = out - folder.get("store", 0) - folder.get(nq.name, 0)
    print()
    print(f"40× the input is {bar:,} bytes; without the store and graph.nq the folder is {pages:,} "
          f"({pages / inp:.1f}×), which leaves {bar - pages:,} bytes for graph.nq and the store together.")


_BLOCK = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1>", re.S)


def _pages(build: Path) -> None:
    """The pages' bytes: inlined scripts (the page data apart), styles, markup; the JSON files minified."""
    rows = Counter()
    files = [build / n for n in ("index.html", "documents.html", "targets.html", "responsibility.html")]
    files += sorted((build / "text").glob("*.html")) if (build / "text").is_dir() else []
    seen = Counter()  # each inlined block's bytes, to see what is repeated page after page
    for f in files:
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8")
        size = len(text.encode("utf-8"))
        inlined = 0
        for m in _BLOCK.finditer(text):
            n = len(m.group(3).encode("utf-8"))
            kind = "page data (JSON)" if "application/json" in m.group(2) else m.group(1)
            rows[kind] += n
            inlined += n
            if kind != "page data (JSON)":
                seen[m.group(3)] += 1
        rows["markup"] += size - inlined
    repeated = sum(len(t.encode("utf-8")) * (k - 1) for t, k in seen.items() if k > 1)
    total = sum(rows.values())
    print()
    print(f"| pages ({len(files)} files) | bytes | share |")
    print("|---|---:|---:|")
    for k, v in rows.most_common():
        print(f"| {k} | {v:,} | {v / max(total, 1):.0%} |")
    print(f"| (scripts and styles inlined again in another page: what one shared file would save) | {repeated:,} | |")
    _page_data(build / "index.html")
    proj = build / "projection.json.gz"
    if proj.is_file():
        raw = gzip.decompress(proj.read_bytes())
        mini = json.dumps(json.loads(raw), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        print(f"| projection.json.gz: gzipped / its JSON as written / minified | {proj.stat().st_size:,} / {len(raw):,}"
              f" / {len(mini):,} | |")



def _page_data(index: Path) -> None:
    """The graph page's data (pk-data) by key, and the panels (``details``) by field, as the page holds them."""
    m = re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', index.read_text(encoding="utf-8")
                  if index.is_file() else "", re.S)
    if not m:
        return

    def size(v) -> int:
        return len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    data = json.loads(m.group(1))
    fields = Counter()
    for key, d in data.get("details", {}).items():
        fields["(keys)"] += size(key) + 1
        for k, v in d.items():
            fields[k] += size(k) + 1 + size(v) + 1
    print()
    print(f"| index.html's pk-data ({len(m.group(1).encode('utf-8')):,} bytes) by key | bytes |")
    print("|---|---:|")
    for k, v in sorted(((k, size(v)) for k, v in data.items()), key=lambda kv: -kv[1]):
        print(f"| {k} | {v:,} |")
    print("| details by field: " + ", ".join(f"{k} {v:,}" for k, v in fields.most_common(8)) + " | |")


if __name__ == "__main__":
    main()
