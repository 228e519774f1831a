from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    determining,
    is_word,
    noun_gender,
    nounlike,
    singular_indefinite_noun,
    weak_adjective,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Verbs after which an adjective is predicative ("de bliver syge vinter efter vinter"), so a
# noun after it does not belong to the adjective.
_COPULAS = frozenset({"være", "blive", "forblive", "virke", "føle", "synes", "se", "sig"})
_APOSTROPHES = frozenset({"'", "’", "´", "`"})


class DefiniteAdjectiveIndefiniteNoun(Check):
    """A definite adjective stands before an indefinite noun without a determiner.

    Danish inflects an adjective before a singular indefinite noun in the strong form
    ("alvorlig infektion", "stort problem"); the weak form in -e ("alvorlige", "store")
    belongs after a determiner ("den alvorlige infektion", "patientens store problem") or
    before a plural. Machine translation from English, which has no such inflection, often
    drops the determiner or the noun's plural ending and leaves the weak form behind.

    Flags an adjective whose every reading (in Apertium's Danish analysis) is definite or
    plural, directly before a noun whose every reading is singular and indefinite, when no
    determiner, possessive, number or genitive opens the phrase before the adjective; a
    genitive written with an apostrophe ("dit barn’s sansemotoriske udvikling", "Jens' nye
    bil") is one too, its apostrophe being SPELL001's finding.

    It deliberately does not flag: ordinals and superlatives ("første gang", "i sidste ende",
    "bedste behandling" in a heading), words with an indefinite singular reading too
    ("lille", "eneste", "højre"), a noun that may be plural ("alvorlige anfald"), the
    analyser's multiword units, whose one tag does not fit their words ("mange akutte
    smerter" is read as 'mange' + the unit 'akutte smerter'), an adjective
    after a copula ("de bliver syge vinter efter vinter"), capitalised words inside a
    sentence (names: "Røde Kors"), or anything the analyser does not know.

    Anti-pattern: "Patienter med diabetes får oftere alvorlige infektion i fødderne."
    Best practice: "Patienter med diabetes får oftere alvorlige infektioner i fødderne."
    """

    code = "GRAM002"
    name = "grammar.definite-adjective-indefinite-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens) - 1):
                adjective, noun = tokens[i], tokens[i + 1]
                if not (weak_adjective(adjective) and singular_indefinite_noun(noun)):
                    continue
                if text[adjective.end : noun.start] not in (" ", "\n"):
                    continue
                if capitalised(noun) or (
                    capitalised(adjective) and i > 0 and is_word(tokens[i - 1])
                ):
                    continue
                if i + 2 < len(tokens) and nounlike(tokens[i + 2]):
                    continue  # "velrenommerede medie websteder": a split compound (GRAM001)
                if _licensed(tokens, i):
                    continue
                article = "det" if noun_gender(noun) == "nt" else "den"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    adjective.start,
                    noun.end,
                    f"definite adjective '{adjective.surface}' before the indefinite noun "
                    f"'{noun.surface}': add a determiner ('{article} {adjective.surface} "
                    f"{noun.surface}'), use the indefinite form or make the noun plural",
                )


def _licensed(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether something before the adjective at `i` allows its definite form (a
    determiner, possessive, number or genitive) or makes it predicative (a copula)."""
    j = i - 1
    while j >= 0 and _modifier(tokens[j]):
        j -= 1
    if j < 0:
        return False
    if _apostrophe_genitive(tokens, j):
        return True  # "dit barn’s sansemotoriske udvikling": SPELL001 reports the apostrophe
    if not is_word(tokens[j]):
        return False
    before = tokens[j]
    if determining(before) or any_pos(before, "cnjcoo"):
        return True  # "din alder og generelle helbredstilstand": the determiner is shared
    return any(r.lemma.casefold() in _COPULAS for r in before.readings) or not before.known


def _apostrophe_genitive(tokens: tuple[Token, ...], j: int) -> bool:
    """The token at `j` ends a genitive written with an apostrophe glued to its word:
    "barn’s", "USA's" (the analyser reads word, apostrophe and "s" apart) or "Jens'"."""
    token = tokens[j]
    if token.surface.casefold() == "s" and j >= 2 and tokens[j - 1].surface in _APOSTROPHES:
        word, glued = tokens[j - 2], tokens[j - 1].end == token.start
        apostrophe = tokens[j - 1]
    elif token.surface in _APOSTROPHES and j >= 1:
        word, apostrophe = tokens[j - 1], token
        glued = word.surface.casefold().endswith(("s", "x", "z"))
    else:
        return False
    return glued and is_word(word) and word.end == apostrophe.start


def _modifier(token: Token) -> bool:
    """A word that may stand between a determiner and the adjective: a degree adverb ("de
    meget store"), another adjective or a participle ("den anbefalede daglige mængde")."""
    if not token.known:
        return False
    return all(r.pos == "adv" for r in token.readings) or any_pos(token, "adj")
