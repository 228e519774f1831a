"""NUM001 reads dates only in a text with a digit before a separator or a month's
abbreviation: every date its pattern finds has one."""

from __future__ import annotations

import random

from pipeline.checks.bilingual.NUM001 import _DATE, _DATE_HINT, _date_spans

PIECES = ["12", "3", "2010", "99", "/", "-", ".", " ", ", ", "Jan", "Sept", "May", "Dec.", "x"]


def test_every_date_has_the_hint() -> None:
    rng = random.Random(5)
    dates = 0
    for _ in range(20_000):
        # dates and near dates: number, separator, number, separator, number; month names
        text = "".join(
            rng.choice(PIECES if i % 2 else PIECES[:4]) for i in range(rng.randint(0, 7))
        )
        spans = [m.span() for m in _DATE.finditer(text)]
        for start, end in spans:
            assert _DATE_HINT.search(text[start:end]), text
        assert _date_spans(text) == spans, text
        dates += bool(spans)
    assert dates > 20
