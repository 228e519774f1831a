"""WS003's separator-first patterns match in the same texts as the letter-first ones they
replace, and a text its glued pattern matches in has a separator between letters."""

from __future__ import annotations

import random
import re

from pipeline.checks.bilingual.WS003 import _AFTER_LETTER, _BETWEEN_LETTERS, _GLUED, _SPACED

PIECES = ["fil", ",", ";", ":", " ", "\u00a0", "1", "_", "é", "Å", "ø", "\n", "CD", "%s", "-", "a"]


def texts() -> list[str]:
    rng = random.Random(3)
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 10))) for _ in range(5000)]


def test_the_patterns_match_in_the_same_texts_as_the_letter_first_ones() -> None:
    letter_first_spaced = {p: re.compile(rf"[^\W\d_]{re.escape(p)}[ \u00a0]") for p in ",;:"}
    letter_first = {p: re.compile(rf"[^\W\d_]{re.escape(p)}") for p in ",;:"}
    matched = 0
    for text in texts():
        for p in ",;:":
            spaced = letter_first_spaced[p].search(text) is not None
            assert (_SPACED[p].search(text) is not None) == spaced, (p, text)
            after = letter_first[p].search(text) is not None
            assert (_AFTER_LETTER[p].search(text) is not None) == after, (p, text)
            matched += spaced
    assert matched > 100


def test_a_glued_word_has_a_separator_between_letters() -> None:
    glued_texts = 0
    for text in texts():
        for p in ",;:":
            if _GLUED[p].search(text):
                glued_texts += 1
                assert _BETWEEN_LETTERS[p].search(text), (p, text)
            else:
                assert not _BETWEEN_LETTERS[p].search(text), (p, text)
    assert glued_texts > 100
