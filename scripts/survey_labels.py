#!/usr/bin/env python3
"""Indicator labels policykg emits over the development pool, grouped by the shape of their failure.

    python scripts/survey_labels.py --dump /tmp/labels-after.jsonl            # run the pool, keep every label
    python scripts/survey_labels.py --from /tmp/labels-after.jsonl --before /tmp/labels-before.jsonl \
        --out corpus/survey-labels.tsv                                        # shapes before → after

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of
corpus/keys/split.tsv (``score.held_out``), read through ``score.pool_documents``. Every target
annotation (text and tables) gives one row: its emitted label, the text it was read from, its
concept and the statement it stands in (indicator phrase to value). Shapes come from ``kg.annotate.indicators.label_shapes`` (the same words the phrase check
reads) plus two this script sees over the pool:

- ``cut-in-word``: the label's text starts or ends inside a jieba token of its statement (…年 of 年均增长,
  建装机容量 of 新建装机容量); a token running into the comparator (占比|达) is no cut;
- ``place-only`` / ``frequency-only``: a label that, with the places (``indicators.scope_words``) or the time words
  (``label-time-lead``, ``annual`` of ontology/target_cues.tsv) opening it taken off, is nothing or a generic head
  alone (全县比例, 每年): no measured thing;
- ``duplicate-concept``: a label keyed by its own text (``ind_…``) whose comparison form
  (``indicators.label_key``) is that of a concept of ontology/indicators.tsv or of another label.

A dump is re-classified with the current rules, so ``--before`` and the current run are counted alike.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()


def collect(files):
    """One row per target annotation of the pool: its label, the text it was read from, its concept,
    and the statement (indicator phrase to value) it stands in."""
    for path, doc in pool_documents(files):
        text = doc.text
        for a in doc.annotations.get("target", []):
            yield {"doc": path.stem, "label": a.get("indicator_label") or "", "text": a.get("indicator_text") or "",
                   "id": a.get("indicator") or "", "rule": a.rule, "statement": text[a.start:a.get("value_end") or a.end][:120]}


# the comparator a label runs into (占比|达, 率|控制在): a token across that boundary is no cut word
_RUNS_INTO = re.compile(r"^(?:达|控制|降|增|提|下降|上升|不|保持|稳定|较|要|力争)")  # 占比|较, 权重|要, 绿电|力争


def cut_in_word(statement: str, ind_text: str) -> bool:
    """The label's text starts or ends inside a jieba token of its statement (年|均, 平|均, 新|建)."""
    from kg.annotate.base import tokenizer

    at = statement.find(ind_text) if ind_text else -1
    if at < 0:
        return False  # a label built from a list (美丽河湖建成率) or a concept's own label
    s, e = at, at + len(ind_text)
    for _, ts, te in tokenizer().tokenize(statement, HMM=False):
        if ts < s < te and re.match(r"[\u4e00-\u9fff]{2}", statement[s - 1:s + 1]):
            return True
        if ts < e < te and re.match(r"[\u4e00-\u9fff]{2}", statement[e - 1:e + 1]) and not _RUNS_INTO.match(statement[e:te]):
            return True
    return False


def _bare_after(label: str, words) -> bool:
    """``label`` opens with one of ``words`` and what is left after them is nothing or a generic head alone."""
    from kg.lexicon import cue_words

    generic = set(cue_words("target_cues.tsv", "generic-head") + cue_words("target_cues.tsv", "rate-head")
                  + cue_words("target_cues.tsv", "measure-noun"))
    rest, cut = label, True
    while cut:
        cut = False
        for w in words:
            if w and rest.startswith(w):
                rest, cut = rest[len(w):], True
                break
    return rest != label and (not rest or rest in generic)


def classify(rows: list[dict]) -> list[list[str]]:
    """The shapes of each row (empty: a clean label)."""
    from kg.annotate.indicators import indicator_table, label_key, label_shapes, scope_words
    from kg.lexicon import cue_words

    times = sorted(set(cue_words("target_cues.tsv", "label-time-lead")) | {w for w in cue_words("target_cues.tsv", "annual")
                                                                          if re.fullmatch(r"[\u4e00-\u9fff]+", w)}, key=len, reverse=True)

    by_surface, _ = indicator_table()
    known = {label_key(s): ident for s, ident in by_surface.items()}
    own: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        if r["id"].startswith("ind_"):
            own[label_key(r["label"])].add(r["label"])
    out = []
    for r in rows:
        shapes = list(label_shapes(r["label"]))
        if _bare_after(r["label"], scope_words()):
            shapes.append("place-only")
        if _bare_after(r["label"], times):
            shapes.append("frequency-only")
        if cut_in_word(r["statement"], r["text"]):
            shapes.append("cut-in-word")
        if r["id"].startswith("ind_"):
            k = label_key(r["label"])
            if k in known or len(own[k]) > 1:
                shapes.append("duplicate-concept")
        out.append(shapes)
    return out


SHAPES = ("ends-verb-particle", "one-char", "starts-scope-place", "punctuation", "bracket-fragment", "verb-inside",
          "verb-only", "place-only", "frequency-only", "cut-in-word", "generic-head", "value-fragment", "duplicate-concept")


def summary(rows: list[dict]) -> dict:
    shapes = classify(rows)
    n_rows: collections.Counter = collections.Counter()
    labels: dict[str, set] = collections.defaultdict(set)
    docs: dict[str, set] = collections.defaultdict(set)
    examples: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r, sh in zip(rows, shapes):
        for s in sh or ["clean"]:
            n_rows[s] += 1
            labels[s].add(r["label"])
            docs[s].add(r["doc"])
            examples[s][r["label"]] += 1
        if sh:
            n_rows["any-shape"] += 1
            labels["any-shape"].add(r["label"])
    n_rows["all"] = len(rows)
    labels["all"] = {r["label"] for r in rows}
    labels["concepts"] = {r["id"] for r in rows}
    return {"rows": n_rows, "labels": {k: len(v) for k, v in labels.items()}, "docs": {k: len(v) for k, v in docs.items()},
            "examples": examples}


def read_dump(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", type=Path, help="write every label row here (JSON lines)")
    ap.add_argument("--from", dest="source", type=Path, help="read the rows of an earlier --dump instead of running the pool")
    ap.add_argument("--before", type=Path, help="a dump to compare with (the before column)")
    ap.add_argument("--out", type=Path, help="write the summary here (TSV)")
    ap.add_argument("--examples", type=int, default=8, help="how many labels to show per shape")
    args = ap.parse_args(argv)
    if args.source:
        rows = read_dump(args.source)
    else:
        skip = held_out()
        files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
        rows = list(collect(files))
        if args.dump:
            with args.dump.open("w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    after = summary(rows)
    before = summary(read_dump(args.before)) if args.before else None
    n_docs = len({r["doc"] for r in rows})
    lines = [f"# Indicator labels of target rows over the development pool ({n_docs} documents with targets; held-out halves excluded).",
             "# Made by scripts/survey_labels.py; a row may have several shapes; 'labels' counts distinct label strings.",
             "shape\trows_before\trows_after\tlabels_before\tlabels_after\tdocuments_after\texamples_after"]
    for s in ("all", "clean", "any-shape") + SHAPES + ("concepts",):
        b_rows = before["rows"].get(s, "") if before else ""
        b_lab = before["labels"].get(s, "") if before else ""
        ex = "|".join(f"{lab}×{n}" for lab, n in after["examples"][s].most_common(args.examples)) if s in SHAPES else ""
        lines.append(f"{s}\t{b_rows}\t{after['rows'].get(s, '' if s == 'concepts' else 0)}\t{b_lab}\t{after['labels'].get(s, 0)}"
                     f"\t{after['docs'].get(s, '')}\t{ex}")
    out = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    print(out, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
