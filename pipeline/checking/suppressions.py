"""A file's inline suppressions, read by the reader its format names (`suppression_reader`):
formats know their comment syntax's place, the checks what a suppression means."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from pipeline.core.lazy import load

if TYPE_CHECKING:
    from pipeline.checks.suppression import Suppressions
    from pipeline.formats.base import FileFormat


def inline_suppressions(fmt: FileFormat, *source: object) -> Suppressions | None:
    """The suppressions in a file of format `fmt`: an article's (text, path) or a translation
    file's (path,); None for a format without suppression comments."""
    if fmt.suppression_reader is None:
        return None
    return cast("Suppressions", load(fmt.suppression_reader)(*source))
