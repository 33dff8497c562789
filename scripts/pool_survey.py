"""The pieces every pool survey shares (scripts/survey_missed.py, survey_rejected.py, survey_unread_bodies.py,
survey_systemic.py; survey_unclaimed.py its document list): the pool's documents outside the held-out halves, a
per-document function run over them in processes (results in document order whatever the number of processes), TSV
rows written and read back, a fixed-seed sample drawn into a TSV to read by hand, rows and documents counted per form.
A survey keeps only what is its own: what it looks for, its forms, its columns. Held-out documents
(score.held_out()) are never listed, so never read.
"""
from __future__ import annotations

import csv
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

POOL = ROOT.parent / "shared" / "dual-carbon"


def pool_files(pool: Path = POOL) -> list[Path]:
    """The pool's numbered texts outside the held-out halves, in document order (by number)."""
    skip = held_out()
    return [p for p in sorted(pool.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 10**9)
            if p.stem.isdigit() and p.stem not in skip]


def chosen_files(only: str | None, error: Callable[[str], object]) -> list[Path]:
    """pool_files(), or those of ``only`` (pool numbers joined by commas); a held-out number asked for is refused
    with ``error(message)`` (argparse's ``ap.error``), never read."""
    files = pool_files()
    if not only:
        return files
    wanted = set(only.split(","))
    if wanted & held_out():
        error(f"held-out documents are never surveyed: {', '.join(sorted(wanted & held_out()))}")
    return [p for p in files if p.stem in wanted]


def over_pool(fn: Callable[[Path], object], jobs: int, files: list[Path] | None = None) -> Iterator:
    """fn(path) for every pool document, in ``jobs`` processes; the results in document order."""
    with ProcessPoolExecutor(jobs) as ex:
        yield from ex.map(fn, pool_files() if files is None else files, chunksize=4)


def tsv_writer(fh):
    """A TSV writer of rows as lists (no quoting; a tab or newline in a field is escaped with a backslash)."""
    return csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")


def read(path: Path) -> list[dict]:
    """The rows of a TSV written by tsv_writer, as dicts keyed by its header."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def write_sample(path: Path, rows: list[dict], n: int, seed: int, columns: list[str]) -> None:
    """n rows drawn with random.Random(seed), kept in their order, into a TSV: n, the columns, an empty verdict."""
    drawn = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(["n", *columns, "verdict"]) + "\n")
        for k, i in enumerate(drawn, 1):
            fh.write("\t".join([str(k), *(rows[i][c] for c in columns), ""]) + "\n")


def count_forms(rows: Iterable[dict], key: Callable[[dict], object]) -> tuple[Counter, dict]:
    """Rows and documents per form: key(row) is the form (None: not counted); the documents by row["doc"]."""
    n, docs = Counter(), defaultdict(set)
    for r in rows:
        k = key(r)
        if k is not None:
            n[k] += 1
            docs[k].add(r["doc"])
    return n, docs


def print_counts(rows: list[dict], key: Callable[[dict], object], form: str) -> None:
    """The values and documents per form (``form`` names the column), most values first, then all of them."""
    n, docs = count_forms(rows, key)
    print(f"{form}\tvalues\tdocuments")
    for f, k in n.most_common():
        print(f"{f}\t{k}\t{len(docs[f])}")
    print(f"all\t{len(rows)}\t{len({r['doc'] for r in rows})}")
