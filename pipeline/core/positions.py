"""Maps character offsets in a source text to 1-based line:column positions."""

from __future__ import annotations

from bisect import bisect_right

from pipeline.core.models import Span


class LineIndex:
    """Offset → (line, column) lookups in O(log lines)."""

    def __init__(self, text: str) -> None:
        # str.find jumps from line to line in C: a character-by-character loop cost 0.3 ms
        # for a 3 KB article, built twice per checked text (ingest and the checks' context)
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(
            line=line, column=column, end_line=end_line, end_column=end_column, start=start, end=end
        )
