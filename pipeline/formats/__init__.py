"""Every file format by name, loaded lazily: adding a format is one module and one line here
(and its contract test in tests/formats).

A path's format is the first whose `matches` accepts it, in registry order; each module is
light (its parser is imported inside its methods), so finding one imports no parser.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.core.lazy import load_class
from pipeline.formats.base import (
    ArticleFormat,
    BilingualFormat,
    FileFormat,
    GlossaryFormat,
    Kind,
)

FORMATS: dict[str, str] = {
    "text": "pipeline.formats.text:TextFormat",
    "markdown": "pipeline.formats.markdown:MarkdownFormat",
    "po": "pipeline.formats.po:PoFormat",
    "xliff": "pipeline.formats.xliff:XliffFormat",
    "tmx": "pipeline.formats.tmx:TmxFormat",
    "content-json": "pipeline.formats.content_json:ContentJsonFormat",
    "tbx": "pipeline.formats.tbx:TbxFormat",
}


@cache
def get_format(name: str) -> FileFormat:
    """The format registered as `name` (KeyError for another name)."""
    return load_class(FORMATS[name], FileFormat)()


def formats(kind: Kind | None = None) -> list[FileFormat]:
    """Every registered format (of `kind`), in registry order."""
    found = [get_format(name) for name in FORMATS]
    return [f for f in found if kind is None or f.kind == kind]


def format_for(path: Path, kind: Kind | None = None) -> FileFormat | None:
    """The format of `path` (among those of `kind`), or None."""
    return next((f for f in formats(kind) if f.matches(path)), None)


def article_format(path: Path) -> ArticleFormat | None:
    found = format_for(path, "article")
    return found if isinstance(found, ArticleFormat) else None


def bilingual_format(path: Path) -> BilingualFormat | None:
    found = format_for(path, "bilingual")
    return found if isinstance(found, BilingualFormat) else None


def glossary_formats() -> list[GlossaryFormat]:
    """The glossary formats besides CSV, for pipeline.glossary's loaders (which sit below
    the formats, so take them as an argument)."""
    return [f for f in formats("glossary") if isinstance(f, GlossaryFormat)]


def suffixes(kind: Kind) -> frozenset[str]:
    """Every suffix the formats of `kind` declare."""
    return frozenset(s for f in formats(kind) for s in f.suffixes)


__all__ = [
    "FORMATS",
    "ArticleFormat",
    "BilingualFormat",
    "FileFormat",
    "GlossaryFormat",
    "article_format",
    "bilingual_format",
    "format_for",
    "formats",
    "get_format",
    "glossary_formats",
    "suffixes",
]
