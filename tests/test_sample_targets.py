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


def test_exclude_docs_of_reads_the_doc_column_else_the_second(tmp_path):
    named = tmp_path / "named.tsv"
    named.write_text("# a comment\nn\tunit\tdoc\tnote\n1\t%\t30\tx\n2\tt\t42\ty\n", encoding="utf-8")
    older = tmp_path / "older.tsv"
    older.write_text("# a comment\nn\tnumber\tsentence\n12\t16\t某句\n209\t64\t另一句\n", encoding="utf-8")
    assert sample_targets.docs_of(named) == {"30", "42"}
    assert sample_targets.docs_of(older) == {"16", "64"}


def test_draw_skips_keyed_and_excluded_documents(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(sample_targets, "process_bytes", lambda data, name: seen.append(name) or type(
        "D", (), {"annotations": {}, "text": ""})())
    keyed = sample_targets.keyed()
    excluded = {"30", "42"} - keyed
    sample_targets.draw(5, 1, excluded)
    stems = {n.removesuffix(".txt") for n in seen}
    assert stems and not stems & keyed and not stems & excluded


def test_exclude_docs_of_a_missing_file_is_a_one_line_error(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "sample_targets.py"), "draw", "--out", str(tmp_path / "x.tsv"),
                        "--exclude-docs-of", str(tmp_path / "nope.tsv")], capture_output=True, text=True)
    assert r.returncode != 0 and "does not exist" in r.stderr and r.stderr.count("\n") == 1


def test_halves_pick_the_documents_of_those_halves_only():
    rows = [ln.split("\t") for ln in sample_targets.SPLIT.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#") and "\t" in ln]
    test10 = {r[0] for r in rows if r[1] == "test10"}
    assert test10 and sample_targets.in_halves({"test10"}) == test10
    both = sample_targets.in_halves({"test9", "test10"})
    assert test10 < both and both <= sample_targets.keyed()
    assert sample_targets.in_halves({"no-such-half"}) == set()
