#!/usr/bin/env python3
"""Write ontology/counties.tsv: every county-level division (县, 自治县, 旗, 县级市, 市辖区) with its
prefecture and province, so a measure that names counties or cities without their 县/市 (鼓励赞皇、
井陉、平山等…, 鼓励南京、无锡、常州先行先试) is read as naming places of the document's province.

    python scripts/make_counties.py ADCODES.csv > ontology/counties.tsv

ADCODES.csv is the adcode table shipped in the ``cpca`` wheel (MIT; cpca/resources/adcodes.csv,
columns adcode,name,longitude,latitude; codes of 民政部 行政区划代码), as for scripts/make_cities.py:
``pip download --no-deps cpca==0.5.5`` and unzip it; read once here, never at run time. Rows are
sorted by adcode, so the output is the same for the same input.

``short`` is the name without 县/自治县/旗/市 when what is left has two characters or more (赞皇县 →
赞皇); a district (区) has none: a district printed without 区 (朝阳, 新华) is most often some other word.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.annotate.places import province_names  # noqa: E402

SHORT_SUFFIXES = ("自治县", "自治旗", "县", "旗", "市")
NOT_DIVISIONS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    rows = list(csv.DictReader(open(argv[0], encoding="utf-8")))
    provinces = {r["adcode"][:2]: province_names().get(r["name"]) for r in rows if r["adcode"][2:] == "0" * 10}
    prefectures = {r["adcode"][:4]: r["name"] for r in rows if r["adcode"][4:] == "0" * 8 and r["adcode"][2:4] != "00"}
    print("# County-level divisions (县, 自治县, 旗, 县级市, 区) with their prefecture and province (places.tsv id).")
    print("# Made by scripts/make_counties.py from cpca 0.5.5 resources/adcodes.csv (MIT; 民政部 行政区划代码).")
    print("# short: the name without 县/自治县/旗/市 (赞皇县 → 赞皇), empty for districts; prefecture empty for a")
    print("# county-level city under its province (定州市) or a municipality's district.")
    print("adcode\tname\tshort\tprefecture\tprovince")
    for r in sorted(rows, key=lambda r: r["adcode"]):
        code, name = r["adcode"], r["name"]
        if code[6:] != "0" * 6 or code[4:6] == "00" or name in NOT_DIVISIONS:
            continue
        prov = provinces.get(code[:2])
        if not prov:
            continue
        pref = prefectures.get(code[:4], "")
        if pref in NOT_DIVISIONS:
            pref = ""
        short = next((name[: -len(s)] for s in SHORT_SUFFIXES if name.endswith(s) and len(name) - len(s) >= 2), "")
        print(f"{code}\t{name}\t{short}\t{pref}\t{prov}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
