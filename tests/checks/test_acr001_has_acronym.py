"""ACR001's `has_acronym` (a case-blind literal, then the letter before it tested) finds what
the single pattern it replaced found: `(?<![A-Za-z\\u00c0-\\u024f])ACRONYM`, case-blind."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.checks.bilingual.ACR001 import has_acronym


def _old(acronym: str, text: str) -> bool:
    pattern = rf"(?<![A-Za-z\u00c0-\u024f]){re.escape(acronym)}"
    return re.search(pattern, text, re.IGNORECASE) is not None


# letters whose case-blind match reaches into the class from outside it or out of it
# (Kelvin sign, Ångström sign, capital sharp s, dotted and dotless i, long s, Latin Extended-C),
# CJK, digits, separators, and the acronyms' own letters
ALPHABET = list("aAbBsSkKiIlL1-'. _/") + list("\u212a\u212b\u1e9e\u0130\u0131\u017f\u2c65\u023a")
ALPHABET += list("なク\u0253\u0181æÆøØåÅ\u00b5\u039c")
ACRONYMS = ["SS", "AAA", "ABA", "KB", "IS", "URL", "ÆØ", "C++", "A.B", "SKI", "Å1"]


@pytest.mark.parametrize("acronym", ACRONYMS)
def test_same_as_the_look_behind_pattern_on_random_texts(acronym: str) -> None:
    rng = random.Random(acronym)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET + list(acronym)) for _ in range(rng.randint(0, 14)))
        assert has_acronym(acronym, text) == _old(acronym, text), (acronym, text)


@pytest.mark.parametrize(
    ("acronym", "text", "found"),
    [
        ("URL", "Ugyldig URL", True),
        ("URL", "SURL", False),  # after a Latin letter
        ("URL", "SURL og url", True),  # a later match counts
        ("RFC", "無効なRFC番号", True),
        ("CSV", "CSV-filen", True),
        ("AA", "xAAA", False),  # overlapping matches, each after a letter
        ("AA", "xAA AA", True),
        ("KB", "\u212ab", True),  # the Kelvin sign is a case-blind K
        ("KB", "\u212aKB", False),  # …and a letter before one
    ],
)
def test_examples(acronym: str, text: str, found: bool) -> None:
    assert has_acronym(acronym, text) is found
    assert _old(acronym, text) is found
