"""Related measures of a rebuild from the previous build's rows (kg/analysis/related_update.py, kg/related_memo.py):
row for row the clean computation's, whatever was added, changed or removed; and a score depends on its pair alone."""
from __future__ import annotations

import random

import pytest

from kg.analysis.related import Profile, Space, iter_related
from kg.analysis.related_update import relations, update
from kg.labels import concept_labels
from kg.related_memo import related_rows, write_runs


@pytest.fixture(autouse=True)
def _never_whole(monkeypatch):
    """Small corpora here: the kept rows are merged however many rows are new (a large share is computed whole)."""
    import kg.analysis.related_update

    monkeypatch.setattr(kg.analysis.related_update, "_WHOLE", 1.0)

WORDS = ["森林覆盖率", "碳排放", "能源消费", "可再生能源", "光伏", "风电", "储能", "氢能", "工业园区", "建筑节能",
         "交通运输", "新能源汽车", "循环经济", "固体废物", "水资源", "生态保护", "碳汇", "农业农村", "绿色金融", "标准体系",
         "监测", "考核", "试点示范", "数字化", "技术创新", "人才", "财政", "价格", "市场", "国际合作"]
FEATURES = {"actor": ["ndrc", "mee", "miit", "mof", "nea", "省发展改革委"], "indicator": ["forest_cover", "energy_intensity"],
            "sector": ["energy", "industry", "transport"], "place": ["福建省", "浙江省"], "instrument": ["subsidy", "pilot"]}


def _doc(rng: random.Random, d: str, version: int = 0) -> list[Profile]:
    out = []
    for k in range(rng.randint(1, 7)):
        feats = {kind: set(rng.sample(ids, rng.randint(0, 2))) for kind, ids in FEATURES.items()}
        words = [rng.choice(WORDS[: rng.randint(5, len(WORDS))]) for _ in range(rng.randint(0, 12))]
        out.append(Profile(f"{d}/m{k}", d, f"（{k}）", feats, words + ["新词"] * version))
    return out


def _corpus(seed: int, n: int) -> dict[str, list[Profile]]:
    rng = random.Random(seed)
    return {f"https://example.org/doc{i:02d}": _doc(rng, f"https://example.org/doc{i:02d}") for i in range(n)}


def _profiles(docs: dict) -> list[Profile]:
    return [p for d in sorted(docs) for p in docs[d]]


def _rows(docs: dict, keys: dict, previous):
    rows, reused = update(Space(_profiles(docs)), keys, previous, concept_labels())
    return rows, reused, {"keys": dict(keys), "rows": {src: (doc, picks, b"") for src, doc, picks in rows}}


@pytest.mark.parametrize("seed", range(6))
def test_a_rebuild_gives_the_clean_rows(seed):
    rng = random.Random(100 + seed)
    docs = _corpus(seed, 14)
    keys = {d: f"k-{d}" for d in docs}
    _, _, previous = _rows(docs, keys, None)
    # one added, one changed (a new key, other words), one removed
    added = "https://example.org/doc05b"
    docs[added] = _doc(rng, added)
    changed = sorted(docs)[3]
    docs[changed] = _doc(rng, changed, version=1)
    removed = sorted(docs)[9]
    del docs[removed]
    keys = {d: f"k-{d}" + ("-2" if d == changed else "") for d in docs}
    rows, reused, _ = _rows(docs, keys, previous)
    clean = list(iter_related(_profiles(docs)))
    assert relations(rows) == clean
    assert any(reused) and not all(reused)


def test_an_added_document_recomputes_only_the_rows_it_enters():
    docs = _corpus(7, 20)
    keys = {d: d for d in docs}
    _, _, previous = _rows(docs, keys, None)
    new = "https://example.org/doc99"
    docs[new] = _doc(random.Random(1), new)
    keys[new] = new
    rows, reused, _ = _rows(docs, keys, previous)
    assert relations(rows) == list(iter_related(_profiles(docs)))
    n = len(rows)
    assert sum(reused) > n // 2  # a row the new document does not enter is the previous one


def test_a_score_depends_on_its_pair_alone():
    # the reference weights, not the build's other documents: adding documents moves no kept pair's score
    docs = _corpus(3, 10)
    before = {(r.source, r.target): (r.score, r.text_similarity, r.reason) for r in iter_related(_profiles(docs))}
    more = dict(docs, **_corpus(4, 12))  # doc00 … doc11 of another draw replace and add
    for d in list(more)[:10]:
        more[d] = docs[d]
    after = {(r.source, r.target): (r.score, r.text_similarity, r.reason) for r in iter_related(_profiles(more))}
    both = before.keys() & after.keys()
    assert both and all(before[k] == after[k] for k in both)


def test_the_memo_gives_the_lines_of_a_clean_build(tmp_path):
    docs = _corpus(11, 12)
    keys = {d: d for d in docs}
    old, new = tmp_path / "old", tmp_path / "new"
    related_rows(_profiles(docs), keys, None, old)
    extra = "https://example.org/doc50"
    docs[extra] = _doc(random.Random(5), extra)
    keys[extra] = extra
    rows, lines = related_rows(_profiles(docs), keys, old, new)
    fresh_rows, fresh_lines = related_rows(_profiles(docs), keys, None, tmp_path / "fresh")
    assert rows == fresh_rows and lines == fresh_lines
    assert (new / "rows").read_bytes() == (tmp_path / "fresh" / "rows").read_bytes()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_runs(rows, lines, tmp_path / "a", 7)
    write_runs(fresh_rows, fresh_lines, tmp_path / "b", 1000)
    merged = {ln for p in (tmp_path / "a").iterdir() for ln in p.read_bytes().splitlines()}
    assert merged == {ln for p in (tmp_path / "b").iterdir() for ln in p.read_bytes().splitlines()}


def test_a_damaged_memo_is_computed_again(tmp_path):
    docs = _corpus(12, 8)
    keys = {d: d for d in docs}
    related_rows(_profiles(docs), keys, None, tmp_path / "old")
    path = tmp_path / "old" / "rows"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    rows, _ = related_rows(_profiles(docs), keys, tmp_path / "old", tmp_path / "new")
    assert relations(rows) == list(iter_related(_profiles(docs)))


def test_the_reference_weights_are_the_pool_s():
    # ontology/related_weights.tsv (scripts/related_weights.py): a word most provisions use weighs less than a rare one
    from kg.analysis.related import reference

    units, words, features = reference()
    assert units > 5000 and len(words) > 10000 and features
    assert words["绿色"] > 1000 and words.get("森林覆盖率", 0) < 200
    assert all(c >= 2 for c in words.values())  # a word of one provision is not listed: it weighs as the rarest
    assert {kind for kind, _ in features} == {"actor", "indicator", "sector", "place", "instrument"}
