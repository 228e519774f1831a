"""The joined searches find every text that a search of each text alone finds."""

from __future__ import annotations

import random
import re

from pipeline.glossary.form_index import WORD
from pipeline.text.joined_search import holding_words, matching

# Letters whose case folding is not their lower case (ß → ss, ſ → s, the Kelvin sign → k,
# İ → i + a combining dot), joiners of words, digits and newlines inside a text.
ALPHABET = [*"abkrsøæå", "ß", "ſ", "\u212a", "İ", "S", "K", "Ø", "-", "'", "’", "1", ".", " "]
ALPHABET += [" ", " ", "\n", "ss", "ab"]


def sample_texts(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 12))) for _ in range(count)]


def test_holding_words_keeps_every_text_with_such_a_word_and_only_texts_containing_one() -> None:
    rng = random.Random(3)
    reached = 0
    for _ in range(300):
        texts = sample_texts(rng, rng.randint(0, 30))
        tokens = sorted({t.casefold() for text in texts for t in WORD.findall(text)})
        words = frozenset([*rng.sample(tokens, min(len(tokens), 3)), "ss", "zz"])
        found = holding_words(texts, words, WORD)
        for index, text in enumerate(texts):
            if any(token.casefold() in words for token in WORD.findall(text)):
                assert index in found, (texts, words)
                reached += 1
            if index in found:
                assert any(word in text.casefold() for word in words), (text, words)
    assert reached > 300


def test_holding_words_of_a_file_without_those_words_is_empty() -> None:
    assert holding_words(["Gem filen", "Åbn"], frozenset({"nerve"}), WORD) == set()
    assert holding_words([], frozenset({"nerve"}), WORD) == set()
    assert holding_words(["Nerve"], frozenset(), WORD) == set()
    # no text has the word "nerve" ("nerve-smerter" is one word): none is kept
    assert holding_words(["Gem", "NERVE-smerter", "nerver"], frozenset({"nerve"}), WORD) == set()
    # one has: every text containing it is kept, "nerver" too, and no other
    assert holding_words(["Gem", "NERVE smerter", "nerver"], frozenset({"nerve"}), WORD) == {1, 2}


def test_matching_finds_the_texts_a_search_of_each_finds() -> None:
    rng = random.Random(5)
    patterns = [
        re.compile(r"\bab\b"),
        re.compile(r"(?<![\w-])(?:ab|s\s+k)(?![\w-])", re.IGNORECASE),
        re.compile("ss|ør|k1"),
        re.compile("(?!)"),
    ]
    for _ in range(300):
        texts = sample_texts(rng, rng.randint(0, 30))
        for pattern in patterns:
            expected = {i for i, text in enumerate(texts) if pattern.search(text)}
            found = matching(texts, pattern)
            # `s\s+k` may also match over the newline between two texts: only ever more
            assert expected <= found, (texts, pattern)
            if "\\s" not in pattern.pattern:
                assert found == expected, (texts, pattern)
