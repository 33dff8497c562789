"""Document diff: what changed from one document to another (measures, targets, actors, goals).

``policykg diff`` prints ``diff_text`` of ``diff``; measures are matched by their normalised
title (then by their label), text compared after removing whitespace and punctuation.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from kg.labels import concept_labels, document_measures, word
from kg.link import linked
from kg.model import Document

_NOISE = re.compile(r"[\s\u3000，。、；：！？（）()《》“”\"'‘’—\-–,.;:!?\[\]【】·…]")


def _norm(text: str) -> str:
    return _NOISE.sub("", text)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


TEXT_CHANGED_BELOW = 0.97  # normalised text similarity under which a matched measure counts as changed


def diff(a: Document, b: Document) -> dict:
    """What changed from document ``a`` to ``b``: measures, targets, actors and goals.

    Measures are matched by their normalised title (then by number); text is compared after
    removing whitespace and punctuation, so a PDF and an HTML rendering of one text agree.
    """
    def measures(doc):
        return [(label, _norm(m.title or ""), m) for m, label in document_measures(doc)]

    ma, mb = measures(a), measures(b)
    by_title_b = {}
    for label, t, m in mb:
        by_title_b.setdefault(t, (label, m))
    by_label_b = {label: m for label, _, m in mb}
    matched, added, dropped, changed = {}, [], [], []
    used = set()
    for label, t, m in ma:
        hit = by_title_b.get(t) if t else None
        if hit is None or id(hit[1]) in used:
            other = by_label_b.get(label)
            hit = (label, other) if other is not None and id(other) not in used else None
        if hit is None:
            dropped.append({"measure": label})
            continue
        used.add(id(hit[1]))
        matched[id(m)] = hit[1]
        sim = _similarity(a.slice(m), b.slice(hit[1]))
        if sim < TEXT_CHANGED_BELOW or _norm(m.title or "") != _norm(hit[1].title or ""):
            changed.append({"measure": label, "now": hit[0], "text_similarity": round(sim, 3)})
    for label, _, m in mb:
        if id(m) not in used:
            added.append({"measure": label})

    def targets(doc):
        out = {}
        for t in doc.annotations.get("target", []):
            key = (t.get("indicator_label"), t.get("year") or "", t.get("scope") or "")
            out.setdefault(key, set()).add((t.get("comparator"), t.get("value"), t.get("unit"), t.get("change") or ""))
        return out

    ta, tb = targets(a), targets(b)
    t_added = [_target_row(k, v) for k in sorted(set(tb) - set(ta)) for v in sorted(tb[k])]
    t_dropped = [_target_row(k, v) for k in sorted(set(ta) - set(tb)) for v in sorted(ta[k])]
    t_changed = [{"indicator": k[0], "year": k[1], "scope": k[2],
                  "was": [_value(v) for v in sorted(ta[k])], "now": [_value(v) for v in sorted(tb[k])]}
                 for k in sorted(set(ta) & set(tb)) if ta[k] != tb[k]]

    def roles(doc):
        out = {}
        for ul in linked(doc).units.values():
            for actor, (role, _) in ul.roles.items():
                out.setdefault(actor, set()).add(role)
        return out

    ra, rb = roles(a), roles(b)
    labels = concept_labels()
    a_added = [{"actor": labels.get(("actor", x), x), "roles": sorted(rb[x])} for x in sorted(set(rb) - set(ra))]
    a_dropped = [{"actor": labels.get(("actor", x), x), "roles": sorted(ra[x])} for x in sorted(set(ra) - set(rb))]
    a_changed = [{"actor": labels.get(("actor", x), x), "was": sorted(ra[x]), "now": sorted(rb[x])}
                 for x in sorted(set(ra) & set(rb)) if ra[x] != rb[x]]

    def goals(doc):
        return {(_norm(doc.text[g.start:g.end]), g.get("year") or ""): doc.text[g.start:g.end]
                for g in doc.annotations.get("goal", [])}

    ga, gb = goals(a), goals(b)
    g_added = [{"goal": gb[k], "year": k[1]} for k in sorted(set(gb) - set(ga))]
    g_dropped = [{"goal": ga[k], "year": k[1]} for k in sorted(set(ga) - set(gb))]
    return {
        "a": {"title": a.meta.get("title"), "date": a.meta.get("date"), "source": a.source.name},
        "b": {"title": b.meta.get("title"), "date": b.meta.get("date"), "source": b.source.name},
        "measures": {"added": added, "dropped": dropped, "changed": changed, "matched": len(matched)},
        "targets": {"added": t_added, "dropped": t_dropped, "changed": t_changed},
        "actors": {"added": a_added, "dropped": a_dropped, "changed": a_changed},
        "goals": {"added": g_added, "dropped": g_dropped},
    }


def _value(v) -> str:
    cmp_, value, unit, change = v
    return f"{change + ' ' if change else ''}{cmp_} {value} {unit}".strip()


def _target_row(key, v) -> dict:
    return {"indicator": key[0], "year": key[1], "scope": key[2], "value": _value(v)}


def has_differences(result: dict) -> bool:
    return any(result[k][x] for k in ("measures", "targets", "actors", "goals") for x in ("added", "dropped", "changed")
               if x in result[k])


def _heading(doc: dict) -> str:
    """A document as the diff names it: title (date, source); an untitled or undated one said so."""
    return f"{doc['title'] or word('diff_untitled')} ({doc['date'] or word('diff_undated')}, {doc['source']})"


def diff_text(result: dict) -> str:
    lines = [f"{side}: {_heading(result[side.lower()])}" for side in ("A", "B")]
    names = {key: word(f"diff_{key}") for key in ("measures", "targets", "actors", "goals")}
    for key, zh in names.items():
        sec = result[key]
        rows = []
        for item in sec.get("added", []):
            rows.append("  + " + _describe(key, item))
        for item in sec.get("dropped", []):
            rows.append("  - " + _describe(key, item))
        for item in sec.get("changed", []):
            rows.append("  ~ " + _describe(key, item, changed=True))
        extra = word("diff_matched", n=sec["matched"]) if "matched" in sec else ""
        lines.append(f"{zh} {key}{extra}: " + (word("diff_none") if not rows else word("diff_some", n=len(rows))))
        lines.extend(rows)
    return "\n".join(lines) + "\n"


def _describe(key: str, item: dict, changed: bool = False) -> str:
    if key == "measures":
        if changed:
            return f"{item['measure']} → {item['now']} ({word('text_similarity')} {item['text_similarity']})"
        return item["measure"]
    if key == "targets":
        head = f"{item['indicator']} {word('diff_year', year=item['year'])} {item['scope']}".strip()
        return f"{head}: {'、'.join(item['was'])} → {'、'.join(item['now'])}" if changed else f"{head}: {item['value']}"
    if key == "actors":
        return f"{item['actor']}: {','.join(item['was'])} → {','.join(item['now'])}" if changed else f"{item['actor']} ({','.join(item['roles'])})"
    return f"{item['goal']} ({item['year']})"
