"""`content-pipeline run`: ingest, check and emit one content file per article."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.options import check_options

if TYPE_CHECKING:
    from rich.console import Console

    from pipeline.core.config import Config
    from pipeline.glossary.model import Glossary


@dataclass(frozen=True)
class ArticleResult:
    """One row of the summary table: an article that was written."""

    source: Path
    language: str
    sections: int
    sentences: int
    words: int
    errors: int
    warnings: int
    infos: int
    output: Path


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    glossary: Glossary
    language: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]


def _shown(path: Path) -> Path:
    """`path` relative to the working directory when it is inside it (portable output)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _load_glossary(option: Path | None, config: Config) -> Glossary:
    from pipeline.glossary import load_glossary

    # The configured path is absolute; a relative one keeps the emitted metadata portable.
    return load_glossary(option if option is not None else _shown(config.glossary))


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


def _process(path: Path, options: RunOptions, written: dict[Path, Path]) -> ArticleResult:
    """Read, check and write one article; raises PipelineError for unusable input."""
    from pipeline.checks import check_document
    from pipeline.core.errors import PipelineError
    from pipeline.core.models import SegmentKind
    from pipeline.emit.content import build_content, write_content
    from pipeline.ingest import read_document

    document = read_document(path, language=options.language)
    findings = check_document(document, options.glossary, options.select, options.ignore)
    content = build_content(document, findings, options.glossary)
    target = options.out_dir / content.relative_path()
    if target in written:
        raise PipelineError(
            f"would overwrite {target}, already written for {written[target]} in this run "
            "(both names give the same slug); rename one of them",
            str(path),
        )
    try:
        output = write_content(content, options.out_dir)
    except OSError as exc:
        raise PipelineError(f"cannot write {target}: {exc.strerror or exc}", str(path)) from exc
    written[target] = path
    sentences = sum(1 for s in document.segments() if s.kind is SegmentKind.SENTENCE)
    return ArticleResult(
        source=path,
        language=document.language,
        sections=len(document.sections),
        sentences=sentences,
        words=document.word_count(),
        errors=content.summary.errors,
        warnings=content.summary.warnings,
        infos=content.summary.infos,
        output=output,
    )


def _summary_table(results: list[ArticleResult], seconds: float, out_dir: Path) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    # Redirected output keeps one row per article instead of folding cells at 80 columns.
    console = Console() if sys.stdout.isatty() else Console(width=240)
    table = Table()
    table.add_column("article", overflow="fold")
    table.add_column("lang")
    for name in ("sections", "sentences", "words", "errors", "warnings", "infos"):
        table.add_column(name, justify="right")
    table.add_column("output", overflow="fold")
    for r in results:
        counts = (r.sections, r.sentences, r.words, r.errors, r.warnings, r.infos)
        table.add_row(str(r.source), r.language, *map(str, counts), str(r.output))
    if len(results) > 1:
        table.add_section()
        totals = [
            sum(r.sections for r in results),
            sum(r.sentences for r in results),
            sum(r.words for r in results),
            sum(r.errors for r in results),
            sum(r.warnings for r in results),
            sum(r.infos for r in results),
        ]
        table.add_row("total", "", *map(str, totals), "", style="bold")
    console.print(table)
    noun = "file" if len(results) == 1 else "files"
    console.print(
        f"Wrote {len(results)} content {noun} to {out_dir} in {seconds:.1f} s.", highlight=False
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
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    glossary: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Ingest, check and emit structured content for articles in PATH... (files or folders).

    Each article is read, checked, validated against the content schema and written
    atomically to <out>/<slug>/content.<lang>.json, then a summary table is printed.

    An input that cannot be read (binary, empty, unsupported) is reported as
    "error: path: message" and skipped; the other articles are still written.

    Exit status: 0 when every input was written, 2 when any input failed. Findings are
    recorded in the content files and do not change the exit status: run is not a linter
    (use `content-pipeline check --fail-on` for that).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.checks.registry import select_codes
    from pipeline.core.config import load_config
    from pipeline.core.errors import PipelineError

    started = time.perf_counter()
    config = load_config()
    chosen_select = select or config.select
    chosen_ignore = ignore or config.ignore
    try:
        select_codes(chosen_select, chosen_ignore)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    options = RunOptions(
        out_dir=out_dir,
        glossary=_load_glossary(glossary, config),
        language=lang or config.language,
        select=chosen_select,
        ignore=chosen_ignore,
    )

    stderr = Console(stderr=True)
    files, failures = _discover(paths, stderr)
    results: list[ArticleResult] = []
    written: dict[Path, Path] = {}
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    # A bar only helps a person watching a batch; logs and pipes get just the error lines.
    show_bar = len(files) > 1 and stderr.is_terminal
    with Progress(*columns, console=stderr, transient=True, disable=not show_bar) as progress:
        task = progress.add_task("run", total=len(files))
        for path in files:
            progress.update(task, description=path.name)
            try:
                results.append(_process(path, options, written))
            except PipelineError as exc:
                _error(progress.console, str(exc))
                failures += 1
            progress.advance(task)

    if results:
        _summary_table(results, time.perf_counter() - started, out_dir)
    if failures:
        click.echo(f"{failures} input(s) failed; {len(results)} article(s) written", err=True)
        raise SystemExit(2)
