#!/usr/bin/env python3
"""Forms of responsibility lists over the development pool, and whether policykg reads each one.

    python scripts/survey_roles.py                 # counts per form → stdout (TSV)
    python scripts/survey_roles.py --out corpus/survey-roles.tsv
    python scripts/survey_roles.py --show FORM     # the occurrences of one form, with the roles read
    python scripts/survey_roles.py --dump /tmp/roles-after.jsonl   # every role of the pool, to compare versions
    python scripts/survey_roles.py --diff /tmp/roles-before.jsonl /tmp/roles-after.jsonl

Every document of ../shared/dual-carbon/ except the test, test2, test3 and test4 halves of
corpus/keys/split.tsv (never read while tuning). A *list* is a bracket holding 牵头, 责任单位,
配合单位, 按(照)职责分工 or 负责, or a line opening with a list label (牵头单位：…); prose forms
(由A牵头, A牵头…) and table headers with a 责任单位 column are counted too. Each occurrence is
classed by its wording and checked against the roles policykg tags inside it:

- ``expect`` says what a reader takes from the form: ``lead+co`` (牵头 named, or one body alone:
  （A负责）), ``co`` (no 牵头
  in a local document that states no convention: every body shares the duty), ``first`` (no 牵头,
  but the State Council's convention or the document's own statement makes the first body lead);
- ``read`` counts the occurrences whose tagged roles agree with ``expect`` (a list naming one body that is no
  collective expects its lead: the keys' convention 8);
- ``shared_unit`` counts the lists whose provision (the link stage's unit) holds another list, ``merged`` those
  with a stated role that repeats one an earlier list gave in the same provision part (``task``, else innermost
  node): what scripts/score.py counts once, the roles a reader keys per list lost; ``untagged`` the items of
  the lists that end as a body's name does but overlap no tagged actor (bodies no list rule can give a role).

Besides the bracket and label forms: ``prose:by-responsible`` (由X负责…, a duty in prose: no role unless 牵头,
convention 7), ``table:cells-KIND`` (the body cells of a table whose header names a 牵头/责任 column, each
counted as a row) and ``table:project…`` (the rows of project tables, kg/annotate/project_tables.py).
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from score import held_out, pool_documents  # noqa: E402
POOL = (ROOT / ".." / "shared" / "dual-carbon").resolve()

_DUTY = r"(?:按照?|依|根据)职责(?:分工)?"
_LABEL = r"(?:主要)?(?:牵头|责任|负责|配合|参与|协同|协作)(?:单位|部门|处室)\s*[:：]"
# the forms, most specific first: (name, pattern over the bracket's or line's text)
FORMS = (
    ("label-lead", re.compile(r"牵头(?:单位|部门|处室)\s*[:：]")),
    ("lead+duty", re.compile(r"牵头.*" + _DUTY + r"负责")),
    ("lead+join", re.compile(r"牵头.*(?:配合|参与|协助)")),
    ("lead-only", re.compile(r"牵头")),
    ("label-responsible-comma", re.compile(r"责任(?:单位|部门|处室)\s*[:：][^，,]*[，,]")),  # only where the document states it
    ("label-responsible+join", re.compile(r"(?:责任|负责)(?:单位|部门|处室)\s*[:：].*(?:配合|参与|协同|协作)(?:单位|部门)\s*[:：]")),
    ("label-responsible", re.compile(r"(?:主要)?(?:责任|负责)(?:单位|部门|处室)\s*[:：]")),
    ("label-join-only", re.compile(r"(?:配合|参与)(?:单位|部门)\s*[:：]")),
    ("duty-only", re.compile(_DUTY + r"负责")),
    ("responsible-alone", re.compile(r"^[^、，,等]{2,30}?负(?:总)?责$")),
    ("responsible-only", re.compile(r"负责(?:落实)?$")),
)
# a bracket, with the short brackets inside its items kept (［责任单位：…，各区（市）县政府（管委会）］); a line break inside it
# is a list the structure cut (（牵头单位：⏎市经信局；…）), counted as the form it is
_BRACKET = re.compile(r"[（(［\[〔【]((?:[^（()）［\]］〔〕【】\n]|\n(?!\n)|[（(][^（()）\n]{1,8}[）)]){2,300})[）)］\]〕】]")
_LINE_LABEL = re.compile(r"^\s*" + _LABEL + r".*$", re.M)
_PROSE_LEAD = re.compile(r"由[^，。；（）]{2,40}?牵头|[^，。；（）\n]{2,40}?牵头(?:负责|组织|制定|推进|开展|落实)")
_TABLE_HEAD = re.compile(r"^\s*(?:责任单位|牵头单位|责任部门|牵头部门|配合单位)\s*$", re.M)
_BY_RESPONSIBLE = re.compile(r"由(?:(?!牵头)[^，。；（）\n]){2,30}?(?:具体)?负责")  # 由X负责…: a duty in prose (convention 7: no role unless 牵头; 由X牵头负责 is prose:lead)




def classify(inner: str, comma: bool = False) -> str | None:
    for name, rx in FORMS:
        if name == "label-responsible-comma" and not comma:
            continue  # a comma splits the leads from the others only where the document says so
        if rx.search(inner):
            return name
    return None


def occurrences(text: str, comma: bool = False):
    """(form, start, end) of every list-like span of a cleaned text, each once."""
    seen: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(text):
        form = classify(m.group(1), comma)
        if form is None or not re.search(r"[厅委局办部中心府会司队室处团行]", m.group(1)):
            continue
        seen.append((m.start(), m.end()))
        yield form, m.start(), m.end()
    for m in _LINE_LABEL.finditer(text):
        if any(s <= m.start() < e for s, e in seen):
            continue
        form = classify(m.group(0), comma)
        if form:
            seen.append((m.start(), m.end()))
            yield "line:" + form, m.start(), m.end()
    for m in _PROSE_LEAD.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in seen):
            continue
        yield "prose:lead", m.start(), m.end()
    for m in _BY_RESPONSIBLE.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in seen):
            continue
        yield "prose:by-responsible", m.start(), m.end()
    for m in _TABLE_HEAD.finditer(text):
        yield "table:header", m.start(), m.end()


def table_columns(doc):
    """(kind, table node, header line start, end) of each table node whose lines name a column of bodies
    (``role_cues.tsv`` table-* rows, as kg/annotate/table_roles.py reads them), project tables included."""
    from kg.annotate.table_roles import _column

    for node in doc.root.walk():
        if node.kind != "table":
            continue
        pos = node.start
        for ln in doc.text[node.start:node.end].split("\n"):
            kind = _column(ln)
            if kind:
                yield kind, node, pos, pos + len(ln)
                break
            pos += len(ln) + 1


def table_rows(doc):
    """(form, rows, shared) per table with a column of bodies: a project table's rows (tasks of their own:
    ``table:project-<kind>``), else the body cells of the column (``table:cells-<kind>``: the rows of an
    indicator table are no provisions, so every cell's role falls in the table's one unit: ``shared``)."""
    from kg.annotate.project_tables import tables_of
    from kg.annotate.table_roles import _after_header, _cell_only

    projects = tables_of(doc)
    actors = sorted(doc.annotations.get("actor", []), key=lambda a: a.start)
    covered = []
    for kind, node, _, _ in table_columns(doc):
        pts = [t for t in projects if node.start <= t.start < node.end or t.start <= node.start < t.end]
        if pts:
            yield f"table:project-{kind}", [(r.start, r.end) for t in pts for r in t.rows], False
            covered += pts
            continue
        cells, done = [], -1
        for s, e in _after_header(doc.text, node):
            if s < done:
                continue
            cell = [a for a in actors if s <= a.start < e]
            e = max([e] + [a.end for a in cell])
            if cell and _cell_only(doc.text, s, e, cell):
                cells.append((s, e))
                done = e
        yield f"table:cells-{kind}", cells, True
    rest = [t for t in projects if t not in covered]
    if rest:  # project tables whose header is no table node of its own (text/project_rows.py found it)
        yield "table:project", [(r.start, r.end) for t in rest for r in t.rows], False


_DUE_FIELD = re.compile(r"[，,；;]\s*(?:完成|时限|期限|进度)[^，,；;：:]{0,6}[：:]")
_ITEM_SPLIT = re.compile(r"[、，,；;（）()［］\[\]〔〕【】\n]|[^、，,；;（）()［］\[\]〔〕【】\n]*[：:]|按照?职责分工|负责|牵头|配合|参与|和|及")


def untagged_items(text: str, s: int, e: int, named) -> int:
    """Items of a list that read as a body's name (ending as ``body_forms.tsv`` suffixes do) but overlap no tagged
    actor: bodies the actor layer missed, whose roles no list rule can give."""
    from kg.annotate.bodies import forms

    ends = forms()["suffix"] + forms().get("never-bare", ())
    count, pos = 0, s
    for piece in _ITEM_SPLIT.split(text[s:e]) + [""]:
        start = text.find(piece, pos, e) if piece else -1
        if start >= 0:
            pos = start + len(piece)
            item = piece.strip()
            if 2 < len(item) <= 20 and item.endswith(ends) and not any(a.start < start + len(piece) and start < a.end for a in named):
                count += 1
    return count


def _innermost(provisions, pos):
    found = None
    for n in provisions:
        if n.start > pos:
            break
        if pos < n.end and (found is None or n.end <= found.end):
            found = n
    return found


def expect(form: str, first_leads: bool, comma: bool) -> str:
    base = form.split(":")[-1]
    if base == "by-responsible":
        return "none"  # 由X负责… in prose: the duty of its subject, no role (keys' convention 7)
    if base == "header":
        return "lead+co"
    if base in ("label-lead", "lead+duty", "lead+join", "lead-only", "lead", "label-responsible+join", "responsible-alone"):
        return "lead+co"
    if base == "label-responsible-comma":
        return "lead+co" if comma else ("first" if first_leads else "co")
    if base == "label-join-only":
        return "co"
    return "first" if first_leads else "co"


def agrees(exp: str, leads: int, cos: int) -> bool:
    if exp == "none":
        return leads == 0 and cos == 0
    if exp == "lead+co":
        return leads >= 1
    if exp == "first":
        return leads == 1
    return leads == 0 and cos >= 1


def survey_leads(args) -> int:
    """Where the lead roles come from: every lead role ``scripts/score.py`` counts (role-subject and
    mentioned are not), by rule, and whether a list form of ``occurrences`` holds it. A lead outside
    every form is stated by no responsibility wording a reader would take as one."""
    from kg.annotate.roles import comma_convention

    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    counts: collections.Counter = collections.Counter()
    docs: dict[tuple, set] = collections.defaultdict(set)
    n = 0
    for path, doc in pool_documents(files):
        n += 1
        text = doc.text
        spans = [(s, e) for _, s, e in occurrences(text, comma_convention(doc))]
        for a in doc.annotations.get("role", []):
            if a.get("role") != "lead" or a.rule == "role-subject":
                continue
            where = "inside" if any(s <= a.start < e for s, e in spans) else "outside"
            counts[(a.rule, where)] += 1
            docs[(a.rule, where)].add(path.stem)
            if args.show == "OUT" and where == "outside":
                ctx = re.sub(r"\s+", "", text[max(0, a.start - 30):a.end + 30])
                print(f"{path.stem}\t{a.rule}\t{text[a.start:a.end]}\t{ctx}")
    print(f"# lead roles the scorer counts, over {n} documents (held-out halves excluded: {len(skip)})")
    print("rule\twhere\tdocuments\tleads")
    for (rule, where), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{rule}\t{where}\t{len(docs[(rule, where)])}\t{c}")
    return 0


def survey_dump(args) -> int:
    """Every role that is not ``mentioned`` over the non-held-out pool, one JSON line each (document, offset,
    actor, role, rule, the words around it), to compare two versions with ``--diff``."""
    import json

    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    with args.dump.open("w", encoding="utf-8") as out:
        for path, doc in pool_documents(files):
            t = doc.text
            for a in doc.annotations.get("role", []):
                if a.get("role") != "mentioned":
                    out.write(json.dumps({"doc": path.stem, "start": a.start, "actor": a.get("actor"), "role": a.get("role"),
                                          "rule": a.rule, "surface": t[a.start:a.end], "before": t[max(0, a.start - 30):a.start],
                                          "after": t[a.end:a.end + 30]}, ensure_ascii=False) + "\n")
    return 0


def survey_diff(args) -> int:
    """What changed between two ``--dump`` files: counts of roles the scorer counts (lead, not role-subject), and
    each change (role, rule) → (role, rule) with its documents and examples."""
    import json

    def load(path):
        return {(r["doc"], r["start"], r["actor"]): r for r in map(json.loads, path.open(encoding="utf-8"))}

    a, b = load(args.diff[0]), load(args.diff[1])
    def scored(rows):
        return sum(r["role"] == "lead" and r["rule"] != "role-subject" for r in rows.values())
    def co(rows):
        return sum(r["role"] in ("co-lead", "participant") for r in rows.values())
    print(f"# scored leads {scored(a)} -> {scored(b)}; co-lead and participant {co(a)} -> {co(b)}")
    changes: dict[tuple, list] = collections.defaultdict(list)
    for k in sorted(set(a) | set(b), key=lambda k: (int(k[0]) if k[0].isdigit() else 0, k[1], k[2])):
        x, y = a.get(k), b.get(k)
        before = (x["role"], x["rule"]) if x else None
        after = (y["role"], y["rule"]) if y else None
        if before != after:
            changes[(before, after)].append(y or x)
    print("count\tdocuments\tbefore\tafter\texample")
    for (before, after), rows in sorted(changes.items(), key=lambda kv: -len(kv[1])):
        r = rows[0]
        ex = re.sub(r"\s+", "", r["before"][-20:] + "[" + r["surface"] + "]" + r["after"][:20])
        docs = sorted({x["doc"] for x in rows}, key=lambda d: int(d) if d.isdigit() else 0)
        print(f"{len(rows)}\t{','.join(docs)}\t{before}\t{after}\t{r['doc']}: {ex}")
    return 0


def survey_general(args) -> int:
    """Every unit or part title the general-clause patterns (ontology/general_clauses.tsv) match, or
    that reads like a closing title (保障, 组织, 领导, 责任, 落实, 实施), with where it stands: ``tail``
    when it is in the document's last part (or among its last three units when it has no parts)."""
    from kg.link import _general_patterns, responsible_units
    from kg.pipeline import parse, read_bytes, clean

    closing = re.compile(r"保障|组织|领导|责任|落实|实施|统筹协调")
    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    print("doc\tkind\twhere\tmatched\ttitle")
    for path in files:
        try:
            source = read_bytes(path.read_bytes(), path.name)
            doc = parse(source, clean(source.text))
        except Exception:  # a text with no policy structure: nothing to survey
            continue
        parts = [n for n in doc.nodes("part") if n.title]
        units = responsible_units(doc)
        last_part = max(parts, key=lambda n: n.start) if parts else None
        tail_units = {id(u) for u in units[-3:]}
        for kind, nodes in (("unit", units), ("part", parts)):
            for n in nodes:
                if not n.title or not closing.search(n.title) or len(n.title) > 40:
                    continue
                tail = (last_part is not None and last_part.start <= n.start < last_part.end) if last_part else id(n) in tail_units
                matched = ",".join(i for i, rx in _general_patterns() if rx.search(n.title)) or "-"
                print(f"{path.stem}\t{kind}\t{'tail' if tail else 'inner'}\t{matched}\t{n.title}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="write the per-form summary here (TSV)")
    ap.add_argument("--show", help="print the occurrences of this form (BAD: every occurrence not read as expected)")
    ap.add_argument("--only", help="comma list of document numbers (default: the whole non-held-out pool)")
    ap.add_argument("--leads", action="store_true",
                    help="count the lead roles the scorer counts (not role-subject) by rule, inside a list form or outside every one; "
                         "with --show OUT, print the ones outside")
    ap.add_argument("--general", action="store_true",
                    help="list the unit and part titles that read like general (closing) clauses, where they stand and which pattern matches")
    ap.add_argument("--dump", type=Path, help="write every non-mentioned role of the pool here (JSON lines), for --diff")
    ap.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --dump files")
    args = ap.parse_args(argv)
    if args.dump:
        return survey_dump(args)
    if args.diff:
        return survey_diff(args)
    if args.general:
        return survey_general(args)
    if args.leads:
        return survey_leads(args)
    from kg.annotate.roles import comma_convention, first_listed_leads, is_collective

    skip = held_out()
    files = sorted((p for p in POOL.glob("*.txt") if p.stem not in skip), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    if args.only:
        files = [p for p in files if p.stem in set(args.only.split(","))]
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    docs: dict[str, set] = collections.defaultdict(set)
    examples: dict[str, list] = collections.defaultdict(list)
    for path, doc in pool_documents(files):
        text = doc.text
        roles = sorted((a.start, a.get("role")) for a in doc.annotations.get("role", []) if a.get("role") != "mentioned")
        # what scripts/score.py keys a stated role on: the part of a provision it answers for (``task``), else its innermost node
        stated = sorted((a.start, "lead" if a.get("role") == "lead" else "co", a.get("actor"), a.get("task")) for a in doc.annotations.get("role", [])
                        if a.get("role") != "mentioned" and a.rule != "role-subject")
        seen_node: set = set()  # (node, actor, role) the scorer has counted: a later list's same role in one node is merged
        fl, cm = first_listed_leads(doc), comma_convention(doc)
        occ = list(occurrences(text, cm))
        provisions = sorted(doc.provisions(), key=lambda n: (n.start, -n.end))
        unit_of = [_innermost(provisions, st) for _, st, _ in occ]
        per_unit = collections.Counter(id(u) for u in unit_of if u is not None)
        nodes = sorted((n for n in doc.root.walk() if n is not doc.root and n.kind != "sentence"), key=lambda n: (n.start, -n.end))
        node_of = [_innermost(nodes, st) for _, st, _ in occ]  # what scripts/score.py keys a role on
        per_node = collections.Counter(id(u) for u in node_of if u is not None)
        actors = doc.annotations.get("actor", [])
        for (form, s, e), unit, node in zip(occ, unit_of, node_of):
            inside = [r for p, r in roles if s <= p < e]
            if form == "table:header":  # the column's cells follow the header, one a line
                inside = [r for p, r in roles if s <= p < s + 1500]
            leads, cos = inside.count("lead"), len(inside) - inside.count("lead")
            exp = expect(form, fl, cm)
            field = _DUE_FIELD.search(text, s, e)  # （责任部门：X，完成期限：根据省委、省政府工作安排）: bodies of the list only
            named = [a for a in actors if s <= a.start < (field.start() if field else e)]
            if exp in ("co", "first") and form.startswith(("line:", "label", "duty", "responsible")) and len(named) == 1 and not is_collective(named[0], text):
                exp = "lead+co"  # convention 8: a list naming one body → it leads
            shared = unit is not None and per_unit[id(unit)] > 1
            c_untagged = untagged_items(text, s, e, named)
            mine = {(task if task is not None else id(node), actor, r) for p, r, actor, task in stated if s <= p < e}
            shared_node = bool(mine & seen_node)
            seen_node |= mine
            ok = agrees(exp, leads, cos)
            c = counts[form]
            c["occurrences"] += 1
            c["read"] += ok
            c["no_role"] += not inside
            c["expect_" + exp] += 1
            c["shared_unit"] += shared
            c["shared_node"] += shared_node
            c["untagged"] += c_untagged
            docs[form].add(path.stem)
            if len(examples[form]) < 3 and path.stem not in {x[0] for x in examples[form]}:
                examples[form].append((path.stem, re.sub(r"\s+", "", text[s:e])[:40]))
            if args.show and (form == args.show or args.show == "BAD" and not ok):
                print(f"{path.stem}\t{'ok ' if ok else 'BAD'}\t{exp}\tlead={leads} co={cos}\t{re.sub(chr(10), ' ', text[s:e])[:120]}")
        for form, rows, shared in table_rows(doc):
            for s, e in rows:
                inside = [r for p, r in roles if s <= p < e]
                c = counts[form]
                c["occurrences"] += 1
                c["read"] += "lead" in inside
                c["no_role"] += not inside
                c["expect_lead+co"] += 1
                c["shared_unit"] += shared
                node = _innermost(nodes, s)
                mine = {(task if task is not None else id(node), actor, r) for p, r, actor, task in stated if s <= p < e}
                c["shared_node"] += bool(mine & seen_node)
                seen_node |= mine
                docs[form].add(path.stem)
                if len(examples[form]) < 3 and path.stem not in {x[0] for x in examples[form]}:
                    examples[form].append((path.stem, re.sub(r"\s+", "", text[s:e])[:40]))
                if args.show and (form == args.show or args.show == "BAD" and "lead" not in inside):
                    print(f"{path.stem}\t{'ok ' if 'lead' in inside else 'BAD'}\tlead+co\t{inside}\t{re.sub(chr(10), ' ', text[s:e])[:120]}")
    lines = ["form\tdocuments\toccurrences\tread\tno_role\tshared_unit\tmerged\tuntagged\texpect\texamples"]
    for form in sorted(counts, key=lambda f: -counts[f]["occurrences"]):
        c = counts[form]
        exp = ",".join(f"{k[7:]}:{v}" for k, v in sorted(c.items()) if k.startswith("expect_"))
        ex = " | ".join(f"{n}: {t}" for n, t in examples[form])
        lines.append(f"{form}\t{len(docs[form])}\t{c['occurrences']}\t{c['read']}\t{c['no_role']}\t{c['shared_unit']}\t{c['shared_node']}\t{c['untagged']}\t{exp}\t{ex}")
    total = sum(c["occurrences"] for c in counts.values())
    read = sum(c["read"] for c in counts.values())
    summary = f"# {len(files)} documents surveyed (held-out halves excluded: {len(skip)}); {total} list occurrences, {read} read as expected"
    if args.show:
        print(summary)
        return 0
    out = "\n".join([summary] + lines) + "\n"
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    print(out, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
