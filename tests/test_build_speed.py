"""What keeps a build fast without changing a byte of it (issue 17): work done once, not twice."""
from __future__ import annotations

import jieba

from kg.annotate.base import lexicon_words, tokenizer


def test_the_dictionary_is_loaded_once_and_the_default_tokenizer_keeps_no_lexicon_word():
    tk = tokenizer()
    assert jieba.dt.initialized  # loaded by tokenizer(): related measures cut with it, without a second load
    # the lexicon's words went into the tagger's copy only: related measures cut as jieba alone does
    words = [w for w in lexicon_words() if w not in jieba.dt.FREQ]
    assert words, "every lexicon word is in jieba's own dictionary: the test proves nothing"
    assert all(tk.FREQ.get(w, 0) > 0 for w in words)
    assert set(jieba.dt.FREQ) < set(tk.FREQ)
    assert jieba.dt.total < tk.total
    assert "国家发展改革委" in tk.lcut("国家发展改革委推进碳达峰")
    assert "国家发展改革委" not in jieba.lcut("国家发展改革委推进碳达峰")


def _simple_numerals():
    digits = "一二三四五六七八九"
    ones = [""] + list(digits)
    return sorted({a + t + b for a in ones for t in ("", "十") for b in ones if (a + t + b) and (t or not (a and b))})


def test_heading_numerals_up_to_99_read_as_cn2an_reads_them():
    import cn2an

    from kg.text.numerals import cn_number

    forms = _simple_numerals()
    assert len(forms) == 109  # 一 … 九, 十, 十一 … 十九, 二十 … 九十, 二十一 … 九十九
    assert [cn_number(f) for f in forms] == [int(cn2an.cn2an(f, "smart")) for f in forms]
    # the others still go to cn2an
    assert (cn_number("一百零三"), cn_number("二〇"), cn_number("三"), cn_number(""), cn_number("甲")) == (103, 20, 3, None, None)


def test_heading_numerals_up_to_99_need_no_cn2an():
    import subprocess
    import sys

    code = ("import sys; from kg.text.numerals import cn_number; "
            "assert [cn_number(n) for n in ('三', '十二', '四十', '九十九')] == [3, 12, 40, 99]; "
            "print('cn2an' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_terms_are_the_namespace_terms_looked_up_once():
    import pytest

    from kg.graph.iris import PKG, Terms

    terms = Terms(PKG)
    assert terms.text == PKG.text and terms.Actor == PKG.Actor
    assert "text" in vars(terms)  # kept: the next access is a plain attribute
    with pytest.raises(AttributeError):
        terms.noSuchTerm  # a typo fails as it does in the checked namespace
    assert "noSuchTerm" not in vars(terms)


def test_a_build_process_imports_jieba_without_pkg_resources_and_both_still_work():
    import subprocess
    import sys

    code = ("import sys; import kg.pipeline; print('jieba' in sys.modules, 'pkg_resources' in sys.modules); "
            "from kg.annotate.base import tokenizer; print('国家发展改革委' in tokenizer().lcut('国家发展改革委推进碳达峰')); "
            "from kg.text.numerals import cn_number; print(cn_number('一百零三')); "
            "import pkg_resources; print(pkg_resources.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False", "True", "103", "pkg_resources"]  # and whoever imports it later gets it


def test_literals_without_a_language_are_made_once_and_equal_rdflibs():
    from rdflib import Literal as RdfLiteral
    from rdflib.namespace import XSD

    from kg.graph import rdf

    assert rdf.Literal(12) is rdf.Literal(12) and rdf.Literal(12) == RdfLiteral(12)
    # True, 1 and 1.0 are equal dictionary keys in Python, never the same literal here
    assert [rdf.Literal(v).n3() for v in (1, True, 1.0, "1")] == [RdfLiteral(v).n3() for v in (1, True, 1.0, "1")]
    assert rdf.Literal("0.5000", datatype=XSD.decimal) == RdfLiteral("0.5000", datatype=XSD.decimal)
    assert rdf.Literal("0.5000", datatype=XSD.decimal).n3() != rdf.Literal("0.5000").n3()
    assert rdf.Literal("碳达峰", lang="zh") == RdfLiteral("碳达峰", lang="zh")
