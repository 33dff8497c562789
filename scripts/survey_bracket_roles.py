#!/usr/bin/env python3
"""Brackets that close a task and hold only bodies (lane RL2, issue 14 class 8), over the non-held-out pool.

    python scripts/survey_bracket_roles.py --dump /tmp/rl2/brackets.jsonl [--jobs 1] [--only 517,73]
    python scripts/survey_bracket_roles.py --table /tmp/rl2/brackets.jsonl            # counts per shape
    python scripts/survey_bracket_roles.py --sample /tmp/rl2/brackets.jsonl SHAPE 20   # a fixed-seed sample to read

A *bracket* is （…）, (…), ［…］, 〔…〕 or 【…】 (short brackets inside kept: 各区县（市）政府) holding at least one tagged
actor or place. Where it stands: ``after-stop`` (a sentence's end 。/； before it: a list closing a task), ``closes`` (a
sentence or line ends after it), ``clause`` (a comma after it), ``inside`` (running text). What is left of it once its tagged actors and places are taken out is its *rest*: connectors (、，和及与),
等 and tags (新增, 配合 …); a bracket whose rest holds other words explains a term or states a list in words
(牵头, 责任单位：) that scripts/survey_roles.py counts. Shapes: ``one-body``, ``several`` (no 牵头), ``body+tag``
(a body with -新增 and the like), ``each-level`` (各区县（市）政府 forms among the bodies), ``places`` (only places), and
``words`` (a rest of other words: no shape of this survey). ``covered`` says whether the build gives the bracket's
bodies a stated role (not ``mentioned``, not ``role-subject``). Held-out documents are never listed (pool_files()).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from pool_survey import chosen_files, over_pool  # noqa: E402

_BRACKET = re.compile(r"[（(［\[〔【]((?:[^（()）［\]］〔〕【】\n。]|[（(][^（()）\n]{1,8}[）)]){2,200})[）)］\]〕】]")
_SEP = re.compile(r"[、，,；;和及与/\-—－\s]+")
_EACH = re.compile(r"各")


def _one(path: Path) -> list[dict]:
    from kg.pipeline import process_bytes

    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return []
    text = doc.text
    actors = sorted(doc.annotations.get("actor", []), key=lambda a: a.start)
    places = sorted(doc.annotations.get("place", []), key=lambda a: a.start)
    roles = {(r.start, r.end): r for r in doc.annotations.get("role", [])}
    body = [(n.start, n.end) for n in doc.root.walk() if n.kind not in ("document",)]
    out = []
    for m in _BRACKET.finditer(text):
        s, e = m.start(1), m.end(1)
        inner_actors = [a for a in actors if s <= a.start and a.end <= e]
        inner_places = [p for p in places if s <= p.start and p.end <= e
                        and not any(a.start <= p.start < a.end for a in inner_actors)]
        if not inner_actors and not inner_places:
            continue
        rest = list(text[s:e])
        for a in inner_actors:
            rest[a.start - s:a.end - s] = ["A"] + [""] * (a.end - a.start - 1)
        for p in inner_places:
            rest[p.start - s:p.end - s] = ["P"] + [""] * (p.end - p.start - 1)
        rest = "".join(rest)
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 1]
        closes = after in ("", "\n", "。", "；", ";") or before in ("。", "；")
        got = [roles.get((a.start, a.end)) for a in inner_actors]
        stated = [(r.get("role"), r.rule) for r in got if r is not None and r.get("role") != "mentioned" and r.rule != "role-subject"]
        in_body = any(a <= m.start() < b for a, b in body)
        out.append({"doc": path.stem, "start": m.start(), "end": m.end(), "inner": text[s:e], "rest": rest,
                    "closes": closes, "before": text[max(0, m.start() - 40):m.start()].replace("\n", "⏎"),
                    "after": text[m.end():m.end() + 12].replace("\n", "⏎"), "in_body": in_body,
                    "actors": [[text[a.start:a.end], a.get("actor")] for a in inner_actors],
                    "places": [text[p.start:p.end] for p in inner_places],
                    "roles": [[r.get("role"), r.rule] if r is not None else None for r in got], "stated": stated})
    return out


_TAG_WORDS = ("等", "新增", "配合", "牵头", "负责", "按职责分工负责", "按职责分工", "分别负责", "按职责", "持续推进", "长期坚持",
              "持续实施", "落实", "参与")


def shape(row: dict) -> str:
    """The shape of a bracket: see the module's docstring."""
    rest = row["rest"]
    pieces = [p for p in _SEP.split(rest) if p]
    words = [p for p in pieces if p not in ("A", "P", "等") and not re.fullmatch(r"[AP]+等?", p)]
    n_a, n_p = rest.count("A"), rest.count("P")
    if not n_a:
        return "places" if not words else "words"
    if words:
        if all(w in _TAG_WORDS or re.fullmatch(r"A?(?:" + "|".join(_TAG_WORDS) + r")", w) for w in words):
            if any(w.endswith(("牵头",)) for w in words) or "牵头" in rest:
                return "lead-word"
            return "body+tag"
        return "words"
    if any(_EACH.match(t) for t, _ in row["actors"]):
        return "each-level"
    return "one-body" if n_a == 1 and not n_p else "several"


def where(row: dict) -> str:
    """after-stop (a sentence's end 。/； before it), closes (a sentence or a line ends after it), clause (a comma after
    it) or inside (running text)."""
    if row["before"].replace("⏎", "").rstrip()[-1:] in ("。", "；"):
        return "after-stop"
    if row["closes"]:
        return "closes"
    return "clause" if row["after"][:1] in ("，", ",") else "inside"


def table(path: Path) -> None:
    rows = [json.loads(x) for x in path.open(encoding="utf-8")]
    n, docs, cov = Counter(), defaultdict(set), Counter()
    for r in rows:
        if not r["in_body"]:
            continue
        k = (shape(r), where(r))
        n[k] += 1
        docs[k].add(r["doc"])
        cov[k] += bool(r["stated"])
    print("shape\twhere\tdocuments\tprintings\tcovered")
    for k in sorted(n, key=lambda k: -n[k]):
        print(f"{k[0]}\t{k[1]}\t{len(docs[k])}\t{n[k]}\t{cov[k]}")


def sample(path: Path, which: str, size: int, uncovered: bool = True, where_: str | None = None) -> None:
    rows = [json.loads(x) for x in path.open(encoding="utf-8")]
    pick = [r for r in rows if r["in_body"] and where(r) == (where_ or "after-stop") and shape(r) == which and (not uncovered or not r["stated"])]
    docs = sorted({r["doc"] for r in pick}, key=int)
    print(f"# {which}: {len(pick)} uncovered printings in {len(docs)} documents: {','.join(docs)}")
    for r in sorted(random.Random(2026120216).sample(pick, min(size, len(pick))), key=lambda r: (int(r["doc"]), r["start"])):
        print(f"{r['doc']}\t{r['start']}\t…{r['before']}【{r['inner']}】{r['after']}\t{[x[1] for x in r['stated']]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--table", type=Path)
    ap.add_argument("--sample", nargs=3, metavar=("DUMP", "SHAPE", "N"))
    ap.add_argument("--all", action="store_true", help="with --sample: covered printings too")
    ap.add_argument("--where", help="with --sample: after-stop (default), closes, clause or inside")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only")
    args = ap.parse_args(argv)
    if args.dump:
        files = chosen_files(args.only, ap.error)
        with args.dump.open("w", encoding="utf-8") as fh:
            for rows in over_pool(_one, args.jobs, files):
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.table:
        table(args.table)
    if args.sample:
        sample(Path(args.sample[0]), args.sample[1], int(args.sample[2]), not args.all, args.where)
    return 0


if __name__ == "__main__":
    sys.exit(main())
