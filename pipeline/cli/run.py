"""`content-pipeline run`: ingest, check, translate and emit content files per article."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.options import (
    audience_option,
    check_options,
    checked_language,
    chosen_audience,
    resolve_glossary,
    translate_options,
)
from pipeline.cli.run_summary import ArticleResult, summary_table

if TYPE_CHECKING:
    from rich.console import Console

    from pipeline.checks.quality import QualityModel
    from pipeline.core.config import Config
    from pipeline.core.models import Document
    from pipeline.glossary.model import Audience, Glossary
    from pipeline.workflow import TranslationSetup


# Articles read, translated together and written per group: Apertium starts once per group,
# and memory holds at most one group of documents.
GROUP = 50


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    glossary: Glossary
    language: str | None
    config: Config
    codes: list[str]  # the enabled checks (configuration, then command line)
    translation: TranslationSetup | None = None
    audience: Audience | None = None  # None: detected per article


def _error(console: Console, message: str) -> None:
    from rich.text import Text

    console.print(Text.assemble(("error:", "bold red"), f" {message}"), soft_wrap=True)


def _discover(paths: tuple[Path, ...], stderr: Console) -> tuple[list[Path], int]:
    """The article files under `paths`, and how many paths could not be used (reported)."""
    from pipeline.core.errors import PipelineError
    from pipeline.ingest import READERS
    from pipeline.ingest.discover import discover

    files: list[Path] = []
    failures = 0
    for path in paths:
        try:
            found = discover([path])
        except PipelineError as exc:
            _error(stderr, str(exc))
            failures += 1
            continue
        if not found:
            _error(stderr, f"{path}: no article files ({', '.join(sorted(READERS))})")
            failures += 1
        files.extend(found)
    return list(dict.fromkeys(files)), failures


def _process(
    document: Document,
    options: RunOptions,
    written: dict[Path, Path],
    progress: Callable[[str, int], None] | None = None,
) -> ArticleResult:
    """Check, translate and write one article; raises PipelineError when it cannot be written."""
    from pipeline.checks.selection import selection_for, with_severity
    from pipeline.core.errors import PipelineError
    from pipeline.core.models import SegmentKind, Severity
    from pipeline.core.slug import slugify
    from pipeline.workflow import process_article

    path = Path(document.path)
    folder = options.out_dir / slugify(path.stem)
    if folder in written:
        raise PipelineError(
            f"would overwrite {folder}, already written for {written[folder]} in this run "
            "(both names give the same slug); rename one of them",
            str(path),
        )
    select, ignore = selection_for(options.codes, options.config.ignores_for(path))
    try:
        outcome = process_article(
            document,
            options.glossary,
            options.out_dir,
            select,
            ignore,
            options.translation,
            progress,
            adjust=partial(with_severity, options.config),
            audience=options.audience,
            quality=_quality(options.config),
        )
    except OSError as exc:
        raise PipelineError(f"cannot write to {folder}: {exc.strerror or exc}", str(path)) from exc
    written[folder] = path
    sentences = sum(1 for s in document.segments() if s.kind is SegmentKind.SENTENCE)
    severities = [f.severity for f in outcome.findings]
    return ArticleResult(
        source=path,
        language=document.language,
        sections=len(document.sections),
        sentences=sentences,
        words=document.word_count(),
        errors=severities.count(Severity.ERROR),
        warnings=severities.count(Severity.WARNING),
        infos=severities.count(Severity.INFO),
        output=outcome.content,
        targets=outcome.targets,
    )


def execute(
    paths: tuple[Path, ...],
    out_dir: Path,
    options: dict[str, Any],
    translation_required: bool = False,
) -> None:
    """The pipeline behind `run` and `translate`; `options` are their shared Click options."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS
    from pipeline.checks.selection import enabled_codes
    from pipeline.cli import unchanged
    from pipeline.core.config import load_config
    from pipeline.core.errors import PipelineError
    from pipeline.ingest import read_document

    started = time.perf_counter()
    config = load_config()
    config.check_codes([*CHECKS, *BILINGUAL_CHECKS])
    try:
        codes = enabled_codes(config, options["select"], options["ignore"])
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    translation = translation_setup(options, out_dir, config, required=translation_required)
    settings = RunOptions(
        out_dir=out_dir,
        glossary=resolve_glossary(options["glossary"], config),
        language=options["lang"] or config.language,
        config=config,
        codes=codes,
        translation=translation,
        audience=chosen_audience(options.get("audience"), config),
    )

    stderr = Console(stderr=True)
    files, failures = _discover(paths, stderr)
    # a translating run skips unchanged articles, recorded beside its memory (<out>/.cache)
    skipping = translation is not None and translation.memory_path is not None
    manifest = unchanged.manifest(settings, out_dir) if skipping else None
    keys: dict[Path, str | None] = {}
    results: list[ArticleResult] = []
    written: dict[Path, Path] = {}
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    # A bar only helps a person watching a batch; logs and pipes get just the error lines.
    targets = translation.targets if translation else []
    show_bar = (len(files) > 1 or bool(targets)) and stderr.is_terminal
    try:
        with Progress(*columns, console=stderr, transient=True, disable=not show_bar) as progress:
            task = progress.add_task("articles", total=len(files))
            languages = {t: progress.add_task(f"→ {t} segments", total=None) for t in targets}

            def translated(language: str, n: int) -> None:
                progress.advance(languages[language], n)

            for start in range(0, len(files), GROUP):
                documents: list[Document] = []
                for path in files[start : start + GROUP]:
                    progress.update(task, description=path.name)
                    if manifest is not None:
                        keys[path] = manifest.key(path, unchanged.selection(settings, path))
                        row = manifest.unchanged(path, keys[path])
                        if row is not None and (
                            skipped := unchanged.skipped(row, out_dir, written)
                        ):
                            results.append(skipped)
                            progress.advance(task)
                            continue
                    try:
                        documents.append(read_document(path, language=settings.language))
                    except PipelineError as exc:
                        _error(progress.console, str(exc))
                        failures += 1
                        progress.advance(task)
                group_options = settings
                if translation is not None:
                    try:
                        translation.prefetch(documents, settings.glossary, translated)
                    except PipelineError as exc:
                        # said once for the group; its articles are still checked and written
                        # untranslated, and count as failed (what was translated is in memory)
                        _error(progress.console, f"{exc} (translating {len(documents)} articles)")
                        failures += len(documents)
                        group_options = replace(settings, translation=None)
                for document in documents:
                    progress.update(task, description=Path(document.path).name)
                    try:
                        results.append(_process(document, group_options, written, translated))
                    except PipelineError as exc:
                        _error(progress.console, str(exc))
                        failures += 1
                        if manifest is not None:
                            manifest.forget(Path(document.path))
                    else:
                        if manifest is not None and group_options is settings:
                            unchanged.remember(manifest, results[-1], keys.get(results[-1].source))
                    progress.advance(task)
                if translation is not None:
                    translation.forget()
    finally:
        if translation is not None:
            translation.close()
        if manifest is not None:
            manifest.save()

    if results:
        order = {path: n for n, path in enumerate(files)}
        results.sort(key=lambda result: order.get(result.source, len(order)))
        kept = sum(1 for result in results if result.kept)
        summary_table(results, time.perf_counter() - started, out_dir, kept)
        if options.get("report"):
            from pipeline.emit.report.page import write_report

            click.echo(
                f"Report: {write_report(out_dir, out_dir / 'report.html', settings.glossary)}"
            )
    if failures:
        click.echo(f"{failures} input(s) failed; {len(results)} article(s) written", err=True)
        raise SystemExit(2)


def translation_setup(
    options: dict[str, Any], out_dir: Path, config: Config, required: bool = False
) -> TranslationSetup | None:
    """What the translation options ask for, over the configuration's defaults; None without
    target languages (a usage error for `translate`)."""
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
    memory = options["memory"] or config.memory or out_dir / ".cache" / "tm.sqlite"
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
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder; each article goes to <out>/<slug>/content.<lang>.json.",
)
@check_options
@audience_option
@translate_options(required=False)
@click.option(
    "--report", is_flag=True, help="Also write the HTML report for editors to <out>/report.html."
)
def run(paths: tuple[Path, ...], out_dir: Path, **options: Any) -> None:
    """Ingest, check, translate and emit structured content for articles in PATH... .

    Each article is read, checked, validated against the content schema and written
    atomically to <out>/<slug>/content.<lang>.json. With --to, it is also translated into
    each target language (glossary terms enforced, translation memory first), the
    translations are checked and written to <out>/<slug>/content.<target>.json and an
    XLIFF 2.1 file per language pair; then a summary table is printed.

    An input that cannot be read (binary, empty, unsupported) is reported as
    "error: path: message" and skipped; the other articles are still written.

    Exit status: 0 when every input was written, 2 when any input failed. Findings are
    recorded in the content files and do not change the exit status: run is not a linter
    (use `content-pipeline check --fail-on` for that); a --lang the checks cannot handle is a
    usage error (2).
    """
    checked_language(options["lang"])
    execute(paths, out_dir, options)


def _quality(config: Config) -> QualityModel:
    """The configuration's [score] weights for the content files' scores."""
    from pipeline.checks.quality import QualityModel
    from pipeline.core.errors import PipelineError

    try:
        return QualityModel.from_table(config.score)
    except ValueError as exc:
        raise PipelineError(str(exc), str(config.source) if config.source else None) from exc
