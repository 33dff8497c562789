"""Where the seconds of a rebuild after one added document go (issue 17): cProfile of one build.

    python scripts/profile_added.py SRC OUT EXTRA [--jobs 2] [--top 40] [--stats FILE] [--same-version] [--keep DIR]

``OUT`` must hold a finished build of the folder ``SRC``. It is copied aside (hard links, so the
copy costs nothing and ``OUT`` stays as it was), ``EXTRA`` is copied into a copy of ``SRC``, and
the rebuild runs in this process under cProfile; the build's own step timings (``--verbose``)
and the functions with the most cumulative time are printed. Run it again and again on the same
``OUT``: nothing of it is changed. An ``EXTRA`` named as a file of ``SRC`` replaces it: the rebuild
after one changed document.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _link_copy(src: Path, dst: Path) -> None:
    """A copy of a build folder whose files are hard links (a build never writes into its old folder)."""
    for p in sorted(src.rglob("*")):
        q = dst / p.relative_to(src)
        if p.is_dir():
            q.mkdir(parents=True, exist_ok=True)
        else:
            q.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(p, q)
            except OSError:
                shutil.copy2(p, q)


def _moved(manifest: Path, new: Path) -> None:
    """The copied build's manifest naming its sources where the copy of ``SRC`` is: a build knows a
    source by its path, so that a source that failed the user's way (no structure) is not read again."""
    try:
        text = manifest.read_text(encoding="utf-8")
        olds = {str(Path(path).parent) for path, _ in json.loads(text).get("sources", [])}
    except (OSError, ValueError, TypeError, AttributeError):
        return
    manifest.unlink()  # a hard link into OUT: written anew, never in place
    for old in olds:
        text = text.replace(json.dumps(old)[1:-1] + "/", json.dumps(str(new))[1:-1] + "/")
    manifest.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("extra")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--stats", help="keep the cProfile statistics in this file")
    ap.add_argument("--same-version", action="store_true",
                    help="take OUT's cache as this code's (its documents are not parsed again although the code "
                         "changed): to profile a change of the cross-document steps only, on an OUT built before it")
    ap.add_argument("--keep", help="move the rebuilt folder here")
    ap.add_argument("--keep-copies", action="store_true",
                    help="build with --keep-copies, as OUT was (scripts/bench_build.py --repeat builds so)")
    ap.add_argument("--no-profile", dest="profile", action="store_false", help="time the rebuild only (no cProfile)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="policykg-added-"))
    try:
        src, out = work / "src", work / "out"
        shutil.copytree(args.src, src)
        shutil.copyfile(args.extra, src / Path(args.extra).name)
        _link_copy(Path(args.out), out)
        _moved(out / ".policykg-cache" / "manifest.json", src)
        from click.testing import CliRunner

        if args.same_version:
            import kg.cache

            version = json.loads((out / ".policykg-cache" / "manifest.json").read_text(encoding="utf-8"))["version"]
            kg.cache.code_version = lambda: version

        from kg.cli import main as cli

        prof = cProfile.Profile()
        t0 = time.perf_counter()
        if args.profile:
            prof.enable()
        result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--jobs", str(args.jobs), "--verbose"]
                                     + ["--keep-copies"] * args.keep_copies)
        prof.disable()
        wall = time.perf_counter() - t0
        print("\n".join(line for line in result.output.splitlines() if line.startswith("[") or "reused" in line))
        print(f"exit {result.exit_code}; {wall:.1f} s in the process{' (profiled)' if args.profile else ''}")
        if args.stats:
            prof.dump_stats(args.stats)
        if args.keep:
            shutil.move(str(out), args.keep)
        if args.profile:
            pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
