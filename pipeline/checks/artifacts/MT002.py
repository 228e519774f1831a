from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Segment, Severity


class RepeatedTitle(Check):
    """The article title is repeated as a line of the text.

    Flags a line that repeats the title (ignoring case and spacing), typically at the end of
    a scraped or machine-translated page, whether the reader set it aside as a block of its
    own or it stands glued to the lines around it (a teaser above it, a video title below
    it). The fix deletes the repeat and keeps the title.

    It deliberately does not flag the title's words inside a sentence, nor a heading that
    only resembles the title.

    Anti-pattern: "Hvad er årsagerne til muskeltrækninger i benene?" as the last line again.
    Best practice: the title once, at the top.
    """

    code = "MT002"
    name = "artifacts.repeated-title"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.noncontent:
            if segment.label == "repeated-title":
                yield self._repeat(ctx, segment, 0, len(segment.text))
        title = ctx.document.title
        if title is None:
            return
        key = _normalise(title.text)
        for segment in ctx.document.content_segments():
            if segment is title:
                continue
            for start, end in _whole_lines(ctx.document.source_text, segment):
                if _normalise(segment.text[start:end]) == key:
                    yield self._repeat(ctx, segment, start, end)

    def _repeat(self, ctx: CheckContext, segment: Segment, start: int, end: int) -> Finding:
        line = ctx.index.position(segment.source_offset(start))[0]
        return self.finding(
            ctx,
            segment,
            start,
            end,
            f"the title '{segment.text[start:end]}' is repeated at line {line}; delete the repeat",
            suggestion="",
        )


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _whole_lines(source: str, segment: Segment) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets in `segment.text` of its parts that are whole source lines."""
    start = 0
    for part in segment.text.split("\n"):
        end = start + len(part)
        first, last = segment.source_offset(start), segment.source_offset(end)
        at_start = first == 0 or source[first - 1] == "\n"
        at_end = last >= len(source) or source[last] in "\r\n"
        if part.strip() and at_start and at_end:
            yield start, end
        start = end + 1
