"""A build, one document at a time: what each document gives, and the folder they are written to.

``document_result`` runs wherever a document is processed (in the main process, a worker
process or a Dask worker): it turns a parsed ``Document`` into everything the build needs of it
(its sorted N-Triples, its reading page, its share of the targets and responsibility pages,
its profiles for cross-referencing, its projection). ``Build`` receives these as they finish
and writes them to disk at once, keeping only small summaries in memory; ``finish`` then
computes what needs every document (related measures, the union files, the graph page, the
store) by streaming from disk. Memory therefore stays nearly flat as the corpus grows; the
outputs are byte-identical to building everything in memory, whatever the order documents
finish in.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg import nqfile, progress
from kg.copies import copies, sketch
from kg.background import Background
from kg.analysis.graph import build_alignments, prepared
from kg.analysis.related import doc_profiles
from kg.graph import serialize as outputs
from kg.graph.iris import ALIGNMENTS_GRAPH, PKG, RELATIONS_GRAPH
from kg.graph.ontology_lines import ontology_lines
from kg.graph.rdf import document_iri, document_lines
from kg.memo import Memo
from kg.model import Document
from kg.outfolder import CACHE
from kg.pages.export import write_projection
from kg.pages.fragments import Bodies
from kg.pages.layout import layout
from kg.pages.projection import add_central, central_links, doc_key, fragment, merge, overview
from kg.pages.render import (document_row, documents_page, matrix_section, reading_view, render_graph_page,
                             render_reading_page, target_rows, targets_page, write_matrix_page)
from kg.related_memo import memo_folders, related_inline, related_runs
from kg.store_fresh import streamed_store, write_fresh_store
from kg.store_update import update_or_write

# index.html draws every node of the projection up to this many nodes (a browser stays
# responsive, and the seeded layout takes seconds); above it, the graph page shows the overview:
# documents and the concepts they concern, and every measure stays in the reading views.
GRAPH_NODES = 5000
# Documents whose whole projection is kept in memory until the end; past it the graph page is
# the overview whatever the node count, so memory does not grow with the corpus.
GRAPH_DOCUMENTS = 100
_RELATIONS_PER_RUN = 1000


@dataclass
class DocResult:
    iri: str
    name: str
    sha256: str
    title: str
    entry: dict  # its row of documents.json
    issues: list
    n_measures: int
    lines: object  # the document's graph as sorted N-Triples: bytes, or an ntwriter.SortedLines
    profiles: list
    reading: dict  # what its reading page (text/<key>.html) shows (pages.render.reading_view)
    matrix: dict  # its section of responsibility.html (pages.render.matrix_section)
    targets: list  # its rows of targets.html
    fragment: object  # its projection (view.View) without the document
    overview: object  # its overview projection: the document and the concepts it concerns
    node_ids: frozenset = field(default_factory=frozenset)
    n_targets: int = 0
    actors: frozenset = field(default_factory=frozenset)  # IRIs of the actors it names
    n_provisions: int = 0  # measures, articles, tasks or parts: what a reader cites (model.Document.provisions)
    align: object = None  # what central → local alignment needs of it (kg.analysis.graph.profile)
    align_prepared: object = None  # its provisions and fingerprints for alignment (kg.analysis.align.prepare)
    sketch: tuple = ()  # its text's sketch, to find a copy from another source (kg.copies)


def document_result(doc: Document) -> DocResult:
    """Everything a build needs of one document (pure; runs in any process)."""

    report = progress.document(doc.source.name, len(doc.source.text))
    iri = str(document_iri(doc))
    title = doc.meta.get("title") or doc.source.name
    report.say("reading page")
    frag = fragment(iri, doc)
    reading = reading_view(frag, iri, doc)
    matrix = matrix_section(frag, iri, doc)
    targets = target_rows(frag)
    frag.spans = {}
    report.say("graph")
    lines = document_lines(doc)

    actor_type = f" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{PKG.Actor}> .\n".encode()
    actors = lines.subjects(actor_type)
    report.say("profiles")
    profiles = doc_profiles(iri, doc)
    align, align_prepared = _align_profile(doc, iri)
    report.done()
    return DocResult(
        iri=iri, name=doc.source.name, sha256=doc.source.sha256, title=title,
        entry={"doc": iri, "title": doc.meta.get("title"), "date": doc.meta.get("date"), "source": doc.source.name,
               "sha256": doc.source.sha256, "issues": [i.__dict__ for i in doc.issues]},
        issues=list(doc.issues), n_measures=len(doc.nodes("measure")), n_provisions=len(doc.provisions()),
        lines=lines,
        profiles=profiles, reading=reading, matrix=matrix, targets=targets,
        fragment=frag, overview=overview(frag), node_ids=frozenset(frag.graph.nodes),
        n_targets=len(targets), actors=actors, align=align, align_prepared=align_prepared,
        sketch=sketch(doc.text),
    )


def page_json(data: dict) -> bytes:
    """A document's page data as the build spills it (the cache keeps these bytes: written out as they are)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _unpacked(fragment):
    """A projection as the cache gives it back (``kg.cache.Pickled``: unpickled only if drawn) or as made."""
    return fragment.unpack() if hasattr(fragment, "unpack") else fragment


def _work_key(iri: str) -> str:
    """A document's files in the build's spill folder, one per IRI: ``doc_key`` (the title's hash)
    is shared by two documents of one title issued on different dates."""
    return hashlib.sha1(iri.encode("utf-8")).hexdigest()[:20]


def _align_profile(doc: Document, iri: str):
    """What alignment needs of the document: its slim copy, and what depends on it alone (its
    provisions cut into terms), made here so that the build's end aligns without re-cutting
    the documents a cache gave back."""
    return prepared(doc, iri)


@dataclass
class _Kept:
    name: str
    sha256: str
    title: str
    entry: dict
    n_measures: int
    profiles: list
    targets: list
    overview: object
    node_ids: frozenset
    n_targets: int = 0
    actors: frozenset = frozenset()
    n_provisions: int = 0
    align: object = None
    align_prepared: object = None
    sketch: tuple = ()


class Build:
    """The documents of one build, written into ``folder`` (a temporary folder) as they arrive."""

    def __init__(self, folder: Path, graph_nodes: int = GRAPH_NODES, graph_documents: int = GRAPH_DOCUMENTS, cache=None,
                 keep_copies: bool = False):
        self.folder = Path(folder)
        self.cache = cache  # kg.cache.Cache: each result kept for the next build; the previous store updated
        self.work = self.folder / ".work"
        for sub in ("nt", "reading", "matrix", "runs"):
            (self.work / sub).mkdir(parents=True, exist_ok=True)
        (self.folder / "text").mkdir(exist_ok=True)
        self.graph_nodes = graph_nodes
        self.graph_documents = graph_documents
        self.kept: dict[str, _Kept] = {}
        self.fragments: dict[str, object] | None = {}
        self.versions: dict[str, list[tuple[str, str]]] = {}  # iri → (sha256, name) of every source giving it
        self.sizes: dict[str, int] = {}  # source name → its provisions, to tell a true duplicate from a collision
        self.aligned: dict[str, list[tuple[str, str]]] = {}  # local provision IRI → its central provisions' (label, href)
        self.central: dict[str, list[list[str]]] = {}  # local provision IRI → [central IRI, label, href from index.html]
        self.copy_of: dict[str, str] = {}  # IRI of a document dropped as a copy of another's text → the kept IRI
        self._copies_checked = keep_copies  # drop_copies runs once, when every document is in (never: --keep-copies)
        # document graphs copied from the previous graph.nq by bytes (kg/segments.py): IRI → its cached lines
        self.segments = cache.segments(self.folder) if cache is not None else None
        self.deferred: dict[str, object] = {}
        self.blocks: dict | None = None  # graph.nq's blocks, as written
        self.nq = self.folder / nqfile.GZ  # graph.nq.gz, or graph.nq with --formats nq (kg/nqfile.py)

    def add(self, r: DocResult) -> None:
        """Take one document's result: write its files now, keep its summary.

        All or nothing: if writing fails, the build is as it was before (no file of the
        document is left, a duplicate it was to replace is untouched).
        """
        if self.cache is not None:
            self.cache.put(self.folder, r)  # before its lines are moved into the build
        old = self.kept.get(r.iri)
        # the same document (same title and date) twice: the one with the smaller hash is kept,
        # so the choice never depends on which finished first
        self.sizes[r.name] = r.n_provisions
        if old is not None and (old.sha256, old.name) <= (r.sha256, r.name):
            self.versions.setdefault(r.iri, []).append((r.sha256, r.name))
            return

        key = _work_key(r.iri)
        copied = getattr(r, "_from_cache", False) and self.segments.reusable(r.iri, self.cache.key(r.name, r.sha256))
        files = [(self.work / "nt" / f"{key}.nt", r.lines)] * (not copied) + [
            (self.work / "reading" / f"{key}.json", r.reading), (self.work / "matrix" / f"{key}.json", r.matrix)]
        parts = []
        try:
            for path, data in files:
                part = path.with_name(path.name + ".part")
                parts.append(part)
                if isinstance(data, bytes):
                    part.write_bytes(data)
                elif isinstance(data, dict):  # page data (kg.pages.render)
                    part.write_bytes(page_json(data))
                else:
                    data.write_to(part)
            for (path, _), part in zip(files, parts):
                os.replace(part, path)
        except BaseException:
            for part in parts:
                part.unlink(missing_ok=True)
            raise
        self.versions.setdefault(r.iri, []).append((r.sha256, r.name))
        self.deferred.pop(r.iri, None)
        if copied:
            self.deferred[r.iri] = r.lines
        intern = sys.intern
        for p in r.profiles:
            p.tokens = [intern(t) for t in p.tokens]
            p.features = {k: {intern(i) for i in ids} for k, ids in p.features.items()}
        self.kept[r.iri] = _Kept(r.name, r.sha256, r.title, r.entry, r.n_measures, r.profiles, r.targets,
                                 r.overview, r.node_ids, r.n_targets, r.actors, r.n_provisions, r.align,
                                 r.align_prepared, r.sketch)
        if self.fragments is not None:
            self.fragments[r.iri] = r.fragment
            if len(self.kept) > self.graph_documents:
                self.fragments = None  # the graph page will be the overview: no need to hold projections
                for k in self.kept.values():
                    k.node_ids = frozenset()
        else:
            self.kept[r.iri].node_ids = frozenset()

    def totals(self) -> dict:
        """What the build holds: documents, provisions, targets, distinct actors."""
        kept = self.kept.values()
        return {"documents": len(self.kept), "provisions": sum(k.n_provisions for k in kept),
                "targets": sum(k.n_targets for k in kept),
                "actors": len(frozenset().union(*(k.actors for k in kept)))}

    # -- what needs every document ------------------------------------------------------------

    def drop_copies(self) -> None:
        """Documents whose text is another source's (``kg.copies``) built once: of each group, the one
        with a title and a date is kept (then the smaller hash), whatever order they came in."""
        if self._copies_checked:
            return
        self._copies_checked = True
        groups = copies({iri: (k.sketch, k.entry.get("date")) for iri, k in self.kept.items()})
        for group in groups:
            def rank(iri):
                k = self.kept[iri]
                return (not k.entry.get("title"), not k.entry.get("date"), k.sha256, k.name)
            keep = min(group, key=rank)
            for iri in sorted(group - {keep}):
                self._remove(iri)
                self.copy_of[iri] = keep

    def _remove(self, iri: str) -> None:
        key = _work_key(iri)
        for sub, ext in (("nt", "nt"), ("reading", "json"), ("matrix", "json")):
            (self.work / sub / f"{key}.{ext}").unlink(missing_ok=True)
        del self.kept[iri]
        self.deferred.pop(iri, None)
        if self.fragments is not None:
            self.fragments.pop(iri, None)

    def duplicates(self) -> list[str]:
        """One line per source dropped as a copy: same title and date (one IRI), or the same text."""
        self.drop_copies()
        dropped = []
        for iri, versions in self.versions.items():
            kept = min(versions)
            if iri in self.copy_of:  # every source of this IRI gives way to the kept document's
                versions_kept = min(self.versions[self.copy_of[iri]])
                dropped += [(v, versions_kept[1], "the same text") for v in versions]
                continue
            dropped += [(v, kept[1], "same title and date") for v in versions if v != kept]
        return [f"{name} is the same document as {kept} ({why}); built once, keeping {kept}"
                + (self._differ(name, kept) if why != "the same text" else "")
                for (_, name), kept, why in sorted(dropped)]

    def _differ(self, name: str, kept: str) -> str:
        """A PDF and its text give the same provisions; two documents whose titles were misread
        into one rarely do: say so, so that a dropped document is never silent."""
        a, b = self.sizes.get(name), self.sizes.get(kept)
        if a is None or b is None or a == b:
            return ""
        return (f" — but they differ ({a} vs {b} provisions): if they are different documents, "
                "their titles were misread; build them apart and report it")

    def finish(self, with_store: bool = True, progress=None, formats=()) -> None:
        """Write everything that needs all documents; ``progress(step)`` is told as each step begins.

        ``formats``: the serialisations wanted beside graph.nq (keys of ``serialize.FORMATS``)."""

        say = progress or (lambda step: None)
        self.nq, formats = self.folder / (nqfile.PLAIN if "nq" in formats else nqfile.GZ), [f for f in formats if f != "nq"]
        self.drop_copies()
        order = sorted(self.kept)
        full = self.fragments is not None and \
            len(frozenset().union(*(self.kept[d].node_ids for d in order))) <= self.graph_nodes
        profiles = [p for d in order for p in self.kept[d].profiles]
        for d in order:
            self.kept[d].profiles = []
        # kept only when the graph page draws every measure, else to disk from a process of their own beside the
        # alignment; each row kept in the cache, so a rebuild scores only the rows a new document touches
        memo = (profiles, *memo_folders(self.cache, self.folder, {d: (self.kept[d].name, self.kept[d].sha256)
                                                                   for d in order}), self.work / "runs", _RELATIONS_PER_RUN)
        say(f"related measures ({len(profiles):,} measures{'' if full else ', in a process of their own'})")
        relations = related_inline(*memo) if full else None
        beside = Background()
        stream = None
        try:
            if not full:
                beside.process(related_runs, *memo)
            del profiles, memo
            say("central → local alignment")
            aligned = self._alignments(order)
            # a store written afresh is loaded from graph.nq's lines as they are written (kg/store_fresh.py)
            if with_store and (self.cache is None or not self.cache.can_update_store()):
                stream = streamed_store(self.folder / "store", self.nq, self.work / "store.fifo", lenient=True)
            say("graph.nq (the documents' graphs while the related measures are computed)")
            # the related measures are waited for only when graph.nq reaches their graph
            self._write_nq(order, lambda: (say("waiting for the related measures"), beside.wait(),
                                           sorted((self.work / "runs").glob("*.nt")))[-1], aligned,
                           sink=stream.write if stream is not None else None)
            beside.stop()  # not in a finally: an interruption landing in it ends the load below too
        except BaseException:
            if stream is not None:
                stream.abort()
            beside.stop()
            raise
        # what only reads graph.nq runs beside the pages, and nothing waits on it until the end
        background = Background()
        try:
            streamed, stream = stream, None
            if streamed is not None:  # joined by background from here on, whatever happens next
                background.thread(streamed.finish)
                say("store (loaded as graph.nq was written, finished in a thread beside the pages)")
            if formats:
                say(f"{', '.join(outputs.FORMATS[f] for f in formats)} (in a process of their own)")
                self._write_formats(formats, background)
            job = self.cache.store_job(self.folder, self.blocks) \
                if with_store and streamed is None and self.cache is not None else None
            if job:  # the previous store updated by named graph (kg/store_update.py)
                say("store (updated in a process of its own, beside the pages)")
                background.process(update_or_write, *job)
            elif with_store and streamed is None:
                say("store (in a thread, beside the pages)")
                background.thread(self._write_store)
            say("pages")
            self._write_pages(order, relations if full else None)
            del relations
            (self.folder / "documents.json").write_bytes(
                (json.dumps([self.kept[d].entry for d in order], ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
            say("waiting for the store and the serialisations")
            background.wait()
        finally:
            background.stop()
        shutil.rmtree(self.work)

    def _write_store(self) -> None:
        """The store: the previous build's updated by named graph when there is one, else written afresh."""
        if self.cache is None or not self.cache.update_store(self.folder, self.blocks):
            write_fresh_store(self.folder / "store", self.nq, lenient=True)  # IRIs checked where made (graph/iris.py)

    def _alignments(self, order: list[str]) -> Path:
        """The alignments graph (kg.analysis.graph) as one sorted N-Triples file."""

        docs = {d: self.kept[d].align for d in order if self.kept[d].align is not None}
        ready = {d: self.kept[d].align_prepared for d in docs if self.kept[d].align_prepared is not None}
        for d in order:
            self.kept[d].align = self.kept[d].align_prepared = None
        # the reading pages link to the pairs
        memo = digests = None
        if self.cache is not None:  # each local document's share kept, by what it reads (kg/memo.py)
            memo = Memo(self.cache.old / "align" if self.cache.status == "valid" else None, self.folder / CACHE / "align")
            digests = {d: self.cache.key(a.source.name, a.source.sha256) for d, a in docs.items()}
        lines, self.aligned = build_alignments(docs, self.folder / "align", ready, memo, digests)
        self.central = central_links(lines, self.aligned)  # and the graph page's panels to the central measures
        del docs
        path = self.work / "alignments.nt"
        path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))
        return path

    def _write_nq(self, order: list[str], runs, aligned: Path | None = None, sink=None) -> None:
        """graph.nq (each document's graph, the relations, the alignments, the concepts, the ontology) and
        ontology.ttl; ``runs()``: the related measures' sorted runs, asked for once the documents are written;
        ``sink``: handed graph.nq's lines as they are written (``serialize.write_nquads``)."""

        def graphs():
            for d in order:
                # a cached document's graph is copied from the previous graph.nq when it checks (kg/segments.py)
                lines = self.deferred.get(d) or outputs.file_lines(self.work / "nt" / f"{_work_key(d)}.nt")
                yield d, (self.segments.graph(d, self.cache.key(self.kept[d].name, self.kept[d].sha256), lines)
                          if self.segments is not None else lines)
            yield RELATIONS_GRAPH, outputs.merged_lines(runs())
            if aligned is not None:
                yield ALIGNMENTS_GRAPH, outputs.file_lines(aligned)

        ontology = ontology_lines()  # kept once per machine
        self.blocks = outputs.write_nquads(self.nq, graphs(), ontology, sink=sink)
        self.deferred = {}
        if self.cache is not None:
            self.cache.keep_blocks(self.folder, self.blocks)
            self.segments.save()
        outputs.write_ontology(self.folder / "ontology.ttl", ontology)

    def _write_formats(self, formats, background: Background) -> None:
        """graph.nt, graph.ttl, graph.trig, graph.jsonld as asked, each streamed from graph.nq, in a process of their own."""
        background.process(outputs.write_formats, self.folder, tuple(formats), self.work / "formats")

    def _write_pages(self, order: list[str], relations) -> None:

        docs = [(doc_key(d), self.kept[d].title) for d in order]
        # reading-page bodies kept for the next build, and taken from the previous one (kg/pages/fragments.py)
        bodies = Bodies(self.cache.old / "pages" if self.cache is not None and self.cache.status == "valid" else None,
                        self.folder / CACHE / "pages" if self.cache is not None else None)
        listed = []  # documents.html's rows
        keys = {d: self.cache and self.cache.key(self.kept[d].name, self.kept[d].sha256) for d in order}
        for d in order:  # every page is rendered once, now that every document and alignment is known
            path = self.work / "reading" / f"{_work_key(d)}.json"
            outline, body = bodies.reading(keys[d], lambda: json.loads(path.read_bytes()), self.aligned)
            (self.folder / "text" / f"{doc_key(d)}.html").write_bytes(
                render_reading_page({"title": outline["title"]}, body=body).encode("utf-8"))
            listed.append(document_row(doc_key(d), outline["title"], outline["facts"]))
        (self.folder / "documents.html").write_bytes(documents_page(listed, docs).encode("utf-8"))
        rows = [row for d in order for row in bodies.target_rows(keys[d], self.kept[d].targets)]  # kept rendered
        (self.folder / "targets.html").write_bytes(targets_page(rows, docs).encode("utf-8"))
        sections = (bodies.matrix(keys[d], (self.work / "matrix" / f"{_work_key(d)}.json").read_bytes) for d in order)
        with open(self.folder / "responsibility.html", "w", encoding="utf-8") as out:
            write_matrix_page(out, sections, docs)
        if relations is not None:
            view = merge([_unpacked(self.fragments[d]) for d in order], relations)
        else:
            view = merge([self.kept[d].overview for d in order])
            view.overview = True
        self.fragments = None
        add_central(view, self.central)
        for node, (x, y) in layout(view.graph).items():
            view.graph.nodes[node].update(x=x, y=y)
        (self.folder / "index.html").write_bytes(render_graph_page(view).encode("utf-8"))
        write_projection(self.folder, view)
