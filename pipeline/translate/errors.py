"""Errors of the translation engines: each names the engine and says what to do about it."""

from __future__ import annotations

from pipeline.core.errors import PipelineError


class TranslationError(PipelineError):
    """A translation failed: the engine's message names the engine and the last error."""


class EngineUnavailableError(TranslationError):
    """The engine cannot run here: a program, a package, a language pair or a key is missing."""


class UnsupportedPairError(TranslationError):
    """The engine does not translate between these two languages."""
