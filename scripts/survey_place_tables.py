#!/usr/bin/env python3
"""Survey of target tables by place (各县（市）区…预期目标: a column of places, columns of targets with a unit in
their header cell's brackets) in the pool's plain texts, as the text layer flattened them.

    python scripts/survey_place_tables.py            # one line per table found, then the sums per layout
    python scripts/survey_place_tables.py --rows     # the rows too

Held-out documents (halves test* of corpus/keys/split.tsv, scripts/score.py's held_out()) are never opened.
A table is found by its header: within a run of short lines (cells), a cell naming places (县（市）区, 地区,
设区市, 单位 …) and, after it, at least one cell with a unit in brackets (总量（亿元）, 比增（%）). Rows are the
place names that follow (a short line ending in a level word, or 全市/全省), and the layout is:

- ``cell-a-line``: each place alone on its line, its cells on the lines after it;
- ``row-a-line``: the place and its values on one line;
- ``other``: anything else (no rows recognised).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out  # noqa: E402

POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
PLACE_HEAD = re.compile(r"^(?:各)?(?:县（市）区|县（市、区）|县\(市\)区|县市区|区县|县区|市县|地区|城市|设区市|省辖市|市（州）|"
                        r"市州|市（地）|地市|区域|单位|责任单位|市、县（区）|[省市县区]份?名称|行政区|辖区|各市|各区|各县)$")
UNIT_CELL = re.compile(r"[（(]\s*(?:%|‰|亿元|万元|公里|千米|公顷|万公顷|平方公里|个|家|座|吨|万吨|亿吨|千瓦|万千瓦|亿千瓦|"
                       r"亿千瓦时|万千瓦时|万吨标准煤|吨标准煤|亿立方米|万立方米|立方米|微克/立方米|亩|万亩|项|条|辆|台|户|处|套)\s*[）)]")
TARGET_WORD = re.compile(r"目标|预期|任务|比增|增长|下降|降低|完成|提高|新增|削减|控制|总量|指标")
PLACE_ROW = re.compile(r"^(?:其中[：:])?(?:全市|全省|合计|总计|[\u4e00-\u9fff]{1,8}(?:市|区|县|州|盟|旗|新区|开发区|园区))$")
VALUE = re.compile(r"^[\s\d.%≥≤<>＜＞~～\-—–/／]+$")


def tables(text: str):
    lines = [ln.strip() for ln in text.split("\n")]
    nonblank = [(i, ln) for i, ln in enumerate(lines) if ln]
    for k, (i, ln) in enumerate(nonblank):
        if not PLACE_HEAD.match(ln):
            continue
        header = [c for _, c in nonblank[max(0, k - 3):k + 6]]
        units = [c for c in header if UNIT_CELL.search(c) and len(c) <= 20]
        if not units or not any(TARGET_WORD.search(c) for c in header):
            continue
        title = next((c for _, c in reversed(nonblank[max(0, k - 6):k]) if len(c) > 8), "")
        # the rows: from the header's end, lines up to the next run of prose
        rows, cell_line, row_line = [], 0, 0
        for _, c in nonblank[k + 1:k + 400]:
            if len(c) > 40 or re.search(r"[。；]", c):
                break
            head = c.split()[0] if c.split() else c
            if PLACE_ROW.match(c):
                rows.append(c)
                cell_line += 1
            elif PLACE_ROW.match(head) and len(c.split()) > 1 and all(VALUE.match(t) for t in c.split()[1:]):
                rows.append(c)
                row_line += 1
        layout = "cell-a-line" if cell_line > row_line else "row-a-line" if row_line else "other"
        yield {"line": i + 1, "title": title, "header": " / ".join(header), "units": units, "rows": rows, "layout": layout}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    skip = held_out()
    sums: dict[str, list[int]] = {}
    for path in sorted(POOL.glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0):
        if path.stem in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for t in tables(text):
            print(f"{path.stem}\t{t['line']}\t{t['layout']}\t{len(t['rows'])}\t{t['title'][:40]}\t{t['header'][:90]}")
            if args.rows:
                print("\t\t" + " | ".join(t["rows"]))
            s = sums.setdefault(t["layout"], [0, 0, 0])
            s[0] += 1
            s[1] += len(t["rows"])
    print("layout\ttables\trows")
    for layout, (n, rows, _) in sorted(sums.items()):
        print(f"{layout}\t{n}\t{rows}")


if __name__ == "__main__":
    main()
