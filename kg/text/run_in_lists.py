"""Cleaning step 3, run-in lists: a list of subitems run into its paragraph after a label or a sentence end and then
printed a line each (研究内容：（1）…；（2）… / （3）…) is one list: the run-in members open paragraphs of their own.

Only a run the next paragraph continues is split: its numbers run one by one up to the number before the one the next
paragraph opens with, and start at （1） or follow the number the paragraph itself opens with (（1）…。（2）…（6）… / （7）…).
A list inside a sentence that no line continues (申报材料包括：（1）…；（2）…。) stays the text of its paragraph. The marker is
``ontology/text_cues.tsv`` run-in-subitem; the opening one the subitem row of ``ontology/structure.tsv``."""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.lines import Line

_RUN_IN = re.compile(cue("text_cues.tsv", "run-in-subitem"))
_OPENS = re.compile(r"^[（(](?P<num>\d{1,2})[）)]")  # the subitem row's number, as the line after prints it


def split_run_in_lists(groups: list[list[Line]]) -> list[list[Line]]:
    """Paragraph groups with the run-in members of a list the next paragraph continues split off."""
    out: list[list[Line]] = []
    for k, group in enumerate(groups):
        cuts = _cuts(group, groups[k + 1] if k + 1 < len(groups) else None)
        out.extend(_split(group, cuts) if cuts else [group])
    return out


def _cuts(group: list[Line], after: list[Line] | None) -> list[int]:
    """Where in the paragraph's text the run-in members of the list the next paragraph goes on with start."""
    nxt = _OPENS.match(after[0].text) if after else None
    if nxt is None or group[0].markdown:
        return []
    text = "".join(ln.text for ln in group)
    marks = [(int(m.group("num")), m.start("num") - 1) for m in _RUN_IN.finditer(text)]
    want, run = int(nxt.group("num")) - 1, []
    for number, at in reversed(marks):
        if number != want:
            break
        run.append(at)
        want -= 1
    if not run:
        return []
    opens = _OPENS.match(text)
    return sorted(run) if want == 0 or opens and int(opens.group("num")) == want else []


def _split(group: list[Line], cuts: list[int]) -> list[list[Line]]:
    """The group cut before each position of its joined text (a line cut in two where a cut falls inside it)."""
    out: list[list[Line]] = [[]]
    pos = 0
    for ln in group:
        inside = [c - pos for c in cuts if pos <= c < pos + len(ln.text)]
        bounds = [0] + [c for c in inside if c > 0] + [len(ln.text)]
        if 0 in inside:
            out.append([])
        for a, b in zip(bounds, bounds[1:]):
            if a > 0:
                out.append([])
            piece = ln.text[a:b].rstrip()
            if piece:
                out[-1].append(ln if (a, b) == (0, len(ln.text)) else
                               Line(ln.start + a, piece, ln.page_break and a == 0, ln.blanks if a == 0 else 0,
                                    ln.indent if a == 0 else True, 0))
        pos += len(ln.text)
    return [g for g in out if g]
