"""A noun's gender as the checks of article and pronoun agreement judge it."""

from __future__ import annotations

from collections.abc import Iterable

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
    "denne": "dette",
    "dette": "denne",
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


# The definite singular endings by gender: -en (common) and -et (neuter), after a final -e
# only -n and -t ("en bakterie": bakterien), after a doubled consonant as well ("vatrondellen").
_DEFINITE_ENDINGS = {"ut": "en", "nt": "et"}
# Shorter words are too often chance letters ("ben" + "et").
_MIN_STEM = 4


def definite_form_genders(unknown: Iterable[str]) -> dict[str, str]:
    """The gender of each word of `unknown` (an article's words the analyser does not know,
    lower case) whose suffixed definite singular is among them in one gender only:
    "udflåd" beside "udflådet" is neuter, "vatrondel" beside "vatrondellen" common gender.
    A Danish noun shows its gender in that ending, so an article that writes the definite
    form has said which gender the noun takes; a word with both forms in the article, or
    neither, gets none. A definite form the analyser knows is no evidence: it may belong to
    another word ("effekte" beside "effekten", the definite of effekt)."""
    words = set(unknown)
    result = {}
    for word in words:
        if len(word) < _MIN_STEM or not word.isalpha():
            continue
        found = {g for g in _DEFINITE_ENDINGS if words & _definite_forms(word, g)}
        if len(found) == 1:
            result[word] = found.pop()
    return result


def _definite_forms(word: str, gender: str) -> set[str]:
    ending = _DEFINITE_ENDINGS[gender]
    if word.endswith("e"):
        return {word + ending[1:]}
    return {word + ending, word + word[-1] + ending}
