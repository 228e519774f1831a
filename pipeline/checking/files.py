"""One check run over many files: each file read by its format, checked and (with fixing)
fixed, in this process or spread over worker processes.

Files are independent until the file-set checks (CONS001), which the caller runs once over
the units every file returns. Fixing writes files and stays in this process; checking alone
goes to a process pool when there is more than one file and more than one CPU to use, as
ruff and pofilter's peers do: on 2 CPUs it nearly halves a catalog folder's wall time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from pipeline.checking.cache import FindingsCache
    from pipeline.checks.suppression import Suppressions
    from pipeline.core.models import Document, Finding, TranslationUnit
    from pipeline.emit.profile import FileProfile
    from pipeline.fix import FileFix
    from pipeline.formats.base import BilingualFormat
    from pipeline.glossary.model import Audience, Glossary

Selection = tuple[tuple[str, ...], tuple[str, ...]]  # select, ignore
Task = tuple[Path, Selection]


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

    def check_all(
        self, tasks: list[Task], jobs: int, executor: Executor | None = None
    ) -> Iterator[FileResult]:
        """Each file's result, in the order of `tasks`.

        Fixing runs in this process (it writes files); otherwise the findings cache's answers
        are served here, without a worker (a warm rerun of a catalog folder starts no process
        pool), and the other files go to `executor` (any concurrent.futures.Executor whose
        workers can run `checked`) or, without one, a process pool of `jobs` workers (0: one
        per CPU) when there is more than one of them.
        """
        if self.fix:
            yield from (self.check_one(task) for task in tasks)
            return
        looked_up = [self._look_up(task) for task in tasks]
        misses = [
            (task, key) for task, (key, hit) in zip(tasks, looked_up, strict=True) if hit is None
        ]
        fresh = self._check_fresh(misses, jobs, executor)
        for _key, hit in looked_up:
            yield hit if hit is not None else next(fresh)

    def _check_fresh(
        self, misses: list[tuple[Task, str | None]], jobs: int, executor: Executor | None
    ) -> Iterator[FileResult]:
        """`checked` for each file the cache did not answer (with its cache key), in order."""
        if executor is not None:
            yield from executor.map(self.checked, misses)
            return
        workers = min(jobs or os.cpu_count() or 1, len(misses), max_workers())
        if workers < 2:
            yield from map(self.checked, misses)
            return
        from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only for a pool

        chunk = max(1, len(misses) // (workers * 8))
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(self,)) as pool:
            yield from pool.map(_check_in_worker, misses, chunksize=chunk)

    def check_one(self, task: Task) -> FileResult:
        """One file's result: from the findings cache, or checked (and then cached)."""
        key, hit = self._look_up(task)
        return hit if hit is not None else self.checked((task, key))

    def _look_up(self, task: Task) -> tuple[str | None, FileResult | None]:
        """The file's cache key (None: no cache, or a file the cache does not keep) and its
        result from the findings cache (None: not there)."""
        file, chosen = task
        key = self._cache_key(file, chosen)
        hit = self.cache.get(key) if key is not None and self.cache is not None else None
        if hit is None:
            return key, None
        result = FileResult(file, hit.findings, units=hit.units, warnings=hit.warnings)
        result.profile, result.cached = hit.profile, True
        return key, result

    def checked(self, miss: tuple[Task, str | None]) -> FileResult:
        """The file of a task checked, and its result kept in the findings cache under the
        key beside it (None: not kept)."""
        from pipeline.core.errors import PipelineError

        (file, chosen), key = miss
        result = FileResult(file)
        try:
            self._check_file(file, chosen, result)
        except PipelineError as exc:
            result.failure = str(exc)
            return result
        if result.profile is not None and not self.keep_units:
            # Without file-set checks no finding comes later: keep only what findings need.
            from pipeline.emit.profile import only_for

            result.profile = only_for(result.profile, result.findings)
        if key is not None and self.cache is not None:
            from pipeline.checking.cache import CachedFile

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
        from pipeline.checking.suppressions import inline_suppressions
        from pipeline.checks import check_document
        from pipeline.emit.profile import document_profile
        from pipeline.formats import article_format, bilingual_format
        from pipeline.ingest import read_document

        bilingual = bilingual_format(file)
        if bilingual is not None:
            self._check_units(bilingual, file, chosen, result)
            return
        document = read_document(file, language=self.language)  # refuses other types
        fmt = article_format(file)
        assert fmt is not None, "read_document reads article formats only"
        suppressions = inline_suppressions(fmt, document.source_text, str(file))
        result.warnings = list(suppressions.problems) if suppressions else []
        result.profile = document_profile(document)
        if not self.fix:
            result.findings = check_document(
                document, self.glossary, *chosen, suppressions=suppressions, audience=self.audience
            )
            return
        self._fix_article(file, chosen, result, document)

    def _check_units(
        self, fmt: BilingualFormat, file: Path, chosen: Selection, result: FileResult
    ) -> None:
        from pipeline.checking.suppressions import inline_suppressions
        from pipeline.checks import check_units
        from pipeline.emit.profile import units_profile

        units = fmt.read_units(file, self.source_language)
        # Without file-set checks or fixing, `checked` keeps only the passages the findings
        # hold: those alone are made, once the findings are known.
        lean = not self.keep_units and not self.fix
        result.profile = None if lean else units_profile(units)
        if self.keep_units:
            result.units = _translated(units)
        suppressions = inline_suppressions(fmt, file)
        result.warnings = list(suppressions.problems) if suppressions else []
        result.findings = check_units(units, self.glossary, *chosen, suppressions=suppressions)
        if lean:
            result.profile = units_profile(units, result.findings)
        if self.fix and fmt.fixable:
            self._fix_bilingual(fmt, file, chosen, result, suppressions)

    def _fix_article(
        self, file: Path, chosen: Selection, result: FileResult, document: Document
    ) -> None:
        from pipeline.checks import check_document
        from pipeline.emit.profile import document_profile
        from pipeline.ingest import ingest_text

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
        self,
        fmt: BilingualFormat,
        file: Path,
        chosen: Selection,
        result: FileResult,
        suppressions: Suppressions | None,
    ) -> None:
        """Fix a file's unit targets (formats with a fix writer: PO, XLIFF); the file-set
        checks then see the fixed targets."""
        from pipeline.checks import check_units
        from pipeline.emit.profile import units_profile
        from pipeline.fix.bilingual import fix_bilingual_file

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
            units = fmt.read_units(file, self.source_language)
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


def _check_in_worker(miss: tuple[Task, str | None]) -> FileResult:
    assert _WORKER_RUN is not None, "the pool's initializer sets the run"
    return _WORKER_RUN.checked(miss)
