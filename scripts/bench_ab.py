"""The default build's CPU against jieba's core, two checkouts interleaved (issue 17).

    python scripts/bench_ab.py /path/to/other/checkout [--rounds 3] [--jobs 1]

The machine is shared, so one run of each says little: this builds ../shared/corpus + seeds/ with
this checkout (B) and with another (A, e.g. ``git archive main | tar -x -C /tmp/main``) in turns,
A B A B …, each a fresh process (``bench_build.py --child --no-stages``, this venv's Python, the
checkout's ``kg`` first on the path), and prints each run's CPU seconds and its ratio to the core
(jieba.lcut of the same texts, dictionary loaded beforehand, best of three), then the medians.
The core is measured again before each round, as it was once before the first (``_core``'s passes, best of three): on a
shared machine it moved from 0.31 to 0.45 s between runs of one session, and a round's builds are divided by the core
measured next to them. The medians are said both ways: the median build over the median core, and the median of the
rounds' own ratios (and their minimum and maximum); the core measured once at the start is printed too, for comparison
with earlier runs. The best of three passes is a figure of the quietest 0.3 s before the round, while a build's CPU is
spent over 5-60 s of the machine's load: on a machine loaded 11-23 (session 19, 6 rounds) the passes of one round
ranged 0.35-0.56 s and the ratio to the best of three moved 11.0-13.6× (8% of its mean) while the build moved 4.6%.
So each round also measures the "core around the builds": the median of ``PASSES`` passes before the builds and as many
after them, spanning the same load (the ratio to it moved 10.4-11.4×, 3%, on those rounds); both ratios are printed,
the best of three's stays the headline one (the larger, the conservative).
Each build's CPU is the whole process's (every thread, the store's load and RocksDB's included, and the processes it
started), taken apart in the table (``PARTS``): user and sys; the main thread's CPU (the build
itself) and the rest of the process beside it (the store); the garbage collector's share; and the machine's 1-minute
load average as the build started (2 CPUs: a load above 2 means the build waited for a CPU, and a build's CPU seconds
grow with the load: caches shared with the other processes, more preemptions).
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
import time
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


# a build's CPU taken apart (bench_build.py's child measures them; an older checkout's child gives "CPU" alone):
# user and sys, all threads; the main thread's (the build: read … pages, its GC included); beside it, the process's
# CPU outside its main thread (the store's load and RocksDB's threads, the store's finish, Python threads), and
# the cyclic garbage collector's CPU in any thread
PARTS = ("CPU", "user", "sys", "main thread", "beside", "GC")


# passes of jieba's cut before a round's builds and as many after them: the core around the builds is their median
PASSES = 5


def _texts(files: list[Path]) -> list[str]:
    """The texts read, jieba's dictionary loaded (nothing timed), as ``_core`` prepares them."""
    import jieba

    from kg.text.read import read_bytes

    texts = [read_bytes(p.read_bytes(), p.name).text for p in files]
    jieba.setLogLevel(60)
    jieba.initialize()
    return texts


def _passes(texts: list[str], n: int) -> list[float]:
    """The CPU seconds of each of ``n`` passes of jieba.lcut over ``texts`` (``_core``'s pass)."""
    import jieba

    spent = []
    for _ in range(n):
        c0 = time.process_time()
        for t in texts:
            jieba.lcut(t)
        spent.append(time.process_time() - c0)
    return spent


def _part(data: dict, part: str) -> float | None:
    if part == "CPU":
        return data["cpu"]
    if part == "beside":
        return data["cpu"] - data["main"] if "main" in data else None
    return data.get({"main thread": "main", "GC": "gc"}.get(part, part))


def _parts(data: dict) -> str:
    return " | ".join("–" if (v := _part(data, p)) is None else f"{v:.2f}" for p in PARTS[1:])


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
        runs: dict[str, list[dict]] = {"A": [], "B": []}
        ratios: dict[str, list[float]] = {"A": [], "B": []}
        around_ratios: dict[str, list[float]] = {"A": [], "B": []}
        cores: list[float] = []
        arounds: list[float] = []
        texts = _texts(files)
        print(f"core (jieba.lcut, best of three) at the start: {core_cpu:.2f} s CPU; A = {args.other.resolve()}, B = {ROOT}")
        print()
        print("| round | load | tree | CPU s | user | sys | main thread | beside | GC | wall s | core s (this round) "
              "| CPU / core | core around s | CPU / core around |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in range(args.rounds):
            before = _passes(texts, PASSES)  # measured again next to this round's builds
            round_core = min(before[:3])  # the best of three, as _core
            cores.append(round_core)
            got = []
            for name, tree in trees:
                got.append((name, _run(tree, src, work / f"out-{name}", args.jobs, work / f"cache-{name}")))
            around = statistics.median(before + _passes(texts, PASSES))
            arounds.append(around)
            for name, data in got:
                runs[name].append(data)
                ratios[name].append(data["cpu"] / round_core)
                around_ratios[name].append(data["cpu"] / around)
                print(f"| {r + 1} | {data.get('load', 0):.1f} | {name} | {data['cpu']:.2f} | {_parts(data)} | "
                      f"{data['wall']:.2f} | {round_core:.2f} | {data['cpu'] / round_core:.1f}× | {around:.2f} | "
                      f"{data['cpu'] / around:.1f}× |", flush=True)
        core_m = statistics.median(cores)
        print()
        print(f"core: median {core_m:.2f} s CPU over the rounds ({min(cores):.2f}–{max(cores):.2f}), "
              f"{core_cpu:.2f} s at the start; core around the builds: median {statistics.median(arounds):.2f} s "
              f"({min(arounds):.2f}–{max(arounds):.2f})")
        for name, got in runs.items():
            m = statistics.median(d["cpu"] for d in got)
            print(f"median {name}: {m:.2f} s CPU, {m / core_m:.1f}× the median core "
                  f"(the rounds' ratios: median {statistics.median(ratios[name]):.1f}×, "
                  f"minimum {min(ratios[name]):.1f}×, maximum {max(ratios[name]):.1f}×; "
                  f"{m / core_cpu:.1f}× the core at the start); to the core around the builds: median "
                  f"{statistics.median(around_ratios[name]):.1f}×, minimum {min(around_ratios[name]):.1f}×, "
                  f"maximum {max(around_ratios[name]):.1f}×")
        print()
        print("| tree | part | median s | range s |")
        print("|---|---|---|---|")
        for name, got in runs.items():
            for part in PARTS:
                values = [_part(d, part) for d in got]
                if all(v is not None for v in values):
                    print(f"| {name} | {part} | {statistics.median(values):.2f} | {min(values):.2f}–{max(values):.2f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
