"""Errors of the translation engines: each names the engine and says what to do about it."""

from __future__ import annotations

from pipeline.core.errors import PipelineError


class TranslationError(PipelineError):
    """A translation failed: the engine's message names the engine and the last error.

    `partial` holds the texts of the failed batch that were translated before the failure
    (text → translation), so the caller can keep what the provider already answered.
    """

    partial: dict[str, str]

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message, path, line)
        self.partial = {}


class EngineUnavailableError(TranslationError):
    """The engine cannot run here: a program, a package, a language pair or a key is missing."""


class UnsupportedPairError(TranslationError):
    """The engine does not translate between these two languages."""
