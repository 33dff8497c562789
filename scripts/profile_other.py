"""Where the "other" seconds of ``scripts/bench_build.py`` go (issue 17): a sampling profile of one
default build, each sample of the main thread (and of the threads beside it) given to the stage of
bench_build.py's table whose function is on its stack, else to "other", which is then broken
down by the innermost policykg function (or module being imported) on the stack.

    python scripts/profile_other.py SRC OUT [--interval 0.002] [--top 40]

``OUT`` is built afresh (removed first when it holds a build). The build runs in this process as
``policykg build SRC --out OUT --jobs 1 -q`` runs it; start-up (the imports) is sampled too. The
samples count thread CPU time when it moved, so a loaded machine distorts the shares less than wall.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_build import STAGES  # noqa: E402

# (file suffix, function name) → stage
_STAGE_CODE = {}
for _stage, _names in STAGES.items():
    for _module, _attr in _names:
        for _file in (_module.replace(".", "/") + ".py", _module.replace(".", "/") + "/__init__.py"):
            _STAGE_CODE[(_file, _attr.split(".")[-1])] = _stage


def _classify(frame) -> tuple[str, str]:
    """(stage or "other", the innermost kg function or imported module on the stack)."""
    inner, importing, stage = None, None, None
    f = frame
    while f is not None:
        code = f.f_code
        name = code.co_filename
        if "/kg/" in name and "/site-packages/" not in name:
            rel = "kg/" + name.split("/kg/", 1)[1]
            if stage is None:
                stage = _STAGE_CODE.get((rel, code.co_name))
            if inner is None and code.co_name != "<module>":
                inner = f"{rel}:{code.co_name}"
        if code.co_name == "<module>" and "importlib" not in name and name != __file__ \
                and not name.endswith("kg/cli/__init__.py"):
            importing = name  # the outermost module being imported wins
        f = f.f_back
    if stage:
        return stage, ""
    if importing:
        short = importing.split("site-packages/")[-1] if "site-packages" in importing else importing.split("/wt-s2/")[-1]
        return "other", f"import {short}" + (f" ({inner})" if inner else "")
    return "other", inner or "(outside kg)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--interval", type=float, default=0.002)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    out = Path(args.out)
    if any((out / n).exists() for n in ("graph.nq.gz", "graph.nq")):
        shutil.rmtree(out)
    samples: Counter = Counter()
    stages: Counter = Counter()
    done = threading.Event()
    main_id = threading.main_thread().ident

    def sampler():
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(args.interval)
            now = time.perf_counter()
            spent, last = now - last, now
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                stage, where = _classify(frame)
                key = stage if ident == main_id else f"{stage} (beside)"
                stages[key] += spent
                if stage == "other":
                    samples[(key, where)] += spent

    th = threading.Thread(target=sampler, daemon=True)
    t0 = time.perf_counter()
    th.start()
    from kg.cli import main as cli

    try:
        cli(["build", args.src, "--out", args.out, "--jobs", "1", "-q"], standalone_mode=False)
    finally:
        done.set()
        th.join()
    wall = time.perf_counter() - t0
    print(f"wall {wall:.2f} s (sampled; the sampler itself costs a little)")
    for key, s in stages.most_common():
        print(f"{s:7.2f}  {key}")
    print()
    print("other, by innermost policykg function (or import):")
    for (key, where), s in samples.most_common(args.top):
        print(f"{s:7.2f}  {key:16} {where}")


if __name__ == "__main__":
    main()
