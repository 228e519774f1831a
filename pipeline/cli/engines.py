"""`content-pipeline engines`: which translation engines can run here, for which languages."""

from __future__ import annotations

import json

import click

from pipeline.cli.options import listing_format


@click.command()
@listing_format
def engines(output_format: str) -> None:
    """List translation engines: offline or online, available here or not, language pairs, and
    the environment variables that hold their keys. Asks no network service."""
    from pipeline.translate import ENGINES, engine_status

    statuses = [engine_status(name) for name in ENGINES]
    if output_format == "json":
        rows = [
            {
                "name": s.name,
                "kind": s.kind,
                "available": s.available,
                "detail": s.detail,
                "pairs": None if s.pairs is None else [f"{a}-{b}" for a, b in s.pairs],
                "languages": s.languages,
                "env_vars": list(s.env_vars),
            }
            for s in statuses
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return

    from rich.console import Console
    from rich.table import Table

    table = Table("engine", "kind", "available", "languages", "reads", "detail")
    for s in statuses:
        if s.pairs is not None:
            languages = ", ".join(f"{a}→{b}" for a, b in s.pairs) or "none"
        elif s.languages is not None:
            languages = f"{s.languages} languages"
        else:
            languages = "many (listed online)"
        available = "[green]yes[/]" if s.available else "[red]no[/]"
        table.add_row(s.name, s.kind, available, languages, " ".join(s.env_vars), s.detail)
    Console(highlight=False).print(table)
