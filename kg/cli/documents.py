"""Commands on source files, nothing written: parse (the structure with offsets) and diff."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli.common import process_source, user_errors


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: the structure with offsets; text: the cleaned text.")
@click.option("--strict", is_flag=True, help="Exit non-zero when numbering has gaps, duplicates or disorder, or a number read from a dash （-）.")
def parse(file, fmt, strict):
    """Parse one FILE and print its structure with offsets (nothing is written)."""
    path = Path(file)
    if not path.exists():
        raise click.ClickException(f"{file}: no such file; check the path")
    try:
        doc = process_source(path)
    except user_errors() as exc:
        raise click.ClickException(f"{file}: {exc}")
    if fmt == "text":
        click.echo(doc.text)
    else:
        from kg.docjson import document_json

        click.echo(json.dumps(document_json(doc), ensure_ascii=False, indent=1))
    for issue in doc.issues:
        click.echo(f"warning: {file}:{issue.line}:{issue.column}: {issue.message}", err=True)
    if strict and doc.issues:
        raise click.ClickException(f"{file}: {len(doc.issues)} numbering problem(s) (--strict)")


class _DiffError(click.ClickException):
    exit_code = 2  # 0: same, 1: different, 2: trouble, as diff(1)


@click.command()
@click.argument("a", type=click.Path(dir_okay=False))
@click.argument("b", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff(a, b, fmt):
    """What changed from document A to document B: measures, targets, actors and goals.

    Exit status 0 when nothing of substance differs, 1 when something does, 2 on an error.
    Text is compared without whitespace and punctuation, so two renderings of one text agree.
    """
    from kg.analysis.diff import diff as compare, diff_text, has_differences

    docs = []
    for path in (a, b):
        p = Path(path)
        if not p.exists():
            raise _DiffError(f"{path}: no such file; check the path")
        try:
            docs.append(process_source(p))
        except click.ClickException as exc:
            raise _DiffError(exc.message)
        except user_errors() as exc:
            raise _DiffError(f"{path}: {exc}")
    result = compare(*docs)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(diff_text(result), nl=False)
    sys.exit(1 if has_differences(result) else 0)
