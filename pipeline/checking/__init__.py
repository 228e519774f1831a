"""The library's check engine: `check_paths(paths, config)` checks files and folders as
`content-pipeline check` does, and returns what it found instead of printing it.

Each file is read by its format (pipeline.formats) and dispatched by kind: an article to the
article checks with its comment suppressions, a translation file to the unit checks with its
format's suppressions; with `fix`, fixes are applied (articles by text range, PO and XLIFF by
target); without, files are checked in a process pool, or on any
`concurrent.futures.Executor` given, and the findings of unchanged files come from the
findings cache when a `cache_dir` is given. The file-set checks (CONS001 across files) run
once over every file's units at the end.

    from pipeline import check_paths
    from pipeline.core.config import load_config

    report = check_paths([Path("sources")], load_config())
    for finding in report.findings: ...
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from pipeline.core.config import Config
    from pipeline.core.models import Finding, TranslationUnit
    from pipeline.emit.profile import FileProfile
    from pipeline.fix import FileFix
    from pipeline.glossary.model import Audience, Glossary


@dataclass(frozen=True)
class CheckOptions:
    """What one check run asks for beyond the configuration (the command line's options)."""

    glossary: Glossary | None = None  # None: the configuration's, else none
    select: tuple[str, ...] = ()  # replace the configuration's selection, as in ruff
    ignore: tuple[str, ...] = ()
    language: str | None = None  # of articles (else the configuration's, else detected)
    source_language: str | None = None  # of translation files that name none
    audience: Audience | None = None  # None: the configuration's, else detected per article
    fix: bool = False
    unsafe: bool = False  # with fix: also the fixes that may change the meaning
    write: bool = True  # with fix: False computes the fixes (a diff) and writes nothing
    jobs: int = 0  # worker processes (0: one per CPU; 1: this process)
    cache_dir: Path | None = None  # the findings cache; None: none (never with fix)


@dataclass(frozen=True)
class Notice:
    """A problem met on the way, in the order met: an unusable input (level "error") or a
    warning that stops nothing (a malformed suppression comment, an unwritable cache)."""

    level: Literal["error", "warning"]
    message: str  # "path:line: message"


@dataclass
class CheckReport:
    """What a check run found: findings at the configured severities, the files checked,
    the one-line errors of files that could not be checked, and each file's fix and
    profile (language, words, passages: for quality scores and baselines)."""

    files: list[Path]
    codes: list[str]  # the checks that were on
    findings: list[Finding] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    fixes: list[FileFix] = field(default_factory=list)
    profiles: dict[str, FileProfile] = field(default_factory=dict)
    cached: list[Path] = field(default_factory=list)  # served from the findings cache


def check_paths(
    paths: Iterable[Path],
    config: Config | None = None,
    options: CheckOptions | None = None,
    *,
    executor: Executor | None = None,
) -> CheckReport:
    """Check every article and translation file under `paths`.

    `config` defaults to the configuration found from the working directory; `executor`
    replaces the process pool (fixing always runs in this process). Raises ValueError for an
    unknown check code in `options` and PipelineError for a bad configuration or glossary;
    an unusable file is a failure in the report, and the other files are still checked.
    """
    from pipeline.checking.files import CheckRun
    from pipeline.checks.registry import BILINGUAL_CHECKS, CHECKS, file_set_codes
    from pipeline.checks.selection import enabled_codes, selection_for
    from pipeline.core.config import load_config
    from pipeline.ingest.discover import discover_all

    config = config if config is not None else load_config()
    options = options if options is not None else CheckOptions()
    config.check_codes([*CHECKS, *BILINGUAL_CHECKS])
    codes = enabled_codes(config, options.select, options.ignore)
    across = [c for c in file_set_codes() if c in codes]
    # Within one catalog (the default scope) consistency needs no other file's units: each
    # file's own check runs it, and the findings cache keeps it; reported as the file-set run
    # would report it (after every file's findings, in position order).
    per_file = [c for c in across if config.consistency_scope == "catalog"]
    across = [c for c in across if c not in per_file]
    run = CheckRun(
        glossary=options.glossary if options.glossary is not None else _glossary(config),
        language=options.language or config.language,
        source_language=options.source_language,
        audience=options.audience or _audience(config),
        fix=options.fix,
        unsafe=options.unsafe,
        write=options.write,
        keep_units=bool(across),
    )
    if options.cache_dir is not None and not run.fix:
        from dataclasses import replace

        from pipeline.checking.cache import FindingsCache

        run = replace(run, cache=FindingsCache(options.cache_dir, run.settings()))
    files, unusable = discover_all(paths, bilingual=True)
    report = CheckReport(files=files, codes=codes)
    for problem in unusable:
        _fail(report, str(problem))
    tasks = []
    for file in files:
        select_file, ignore_file = selection_for(codes, config.ignores_for(file))
        tasks.append((file, (select_file, (*ignore_file, *across))))
    units: list[TranslationUnit] = []
    for result in run.check_all(tasks, options.jobs, executor):
        report.notices.extend(Notice("warning", warning) for warning in result.warnings)
        if result.cached:
            report.cached.append(result.path)
        if result.failure is not None:
            _fail(report, result.failure)
            continue
        if result.fixed is not None:
            report.fixes.append(result.fixed)
        units.extend(result.units)
        if result.profile is not None:
            report.profiles[str(result.path)] = result.profile
        report.findings.extend(_configured(config, result.findings))
    if across and units:
        report.findings.extend(_across_files(config, run.glossary, units, across))
    if per_file:
        last = [f for f in report.findings if f.code in per_file]
        report.findings = [f for f in report.findings if f.code not in per_file]
        report.findings.extend(sorted(last, key=lambda f: f.sort_key()))
    return report


def _fail(report: CheckReport, failure: str) -> None:
    report.failures.append(failure)
    report.notices.append(Notice("error", failure))


def _configured(config: Config, findings: Iterable[Finding]) -> list[Finding]:
    from pipeline.checks.selection import with_severity

    return [with_severity(config, finding) for finding in findings]


def _across_files(
    config: Config, glossary: Glossary, units: list[TranslationUnit], codes: list[str]
) -> list[Finding]:
    """The file-set checks: the same source with different targets in two files."""
    from pipeline.checks import check_units

    found = check_units(units, glossary, codes, consistency_scope=config.consistency_scope)
    kept = [f for f in found if f.code not in config.ignores_for(Path(f.path))]
    return _configured(config, kept)


def _glossary(config: Config) -> Glossary:
    """The configured glossary: named there (it must exist), else glossary.csv if present,
    else none (the defaults work with no file)."""
    from pipeline.formats import glossary_formats
    from pipeline.glossary import load_glossary
    from pipeline.glossary.model import Glossary

    if not config.glossary_named and not config.glossary.exists():
        return Glossary([])
    return load_glossary(config.glossary, glossary_formats())


def _audience(config: Config) -> Audience | None:
    from pipeline.glossary.model import Audience

    return Audience(config.audience) if config.audience else None


__all__ = ["CheckOptions", "CheckReport", "Notice", "check_paths"]
