"""A noun's gender as the checks of article and pronoun agreement judge it."""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.readings import capitalised
from pipeline.ingest.morphology import Token

GENDER_NAMES = {"ut": "common gender", "nt": "neuter"}
# The same article, determiner or possessive in the other gender.
OTHER_GENDER = {
    "en": "et",
    "et": "en",
    "én": "ét",
    "ét": "én",
    "den": "det",
    "det": "den",
    "min": "mit",
    "mit": "min",
    "din": "dit",
    "dit": "din",
    "sin": "sit",
    "sit": "sin",
}


def other_article(article: Token) -> str:
    """The article, determiner or possessive of the other gender ("et" for "en"), keeping
    its capital."""
    other = OTHER_GENDER[article.surface.casefold()]
    return other.capitalize() if capitalised(article) else other


def both_genders(ctx: CheckContext, noun: Token, gender: str) -> bool:
    """Whether the noun has the article's gender too ("en virus" and "et virus"): hunspell's
    paradigm of the lemma holds a definite singular of that gender ("virussen")."""
    speller = ctx.speller(ctx.document.language)
    if speller is None:
        return True  # no second opinion: stay silent
    lemmas = {r.lemma for r in noun.readings if r.pos == "n"}
    ending = "en" if gender == "nt" else "et"
    for lemma in lemmas:
        forms = {lemma + ending, lemma + ending[1:], lemma + lemma[-1:] + ending}
        if any(lemma in speller.stems(form) for form in forms if speller.known(form)):
            return True
    return False
