#!/usr/bin/env python3
"""Write (or check) the golden structure files in tests/golden/ for review.

    python scripts/golden.py          # rewrite tests/golden/*.json from the current parser
    python scripts/golden.py --check  # exit 1 if any golden file differs

A golden file is the outline of one document: every part, measure, item, sub-item, principle
and annex with its path, number and title, and the sentence count of each. Regenerate only
after reading the diff: the golden files are the reviewed truth, not a snapshot to refresh.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLDEN = {
    "seed_beautiful_china_2023": ROOT / "seeds" / "cpc_sc_beautiful_china_opinions_2023.txt",
    "cpc_sc_carbon_peak_2021": ROOT.parent / "shared" / "corpus" / "cpc_sc_carbon_peak_neutrality_opinions_2021.txt",
    "gocc_gosc_urban_rural_green_2021": ROOT.parent / "shared" / "corpus" / "gocc_gosc_urban_rural_green_development_opinions_2021.txt",
    "ndrc_energy_efficiency_2021": ROOT.parent / "shared" / "corpus" / "ndrc_energy_efficiency_constraint_opinions_2021.txt",
    "miit_industry_carbon_peak_2022": ROOT.parent / "shared" / "corpus" / "miit_ndrc_mee_industry_carbon_peak_plan_2022.txt",
}


def outline(doc) -> dict:
    rows = []
    for node in doc.root.walk():
        if node.kind in ("document", "sentence"):
            continue
        sentences = sum(1 for c in node.children if c.kind == "sentence")
        rows.append([node.path, node.kind, node.number or "", node.title or "", sentences])
    return {"title": doc.meta.get("title"), "date": doc.meta.get("date"), "doc_number": doc.meta.get("doc_number"),
            "issuers": doc.meta.get("issuers", []), "outline": rows}


def dumps(data: dict) -> str:
    """JSON with one outline row per line, so a review diff shows which heading changed."""
    head = {k: v for k, v in data.items() if k != "outline"}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    rows = [" " + json.dumps(r, ensure_ascii=False) for r in data["outline"]]
    lines.append(' "outline": [')
    lines.append(",\n".join(" " + r for r in rows))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    from kg.pipeline import process_bytes

    check = "--check" in sys.argv
    bad = 0
    for name, path in GOLDEN.items():
        doc = process_bytes(path.read_bytes(), path.name)
        text = dumps(outline(doc))
        target = ROOT / "tests" / "golden" / f"{name}.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"differs: {target}")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
