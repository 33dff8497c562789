#!/usr/bin/env python3
"""Precision and recall of the taggers against the hand-written keys in tests/keys/.

    python scripts/evaluate.py            # a table: key, layer, predicted, key rows, matched, P, R
    python scripts/evaluate.py --json     # the same as JSON (used by tests/test_keys.py)

Matching rules are in tests/keys/README.md. Nothing here is tuned to a document: the keys
are read, policykg's output is computed, and the two are compared.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _manifest() -> dict[str, Path]:
    rows = _rows(ROOT / "corpus" / "manifest.tsv")
    return {r["id"]: (ROOT / r["path"]).resolve() for r in rows}


def _norm(s: str) -> str:
    import re

    return re.sub(r"[\s“”\"]", "", s or "")


def predicted(doc, layer: str) -> list[dict]:
    """policykg's answers for one layer, in the keys' columns."""
    from kg.annotate.actors import actor_table
    from kg.link import linked

    rows = []
    for ul in linked(doc).units.values():
        part = ul.part.number if ul.part else ""
        measure = ul.measure.number if ul.measure else ""
        if layer == "targets":
            for a in ul.targets:
                rows.append({"part": part, "measure": measure, "indicator": a.get("indicator_label"),
                             "value": a.get("value"), "unit": a.get("unit"), "comparator": a.get("comparator"),
                             "change": a.get("change") or "", "year": str(a.get("year") or ""),
                             "aspirational": "true" if a.get("aspirational") else "false"})
        elif layer == "roles":
            table = actor_table()
            for actor, (role, _) in ul.roles.items():
                if role == "mentioned":
                    continue
                row = table[actor]
                names = {row["label_zh"], *[x for x in row["aliases"].split("|") if x]}
                rows.append({"measure": measure, "actor": row["label_zh"], "names": names, "role": role})
        elif layer == "goals":
            for a in ul.goals:
                rows.append({"part": part, "measure": measure, "year": str(a.get("year") or ""),
                             "period": a.get("period") or "", "text": doc.text[a.start:a.end]})
    return rows


def _match(layer: str, key: dict, pred: dict) -> bool:
    if layer == "targets":
        return all(key[k] == pred[k] for k in ("part", "measure", "value", "unit", "comparator", "change", "year"))
    if layer == "roles":
        return key["measure"] == pred["measure"] and key["role"] == pred["role"] and key["actor"] in pred["names"]
    if layer == "goals":
        kt, pt = _norm(key["text"]), _norm(pred["text"])
        return (key["part"], key["measure"], key["year"], key["period"]) == (pred["part"], pred["measure"], pred["year"], pred["period"]) and (kt in pt or pt in kt)
    raise ValueError(layer)


def score(key_path: Path) -> dict:
    from kg.pipeline import process_bytes

    doc_id, layer = key_path.name[: -len(".tsv")].rsplit(".", 1)
    source = _manifest()[doc_id]
    doc = process_bytes(source.read_bytes(), source.name)
    keys = _rows(key_path)
    preds = predicted(doc, layer)
    used: set[int] = set()
    matched = 0
    indicator_ok = 0
    misses = []
    for key in keys:
        hit = next((i for i, p in enumerate(preds) if i not in used and _match(layer, key, p)), None)
        if hit is None:
            misses.append(key)
            continue
        used.add(hit)
        matched += 1
        if layer == "targets":
            ki, pi = _norm(key["indicator"]), _norm(preds[hit]["indicator"])
            indicator_ok += ki in pi or pi in ki
    extra = [p for i, p in enumerate(preds) if i not in used]
    out = {
        "key": doc_id,
        "layer": layer,
        "predicted": len(preds),
        "expected": len(keys),
        "matched": matched,
        "precision": matched / len(preds) if preds else 1.0,
        "recall": matched / len(keys) if keys else 1.0,
        "misses": misses,
        "extra": [{k: v for k, v in p.items() if k != "names"} for p in extra],
    }
    if layer == "targets":
        out["indicator_accuracy"] = indicator_ok / matched if matched else 1.0
    return out


def main() -> int:
    results = [score(p) for p in sorted((ROOT / "tests" / "keys").glob("*.tsv"))]
    if "--json" in sys.argv:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    print(f"{'key':38} {'layer':8} {'pred':>5} {'key':>5} {'match':>5} {'P':>6} {'R':>6}  indicator")
    for r in results:
        ind = f"{r['indicator_accuracy']:.2f}" if "indicator_accuracy" in r else ""
        print(f"{r['key']:38} {r['layer']:8} {r['predicted']:5} {r['expected']:5} {r['matched']:5} "
              f"{r['precision']:6.2f} {r['recall']:6.2f}  {ind}")
    if "-v" in sys.argv:
        for r in results:
            for m in r["misses"]:
                print("MISS ", r["key"], r["layer"], {k: v for k, v in m.items()})
            for x in r["extra"]:
                print("EXTRA", r["key"], r["layer"], x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
