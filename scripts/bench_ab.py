"""The default build's CPU against jieba's core, two checkouts interleaved (issue 17).

    python scripts/bench_ab.py /path/to/other/checkout [--rounds 3] [--jobs 1]

The machine is shared, so one run of each says little: this builds ../shared/corpus + seeds/ with
this checkout (B) and with another (A, e.g. ``git archive main | tar -x -C /tmp/main``) in turns,
A B A B …, each a fresh process (``bench_build.py --child --no-stages``, this venv's Python, the
checkout's ``kg`` first on the path), and prints each run's CPU seconds and its ratio to the core
(jieba.lcut of the same texts, dictionary loaded beforehand, best of three), then the medians.
The core is measured again before each round, as it was once before the first (the same function, ``_core``): on a
shared machine it moved from 0.31 to 0.45 s between runs of one session, and a round's builds are divided by the core
measured next to them. The medians are said both ways: the median build over the median core, and the median of the
rounds' own ratios; the core measured once at the start is printed too, for comparison with earlier runs.
Each checkout keeps its own per-machine cache (``XDG_CACHE_HOME`` in the run's temporary folder), warmed by one build
that is not timed, as a user's machine has it after a first build: two versions writing one cache in turn would each
find the other's entries (the regex cache is one file a machine) and rewrite them at every round.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_build import _core, _sources, _user_env  # noqa: E402


def _run(tree: Path, src: Path, out: Path, jobs: int, cache: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    env = {**_user_env(), "PYTHONPATH": str(tree), "XDG_CACHE_HOME": str(cache)}  # bytecode written and read, as a user's build
    cmd = [sys.executable, str(tree / "scripts" / "bench_build.py"), "--child", "--no-stages",
           "--src", str(src), "--out", str(out), "--jobs", str(jobs)]
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"the build with {tree} failed:\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    if data["exit"] != 0:
        sys.exit(f"the build with {tree} exited {data['exit']}:\n{data['output']}")
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("other", type=Path, help="the checkout to compare with (A)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    files = _sources(None)
    for tree in (args.other.resolve(), ROOT):  # each tree's bytecode written before anything is timed, as after a first run
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "kg")], env=_user_env(), check=True)
    _, core_cpu, _ = _core(files)
    work = Path(tempfile.mkdtemp(prefix="policykg-ab-"))
    try:
        src = work / "src"
        src.mkdir()
        for p in files:
            shutil.copyfile(p, src / p.name)
        trees = (("A", args.other.resolve()), ("B", ROOT))
        for name, tree in trees:  # each tree's machine cache written once, untimed
            _run(tree, src, work / f"out-{name}", args.jobs, work / f"cache-{name}")
        cpu: dict[str, list[float]] = {"A": [], "B": []}
        ratios: dict[str, list[float]] = {"A": [], "B": []}
        cores: list[float] = []
        print(f"core (jieba.lcut, best of three) at the start: {core_cpu:.2f} s CPU; A = {args.other.resolve()}, B = {ROOT}")
        print("| round | tree | CPU s | wall s | core s (this round) | CPU / core |")
        print("|---|---|---|---|---|---|")
        for r in range(args.rounds):
            _, round_core, _ = _core(files)  # measured again next to this round's builds
            cores.append(round_core)
            for name, tree in trees:
                data = _run(tree, src, work / f"out-{name}", args.jobs, work / f"cache-{name}")
                cpu[name].append(data["cpu"])
                ratios[name].append(data["cpu"] / round_core)
                print(f"| {r + 1} | {name} | {data['cpu']:.2f} | {data['wall']:.2f} | {round_core:.2f} | "
                      f"{data['cpu'] / round_core:.1f}× |", flush=True)
        core_m = statistics.median(cores)
        print(f"core: median {core_m:.2f} s CPU over the rounds ({min(cores):.2f}–{max(cores):.2f}), "
              f"{core_cpu:.2f} s at the start")
        for name in cpu:
            m = statistics.median(cpu[name])
            print(f"median {name}: {m:.2f} s CPU, {m / core_m:.1f}× the median core "
                  f"(median of the rounds' ratios {statistics.median(ratios[name]):.1f}×, "
                  f"rounds {min(ratios[name]):.1f}–{max(ratios[name]):.1f}×; "
                  f"{m / core_cpu:.1f}× the core at the start)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
