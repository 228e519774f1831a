"""Which texts of a file may hold a word or a pattern, found by searching them all at once.

A check that asks a question of each of a catalog's 6,000 texts, when the answer is nearly
always "nothing here", pays its call layers 6,000 times. Joined with newlines, the texts are
searched in C once, and only the texts where something was found are asked one by one.
Both searches answer a superset: every text the question could find something in, and
perhaps a few more, which the caller then asks as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import add

SEPARATOR = "\n"


def holding_words(texts: Sequence[str], words: frozenset[str], word: re.Pattern[str]) -> set[int]:
    """The indexes of `texts` that may have a token of `word` (a pattern that never matches
    a newline) whose case-folded form is one of `words`: every such text, and texts whose
    case-folded form merely contains one of `words` (inside a longer word).

    A token of a text is a token of the joined texts (a newline ends a match, and scanning
    resumes after it as at the start of a text), and `str.casefold` folds character by
    character, so a token's folded form is part of the folded text that holds it: the words
    the file has are found in one tokenisation, and only those are looked for text by text."""
    if not words:
        return set()
    present = words.intersection(map(str.casefold, word.findall(SEPARATOR.join(texts))))
    if not present:
        return set()  # most files: no text has any of the words
    return _containing(list(map(str.casefold, texts)), present)


def matching(texts: Sequence[str], pattern: re.Pattern[str]) -> set[int]:
    """`JoinedTexts(texts).matching(pattern)`."""
    return JoinedTexts(texts).matching(pattern)


class JoinedTexts:
    """A file's texts joined once, for the searches of several checks."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._joined = SEPARATOR.join(texts)
        self._starts = _starts(texts)

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """The indexes of the texts in which `pattern` finds a match. `pattern` must not
        match a newline, and its look-arounds and word boundaries must take one as they take
        the edge of a text (`\\b`, `(?<![\\w-])`): then a match in a text alone is one in the
        joined texts, found there (a match over a newline may add the text it begins in)."""
        joined, starts, last = self._joined, self._starts, len(self.texts) - 1
        found: set[int] = set()
        at = 0
        while at <= len(joined) and (match := pattern.search(joined, at)) is not None:
            index = min(bisect_right(starts, match.start()) - 1, last)
            if index < 0:
                break  # no texts: an empty match of the empty joined text
            found.add(index)
            at = starts[index + 1]  # the next text: one match is enough for this one
        return found


def _containing(texts: Sequence[str], needles: Iterable[str]) -> set[int]:
    """The indexes of `texts` that contain one of `needles` (none holds a newline)."""
    joined = SEPARATOR.join(texts)
    starts = _starts(texts)
    found: set[int] = set()
    for needle in needles:
        at = joined.find(needle)
        while at != -1:
            index = bisect_right(starts, at) - 1
            found.add(index)
            at = joined.find(needle, starts[index + 1])  # the next text: this one is found
    return found


def _starts(texts: Sequence[str]) -> list[int]:
    """Where each text begins in the joined texts, and one more past the end: the lengths
    before it, and a separator after each (summed in C: a catalog has thousands of texts)."""
    lengths = accumulate(map(len, texts), initial=0)
    return list(map(add, lengths, range(0, (len(texts) + 1) * len(SEPARATOR), len(SEPARATOR))))
