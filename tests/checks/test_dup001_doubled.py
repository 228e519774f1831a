"""DUP001's `_doubled` reads a token's end punctuation only when the token, case-folded,
starts with the previous word case-folded: the same doublings as reading every token's."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.DUP001 import (
    _GAP,
    _WORD,
    _doubled,
    _is_word,
    _without_end_punctuation,
)

PIECES = ["de", "De", "DE", " ", "\u00a0", "\n", ".", ",", "ß", "SS", "ss", "straße", "STRASSE",
          "a", "A", "1", "!", "é", "É", "ﬁ", "FI"]  # fmt: skip


def every_token(text: str) -> Iterator[tuple[int, int, int]]:
    """`_doubled` as it read before: every token's end punctuation read."""
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text):
        word = _without_end_punctuation(match.group())
        if (
            previous is not None
            and word.casefold() == previous.group().casefold()
            and _GAP.fullmatch(text, previous.end(), match.start())
            and _is_word(word)
        ):
            yield previous.start(), match.start(), match.start() + len(word)
            previous = None
            continue
        previous = match


def test_the_same_doublings_as_reading_every_token() -> None:
    rng = random.Random(2)
    doubled = 0
    for _ in range(50_000):
        text = "".join(rng.choices(PIECES, k=rng.randint(0, 9)))
        expected = list(every_token(text))
        assert list(_doubled(text)) == expected, text
        doubled += bool(expected)
    assert doubled > 100
    assert list(_doubled("Slet de de valgte")) == [(5, 8, 10)]
