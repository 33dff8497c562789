"""scripts/sample_targets.py: the hand-checked target sample (issue 14) is scored as the README says."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sample_targets  # noqa: E402

SAMPLE = ROOT / "corpus" / "samples" / "targets-sample.tsv"


def test_sentence_is_the_one_holding_the_span():
    text = "一、目标\n到2025年，森林覆盖率达到24%。累计建成100座。\n"
    i = text.index("森林")
    assert sample_targets.sentence(text, i, i + 10) == "到2025年，森林覆盖率达到24%。"


def test_score_counts_fields_only_on_real_targets(tmp_path):
    cols = sample_targets.COLUMNS
    rows = [dict.fromkeys(cols, "") for _ in range(3)]
    verdicts = [("y", "y", "y", "y", "y", "y"), ("y", "n", "y", "y", "y", "y"), ("n", "-", "-", "-", "-", "-")]
    for r, v in zip(rows, verdicts):
        r.update(zip((f"{f}_ok" for f in sample_targets.FIELDS), v))
    f = tmp_path / "s.tsv"
    f.write_text("# comment\n" + "\t".join(cols) + "\n" + "".join("\t".join(r[c] for c in cols) + "\n" for r in rows), encoding="utf-8")
    got = sample_targets.score(f)
    assert got["target"] == (2, 3) and got["indicator"] == (1, 2) and got["value"] == (2, 2) and got["all"] == (1, 3)


def test_the_checked_sample_is_complete_and_scores():
    got = sample_targets.score(SAMPLE)
    assert got["target"][1] == 50  # every row judged
    real = got["target"][0]
    assert all(judged == real for f, (_, judged) in got.items() if f not in ("target", "all"))


def test_draw_never_overwrites_a_checked_sample():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "sample_targets.py"), "draw", "--out", str(SAMPLE)],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "exists" in r.stderr and r.stderr.count("\n") == 1
