"""What keeps a build fast without changing a byte of it (issue 17): work done once, not twice."""
from __future__ import annotations

import jieba
import pytest

from kg.annotate.base import lexicon_words, tokenizer


def test_the_default_tokenizer_keeps_no_lexicon_word():
    tk = tokenizer()  # from the machine's parts of the dictionary (annotate/dictionary_parts.py), or a copy of jieba's
    jieba.dt.check_initialized()
    # the lexicon's words went into the tagger's dictionary only: jieba's own cut is left as it was
    words = [w for w in lexicon_words() if w not in jieba.dt.FREQ]
    assert words, "every lexicon word is in jieba's own dictionary: the test proves nothing"
    assert all(tk.FREQ.get(w, 0) > 0 for w in words)
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


def test_the_verbs_are_every_word_dict_txt_tags_v():
    import os

    import jieba

    from kg.annotate.bodies import _verbs

    expected = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:  # the slow, plain reading the regular expression replaced
            parts = line.split()
            if len(parts) == 3 and parts[2] == "v":
                expected[parts[0]] = "v"
    got = _verbs()
    assert len(got) > 30000
    assert got == expected
    assert "搭建" in got and "企业" not in got and "vn" not in got.values()


def test_page_values_are_escaped_as_html_escape_does_whatever_their_type():
    import html

    from markupsafe import Markup

    from kg.pages.render import _finalize

    class Text(str):  # a str subclass without __html__ takes the general path
        pass

    for value in ['a<b & "c" \'d\'', "推动绿色低碳发展", "", Text("<x>"), 12, 0.5, None]:
        out = _finalize(value)
        assert isinstance(out, Markup) and str(out) == html.escape(str(value)), value
    kept = Markup("<b>已是标记</b>")
    assert _finalize(kept) is kept


# one cut per block: the tagger's boundaries and alignment's terms share the tokenizer's memo --------

_LINES = [
    "国家发展改革委、生态环境部牵头，推进碳达峰碳中和工作。",
    "到2025年，单位国内生产总值能耗比2020年下降13.5%，非化石能源消费比重达到20%左右。",
    "推进碳达峰碳中和工作，GDP增长6.5%。abc d e 1 2 3",
    "",
]


def _plain_tokenizer():
    """A jieba Tokenizer made as ``tokenizer()`` makes its own, without the memo."""
    jieba.dt.check_initialized()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
    for word in lexicon_words():
        tk.add_word(word, freq=max(tk.suggest_freq(word, tune=False), 100000))
    return tk


def test_the_shared_tokenizer_cuts_as_jieba_does_and_remembers_its_blocks():
    tk, plain = tokenizer(), _plain_tokenizer()
    if tk._parts is not None:  # the machine's parts of the dictionary, read as texts need them: every one merged
        tk._parts.whole(tk.FREQ)
    assert tk.FREQ == plain.FREQ and tk.total == plain.total
    tk._blocks.clear()
    for line in _LINES * 2:  # the second time from the memo
        assert list(tk.tokenize(line, HMM=False)) == list(plain.tokenize(line, HMM=False))
        assert tk.lcut(line.replace(" ", ""), HMM=False) == plain.lcut(line.replace(" ", ""), HMM=False)
    assert "推进碳达峰碳中和工作" in tk._blocks  # a block of two lines, cut once
    # with HMM the memo is not used (jieba's default tokenizer cuts related measures that way)
    assert tk.lcut(_LINES[1]) == plain.lcut(_LINES[1])


def test_a_word_added_to_the_shared_tokenizer_forgets_the_remembered_cuts():
    tk = tokenizer().__class__()
    base = tokenizer()
    if base._parts is not None:
        base._parts.whole(base.FREQ)
    tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
    before = tk.lcut("碳汇交易试点扩围", HMM=False)
    assert "碳汇交易试点扩围" not in before and tk._blocks
    tk.add_word("碳汇交易试点扩围", freq=10**7)
    assert not tk._blocks
    assert tk.lcut("碳汇交易试点扩围", HMM=False) == ["碳汇交易试点扩围"]


def test_the_dictionary_read_from_jiebas_cache_is_jiebas_own():
    import subprocess
    import sys

    # jieba's own load first (it writes the cache when there is none); then jieba's initialize is taken away,
    # so the dictionary can only come from the cache read by _load_dictionary (the test fails otherwise)
    code = ("import os, tempfile, jieba; jieba.setLogLevel(60); ref = jieba.Tokenizer(); ref.initialize(); "
            "assert os.path.isfile(os.path.join(jieba.dt.tmp_dir or tempfile.gettempdir(), jieba.dt.cache_file or 'jieba.cache')); "
            "jieba.dt.initialize = None; from kg.annotate.base import _load_dictionary; _load_dictionary(jieba); "
            "assert jieba.dt.initialized; print(ref.FREQ == jieba.dt.FREQ and ref.total == jieba.dt.total)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_the_layout_module_imports_no_numpy_until_it_lays_out():
    import subprocess
    import sys

    code = "import sys, kg.pages.layout; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# clauses found by one regular expression over the marks, not character by character ---------------

CLAUSES = [  # (text, the clauses' texts)
    ("推进节能，降低能耗；提高效率。", ["推进节能", "降低能耗", "提高效率"]),
    ("落实《意见（试行）》，加强监管。", ["落实《意见（试行）》", "加强监管"]),
    ("提出“双碳，目标”的要求,并推进!", ["提出“双碳，目标”的要求", "并推进"]),
    ("（一）总体要求。到2025年，", ["（一）总体要求", "到2025年"]),
    ("未闭合（括号，之后，都不分", ["未闭合（括号，之后，都不分"]),
    ("多余的）右括号，照常分句", ["多余的）右括号", "照常分句"]),
    ("，，。", []),
    ("没有标点", ["没有标点"]),
]


@pytest.mark.parametrize("text,expected", CLAUSES, ids=[c[0][:8] for c in CLAUSES])
def test_clauses_split_at_clause_ends_outside_brackets_and_quotes(text, expected):
    from kg.annotate.base import clauses

    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == expected
    # a window of the text: offsets stay the text's
    got = clauses("前缀。" + text, 3, 3 + len(text))
    assert [("前缀。" + text)[a:b] for a, b in got] == expected


def test_boundaries_are_those_of_jiebas_tokenize_line_by_line():
    from types import SimpleNamespace

    from kg.annotate.base import boundaries

    text = "\n".join(_LINES + ["", " 　两个空格\t碳达峰\r", "\r", "a-b_c.d%e#f&g+h 碳中和（2030年）", "\u9fd6\u9fd5中国", "", ""])
    expected, pos = set(), 0
    for line in text.split("\n"):
        if line:
            for _, s, e in tokenizer().tokenize(line, HMM=False):
                expected |= {pos + s, pos + e}
        pos += len(line) + 1
    assert boundaries(SimpleNamespace(text=text)) == expected
    assert len(text) not in expected  # an empty last line gives no boundary: the test reads what jieba gives
