"""Translates a document's segments into one language: memory first, then the engine in batches.

Approved human translations (imported TMX) win over everything; then the cache, keyed by
engine, engine version, language pair and glossary hash; then the engine, given the text
with glossary terms and names protected (terms.py). Engine results are stored chunk by
chunk, so an interrupted batch (Ctrl-C, a crash, a provider outage) resumes from the memory
and a rerun over an unchanged article makes no engine call at all.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from functools import partial

from pipeline.core.models import Document, Segment, TranslationUnit, UnitState
from pipeline.glossary.model import Glossary
from pipeline.translate.cache import EngineKey, TranslationMemory
from pipeline.translate.engine import TranslationEngine
from pipeline.translate.errors import TranslationError
from pipeline.translate.terms import ProtectedText, TermProtector, restore

CHUNK = 64  # segments per engine call (unless the engine says otherwise): bounds the loss


@dataclass
class BatchStats:
    segments: int = 0
    approved: int = 0
    cached: int = 0
    translated: int = 0
    engine_calls: int = 0
    unprotected: int = field(default=0)  # placeholders lost by the engine: retranslated plain


@dataclass(frozen=True)
class _Result:
    target: str
    unknown_words: tuple[str, ...] = ()


class Translator:
    """One engine, one memory, one glossary, one language pair; reused across documents."""

    def __init__(
        self,
        engine: TranslationEngine,
        glossary: Glossary,
        source_lang: str,
        target_lang: str,
        memory: TranslationMemory | None = None,
        enforce_glossary: bool = True,
    ) -> None:
        self.engine = engine
        self.glossary = glossary
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.memory = memory
        self.engine_version = engine.version()
        self.key = EngineKey(
            engine.name, self.engine_version, source_lang, target_lang, glossary.version
        )
        self._protector = (
            TermProtector(glossary, source_lang, target_lang) if enforce_glossary else None
        )
        self.stats = BatchStats()
        self.chunk = int(getattr(engine, "batch_size", CHUNK))
        self._prefetched: dict[str, tuple[_Result, UnitState, bool]] = {}

    def prefetch(self, texts: list[str], progress: Callable[[int], None] | None = None) -> None:
        """Translate the texts of many documents in large batches before they are emitted.

        An engine with a high start-up cost (Apertium) then runs once per batch instead of
        once per article; `translate_document` uses these results and still reports them as
        engine translations (cache_hit false), as they are.
        """
        self.start_prefetch(texts, progress)()

    def start_prefetch(
        self,
        texts: list[str],
        progress: Callable[[int], None] | None = None,
        pool: Executor | None = None,
    ) -> Callable[[], None]:
        """`prefetch` in two halves: the memory is asked and the texts are protected now, the
        engine is called on `pool` (a thread; None: when the returned function is called),
        and the returned function waits for it and keeps the results. The caller works in
        between: Apertium is other processes, so the Python work overlaps with it."""
        wanted = [t for t in dict.fromkeys(texts) if t not in self._prefetched]
        finish = self._begin(wanted, progress, pool)
        return lambda: self._prefetched.update(finish())

    def forget(self) -> None:
        """Drop prefetched results (after their documents are emitted)."""
        self._prefetched.clear()

    def translate_document(
        self, document: Document, progress: Callable[[int], None] | None = None
    ) -> list[TranslationUnit]:
        """A unit for every content segment (title, headings, sentences), in source order."""
        segments = list(document.content_segments())
        texts = list(dict.fromkeys(s.text for s in segments))
        missing = [t for t in texts if t not in self._prefetched]
        results = {**self._prefetched, **self.translate_texts(missing, progress)}
        if progress is not None and len(missing) < len(texts):
            progress(len(texts) - len(missing))
        return [self._unit(document, s, results[s.text]) for s in segments]

    def translate_texts(
        self, texts: list[str], progress: Callable[[int], None] | None = None
    ) -> dict[str, tuple[_Result, UnitState, bool]]:
        """text → (result, state, cache hit) for distinct texts."""
        return self._begin(texts, progress, None)()

    def _begin(
        self, texts: list[str], progress: Callable[[int], None] | None, pool: Executor | None
    ) -> Callable[[], dict[str, tuple[_Result, UnitState, bool]]]:
        """Approved and cached translations now; the engine's on `pool` (or when the returned
        function is called), which returns them all."""
        done: dict[str, tuple[_Result, UnitState, bool]] = {}
        self.stats.segments += len(texts)
        pending = texts
        if self.memory is not None and pending:
            approved = self.memory.lookup_approved_many(self.source_lang, self.target_lang, pending)
            for text, hit in zip(pending, approved, strict=True):
                if hit is not None:
                    done[text] = (_Result(hit.target), UnitState.APPROVED, True)
                    self.stats.approved += 1
            pending = [t for t in pending if t not in done]
            cached = self.memory.get_many(self.key, pending)
            for text, row in zip(pending, cached, strict=True):
                if row is not None:
                    done[text] = (
                        _Result(row.target, row.unknown_words),
                        UnitState.TRANSLATED,
                        True,
                    )
                    self.stats.cached += 1
            pending = [t for t in pending if t not in done]
        if progress is not None and done:
            progress(len(done))
        chunks = [
            pending[start : start + self.chunk] for start in range(0, len(pending), self.chunk)
        ]
        if pool is None or not chunks:

            def finish() -> dict[str, tuple[_Result, UnitState, bool]]:
                for chunk in chunks:
                    self._keep(chunk, partial(self._engine, chunk), done, progress)
                return done

            return finish
        protected = [self._protect(chunk) for chunk in chunks]
        answers = pool.submit(self._answers, protected)

        def finish_started() -> dict[str, tuple[_Result, UnitState, bool]]:
            raw, error = answers.result()
            for chunk, prot, output in zip(chunks, protected, raw, strict=False):
                self._keep(chunk, partial(self._engine, chunk, prot, output), done, progress)
            if error is not None:
                # the chunk the engine failed on, as if it had been called here
                chunk, prot = chunks[len(raw)], protected[len(raw)]
                self._keep(chunk, partial(self._engine, chunk, prot, error=error), done, progress)
            return done

        return finish_started

    def _answers(
        self, protected: list[list[ProtectedText]]
    ) -> tuple[list[list[str]], BaseException | None]:
        """The engine's raw answers chunk by chunk (on a thread), up to the first failure."""
        raw: list[list[str]] = []
        for chunk in protected:
            try:
                raw.append(self._call([p.text for p in chunk]))
            except BaseException as exc:  # given back to the caller's thread, raised there
                return raw, exc
        return raw, None

    def _keep(
        self,
        chunk: list[str],
        translate: Callable[[], list[_Result]],
        done: dict[str, tuple[_Result, UnitState, bool]],
        progress: Callable[[int], None] | None,
    ) -> None:
        """Translate one chunk, store it in the memory and in `done`."""
        try:
            results = translate()
        except TranslationError as exc:
            # the provider failed part-way: what it answered is kept for the rerun
            if self.memory is not None and exc.partial:
                self.memory.put_many(self.key, [(t, r, ()) for t, r in exc.partial.items()])
            raise
        if self.memory is not None:
            self.memory.put_many(
                self.key,
                [(t, r.target, r.unknown_words) for t, r in zip(chunk, results, strict=True)],
            )
        for text, result in zip(chunk, results, strict=True):
            done[text] = (result, UnitState.TRANSLATED, False)
        self.stats.translated += len(chunk)
        if progress is not None:
            progress(len(chunk))

    def _protect(self, texts: list[str]) -> list[ProtectedText]:
        return [self._protector.protect(t) if self._protector else ProtectedText(t) for t in texts]

    def _engine(
        self,
        texts: list[str],
        protected: list[ProtectedText] | None = None,
        raw: list[str] | None = None,
        error: BaseException | None = None,
    ) -> list[_Result]:
        """The engine's results for `texts`: protected, translated, restored (the protection,
        the engine's answer or its failure may have been had already)."""
        if protected is None:
            protected = self._protect(texts)
        try:
            if error is not None:
                raise error
            if raw is None:
                raw = self._call([p.text for p in protected])
        except TranslationError as exc:
            # the provider's answers before the failure, keyed by our texts, as results
            by_sent = {p.text: (t, p) for t, p in zip(texts, protected, strict=True)}
            kept: dict[str, str] = {}
            for sent, output in exc.partial.items():
                if sent in by_sent:
                    text, prot = by_sent[sent]
                    restored = restore(self._unmark(output)[1], prot)
                    if restored is not None:
                        kept[text] = restored
            exc.partial = kept
            raise
        results: list[_Result | None] = []
        for output, prot in zip(raw, protected, strict=True):
            words, clean = self._unmark(output)
            restored = restore(clean, prot)
            results.append(None if restored is None else _Result(restored, words))
        lost = [i for i, r in enumerate(results) if r is None]
        if lost:
            # the engine rewrote a sentence around a placeholder: translate it unprotected and
            # let the bilingual checks (TERM005) judge the terms
            self.stats.unprotected += len(lost)
            plain = self._call([texts[i] for i in lost])
            for i, output in zip(lost, plain, strict=True):
                words, clean = self._unmark(output)
                results[i] = _Result(clean, words)
        return [r for r in results if r is not None]

    def _call(self, texts: list[str]) -> list[str]:
        self.stats.engine_calls += 1
        return self.engine.translate_batch(texts, self.source_lang, self.target_lang)

    def _unmark(self, output: str) -> tuple[tuple[str, ...], str]:
        """Apertium's unknown-word marks are reported, never published."""
        if self.engine.name != "apertium":
            return (), output
        from pipeline.translate.apertium import strip_unknown_marks, unknown_words

        return tuple(unknown_words(output)), strip_unknown_marks(output)

    def _unit(
        self, document: Document, segment: Segment, result: tuple[_Result, UnitState, bool]
    ) -> TranslationUnit:
        translation, state, hit = result
        approved = state is UnitState.APPROVED
        return TranslationUnit(
            id=segment.id,
            source=segment.text,
            target=translation.target,
            source_lang=self.source_lang,
            target_lang=self.target_lang,
            path=document.path,
            line=segment.span.line,
            column=segment.span.column,
            state=state,
            engine="memory" if approved else self.engine.name,
            engine_version=None if approved else self.engine_version,
            cache_hit=hit,
            unknown_words=list(translation.unknown_words),
        )
