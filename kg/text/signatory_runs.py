"""Signature lines printing several bodies apart by runs of spacing or line by line, read as one name per body.

A joint notice signs with its bodies' names set out in columns (517: 长沙市住房和城乡建设局ㅤㅤ…ㅤ长沙市发展改革委员会 /
长沙市教育局ㅤ…ㅤ长沙市科学技术局, the Hangul filler U+3164 mapped to a space by ``ontology/characters.tsv``), or two
to a line one space apart (249.pdf: 国家机关事务管理局 国家发展和改革委员会). Cleaning drops the spaces between Chinese
characters and the wrap joins the lines, so ``front`` reads the whole block as one name. The source still holds the
gaps: a signature is cut where its source skips only spacing or a line break between two of its characters, when
every piece ends like a body (``text_cues.tsv`` issuer-end) and holds three characters or more. A name letter-spaced
to its line's width (生 态 环 境 部), a title and a person (部长 黄润秋) or a note after a name (甘肃省人民政府 /
（此件有删减）) stays as printed. ``structure.parse_structure`` calls ``split_signatories``.
"""
from __future__ import annotations

import re

from kg.lexicon import cue
from kg.text.normalize import normalize

_BODY_END = re.compile(r"(?:" + cue("text_cues.tsv", "issuer-end") + r")$")
_SHORTEST = 3  # characters of a body's name (财政部)


def split_signatories(meta: dict, front: list, text: str, offsets: list[int], source: str) -> None:
    """``meta["signatories"]`` with each name run cut into its bodies (and ``meta["issuers"]`` when it is the same
    list, the signature giving the issuers); ``front``'s signature spans are left as they were."""
    names = meta.get("signatories")
    if not names:
        return
    spans = {text[s:e]: s for kind, s, e in front if kind == "signature"}
    split = [piece for name in names for piece in (_bodies(name, spans[name], offsets, source) if name in spans else [name])]
    if split == names:
        return
    if meta.get("issuers") == names:
        meta["issuers"] = list(split)
    meta["signatories"] = split


def _bodies(name: str, start: int, offsets: list[int], source: str) -> list[str]:
    cuts = [i + 1 for i in range(len(name) - 1) if _gap(source[offsets[start + i] + 1:offsets[start + i + 1]])]
    pieces = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)])]
    if len(pieces) < 2 or any(len(p) < _SHORTEST or not _BODY_END.search(p) for p in pieces):
        return [name]
    return pieces


def _gap(skipped: str) -> bool:
    """Source characters between two of a name's: only spacing or line breaks (a filler mapped to a space)."""
    return bool(skipped) and not normalize(skipped).text.strip()
