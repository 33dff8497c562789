"""A build's store written afresh from its graph.nq in one load where the memory allows (issue 17).

``query.store.write_store`` loads graph.nq, then its union into the default graph (lines read from
the file again), then ``ontology.ttl`` into the default graph, and compacts the store: three loads,
each adding files of its own, which the compaction rewrites uncompressed. Here each piece of
graph.nq goes in one load with its own union: its quads, then the same lines without their graph
name (N-Quads with no graph name is the default graph). The ontology graph's lines stand for
``ontology.ttl``, which ``serialize.write_ontology`` writes from the same lines. One piece (a
graph of up to ``PIECE_QUADS`` quads, the corpus and a hundred pool documents) needs no
compaction: its files are as compact as a compaction would leave them. Measured on the corpus
(117,053 quads, a loaded machine, 2026-12-01, five runs each): the same CPU (1.9–2.9 s either way),
a 39 → 31 MB store, the same quads, every named query as fast (``scripts/bench_store_queries.py``:
12.7 vs 12.9 s). Two loads (the documents' graphs early, the rest at the end) left queries 1.3×
slower uncompacted and a 56 MB store compacted: the store is not loaded before graph.nq is whole.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.query import store as stores

# graph.nq's lines per load: each piece is loaded with its union, twice as many statements (the
# memory of a load of 250,000 statements is what query.store's pieces of 200,000 lines measured)
PIECE_QUADS = 125_000


def write_fresh_store(folder: Path, nquads: Path, piece: int = PIECE_QUADS) -> int:
    """The build's store in ``folder``: the quads of ``nquads`` (a build's graph.nq) and their union in the
    default graph, the ontology's triples included; closed as its own checkpoint as ``write_store`` closes
    it. Returns the number of loads (compacted only when more than one)."""
    store = ox.Store(str(folder))
    loads = 0
    with open(nquads, "rb") as fh:
        while lines := list(islice(fh, piece)):
            # the graph name is the last term; an IRI holds no space, so the last " <" starts it
            lines += [line[:line.rindex(b" <")] + b" .\n" for line in lines if line.strip()]
            data = b"".join(lines)
            del lines  # the lines' bytes once, not twice, while the piece loads
            store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            del data
            loads += 1
    store.flush()
    if loads > 1:
        store.optimize()
    stores.live_copy(store, folder)
    del store
    stores.keep_live_copy(folder)
    return loads
