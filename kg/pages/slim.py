"""The vendored stylesheet cut to what the pages use (issue 17: the output folder's bytes).

vis-network's stylesheet (pyvis's bundled copy, 220 KB) is 99% the pictures (data: URIs) and rules of features the
graph page never turns on: the editing toolbar (manipulation), navigation buttons, the configurator and its colour
picker. The template names those features' classes (``index.html``: ``drop_rules``); every rule all of whose
selectors name one of them is left out, the others are kept byte for byte, in order. A stylesheet that is not a flat
list of rules (an at-rule, a comment, a brace in a string) is kept whole: nothing is dropped from what was not read.
"""
from __future__ import annotations

import re

from markupsafe import Markup

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def drop_rules(css: str, *classes: str) -> Markup:
    """``css`` without the rules whose every selector names one of ``classes`` (class names without the dot);
    a selector list naming them only in part keeps its other selectors."""
    rules = _RULE.findall(css)
    if "".join(f"{sel}{{{body}}}" for sel, body in rules) != css or any(c in css for c in ("@", "/*", '"{', "'{")):
        return Markup(css)
    unused = re.compile(r"\.(?:" + "|".join(map(re.escape, classes)) + r")(?![\w-])")
    out = []
    for sel, body in rules:
        # a selector with brackets may hold a comma of its own (:not(a,b), [title="a,b"]): kept whole
        kept = [sel] if "(" in sel or "[" in sel else [s for s in sel.split(",") if not unused.search(s)]
        if kept:
            out.append(f"{','.join(kept)}{{{body}}}")
    return Markup("".join(out))
