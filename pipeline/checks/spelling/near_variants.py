"""A one-off misspelling of a word the article uses several times ("Kurkemeje" once beside
"gurkemeje" eight times): the typos a machine-translation site leaves, which the spelling
key of SPELL003 does not fold together because they differ by a letter, not by a Danish,
Latin or English way of writing it.

Only edits a typist or a translation engine makes count: a letter dropped or added inside
the word, two neighbouring letters swapped, or a voiced consonant for its voiceless twin
(g/k, b/p, d/t, v/f); not the negating prefix u- ("uudfyldt" beside "udfyldt"). The last two
letters are never compared this way, as inflection changes them ("tromben"/"trombin" are
different words, "leukæmi"/"leukæmien" one word).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.checks.mechanics.words import tokens
from pipeline.checks.speller import Speller
from pipeline.core.models import Document, Segment

_TWINS = frozenset({("g", "k"), ("b", "p"), ("d", "t"), ("v", "f")})
MIN_LENGTH = 6
# The article's word must be used this often, so that the one-off is the odd one out.
MIN_USES = 2
_INFLECTED_TAIL = 2


def near_misspellings(
    document: Document, speller: Speller, english: Speller | None
) -> Iterator[tuple[Segment, int, int, str, int]]:
    """Each one-off word the dictionary does not know that is one typing slip away from a
    word the article uses at least MIN_USES times and the dictionary knows: (segment, start,
    end, the article's word in the one-off's case, how often the article uses it)."""
    found: list[tuple[Segment, int, int, str]] = []
    for segment in document.content_segments():
        for token in tokens(segment.text):
            if token.text.isalpha() and not token.text.isupper():
                found.append((segment, token.start, token.end, token.text))
    uses = Counter(text.lower() for *_, text in found)
    frequent = [
        word for word, count in uses.items() if count >= MIN_USES and len(word) >= MIN_LENGTH
    ]
    frequent = [word for word in frequent if speller.known(word)]
    for segment, start, end, text in found:
        lower = text.lower()
        if uses[lower] != 1 or len(lower) < MIN_LENGTH or lower in frequent:
            continue
        if speller.known(text) or speller.known(lower):
            continue
        if english is not None and english.known(lower):
            continue
        matches = [word for word in frequent if one_slip(lower, word)]
        if len(matches) == 1:
            word = matches[0]
            cased = word[0].upper() + word[1:] if text[0].isupper() else word
            yield segment, start, end, cased, uses[word]


def one_slip(typed: str, word: str) -> bool:
    """`typed` is `word` with one slip before its last two letters (see the module doc)."""
    if typed[-_INFLECTED_TAIL:] != word[-_INFLECTED_TAIL:]:
        return False
    if len(typed) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diffs) == 1:
            a, b = typed[diffs[0]], word[diffs[0]]
            return (a, b) in _TWINS or (b, a) in _TWINS
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and typed[diffs[0]] == word[diffs[1]]
            and typed[diffs[1]] == word[diffs[0]]
        )
    shorter, longer = sorted((typed, word), key=len)
    if len(longer) - len(shorter) != 1 or longer == "u" + shorter:
        return False  # "uudfyldt" is "udfyldt" negated, not misspelt
    return any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer) - _INFLECTED_TAIL)
    )
