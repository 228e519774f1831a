"""One `check` run over many files: each file read, checked and (with --fix) fixed, in this
process or spread over worker processes.

Files are independent until the file-set checks (CONS001), which the caller runs once over
the units every file returns. Fixing writes files and stays in this process; checking alone
goes to a process pool when there is more than one file and more than one CPU to use, as
ruff and pofilter's peers do: on 2 CPUs it nearly halves a catalog folder's wall time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.checks.suppression import Suppressions
    from pipeline.cli.check_cache import FindingsCache
    from pipeline.core.models import Document, Finding, TranslationUnit
    from pipeline.emit.profile import FileProfile
    from pipeline.fix import FileFix
    from pipeline.glossary.model import Audience, Glossary

Selection = tuple[tuple[str, ...], tuple[str, ...]]  # select, ignore


@dataclass
class FileResult:
    """What checking one file gave: findings, or the one-line error that stopped it."""

    path: Path
    findings: list[Finding] = field(default_factory=list)
    failure: str | None = None
    fixed: FileFix | None = None
    units: list[TranslationUnit] = field(default_factory=list)  # translated: file-set checks
    warnings: list[str] = field(default_factory=list)  # e.g. a malformed suppression comment
    cached: bool = False  # served from the findings cache
    profile: FileProfile | None = None  # language, words, passages: for score and baseline


@dataclass(frozen=True)
class CheckRun:
    """What every file of one `check` run is checked against, and whether it is fixed."""

    glossary: Glossary
    language: str | None  # of articles
    source_language: str | None  # of bilingual files without one: --lang only
    fix: bool
    unsafe: bool
    write: bool
    keep_units: bool  # a file-set check is selected: return each bilingual file's units
    cache: FindingsCache | None = None  # None: --no-cache, and always with --fix
    audience: Audience | None = None  # None: detected per article

    def settings(self) -> str:
        """What, besides a file and its checks, its findings depend on (the cache's key)."""
        return repr(
            (
                self.glossary.version,
                self.language,
                self.source_language,
                self.keep_units,
                self.audience,
            )
        )

    def check_all(self, tasks: list[tuple[Path, Selection]], jobs: int) -> Iterator[FileResult]:
        """Each file's result, in the order of `tasks`."""
        workers = min(jobs or os.cpu_count() or 1, len(tasks), max_workers())
        if self.fix or workers < 2:
            yield from (self.check_one(task) for task in tasks)
            return
        chunk = max(1, len(tasks) // (workers * 8))
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(self,)) as pool:
            yield from pool.map(_check_in_worker, tasks, chunksize=chunk)

    def check_one(self, task: tuple[Path, Selection]) -> FileResult:
        from pipeline.core.errors import PipelineError

        file, chosen = task
        result = FileResult(file)
        key = self._cache_key(file, chosen)
        if key is not None and self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                result.findings, result.units, result.warnings = (
                    hit.findings,
                    hit.units,
                    hit.warnings,
                )
                result.profile = hit.profile
                result.cached = True
                return result
        try:
            self._check_file(file, chosen, result)
        except PipelineError as exc:
            result.failure = str(exc)
            return result
        if key is not None and self.cache is not None:
            from pipeline.cli.check_cache import CachedFile

            entry = CachedFile(
                findings=result.findings,
                units=result.units,
                warnings=result.warnings,
                profile=result.profile,
            )
            problem = self.cache.put(key, entry)
            if problem is not None:
                result.warnings = [*result.warnings, problem]
        return result

    def _cache_key(self, file: Path, chosen: Selection) -> str | None:
        from pipeline.ingest.decoding import MAX_BYTES

        if self.cache is None or self.fix:
            return None
        try:
            if file.stat().st_size > MAX_BYTES:
                return None  # refused by the reader, with its own message
            data = file.read_bytes()
        except OSError:
            return None
        return self.cache.key(file, data, chosen)

    def _check_file(self, file: Path, chosen: Selection, result: FileResult) -> None:
        from pipeline.checks import check_document, check_units
        from pipeline.checks.suppression import article_suppressions, po_suppressions
        from pipeline.emit.profile import document_profile, units_profile
        from pipeline.ingest import PO_SUFFIXES, ingest_text, is_bilingual, read_document
        from pipeline.ingest.bilingual import read_units

        if is_bilingual(file):
            units = read_units(file, self.source_language)
            result.profile = units_profile(units)
            if self.keep_units:
                result.units = _translated(units)
            suppressions = po_suppressions(file) if file.suffix.lower() in PO_SUFFIXES else None
            result.warnings = list(suppressions.problems) if suppressions else []
            result.findings = check_units(units, self.glossary, *chosen, suppressions=suppressions)
            if self.fix:
                self._fix_bilingual(file, chosen, result, suppressions)
            return
        document = read_document(file, language=self.language)
        suppressions = article_suppressions(document.source_text, str(file))
        result.warnings = list(suppressions.problems)
        result.profile = document_profile(document)
        if not self.fix:
            result.findings = check_document(
                document, self.glossary, *chosen, suppressions=suppressions, audience=self.audience
            )
            return

        rechecked: dict[str, Document] = {}

        def recheck(text: str) -> list[Finding]:
            # The language stays the one found first: a fix must not change what is checked.
            again = ingest_text(
                text, str(file), file.suffix.lower(), document.language, document.encoding
            )
            rechecked[text] = again
            return check_document(again, self.glossary, *chosen, audience=self.audience)

        from pipeline.fix import fix_file
        from pipeline.fix.meaning import MeaningGuard

        guard = MeaningGuard(self.glossary, document.language)
        fixed = fix_file(
            file, document.encoding, recheck, unsafe=self.unsafe, write=self.write, guard=guard
        )
        result.findings, result.fixed = fixed.remaining, fixed
        if fixed.changed:
            final = rechecked.get(fixed.after) or ingest_text(
                fixed.after, str(file), file.suffix.lower(), document.language, document.encoding
            )
            result.profile = document_profile(final)

    def _fix_bilingual(
        self, file: Path, chosen: Selection, result: FileResult, suppressions: Suppressions | None
    ) -> None:
        """Fix a PO or XLIFF file's unit targets (TMX stays check-only); the file-set checks
        then see the fixed targets."""
        from pipeline.checks import check_units
        from pipeline.emit.profile import units_profile
        from pipeline.fix.bilingual import FIXABLE_SUFFIXES, fix_bilingual_file
        from pipeline.ingest.bilingual import read_units

        if file.suffix.lower() not in FIXABLE_SUFFIXES:
            return

        def recheck(units: list[TranslationUnit]) -> list[Finding]:
            return check_units(units, self.glossary, *chosen, suppressions=suppressions)

        fixed = fix_bilingual_file(
            file,
            result.findings,
            recheck,
            unsafe=self.unsafe,
            write=self.write,
            source_lang=self.source_language,
            glossary=self.glossary,
        )
        result.findings, result.fixed = fixed.remaining, fixed
        if self.write and fixed.changed:
            units = read_units(file, self.source_language)
            result.profile = units_profile(units)
            if self.keep_units:
                result.units = _translated(units)


def max_workers() -> int:
    """At most two processes per CPU: each worker holds its own dictionaries and models
    (about 120 MB), so `-j 1000` must not start a thousand of them."""
    return 2 * (os.cpu_count() or 1)


def _translated(units: list[TranslationUnit]) -> list[TranslationUnit]:
    """The units a file-set check compares: translations, not the untranslated two-thirds of
    a catalog folder that would cross from the workers and fill the cache for nothing."""
    from pipeline.text.tokens import checked_target

    return [unit for unit in units if checked_target(unit) is not None]


_WORKER_RUN: CheckRun | None = None


def _start_worker(run: CheckRun) -> None:
    global _WORKER_RUN
    _WORKER_RUN = run


def _check_in_worker(task: tuple[Path, Selection]) -> FileResult:
    assert _WORKER_RUN is not None, "the pool's initializer sets the run"
    return _WORKER_RUN.check_one(task)
