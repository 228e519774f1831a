"""`content-pipeline run`: ingest, check, translate and emit content files per article.

The batch engine is the library's (pipeline.batch.run_batch); this module reads the options,
shows progress and prints the summary.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.options import (
    audience_option,
    batch_options,
    check_options,
    checked_language,
    chosen_audience,
    executor_choice,
    resolve_glossary,
    translate_options,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from pipeline.batch.executors import Executor
    from pipeline.batch.runner import BatchOptions
    from pipeline.checks.quality import QualityModel
    from pipeline.core.config import Config
    from pipeline.workflow import TranslationSetup


def _error(console: Console, message: str) -> None:
    from rich.text import Text

    console.print(Text.assemble(("error:", "bold red"), f" {message}"), soft_wrap=True)


class _Shown:
    """The run's progress as a person watching a terminal sees it (pipeline.batch.RunEvents):
    a bar over articles, one over segments per target language, and the error lines."""

    def __init__(self, progress: Progress, targets: list[str], stderr: Console) -> None:
        self.progress = progress
        self.stderr = stderr
        self.articles: TaskID | None = None
        self.languages = {t: progress.add_task(f"→ {t} segments", total=None) for t in targets}

    def started(self, articles: int, executor: Executor) -> None:
        self.articles = self.progress.add_task("articles", total=articles)
        if executor.dashboard and executor.name == "dask":
            self.progress.console.print(f"Dask dashboard: {executor.dashboard}", highlight=False)

    def advanced(self, name: str, count: int) -> None:
        if self.articles is not None:
            self.progress.update(self.articles, advance=count, description=name or "articles")

    def segments(self, language: str, count: int) -> None:
        if language in self.languages:
            self.progress.advance(self.languages[language], count)

    def error(self, message: str) -> None:
        _error(self.progress.console, message)


def batch_settings(options: dict[str, Any], config: Config, out: str) -> BatchOptions:
    """--executor, --workers, --scheduler (DASK_SCHEDULER_ADDRESS), --batch-size, --rate-limit
    over the configuration's [batch]."""
    from pipeline.batch.runner import BatchOptions

    executor, workers, scheduler = executor_choice(options, config)
    return BatchOptions(
        executor=executor,
        workers=workers,
        scheduler=scheduler,
        batch_size=options.get("batch_size"),
        rate_limit=options.get("rate_limit") or config.batch.get("rate-limit"),
    )


def execute(
    paths: tuple[Path, ...],
    out: str,
    options: dict[str, Any],
    translation_required: bool = False,
) -> None:
    """The pipeline behind `run` and `translate`; `options` are their shared Click options."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.batch.runner import run_batch
    from pipeline.batch.store import OutputStore, is_url
    from pipeline.batch.task import RunSettings
    from pipeline.checking.cache import _fingerprint
    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS
    from pipeline.checks.selection import enabled_codes
    from pipeline.cli.run_summary import stale_lines, summary_table
    from pipeline.core.config import load_config

    started = time.perf_counter()
    if not is_url(out) and Path(out).is_file():
        raise click.UsageError(f"--out {out} is a file; give a folder")
    config = load_config()
    config.check_codes([*CHECKS, *BILINGUAL_CHECKS])
    try:
        codes = enabled_codes(config, options["select"], options["ignore"])
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    translation = translation_setup(options, out, config, required=translation_required)
    settings = RunSettings(
        glossary=resolve_glossary(options["glossary"], config),
        language=options["lang"] or config.language,
        config=config,
        codes=codes,
        translation=translation,
        audience=chosen_audience(options.get("audience"), config),
        quality=_quality(config),
    )
    batch = batch_settings(options, config, out)
    stderr = Console(stderr=True)
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    # A bar only helps a person watching a batch; logs and pipes get just the error lines.
    targets = translation.targets if translation else []
    show_bar = (len(paths) > 1 or Path(paths[0]).is_dir() or bool(targets)) and stderr.is_terminal
    with Progress(*columns, console=stderr, transient=True, disable=not show_bar) as progress:
        shown = _Shown(progress, targets, stderr)
        report = run_batch(list(paths), settings, out, shown, batch, tool=_fingerprint())

    if report.results:
        store = OutputStore(out)
        summary_table(report.results, time.perf_counter() - started, store, report.kept)
        if options.get("report"):
            from pipeline.emit.report.page import write_report

            if store.local is None:
                raise click.UsageError("--report needs a local --out folder")
            page = write_report(store.local, store.local / "report.html", settings.glossary)
            click.echo(f"Report: {page}")
    for line in stale_lines(report.stale, OutputStore(out)):
        click.echo(line, err=True)
    if report.failures:
        written = len(report.results)
        click.echo(f"{report.failures} input(s) failed; {written} article(s) written", err=True)
        raise SystemExit(2)


def translation_setup(
    options: dict[str, Any], out: str, config: Config, required: bool = False
) -> TranslationSetup | None:
    """What the translation options ask for, over the configuration's defaults; None without
    target languages (a usage error for `translate`)."""
    from pipeline.batch.store import is_url
    from pipeline.translate.engine import DEFAULT_ENGINE
    from pipeline.workflow import TranslationSetup

    targets = options["targets"] or list(config.translate_to)
    if not targets:
        if required:
            raise click.UsageError("give --to, or translate.to in the configuration")
        return None
    engine = options["engine"] or config.engine or DEFAULT_ENGINE
    if config.engine and engine != config.engine:
        engine_options: dict[str, Any] = {}  # the configured options belong to another engine
    else:
        engine_options = dict(config.engine_options)
    url = options["engine_url"] or (config.engine_url if engine == config.engine else None)
    if url:
        engine_options["endpoint"] = url
    memory = options["memory"] or config.memory
    if memory is None and not options["no_memory"]:
        if is_url(out) and not out.startswith("file://"):
            # SQLite needs a local file: the memory cannot live beside remote outputs
            raise click.UsageError(f"--out {out} is not local: give --memory FILE or --no-memory")
        from pipeline.batch.store import OutputStore

        local = OutputStore(out).local
        memory = (local or Path(out)) / ".cache" / "tm.sqlite"
    return TranslationSetup(
        targets=targets,
        engine_name=engine,
        engine_options=engine_options,
        memory_path=None if options["no_memory"] else memory,
        back_check=options["back_check"],
    )


@click.command()
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH..."
)
@click.option(
    "--out",
    "out",
    required=True,
    metavar="FOLDER|URL",
    help="Output folder, or an fsspec URL (file://…, s3://…, memory://…); each article goes "
    "to <out>/<slug>/content.<lang>.json.",
)
@check_options
@audience_option
@translate_options(required=False)
@batch_options
@click.option(
    "--report", is_flag=True, help="Also write the HTML report for editors to <out>/report.html."
)
def run(paths: tuple[Path, ...], out: str, **options: Any) -> None:
    """Ingest, check, translate and emit structured content for articles in PATH... .

    Each article is read, checked, validated against the content schema and written
    atomically to <out>/<slug>/content.<lang>.json. With --to, it is also translated into
    each target language (glossary terms enforced, translation memory first), the
    translations are checked and written to <out>/<slug>/content.<target>.json and an
    XLIFF 2.1 file per language pair; then a summary table is printed. A rerun skips the
    articles that did not change (an interrupted run resumes where it stopped).

    --executor processes or dask spreads the articles over processes or a Dask cluster
    (--workers N starts a local one and prints its dashboard; --scheduler ADDRESS uses an
    existing one); only this command writes, so the outputs are the same.

    An input that cannot be read (binary, empty, unsupported) is reported as
    "error: path: message" and skipped; the other articles are still written. An article
    that fails (not translated, not readable) after an earlier run wrote it keeps that run's
    files untouched, and is listed as "stale: <out>/<slug> (why); earlier outputs kept" and
    in <out>/stale.json (shown by `report`) until a run rebuilds it.

    Exit status: 0 when every input was written, 2 when any input failed. Findings are
    recorded in the content files and do not change the exit status: run is not a linter
    (use `content-pipeline check --fail-on` for that); a --lang the checks cannot handle is a
    usage error (2).
    """
    checked_language(options["lang"])
    execute(paths, out, options)


def _quality(config: Config) -> QualityModel:
    """The configuration's [score] weights for the content files' scores."""
    from pipeline.checks.quality import QualityModel
    from pipeline.core.errors import PipelineError

    try:
        return QualityModel.from_table(config.score)
    except ValueError as exc:
        raise PipelineError(str(exc), str(config.source) if config.source else None) from exc
