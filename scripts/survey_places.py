#!/usr/bin/env python3
"""The place each pool document is read as (kg/annotate/jurisdiction.document_place), with what it is
read from, so that documents with no place or a doubtful one can be found and the causes counted:

    python scripts/survey_places.py [--actors /tmp/ju/before.tsv] [--out /tmp/ju/places.tsv]

Every document of ../shared/dual-carbon/ except the held-out halves of corpus/keys/split.tsv. A line is:
document, place (province/city, or - for none), central (kg/annotate/doc_place.is_central), the title policykg reads, its 发文字号, the first
non-blank line, the issuers, and — with ``--actors`` (a file of scripts/survey_actors.py --out) — how
many local-level bodies (a surface opening with 省/市/区/县/各市/各区 …) came out with jurisdiction
``national`` in that run. Only read, clean and structure run (no tagging): a few seconds a
hundred documents.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
# a local level opening an actor's surface (市发展改革委, 各区, 区县人民政府); 省级 classes of a central
# document are local too, and right there: the count is a pointer, not a verdict
_LOCAL = re.compile(r"^(?:各|全|本|我)?(?:省|市|区|县|州|盟|自治区)(?!场)")


def local_national(actors: Path) -> collections.Counter:
    out: collections.Counter = collections.Counter()
    for line in actors.open(encoding="utf-8"):
        doc, _s, _e, surface, jur, *_ = line.rstrip("\n").split("\t")
        if jur == "national" and _LOCAL.match(surface):  # non-state groups (市民, 省属企业) carry none
            out[doc] += 1
    return out


def rows(pool: Path):
    from kg.annotate.doc_place import is_central
    from kg.annotate.jurisdiction import document_place
    from kg.text.clean import clean
    from kg.text.read import read_bytes
    from kg.text.structure import parse

    skip = held_out()
    files = sorted((p for p in pool.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    for path in files:
        try:
            source = read_bytes(path.read_bytes(), path.name)
            doc = parse(source, clean(source.text))
        except Exception:  # no policy structure: nothing to survey
            continue
        place = document_place(doc)
        first = next((ln.strip() for ln in doc.text.split("\n") if ln.strip()), "")
        issuers = "、".join([*(doc.meta.get("issuers") or []), *(doc.meta.get("signatories") or [])])
        yield path.stem, place, is_central(doc), doc.meta.get("title") or "", doc.meta.get("doc_number") or "", first[:40], issuers[:60]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool", type=Path, default=POOL)
    ap.add_argument("--actors", type=Path, help="a scripts/survey_actors.py --out file")
    ap.add_argument("--out", type=Path, help="write the table here (TSV) instead of stdout")
    args = ap.parse_args(argv)
    counts = local_national(args.actors) if args.actors else collections.Counter()
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    n = none = 0
    for stem, place, central, title, number, first, issuers in rows(args.pool):
        where = "-" if place is None else f"{place.province or ''}/{place.city or ''}"
        cells = [stem, where, "central" if central else "", title, number, first, issuers, str(counts.get(stem, 0))]
        out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
        n += 1
        none += place is None
    print(f"{n} documents, {none} with no place", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
