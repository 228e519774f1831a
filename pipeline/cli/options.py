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
            "--from",
            "lang",
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


def _languages(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str]:
    return [code.strip() for code in (value or "").split(",") if code.strip()]


def translate_options(required: bool) -> Callable[[F], F]:
    """--to, --engine, --engine-url, --memory, --no-memory and --back-check."""
    from pipeline.translate.engine import DEFAULT_ENGINE, ENGINES

    def decorate(function: F) -> F:
        decorators = [
            click.option(
                "--to",
                "targets",
                required=required,
                callback=_languages,
                metavar="CODES",
                help="Target languages, comma-separated (nb,nn,sv).",
            ),
            click.option(
                "--engine",
                type=click.Choice(sorted(ENGINES)),
                default=DEFAULT_ENGINE,
                show_default=True,
                help="Translation engine (see `content-pipeline engines`).",
            ),
            click.option(
                "--engine-url",
                default=None,
                metavar="URL",
                help="Endpoint of a self-hosted service (e.g. LibreTranslate).",
            ),
            click.option(
                "--memory",
                type=click.Path(path_type=Path, dir_okay=False),
                default=None,
                help="Translation memory (default: <out>/.cache/tm.sqlite).",
            ),
            click.option(
                "--no-memory",
                is_flag=True,
                help="Neither read nor write the translation memory.",
            ),
            click.option(
                "--back-check",
                is_flag=True,
                help="Translate each target back offline and compare the glossary concepts.",
            ),
        ]
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return decorate
