#!/usr/bin/env python3
"""Calls for projects or proposals in the non-held-out pool (issue 14, class 3; brief RQ): which documents
kg/annotate/calls.py takes for calls (by the title, by two or more 研究内容：/考核指标： labels), and how many of their
values it makes requirements (condition-call-spec) against the targets that stay.

    python scripts/survey_calls.py            # one row a document that is a call or prints a label, then totals

Held-out documents are never read (scripts/score.py held_out()).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_survey import pool_files  # noqa: E402
from score import held_out  # noqa: E402

from kg.annotate.calls import is_call_title, label_lines  # noqa: E402
from kg.pipeline import process_bytes  # noqa: E402


def main() -> int:
    skip = held_out()
    print("doc\tby_title\tlabels\tcall_spec\ttargets\ttitle")
    docs = titled = labelled = spec = kept = 0
    for path in pool_files():
        if path.stem in skip:
            continue
        try:
            doc = process_bytes(path.read_bytes(), path.name)
        except Exception:  # a text with no policy structure: nothing to survey
            continue
        by_title = is_call_title(doc.root.title)
        labels = len(label_lines(doc.text))
        if not by_title and not labels:
            continue
        n_spec = sum(a.rule == "condition-call-spec" for a in doc.annotations.get("condition", []))
        n_target = len(doc.annotations.get("target", []))
        docs += 1
        titled += by_title
        labelled += labels >= 2
        spec += n_spec
        kept += n_target if (by_title or labels >= 2) else 0
        print(f"{path.stem}\t{int(by_title)}\t{labels}\t{n_spec}\t{n_target}\t{doc.root.title}")
    print(f"# documents {docs}: calls by title {titled}, by two or more labels {labelled}; "
          f"condition-call-spec {spec}, targets left in calls {kept}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
