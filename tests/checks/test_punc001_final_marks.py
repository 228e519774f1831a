"""PUNC001's `final_marks` answers a text ending in a character its pattern cannot match
without trying the pattern, and tries it only from the run of such characters ending the
text: the same answers as trying it everywhere, which is the oracle here."""

from __future__ import annotations

import random
import re

from pipeline.checks.bilingual.PUNC001 import _END, _ENDING_CHARS, _MARKS, final_marks


def _by_pattern(text: str) -> str:
    """The pattern tried at every position of the text (the code before the shortcuts)."""
    found = _END.search(text)
    return (found.group(1) + found.group(2)) if found else ""


def test_the_patterns_white_space_is_str_isspace() -> None:
    space = re.compile(r"\s")
    for code in range(0x110000):
        char = chr(code)
        assert (space.fullmatch(char) is not None) == char.isspace(), hex(code)


def test_every_last_character() -> None:
    # planes 0-2 hold every assigned white space and punctuation mark
    for code in range(0x30000):
        char = chr(code)
        assert final_marks(f"Gem filen{char}") == _by_pattern(f"Gem filen{char}"), hex(code)
    for char in [*_ENDING_CHARS, *(chr(c) for c in range(0x3001) if chr(c).isspace())]:
        for text in (char, f"Er du sikker?{char}", f"»Nej.«{char}", "x" * 40 + f".{char}"):
            assert final_marks(text) == _by_pattern(text), (hex(ord(char)), text)


def test_random_texts_of_marks_quotes_spaces_and_letters() -> None:
    alphabet = [*_MARKS, *_ENDING_CHARS, " ", "\n", "\t", "\u00a0", "\u3000", "a", "Å", "1", "%"]
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        assert final_marks(text) == _by_pattern(text), repr(text)


def test_examples() -> None:
    assert final_marks("Er du sikker?") == "?"
    assert final_marks("»Nej.«") == "."
    assert final_marks("Vent...") == "..."
    assert final_marks("Gem filen") == ""
    assert final_marks("") == ""
