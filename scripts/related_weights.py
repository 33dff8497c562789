"""ontology/related_weights.tsv: the reference weights of related measures, counted over the pool (issue 17, item 4).

    python scripts/related_weights.py [--jobs 2] [--out ontology/related_weights.tsv]

Related measures (kg/analysis/related.py) weigh a content word and a shared feature (actor, indicator, sector,
place, instrument) by how rare it is among the provisions of a reference collection, not of the build: so a
score depends on its two provisions alone, and adding a document to a build moves no other pair's score. The
reference collection is the development pool, ``../shared/dual-carbon``, without its held-out documents
(``pool_survey.pool_files()``: corpus/keys/split.tsv's test halves are never read). Each document is parsed as a
build parses it and profiled as a build profiles it (``related.doc_profiles``); the table says, for every word
used by at least two provisions and every feature, in how many provisions it occurs, and how many provisions
were counted (the row ``units``). A word used by one provision only is left out: it weighs what a word never
seen weighs (the rarest).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
from pool_survey import over_pool, pool_files  # noqa: E402

from kg.analysis.related import doc_profiles  # noqa: E402
from kg.graph.rdf import document_iri  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

HEADER = """\
# Reference weights of related measures (kg/analysis/related.py): in how many provisions (measures, articles,
# tasks, parts read as provisions) of the development pool a content word or a feature occurs, of `units`.
# A word or feature a build meets that is not listed weighs as the rarest. Written by scripts/related_weights.py
# over ../shared/dual-carbon without its held-out documents ({docs} documents, {units} provisions); regenerate it
# with that script, never by hand. A build's scores depend on this table, not on the build's other documents.
"""


def _counts(path: Path):
    """(word counts, feature counts, provisions) of one pool document; nothing for one without structure."""
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # noqa: BLE001 - a document the build refuses is counted by no build either
        return Counter(), Counter(), 0
    profs = doc_profiles(str(document_iri(doc)), doc)
    words, features = Counter(), Counter()
    for p in profs:
        words.update(set(p.tokens))
        features.update({(kind, ident) for kind, ids in p.features.items() for ident in ids if ident})
    return words, features, len(profs)


def _clean(key: str) -> bool:
    return bool(key) and not any(c in key for c in "\t\n\r\\")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "ontology" / "related_weights.tsv"))
    args = ap.parse_args()
    words, features, units, docs = Counter(), Counter(), 0, 0
    for w, f, n in over_pool(_counts, args.jobs):
        words.update(w)
        features.update(f)
        units += n
        docs += bool(n)
    rows = [("units", "", units)]
    rows += sorted(("word", k, c) for k, c in words.items() if c >= 2 and _clean(k))
    rows += sorted((kind, k, c) for (kind, k), c in features.items() if _clean(k))
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(docs=docs, units=units))
        fh.write("kind\tkey\tprovisions\n")
        fh.writelines(f"{kind}\t{key}\t{c}\n" for kind, key, c in rows)
    print(f"{args.out}: {docs} documents of {len(pool_files())}, {units} provisions, {len(rows) - 1} rows")


if __name__ == "__main__":
    main()
