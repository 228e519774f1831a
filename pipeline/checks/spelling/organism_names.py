"""A hyphenated name of a virus or bacterium with Latin parts ("varicella-zoster-virus").

Danish writes the organism's Latin name and its kind with hyphens (sundhed.dk:
"varicella-zoster-virus", "streptococcus-bakterier"). hunspell-da knows the kind ("virus",
"bakterier") but not the Latin, and SPELL001 accepts a hyphenated word only when every part
is known, so the name was reported as unknown. A part is taken as the Latin of a name when the
English dictionary (which lists the Latin of medicine: "varicella", "streptococcus") knows it
and it has a Latin ending; an English word without one ("cold-sore-virus") is still reported,
and so is a slip in the Latin ("varicela-zoster-virus"), which no dictionary knows.
"""

from __future__ import annotations

import re

from pipeline.checks.speller import Speller

# the kind of organism that ends the name, in any inflection: virus, virusset, bakterier, …
_KIND = re.compile(r"(?:virus|bakterie|bacille|svamp|parasit)\w*", re.IGNORECASE)
_LATIN_ENDING = re.compile(r"(?:a|ae|us|um|is|ex|ix|er|es|i|on)$", re.IGNORECASE)
MIN_LATIN = 4


def organism_name(word: str, speller: Speller, english: Speller | None) -> bool:
    """`word` is Latin parts and a Danish word for the kind of organism, hyphenated."""
    *names, kind = word.split("-")
    if not names or not _KIND.fullmatch(kind) or not speller.accepts(kind):
        return False
    return all(
        speller.accepts(name)
        or (
            english is not None
            and len(name) >= MIN_LATIN
            and name.isalpha()
            and _LATIN_ENDING.search(name) is not None
            and english.accepts(name)
        )
        for name in names
    )
