"""`content-pipeline glossary`: validate the terminology glossary and look up its concepts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.formats import glossary_formats
from pipeline.glossary.csv_loader import load_glossary
from pipeline.glossary.model import Concept, Glossary, TermStatus
from pipeline.glossary.validation import UNUSABLE_FILE, glossary_stats, validate_glossary

GLOSSARY_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)

STATUS_STYLE = {
    TermStatus.PREFERRED: "bold green",
    TermStatus.ADMITTED: "",
    TermStatus.DEPRECATED: "yellow",
    TermStatus.FORBIDDEN: "bold red",
}


@click.group()
def glossary() -> None:
    """Work with the terminology glossary (concept_id, lang, term, status, note, source)."""


@glossary.command()
@click.argument("path", default="glossary.csv", type=GLOSSARY_FILE)
def check(path: Path) -> None:
    """Validate the glossary at PATH (default: glossary.csv).

    Prints every problem as `path:line:column: severity code message`, then a summary.
    Exits 0 without errors (warnings allowed), 1 with errors, 2 when the file is unusable.
    """
    problems = validate_glossary(path, glossary_formats())
    for problem in problems:
        click.echo(str(problem))
    errors = sum(problem.severity == "error" for problem in problems)
    counts = f"{_count(errors, 'error')}, {_count(len(problems) - errors, 'warning')} in {path}"
    if any(problem.code == UNUSABLE_FILE for problem in problems):
        click.echo(f"{counts} (cannot be read as a glossary)")
        sys.exit(2)
    stats = glossary_stats(path, glossary_formats())
    languages = ", ".join(stats.languages)
    click.echo(
        f"{counts} ({_count(stats.concepts, 'concept')}, {_count(stats.terms, 'term')}, "
        f"languages: {languages})"
    )
    sys.exit(1 if errors else 0)


@glossary.command()
@click.argument("query", metavar="CONCEPT_ID|TERM")
@click.option(
    "--glossary",
    "glossary_path",
    default="glossary.csv",
    show_default=True,
    type=GLOSSARY_FILE,
    help="Glossary CSV file.",
)
def show(query: str, glossary_path: Path) -> None:
    """Show every term of a concept, found by its id or by any of its terms."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    loaded = load_glossary(glossary_path, glossary_formats())
    concepts = _find_concepts(loaded, query)
    if not concepts:
        raise click.ClickException(f"no concept or term {query!r} in {glossary_path}")
    console = Console(highlight=False)
    for concept in concepts:
        table = Table(title=concept.id, title_justify="left")
        table.add_column("lang", no_wrap=True)
        table.add_column("term", no_wrap=True)
        table.add_column("status", no_wrap=True)
        table.add_column("register", no_wrap=True)
        table.add_column("note", overflow="fold")
        for entry in concept.terms:
            # Text, not markup strings: a term or note may contain square brackets
            status = Text(entry.status.value, style=STATUS_STYLE[entry.status])
            register = Text(entry.register.value)
            table.add_row(Text(entry.lang), Text(entry.term), status, register, Text(entry.note))
        console.print(table)


@glossary.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["tbx"]),
    default="tbx",
    show_default=True,
    help="TBX 2008 (TBX-Basic style), written with translate-toolkit.",
)
@click.option(
    "--glossary",
    "glossary_path",
    default="glossary.csv",
    show_default=True,
    type=GLOSSARY_FILE,
    help="Glossary to export (CSV or TBX).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File.")
def export(output_format: str, glossary_path: Path, output: Path | None) -> None:
    """Write the glossary as TBX (statuses as administrativeStatus; stdout by default)."""
    from pipeline.core.fs import atomic_write_bytes
    from pipeline.glossary.tbx_loader import write_tbx

    data = write_tbx(load_glossary(glossary_path, glossary_formats()).entries)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        atomic_write_bytes(output, data)


def _find_concepts(loaded: Glossary, query: str) -> list[Concept]:
    """The concept with id `query`, else every concept that has `query` as a term."""
    if query in loaded.concepts:
        return [loaded.concepts[query]]
    folded = query.casefold()
    return [
        concept
        for concept in loaded.concepts.values()
        if any(entry.term.casefold() == folded for entry in concept.terms)
    ]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
