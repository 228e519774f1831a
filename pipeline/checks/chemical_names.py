"""Names of chemical compounds that no dictionary lists: natural compounds, salts and radicals.

Nutrition and pharmacology texts name compounds by chemistry's rules, out of morphemes no
dictionary has on their own: "epigallocatechingallat" (epi + gallo + catech + in + gall + at),
"flavanoler" (flav + an + ol), "curcuminoider" (curcum + in + oid). A word made only of the
prefixes, stems and endings of ``data/chemical_morphemes.txt``, with a Danish noun's
inflection, is such a name (`chemical_name`); so is a salt closed of a cation and an anion of
``data/salts.txt`` ("zinkgluconat", "magnesiumcitrat"), a radical before a known word
("salicylsalve", "benzoylperoxid"), and any of these, or a known chemical noun, before a known
word ("epicatechinkoncentrationerne", "curcumintilskud", "karbamidperoxid"). The stems are the
names of compound classes and their sources, four letters or more, so an everyday word is not
cut into them by chance; danish_words.py rejects a name one slip away from a dictionary word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

Known = Callable[[str], bool]

# A Danish noun's inflection after a compound's name: catechin, catechinen, catechiner.
_INFLECTION = ("", "en", "ens", "er", "erne", "ernes", "ers", "et", "s")
MAX_ENDINGS = 3
MIN_HEAD = 4
MIN_NAME = 6
# Chemical radicals Danish writes closed before a known word ("salicylsalve", "methylcellulose").
_RADICALS = (
    "salicyl", "acetyl", "metyl", "methyl", "etyl", "ethyl", "benzyl", "benzoyl", "fenyl",
    "phenyl", "hydroxy", "amino", "nitro", "fluor", "klor", "chlor",
)  # fmt: skip
# Endings of the names of chemical compounds: a known noun with one of them names a compound
# ("karbamid", "peroxid", "sulfat") that closes with a known word as a modifier does.
_CHEMICAL_ENDINGS = ("id", "at", "ol", "in", "yl", "oid", "an", "on")


def _data(name: str) -> dict[str, set[str]]:
    """Each kind of a data file of word, kind lines, with its words."""
    text = resources.files("pipeline.checks").joinpath(f"data/{name}").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2:
            kinds.setdefault(fields[1], set()).add(fields[0])
    return kinds


@cache
def morphemes() -> dict[str, set[str]]:
    """The prefixes, stems and endings of data/chemical_morphemes.txt, by kind."""
    return _data("chemical_morphemes.txt")


@cache
def salt_kinds() -> dict[str, str]:
    """Each salt or form of data/salts.txt and its kind (cation, anion, hydrate); the one
    reader of that file, for grammar/salt_compounds.py too."""
    return {word: kind for kind, words in _data("salts.txt").items() for word in words}


@cache
def salts() -> dict[str, set[str]]:
    """The cations, anions and hydrates of data/salts.txt, by kind."""
    return _data("salts.txt")


@cache
def _name_body(body: str) -> bool:
    """`body` is one or more units of prefixes, a stem and up to three endings."""
    if not body:
        return False
    kinds = morphemes()
    for end in range(1, len(body) + 1):
        piece = body[:end]
        if piece in kinds.get("prefix", ()) and _name_body(body[end:]):
            return True
        if piece in kinds.get("stem", ()) and _after_stem(body[end:], 0):
            return True
    return False


def _after_stem(rest: str, endings: int) -> bool:
    """`rest` is one or more endings, then nothing or another unit of the name."""
    if endings >= MAX_ENDINGS:
        return False
    for ending in morphemes().get("ending", ()):
        if rest.startswith(ending):
            after = rest[len(ending) :]
            if not after or _after_stem(after, endings + 1) or _name_body(after):
                return True
    return False


def chemical_name(word: str) -> bool:
    """`word` (lower case) is made of the morphemes of data/chemical_morphemes.txt, with a
    Danish noun's inflection: "catechin", "epicatechiner", "epigallocatechingallat"."""
    return len(word) >= MIN_NAME and any(
        word.endswith(tail) and _name_body(word[: len(word) - len(tail)] if tail else word)
        for tail in _INFLECTION
    )


def salt_name(word: str) -> bool:
    """A cation closed with an anion of data/salts.txt, perhaps with a hydrate after it:
    "zinkglukonat", "magnesiumcitrat", "calciumcarbonatdihydrat"."""
    kinds = salts()
    for cation in kinds.get("cation", ()):
        rest = word[len(cation) :]
        if word.startswith(cation) and any(
            rest == anion or (rest.startswith(anion) and rest[len(anion) :] in kinds["hydrate"])
            for anion in kinds.get("anion", ())
        ):
            return True
    return False


def radical_compound(word: str, known: Known) -> bool:
    """A chemical radical before a known word ("salicylsalve", "methylcellulose",
    "benzoylperoxid"), or before another radical and a known word ("acetylsalicylsyre")."""
    for radical in _RADICALS:
        rest = word[len(radical) :]
        if not word.startswith(radical) or len(rest) < MIN_HEAD:
            continue
        if known(rest) or radical_compound(rest, known):
            return True
    return False


def chemical_compound(word: str, known: Known) -> bool:
    """A compound's name before a known word: a name of `chemical_name` or `salt_name`
    ("epicatechinkoncentrationerne", "curcumintilskud"), or a known noun in a chemical ending
    ("karbamid" + "peroxid"), which the compounds of word_formation.py leave to the
    dictionary when the word is written in Latin letters ("carbamidperoxid")."""
    for end in range(MIN_NAME, len(word) - MIN_HEAD + 1):
        modifier, head = word[:end], word[end:]
        if not known(head):
            continue
        if chemical_name(modifier) or salt_name(modifier):
            return True
        if modifier.endswith(_CHEMICAL_ENDINGS) and known(modifier):
            return True
    return False


def chemical_word(word: str, known: Known) -> bool:
    """`word` (lower case) names a compound by one of the rules above."""
    return (
        chemical_name(word)
        or salt_name(word)
        or radical_compound(word, known)
        or chemical_compound(word, known)
    )
