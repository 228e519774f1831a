from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    is_word,
    only,
    past_adjectives,
    single_word,
    tensed_choice,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Plural determiners and quantifiers (`de` only where the tagger reads it as a determiner:
# it is mostly the pronoun "they").
_PLURAL = frozenset(
    {"disse", "mange", "flere", "nogle", "alle", "begge", "de", "mine", "dine", "sine",
     "hvilke", "sådanne"}
)  # fmt: skip


class PluralDeterminerSingularNoun(Check):
    """A plural determiner stands before a singular noun ("nogle sennep", "disse behandling").

    The mirror of GRAM005: machine translation keeps an English plural determiner ("some
    mustards", "these treatments") and loses the noun's plural ending, or translates an
    English mass noun with `nogle` where Danish wants `noget` or a plural ("nogle slags
    sennep"). Flags disse, mange, flere, nogle, alle, begge, hvilke, sådanne, mine, dine,
    sine, and `de` read by the tagger as a determiner, directly or through adjectives
    before a lower-case noun whose every reading in Apertium's Danish analysis is singular
    (not a genitive), or a compound the analyser does not know whose head it reads so
    ("Hvilke folkemiddel hjælper", `grammar.guesses`).

    It deliberately does not flag: nouns with a plural reading too ("mange år", "nogle
    tilfælde"), words that may be something else ("mange tak": tak is also a verb form),
    a noun followed by another noun or an unknown word (a split compound's first part:
    "mange kalender programmer"), suspended compounds ("mange kalender- og
    pim-programmer"), `de` right after a finite verb and right before the noun, which is the
    inverted subject "they" and the noun its object ("Derfor får de graviditetsdiabetes",
    "Derved bryder de knoglen ned"; with an adjective between it is still a determiner:
    "får de nye behandling"), abbreviations ("flere part., så"), English loanwords whose plural
    is the singular ("flere input"), the analyser's multiword units ("mange akutte smerter":
    its lexicon lists "akutte smerter" as a singular noun), and capitalised words (names).

    Anti-pattern: "Gurkemeje giver nogle sennep deres gule farve, og disse behandling virker."
    Best practice: "Gurkemeje giver nogle slags sennep deres gule farve, og disse
    behandlinger virker."
    """

    code = "GRAM011"
    name = "grammar.plural-determiner-singular-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i, determiner in enumerate(tokens):
                noun = _singular_noun_after(ctx, tokens, text, i)
                if noun is None or _loanword(ctx, noun.surface):
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    determiner.start,
                    noun.end,
                    f"plural '{determiner.surface}' before the singular '{noun.surface}': "
                    "make the noun plural or use a singular determiner",
                )


def _loanword(ctx: CheckContext, word: str) -> bool:
    """An English word without a Danish plural ending that hunspell knows ("flere input",
    plural like the singular), as far as the dictionaries tell."""
    english, danish = ctx.speller("en"), ctx.speller(ctx.document.language)
    if english is None or danish is None:
        return english is None  # without the English dictionary, stay on the safe side
    if not english.known(word):
        return False
    plurals = (word + ending for ending in ("er", "e", "r"))
    return not any(danish.known(form) and word in danish.stems(form) for form in plurals)


def _singular_noun_after(
    ctx: CheckContext, tokens: tuple[Token, ...], text: str, i: int
) -> Token | None:
    """The singular noun the plural determiner at `i` stands before, or None."""
    determiner = tokens[i]
    word = determiner.surface.casefold()
    if word not in _PLURAL:
        return None
    plural = any(r.pos in ("det", "prn", "adj") and r.has("pl") for r in determiner.readings)
    if not plural and word != "flere":  # Apertium reads flere as the comparative of mange
        return None
    if word == "de" and not chosen_is(determiner, "det"):
        return None
    j = past_adjectives(tokens, i + 1)
    if j >= len(tokens):
        return None
    if word == "de" and j == i + 1 and i > 0 and tensed_choice(tokens[i - 1]):
        return None  # the inverted subject, "they": "Derfor får de graviditetsdiabetes"
    noun = tokens[j]
    if capitalised(noun) or not single_word(noun):
        return None
    if noun.known and not (only(noun, "n") and chosen_is(noun, "n")):
        return None
    readings = word_readings(ctx, noun)  # a compound the analyser lacks: its head's readings
    if not readings or not all(r.pos == "n" and r.has("sg") and not r.has("gen") for r in readings):
        return None
    if noun.surface.endswith("-") or text[noun.end : noun.end + 1] == "-":
        return None  # "mange kalender- og pim-programmer"
    if _abbreviation(text, noun.end):
        return None  # "flere part., så …"
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        following is not None
        and is_word(following)
        and (chosen_is(following, "n") or not following.known)
    ):
        return None  # the noun may be a split compound's first part
    return noun


def _abbreviation(text: str, end: int) -> bool:
    """A full stop after the word that does not end the sentence ("part., så", "evt. andre")."""
    if text[end : end + 1] != ".":
        return False
    rest = text[end + 1 :].lstrip()
    return bool(rest) and (rest[0] in ",;" or rest[0].islower())
