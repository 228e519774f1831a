"""The client of a batch run: what is sent where, and the one writer of everything.

`run_batch` finds the articles, skips those whose key (bytes, glossary, checks, settings, tool
and engine versions: pipeline.batch.unchanged) matches the last run's and whose outputs are
untouched, sends the rest in tasks to an executor, and writes each task's files and new
translations as the task completes. The manifest is saved every few seconds, so a run that is
killed resumes where it stopped. A task whose worker dies is retried by the executor; one that
keeps killing workers comes back `lost`, is split to its single articles, and an article that
still kills its worker, tried once more alone at the end, is reported by path as poisoned
while the batch goes on. An article that fails (not translated, not readable) whose earlier
outputs exist keeps all of them untouched and is marked stale (pipeline.emit.stale) until a
run rebuilds it.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from pipeline.batch.executors import Completed, Executor, LocalExecutor, make_executor
from pipeline.batch.memory_view import MemoryEntry, store
from pipeline.batch.results import ArticleResult
from pipeline.batch.store import OutputStore
from pipeline.batch.task import ArticleProduct, BatchProduct, RunSettings, process_batch
from pipeline.core.errors import PipelineError
from pipeline.core.slug import slugify
from pipeline.emit.stale import StaleMark, StaleMarks
from pipeline.translate.cache import TranslationMemory
from pipeline.translate.limit import CallLimit
from pipeline.translate.rerun import ArticleManifest

# Articles per task on the local executor: Apertium starts once per task, and memory holds at
# most one task's documents. Other executors get smaller tasks, to keep every worker busy.
GROUP = 50


@dataclass(frozen=True)
class BatchOptions:
    executor: str = "local"  # local | processes | dask (pipeline.batch.executors)
    workers: int | None = None  # processes, or a LocalCluster's workers (default 2)
    scheduler: str | None = None  # an existing Dask cluster
    batch_size: int | None = None  # articles per task (default: GROUP locally, else balanced)
    attempts: int = 3  # how often one task may kill a worker before it is given up
    rate_limit: float | None = None  # engine calls per second over all workers
    checkpoint_seconds: float = 2.0  # how often the manifest is saved during the run


class RunEvents(Protocol):
    """What the caller shows while the run goes (the CLI's progress bar and error lines)."""

    def started(self, articles: int, executor: Executor) -> None: ...

    def advanced(self, name: str, count: int) -> None: ...

    def segments(self, language: str, count: int) -> None: ...

    def error(self, message: str) -> None: ...


@dataclass
class RunReport:
    results: list[ArticleResult] = field(default_factory=list)  # in the order of the inputs
    failures: int = 0  # inputs that failed (each reported through RunEvents.error)
    poisoned: list[Path] = field(default_factory=list)  # articles that kept killing workers
    kept: int = 0  # unchanged articles skipped
    stale: list[StaleMark] = field(default_factory=list)  # failed; earlier outputs kept


def discover_articles(paths: list[Path], events: RunEvents) -> tuple[list[Path], int]:
    """The article files under `paths`, and how many paths could not be used (reported)."""
    from pipeline.ingest import READERS
    from pipeline.ingest.discover import discover

    files: list[Path] = []
    failures = 0
    for path in paths:
        try:
            found = discover([path])
        except PipelineError as exc:
            events.error(str(exc))
            failures += 1
            continue
        if not found:
            events.error(f"{path}: no article files ({', '.join(sorted(READERS))})")
            failures += 1
        files.extend(found)
    return list(dict.fromkeys(files)), failures


class _Client:
    """The run's single writer: outputs, manifest and translation memory."""

    def __init__(
        self,
        settings: RunSettings,
        out: OutputStore,
        manifest: ArticleManifest | None,
        memory: TranslationMemory | None,
        options: BatchOptions,
        events: RunEvents,
    ) -> None:
        self.settings, self.out, self.manifest, self.memory = settings, out, manifest, memory
        self.options, self.events = options, events
        self.report = RunReport()
        self.keys: dict[Path, str | None] = {}
        self.done: set[Path] = set()
        self.suspects: list[Path] = []  # articles whose task was lost: to be tried alone
        self.suspected: set[Path] = set()
        self.owners: dict[Path, Path] = {}  # slug folder → the article that has it in this run
        self.marks = StaleMarks(out)
        self._saved = time.monotonic()

    # TaskHooks, for a task in this process
    def segments(self, language: str, count: int) -> None:
        self.events.segments(language, count)

    def article(self, product: ArticleProduct) -> None:
        self.write(product)

    def batch_error(self, message: str, failures: int) -> None:
        self.events.error(message)
        self.report.failures += failures

    def store_memory(self, entries: list[MemoryEntry]) -> None:
        if self.memory is not None and entries:
            store(self.memory, entries)

    def write(self, product: ArticleProduct) -> None:
        """Write one article's files (never twice in a run), then record it as done."""
        self.store_memory(product.memory)
        source = product.source
        if source in self.done:
            return
        self.done.add(source)
        folder = Path(slugify(source.stem))
        if not product.complete and self.has_earlier(source, folder):
            # written untranslated, the new source file would sit beside the old translations:
            # the earlier set is kept whole instead, and marked stale
            why = product.translation_error or "the engine failed"
            self.stale(source, folder, f"translation failed: {why}")
            self.events.advanced(source.name, 1)
            self.checkpoint()
            return
        if product.error is None and product.result is not None:
            try:
                self.out.write_all(product.files)
            except OSError as exc:
                where = self.out.shown(product.result.output.parent)
                product.error = f"{source}: cannot write to {where}: {exc.strerror or exc}"
        if product.error is not None or product.result is None:
            self.events.error(product.error or f"{source}: no result")
            self.report.failures += 1
            if self.manifest is not None:
                self.manifest.forget(source)
            if self.has_earlier(source, folder):
                self.stale(source, folder, f"not rebuilt: {product.error or 'no result'}")
        else:
            self.report.results.append(product.result)
            if product.complete:
                self.marks.clear(str(folder))
            if self.manifest is not None and product.complete:
                from pipeline.batch.unchanged import remember

                remember(self.manifest, product.result, self.keys.get(source))
        self.events.advanced(source.name, 1)
        self.checkpoint()

    def has_earlier(self, source: Path, folder: Path) -> bool:
        """Whether `folder` holds files of `source` from an earlier run (not another article's
        of this run: two names with one slug)."""
        return self.owners.get(folder, source) == source and self.out.has_content(folder)

    def stale(self, source: Path, folder: Path, reason: str) -> None:
        """Keep the earlier outputs of `source` as they are, recorded as not current."""
        if self.manifest is not None:
            self.manifest.forget(source)  # never skipped as unchanged while stale
        self.report.stale.append(self.marks.mark(str(folder), str(source), reason))

    def checkpoint(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._saved >= self.options.checkpoint_seconds:
            if self.manifest is not None:
                self.manifest.save()
            self.marks.save()
            self._saved = now

    def completed(self, task: Completed[list[Path], BatchProduct], executor: Executor) -> None:
        sources = task.arg
        if task.value is not None:
            for message in task.value.errors:
                self.events.error(message)
            self.report.failures += task.value.failures
            for product in task.value.articles:
                self.write(product)
            self.store_memory(task.value.memory)
        elif task.lost and len(sources) > 1:
            for source in sources:  # find the one that kills its worker
                executor.submit(process_batch, self.settings, [source])
        elif task.lost and sources[0] not in self.suspected:
            # Dask blames every task a dying worker held, so an innocent article can share the
            # fate of a poisoned one: each suspect is tried once more, alone, at the end
            self.suspected.add(sources[0])
            self.suspects.append(sources[0])
        else:
            for source in sources:
                if task.lost:
                    self.report.poisoned.append(source)
                    why = "its worker died each time it was tried; given up (a poisoned input?)"
                else:
                    why = f"task failed: {task.error}"
                self.write(ArticleProduct(source, error=f"{source}: {why}"))


def run_batch(
    paths: list[Path],
    settings: RunSettings,
    out: str | Path,
    events: RunEvents,
    options: BatchOptions | None = None,
    tool: str = "",
) -> RunReport:
    """Run the pipeline over the articles in `paths` and write them to `out` (a folder or an
    fsspec URL); `tool` names the code that makes the outputs (for skipping unchanged ones)."""
    from pipeline.batch import unchanged

    options = options or BatchOptions()
    settings = replace(settings, run_id=uuid.uuid4().hex)
    files, failures = discover_articles(paths, events)
    target = OutputStore(out)
    translation = settings.translation
    memory: TranslationMemory | None = None
    if translation is not None and translation.memory_path is not None:
        try:
            memory = TranslationMemory(translation.memory_path)  # created before workers read it
        except PipelineError as exc:
            events.error(f"{exc} (translating {len(files)} articles)")
            failures += len(files)
            settings = replace(settings, translation=None)
    skipping = memory is not None
    manifest = unchanged.manifest(settings, target, tool) if skipping else None
    client = _Client(settings, target, manifest, memory, options, events)
    client.report.failures = failures

    todo: list[Path] = []
    written = client.owners
    for path in files:
        folder = Path(slugify(path.stem))
        if manifest is not None:
            client.keys[path] = manifest.key(path, unchanged.selection(settings, path))
            row = manifest.unchanged(path, client.keys[path])
            kept = unchanged.skipped(row) if row is not None else None
            if kept is not None and folder not in written:
                written[folder] = path
                client.marks.clear(str(folder))  # its outputs are those of this very source
                client.report.results.append(kept)
                continue
        if folder in written:
            client.write(
                ArticleProduct(
                    path,
                    error=f"{path}: would overwrite {target.shown(folder)}, already written for "
                    f"{written[folder]} in this run (both names give the same slug); rename one "
                    "of them",
                )
            )
            continue
        written[folder] = path
        todo.append(path)
    client.report.kept = len(client.report.results)

    executor = make_executor(
        options.executor,
        options.workers,
        options.scheduler,
        options.attempts,
        hooks=client if options.executor == "local" else None,
    )
    try:
        events.started(len(files), executor)
        if client.report.kept:
            events.advanced("", client.report.kept)
        if translation is not None and settings.translation is not None and options.rate_limit:
            settings = replace(
                settings, translation=replace(settings.translation, limit=_limit(executor, options))
            )
            client.settings = settings
        size = options.batch_size or (
            GROUP
            if isinstance(executor, LocalExecutor)
            else max(1, min(GROUP, math.ceil(len(todo) / (executor.workers * 4))))
        )
        in_flight = 1 if isinstance(executor, LocalExecutor) else executor.workers * 2
        for start in range(0, len(todo), size):
            while executor.pending >= in_flight:
                client.completed(executor.next_completed(), executor)
            executor.submit(process_batch, settings, todo[start : start + size])
        while executor.pending:
            client.completed(executor.next_completed(), executor)
        while client.suspects:  # alone on the cluster: a worker that dies now died of it
            executor.submit(process_batch, settings, [client.suspects.pop(0)])
            while executor.pending:
                client.completed(executor.next_completed(), executor)
    finally:
        executor.close()
        from pipeline.batch.task import release_worker_state

        release_worker_state()
        if memory is not None:
            memory.close()
        client.checkpoint(force=True)
    order = {path: n for n, path in enumerate(files)}
    client.report.results.sort(key=lambda result: order.get(result.source, len(order)))
    return client.report


def _limit(executor: Executor, options: BatchOptions) -> CallLimit:
    from pipeline.translate.limit import TokenBucket

    rate = options.rate_limit or 0.0
    shared: Callable[[float], CallLimit] | None = getattr(executor, "call_limit", None)
    if shared is not None:
        return shared(rate)
    # every process paces itself: their shares add up to the one limit
    return TokenBucket(rate / executor.workers)
