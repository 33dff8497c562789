"""``policykg cache``: what the machine's cache holds (where, how much, of what), its sweep and its clearing."""
from __future__ import annotations

from collections import defaultdict

import click


@click.command()
@click.option("--sweep", is_flag=True,
              help="Remove the entries derived from files that no longer exist (a deleted checkout's), those no "
                   "build has read for 30 days (a version of policykg or a Python no longer used), those of an "
                   "earlier layout and the temporary files of killed writers.")
@click.option("--clear", is_flag=True, help="Remove every file the cache wrote (the next build derives them again).")
def cache(sweep, clear):
    """Show the machine's cache: what every build would otherwise derive again (compiled regular expressions, jieba's
    dictionary, the ontology tables' rows, compiled templates), kept in $XDG_CACHE_HOME/policykg, else
    ~/.cache/policykg. Deleting it is always safe; POLICYKG_MACHINE_CACHE=0 turns it off. Each checkout and each
    version of policykg keeps its own entries; a build sweeps the cache once a day (--sweep: what it removes)."""
    from kg import machine_cache
    from kg.machine_cache_sweep import SWEPT, Busy, clear as clear_all, entries, sweep as sweep_gone

    if sweep and clear:
        raise click.ClickException("--sweep and --clear: give one (--clear removes what --sweep would and the rest)")
    base = machine_cache.folder()
    if base is None:
        raise click.ClickException("the machine cache is turned off (POLICYKG_MACHINE_CACHE=0, or no absolute home "
                                   "folder): nothing to show; unset POLICYKG_MACHINE_CACHE to use it")
    if sweep or clear:
        try:
            removed = clear_all() if clear else sweep_gone()
        except Busy as exc:
            raise click.ClickException(f"{exc}; try again when it is done")
        except OSError as exc:
            raise click.ClickException(f"{base}: {exc.strerror or exc}; check the folder's permissions")
        click.echo(f"removed {len(removed)} file(s), {_mb(sum(e.size for e in removed))} from {base}")
        return
    found = entries()
    click.echo(f"machine cache: {base}" + ("" if base.is_dir() else " (not made yet)"))
    if not found:
        return
    kinds: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0])  # files, bytes, of them swept: files, bytes
    for e in found:
        row = kinds[e.kind]
        row[0] += 1
        row[1] += e.size
        if e.state in SWEPT:
            row[2] += 1
            row[3] += e.size
    width = max(len(k) for k in kinds)
    click.echo(f"{'kind':<{width}}  {'files':>5}  {'size':>9}  {'sweepable':>9}")
    for kind, (n, size, gone, gone_size) in sorted(kinds.items()):
        click.echo(f"{kind:<{width}}  {n:>5}  {_mb(size):>9}  {_mb(gone_size) if gone else '':>9}")
    total, gone = sum(e.size for e in found), [e for e in found if e.state in SWEPT]
    click.echo(f"{len(found)} file(s), {_mb(total)}; {len(gone)} of them ({_mb(sum(e.size for e in gone))}) derived "
               f"from files that no longer exist, unread for 30 days, in an earlier layout or left by killed writers: "
               f"policykg cache --sweep removes them")


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
