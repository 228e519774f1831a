"""A lower-case acronym in brackets after the term it shortens ("hjertekardiogram (ekg)").

Danish spelling allows the acronyms of common nouns in lower case (Retskrivningsordbogen:
"ekg" beside "EKG"), and hunspell-da has them in capitals only. Brackets right after a term
are where a text introduces its short form, so there the lower-case letters are that acronym.
"""

from __future__ import annotations

from pipeline.checks.speller import Speller

MAX_ACRONYM = 5


def bracketed_acronym(word: str, text: str, start: int, end: int, speller: Speller) -> bool:
    """`word` (at text[start:end]) stands alone in brackets, in lower case, and its capitals
    are a dictionary entry of their own: "(ekg)" (EKG). Elsewhere a lower-case string of an
    acronym's letters is as often a word cut off ("tr") or page furniture ("ouh"), and "Ekg"
    is no form of either; SPELL001 still reports those."""
    if not (word.isalpha() and word.islower() and len(word) <= MAX_ACRONYM):
        return False
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    acronym = word.upper()
    return speller.known(acronym) and acronym in speller.stems(acronym)
