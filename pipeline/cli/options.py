"""Option decorators shared by the commands (as sqlite-utils' `output_options`)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    from pipeline.core.config import Config
    from pipeline.glossary.model import Audience, Glossary


def shown_path(path: Path) -> Path:
    """`path` relative to the working directory when it is inside it (portable output)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def resolve_glossary(option: Path | None, config: Config) -> Glossary:
    """The glossary to use: --glossary, else the configured one, else ./glossary.csv if present.

    When no glossary is named and there is no glossary.csv beside the configuration (or in
    the working directory), the commands run with an empty glossary (defaults work with no
    file); a glossary that was named, on the command line or in the configuration, must exist.
    """
    from pipeline.formats import glossary_formats
    from pipeline.glossary import load_glossary
    from pipeline.glossary.model import Glossary

    if option is None and not config.glossary_named and not config.glossary.exists():
        return Glossary([])
    # The configured path is absolute; a relative one keeps the emitted metadata portable.
    path = option if option is not None else shown_path(config.glossary)
    return load_glossary(path, glossary_formats())


def checked_language(lang: str | None, where: str = "--lang") -> str | None:
    """`lang` when articles in it can be checked; a language without a dictionary here
    would pass every spelling and language check silently, so it is a usage error (exit 2,
    one line naming the supported languages)."""
    from pipeline.checks.speller import article_languages
    from pipeline.core.errors import PipelineError

    supported = article_languages()
    if lang is not None and lang not in supported:
        raise PipelineError(
            f"{where} {lang!r}: articles in this language cannot be checked; "
            f"supported: {', '.join(supported)}"
        )
    return lang


def audience_option(function: F) -> F:
    """--audience public|professional (check and run)."""
    return click.option(
        "--audience",
        type=click.Choice(["public", "professional"]),
        default=None,
        help="Who the articles are for: lay terms are preferred only for the public "
        "(default: configuration, else detected per article from its text).",
    )(function)


def chosen_audience(option: str | None, config: Config) -> Audience | None:
    """--audience, else the configuration's `audience`, else None (detected per article)."""
    from pipeline.glossary.model import Audience

    chosen = option or config.audience
    return Audience(chosen) if chosen else None


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
    """Comma-separated language codes; given but naming none (`--to ,`) is a usage error."""
    codes = [code.strip() for code in (value or "").split(",") if code.strip()]
    if value is not None and not codes:
        raise click.BadParameter(f"{value!r} names no language (e.g. nb,nn,sv)")
    bad = [
        code for code in codes if not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", code)
    ]
    if bad:
        raise click.BadParameter(f"not a language code: {', '.join(bad)}")
    return codes


def translate_options(required: bool) -> Callable[[F], F]:
    """--to, --engine, --engine-url, --memory, --no-memory and --back-check."""
    from pipeline.translate.engine import DEFAULT_ENGINE, ENGINES

    def decorate(function: F) -> F:
        decorators = [
            click.option(
                "--to",
                "targets",
                callback=_languages,
                metavar="CODES",
                help="Target languages, comma-separated (nb,nn,sv); default: translate.to from "
                "the configuration" + (" (one of the two is required)." if required else "."),
            ),
            click.option(
                "--engine",
                type=click.Choice(sorted(ENGINES)),
                default=None,
                help=f"Translation engine (see `content-pipeline engines`; default: "
                f"translate.engine from the configuration, else {DEFAULT_ENGINE}).",
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


def listing_format(function: F) -> F:
    """--format table|json for the commands that list things (engines, rules)."""
    option = click.option(
        "--format",
        "output_format",
        type=click.Choice(["table", "json"]),
        default="table",
        show_default=True,
        help="Output format.",
    )
    return option(function)


def executor_options(function: F) -> F:
    """--executor, --workers and --scheduler: where `run`, `translate` and `check` work."""
    decorators = [
        click.option(
            "--executor",
            type=click.Choice(["local", "processes", "dask"]),
            default=None,
            help="Where the articles are processed: this process (default), a pool of "
            "processes, or Dask (a local cluster, or --scheduler's); batch.executor in the "
            "configuration.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Processes for --executor processes, or workers of the local Dask cluster "
            "the command starts and closes (default 2).",
        ),
        click.option(
            "--scheduler",
            default=None,
            metavar="ADDRESS",
            help="An existing Dask cluster (tcp://host:8786); also DASK_SCHEDULER_ADDRESS "
            "or batch.scheduler. Implies --executor dask.",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def batch_options(function: F) -> F:
    """The executor options, --batch-size and --rate-limit (pipeline.batch)."""
    decorators = [
        executor_options,
        click.option(
            "--batch-size",
            type=click.IntRange(min=1),
            default=None,
            help="Articles per task (default: 50 locally, else spread over the workers).",
        ),
        click.option(
            "--rate-limit",
            type=click.FloatRange(min=0, min_open=True),
            default=None,
            metavar="CALLS",
            help="At most CALLS engine calls a second, over all workers together (for "
            "online providers); batch.rate-limit in the configuration.",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def executor_choice(options: dict[str, Any], config: Config) -> tuple[str, int | None, str | None]:
    """(executor, workers, scheduler) from --executor, --workers, --scheduler
    (DASK_SCHEDULER_ADDRESS) over the configuration's [batch]. Here, not beside
    batch_settings in pipeline.cli.run, so that `check` decides where files are checked
    without importing the batch engine or building the `run` command."""
    batch = config.batch
    scheduler = options.get("scheduler")
    executor = options.get("executor") or ("dask" if scheduler else batch.get("executor"))
    executor = executor or "local"
    if executor == "dask" and not scheduler and not options.get("workers"):
        scheduler = os.environ.get("DASK_SCHEDULER_ADDRESS") or batch.get("scheduler")
    if scheduler and executor != "dask":
        raise click.UsageError(f"--scheduler is a Dask cluster's; not for --executor {executor}")
    if scheduler and options.get("workers"):
        raise click.UsageError(
            "--workers starts a local Dask cluster, --scheduler uses an existing one: give one"
        )
    return executor, options.get("workers") or batch.get("workers"), scheduler
