#!/usr/bin/env python3
"""Values the target tagger read and then dropped, over the pool outside the held-out halves, each with its reason and
its clause: the map of issue 14's class 5 and of the gates (lane TK8, corpus/tk8-dropped-and-fresh.md).

    python scripts/survey_dropped.py --out /tmp/dropped.tsv --jobs 2                  # one pass over the pool
    python scripts/survey_dropped.py --out /tmp/dropped.tsv --sample 40 --seed 20261717   # … and a draw to read by hand
    python scripts/survey_dropped.py --reasons /tmp/dropped.tsv                      # rows and documents per reason

A value is read and dropped when the target tagger logs its label rejected (reason ``label-rejected``: the clause read
from the frame that logged it, as scripts/survey_rejected.py), when a gate retypes it a record, a forecast or a condition
(reason: the annotation's rule, ``record-previous-plan``, ``condition-list``, ``forecast-sentence`` …; a rule
``…-level``/``…-change`` of the clause reader is followed by the gate that set the status: ``words`` (records.status_of:
预计, 已, 应当 …), ``undated`` (累计, 原则上 with no deadline), ``threshold`` (records.threshold_or_count: 30万千瓦及以上的),
``other-gate`` (以…为重点, a timeless norm)) or when
kg/annotate/design_specs.py drops it as one project's spec (reason ``design-spec``). Values no rule read with a
comparator are scripts/survey_missed.py's unclaimed values, not these. The sample leaves out ``record-section`` (every
value of a 发展基础 section, a record by the section alone) unless ``--all``. Held-out documents (score.held_out()) are
never read. Rows of reason ``kept`` are the targets emitted, to diff the pass of two versions (not counted, not drawn).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import over_pool, print_counts, read, tsv_writer, write_sample  # noqa: E402

from kg.annotate import design_specs, targets  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402

# the gates of targets._group_targets a value's status comes from (the rest, 以…为重点 and timeless norms: other-gate)
_GATES = {"status_of": "words", "undated_status": "undated", "threshold_or_count": "threshold"}
COLUMNS = ["doc", "reason", "layer", "value", "unit", "comparator", "label", "surface", "clause"]


class _Catch(logging.Handler):
    """Each rejected label with its value and clause, read from the frame that logged it (targets._group_targets)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.rows: list[list[str]] = []

    def emit(self, record):
        msg = record.getMessage()
        if "rejected" not in msg:
            return
        f = sys._getframe()
        while f is not None and "clause" not in f.f_locals:
            f = f.f_back
        loc = f.f_locals if f is not None else {}
        group = loc.get("group") or []
        surface = "".join(m.group(0) for m in group)
        self.rows.append(["label-rejected", "target", "", "", "", msg.split(": ", 1)[-1], surface, str(loc.get("clause", ""))])


def _clean(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


def survey_one(path: Path) -> list[list[str]]:
    catch = _Catch()
    loggers = [logging.getLogger(n) for n in ("kg.annotate.targets", "kg.annotate.heads")]
    for lg in loggers:
        lg.addHandler(catch)
        lg.setLevel(logging.INFO)
    specs: list = []
    keep = design_specs.drop_specs

    def drop_specs(found):
        kept = keep(found)
        specs.extend(a for a in found if a not in kept)
        return kept

    design_specs.drop_specs = drop_specs
    gates: dict[int, str] = {}  # the value's start → the gate of _group_targets that gave it a status other than target
    wrapped = {name: getattr(targets, name) for name in _GATES}

    def gate(name):
        def call(*args, **kw):
            got = wrapped[name](*args, **kw)
            status = got[1] if isinstance(got, tuple) else got
            loc = sys._getframe(1).f_locals
            if status not in (None, "target") and "first" in loc:
                gates.setdefault(loc["a"] + loc["first"].start(), _GATES[name] + "-" + status)
            return got
        return call

    for name in _GATES:
        setattr(targets, name, gate(name))
    try:
        doc = process_bytes(path.read_bytes(), path.name)
    except Exception:  # a text with no policy structure: nothing to survey
        return []
    finally:
        design_specs.drop_specs = keep
        for name, fn in wrapped.items():
            setattr(targets, name, fn)
        for lg in loggers:
            lg.removeHandler(catch)
    text = doc.text
    rows = [[path.stem, *r] for r in catch.rows]

    def clause_of(a) -> str:
        cs, ce = a.get("clause_start"), a.get("clause_end")
        return text[cs:ce] if cs is not None and ce is not None else text[max(0, a.start - 40):a.end + 20]

    dropped = [("design-spec", a) for a in specs] + [(a.rule, a) for layer in ("record", "condition")
                                                    for a in doc.annotations.get(layer, [])]
    dropped += [("kept", a) for a in doc.annotations.get("target", [])]  # the targets, to diff two versions
    for reason, a in dropped:
        at = a.get("value_start")
        if reason.endswith("-level") or reason.endswith("-change"):
            reason += ":" + gates.get(at, "other-gate")  # which gate of the target tagger: status words, a threshold …
        rows.append([path.stem, reason, a.layer, str(a.get("value")), a.get("unit") or "", a.get("comparator") or "",
                     a.get("indicator_label") or "", text[a.start:a.end], clause_of(a)])
    return [[_clean(c) for c in r] for r in rows]


def reasons(path: Path) -> None:
    rows = [r for r in read(path) if r["reason"] != "kept"]
    print_counts(rows, lambda r: r["reason"], "reason")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="the TSV of dropped values (written unless it exists and --sample is given)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--sample", type=int, default=0, help="draw this many rows into OUT.sample.tsv")
    ap.add_argument("--seed", type=int, default=20261717, help="seed of the sample")
    ap.add_argument("--all", action="store_true", help="draw from record-section rows too")
    ap.add_argument("--reasons", type=Path, help="count rows and documents per reason of a dropped TSV")
    args = ap.parse_args()
    if args.reasons:
        reasons(args.reasons)
        return 0
    if not args.out:
        ap.error("give --out FILE or --reasons FILE")
    if not args.out.exists() or not args.sample:
        with args.out.open("w", encoding="utf-8") as fh:
            w = tsv_writer(fh)
            w.writerow(COLUMNS)
            for rows in over_pool(survey_one, args.jobs):
                w.writerows(rows)
    if args.sample:
        rows = [r for r in read(args.out) if r["reason"] != "kept" and (args.all or r["reason"] != "record-section")]
        write_sample(args.out.with_suffix(".sample.tsv"), rows, args.sample, args.seed, COLUMNS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
