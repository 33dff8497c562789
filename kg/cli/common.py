"""What the commands share: the sources to build, one document parsed, a build's store opened,
rows printed, a file written atomically. A user's mistake is a ``click.ClickException``."""
from __future__ import annotations

from pathlib import Path

import click

from kg import regex_cache


def seed_dir() -> Path:
    here = Path(__file__).resolve().parent.parent.parent / "seeds"
    return here if here.is_dir() else Path.cwd() / "seeds"


def expand_sources(sources: tuple[str, ...]):
    """The files to build and what was skipped inside folders (see ``kg.text.sources``)."""
    from kg.text.sources import SourceError, gather

    if not sources:
        seeds = seed_dir()
        if not seeds.is_dir():
            raise click.ClickException(
                f"no sources given and no seeds/ folder at {seeds}; name the files or folders to build"
            )
        sources = (str(seeds),)
    try:
        return gather(sources)
    except SourceError as exc:
        raise click.ClickException(str(exc))


def process_source(path: Path, max_chars: int | None = None):
    with regex_cache.installed():  # the taggers' patterns compiled once per machine (issue 17)
        from kg.pipeline import MAX_CHARS, process_bytes
        from kg.text.sources import SourceError, read_source

        try:
            data = read_source(path)  # a regular file only: a FIFO or device never blocks
        except SourceError as exc:
            raise click.ClickException(f"{path}: {exc}")
        return process_bytes(data, path.name, max_chars or MAX_CHARS)


_USER_ERRORS: tuple[type[Exception], ...] = ()


def user_errors():
    global _USER_ERRORS
    if not _USER_ERRORS:
        from kg.text.read import ReadError
        from kg.text.structure import StructureError

        _USER_ERRORS = (ReadError, StructureError)
    return _USER_ERRORS


def _build_folder(ctx, param, value):
    """``--graph``: a folder that is clearly not a build gets a sentence saying which folder to give.

    A new user points ``--graph`` at the folder of their documents, or at the build's ``store/``;
    "run 'policykg build --out DIR' first" would then build the seeds into their documents' folder
    (refused) or into the store. Anything else (a build, a missing folder) passes unchanged."""
    try:
        return _check_build_folder(value)
    except OSError as exc:  # a name too long, a folder one may not enter: pathlib raises where click did not
        raise click.ClickException(f"--graph {value}: cannot read it ({exc.strerror or exc}); give the folder a "
                                   "build wrote") from None


_NQ = ("graph.nq.gz", "graph.nq")  # a build's N-Quads (kg/nqfile.py), the plain one of --formats nq or an earlier version


def _written_by_build(folder: Path) -> bool:
    """A folder a build wrote: its graph.nq, or the marker every build leaves. A ``store/`` alone is not enough to
    name a folder "the build" (a project's folder may hold a store/ of its own beside the documents)."""
    from kg.outfolder import MARKER

    return any((folder / n).exists() for n in _NQ) or (folder / MARKER).is_file()


def _check_build_folder(value: str) -> str:
    folder = Path(value)
    if folder.exists() and not folder.is_dir():  # graph.nq, index.html, or a source given as --graph
        parent = folder.resolve().parent
        if _written_by_build(parent):
            raise click.ClickException(f"{value} is a file of the build {parent}; give the build's folder: "
                                       f"--graph {parent}")
        from kg.text.sources import SOURCE_SUFFIXES

        build = f": build it first, policykg build {value} --out DIR" if folder.suffix.lower() in SOURCE_SUFFIXES else ""
        raise click.ClickException(f"{value} is a file; --graph takes the folder a build wrote{build}")
    if not folder.is_dir() or any((folder / n).exists() for n in _NQ) or (folder / "store").is_dir():
        return value
    from kg.text.sources import SOURCE_SUFFIXES

    parent = folder.resolve().parent
    if _written_by_build(parent):
        raise click.ClickException(f"{value} is a folder inside the build {parent}; give the build's folder: "
                                   f"--graph {parent}")
    try:
        sources = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file())
    except OSError:
        return value
    if sources:
        # beside the folder, never inside it (the build refuses an --out inside its sources): '.' and '..' have
        # no name of their own to add -graph to, so their full path gives it
        out = f"{value.rstrip('/')}-graph" if folder.name not in ("", ".", "..") else f"{folder.resolve()}-graph"
        given = value or "."  # --graph '' is the current folder: 'policykg build  --out' would build the seeds
        raise click.ClickException(f"{given} holds source documents ({sources[0]}…), not a build; build them first: "
                                   f"policykg build {given} --out {out}, then give --graph {out}")
    return value


def graph_option(command):
    """The ``--graph`` option every command reading a build takes."""
    return click.option("--graph", "graph_dir", default="out", show_default=True, type=click.Path(),
                        callback=_build_folder, help="Folder written by 'policykg build'.")(command)


def open_graph(graph_dir):
    from kg.query.sparql import QueryError, open_store

    try:
        return open_store(Path(graph_dir))
    except QueryError as exc:
        raise click.ClickException(str(exc))


TABLE_FORMATS = click.Choice(["table", "csv", "tsv", "json"])


def echo_rows(text: str, fmt: str) -> None:
    """Print formatted rows; a table too wide for the terminal even with every column at its
    narrowest gets a hint on stderr, so a cut-off screen is never mistaken for the answer."""
    click.echo(text, nl=False)
    if fmt == "table":
        from kg.table import display_width, terminal_width

        width = terminal_width()
        if any(display_width(line) > width for line in text.splitlines()):
            click.echo(f"(the table is wider than the terminal's {width} columns: --format csv or json "
                       "gives every value whole)", err=True)


def shortener(store, text: str = ""):
    """What a table shows for an IRI: the document's short title, or a prefix of the query's or ours."""
    from kg.query.sparql import document_titles
    from kg.table import iri_shortener, query_prefixes

    return iri_shortener(query_prefixes(text), document_titles(store))


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside ``target``, then rename: a failure leaves no half file."""
    import os
    import tempfile

    if not target.parent.is_dir():
        raise click.ClickException(f"{target.parent}: no such folder; create it or choose another --out")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp makes the file private (0600); the file a user asked for gets the mode any new
        # file of theirs gets (0644 under the usual umask), as the RDF exports do
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        raise click.ClickException(f"{target}: cannot write ({exc.strerror or exc}); choose another --out")
