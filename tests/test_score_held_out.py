"""scripts/score.py's held_out(): what no survey, tuning or test may read (issue 14), from split.tsv itself. A half
the split holds that HALVES does not list yet (a new round test11 keyed before score.py learns its name, a half
misspelt) is held out, never surveyed: before RV16 only the test halves HALVES named were, and pool_survey's
pool_files() would have read such a half's texts. Development halves are never held out."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import score  # noqa: E402

SPLIT = "number\thalf\n1\tdev\n2\tdev17\n3\ttest\n4\ttest10\n5\ttest11\n6\ttset12\n"


def test_every_half_but_the_development_ones_is_held_out(tmp_path):
    (tmp_path / "split.tsv").write_text(SPLIT, encoding="utf-8")
    assert score.held_out(tmp_path) == {"3", "4", "5", "6"}


def test_the_real_split_holds_out_every_test_half():
    real = score.held_out()
    named = set(score.split(score.ROOT / "corpus" / "keys", ",".join(h for h in score.HALVES if h.startswith("test"))))
    assert named <= real and len(real) >= 87
    assert not real & set(score.split(score.ROOT / "corpus" / "keys", "dev"))
