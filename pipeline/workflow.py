"""One article through the whole pipeline: ingest → check → translate → validate → emit.

The library API the `run` and `translate` commands wrap; everything is written atomically and
each target language's files are written as soon as that language is done, so an interruption
keeps every finished file and the translation memory keeps every finished chunk.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from pipeline.checks import check_document, check_units
from pipeline.checks.quality import QualityModel
from pipeline.core.errors import PipelineError
from pipeline.core.models import Document, Finding, Severity
from pipeline.emit.content import build_content, build_translation_content, render_content
from pipeline.glossary.model import Audience, Glossary
from pipeline.translate.batch import Translator
from pipeline.translate.cache import TranslationMemory
from pipeline.translate.engine import TranslationEngine, get_engine
from pipeline.translate.limit import CallLimit, limited


@dataclass
class TargetResult:
    language: str
    segments: int
    from_memory: int
    errors: int
    warnings: int
    infos: int
    content: Path
    xliff: Path


@dataclass
class ArticleOutcome:
    document: Document
    findings: list[Finding]
    content: Path
    targets: list[TargetResult] = field(default_factory=list)


@dataclass
class TranslationSetup:
    """What `--to`, `--engine`, `--engine-url`, `--memory` and `--back-check` asked for."""

    targets: list[str]
    engine_name: str = "apertium"
    engine_options: dict[str, Any] = field(default_factory=dict)
    memory_path: Path | None = None
    back_check: bool = False
    limit: CallLimit | None = None  # asked before every call of the engine (a rate limit)
    _engine: TranslationEngine | None = field(default=None, init=False)
    _memory: TranslationMemory | None = field(default=None, init=False)
    _translators: dict[tuple[str, str], Translator] = field(default_factory=dict, init=False)

    def translator(self, glossary: Glossary, source: str, target: str) -> Translator:
        if (source, target) not in self._translators:
            if self._engine is None:
                self._engine = limited(
                    get_engine(self.engine_name, **self.engine_options), self.limit
                )
            if self._memory is None and self.memory_path is not None:
                self._memory = TranslationMemory(self.memory_path)
            self._translators[(source, target)] = Translator(
                self._engine, glossary, source, target, self._memory
            )
        return self._translators[(source, target)]

    @property
    def memory(self) -> TranslationMemory | None:
        """The memory in use (None until the first translator, or without one)."""
        return self._memory

    def use_memory(self, memory: TranslationMemory) -> None:
        """Read and write `memory` instead of opening `memory_path` (a batch worker's view)."""
        self._memory = memory

    def prefetch(
        self,
        documents: list[Document],
        glossary: Glossary,
        progress: Callable[[str, int], None] | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> None:
        """Translate the segments of several documents together, per target language.

        Apertium then starts once per batch of articles instead of once per article.
        `meanwhile` runs while the engine translates (it waits on a thread: Apertium's
        processes and our Python work then share the machine's cores instead of taking
        turns); with another engine or a rate limit it runs after the engine's calls (see
        `_overlaps`), as the work ran before there was an overlap.
        """
        pool: ThreadPoolExecutor | None = None
        finishers: list[Callable[[], None]] = []
        try:
            try:
                for target in self.targets:
                    by_source: dict[str, list[str]] = {}
                    for document in documents:
                        if document.language != target:
                            texts = by_source.setdefault(document.language, [])
                            texts.extend(s.text for s in document.content_segments())
                    for source, texts in by_source.items():
                        translator = self.translator(glossary, source, target)
                        if pool is None and meanwhile is not None and self._overlaps():
                            pool = ThreadPoolExecutor(1)
                        advance = None if progress is None else partial(progress, target)
                        finishers.append(translator.start_prefetch(texts, advance, pool))
                if meanwhile is not None and pool is not None:
                    meanwhile()
            except Exception:
                # the languages started before the failure are finished and kept, as when
                # each language was translated before the next one began (an interrupt is
                # not waited on: the run stops at once)
                with contextlib.suppress(Exception):
                    for finish in finishers:
                        finish()
                raise
            for finish in finishers:
                finish()
        finally:
            if pool is not None:
                # never waits: after Ctrl-C the CLI sees the engine's thread still alive and
                # exits at once instead of waiting for a provider that does not answer
                pool.shutdown(wait=False, cancel_futures=True)
        if meanwhile is not None and pool is None:
            meanwhile()  # after the engine, in the order of a run without overlap

    def _overlaps(self) -> bool:
        """Whether the engine's calls may wait on a thread while the caller works: an engine
        whose calls wait on its own processes (Apertium) says so; an online engine keeps its
        own request threads and Ctrl-C handling in the caller's thread, and a rate limit's
        calls must come from the caller."""
        return self.limit is None and bool(getattr(self._engine, "waits_on_processes", False))

    def forget(self) -> None:
        """Drop prefetched translations once their documents are written."""
        for translator in self._translators.values():
            translator.forget()

    def back_translator(self, glossary: Glossary, source: str, target: str) -> Translator:
        """An offline engine for target → source, without glossary enforcement."""
        key = (f"back:{target}", source)
        if key not in self._translators:
            engine = get_engine("apertium")
            if not engine.supports(target, source):
                raise PipelineError(f"--back-check: Apertium cannot translate {target}→{source}")
            self._translators[key] = Translator(
                engine, glossary, target, source, self._memory, enforce_glossary=False
            )
        return self._translators[key]

    def close(self) -> None:
        if self._memory is not None:
            self._memory.close()


def process_article(
    document: Document,
    glossary: Glossary,
    out_dir: Path,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    translation: TranslationSetup | None = None,
    progress: Callable[[str, int], None] | None = None,
    adjust: Callable[[Finding], Finding] | None = None,
    audience: Audience | None = None,
    quality: QualityModel | None = None,
) -> ArticleOutcome:
    """Check and emit one article, then translate, validate and emit each target language.

    `progress(language, n)` is called as n more segments are translated; `adjust` maps each
    finding before it is written (the configuration's severity overrides); `audience` is who
    the article is for (None: detected); `quality` weighs the findings for each content file's
    score (default: the default weights).
    """
    from pipeline.core.fs import atomic_write_all

    outcome, files = render_article(
        document,
        glossary,
        out_dir,
        select,
        ignore,
        translation,
        progress,
        adjust,
        audience,
        quality,
    )
    # An article's files appear together or not at all: a failed translation into one
    # language leaves every file of the previous run as it was, consistent with each other.
    atomic_write_all(files)
    return outcome


def render_article(
    document: Document,
    glossary: Glossary,
    out_dir: Path,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    translation: TranslationSetup | None = None,
    progress: Callable[[str, int], None] | None = None,
    adjust: Callable[[Finding], Finding] | None = None,
    audience: Audience | None = None,
    quality: QualityModel | None = None,
    source_findings: list[Finding] | None = None,
) -> tuple[ArticleOutcome, list[tuple[Path, bytes]]]:
    """What `process_article` does, without writing: the outcome and the files (path under
    `out_dir`, bytes) to write together. A batch worker returns these to the one process that
    writes (pipeline.batch). `source_findings` are the document's own, when the caller has
    checked it already (`check_document` with the same selection and audience)."""
    from pipeline.emit.xliff import render_xliff

    select, ignore = list(select), list(ignore)
    findings = source_findings
    if findings is None:
        findings = check_document(document, glossary, select, ignore, audience=audience)
    if adjust is not None:
        findings = [adjust(f) for f in findings]
    content = build_content(document, findings, glossary, quality=quality)
    path, text = render_content(content, out_dir)
    outcome = ArticleOutcome(document, findings, path)
    files = [(path, text.encode("utf-8"))]
    if translation is None:
        return outcome, files
    for target in translation.targets:
        if target == document.language:
            continue
        translator = translation.translator(glossary, document.language, target)
        advance = None if progress is None else partial(progress, target)
        units = translator.translate_document(document, advance)
        if translation.back_check:
            back = translation.back_translator(glossary, document.language, target)
            texts = list(dict.fromkeys(u.target for u in units))
            results = back.translate_texts(texts)
            for unit in units:
                unit.back_translation = results[unit.target][0].target
        unit_findings = check_units(units, glossary, select, ignore)
        if adjust is not None:
            unit_findings = [adjust(f) for f in unit_findings]
        translated = build_translation_content(
            document,
            units,
            unit_findings,
            glossary,
            translator.engine.name,
            translator.engine_version,
            quality,
        )
        path, text = render_content(translated, out_dir)
        xliff = path.parent / f"{path.parent.name}.{document.language}-{target}.xlf"
        xml = render_xliff(units, document.language, target, original=document.path)
        files += [(path, text.encode("utf-8")), (xliff, xml.encode("utf-8"))]
        severities = [f.severity for f in unit_findings]
        outcome.targets.append(
            TargetResult(
                language=target,
                segments=len(units),
                from_memory=sum(1 for unit in units if unit.cache_hit),
                errors=severities.count(Severity.ERROR),
                warnings=severities.count(Severity.WARNING),
                infos=severities.count(Severity.INFO),
                content=path,
                xliff=xliff,
            )
        )
    return outcome, files
