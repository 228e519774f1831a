"""The unit of work of a batch run: articles in, their rendered files and new translations out.

A task reads its articles, checks, translates (the batch's segments together, so Apertium
starts once per task), validates and renders them, and writes nothing: the files and the
translations its engine made go back to the client, which alone writes (pipeline.batch.runner).
So a task that dies half-way, or runs twice on two workers, leaves no trace; its retry returns
the same files. Everything a task needs of the run travels once per worker in `RunSettings`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Protocol

from pipeline.batch.memory_view import MemoryEntry, MemoryView
from pipeline.batch.results import ArticleResult
from pipeline.checks.quality import QualityModel
from pipeline.core.config import Config
from pipeline.core.errors import PipelineError
from pipeline.core.models import Document, Finding, SegmentKind, Severity
from pipeline.glossary.model import Audience, Glossary
from pipeline.workflow import TranslationSetup


@dataclass(frozen=True)
class RunSettings:
    """What every task of one run shares; `run_id` names the run in a long-lived worker."""

    glossary: Glossary
    language: str | None
    config: Config
    codes: list[str]  # the enabled checks (configuration, then command line)
    translation: TranslationSetup | None = None
    audience: Audience | None = None  # None: detected per article
    quality: QualityModel = field(default_factory=QualityModel)
    run_id: str = ""  # set by pipeline.batch.runner.run_batch


@dataclass
class ArticleProduct:
    """One article's outcome: its files to write (paths relative to the output) and summary
    row, or the error that stopped it. `complete` is false when it was rendered untranslated
    because the engine failed (`translation_error` says how): then it is not recorded as done,
    and an article with earlier outputs keeps them, marked stale (pipeline.batch.runner)."""

    source: Path
    result: ArticleResult | None = None
    files: list[tuple[Path, bytes]] = field(default_factory=list)
    error: str | None = None
    complete: bool = True
    translation_error: str | None = None
    memory: list[MemoryEntry] = field(default_factory=list)  # translations to store


@dataclass
class BatchProduct:
    """A task's return value; `errors` are said once for the batch (a failed engine)."""

    articles: list[ArticleProduct] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failures: int = 0  # inputs counted as failed besides the articles' own errors
    memory: list[MemoryEntry] = field(default_factory=list)


class TaskHooks(Protocol):
    """What a task in the client's own process reports as it goes (pipeline.batch.executors
    LocalExecutor): each article as soon as it is rendered, so it is written at once."""

    def segments(self, language: str, count: int) -> None: ...

    def article(self, product: ArticleProduct) -> None: ...

    def batch_error(self, message: str, failures: int) -> None: ...


# One translation setup per worker process and run: engines, translators and the memory view
# are built once and reused by every task of the run that lands on this worker.
_SETUPS: dict[str, TranslationSetup] = {}


def _setup(settings: RunSettings) -> TranslationSetup | None:
    if settings.translation is None:
        return None
    setup = _SETUPS.get(settings.run_id)
    if setup is None:
        release_worker_state()
        setup = replace(settings.translation)  # a fresh copy: no engine or memory of the client
        if setup.memory_path is not None:
            setup.use_memory(MemoryView(setup.memory_path))
        _SETUPS[settings.run_id] = setup
    bind = getattr(setup.limit, "bind", None)  # a limit shared through a cluster connects here
    if bind is not None:
        bind()
    return setup


def release_worker_state() -> None:
    """Close the engines and memory views this process keeps for a run (the local executor's
    tasks run in the client's process)."""
    for setup in _SETUPS.values():
        setup.close()
    _SETUPS.clear()


def _drain(setup: TranslationSetup | None) -> list[MemoryEntry]:
    memory = setup.memory if setup is not None else None
    return memory.drain() if isinstance(memory, MemoryView) else []


def process_batch(
    settings: RunSettings, sources: list[Path], hooks: TaskHooks | None = None
) -> BatchProduct:
    """Render `sources` (read, check, translate, validate); nothing is written.

    Without `hooks` every article's product is in the returned BatchProduct; with them, each
    goes to `hooks.article` as soon as it is ready and the product holds only the rest.
    """
    from pipeline.ingest import read_document

    product = BatchProduct()

    def deliver(article: ArticleProduct) -> None:
        if hooks is not None:
            hooks.article(article)
        else:
            product.articles.append(article)

    def batch_error(message: str, failures: int) -> None:
        if hooks is not None:
            hooks.batch_error(message, failures)
        else:
            product.errors.append(message)
            product.failures += failures

    setup = _setup(settings)
    documents: list[Document] = []
    for source in sources:
        try:
            documents.append(read_document(source, language=settings.language))
        except PipelineError as exc:
            deliver(ArticleProduct(source, error=str(exc)))
    translation = setup
    failed: str | None = None
    checked: dict[int, list[Finding]] = {}  # id(document) → its own findings

    def check_sources() -> None:
        for document in documents:
            # a document that fails here is checked again by _article, which reports it
            with contextlib.suppress(PipelineError):
                checked[id(document)] = _source_findings(settings, document)

    if setup is not None:
        try:
            setup.prefetch(
                documents, settings.glossary, hooks.segments if hooks else None, check_sources
            )
        except PipelineError as exc:
            # said once for the batch; its articles are still checked and rendered untranslated,
            # and count as failed (what was translated is kept for the rerun)
            failed = str(exc)
            batch_error(f"{exc} (translating {len(documents)} articles)", len(documents))
            translation = None
    for document in documents:
        article = _article(settings, document, translation, hooks, checked.get(id(document)))
        article.complete = translation is not None or settings.translation is None
        article.translation_error = failed
        article.memory = _drain(setup)
        deliver(article)
    if setup is not None:
        setup.forget()
    product.memory = _drain(setup)
    if setup is not None and isinstance(setup.memory, MemoryView):
        setup.memory.clear()
    return product


def _selection(settings: RunSettings, path: Path) -> tuple[list[str], list[str]]:
    from pipeline.checks.selection import selection_for

    select, ignore = selection_for(settings.codes, settings.config.ignores_for(path))
    return list(select), list(ignore)


def _source_findings(settings: RunSettings, document: Document) -> list[Finding]:
    """The document's own findings, as `render_article` would find them."""
    from pipeline.checks import check_document

    select, ignore = _selection(settings, Path(document.path))
    return check_document(document, settings.glossary, select, ignore, audience=settings.audience)


def _article(
    settings: RunSettings,
    document: Document,
    translation: TranslationSetup | None,
    hooks: TaskHooks | None,
    source_findings: list[Finding] | None = None,
) -> ArticleProduct:
    from pipeline.checks.selection import with_severity
    from pipeline.workflow import render_article

    path = Path(document.path)
    select, ignore = _selection(settings, path)
    try:
        outcome, files = render_article(
            document,
            settings.glossary,
            Path(),
            select,
            ignore,
            translation,
            hooks.segments if hooks else None,
            adjust=partial(with_severity, settings.config),
            audience=settings.audience,
            quality=settings.quality,
            source_findings=source_findings,
        )
    except PipelineError as exc:
        return ArticleProduct(path, error=str(exc))
    sentences = sum(1 for s in document.segments() if s.kind is SegmentKind.SENTENCE)
    severities = [f.severity for f in outcome.findings]
    result = ArticleResult(
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
    return ArticleProduct(path, result, files)
