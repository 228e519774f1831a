"""LineIndex: character offsets to 1-based line:column, checked against a plain count."""

from __future__ import annotations

import pytest

from pipeline.core.positions import LineIndex

TEXTS = [
    "",
    "\n",
    "\n\n\n",
    "Muskeltrækninger",
    "Muskeltrækninger\n\nSymptomer:\n- kramper\n",
    "a\nb\nc",
    "æøå\n\n\nÆØÅ\n",
]


def _oracle(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize("text", TEXTS)
def test_every_offset_as_a_plain_count_places_it(text: str) -> None:
    index = LineIndex(text)
    assert index.line_count == text.count("\n") + 1
    for offset in range(len(text) + 1):
        assert index.position(offset) == _oracle(text, offset)
    for line in range(1, index.line_count + 1):
        assert index.position(index.line_start(line)) == (line, 1)


def test_a_span_reads_both_ends() -> None:
    text = "Titel\n\nFørste linje\nanden"
    span = LineIndex(text).span(text.index("linje"), len(text))
    assert (span.line, span.column, span.end_line, span.end_column) == (3, 8, 4, 6)
    assert (span.start, span.end) == (text.index("linje"), len(text))
