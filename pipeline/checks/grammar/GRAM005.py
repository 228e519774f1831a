from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.guesses import with_guesses
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    is_word,
    past_adjectives,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Singular determiners that are never pronouns right before an adjective or noun.
_SINGULAR = frozenset({"en", "et", "denne", "dette"})


class SingularDeterminerPluralNoun(Check):
    """A singular determiner stands before a plural noun ("dette kraftfulde krydderier").

    Machine translation often keeps the English singular determiner and pluralises the
    noun, or the reverse. Flags `en`, `et`, `denne` or `dette`, read by the tagger as a
    determiner, directly or through adjectives before a noun whose every reading in
    Apertium's Danish analysis is plural (an imperative reading aside, which cannot follow
    a determiner: "en gener", gener also of genere, when the tagger reads it as a noun).

    A compound the analyser does not know is judged by its head ("denne folkemidler":
    `grammar.guesses`).

    It deliberately does not flag: nouns with a singular reading too ("et anfald", "en
    række patienter", "et par dage"), `den`/`det` (also pronouns: "Er det farlige
    symptomer?"), numbers between ("en 5 år gammel dreng"), capitalised nouns inside a
    sentence (names), compounds the analyser splits by guesswork ("denne manualtekstviser",
    read as plural of vise) and words the analyser does not know.

    Anti-pattern: "Gurkemeje har været brugt i årtusinder, og dette kraftfulde krydderier
    er nu et populært kosttilskud."
    Best practice: "Gurkemeje har været brugt i årtusinder, og dette kraftfulde krydderi er
    nu et populært kosttilskud."
    """

    code = "GRAM005"
    name = "grammar.singular-determiner-plural-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = with_guesses(ctx, analysed.tokens)
            for i, determiner in enumerate(tokens):
                noun = _plural_noun_after(tokens, i)
                if noun is None:
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    determiner.start,
                    noun.end,
                    f"singular '{determiner.surface}' before the plural '{noun.surface}': "
                    "make the noun singular or drop the determiner",
                )


def _plural_noun_after(tokens: tuple[Token, ...], i: int) -> Token | None:
    """The plural noun the singular determiner at `i` stands before, or None."""
    if tokens[i].surface.casefold() not in _SINGULAR or not chosen_is(tokens[i], "det"):
        return None
    j = past_adjectives(tokens, i + 1)
    if j >= len(tokens):
        return None
    noun = tokens[j]
    readings = [r for r in noun.readings if not r.has("imp")]
    if len(readings) < len(noun.readings) and not chosen_is(noun, "n"):
        return None
    if not readings or any(r.pos != "n" for r in readings):
        return None
    if capitalised(noun) or not is_word(noun):
        return None
    if not all(r.has("pl") and not r.compound for r in readings):
        return None  # a compound's guessed split may misread its number ("tekstviser")
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and any_pos(following, "n") and chosen_is(following, "n"):
        return None  # the plural may be a split compound's first part
    return noun
