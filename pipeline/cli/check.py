"""`content-pipeline check PATH...`: lint articles, print findings, exit by severity."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from pipeline.cli.options import (
    audience_option,
    check_options,
    checked_language,
    chosen_audience,
    executor_options,
    resolve_glossary,
)
from pipeline.emit.reporters import REPORTERS

if TYPE_CHECKING:
    from pipeline.batch.dask_executor import DaskExecutor
    from pipeline.checking import CheckOptions, CheckReport
    from pipeline.core.config import Config
    from pipeline.core.models import Finding
    from pipeline.emit.reporters import Report
    from pipeline.fix import FileFix

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
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the safe fixes to articles (.txt, .md) and to the targets of PO and XLIFF "
    "files, then report what remains.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff: also apply suggestions that may change the meaning "
    "(an uncertain inflection, an admitted term).",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print a unified diff of what --fix would change and write nothing "
    "(exit 1 when there are changes).",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print the count of findings per code instead of the findings (text format).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Check files in N processes (default 0: one per CPU; 1: in this process; at most "
    "two per CPU).",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    envvar="CONTENT_PIPELINE_CACHE_DIR",
    help="Where the findings of unchanged files are kept (default: .content-pipeline-cache; "
    "environment: CONTENT_PIPELINE_CACHE_DIR).",
)
@click.option("--no-cache", is_flag=True, help="Check every file afresh and keep nothing.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Report and fail only on findings not in this baseline of accepted findings "
    "(configuration: baseline).",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Record the current findings in FILE as accepted (fixed ones are dropped), then "
    "report against it.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="SCORE",
    help="Exit 1 when a file's quality score (0-100, MQM-style) is below SCORE "
    "(configuration: fail-under).",
)
@click.option(
    "--scores/--no-scores",
    "show_scores",
    default=True,
    help="List each file below 100 and each language with its quality score in the text "
    "summary (default; always in JSON and SARIF).",
)
@click.option(
    "--watch",
    is_flag=True,
    help="Check, then check again whenever a checked file, the glossary or the configuration "
    "changes, until Ctrl-C (one process keeps the dictionaries and analysers loaded).",
)
@check_options
@audience_option
@executor_options
def check(
    paths: tuple[Path, ...],
    output_format: str,
    output: Path | None,
    fail_on: str | None,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    statistics: bool,
    jobs: int,
    cache_dir: Path | None,
    no_cache: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    fail_under: float | None,
    show_scores: bool,
    watch: bool,
    glossary: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    audience: str | None,
    **where: Any,
) -> None:
    """Check articles and translations (files or folders).

    Articles (.txt, .md) get the terminology, language, spelling and artifact checks;
    bilingual files (.xlf/.xliff, .po/.pot, .tmx, and the content.<lang>.json and XLIFF that
    `run` and `translate` write) get the translation checks (numbers, URLs, glossary terms,
    untranslated text …).

    --fix rewrites articles in place (same encoding and newlines), pass after pass until no
    fixable finding is left; in PO and XLIFF files it rewrites only the fixed targets
    (whitespace, a doubled word, a forbidden term). TMX files are checked, never fixed.

    Comments turn checks off where an editor decided (each on a line of its own, in
    Markdown and in plain text alike):

    \b
      <!-- content-pipeline: disable=TERM001,MT001 -->  until enable= or the file's end
      <!-- content-pipeline: enable=TERM001 -->
      <!-- content-pipeline: disable-next-line=TERM003 -->
      # content-pipeline: disable=NUM001                 a PO entry's translator comment

    --select/--ignore override the configuration's select, extend-select and ignore as in
    ruff; per-path-ignores and severity overrides always apply.

    --baseline FILE leaves out the findings FILE accepts (--write-baseline FILE records this
    run's); a finding is known by its code, file, sentence and matched text, not its line.
    Each file gets a quality score (0-100: 100 - MQM penalty points per 100 words) in JSON
    and SARIF, and in the text summary (--no-scores leaves them out there).

    --executor processes (as -j) or dask (--workers N: a local cluster; --scheduler: a
    running one) says where the files are checked; --fix always works in this process.

    --watch checks, then checks again in this process at each change of a checked file, the
    glossary or the configuration file, printing each report, until Ctrl-C (exit 0).

    Exit status: 0 clean, 1 a finding at or above --fail-on or a file scoring below
    --fail-under (--diff: a change to make), 2 usage or input errors.
    """
    from pipeline.checking import CheckOptions
    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS
    from pipeline.checks.selection import enabled_codes
    from pipeline.cli.check_quality import QualityGate
    from pipeline.core.config import load_config
    from pipeline.core.fs import atomic_write_text
    from pipeline.core.models import Severity
    from pipeline.emit.reporters import get_reporter

    if (show_diff or statistics) and output_format != "text":
        raise click.UsageError("--diff and --statistics print text; leave out --format")
    if show_diff and statistics:
        raise click.UsageError("--diff and --statistics cannot be combined")
    if watch and (fix or show_diff or write_baseline):
        raise click.UsageError(
            "--watch checks and reports; it cannot be combined with --fix, --diff or "
            "--write-baseline"
        )

    def once(first: bool) -> tuple[int, list[Path]]:
        """Check and report; the exit status, and the settings files the run read (for
        --watch). A run after the first works in this process, which keeps what it loaded."""
        config = load_config()
        config.check_codes([*CHECKS, *BILINGUAL_CHECKS])
        try:
            codes = enabled_codes(config, select, ignore)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
        threshold = Severity(fail_on) if fail_on else config.fail_on
        try:
            gate = QualityGate.create(
                config, frozenset(codes), baseline, write_baseline, fail_under
            )
            gate.show = show_scores or gate.fail_under is not None
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
        checked_language(lang)
        checked_language(None if lang else config.language, where="language (configuration)")
        options = CheckOptions(
            glossary=resolve_glossary(glossary, config),
            select=select,
            ignore=ignore,
            language=lang,
            source_language=lang,
            audience=chosen_audience(audience, config),
            fix=fix or show_diff,
            unsafe=unsafe_fixes,
            write=not show_diff,
            jobs=jobs if first else 1,
            cache_dir=None if no_cache else cache_dir or _default_cache_dir(),
        )
        used = options.glossary.path if options.glossary is not None else None
        settings = [Path(p) for p in (config.source, used) if p]
        result = _checked(paths, config, options, where if first else {"executor": "local"})
        for notice in result.notices:
            click.echo(f"{notice.level}: {notice.message}", err=True)
        files, findings, failures = result.files, result.findings, result.failures
        fixes, profiles = result.fixes, result.profiles
        report = gate.report(findings, [str(f) for f in files], failures, profiles)
        if show_diff:
            text = "".join(f.diff() for f in fixes)
        elif statistics:
            text = _statistics(report)
        else:
            color = output_format == "text" and output is None and sys.stdout.isatty()
            text = get_reporter(output_format).render(report, color=color)
        if output is not None:
            atomic_write_text(output, text)
        else:
            click.echo(text, nl=False)
        if options.fix:
            # The summary joins the text report on stdout; JSON, a file or a diff keep it apart.
            plain = output is None and output_format == "text" and not show_diff
            click.echo(_fix_summary(fixes, findings, show_diff, unsafe_fixes), err=not plain)
        if failures or not files:
            if not files:
                click.echo("error: no articles found in the given paths", err=True)
            return 2, settings
        if show_diff:
            return (1 if any(f.changed for f in fixes) else 0), settings
        if any(f.severity.rank >= threshold.rank for f in report.findings) or gate.failed(report):
            return 1, settings
        return 0, settings

    if watch:
        from pipeline.cli.check_watch import watch_paths

        watch_paths(paths, output, once)
        return
    status, _ = once(True)
    if status:
        sys.exit(status)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _statistics(report: Report) -> str:
    """One line per code, most frequent first: code, count, fixable count, check name."""
    from pipeline.emit.reporters.text import TextReporter

    by_code: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_code.setdefault(finding.code, []).append(finding)
    rows = sorted(by_code.items(), key=lambda item: (-len(item[1]), item[0]))
    width = max((len(code) for code in by_code), default=0)
    digits = len(str(max((len(found) for found in by_code.values()), default=0)))
    lines = [
        f"{code:<{width}}  {len(found):>{digits}}  "
        f"{sum(f.fixable for f in found):>{digits}} fixable  {found[0].name}"
        for code, found in rows
    ]
    summary = TextReporter().render(report).rstrip("\n").rsplit("\n", 1)[-1]
    return "\n".join([*lines, "", summary] if lines else [summary]) + "\n"


def _fix_summary(
    fixes: list[FileFix], remaining: list[Finding], show_diff: bool, unsafe: bool
) -> str:
    from pipeline.fix import applicable
    from pipeline.fix.bilingual import applies
    from pipeline.formats import bilingual_format

    def unsafe_only(finding: Finding) -> bool:
        # A bilingual finding is applied only when its suggestion is the whole target.
        fixable = applies if bilingual_format(Path(finding.path)) else applicable
        return fixable(finding, unsafe=True) and not fixable(finding, unsafe=False)

    fixed = sum(len(f.fixed) for f in fixes)
    verb = "Would fix" if show_diff else "Fixed"
    summary = f"{verb} {_plural(fixed, 'finding')} ({len(remaining)} remaining)"
    hidden = sum(1 for f in remaining if unsafe_only(f))
    if hidden and not unsafe:
        summary += f"\n{_plural(hidden, 'more finding')} fixable with --unsafe-fixes"
    return summary


def _checked(
    paths: tuple[Path, ...], config: Config, options: CheckOptions, where: dict[str, Any]
) -> CheckReport:
    """check_paths on the executor --executor/--workers/--scheduler name (pipeline.batch)."""
    from dataclasses import replace

    from pipeline.checking import check_paths
    from pipeline.cli.options import executor_choice

    executor, workers, scheduler = executor_choice(where, config)
    if executor != "dask":
        if where.get("executor") == "local":
            options = replace(options, jobs=1)
        elif executor == "processes" and workers:
            options = replace(options, jobs=workers)
        return check_paths(paths, config, options)
    from pipeline.batch.executors import make_executor

    dask = cast("DaskExecutor", make_executor("dask", workers, scheduler))
    try:
        if dask.dashboard and not scheduler:
            click.echo(f"Dask dashboard: {dask.dashboard}", err=True)
        return check_paths(paths, config, options, executor=dask.pool())
    finally:
        dask.close()


def _default_cache_dir() -> Path:
    # the cache's module, its models and its library versions only when a cache is used
    from pipeline.checking.cache import DEFAULT_DIR

    return DEFAULT_DIR
