"""An indefinite noun phrase opened before two nouns that fits their compound as a whole.

"et alvorligt hjerte anfald", "akut lunge betændelse", "en psoriasis shampoo": machine
translation splits compounds inside noun phrases as often as bare ones, and a determiner or
adjective before the pair is no sign of two words when it agrees with the compound (its
head, the second word) and not only with the first word. The exceptions are noun phrases of
their own: a noun of kind or measure before a bare noun ("en type medicin", "et glas vand"),
a genitive ("en funktions begyndelse"), an apposition after a definite article ("den
naturlige plante gurkemeje") and a possessive ("årsagen til din høfeber pelsdyr").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.checks.grammar.readings import GENDERS, any_pos, chosen_is
from pipeline.ingest.morphology import Reading, Token

if TYPE_CHECKING:
    from pipeline.checks.grammar.compounds import Pair

# Nouns of quantity that take a bare plural after them, a noun phrase of two words, not a
# compound: "en stigning i antal operationer", "række symptomer", "mængde patienter".
QUANTITY = frozenset(
    {"antal", "række", "mængde", "masse", "flertal", "mindretal", "halvdel", "snes", "dusin"}
)
# Nouns of kind, measure and amount that take a bare noun after them in a noun phrase of two
# words: "en type medicin", "et glas vand", "en stor mængde insulin", "et lille stykke tarm".
MEASURE = QUANTITY | frozenset(
    [
        "type",
        "form",
        "slags",
        "art",
        "sort",
        "del",
        "gruppe",
        "stykke",
        "portion",
        "dosis",
        "dosering",
        "glas",
        "kop",
        "ske",
        "spiseske",
        "teske",
        "flaske",
        "pakke",
        "pose",
        "skive",
        "liter",
        "gram",
        "kilo",
        "procent",
        "tablet",
        "kapsel",
        "håndfuld",
    ]
)
_NUMBERS = {"sg": {"sg"}, "pl": {"pl"}, "sp": {"sg", "pl"}}


def opened(pair: Pair, readings: list[Reading], known: Callable[[str], bool]) -> bool:
    """An indefinite noun phrase opened before the pair that fits the compound as a whole:
    an indefinite determiner or a strong adjective agreeing with the compound, not only with
    the first word ("en aorta aneurisme", "hver angst problematik", "akut lunge betændelse").
    Both words nouns in every reading, the second indefinite, the first simple and no
    genitive ("en funktions begyndelse") nor a noun of kind or measure ("en type medicin"), and no
    definite determiner before an adjective: "den naturlige plante gurkemeje" names the plant."""
    tokens, i = pair.analysed.tokens, pair.index
    first, second = pair.first, pair.second
    if i == 0 or not tokens[i - 1].surface.isalpha():
        return False
    word = first.surface.casefold()
    if len(word) < 2 or word in MEASURE or any(r.compound for r in first.readings):
        return False
    if word.endswith("s") and known(word[:-1]):
        return False  # a genitive: "i en funktions begyndelse", "for en sikkerheds skyld"
    if any(r.has("def") or r.compound for r in second.readings):
        return False  # a definite head, or a word the analyser knows only by its parts
    if not _noun_or_imperative(first) or (second.known and not _noun_or_imperative(second)):
        return False  # also an infinitive or an adjective: "en kæmpe omvæltning"
    before = tokens[i - 1]
    if chosen_is(before, "adj"):
        opener = [r for r in before.readings if r.pos == "adj" and r.has("ind")]
        if i > 1 and _definite(tokens[i - 2]):
            return False  # "den naturlige plante gurkemeje": a definite phrase, an apposition
    else:
        determiners = [r for r in before.readings if r.pos == "det"]
        if not determiners or any(not (r.has("ind") or r.has("qnt")) for r in determiners):
            return False
        opener = determiners
    return bool(opener) and _same_agreement(opener, first.readings, readings)


def _noun_or_imperative(token: Token) -> bool:
    """Every reading a noun or an imperative, which cannot follow a determiner ("kost")."""
    return any_pos(token, "n") and all(r.pos == "n" or r.has("imp") for r in token.readings)


def _definite(token: Token) -> bool:
    """A definite article, demonstrative or possessive ("den", "denne", "din")."""
    return any(
        r.pos in ("det", "prn") and (r.has("def") or r.has("dem") or r.has("pos"))
        for r in token.readings
    )


def _agrees(opener: Reading, noun: Reading) -> bool:
    """Number and gender of a determiner or adjective fit the noun's (an untagged one fits)."""
    numbers = {n for t in opener.tags for n in _NUMBERS.get(t, ())}
    if numbers and not numbers & {n for t in noun.tags for n in _NUMBERS.get(t, ())}:
        return False
    genders = {t for t in opener.tags if t in GENDERS}
    return not genders or bool(genders & set(noun.tags))


def _same_agreement(
    opener: list[Reading], first: tuple[Reading, ...], compound: list[Reading]
) -> bool:
    """The opener fits the compound, and the first word only where it fits the compound too
    (the same gender and number: "en familie historie")."""
    fits_compound = any(_agrees(o, r) for o in opener for r in compound)
    fits_first_only = any(
        _agrees(o, f) and not any(_agrees(o, r) for r in compound) for o in opener for f in first
    )
    return fits_compound and not fits_first_only
