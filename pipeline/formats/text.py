"""Plain-text articles (.txt, .text): blank-line blocks, a short line before a paragraph a
heading (pipeline.ingest.plaintext)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pipeline.formats.base import ArticleFormat

if TYPE_CHECKING:
    from pipeline.ingest.builder import Block


class TextFormat(ArticleFormat):
    name: ClassVar[str] = "text"
    suffixes: ClassVar[frozenset[str]] = frozenset({".txt", ".text"})

    def blocks(self, text: str) -> list[Block]:
        from pipeline.ingest.plaintext import read_plaintext

        return read_plaintext(text)
