"""scripts/score.py: a document policykg refuses (kg.text.structure.StructureError: prose that names no policy) is
scored as nothing emitted, every key row a miss, and marked refused; a half that holds one scores instead of stopping
with a traceback. A news report of a policy with no headings (dev23's 94 and 321) is read flat since lane NR
(kg/text/flat.py) and scored as any document. Written in a temporary pool and keys folder, so the test reads no pool
text."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import score  # noqa: E402

NEWS = "浙江出台某项指导意见\n近日，某部门发布《关于某事的指导意见》，提出，到2025年，全省森林覆盖率达到36.5%。\n"
PROSE = "今天天气很好，我们去公园散步，看到很多人在锻炼身体。到2025年全省森林覆盖率达到36.5%。\n"  # no policy named
TARGETS = "quote\tindicator\tvalue\tvalue_max\tunit\tcomparator\tchange\tbase_year\tyear\tbinding\taspirational\n" \
          "森林覆盖率达到36.5%\t森林覆盖率\t36.5\t\t%\t=\t\t\t2025\t\t\n"


def test_refused_document_scores_every_key_row_a_miss(tmp_path):
    pool, keys = tmp_path / "pool", tmp_path / "keys"
    pool.mkdir()
    keys.mkdir()
    (pool / "9001.txt").write_text(PROSE, encoding="utf-8")
    (keys / "9001.targets.tsv").write_text(TARGETS, encoding="utf-8")
    (keys / "9001.actors.tsv").write_text("actor\tjurisdiction\tkind\n某部门\t浙江省\tbody\n", encoding="utf-8")
    d = score.score_document("9001", keys, pool)
    assert "no policy structure found" in d["refused"]
    assert (d["targets"]["key"], d["targets"]["predicted"], d["targets"]["matched"]) == (1, 0, 0)
    assert (d["actors"]["key"], d["actors"]["predicted"], d["actors"]["recall"]) == (1, 0, 0.0)
    assert d["targets"]["misses"] == ["森林覆盖率达到36.5% 36.5%"]


def test_readable_document_is_not_marked_refused(tmp_path):
    pool, keys = tmp_path / "pool", tmp_path / "keys"
    pool.mkdir()
    keys.mkdir()
    (pool / "9002.txt").write_text("某市关于某事的通知\n一、目标\n到2025年，全市森林覆盖率达到36.5%。\n", encoding="utf-8")
    (keys / "9002.targets.tsv").write_text(TARGETS, encoding="utf-8")
    d = score.score_document("9002", keys, pool)
    assert "refused" not in d
    assert d["targets"]["matched"] == 1


def test_news_report_is_read_flat_and_scored(tmp_path):
    pool, keys = tmp_path / "pool", tmp_path / "keys"
    pool.mkdir()
    keys.mkdir()
    (pool / "9003.txt").write_text(NEWS, encoding="utf-8")
    (keys / "9003.targets.tsv").write_text(TARGETS, encoding="utf-8")
    d = score.score_document("9003", keys, pool)
    assert "refused" not in d
    assert (d["targets"]["key"], d["targets"]["predicted"], d["targets"]["matched"]) == (1, 1, 1)
