"""The policykg command line: the only place that reads and writes files or prints.

Commands check their options and call the core. A user's mistake is a ``ClickException``
with one sentence that says what was wrong, where, and what to do; never a traceback.
One module per group of commands; each imports the heavy layers inside its functions, so
that ``policykg --help`` starts fast.
"""
from __future__ import annotations

import click

from kg.cli.building import build
from kg.cli.caching import cache
from kg.cli.documents import diff, parse
from kg.cli.publishing import export, push, serve, validate
from kg.cli.querying import align, concordance, matrix, queries, query, related
from kg.text.sources import SOURCE_SUFFIXES  # noqa: F401 (kept importable from here)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def main():
    """policykg: Chinese policy documents → an annotated, queryable knowledge graph."""


for _command in (build, parse, query, serve, validate, push, export, related, matrix, concordance, diff, align,
                 queries, cache):
    main.add_command(_command)
