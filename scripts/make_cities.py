#!/usr/bin/env python3
"""Write ontology/cities.tsv: every prefecture-level division (地级市, 自治州, 地区, 盟) and its province,
so a city document whose text never names its province (石家庄市…: 省委、省政府) still knows it.

    python scripts/make_cities.py ADCODES.csv NATIONS.csv > ontology/cities.tsv

ADCODES.csv is the adcode table shipped in the ``cpca`` wheel (MIT; cpca/resources/adcodes.csv,
columns adcode,name,longitude,latitude; codes of 民政部 行政区划代码); NATIONS.csv the wheel's list of
the 56 nationalities (cpca/resources/56_nations.csv, one a line: 苗族). The wheel is read once here,
never at run time: ``pip download --no-deps cpca==0.5.5`` and unzip it. Rows are sorted by adcode,
so the output is the same for the same input.

An autonomous prefecture's short name is its place name alone, the nationalities off
(黔东南苗族侗族自治州 → 黔东南; 博尔塔拉蒙古自治州 → 博尔塔拉), as documents print it in lists
(黔东南州、黔南州; 西宁、海东、海西); ``kg/annotate/places.py`` adds the short name with 州.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.annotate.places import province_names  # noqa: E402

SUFFIXES = ("自治州", "地区", "市", "盟", "州")


def _place_alone(short: str, nations: list[str]) -> str:
    """An autonomous prefecture's name with its nationalities off the end (黔东南苗族侗族 → 黔东南), each
    printed with 族 or, for a name of two characters or more, without it (博尔塔拉蒙古 → 博尔塔拉)."""
    forms = sorted({n for n in nations} | {n[:-1] for n in nations if len(n) > 2}, key=len, reverse=True)
    while True:
        cut = next((f for f in forms if short.endswith(f) and len(short) > len(f) + 1), None)
        if cut is None:
            return short
        short = short[: -len(cut)]


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    rows = list(csv.DictReader(open(argv[0], encoding="utf-8")))
    nations = [n.strip() for n in open(argv[1], encoding="utf-8") if n.strip()]
    provinces = {r["adcode"][:2]: province_names().get(r["name"]) for r in rows if r["adcode"][2:] == "0" * 10}
    print("# Prefecture-level divisions (地级市, 自治州, 地区, 盟) and their province (places.tsv id), for city documents")
    print("# that never print their province. Made by scripts/make_cities.py from cpca 0.5.5 resources/adcodes.csv (MIT;")
    print("# 民政部 行政区划代码). short: the name without 市/州/地区/盟, as a title's city is read (kg/text, jurisdiction.py).")
    print("adcode\tname\tshort\tprovince")
    for r in sorted(rows, key=lambda r: r["adcode"]):
        code, name = r["adcode"], r["name"]
        if code[4:] != "0" * 8 or code[2:4] == "00" or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        prov = provinces.get(code[:2])
        if not prov or prov in ("beijing", "tianjin", "shanghai", "chongqing"):
            continue
        short = next((name[: -len(s)] for s in SUFFIXES if name.endswith(s) and len(name) > len(s) + 1), name)
        if name.endswith("自治州"):
            short = _place_alone(short, nations)
        print(f"{code}\t{name}\t{short}\t{prov}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
