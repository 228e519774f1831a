"""Markdown articles (.md, .markdown): CommonMark blocks at their source offsets
(pipeline.ingest.markdown)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pipeline.formats.base import ArticleFormat

if TYPE_CHECKING:
    from pipeline.ingest.builder import Block


class MarkdownFormat(ArticleFormat):
    name: ClassVar[str] = "markdown"
    suffixes: ClassVar[frozenset[str]] = frozenset({".md", ".markdown"})

    def blocks(self, text: str) -> list[Block]:
        from pipeline.ingest.markdown import read_markdown

        return read_markdown(text)
