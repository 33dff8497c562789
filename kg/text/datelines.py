"""Cleaning step 5: datelines set aside as metadata; photo captions and unrelated articles excluded
(``ontology/boilerplate.tsv``)."""
from __future__ import annotations

from kg.lexicon import boilerplate_rules, match_heading
from kg.model import Excluded
from kg.text.lines import Paragraph


def set_aside(pars: list[Paragraph]) -> tuple[list[Paragraph], list[Excluded], dict | None]:
    """Remove datelines and non-policy material; return what was removed with source offsets."""
    excluded: list[Excluded] = []
    dateline = None
    keep: list[Paragraph] = []
    rest_from: int | None = None
    rest_reason = ""
    rules = boilerplate_rules()
    for idx, par in enumerate(pars):
        text = par.text
        hit = None
        for rule in rules:
            m = rule.pattern.search(text)
            if m:
                hit = (rule, m)
                break
        if hit is None:
            keep.append(par)
            continue
        rule, m = hit
        if rule.action == "dateline":
            dateline = {
                "text": m.group(0),
                "source_start": par.src[m.start()],
                "source_end": par.src[m.end() - 1] + 1,
                "rule": rule.rule_id,
            }
            before = Paragraph(par.chars[: m.start()], par.src[: m.start()], par.markdown)
            while before.chars and before.chars[-1] in " ":
                before.chars.pop()
                before.src.pop()
            after = Paragraph(par.chars[m.end():], par.src[m.end():], par.markdown)
            if before.chars:
                keep.append(before)
            if "".join(after.chars).strip():
                excluded.append(Excluded(after.src[0], after.src[-1] + 1, "after-dateline"))
            rest_from, rest_reason = idx + 1, "after-dateline"
            break
        if rule.action == "exclude-rest" and _after_body(keep) or rule.action == "exclude-chrome" and keep:
            rest_from, rest_reason = idx, rule.kind
            break
        if rule.action in ("exclude-paragraph",):
            excluded.append(Excluded(par.src[0], par.src[-1] + 1, rule.kind))
            continue
        keep.append(par)
    if rest_from is not None and rest_from < len(pars):
        tail = pars[rest_from:]
        excluded.append(Excluded(tail[0].src[0], tail[-1].src[-1] + 1, rest_reason))
    return keep, excluded, dateline


def _after_body(kept: list[Paragraph]) -> bool:
    """Exclusion of a whole tail only once some structured policy text has been seen."""
    return any(match_heading(p.text)[0] is not None for p in kept)
