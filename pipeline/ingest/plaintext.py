"""Plain-text articles: blank-line blocks; a short line before a paragraph is a heading."""

from __future__ import annotations

import re

from pipeline.ingest.boilerplate import boilerplate_label
from pipeline.ingest.builder import Block

_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+")
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 100
# A heading may be a question ("Hvad er feber?"); a short line over a paragraph that ends in
# any of these is a sentence of its own, not the next paragraph's heading.
_NO_HEADING_ENDS = (".", ",", ";", ":")
_SENTENCE_ENDS = (*_NO_HEADING_ENDS, "!", "?")


def split_blocks(text: str) -> list[Block]:
    """Blocks of consecutive non-blank lines, with their source offsets. A boilerplate line
    ("Del på Facebook", "Anonim") is a block of its own even without blank lines around it, as
    scraped pages glue such lines to the text. A line also starts a block of its own when the
    line before it ends a paragraph (see `_ends_paragraph`): text copied from a web page or a
    word processor has one paragraph per line and no blank lines between them."""
    blocks: list[Block] = []
    offset = 0
    current: tuple[int, int] | None = None
    previous = ""
    for line in text.split("\n"):
        start, end = offset + len(line) - len(line.lstrip()), offset + len(line.rstrip())
        alone = bool(line.strip()) and boilerplate_label(line) == "boilerplate"
        if current is not None and (
            alone or not line.strip() or _ends_paragraph(previous, line.strip())
        ):
            blocks.append(Block("paragraph", text[current[0] : current[1]], *current))
            current = None
        if alone:
            blocks.append(Block("paragraph", text[start:end], start, end))
        elif line.strip():
            current = (current[0] if current else start, end)
        offset += len(line) + 1
        previous = line.strip()
    if current is not None:
        blocks.append(Block("paragraph", text[current[0] : current[1]], *current))
    return blocks


def _ends_paragraph(line: str, following: str) -> bool:
    """True when `line` is a paragraph's last line and `following` starts the next one: text
    copied from a web page or a word processor has one paragraph per line and no blank lines
    between them, while a hard-wrapped paragraph breaks its lines inside sentences ("…
    kontakt din\nlæge"). The next line must open with a capital, a digit, a bullet or a
    quotation mark (or be a whole paragraph in lower case under a heading: see
    `_heading_over_lower_case`), and `line` must end a sentence (. ! ? :, or a closing
    quote or bracket after one), or be a short line without end punctuation (a heading) over
    a line that is no such short line itself (a paragraph): a run of short lines (a list of
    names, an address) stays one block."""
    if not line or not following:
        return False
    first = following[0]
    if first.islower():
        return _heading_over_lower_case(line, following)
    if not (first.isupper() or first.isdigit() or first in '-*•–"»”“„(['):
        return False
    last = line.rstrip("\"»«”“’')]*")[-1:] or line[-1]
    if last in ".!?:":
        return True
    return (
        _short(line, _SENTENCE_ENDS)
        and last not in ",;-–"
        and not _short(following, _SENTENCE_ENDS)
    )


def _heading_over_lower_case(line: str, following: str) -> bool:
    """A heading over a paragraph that lost its capital ("Reducer dit natriumindtag" /
    "store mængder salt forbruges …"): a short line without end punctuation over a line at
    least twice as long that is a whole sentence or more, as a one-line paragraph is. The
    lines of a hard-wrapped paragraph are of about one length, so its break inside a
    sentence ("… kontakt din" / "læge, hvis …") stays inside the block."""
    last = line.rstrip("\"»«”“’')]*")[-1:] or line[-1]
    return (
        _short(line, _SENTENCE_ENDS)
        and last not in ",;-–"
        and not _short(following, _SENTENCE_ENDS)
        and following.endswith((".", "!", "?"))
        and len(following) >= 2 * len(line)
    )


def _short(line: str, endings: tuple[str, ...]) -> bool:
    """At most a heading's length, and not ending in one of `endings`."""
    return (
        len(line) <= _MAX_HEADING_CHARS
        and len(line.split()) <= _MAX_HEADING_WORDS
        and not line.endswith(endings)
    )


def _split_list(block: Block) -> list[Block]:
    """A block whose every line is a bullet or numbered item becomes one block per item."""
    lines = block.text.split("\n")
    if not all(_BULLET.match(line) for line in lines):
        return [block]
    items: list[Block] = []
    offset = block.start
    for line in lines:
        marker = _BULLET.match(line)
        assert marker is not None
        start = offset + marker.end()
        end = offset + len(line.rstrip())
        items.append(
            Block("paragraph", line[marker.end() : len(line.rstrip())], start, end, list_item=True)
        )
        offset += len(line) + 1
    return items


def _heading_like(block: Block) -> bool:
    text = block.text
    return "\n" not in text and not _BULLET.match(text) and _short(text, _NO_HEADING_ENDS)


def read_plaintext(text: str) -> list[Block]:
    blocks = split_blocks(text)
    content = [b for b in blocks if boilerplate_label(b.text) is None]
    if content and _heading_like(content[0]):
        content[0].kind = "title"
    # A heading is a short line followed by a paragraph, or by another heading (an empty
    # section); a question line is a heading only when a paragraph follows it. A short last
    # line is a sign-off or a repeated title, not a heading.
    for i, block in enumerate(content):
        if block.kind == "title" or not _heading_like(block):
            continue
        following = content[i + 1] if i + 1 < len(content) else None
        if following is None:
            continue
        if not _heading_like(following) or len(following.text) > 2 * len(block.text):
            block.kind = "heading"
        elif not block.text.endswith(("?", "!")):
            block.kind = "heading"  # heading followed by a heading: an empty section
    result: list[Block] = []
    for block in blocks:
        result.extend(_split_list(block) if block.kind == "paragraph" else [block])
    return result
