#!/usr/bin/env python3
"""Score policykg's tagging against the answer keys of the development pool (corpus/keys/).

    python scripts/score.py                    # dev half: P/R/F1 per layer, per document and pooled
    python scripts/score.py --json             # the same as JSON
    python scripts/score.py --keys DIR         # keys read from another folder (same format)
    python scripts/score.py --half dev,dev2    # several halves pooled (`--half dev` means dev+dev2+…+dev18)
    python scripts/score.py --half test        # a held-out half (test … test10): for the reported figures only
    python scripts/score.py --half test --exclude 179   # leave documents out (a held-out one a brief leaked)

Keys are described in corpus/keys/README.md; texts are read from ../shared/dual-carbon/N.txt and
run through kg.pipeline (no build). Matching never uses provision numbers (the structure may be
re-numbered): a predicted target matches a key row when value, value_max and unit agree and its
clause or sentence holds the key's quote (white space ignored); comparator, change, base year and
deadline are scored over the matched rows, and so is the indicator label (strict: the same label or
concept; lenient: also one label inside the other, see ``label_agreement``). Actors are matched by name or alias (and jurisdiction
when the key gives one), names the conventions list as one actor folded (``_one_actor``: 19, 22, 32(a)(b), 69); roles by (provision holding the quote, actor, role), ``co-lead`` and
``participant`` counting as ``co``. A role carrying a ``task`` (a later list of one item, a table cell's
row) is keyed on that part of its provision, which then opens the provisions its quote may be found in.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()
LAYERS = ("targets", "actors", "roles")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


_BRACKETS = str.maketrans("〔〕", "()")


def _norm(s: str) -> str:
    """Quotes compared without white space and by compatibility form (％ = %, full-width digits): keys quote
    the printed text, the tagger reads the cleaned one. 〔〕 around a tier's variants are the brackets （） are
    (convention 47: 各县〔市、区〕人民政府 and 各县（市、区）人民政府 are one name)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).translate(_BRACKETS)


def _dec(s) -> Decimal | None:
    try:
        return Decimal(str(s)) if s not in (None, "") else None
    except InvalidOperation:
        return None


HALVES = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10")
ALIASES = {"dev": ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25")}  # the tuning set is every development half


def halves(spec: str) -> tuple[str, ...]:
    """``dev`` → every dev half (dev, dev2 … dev25); ``dev,dev2`` or ``test2`` as given. Unknown names raise ValueError."""
    out: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part not in HALVES:
            raise ValueError(f"unknown half {part!r}; choose among {', '.join(HALVES)}")
        for h in ALIASES.get(part, (part,)) if "," not in spec else (part,):
            if h not in out:
                out.append(h)
    return tuple(out)


def held_out(keys: Path | None = None) -> set[str]:
    """Every held-out document: what no survey, tuning or test may read. Every document of split.tsv outside the
    development halves (ALIASES["dev"]): the test halves, and a half HALVES does not list yet or a misspelt one (held
    out until it is named; the list of test halves once missed such a half, and pool_files() read its texts)."""
    path = (keys or ROOT / "corpus" / "keys") / "split.tsv"
    if not path.exists():
        path = ROOT / "corpus" / "keys" / "split.tsv"
    development = set(ALIASES["dev"])
    return {r["number"] for r in _rows(path) if r["half"] not in development}


def pool_documents(files):
    """(path, document) of each pool file the pipeline reads; a text with no policy structure is skipped."""
    from kg.pipeline import process_bytes

    for path in files:
        try:
            doc = process_bytes(path.read_bytes(), path.name)
        except Exception:  # a text with no policy structure: nothing to survey
            continue
        yield path, doc


def split(keys: Path, half: str) -> list[str]:
    path = keys / "split.tsv"
    if not path.exists():
        path = ROOT / "corpus" / "keys" / "split.tsv"
    wanted = halves(half)
    return [r["number"] for r in _rows(path) if r["half"] in wanted]


# ---------------------------------------------------------------- predictions


def _jur_key(s: str) -> str:
    """A jurisdiction as a comparable key: 江苏省 = 江苏, 国家 = 中央 = national."""
    try:
        from kg.annotate.jurisdiction import place_key
    except ImportError:
        return s
    return place_key(s)


def predicted(doc) -> dict[str, list[dict]]:
    """policykg's answers for one document, in the keys' terms."""
    from kg.annotate.base import contexts

    try:
        from kg.annotate.actors import actor_names
    except ImportError:  # an older policykg: names from actors.tsv
        from kg.annotate.actors import actor_table

        def actor_names(ann):
            row = actor_table()[ann.get("actor")]
            return {row["label_zh"], *[x for x in row["aliases"].split("|") if x]}
    from kg.link import linked

    text = doc.text
    sent = {}
    for c in contexts(doc):
        sent[c.sentence.start] = c
    targets = []
    for ul in linked(doc).units.values():
        for a in ul.targets:
            s = next((c for c in contexts(doc) if c.sentence.start <= a.start < c.sentence.end), None)
            sentence = text[s.sentence.start:s.sentence.end] if s else text[a.get("clause_start"):a.get("clause_end")]
            targets.append({
                "clause": _norm(text[a.get("clause_start"):a.get("clause_end")]), "sentence": _norm(sentence),
                "value": _dec(a.get("value")), "value_max": _dec(a.get("value_max")), "unit": a.get("unit") or "",
                "comparator": a.get("comparator") or "", "change": a.get("change") or "",
                "base_year": str(a.get("base_year") or ""), "year": str(a.get("year") or ""),
                "indicator": a.get("indicator_label") or "", "indicator_id": a.get("indicator") or "", "span": text[a.start:a.end],
                "deadline_source": a.get("deadline_source") or "",
            })
    actors: dict[tuple, dict] = {}
    spans = sorted((c.sentence.start, c.sentence.end) for c in contexts(doc))
    import bisect

    def in_text(pos):  # front matter (title, issuers, signatures) is no sentence of the policy
        i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    for ctx_ann in doc.annotations.get("actor", []):
        if not in_text(ctx_ann.start):
            continue
        names = actor_names(ctx_ann)
        key = (ctx_ann.get("actor"), ctx_ann.get("jurisdiction") or "")
        row = actors.setdefault(key, {"names": set(names), "printed": set(), "jurisdiction": ctx_ann.get("jurisdiction") or "", "surface": text[ctx_ann.start:ctx_ann.end]})
        row["names"].add(text[ctx_ann.start:ctx_ann.end])  # as printed here, too
        row["printed"].add(text[ctx_ann.start:ctx_ann.end])
    roles = {}
    by_actor = {}
    for a in doc.annotations.get("actor", []):
        by_actor[(a.start, a.end)] = a
    for ann in doc.annotations.get("role", []):
        role = ann.get("role")
        if role == "mentioned" or ann.rule == "role-subject":
            continue  # the keys hold roles stated by responsibility wording, not subjects of 要
        role = "lead" if role == "lead" else "co"
        chain = _provisions(doc, ann.start)
        if ann.get("task") is not None:  # the part of its provision a list or a table cell answers for: a row, a later list
            chain = [(ann.get("task"), _norm(text[ann.get("task"):ann.get("task_end")]), 0)] + chain
        actor_ann = by_actor.get((ann.start, ann.end))
        names = actor_names(actor_ann) if actor_ann is not None else {ann.get("actor")}
        names = set(names) | {text[ann.start:ann.end]}  # as printed here, too (as actors are matched)
        k = (chain[0][0] if chain else -1, ann.get("actor"), ann.get("jurisdiction") or "", role)
        roles.setdefault(k, {"provisions": [(p[1], p[2]) for p in chain], "names": names, "role": role, "label": text[ann.start:ann.end],
                             "jurisdiction": actor_ann.get("jurisdiction") if actor_ann is not None else ""})
    return {"targets": targets, "actors": list(actors.values()), "roles": list(roles.values())}


def _provisions(doc, pos: int) -> list[tuple[int, str]]:
    """The structural nodes holding ``pos``, innermost first (no sentences, no document root)."""
    chain = []
    for n in doc.root.walk():
        if n is doc.root or n.kind == "sentence":
            continue
        if n.start <= pos < n.end:
            chain.append((n.start, n.end, n))
    chain.sort(key=lambda t: (t[1] - t[0]))
    return [(s, _norm(doc.text[s:e]), len(_norm(doc.text[s:pos]))) for s, e, _ in chain]


def _holds(provision: str, at: int, quote: str) -> bool:
    """The provision opens with the quote, or holds it shortly before the role (an article of a
    chapter when articles are no provisions of their own)."""
    if provision.startswith(quote) or quote in provision[: max(len(quote) * 3, 60)]:
        return True
    i = provision.rfind(quote, 0, at + len(quote))
    return i >= 0 and at - i <= 400


# ---------------------------------------------------------------- matching


# corpus/keys/README.md conventions 19, 32(a)(b), 22 and 69 say in so many words which printed names are one actor; a key row
# prints one of them (the form printed first), the tagger may print another: both sides are folded the same way.
_ONE_NAME = (("人民政府", "政府"), ("相关", "有关"), ("各地区", "各地"), ("党中央", "中共中央"))  # 19, 32(b)
_NO_NARROWER = ("各类", "各", "全", "广大")  # 32(a): a leading word that picks out no narrower set
_PLACES = ("地方", "当地")  # 22: a place named as the doer and its 政府 (各区 / 各区政府, 地方 / 地方政府)


def _fold(name: str) -> str:
    s = _norm(name)
    for a, b in _ONE_NAME:
        s = s.replace(a, b)
    if len(s) > 2 and s.endswith("行业"):  # 69: X行业 = X业
        s = s[:-2] + "业"
    return s


def _one_actor(a: str, b: str) -> bool:
    """Two folded names one actor by a convention's literal list: equal; one the other with a leading 各, 各类, 全 or 广大
    (32(a): 市县 / 各市县); a class of places (各…, 地方, 当地) and the same with 政府 (22: 各区 / 各区政府)."""
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if any(x == w + y for w in _NO_NARROWER) and len(y) >= 2:
            return True
        if x == y + "政府" and (y.startswith("各") or y in _PLACES):
            return True
    return False


def _names_match(key_name: str, names: set[str]) -> bool:
    k = _fold(key_name)
    return any(_one_actor(k, _fold(n)) for n in names)


def _jur_match(key_jur: str, pred_jur: str) -> bool:
    return not key_jur or _jur_key(key_jur) == _jur_key(pred_jur or "")


def match_targets(keys: list[dict], preds: list[dict]):
    used, pairs = set(), []
    for k in keys:
        q = _norm(k["quote"])
        kv, kmax = _dec(k["value"]), _dec(k.get("value_max"))
        best = None
        for i, p in enumerate(preds):
            if i in used or p["value"] != kv or p["value_max"] != kmax or p["unit"] != k["unit"]:
                continue
            if q in p["clause"]:
                best = i
                break
            if best is None and q in p["sentence"]:
                best = i
        if best is not None:
            used.add(best)
            pairs.append((k, preds[best]))
    return pairs


def _label_key(s: str) -> str:
    """A label as compared: no white space, quotes, 的 or bracket marks (（一、二类） = (一、二类)), as
    ``kg.annotate.indicators.label_key`` keys a concept (导向的开发 = 导向开发)."""
    return re.sub(r"[\s“”\"'‘’的]", "", s or "").replace("(", "（").replace(")", "）")


LABEL_CLASSES = ("same", "concept", "key-in-emitted", "emitted-in-key", "other")


def label_agreement(key_label: str, pred: dict) -> str:
    """How a matched target's emitted indicator label agrees with the key's ``indicator``:
    ``same`` (equal once white space and quotes are ignored), ``concept`` (another surface of the same
    SKOS concept of ontology/indicators.tsv, the key's label read with its scope word off), ``key-in-emitted`` (the key's label inside the emitted
    one: a qualifier or scope word kept), ``emitted-in-key`` (the emitted label inside the key's: a
    qualifier dropped, 二氧化碳排放 for 单位GDP二氧化碳排放), else ``other``. The strict figure
    counts the first two, the lenient one all but ``other``."""
    k, e = _label_key(key_label), _label_key(pred.get("indicator"))
    if k == e:
        return "same"
    try:
        from kg.annotate.indicators import indicator_concept, strip_phrase
    except ImportError:
        indicator_concept = None
    if indicator_concept is not None and pred.get("indicator_id"):
        # the key's label as policykg would read it (全省单位地区生产总值能源消耗: 全省 is a scope)
        forms = {key_label, strip_phrase(key_label)[0]}
        if any(indicator_concept(f)[0] == pred["indicator_id"] for f in forms if f):
            return "concept"
    if k and e and k in e:
        return "key-in-emitted"
    if k and e and e in k:
        return "emitted-in-key"
    return "other"


def match_actors(keys: list[dict], preds: list[dict]):
    """Each key actor matches a predicted actor that has its printed name (and jurisdiction); one
    predicted actor may answer several key rows that print it differently (有关部门, 相关部门). A
    predicted actor printed with the key's name is taken before one that only has it as an alias (a
    key's bare 政府 is the 政府 tagged as printed, not a province's government whose aliases hold 政府)."""
    pairs = []
    for k in keys:
        fits = [p for p in preds if _names_match(k["actor"], p["names"]) and _jur_match(k.get("jurisdiction", ""), p["jurisdiction"])]
        if fits:
            pairs.append((k, next((p for p in fits if _names_match(k["actor"], p.get("printed", ()))), fits[0])))
    return pairs


def match_roles(keys: list[dict], preds: list[dict]):
    used, pairs = set(), []
    for k in keys:
        q = _norm(k["quote"])
        for i, p in enumerate(preds):
            if i in used or p["role"] != k["role"] or not _names_match(k["actor"], p["names"]):
                continue
            if any(_holds(prov, at, q) for prov, at in p["provisions"]):
                used.add(i)
                pairs.append((k, p))
                break
    return pairs


def _prf(n_key: int, n_pred: int, n_match: int) -> dict:
    p = n_match / n_pred if n_pred else (1.0 if not n_key else 0.0)
    r = n_match / n_key if n_key else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"key": n_key, "predicted": n_pred, "matched": n_match, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score_document(number: str, keys_dir: Path, pool: Path = POOL) -> dict:
    from kg.pipeline import process_bytes
    from kg.text.structure import StructureError

    out: dict = {"number": number}
    try:
        doc = process_bytes((pool / f"{number}.txt").read_bytes(), f"{number}.txt")
    except StructureError as e:  # policykg refuses the text (a news report with no headings): it emits nothing, every key row a miss
        doc, out["refused"] = None, str(e)
    pred = predicted(doc) if doc is not None else {"targets": [], "actors": [], "roles": []}
    for layer, matcher in (("targets", match_targets), ("actors", match_actors), ("roles", match_roles)):
        path = keys_dir / f"{number}.{layer}.tsv"
        if not path.exists():
            continue
        keys = _rows(path)
        if layer == "roles":
            keys = [k for k in keys if k.get("role") == "lead"]
            preds = [p for p in pred[layer] if p["role"] == "lead"]
        else:
            preds = pred[layer]
        pairs = matcher(keys, preds)
        res = _prf(len(keys), len(preds), len(pairs))
        if layer == "actors":  # recall over key rows, precision over distinct predicted actors
            hit = len({id(p) for _, p in pairs})
            res = {**_prf(len(keys), len(preds), len(pairs)), "matched_predicted": hit,
                   "precision": round(hit / len(preds), 3) if preds else (1.0 if not keys else 0.0)}
            pr, rc = res["precision"], res["recall"]
            res["f1"] = round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0
        matched_ids = {id(p) for _, p in pairs}
        matched_keys = {id(k) for k, _ in pairs}
        res["misses"] = [_show(layer, k) for k in keys if id(k) not in matched_keys]
        res["extra"] = [_show(layer, p) for p in preds if id(p) not in matched_ids]
        if layer == "targets":
            res["attributes"] = {
                attr: sum(1 for k, p in pairs if (k.get(attr) or "") == (p[attr] or "")) for attr in ("comparator", "change", "base_year", "year")
            }
            res["wrong"] = [
                {"quote": k["quote"], **{a: (k.get(a), p[a]) for a in ("comparator", "change", "base_year", "year") if (k.get(a) or "") != (p[a] or "")}}
                for k, p in pairs if any((k.get(a) or "") != (p[a] or "") for a in ("comparator", "change", "base_year", "year"))
            ]
            labelled = [(k, p, label_agreement(k["indicator"], p)) for k, p in pairs if k.get("indicator")]
            res["labels"] = {c: sum(1 for *_, x in labelled if x == c) for c in LABEL_CLASSES}
            res["label_wrong"] = [f"{k['indicator']} → {p['indicator']} ({c})" for k, p, c in labelled if c not in ("same", "concept")]
        out[layer] = res
    return out


def _show(layer: str, row: dict) -> str:
    if layer == "targets":
        if "quote" in row:
            return f"{row['quote']} {row['value']}{row['unit']}"
        return f"{row['span']} {row['value']}{row['unit']} [{row['indicator']}]"
    if layer == "actors":
        if "actor" in row:
            return f"{row['actor']}@{row.get('jurisdiction', '')}"
        return f"{row['surface']}@{row['jurisdiction']}"
    if "actor" in row:
        return f"{row['quote'][:12]}|{row['actor']}|{row['role']}"
    return f"{row['provisions'][0][0][:12] if row['provisions'] else ''}|{row['label']}|{row['role']}"


def score(half: str = "dev", keys_dir: Path | None = None, pool: Path = POOL, exclude: frozenset[str] = frozenset()) -> dict:
    """``exclude``: document numbers left out of the half (a held-out document a brief leaked, reported apart)."""
    keys_dir = keys_dir or ROOT / "corpus" / "keys"
    docs = []
    for number in split(keys_dir, half):
        if number in exclude:
            continue
        if any((keys_dir / f"{number}.{layer}.tsv").exists() for layer in LAYERS):
            docs.append(score_document(number, keys_dir, pool))
    pooled = {}
    for layer in LAYERS:
        rows = [d[layer] for d in docs if layer in d]
        if not rows:
            continue
        pooled[layer] = _prf(sum(r["key"] for r in rows), sum(r["predicted"] for r in rows), sum(r["matched"] for r in rows))
        if layer == "actors":
            n_pred, hit = sum(r["predicted"] for r in rows), sum(r["matched_predicted"] for r in rows)
            pooled[layer]["precision"] = round(hit / n_pred, 3) if n_pred else 0.0
            pr, rc = pooled[layer]["precision"], pooled[layer]["recall"]
            pooled[layer]["f1"] = round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0
        if layer == "targets":
            matched = sum(r["matched"] for r in rows)
            for attr in ("comparator", "change", "base_year", "year"):
                ok = sum(r["attributes"][attr] for r in rows)
                pooled[layer][f"{attr}_accuracy"] = round(ok / matched, 3) if matched else None
            labels = {c: sum(r["labels"][c] for r in rows) for c in LABEL_CLASSES}
            n = sum(labels.values())
            pooled[layer]["labels"] = labels
            pooled[layer]["label_strict"] = round((labels["same"] + labels["concept"]) / n, 3) if n else None
            pooled[layer]["label_lenient"] = round((n - labels["other"]) / n, 3) if n else None
    return {"half": half, "keys": str(keys_dir), "documents": docs, "pooled": pooled}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", default="dev", help="dev (= dev+dev2+…+dev18), dev2 … dev18, test … test10, or a comma list")
    ap.add_argument("--keys", type=Path, default=None, help="folder of key files (default corpus/keys/)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    ap.add_argument("--exclude", default="", help="document numbers to leave out, joined by commas (e.g. a held-out "
                    "document no longer unseen: split.tsv's disclosures say which)")
    args = ap.parse_args(argv)
    keys_dir = args.keys or ROOT / "corpus" / "keys"
    if not keys_dir.is_dir():
        print(f"score: no keys folder {keys_dir}; give one with --keys", file=sys.stderr)
        return 2
    if not (keys_dir / "split.tsv").exists() and not (ROOT / "corpus" / "keys" / "split.tsv").exists():
        print(f"score: no split.tsv in {keys_dir}; give the keys folder with --keys", file=sys.stderr)
        return 2
    if not POOL.is_dir():
        print(f"score: the pool {POOL} is missing; check out ../shared next to the project", file=sys.stderr)
        return 2
    try:
        halves(args.half)
    except ValueError as e:
        print(f"score: {e}", file=sys.stderr)
        return 2
    result = score(args.half, keys_dir, exclude=frozenset(n for n in args.exclude.split(",") if n))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"half: {result['half']}  keys: {result['keys']}  documents: {len(result['documents'])}")
    print(f"{'doc':>6} {'layer':8} {'key':>4} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for d in result["documents"]:
        if "refused" in d:
            print(f"{d['number']:>6} refused by policykg (nothing emitted, every key row a miss): {d['refused']}")
        for layer in LAYERS:
            if layer in d:
                r = d[layer]
                print(f"{d['number']:>6} {layer:8} {r['key']:>4} {r['predicted']:>5} {r['matched']:>5} {r['precision']:>6.2f} {r['recall']:>6.2f} {r['f1']:>6.2f}")
                if args.verbose:
                    for m in r["misses"]:
                        print(f"         miss  {m}")
                    for m in r["extra"]:
                        print(f"         extra {m}")
                    for w in r.get("wrong", []):
                        print(f"         wrong {w}")
                    for w in r.get("label_wrong", []):
                        print(f"         label {w}")
    for layer, r in result["pooled"].items():
        print(f"{'pooled':>6} {layer:8} {r['key']:>4} {r['predicted']:>5} {r['matched']:>5} {r['precision']:>6.2f} {r['recall']:>6.2f} {r['f1']:>6.2f}")
    t = result["pooled"].get("targets")
    if t:
        print(f"matched targets: comparator {t['comparator_accuracy']}, deadline {t['year_accuracy']}, "
              f"change {t['change_accuracy']}, base year {t['base_year_accuracy']}")
        lab = t["labels"]
        print(f"indicator labels of matched targets: strict {t['label_strict']} (same {lab['same']} + same concept {lab['concept']}"
              f" of {sum(lab.values())}), lenient {t['label_lenient']} (+ key in emitted {lab['key-in-emitted']},"
              f" emitted in key {lab['emitted-in-key']}); other {lab['other']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
