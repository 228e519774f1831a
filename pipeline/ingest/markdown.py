"""Markdown articles through markdown-it-py: `#` headings, paragraphs and list items."""

from __future__ import annotations

from typing import Any

from pipeline.core.errors import InputError
from pipeline.ingest.builder import Block

# markdown-it stops reading inside quotes and lists nested this deep and drops their text
# without a word (its default is 20); an article never nests so deep, so deeper nesting is
# refused at its line rather than checked as if it were not there.
MAX_NESTING = 100
_CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open"})


def _line_offsets(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    starts.append(len(text))
    return starts


def _inline_text(token: Any) -> str:
    """Plain text of an inline token: markup removed, link text kept, soft breaks as spaces."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak" or child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def _align(text: str, source: str, start: int, limit: int) -> list[int]:
    """Source offset of each character of `text`, found in order within source[start:limit]."""
    offsets: list[int] = []
    cursor = start
    for ch in text:
        found = source.find(ch, cursor, limit)
        if ch == "\n" and found < 0:
            found = -1
        if found < 0:
            offsets.append(min(cursor, max(limit - 1, start)))
        else:
            offsets.append(found)
            cursor = found + 1
    return offsets


def read_markdown(text: str) -> list[Block]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).parse(text)
    for token in tokens:
        if token.type in _CONTAINERS and token.level >= MAX_NESTING - 1:
            line = token.map[0] + 1 if token.map else None
            raise InputError(
                f"quotes or lists nested more than {MAX_NESTING - 1} deep: the text inside "
                "would not be read",
                None,
                line,
            )
    lines = _line_offsets(text)
    blocks: list[Block] = []
    in_list_item = 0
    pending: str | None = None
    level = 0
    for token in tokens:
        if token.type == "list_item_open":
            in_list_item += 1
        elif token.type == "list_item_close":
            in_list_item -= 1
        elif token.type == "heading_open":
            pending, level = "heading", int(token.tag[1:])
        elif token.type == "paragraph_open":
            pending = "paragraph"
        elif token.type == "inline" and pending is not None and token.map:
            plain = _inline_text(token).strip()
            if plain:
                first, last = token.map
                offsets = _align(plain, text, lines[first], lines[min(last, len(lines) - 1)])
                kind = pending
                if kind == "heading" and level == 1 and not blocks:
                    kind = "title"
                blocks.append(
                    Block(
                        kind,
                        plain,
                        offsets[0],
                        offsets[-1] + 1,
                        offsets=offsets,
                        list_item=kind == "paragraph" and in_list_item > 0,
                    )
                )
            pending = None
    return blocks
