#!/usr/bin/env python3
"""Forms that assign bodies or places to the rows of a plan, over the non-held-out pool, and what policykg reads
from each (lane RT, issue 14 classes 7 and 8).

    python scripts/survey_row_bodies.py                      # counts per form → corpus/survey-row-bodies.tsv
    python scripts/survey_row_bodies.py --out FILE --jobs 2  # elsewhere, in two processes

Every document of scripts/pool_survey.pool_files() (held-out halves never listed, never read). Forms, one row each:

- ``place-line``: a line opening with a city or county of the gazetteer (``ontology/cities.tsv``, ``counties.tsv``,
  any province; an item number before it allowed) and a colon (东区：强化…; 1. 溧阳市、金坛区：…). ``own`` says whether
  every place is one of the document's province (and city, for a city's document), ``work`` whether four Han characters
  follow the colon; ``tagged`` whether policykg tags an actor at the first place.
- ``table-place``: a city or county tagged in a body cell of such a table (kg/annotate/table_places.py), with its
  stated role if any.
- ``table-KIND``: a project or task table found by its header (scripts/survey_project_tables.find), KIND ``bodies``
  when a header cell names a body column (牵头单位, 责任单位, 实施主体, 配合单位) else ``no-bodies``; ``tagged`` the
  actors and ``roles`` the stated roles (not mentioned) policykg tags in the table's lines.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import over_pool, tsv_writer  # noqa: E402
from survey_project_tables import find as find_tables, header_words  # noqa: E402

BODY_COLUMNS = {"lead", "responsible", "co"}


def _gazetteer() -> tuple[re.Pattern, dict[str, set[str]]]:
    from kg.lexicon import read_tsv
    provinces: dict[str, set[str]] = {}
    for name in ("cities.tsv", "counties.tsv"):
        for r in read_tsv(name):
            for v in (r.get("name"), r.get("short")):
                if v and len(v) >= 2:
                    provinces.setdefault(v, set()).add(r["province"])
    alt = "|".join(re.escape(n) for n in sorted(provinces, key=len, reverse=True))
    rx = re.compile(r"(?m)^[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])?[ \t]*((?:" + alt + r")(?:(?:、|和|及)(?:" + alt + r"))*)[ \t]*[：:]")
    return rx, provinces


def survey(path: Path) -> list[dict]:
    from kg.pipeline import process_bytes
    from kg.annotate.jurisdiction import document_place
    from kg.annotate.place_lines import find_place_lines
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception as exc:  # a text the pipeline refuses reads nothing: say so, go on
        print(f"{path.name}: {exc}", file=sys.stderr)
        return []
    text, rows = doc.text, []
    actors = doc.annotations.get("actor", [])
    roles = [r for r in doc.annotations.get("role", []) if r.get("role") != "mentioned"]
    rx, _ = _gazetteer()
    place = document_place(doc)
    own = {s for s, *_ in find_place_lines(text, place)}
    for m in rx.finditer(text):
        tagged = any(a.start == m.start(1) for a in actors)
        work = bool(re.match(r"[\u4e00-\u9fff“「]{4}", text[m.end():m.end() + 4]))
        rows.append({"doc": path.stem, "form": "place-line", "own": str(m.start(1) in own), "work": str(work),
                     "tagged": str(tagged), "roles": "", "example": text[m.start(1):m.end() + 24].replace("\n", " ")})
    for a in actors:
        if a.rule == "actor-table-place":
            said = [r.get("role") for r in roles if (r.start, r.end) == (a.start, a.end)]
            rows.append({"doc": path.stem, "form": "table-place", "own": "True", "work": "", "tagged": "True",
                         "roles": ",".join(said), "example": text[a.start:a.end]})
    lines = text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    starts.append(pos)
    words = header_words()
    for t in find_tables(lines, words):
        a, b = starts[t["line"]], starts[min(len(lines), t["end"] + 1 + max(t["rows"], 1) * 8)]
        kind = "bodies" if {words[c] for c in t["header"]} & BODY_COLUMNS else "no-bodies"
        rows.append({"doc": path.stem, "form": f"table-{kind}", "own": "", "work": str(t["rows"]),
                     "tagged": str(sum(a <= x.start < b for x in actors)), "roles": str(sum(a <= x.start < b for x in roles)),
                     "example": " ".join(t["header"])})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "corpus" / "survey-row-bodies.tsv")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    found = [r for rows in over_pool(survey, args.jobs) for r in rows]
    cols = ["doc", "form", "own", "work", "tagged", "roles", "example"]
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = tsv_writer(fh)
        w.writerow(cols)
        for r in found:
            w.writerow([r[c] for c in cols])
    places = [r for r in found if r["form"] == "place-line"]
    print(f"place-line: {len(places)} lines in {len({r['doc'] for r in places})} documents; own province/city and work: "
          f"{sum(r['own'] == 'True' for r in places)}; tagged: {sum(r['tagged'] == 'True' for r in places)} "
          f"(own: {sum(r['tagged'] == 'True' and r['own'] == 'True' for r in places)})")
    cells = [r for r in found if r["form"] == "table-place"]
    print(f"table-place: {len(cells)} places in {len({r['doc'] for r in cells})} documents, {sum(bool(r['roles']) for r in cells)} with a role")
    for kind in ("table-bodies", "table-no-bodies"):
        ts = [r for r in found if r["form"] == kind]
        print(f"{kind}: {len(ts)} tables in {len({r['doc'] for r in ts})} documents, {sum(int(r['work']) for r in ts)} numbered rows, "
              f"{sum(int(r['tagged']) for r in ts)} actors, {sum(int(r['roles']) for r in ts)} stated roles")


if __name__ == "__main__":
    main()
