"""Option decorators shared by the commands (as sqlite-utils' `output_options`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip() for item in value for code in item.split(",") if code.strip())


def check_options(function: F) -> F:
    """--glossary, --lang, --select and --ignore: what to check and against which glossary."""
    decorators = [
        click.option(
            "--glossary",
            type=click.Path(path_type=Path, dir_okay=False),
            default=None,
            help="Glossary CSV (default: from configuration, else ./glossary.csv).",
        ),
        click.option(
            "--lang",
            default=None,
            metavar="CODE",
            help="Language of the articles (default: detected per article).",
        ),
        click.option(
            "--select",
            multiple=True,
            callback=_codes,
            metavar="CODES",
            help="Only these checks (codes or prefixes, comma-separated: TERM,MT001).",
        ),
        click.option(
            "--ignore",
            multiple=True,
            callback=_codes,
            metavar="CODES",
            help="Skip these checks (codes or prefixes, comma-separated).",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function
