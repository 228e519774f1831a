"""Plain text and Markdown pass the article format contract."""

from __future__ import annotations

from pipeline.formats.markdown import MarkdownFormat
from pipeline.formats.text import TextFormat
from tests.formats.contract import ArticleContract


class TestTextFormat(ArticleContract):
    FormatClass = TextFormat
    suffix = ".txt"

    def article(self, title: str, paragraphs: list[str]) -> str:
        return "\n\n".join([title, *paragraphs]) + "\n"


class TestMarkdownFormat(ArticleContract):
    FormatClass = MarkdownFormat
    suffix = ".md"

    def article(self, title: str, paragraphs: list[str]) -> str:
        return "\n\n".join([f"# {title}", *paragraphs]) + "\n"
