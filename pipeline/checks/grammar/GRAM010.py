from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.gender import GENDER_NAMES, both_genders, other_article
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    noun_gender,
    only,
    single_word,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_ARTICLES = {"en": "ut", "én": "ut", "et": "nt", "ét": "nt"}
# Neuter nouns for people, where "en af de mange børn" (one person) is common usage.
_PERSONS = frozenset({"barn", "medlem", "menneske", "individ", "familiemedlem", "spædbarn"})


class PartitiveGender(Check):
    """`en af`/`et af` has the other gender than its plural noun ("en af de problemer").

    In "one of the …" Danish takes the gender of the noun: "et af de største problemer"
    (problem is neuter), "en af de hyppigste sygdomme" (sygdom is common gender). English
    "one of" has no gender, and machine translation mostly writes `en`.

    Flags `en`/`et` followed by `af`, a plural determiner or possessive (de, disse, mine,
    hans …), adjectives, and a plural noun whose every reading in Apertium's Danish
    analysis has the other gender, when hunspell does not know the noun in that gender
    too. The suggestion swaps the article.

    It deliberately does not flag: neuter nouns for people ("en af de mange børn", which
    refers to one person), nouns with both genders or none in the analysis, nouns that may
    be singular ("et af de forsøg"), capitalised words (names), and phrases without a noun
    ("en af de ansatte", "en af dem").

    Anti-pattern: "Hovedpine er en af de mest almindelige helbredsproblemer."
    Best practice: "Hovedpine er et af de mest almindelige helbredsproblemer."
    """

    code = "GRAM010"
    name = "grammar.partitive-gender"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, article in enumerate(tokens):
                word = article.surface.casefold()
                if word not in _ARTICLES:
                    continue
                noun = _plural_noun(tokens, i + 1)
                if noun is None:
                    continue
                gender = noun_gender(noun)
                if gender is None or gender == _ARTICLES[word]:
                    continue
                if any(r.lemma in _PERSONS for r in noun.readings):
                    continue
                if both_genders(ctx, noun, gender):
                    continue
                right = other_article(article)
                text = analysed.segment.text
                phrase = right + text[article.end : noun.end]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    article.start,
                    noun.end,
                    f"'{noun.surface}' is {GENDER_NAMES[gender]}: '{phrase}'",
                    suggestion=phrase,
                )


def _plural_noun(tokens: tuple[Token, ...], i: int) -> Token | None:
    """The plural noun of "af + plural determiner + adjectives + noun" from `i`, or None."""
    if i + 2 >= len(tokens) or tokens[i].surface.casefold() != "af":
        return None
    determiner = tokens[i + 1]
    if not any(r.pos in ("det", "prn") and r.has("pl") for r in determiner.readings):
        return None
    j = i + 2
    while j < len(tokens) and any_pos(tokens[j], "adj", "adv") and not only(tokens[j], "n"):
        j += 1
    if j >= len(tokens):
        return None
    noun = tokens[j]
    if not (only(noun, "n") and chosen_is(noun, "n") and single_word(noun)) or capitalised(noun):
        return None
    if not all(r.has("pl") for r in noun.readings):
        return None
    return noun
