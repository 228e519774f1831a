"""`content-pipeline check PATH...`: lint articles, print findings, exit by severity."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.options import check_options
from pipeline.emit.reporters import REPORTERS

SEVERITIES = ("error", "warning", "info")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(REPORTERS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the report to FILE (atomically) instead of standard output.",
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="Exit 1 when a finding at or above this severity exists (default: error).",
)
@check_options
def check(
    paths: tuple[Path, ...],
    output_format: str,
    output: Path | None,
    fail_on: str | None,
    glossary: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Check articles and translations (files or folders).

    Articles (.txt, .md) get the terminology, language, spelling and artifact checks;
    bilingual files (.xlf/.xliff, .po/.pot, .tmx, e.g. the XLIFF that `translate` writes)
    get the translation checks (numbers, URLs, glossary terms, untranslated text …).

    Exit status: 0 clean, 1 a finding at or above --fail-on, 2 usage or input errors.
    """
    from pipeline.checks import check_document, check_units
    from pipeline.checks.registry import select_codes
    from pipeline.core.config import load_config
    from pipeline.core.errors import PipelineError
    from pipeline.core.fs import atomic_write_text
    from pipeline.core.models import Finding, Severity
    from pipeline.emit.reporters import Report, get_reporter
    from pipeline.glossary import load_glossary
    from pipeline.ingest import is_bilingual, read_document
    from pipeline.ingest.bilingual import read_units
    from pipeline.ingest.discover import discover

    config = load_config()
    threshold = Severity(fail_on) if fail_on else config.fail_on
    try:
        select_codes(select or config.select, ignore or config.ignore)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    terms = load_glossary(glossary or config.glossary)
    files = discover(paths, bilingual=True)
    findings: list[Finding] = []
    failures: list[str] = []
    for file in files:
        chosen = (select or config.select, ignore or config.ignore)
        try:
            if is_bilingual(file):
                findings.extend(check_units(read_units(file, lang), terms, *chosen))
            else:
                document = read_document(file, language=lang or config.language)
                findings.extend(check_document(document, terms, *chosen))
        except PipelineError as exc:
            failures.append(str(exc))
            click.echo(f"error: {exc}", err=True)
    report = Report(findings=findings, files=[str(f) for f in files], failures=failures)
    reporter = get_reporter(output_format)
    if output is not None:
        atomic_write_text(output, reporter.render(report))
    else:
        color = output_format == "text" and sys.stdout.isatty()
        click.echo(reporter.render(report, color=color), nl=False)
    if failures or not files:
        if not files:
            click.echo("error: no articles found in the given paths", err=True)
        sys.exit(2)
    if any(f.severity.rank >= threshold.rank for f in findings):
        sys.exit(1)
