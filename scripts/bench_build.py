"""How fast and how big a build is, against jieba's bare cut of the same texts (issue 17).

    python scripts/bench_build.py                 # ../shared/corpus + seeds/
    python scripts/bench_build.py --pool 100      # the first 100 documents of ../shared/dual-carbon
    python scripts/bench_build.py --pool 500 --jobs 2 --no-stages
    python scripts/bench_build.py --repeat 500 --jobs 2 --no-stages   # the pool's texts repeated to 500

In one run on the same files (copied to a temporary folder, so that one can be changed):
jieba's cut of the texts (the irreducible core: the texts read beforehand, the dictionary loaded
beforehand), the default build (a fresh process, ``--jobs 1`` unless told; each stage's exclusive
share measured by wrapping the stage functions, in wall seconds and in the thread's CPU seconds,
which a loaded machine inflates far less; "other" in CPU is the process's CPU outside the timed stages,
RocksDB's own threads included), peak memory (``ru_maxrss`` of the build's
process, and apart that of the largest process it started and joined: the related measures' process, the store's
update, the workers of ``--jobs``; for the rebuilds too), triples per document, output bytes per input byte, an unchanged rebuild, a rebuild
after one document changed and one after a document was added (wall clock of ``policykg build``,
start-up included). Prints a Markdown table and the ratios. Timings depend on the machine's load.
The stage table has a column for the rebuild after one added document: where its seconds go
(``scripts/profile_added.py`` profiles that rebuild function by function).

``--rounds N`` (default 1) measures the core and the default build N times, in turns (core, build, core, build …;
each build a fresh process into a fresh folder, the first with the stage table), and gives the medians: the ratio is
the median build over the median core, and the rounds' own ratios are printed beside it. The core of one machine moved
from 0.31 to 0.45 s CPU within a session, so one core against one build is a noisy ratio. Each round's build is taken
apart: the machine's 1-minute load average as it started (2 CPUs: above 2, processes wait for a CPU, and a build's CPU
seconds grow with the load: shared caches, preemptions), user and sys CPU (``getrusage``: every thread of the process
and the processes it joined), the main thread's CPU (``time.thread_time`` at the end: the build itself, read …
pages), "beside" (the process's CPU outside its main thread: the store loaded in a thread and RocksDB's own threads,
the store's finish) and the cyclic garbage collector's CPU (``gc.callbacks``, any thread).

``--repeat N`` builds N documents from the pool's texts that are not held out (``corpus/keys/split.tsv``:
no test, test2, test3 or test4 document is read): each text once, then again as copies whose first
non-empty line ends in （第k份）, so that every copy has a title of its own, built with ``--keep-copies``
as a document of its own (a build takes two sources of the same text as one document). A copy's title then
reads differently (its first line is longer), so a few copies are parsed a little differently
from their original: a benchmark of scale, not of tagging.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import inspect
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from kg import nqfile

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# stage → the functions (module, attribute) whose exclusive time is that stage's; methods as "Class.method"
STAGES = {
    "read": [("kg.text.read", "read_bytes")],
    "clean": [("kg.text.clean", "clean")],
    "structure": [("kg.text.structure", "parse")],
    "annotate": [("kg.annotate", "annotate")],
    "link": [("kg.link", "link")],
    "graph": [("kg.graph.rdf", "document_lines"), ("kg.related_memo", "write_runs"),
              ("kg.build", "Build._write_nq"), ("kg.build", "Build._write_formats")],
    "related": [("kg.analysis.related", "doc_profiles"), ("kg.analysis.related", "iter_related"),
                ("kg.related_memo", "related_rows")],
    "align": [("kg.analysis.graph", "prepared"), ("kg.build", "Build._alignments")],
    "pages": [("kg.pages.projection", "fragment"), ("kg.pages.projection", "overview"),
              ("kg.pages.render", "reading_view"), ("kg.pages.render", "matrix_section"),
              ("kg.pages.render", "target_rows"), ("kg.build", "Build._write_pages")],
    "layout": [("kg.pages.layout", "layout")],
    "store": [("kg.query.store", "write_store"), ("kg.store_fresh", "write_fresh_store"),
              ("kg.store_fresh", "StreamedStore.finish"), ("kg.cache", "Cache.update_store")],
    "cache": [("kg.cache", "Cache.put"), ("kg.cache", "Cache.get"), ("kg.cache", "Cache.hash_sources")],
    # the build's main thread waiting for what runs beside it (the store, the serialisations, related measures in
    # a process): wall seconds the work beside takes beyond the pages
    "waiting": [("kg.background", "Background.wait")],
}
# "start-up": the imports of the build's modules before the build starts (numpy and scipy are imported by the
# related measures, jieba's dictionary is read by the first document's annotation: their stages count them)
ORDER = ["start-up"] + list(STAGES) + ["other"]


# -- the child: one instrumented build ----------------------------------------------------------

def _instrument(totals: dict) -> None:
    """Wrap every stage function, wherever a kg module bound it, counting exclusive seconds."""
    import importlib

    import kg.cli  # noqa: F401 - loads what the build command uses
    import kg.build, kg.cache, kg.analysis.related, kg.pages.render, kg.pages.projection, kg.analysis.graph  # noqa: E401,F401
    import kg.query.store, kg.pages.layout, kg.store_fresh, kg.background  # noqa: E401,F401

    local = threading.local()  # a stack per thread: the store is written in a thread beside the pages

    def enter(stage):
        if not hasattr(local, "stack"):
            local.stack = []
        local.stack.append([stage, time.perf_counter(), 0.0, time.thread_time(), 0.0])

    def leave():
        stack = local.stack
        stage, t0, child, c0, child_cpu = stack.pop()
        spent, used = time.perf_counter() - t0, time.thread_time() - c0
        # time spent in another thread overlaps the build's own: counted apart, not in its total
        key = stage if threading.current_thread() is threading.main_thread() else f"{stage} (beside)"
        totals[key] += spent - child
        totals[f"cpu:{key}"] += used - child_cpu  # the thread's CPU seconds: what a loaded machine does not inflate
        if stack:
            stack[-1][2] += spent
            stack[-1][4] += used

    def wrap(fn, stage):
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(*a, **kw):
                it = fn(*a, **kw)
                while True:
                    enter(stage)
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                    finally:
                        leave()
                    yield item
            return gen

        @functools.wraps(fn)
        def timed(*a, **kw):
            enter(stage)
            try:
                return fn(*a, **kw)
            finally:
                leave()
        return timed

    for stage, names in STAGES.items():
        for module, attr in names:
            mod = importlib.import_module(module)
            if "." in attr:
                cls, meth = attr.split(".")
                owner = getattr(mod, cls)
                setattr(owner, meth, wrap(getattr(owner, meth), stage))
                continue
            original = getattr(mod, attr)
            wrapped = wrap(original, stage)
            for m in list(sys.modules.values()):
                if getattr(m, "__name__", "").startswith("kg") and getattr(m, attr, None) is original:
                    setattr(m, attr, wrapped)


def child(args) -> None:
    # the stages' imports come before the build command, which opens the regular expressions' window (kg.regex_cache)
    # only then: opened here first, so that they compile as in a build
    from kg import regex_cache

    with regex_cache.installed() if args.stages else contextlib.nullcontext():
        _child(args)


def _child(args) -> None:
    load = os.getloadavg()[0]  # the machine's 1-minute load as the build starts (2 CPUs: above 2, it waits its turn)
    collections = _gc_clock()
    t0 = time.perf_counter()
    totals: dict[str, float] = defaultdict(float)
    if args.stages:
        c0 = time.thread_time()
        _instrument(totals)
        import kg.mapping, kg.schedule  # noqa: E401,F401 - what the build command imports
        totals["start-up"] = time.perf_counter() - t0
        totals["cpu:start-up"] = time.thread_time() - c0
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["build", args.src, "--out", args.out, "--jobs", str(args.jobs), "-q"]
                                + (["--keep-copies"] if args.repeat else []))
    wall = time.perf_counter() - t0
    totals["other"] = wall - sum(v for k, v in totals.items() if not k.endswith("(beside)") and not k.startswith("cpu:"))
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    if args.stages:  # the process's CPU not in a timed stage of its main thread nor in a thread beside
        totals["cpu:other"] = cpu - sum(v for k, v in totals.items() if k.startswith("cpu:"))
    # ru_maxrss of RUSAGE_CHILDREN is the largest process this one started and waited for: the related measures' and
    # the store update's processes (kg.background joins them before the build returns), the workers of --jobs (joined
    # at the pool's shutdown); checked with a spawned process of 400 MB beside a 13 MB parent (children 414 MB)
    main_cpu = time.thread_time()  # the main thread's CPU (the build runs in it; the store loads in threads beside)
    print(json.dumps({"wall": wall, "stages": totals, "exit": result.exit_code, "output": result.output[-2000:],
                      "cpu": cpu, "self_kb": me.ru_maxrss, "beside_kb": kids.ru_maxrss,
                      "maxrss_kb": max(me.ru_maxrss, kids.ru_maxrss),
                      "user": me.ru_utime + kids.ru_utime, "sys": me.ru_stime + kids.ru_stime,
                      "main": main_cpu, "gc": collections[0], "collections": collections[1], "load": load,
                      "faults": me.ru_minflt + me.ru_majflt, "switches": me.ru_nvcsw, "preempted": me.ru_nivcsw}))


def _gc_clock() -> list:
    """[CPU seconds, count] of the cyclic garbage collector's collections in this process from now on (every
    thread's: gc.callbacks run in the thread that collects; thread_time, so the machine's load does not count)."""
    spent = [0.0, 0]
    started: list[float] = []

    def clock(phase, info):
        if phase == "start":
            started.append(time.thread_time())
        elif started:
            spent[0] += time.thread_time() - started.pop()
            spent[1] += 1

    gc.callbacks.append(clock)
    return spent


# -- the parent ----------------------------------------------------------------------------------

def _sources(pool: int | None) -> list[Path]:
    if not pool:
        return sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.txt"))
    texts = sorted((SHARED / "dual-carbon").glob("*.txt"), key=lambda p: int(p.stem))
    pdfs = sorted((SHARED / "dual-carbon" / "pdf").glob("*.pdf"), key=lambda p: int(p.stem))
    return (texts + pdfs)[:pool]


def _extra(pool: int | None, taken: list[Path]) -> Path:
    """A document not in the build, to add."""
    texts = sorted((SHARED / "dual-carbon").glob("*.txt"), key=lambda p: int(p.stem))
    names = {p.name for p in taken}
    return next(p for p in texts if p.name not in names)


def _held_out() -> set[str]:
    """The pool's held-out documents (test, test2, test3, test4 of corpus/keys/split.tsv), never read here."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from score import held_out

    return {f"{n}.txt" for n in held_out()}


def _repeated(n: int, src: Path) -> tuple[list[Path], Path]:
    """``n`` documents written into ``src`` from the pool's texts that are not held out, repeated with
    distinct titles; and one more such copy, outside ``src``, to add."""
    held = _held_out()
    texts = [p for p in sorted((SHARED / "dual-carbon").glob("*.txt"), key=lambda p: int(p.stem)) if p.name not in held]
    written = []
    for i in range(n + 1):
        p, copy = texts[i % len(texts)], i // len(texts) + 1
        data = p.read_bytes()
        if copy > 1:
            lines = data.decode("utf-8").split("\n")
            first = next((k for k, line in enumerate(lines) if line.strip()), 0)
            lines[first] = lines[first].rstrip() + f"（第{copy}份）"
            data = "\n".join(lines).encode("utf-8")
        target = (src if i < n else src.parent) / (p.name if copy == 1 else f"{p.stem}-{copy}.txt")
        target.write_bytes(data)
        written.append(target)
    return written[:n], written[n]


REPEATED = False  # set by --repeat


def _user_env() -> dict:
    """The environment a user's build runs in: Python writes and reads its bytecode (__pycache__). A sandbox that sets
    PYTHONDONTWRITEBYTECODE would make every build compile kg from source (~0.3 s of CPU a user never pays: an
    installed package has its bytecode, an editable one writes it on the first run)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_once() -> None:
    """kg's bytecode written before anything is timed, as after a user's first run."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], env=_user_env(), check=True)


def _build(src: Path, out: Path, jobs: int, stages: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", "--src", str(src), "--out", str(out), "--jobs", str(jobs)]
    if REPEATED:  # copies of one text are one document to a build: --keep-copies builds each
        cmd += ["--repeat", "1"]
    if not stages:
        cmd.append("--no-stages")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=_user_env())
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"the build failed:\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["process"] = wall
    return data


def _size(folder: Path, skip: tuple[str, ...] = ()) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink() and p.relative_to(folder).parts[0] not in skip)


def _core(files: list[Path]) -> tuple[float, float, int]:
    """jieba.lcut over the texts, read beforehand, dictionary loaded beforehand: (seconds, CPU seconds, characters)."""
    import jieba

    from kg.text.read import read_bytes

    texts = [read_bytes(p.read_bytes(), p.name).text for p in files]
    jieba.setLogLevel(60)
    jieba.initialize()
    best = cpu = None
    for _ in range(3):  # the best of three: the machine is shared
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            jieba.lcut(t)
        spent, used = time.perf_counter() - t0, time.process_time() - c0
        best = spent if best is None else min(best, spent)
        cpu = used if cpu is None else min(cpu, used)
    return best, cpu, sum(len(t) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool", type=int, help="the first N documents of ../shared/dual-carbon (texts, then PDFs)")
    ap.add_argument("--repeat", type=int, help="N documents: the pool's texts that are not held out, repeated with distinct titles")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-stages", dest="stages", action="store_false", help="no per-stage timing")
    ap.add_argument("--keep", help="build into this folder and keep it")
    ap.add_argument("--rounds", type=int, default=1,
                    help="the core and the default build measured N times in turns; the table gives their medians")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    work = Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    try:
        src = work / "src"
        src.mkdir()
        if args.repeat:
            global REPEATED
            REPEATED = True
            files, extra = _repeated(args.repeat, src)
        else:
            files, extra = _sources(args.pool), None
            for p in files:
                shutil.copyfile(p, src / p.name)
        out = Path(args.keep) if args.keep else work / "out"
        in_bytes = _size(src)
        core, core_cpu, chars = _core(files)
        compile_once()
        full = _build(src, out, args.jobs, args.stages)
        rounds = [((core, core_cpu), full)]
        for _ in range(args.rounds - 1):  # core and build in turns; the first build's folder is the one rebuilt below
            again = work / "again"
            shutil.rmtree(again, ignore_errors=True)
            wall_core, cpu_core, _ = _core(files)
            rounds.append(((wall_core, cpu_core), _build(src, again, args.jobs, False)))
            shutil.rmtree(again, ignore_errors=True)
        if len(rounds) > 1:
            core, core_cpu = (statistics.median(c[i] for c, _ in rounds) for i in (0, 1))
            full = {**full, "first": full, "process": statistics.median(r["process"] for _, r in rounds),
                    "cpu_first": full["cpu"], "cpu": statistics.median(r["cpu"] for _, r in rounds)}
        nq = nqfile.find(out)  # graph.nq.gz (a plain graph.nq from an earlier version)
        with nqfile.open_lines(nq) as fh:
            quads = sum(1 for _ in fh)
        parts = {"store": _size(out / "store"), nq.name: nq.stat().st_size}
        parts["pages and the rest"] = _size(out, (".policykg-cache",)) - sum(parts.values())
        docs = len(json.loads((out / "documents.json").read_text(encoding="utf-8")))
        out_bytes, cache_bytes = _size(out, (".policykg-cache",)), _size(out / ".policykg-cache")
        written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        unchanged = _build(src, out, args.jobs, False)
        changed_file = src / files[len(files) // 2].name
        with open(changed_file, "ab") as fh:
            fh.write("\n".encode("utf-8"))  # one document's bytes changed (its text, once cleaned, is the same)
        changed = _build(src, out, args.jobs, args.stages)
        added_file = extra or _extra(args.pool, files)
        shutil.copyfile(added_file, src / added_file.name)
        added = _build(src, out, args.jobs, args.stages)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    _table(args, files, chars, in_bytes, (core, core_cpu), full, quads, docs, out_bytes, cache_bytes, written,
           unchanged, changed, added, parts)
    if len(rounds) > 1:
        print()
        print(f"{len(rounds)} rounds (core, then the default build; the table above gives their medians, its stage "
              "table the first build's):")
        print()
        print("| round | load | core s CPU | build s CPU | user | sys | main thread | beside | GC | build / core |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for k, ((_, c), r) in enumerate(rounds, 1):
            print(f"| {k} | {r['load']:.1f} | {c:.2f} | {r['cpu']:.2f} | {r['user']:.2f} | {r['sys']:.2f} | "
                  f"{r['main']:.2f} | {r['cpu'] - r['main']:.2f} | {r['gc']:.2f} | {r['cpu'] / c:.1f}× |")
        ratios = [r['cpu'] / c for (_, c), r in rounds]
        print(f"| median | | {core_cpu:.2f} | {full['cpu']:.2f} | | | | | | {full['cpu'] / core_cpu:.1f}× "
              f"(the rounds' ratios: median {statistics.median(ratios):.1f}×, minimum {min(ratios):.1f}×, "
              f"maximum {max(ratios):.1f}×) |")


def _peaks(run: dict) -> str:
    """The peak RSS of a build's own process and of the largest process it started beside it (related measures in a
    process of their own, the store's update, the workers of --jobs; "none" when it started none)."""
    beside = run.get("beside_kb", 0)
    return f"{run.get('self_kb', run['maxrss_kb']) / 1024:.0f} MB / " + (f"{beside / 1024:.0f} MB" if beside else "none")


def _table(args, files, chars, in_bytes, core, full, quads, docs, out_bytes, cache_bytes, written,
           unchanged, changed, added, parts=None) -> None:
    core, core_cpu = core
    what = (f"the pool's texts repeated to {args.repeat} documents" if args.repeat
            else f"{args.pool} pool documents" if args.pool else "../shared/corpus + seeds")
    print(f"## bench_build: {what}: {len(files)} files, {docs} documents built, {chars:,} characters, "
          f"{in_bytes / 1e6:.2f} MB in; --jobs {args.jobs}; {os.cpu_count()} CPUs")
    print()
    print(f"written by the default build: {', '.join(written)}")
    print()
    print("| measure | value | bar (issue 17) |")
    print("|---|---|---|")
    medians = f"; the median of {args.rounds} rounds" if args.rounds > 1 else ""
    print(f"| jieba.lcut of the texts (core{medians}) | {core:.2f} s wall, {core_cpu:.2f} s CPU | |")
    print(f"| default build (fresh process, start-up included; bytecode written beforehand, as a user has it{medians}) | {full['process']:.1f} s wall, {full['cpu']:.1f} s CPU | |")
    print(f"| build / core | **{full['process'] / core:.0f}×** wall, **{full['cpu'] / core_cpu:.0f}×** CPU "
          "| ≤ 15× (aim ≤ 10×) |")
    print(f"| peak memory (RSS) of the build's process / of the largest process beside it | {_peaks(full)} "
          "| < 1.5 GB at 500 documents |")
    print(f"| quads in graph.nq | {quads:,} ({quads / max(docs, 1):,.0f} per document) | |")
    print(f"| output folder without the cache | {out_bytes / 1e6:.1f} MB (**{out_bytes / in_bytes:.0f}×** the input) "
          "| ≤ 40× |")
    for name, size in (parts or {}).items():
        print(f"| … of which {name} | {size / 1e6:.2f} MB ({size / in_bytes:.1f}× the input) | |")
    print(f"| the cache (.policykg-cache) | {cache_bytes / 1e6:.1f} MB ({cache_bytes / in_bytes:.1f}× the input) | |")
    print(f"| unchanged rebuild | **{unchanged['process']:.1f} s** ({unchanged['cpu']:.1f} s CPU) | < 10 s |")
    print(f"| rebuild after one document changed | **{changed['process']:.1f} s** ({changed['cpu']:.1f} s CPU; peak "
          f"{_peaks(changed)}) | |")
    print(f"| rebuild after one document added | **{added['process']:.1f} s** ({added['cpu']:.1f} s CPU; peak "
          f"{_peaks(added)}) | < 20 s |")
    if args.stages:
        first_cpu = full.get("cpu_first", full["cpu"])  # the stage table is the first build's
        print()
        print("| stage (exclusive seconds) | default build | share | CPU s | CPU share | one changed | one added |")
        print("|---|---|---|---|---|---|---|")
        for stage in ORDER:
            a, b, c = (r["stages"].get(stage, 0.0) for r in (full, changed, added))
            u = full["stages"].get(f"cpu:{stage}", 0.0)
            print(f"| {stage} | {a:.2f} | {a / full['wall']:.0%} | {u:.2f} | {u / first_cpu:.0%} | {b:.2f} | {c:.2f} |")
        print(f"| total (in the process) | {full['wall']:.2f} | | {first_cpu:.2f} | | {changed['wall']:.2f} | {added['wall']:.2f} |")
        first = full.get("first", full)
        if "main" in first:  # the process's CPU apart: its main thread, the rest (threads beside), the GC in either
            for label, u in (("… of which the main thread", first["main"]),
                             ("… of which beside it (the store's load, RocksDB's threads)", first["cpu"] - first["main"]),
                             ("… of which the garbage collector (any thread)", first["gc"])):
                print(f"| {label} | | | {u:.2f} | {u / first_cpu:.0%} | | |")
        beside = sorted({k for r in (full, changed, added) for k in r["stages"]
                         if k.endswith("(beside)") and not k.startswith("cpu:")})
        for stage in beside:  # in a thread of the build, overlapping the stages above
            a, b, c = (r["stages"].get(stage, 0.0) for r in (full, changed, added))
            u = full["stages"].get(f"cpu:{stage}", 0.0)
            print(f"| {stage} | {a:.2f} | | {u:.2f} | {u / first_cpu:.0%} | {b:.2f} | {c:.2f} |")


if __name__ == "__main__":
    main()
