#!/usr/bin/env python3
"""Lexicon collectives that kg/annotate/modifiers.py drops as modifiers, things or field items (公共机构能效提升,
节约型公共机构, 工业、交通、公共机构等重点领域), over the non-held-out pool: how often each form fires, and a sample to
read by hand.

    python scripts/survey_modifiers.py --jobs 2 --sample /tmp/ap/modifiers-sample.tsv
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import count_forms, over_pool, write_sample  # noqa: E402

import kg.annotate.actors as actors  # noqa: E402
from kg.annotate import modifiers  # noqa: E402

_SEEN: list = []


def _recording(text, out, table):
    kept = modifiers.drop_modifiers(text, out, table)
    _SEEN.extend((text, a) for a in out if a not in kept)
    return kept


def dropped(path: Path) -> list[dict]:
    """The actors the rule drops in one document, with their form and context."""
    from kg.pipeline import process_bytes

    _SEEN.clear()
    actors.drop_modifiers = _recording
    try:
        process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return []
    rows = []
    for text, a in _SEEN:
        form = ("object-of" if modifiers.object_of(text, a, actors.actor_table()) else "person-meeting" if modifiers.naming_other(text, a) else "head" if modifiers._HEAD.match(text, a.end) else "before" if modifiers._BEFORE.search(text, max(0, a.start - 4), a.start)
                else "list")
        rows.append({"doc": path.stem, "form": form, "name": text[a.start:a.end],
                     "context": text[max(0, a.start - 30):a.end + 20].replace("\n", "⏎").replace("\t", " ")})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--sample", type=Path)
    args = ap.parse_args()
    rows = [r for rs in over_pool(dropped, args.jobs) for r in rs]
    n, docs = count_forms(rows, lambda r: r["form"])
    for form, k in n.most_common():
        print(f"{form}\t{k} actors\t{len(docs[form])} documents")
    print(f"all\t{len(rows)} actors\t{len({r['doc'] for r in rows})} documents")
    if args.sample:
        write_sample(args.sample, rows, 40, 20261201, ["doc", "form", "name", "context"])


if __name__ == "__main__":
    main()
