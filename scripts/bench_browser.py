#!/usr/bin/env python3
"""Time to a usable graph page, seed against seed + corpus, in headless Debian chromium, offline.

    python scripts/bench_browser.py [--rounds 5] [--seed DIR] [--corpus DIR] [--shots DIR]

For each build (built into a temporary folder unless given): opens index.html from the file
system with every non-file request aborted, and measures (median over --rounds fresh pages)
the time from navigation start to the first drawn frame (the page sets window.policykgReady),
and to a search answered and a node's panel shown. Prints the ratio corpus/seed, and with
--shots writes screenshots of the seed graph, a measure panel, the reading view and the
corpus graph.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(sources: list[Path]) -> Path:
    out = Path(tempfile.mkdtemp()) / "out"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, sources), "--out", str(out), "--no-store"],
                   check=True, capture_output=True, cwd=ROOT)
    return out


def measure(browser, site: Path, rounds: int) -> tuple[float, float, int]:
    ready, usable, nodes = [], [], 0
    for _ in range(rounds):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto((site / "index.html").as_uri())
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
        ready.append(page.evaluate("window.policykgReady"))
        page.fill("#search", "生态环境部")
        page.locator("#results button").first.click()
        page.wait_for_selector("#panel h2", state="attached")
        usable.append(page.evaluate("performance.now()"))
        nodes = page.evaluate("window.policykg.visible()")
        page.close()
    return statistics.median(ready), statistics.median(usable), nodes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=Path, help="a build of the seed")
    ap.add_argument("--corpus", type=Path, help="a build of the seed plus the corpus")
    ap.add_argument("--shots", type=Path, help="folder to write screenshots into")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    seed = args.seed or build([ROOT / "seeds"])
    corpus = args.corpus or build([ROOT / "seeds", ROOT.parent / "shared" / "corpus"])
    if not (args.seed and args.corpus):
        print(f"builds: {time.perf_counter() - t:.1f} s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        rows = {}
        for name, site in (("seed", seed), ("seed+corpus", corpus)):
            size = (site / "index.html").stat().st_size / 1e6
            r, u, n = measure(browser, site, args.rounds)
            rows[name] = (r, u)
            print(f"{name:12} index.html {size:5.1f} MB, {n:5d} nodes: first frame {r:6.0f} ms, "
                  f"search + panel answered at {u:6.0f} ms (median of {args.rounds})")
        print(f"ratio seed+corpus / seed: first frame {rows['seed+corpus'][0] / rows['seed'][0]:.1f}x, "
              f"usable {rows['seed+corpus'][1] / rows['seed'][1]:.1f}x")
        if args.shots:
            args.shots.mkdir(parents=True, exist_ok=True)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto((seed / "index.html").as_uri())
            page.wait_for_selector("body[data-ready]", state="attached")
            page.screenshot(path=str(args.shots / "seed-graph.png"))
            page.evaluate("window.policykg.focus(window.policykg.find('（五）')[0].id)")
            page.screenshot(path=str(args.shots / "seed-measure-panel.png"))
            text = next((seed / "text").glob("*.html"))
            page.goto(text.as_uri() + "#measure-5")
            page.screenshot(path=str(args.shots / "seed-reading-view.png"))
            page.goto((seed / "targets.html").as_uri())
            page.screenshot(path=str(args.shots / "seed-targets.png"))
            page.goto((corpus / "index.html").as_uri())
            page.wait_for_selector("body[data-ready]", state="attached")
            page.screenshot(path=str(args.shots / "corpus-graph.png"))
            print(f"screenshots in {args.shots}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
