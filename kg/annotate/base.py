"""What every tagger shares: the sentences of the policy body, jieba token boundaries built
from the lexicons, and a longest-match dictionary matcher that respects those boundaries."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import machine_cache
from kg.annotate.dictionary_parts import Parts, split
from kg.annotate.jieba_cut import cut_no_hmm
from kg.annotate.word_tags import Tags, pack
from kg.annotate.word_trie import trie_pattern
from kg.lexicon import cue, cue_words, match_heading, read_tsv
from kg.model import Annotation, Document, Node


@dataclass(frozen=True)
class Ctx:
    """A sentence with the structure around it."""

    sentence: Node
    paragraph: tuple[int, int]  # the paragraph (line of the cleaned text) holding the sentence
    part: Node | None
    measure: Node | None
    scope: str  # preamble | notice | body


def contexts(doc: Document) -> list[Ctx]:
    """Every sentence of the document in text order, with its part, measure and paragraph."""
    cached = doc.__dict__.get("_contexts")
    if cached is not None and cached[0] is doc.root:
        return cached[1]
    out: list[Ctx] = []
    text = doc.text

    def visit(node: Node, part, measure, scope):
        for child in node.children:
            if child.kind == "sentence":
                a = text.rfind("\n", 0, child.start) + 1
                b = text.find("\n", child.end)
                out.append(Ctx(child, (a, len(text) if b < 0 else b), part, measure, scope))
            else:
                visit(
                    child,
                    child if child.kind == "part" else part,
                    child if child.kind == "measure" else measure,
                    "notice" if child.kind == "notice" else ("preamble" if child.kind == "preamble" and scope == "body" else scope),
                )

    visit(doc.root, None, None, "body")
    doc.__dict__["_contexts"] = (doc.root, out)
    return out


def make(layer: str, start: int, end: int, rule: str, **value) -> Annotation:
    return Annotation(layer, start, end, rule, tuple(sorted((k, v) for k, v in value.items() if v is not None)))


def split_aliases(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


@lru_cache(maxsize=None)
def lexicon_words() -> tuple[str, ...]:
    """Every surface form in the lexicons: the jieba user dictionary."""
    words: set[str] = set()
    for name, cols in (
        ("actors.tsv", ("label_zh", "aliases")),
        ("places.tsv", ("label_zh", "aliases")),
        ("sectors.tsv", ("keywords",)),
        ("instruments.tsv", ("keywords",)),
        ("indicators.tsv", ("label_zh", "aliases")),
    ):
        for row in read_tsv(name):
            for col in cols:
                words.update(split_aliases(row[col]) if col in ("aliases", "keywords") else [row[col]])
    return tuple(sorted(w for w in words if len(w) >= 2 and not re.search(r"[（）()、]", w)))


_TOKENIZER = None
BLOCK_MEMO = 50_000  # blocks remembered by the shared tokenizer before its memo is emptied
SCORE_MEMO = 300_000  # fragments' scores remembered by it (about 40 MB) before that memo is emptied


def _memo_tokenizer_class(jieba):
    """jieba's Tokenizer, remembering the words of each block it cut without HMM.

    jieba cuts a text block by block (runs of Chinese characters and letters, split at
    punctuation and spaces), each block on its own. The tagger's boundaries cut every line of a
    document, and alignment (``kg.analysis.provisions``) cuts the same document's provisions with
    the same dictionary: the same blocks, cut once. A remembered block gives exactly the words
    jieba gives for it, so only time changes."""

    class MemoTokenizer(jieba.Tokenizer):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._blocks: dict[str, tuple[str, ...]] = {}
            self._scores: dict = {}  # fragment → its score (``cut_no_hmm``), for ``_scored``'s dictionary and total
            self._scored = None
            self._parts = None  # the dictionary's parts not yet in FREQ (``dictionary_parts``), when read from them

        def _need(self, text) -> None:  # the parts of ``text``'s characters merged before FREQ is read for it
            if self._parts is not None:
                self._parts.need(self.FREQ, text)

        # jieba.Tokenizer.cut calls ``self.__cut_DAG_NO_HMM``, mangled to this name
        def _Tokenizer__cut_DAG_NO_HMM(self, block):  # noqa: N802 - jieba's (mangled) name
            words = self._blocks.get(block)
            if words is None:
                if len(self._blocks) >= BLOCK_MEMO:
                    self._blocks.clear()
                scored = (id(self.FREQ), self.total)
                if scored != self._scored or len(self._scores) >= SCORE_MEMO:
                    self._scores, self._scored = {}, scored
                self._need(block)  # jieba's words, in one pass
                words = self._blocks[block] = cut_no_hmm(self.FREQ, self.total, block, self._scores)
            return words

        def add_word(self, word, *a, **kw):  # a new word changes the cuts: what was remembered is forgotten
            self._need(word)
            self._blocks.clear()
            self._scores = {}
            return super().add_word(word, *a, **kw)

        def suggest_freq(self, segment, *a, **kw):
            self._need(segment)
            return super().suggest_freq(segment, *a, **kw)

        def get_DAG(self, sentence):  # noqa: N802 - jieba's name (its cuts with HMM, cut_all)
            self._need(sentence)
            return super().get_DAG(sentence)

    return MemoTokenizer


def _load_dictionary(jieba) -> None:
    """``jieba.dt.initialize()``, the same dictionary, a third of the CPU, where the machine keeps no cache (else
    the tagger's tokenizer reads ``_dictionary``'s parts and jieba's own is left unread): jieba's cache file read
    with ``marshal.loads`` of the file's bytes (jieba's own ``marshal.load`` on the open file took 0.76 s CPU, this
    0.25 s). Anything unusual (another dictionary, no cache yet, a damaged cache) is left to jieba."""
    if not jieba.dt.initialized:
        _read_jieba_cache(jieba)


def _read_jieba_cache(jieba) -> None:
    """jieba's dictionary from its own cache file (``marshal.loads`` of the file's bytes), else ``initialize()``."""
    import marshal
    import os
    import tempfile

    dt = jieba.dt
    if dt.dictionary == jieba.DEFAULT_DICT:
        path = os.path.join(dt.tmp_dir or tempfile.gettempdir(), dt.cache_file or "jieba.cache")
        try:
            with open(path, "rb") as fh:
                freq, total = marshal.loads(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            pass
        else:
            if isinstance(freq, dict) and freq:
                with dt.lock:
                    if not dt.initialized:
                        dt.FREQ, dt.total, dt.initialized = freq, total, True
                return
    dt.initialize()


def tokenizer():
    """One jieba tokenizer per process, with the lexicons as its user dictionary."""
    global _TOKENIZER
    if _TOKENIZER is None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = _memo_tokenizer_class(jieba)()
        kept = _dictionary()  # the machine's parts of jieba's dictionary, merged as the texts need them
        if kept is not None:
            tk.FREQ, tk.total, tk.initialized, tk._parts = {}, kept[1], True, Parts(kept[0])
            tk._parts.start(tk.FREQ)
        else:  # jieba's default tokenizer loads it (about a second of CPU, three times jieba's cut of the corpus)
            _load_dictionary(jieba)
            tk.FREQ, tk.total, tk.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
        for word in lexicon_words():
            tk.add_word(word, freq=max(tk.suggest_freq(word, tune=False), 100000))
        _TOKENIZER = tk
    return _TOKENIZER


@lru_cache(maxsize=None)
def dictionary_tags():
    """jieba's dictionary (dict.txt: word, frequency, part-of-speech tag): word → tag, read once per process for
    every tagger that asks (``acting``'s nouns and verbs, ``bodies``' verbs: the file was parsed twice, 0.3 s of CPU),
    from the machine's cache with the dictionary itself (``_dictionary``: a ``word_tags.Tags``, read word by word);
    parsed from dict.txt where there is none (a dictionary). ``get``, ``in`` and ``word_tags.tagged`` read either."""
    kept = _dictionary()
    return Tags(kept[2], kept[3]) if kept is not None else _parsed_tags()


@lru_cache(maxsize=None)
def _parsed_tags() -> dict[str, str]:
    import os

    import jieba

    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        return dict(re.findall(r"^(\S+) \S+ (\S+)$", fh.read(), re.M))


@lru_cache(maxsize=None)
def _dictionary():
    """(FREQ's parts, total, tags' lines, gathered words) of jieba's default dictionary, kept in one entry of the
    machine's cache for that dict.txt (its path, size and time: ``kg.machine_cache``), or None where the machine keeps
    no cache. FREQ one part per first character (``dictionary_parts``: read as the texts need them), the tags as
    ``word_tags.pack`` keeps them (a few thousand strings: a dictionary of 349,000 words cost ~0.1 s of CPU to read
    back, ~0.03 s more to gather the verbs). Made on the first build of a machine from jieba's own load and dict.txt
    parsed."""
    import os

    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    try:
        stat = os.stat(path)
    except OSError:
        return None
    header = ("jieba-dictionary", 4, path, stat.st_size, stat.st_mtime_ns, machine_cache.code_of(__file__, pack.__code__.co_filename, split.__code__.co_filename))  # the code deriving it too
    entry = machine_cache.of_file("jieba-dictionary", path, header[1])
    kept = machine_cache.read(entry, header)
    if isinstance(kept, tuple) and len(kept) == 4 and isinstance(kept[0], dict) and kept[0] and isinstance(kept[2], dict) \
            and isinstance(kept[3], dict):
        return kept
    dt = jieba.dt
    if machine_cache.folder() is None or dt.dictionary != jieba.DEFAULT_DICT:
        return None
    if not dt.initialized:
        _read_jieba_cache(jieba)
    parts, total = split(dt.FREQ), dt.total
    lines, words = pack(_parsed_tags())
    machine_cache.write(entry, header, (parts, total, lines, words))
    return parts, total, lines, words


# jieba's blocks (``jieba.re_han_default``): each cut into words; every other character is a token of its own
_JIEBA_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")


def boundaries(doc: Document) -> frozenset[int]:
    """Offsets in the cleaned text where a jieba token starts or ends: those of ``tokenizer().tokenize(line,
    HMM=False)`` over each non-empty line, found without its generators (jieba's ``cut`` splits a line into
    blocks, cuts each block with ``__cut_DAG_NO_HMM``, the memo's, and yields every other character alone)."""
    cached = getattr(doc, "_boundaries", None)
    if cached is not None:
        return cached
    cut = tokenizer()._Tokenizer__cut_DAG_NO_HMM
    cuts: set[int] = set()
    add, update = cuts.add, cuts.update
    pos = 0
    for line in doc.text.split("\n"):
        if line:
            last = pos
            for m in _JIEBA_BLOCK.finditer(line):
                start = pos + m.start()
                update(range(last, start + 1))  # the characters between blocks, one token each
                for word in cut(m.group()):
                    start += len(word)
                    add(start)
                last = start
            update(range(last, pos + len(line) + 1))
        pos += len(line) + 1
    result = frozenset(cuts)
    object.__setattr__(doc, "_boundaries", result)
    return result


class Matcher:
    """Longest-match dictionary lookup: surface → key, accepted only on token boundaries."""

    def __init__(self, surfaces: dict[str, str]):
        self.lookup = surfaces
        # the longest surface printed at a position, each character tested once (annotate/word_trie.py)
        self.pattern = re.compile(trie_pattern(surfaces)) if surfaces else None
        self._whole = None  # the last whole-text scan: (text, cuts, its matches)

    def find(self, text: str, start: int, end: int, cuts: frozenset[int] | None):
        """(start, end, key) of each match in ``text[start:end]``. A scan of a whole text is remembered for the next
        call with the same text and cuts: the actor tagger asks four times per document (0.02 s each on the corpus)."""
        if cuts is None or start != 0 or end != len(text):
            return self._find(text, start, end, cuts)
        whole = self._whole
        if whole is None or whole[0] is not text or whole[1] is not cuts:
            whole = self._whole = (text, cuts, list(self._find(text, start, end, cuts)))
        return iter(whole[2])

    def _find(self, text: str, start: int, end: int, cuts: frozenset[int] | None):
        if self.pattern is None:
            return
        for m in self.pattern.finditer(text, start, end):
            s, e = m.span()
            if cuts is not None and not _aligned(text, s, e, cuts):
                continue
            yield s, e, self.lookup[m.group(0)]


def _aligned(text: str, s: int, e: int, cuts: frozenset[int]) -> bool:
    """A match must start and end where tokens do (or at punctuation), so 党政同责 is no 党政."""
    def ok(i):
        return i in cuts or i == 0 or i >= len(text) or not _is_word(text[i - 1]) or not _is_word(text[i])

    return ok(s) and ok(e)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_CLAUSE_END = re.compile(r"[，；。！？,;!?]")
# what may stand before a year that still opens its clause: spaces, quotes and 力争, 争取 (ontology/time_cues.tsv)
YEAR_LEAD = " “”" + "".join(cue_words("time_cues.tsv", "year-lead"))
# 2025年底，…: a year followed by 底/末 or a comma opens its sentence (ontology/time_cues.tsv)
_YEAR_END_MAYBE = re.compile(r"\s*(?:" + cue("time_cues.tsv", "year-end") + r")?\s*[，,]?")
_YEAR_OPENS = re.compile(r"\s*(?:" + cue("time_cues.tsv", "year-end") + r"|，|,)")
# 2023年年底前 / 2025年前 / 2021年 as a clause of its own: what may follow the year (ontology/time_cues.tsv)
_TIME_ONLY = re.compile(r"\s*年?(?:" + cue("time_cues.tsv", "year-end") + r")?\s*(?:" + cue("time_cues.tsv", "before") + r")?\s*")


_OPENERS, _CLOSERS = "（(《“「", "）)》”」"
# the characters ``clauses`` acts on; every other character is skipped by the regular expression
_CLAUSE_MARKS = re.compile("[" + re.escape(_OPENERS + _CLOSERS) + _CLAUSE_END.pattern[1:])


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]``: split at ，；。！？ (never inside brackets or quotes)."""
    out, a, depth = [], start, 0
    for m in _CLAUSE_MARKS.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            if i > a:
                out.append((a, i))
            a = i + 1
    if end > a:
        out.append((a, end))
    return out


@dataclass(frozen=True)
class TimeScope:
    """The deadline or period a clause falls under, and the span that set it."""

    year: int | None
    period: str | None  # "2021-2025"
    period_label: str | None  # "十四五"
    source: tuple[int, int]
    origin: str = "sentence"  # where it was stated: sentence | paragraph | section | document


def time_scopes(doc: Document, times: list[Annotation]):
    """For each sentence, the time scope in force at each of its clauses.

    A deadline (到2035年) or period (十四五, 本世纪中叶) covers the clauses after it to the end
    of its sentence. When it opens its paragraph it covers the rest of the paragraph (the
    corpus's 主要目标 paragraphs: 到2025年，…。单位国内生产总值能耗比2020年下降13.5%；…).
    Yields (ctx, [(clause_start, clause_end, TimeScope | None)]).
    """
    text = doc.text
    # a year that describes a thing (2000年前建成的小区, 2021年度通报的园区) is no clause's deadline
    times = sorted((t for t in times if t.get("kind") in ("deadline", "before", "period", "range", "year") and not t.get("describes")),
                   key=lambda t: (t.start, t.end))
    starts = [t.start for t in times]  # the times of a clause found by bisection, in the same order
    para_scope: dict[int, TimeScope] = {}
    for ctx in contexts(doc):
        if ctx.scope != "body":
            continue  # the covering notice and the preamble set context, they state no goals
        s0, e0 = ctx.sentence.start, ctx.sentence.end
        inherited = para_scope.get(ctx.paragraph[0])
        if inherited is not None:
            inherited = replace(inherited, origin="paragraph")
        current = inherited
        out = []
        for a, b in clauses(text, s0, e0):
            here = times[bisect_left(starts, a):bisect_left(starts, b)]
            milestone = None
            for t in here:
                if t.get("kind") == "year" and text[a:t.start].strip(YEAR_LEAD) != "":
                    continue  # a year inside a clause is not a deadline; one opening it is
                scope = scope_of(t)
                opens = t.get("kind") == "year" and not text[s0:t.start].strip(YEAR_LEAD) and _YEAR_END_MAYBE.match(text[t.end:])
                if opens and _YEAR_OPENS.match(text[t.end:]):
                    current = scope  # 2025年底，…；… / 2022年，…: a year opening its sentence covers it
                elif t.get("kind") in ("before", "year") and not text[a:t.start].strip(YEAR_LEAD) and _TIME_ONLY.fullmatch(text, t.end, b):
                    current = scope  # …治理，2023年年底前，…达到100%: a clause that is only its year covers the rest of the sentence
                elif t.get("kind") in ("before", "year"):
                    milestone = scope  # 2030年前: this clause only
                else:
                    current = scope
                    if _opens_paragraph(text[ctx.paragraph[0]:t.start]):
                        para_scope[ctx.paragraph[0]] = scope
            out.append((a, b, milestone or current))
        yield ctx, out


def _opens_paragraph(prefix: str) -> bool:
    """Nothing before the deadline but, at most, a heading and its title (（三）主要目标。)."""
    prefix = prefix.strip("“”　 ")
    if not prefix:
        return True
    rule, m = match_heading(prefix)
    return rule is not None and prefix.endswith("。") and prefix.count("。") == 1


def scope_of(t: Annotation) -> TimeScope:
    kind = t.get("kind")
    if kind == "period":
        span = f"{t.get('start_year')}-{t.get('end_year')}" if t.get("start_year") != t.get("end_year") else str(t.get("end_year"))
        return TimeScope(None, span, t.get("label"), (t.start, t.end))
    if kind == "range":
        return TimeScope(None, f"{t.get('start_year')}-{t.get('end_year')}", None, (t.start, t.end))
    return TimeScope(t.get("year"), None, None, (t.start, t.end))


_NOT_DIVISIONS = ("document", "annex", "sentence", "item", "subitem")


def division_headings(root: Node, text: str, skip: tuple[str, ...] = _NOT_DIVISIONS):
    """Each division of a document (part, measure, article, chapter … not ``skip``) with its heading: its title, or,
    untitled, its first line (at most 30 characters when it has none), white space removed. What the taggers of
    estimate chapters, criteria sections and calls read a division by."""
    for n in root.walk():
        if n.kind in skip:
            continue
        title = n.title
        if not title:
            line_end = text.find("\n", n.start, n.end)
            title = text[n.start:line_end if line_end >= 0 else min(n.end, n.start + 30)]
        yield n, re.sub(r"\s+", "", title)


def listed(m: re.Match, group: str = "list"):
    """(start, end, item) for each 、-separated item of a match's group, offsets in the text the match was made on."""
    pos = m.start(group)
    for item in m.group(group).split("、"):
        yield pos, pos + len(item), item
        pos += len(item) + 1
