"""Language-tagged literals (a provision's text, a label), integers (offsets, numbers) and plain strings made without
rdflib's ``Literal.__new__``.

A build makes one for every provision, sentence, title and label of every document (15,000 for
corpus + seeds), and rdflib's constructor checks the language tag, casts the lexical form to a
Python value and back, each time: most of the graph writer's cost of a literal. For a ``str`` and
a language tag, the literal it makes is the string with four slots set; this module sets them
directly, after checking once per tag, against rdflib's own constructor, that the two give the
same literal (the same text, slots, equality and hash). Anything else, or a tag whose check fails
(another rdflib), goes through rdflib's constructor as before. An ``int`` (never a ``bool``) is its decimal digits typed
xsd:integer, a ``str`` without tag or type itself (``plain_literal``; 8,400 literals of corpus + seeds, the offsets of
segments and nodes most of them), checked once each the same way.
"""
from __future__ import annotations

from rdflib import XSD, Literal, URIRef

_NEW = str.__new__
_SAMPLE = '示例 "a"\n\\b'  # quotes, a newline, a backslash: what the N-Triples writer escapes
_CHECKED: dict[str, bool] = {}


def _direct(value: str, lang: str) -> Literal:
    lit = _NEW(Literal, value)
    lit._language, lit._datatype, lit._value, lit._ill_typed = lang, None, value, None
    return lit


def _same(a: Literal, b: Literal) -> bool:
    return (type(a) is type(b) and str(a) == str(b) and a == b and hash(a) == hash(b)
            and all(getattr(a, slot) == getattr(b, slot) for slot in Literal.__slots__)
            and a.n3() == b.n3())


def lang_literal(value, lang: str) -> Literal:
    """``Literal(value, lang=lang)``, the same literal."""
    if type(value) is str and type(lang) is str:
        ok = _CHECKED.get(lang)
        if ok is None:
            ok = _CHECKED[lang] = _same(_direct(_SAMPLE, lang), Literal(_SAMPLE, lang=lang))
        if ok:
            return _direct(value, lang)
    return Literal(value, lang=lang)


_INTEGER = URIRef(XSD.integer)
_PLAIN: dict[type, bool] = {}
_PLAIN_SAMPLES = {int: -12345678901234567890, str: _SAMPLE}


def _plain(value) -> Literal:
    lit = _NEW(Literal, value)  # an int's decimal digits, as rdflib's constructor prints it
    lit._language, lit._datatype, lit._value, lit._ill_typed = None, _INTEGER if type(value) is int else None, value, None
    return lit


def plain_literal(value) -> Literal:
    """``Literal(value)``, the same literal."""
    kind = type(value)
    if kind is int or kind is str:
        ok = _PLAIN.get(kind)
        if ok is None:
            ok = _PLAIN[kind] = all(_same(_plain(v), Literal(v)) for v in (_PLAIN_SAMPLES[kind], kind()))
        if ok:
            return _plain(value)
    return Literal(value)
