"""Danish words made from a person's name: eponymous diseases and compounds after a name.

hunspell-da knows the names of physicians as names, capitalised ("Parkinson", "Cushing").
Danish capitalises the name in the disease's full designation ("Parkinsons sygdom",
"Cushings syndrom"), but writes it in lower case where the name has become a common noun:
the disease itself in everyday use ("livet med parkinson", as Retskrivningsordbogen writes
"alzheimer" and "parkinson") and the first part of a compound ("parkinsonmedicin",
"cushingsyndrom"). A name counts as a disease's when the Danish ICD-10 designations (SKS, the
medical word list) name a disease after it with the genitive ("parkinsons"), so no other
lower-case name is excused.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.checks.word_formation import in_word_list

Known = Callable[[str], bool]

MIN_BASE = 4
MIN_NAME = 6  # the dictionary has many short names ("Bess", "Feldt", "Rett") that slips run into


def eponym_disease(word: str, spell: Known) -> bool:
    """`word` (lower case) is the name of a disease named after a person, written as Danish
    writes the disease in everyday use ("parkinson"): the dictionary (`spell`) has the name
    capitalised only, and SKS names a disease with its genitive ("Parkinsons sygdom")."""
    return (
        len(word) >= MIN_NAME
        and in_word_list(word + "s")
        and spell(word.capitalize())
        and not spell(word)
    )


def eponym_compound(word: str, known: Known, spell: Known) -> bool:
    """A compound after a name, which Danish writes in lower case: "parkinsonmedicin",
    "cushingsyndrom" (the dictionary knows Parkinson and Cushing only capitalised); with a
    linking -s- too ("alzheimerspatienter")."""
    for end in range(MIN_NAME, len(word) - MIN_BASE + 1):
        name, rest = word[:end], word[end:]
        if not spell(name.capitalize()) or spell(name):
            continue
        if known(rest) or (rest.startswith("s") and len(rest) > MIN_BASE and known(rest[1:])):
            return True
    return False
