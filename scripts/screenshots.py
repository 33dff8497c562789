"""Refresh the README's screenshots: the seed's graph page and its reading view, in headless chromium.

    .venv/bin/python scripts/screenshots.py          # writes corpus/screenshots/graph.png, reading.png

Builds the seed into a temporary folder with ``policykg build``, opens the pages from files,
and aborts every request that is not a file (the pages are offline; anything else is a bug
and is reported). Needs playwright (``pip install -e '.[test]'``) and Debian's chromium.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
VIEWPORT = {"width": 1280, "height": 800}


def build_seed(folder: Path) -> Path:
    out = folder / "out"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(out)], cwd=ROOT, check=True)
    return out


def shoot(site: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []

    def offline(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"])
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.route("**/*", offline)
            page.goto((site / "index.html").as_uri())
            page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
            target = OUT / "graph.png"
            page.screenshot(path=str(target))
            written.append(target)

            reading = next((site / "text").glob("*.html"))
            page.goto(reading.as_uri() + "#measure-5")
            page.wait_for_load_state("load")
            target = OUT / "reading.png"
            page.screenshot(path=str(target))
            written.append(target)
        finally:
            browser.close()
    if blocked:
        raise SystemExit(f"the pages tried to reach the network (aborted): {blocked[:5]}")
    return written


def main() -> None:
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"no chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(build_seed(Path(tmp))):
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
