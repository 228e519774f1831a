"""Nouns next to each other that belong to two phrases, not to one compound written apart.

A bare subject after its verb before the noun of a verb phrase with its own preposition
("Overordnet har jern betydning for vitaliteten"), and the noun of a fixed prepositional
phrase whose closing preposition a writer left out ("på grund jernmangel"), stand before a
noun in native Danish; joining them makes no word (jernbetydning, grundjernmangel).
"""

from __future__ import annotations

from pipeline.ingest.morphology import Token

# Nouns of verb phrases with the prepositions they govern ("have betydning for", "have
# effekt på", "have brug for"): after a verb and a bare subject they open the object.
_GOVERNED = {
    "betydning": ("for",),
    "indflydelse": ("på",),
    "effekt": ("på",),
    "virkning": ("på",),
    "brug": ("for",),
    "behov": ("for",),
    "gavn": ("af",),
    "glæde": ("af",),
    "ret": ("til",),
    "adgang": ("til",),
}
# Prepositions and nouns of fixed phrases closed by a preposition ("på grund af", "i stedet
# for"), which stand before a noun when a writer leaves the last preposition out.
_FIXED_PHRASES = frozenset(
    (p, n)
    for p, nouns in (
        ("på", "grund trods baggrund basis"),
        ("ved", "hjælp"),
        ("i", "forhold tilfælde form stedet løbet"),
        ("med", "hensyn"),
    )
    for n in nouns.split()
)


def inverted_subject(tokens: tuple[Token, ...], i: int) -> bool:
    """The pair is a subject after its verb and the noun of a verb phrase with its own
    preposition ("Overordnet har jern betydning for vitaliteten", "Derfor har motion
    effekt på humøret"): the second word opens the object, not a compound's head."""
    if i == 0 or i + 2 >= len(tokens):
        return False
    verb, second, after = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    if verb.chosen is None or not verb.chosen.pos.startswith("vb"):
        return False
    governed = _GOVERNED.get(second.surface.casefold())
    return governed is not None and after.surface.casefold() in governed


def fixed_phrase_noun(tokens: tuple[Token, ...], i: int) -> bool:
    """The first word is the noun of a fixed prepositional phrase after its preposition
    ("på grund af", "ved hjælp af", "i forhold til"), whose closing preposition a writer
    left out ("på grund jernmangel"): no first part of a compound."""
    if i == 0:
        return False
    preposition = tokens[i - 1].surface.casefold()
    return (preposition, tokens[i].surface.casefold()) in _FIXED_PHRASES
