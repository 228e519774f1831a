"""Split compounds whose second word the Danish analyser does not know ("medie websteder",
"halsbrand triggere"): hunspell's stems decide.

Apertium's lexicon lacks many loanwords and clinical words that hunspell-da has ("websted",
"trigger"), and a compound of such a word is in neither lexicon as a word of its own, but
hunspell's compounding accepts it and names its last part as the stem. Two questions, both
answered from hunspell's stems:

- is the unknown word a noun form? Its base form, or a plural made of its stem with -er or,
  after a stem in -er, -e ("websted" → "websteder", "trigger" → "triggere"); not a verb's
  present tense ("replikere" → "replikerer"), and no base form with a verb's or an
  adjective's ending ("kontraindicere", "antiinflammatorisk");
- is the closed form a compound whose head is that word? hunspell knows the closed form and
  gives the second word's stem as its stem ("halsbrandtriggere": stem "trigger").

The pair stands bare, or after an indefinite determiner or adjective as in
`compounds.opened`, agreeing in number with the head (its base form is singular, its
plural form plural; with no gender known, only an opener without one fits).
"""

from __future__ import annotations

from pipeline.checks.grammar.compound_openers import MEASURE, opened
from pipeline.checks.grammar.compounds import Pair
from pipeline.checks.grammar.readings import only
from pipeline.checks.speller import Speller
from pipeline.ingest.morphology import Reading

# Base forms with these endings are more often a verb, an adjective or a participle.
_NOT_NOUN_BASE = ("ere", "ig", "isk", "lig", "ede", "ende", "et", "er", "te")


def noun_form(word: str, speller: Speller) -> bool:
    """`word` (lower case, unknown to the analyser) is a noun form by hunspell's stems."""
    if not word.isalpha() or not speller.known(word):
        return False
    stems = speller.stems(word)
    if word in stems:
        return len(stems) == 1 and not word.endswith(_NOT_NOUN_BASE)
    # every stem must make it a plural ("smallere" is also smal's comparative)
    return bool(stems) and all(
        (word == stem + "er" and not stem.endswith("e"))
        or (stem.endswith("er") and word == stem + "e")
        for stem in stems
    )


def closed_with_unknown_head(pair: Pair, speller: Speller, english: Speller | None) -> str | None:
    """The closed form of a pair whose second word neither the analyser nor English hunspell
    knows, after a noun, when hunspell reads it as a compound with that word as its head;
    the pair bare or opened by an indefinite determiner or adjective that agrees in number
    ("Nogle halsbrand triggere")."""
    first = pair.first
    if pair.second.known or not only(first, "n") or any(r.compound for r in first.readings):
        return None  # a verb ("brug piletaster"), or foreign on both sides ("spina bifida")
    if english is not None and english.known(pair.second.surface):
        return None  # an English word: "general logging", "image processing"
    if first.surface.casefold() in MEASURE:
        return None  # "en type nefritis", "dosis gentamicin"
    word = pair.second.surface.casefold()
    stems = speller.stems(word)
    number = "sg" if word in stems else "pl"
    head = [Reading(stem, ("n", number, "ind")) for stem in stems]
    if not pair.bare and not opened(pair, head, speller.known):
        return None
    for candidate in pair.candidates:
        if speller.known(candidate) and set(stems) & set(speller.stems(candidate)):
            return candidate
    return None
