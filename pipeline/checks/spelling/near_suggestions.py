"""Which of hunspell's suggestions are near enough to a word to be what its writer meant.

hunspell answers for any unknown word, and for a term no dictionary lists (a drug, a
chemical, a Latin anatomical name) its best answer is some other word that shares a few
letters: "Catechiner" → "Catherine", "varicella-zoster-virus" → "varicocele-zoster-virus",
"urinstix" → "urinstinkt". Shown to a medical editor as "did you mean …?" such an answer
discredits the finding. A typing slip is near its word: at most two edits (a letter left out,
added, changed, or two swapped: "kolsterol" → "kolesterol"), or letters left out of the word
only, which leaves it a subsequence of the suggestion with the same first letter ("autoim" →
"autoimmun", "lungebetænde" → "lungebetændelse", "hypotyrodisme" → "hypothyreoidisme").
Everything else is dropped from the message; the finding itself stays (the word is still
unknown), so which words are reported never depends on this module.

The distance is the optimal string alignment distance (Damerau–Levenshtein without
rearranging a substring twice). It is written here rather than imported: the library that
has it (rapidfuzz) costs 10 ms to import, a thirtieth of a cold check's budget, for words of
a dozen letters; tests/checks/test_near_suggestions.py compares ours with rapidfuzz's.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_EDITS = 2  # a slip: two keys wrong at most
MAX_LEFT_OUT = 4  # letters a writer may leave out of a long word ("hypot(h)yr(e)o(i)disme")


def osa_distance(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            row[j] = min(
                previous[j] + 1,
                row[j - 1] + 1,
                previous[j - 1] + (char_a != char_b),
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


def _letters_left_out(word: str, suggestion: str) -> bool:
    """`word` is `suggestion` with a few letters left out, its first letter kept."""
    if not word or word[0] != suggestion[0]:
        return False
    if not 0 < len(suggestion) - len(word) <= MAX_LEFT_OUT:
        return False
    rest = iter(suggestion)
    return all(char in rest for char in word)


def near(word: str, suggestion: str) -> bool:
    """`suggestion` is what a writer of `word` may have meant (case ignored)."""
    word, suggestion = word.casefold(), suggestion.casefold()
    return osa_distance(word, suggestion) <= MAX_EDITS or _letters_left_out(word, suggestion)


def near_suggestions(word: str, suggestions: Iterable[str]) -> list[str]:
    """`suggestions` in their order, without those too far from `word` to be its slip."""
    return [suggestion for suggestion in suggestions if near(word, suggestion)]
