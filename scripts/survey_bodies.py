#!/usr/bin/env python3
"""Body names policykg does not tag, over the development pool: candidate strings that end in a
body suffix (厅, 委, 局, 办, 中心, 人民政府, 委员会, 公司, 协会 …) and that no actor annotation covers.

    python scripts/survey_bodies.py                     # missed shapes and the most frequent missed names
    python scripts/survey_bodies.py --out corpus/survey-bodies.tsv

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of
corpus/keys/split.tsv. A candidate is the run of Han characters (and brackets such as （市）) before
a suffix, back to punctuation or a function word, 2–24 characters, outside 《…》 titles and front
matter. Each missed candidate is put in a *shape* by how it opens (a province or city name, a
level word 省/市/县/区, 各/有关/相关, 国家/国务院/中国, a bracketed level list such as 区（市）, or
none) and by its suffix, so that the classes of missed names can be counted.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()

SUFFIXES = ("人民政府", "委员会", "管委会", "领导小组", "工作专班", "指挥部", "办公室", "总队", "中心", "公司", "集团", "协会",
            "监管局", "分行", "支行", "政府", "部门", "厅", "委", "局", "办")
_STOP = "的了在是要对将等与及或为把被从向以并由请会同按负牵配参加强推进完善开展做好和、，。；：！？“”《》（）\n "
_CAND = re.compile(r"[\u4e00-\u9fff（）()、]{0,22}?(?:" + "|".join(SUFFIXES) + r")(?![\u4e00-\u9fff])")


# words that end in a body suffix but name no body: layouts (格局, 布局) and verbs of handling (督办, 交办)
NOT_BODIES = ("格局", "布局", "大局", "全局", "变局", "开局", "新局", "督办", "交办", "盯办", "侦办", "通办", "查办", "承办",
              "主办", "协办", "创办", "举办", "申办")




def shape(name: str, provinces: tuple[str, ...]) -> str:
    suffix = next(s for s in SUFFIXES if name.endswith(s))
    if re.match(r"^各?[省市区县州盟](?:（[^）]{1,6}）|、[省市区县州盟](?:（[^）]{1,6}）)?)", name):
        head = "level-list"  # 各区（市）县政府, 市、县（区）政府
    elif name.startswith(("国家", "国务院", "中国", "中央", "全国")):
        head = "national"
    elif name.startswith(provinces):
        head = "place-name"
    elif re.match(r"^各?(?:省|市|县|区|州|盟|自治区)", name):
        head = "level"
    elif name.startswith(("各", "有关", "相关", "其他")):
        head = "collective"
    else:
        head = "bare"
    return f"{head}+{suffix}"


def candidates(text: str):
    for m in _CAND.finditer(text):
        s, e = m.start(), m.end()
        # back off to the last stop character inside the run
        run = text[s:e]
        cut = max((i for i, ch in enumerate(run[:-1]) if ch in _STOP), default=-1)
        s += cut + 1
        if e - s < 2 or text[s] in "（）()、" or text[s:e].endswith(NOT_BODIES):
            continue
        yield s, e


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="write the summary here (TSV)")
    ap.add_argument("--top", type=int, default=60, help="how many missed names to list")
    args = ap.parse_args(argv)
    from kg.annotate.base import contexts
    from kg.annotate.places import province_names

    provinces = tuple(sorted(province_names(), key=len, reverse=True))
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    shapes: collections.Counter = collections.Counter()
    shape_docs: dict[str, set] = collections.defaultdict(set)
    tagged_shapes: collections.Counter = collections.Counter()
    names: collections.Counter = collections.Counter()
    name_docs: dict[str, set] = collections.defaultdict(set)
    for path, doc in pool_documents(files):
        text = doc.text
        spans = sorted((c.sentence.start, c.sentence.end) for c in contexts(doc) if c.scope == "body")
        actors = sorted((a.start, a.end) for a in doc.annotations.get("actor", []))
        ends = [a[1] for a in actors]
        for s, e in candidates(text):
            i = bisect.bisect_right(spans, (s, float("inf"))) - 1
            if i < 0 or not spans[i][0] <= s < spans[i][1]:
                continue  # front matter, titles of the document
            opened = text.rfind("《", max(0, s - 60), s)
            if opened >= 0 and text.find("》", opened, s) < 0:
                continue  # inside a cited title
            j = bisect.bisect_left(ends, e)
            covered = j < len(actors) and actors[j][0] <= e - 1 < actors[j][1] and actors[j][1] == e
            name = text[s:e]
            sh = shape(name, provinces)
            if covered:
                tagged_shapes[sh] += 1
                continue
            shapes[sh] += 1
            shape_docs[sh].add(path.stem)
            names[name] += 1
            name_docs[name].add(path.stem)
    lines = [f"# {len(files)} documents surveyed (held-out halves excluded: {len(skip)}); candidates ending in a body suffix, untagged vs tagged",
             "shape\tuntagged\ttagged\tdocuments"]
    for sh in sorted(set(shapes) | set(tagged_shapes), key=lambda k: (-shapes[k], -tagged_shapes[k], k)):
        lines.append(f"{sh}\t{shapes[sh]}\t{tagged_shapes[sh]}\t{len(shape_docs[sh])}")
    lines.append("")
    lines.append("name\tuntagged\tdocuments\tshape")
    for name, n in sorted(names.items(), key=lambda x: (-len(name_docs[x[0]]), -x[1], x[0]))[:args.top]:
        lines.append(f"{name}\t{n}\t{len(name_docs[name])}\t{shape(name, provinces)}")
    out = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    print(out, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
