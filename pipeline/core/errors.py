"""Errors for bad input: each names the file (and line when known) in one line."""

from __future__ import annotations


class PipelineError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class InputError(PipelineError):
    """An input file cannot be read as an article (binary, empty, too large, undecodable)."""


class GlossaryError(PipelineError):
    """The glossary file cannot be loaded."""
