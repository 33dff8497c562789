"""Source text → cleaned paragraphs with a character-level map back to the source.

Named steps, each a pure function over lines or characters:

0. ``kg.text.normalize``: compatibility, format, surrogate and private-use characters, counted.
1. ``split_lines`` (``kg.text.lines``): physical lines with their source offsets, page breaks and
   markdown marks; headings glued onto the line before split off.
2. ``drop_page_furniture`` (``kg.text.furniture``, ``kg.text.contents``): page numbers, running
   headers/footers and tables of contents.
3. ``join_lines`` (``kg.text.wraps``): hard line wraps and page-broken paragraphs joined into paragraphs; a list run
   into its paragraph and then printed a line each split into its members (``kg.text.run_in_lists``).
4. ``normalise`` (``kg.text.punctuation``): width, punctuation, spaces around digits, traditional → simplified;
   in a document whose text layer letter-spaces its digits (``kg.text.spacing``), the spaces inside numbers; in every
   document, the space after a decimal's point (83. 3%: ``kg.text.spaced_decimals``).
5. ``set_aside`` (``kg.text.datelines``): datelines as metadata; photo captions and unrelated articles excluded.

This module runs the steps in that order and keeps the offsets.

Guarantee: for every character ``text[i]`` of the result, ``offsets[i]`` is the offset in the
source text of the character it came from, and cleaning the cleaned text again changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Excluded
from kg.text.datelines import set_aside
from kg.text.furniture import drop_page_furniture
from kg.text.lines import Paragraph, split_glued_headings, split_lines
from kg.text.normalize import Normalized, normalize
from kg.text.punctuation import normalise
from kg.text.run_in_lists import split_run_in_lists
from kg.text.spaced_decimals import join_spaced_decimals
from kg.text.spacing import join_spaced_digits, letter_spaced
from kg.text.wraps import join_lines


@dataclass
class Cleaned:
    text: str
    offsets: list[int]
    excluded: list[Excluded] = field(default_factory=list)
    dateline: dict | None = None
    markdown_lines: list[int] = field(default_factory=list)  # paragraph indexes that were # headings
    normalised: dict[str, int] = field(default_factory=dict)  # characters changed before cleaning, per kind


# The whole stage ------------------------------------------------------------------------------

def clean(src: str) -> Cleaned:
    # Look-alike, invisible, surrogate and private-use characters first (kg/text/normalize.py): every
    # later step sees one spelling; offsets are mapped back to ``src`` at the end.
    norm = normalize(src)
    return _to_source(_clean(norm.text), norm)


def _to_source(cleaned: Cleaned, norm: Normalized) -> Cleaned:
    """Offsets into the normalised text → offsets into the source it came from."""
    cleaned.normalised = norm.counts
    if norm.back is None:
        return cleaned
    back = norm.back

    def end(s: int, e: int) -> int:
        return back[e - 1] + 1 if e > s else back[s]

    offsets = [back[o] for o in cleaned.offsets[:-1]]
    offsets.append((offsets[-1] + 1) if offsets else 0)
    cleaned.offsets = offsets
    cleaned.excluded = sorted(
        (Excluded(back[x.source_start], end(x.source_start, x.source_end), x.reason) for x in cleaned.excluded),
        key=lambda e: (e.source_start, e.source_end, e.reason),
    )
    if cleaned.dateline:
        d = cleaned.dateline
        d["source_start"], d["source_end"] = back[d["source_start"]], end(d["source_start"], d["source_end"])
    return cleaned


def _clean(src: str) -> Cleaned:
    lines = drop_page_furniture(split_glued_headings(split_lines(src)))
    excluded = [
        Excluded(ln.start, ln.start + len(ln.text), ln.drop)
        for ln in lines
        if ln.drop and ln.drop != "page-number"
    ]
    groups = split_run_in_lists(join_lines(lines))
    spaced = letter_spaced(src)
    pars: list[Paragraph] = []
    for group in groups:
        chars: list[str] = []
        offs: list[int] = []
        for ln in group:
            chars.extend(ln.text)
            offs.extend(range(ln.start, ln.start + len(ln.text)))
        par = normalise(Paragraph(chars, offs, group[0].markdown))
        pars.append(join_spaced_decimals(join_spaced_digits(par) if spaced else par))
    pars = [p for p in pars if p.chars]
    pars = _drop_repeated_title(pars, excluded)
    pars, more, dateline = set_aside(pars)
    excluded.extend(more)
    text_parts: list[str] = []
    offsets: list[int] = []
    markdown_lines = []
    for i, p in enumerate(pars):
        if i:
            text_parts.append("\n")
            offsets.append(p.src[0] - 1 if p.src[0] > 0 else 0)
        if p.markdown:
            markdown_lines.append(i)
        text_parts.append(p.text)
        offsets.extend(p.src)
    text = "".join(text_parts)
    offsets.append((offsets[-1] + 1) if offsets else 0)
    excluded.sort(key=lambda e: (e.source_start, e.source_end, e.reason))
    return Cleaned(text, offsets, excluded, dateline, markdown_lines)


def _drop_repeated_title(pars: list[Paragraph], excluded: list[Excluded]) -> list[Paragraph]:
    """A title printed twice at the top (page header, then title) is kept once."""
    if len(pars) >= 2 and pars[0].text == pars[1].text and len(pars[0].chars) <= 80:
        excluded.append(Excluded(pars[0].src[0], pars[0].src[-1] + 1, "running-header"))
        return pars[1:]
    return pars
