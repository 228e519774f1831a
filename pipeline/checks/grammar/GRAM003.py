from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.gender import GENDER_NAMES, both_genders, other_article
from pipeline.checks.grammar.guesses import with_guesses
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    is_word,
    noun_gender,
    noun_readings,
    nounlike,
    only,
    weak_adjective,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# The articles by gender: indefinite `en/et`, definite (before an adjective) `den/det`.
_INDEFINITE = {"en": "ut", "et": "nt"}
_DEFINITE = {"den": "ut", "det": "nt"}
# Possessives that show gender; no adjective needed, as they are never pronouns before a noun.
_POSSESSIVE = {"min": "ut", "mit": "nt", "din": "ut", "dit": "nt", "sin": "ut", "sit": "nt"}
# Demonstratives, like the articles only where the tagger reads them as determiners ("dette
# betyder" is the pronoun).
_DEMONSTRATIVE = {"denne": "ut", "dette": "nt"}
_ARTICLES = frozenset({"en", "et", "den", "det", *_POSSESSIVE, *_DEMONSTRATIVE})


class ArticleGender(Check):
    """An article has the other gender than its noun ("en barn", "et sygdom").

    Danish nouns are common (`en sygdom`, `den nye behandling`) or neuter (`et barn`, `det
    nye lægemiddel`), and the article must follow the noun. English has one article for
    both, so machine translation often picks the wrong one; so do foreign writers.

    Flags the indefinite article `en`/`et` directly before a singular indefinite noun, or
    with adjectives between ("et alvorlig sygdom"), and the definite article `den`/`det`
    before a definite adjective and a singular noun ("det nye behandling"), and the
    possessives min/mit, din/dit, sin/sit and the demonstratives denne/dette before a
    singular noun ("sit oprindelse", "denne smertestillende middel"), when every noun
    reading in Apertium's Danish analysis (a compound's last part decides) has the other
    gender, and the tagger reads the article as an article.

    A compound the analyser does not know is judged by its head ("en folkemiddel"), and a
    noun it does not know at all by the definite form the same article gives it ("din udflåd"
    beside "udflådet": `grammar.guesses`).

    It deliberately does not flag: nouns the analysis gives both genders or none, nouns
    whose other-gender definite form hunspell derives from the same stem ("en virus":
    "virussen" is as correct as "virusset"), a noun
    followed by another noun (the first may be part of a split compound, "en hjerte
    anfald", or a measure) or by an acronym that may be the head of the phrase ("et video
    EEG": et EEG), `den`/`det` directly before a noun (mostly pronouns: "Er det
    kræft?"), `en` read as a pronoun ("det giver en overblik"), capitalised nouns inside a
    sentence (names), plurals, `en` after a verb with two objects ("det giver en
    overblik", where en may be the pronoun "one"), and `denne`/`dette` directly before a
    word the analyser reads only as a compound of its own making (the pronoun before a
    verb: "Dette overskriver filen", over+skriver).

    Anti-pattern: "Spørg på apoteket, om du kan købe et urtemedicin mod hoste."
    Best practice: "Spørg på apoteket, om du kan købe en urtemedicin mod hoste."
    """

    code = "GRAM003"
    name = "grammar.article-gender"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = with_guesses(ctx, analysed.tokens)
            for i, article in enumerate(tokens):
                found = _mismatch(tokens, i)
                if found is None:
                    continue
                noun, gender = found
                if both_genders(ctx, noun, gender):
                    continue
                word = article.surface
                right = other_article(article)
                text = analysed.segment.text
                phrase = right + text[article.end : noun.end]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    article.start,
                    noun.end,
                    f"'{noun.surface}' is {GENDER_NAMES[gender]}: "
                    f"'{right}', not '{word}' ('{phrase}')",
                    suggestion=phrase,
                )


# Verbs with two objects, after which "en" may be the pronoun "one" ("det giver en overblik").
_DITRANSITIVE = frozenset(
    {
        "give",
        "gøre",
        "vise",
        "skaffe",
        "tilbyde",
        "sende",
        "lære",
        "spare",
        "koste",
        "bringe",
        "forære",
        "love",
        "unde",
        "nægte",
        "tillade",
        "fortælle",
    }
)


def _mismatch(tokens: tuple[Token, ...], i: int) -> tuple[Token, str] | None:
    """The noun and its gender when the article at `i` has the other gender."""
    article = tokens[i]
    word = article.surface.casefold()
    if word not in _ARTICLES:
        return None
    if not chosen_is(article, "det") and not (word in _POSSESSIVE and any_pos(article, "det")):
        return None  # the tagger may read a mismatched possessive as a pronoun
    if word == "en" and i > 0 and _ditransitive(tokens[i - 1]):
        return None  # "det giver en overblik": en may be the pronoun (one), not the article
    j = i + 1
    adjectives = 0
    while j < len(tokens) and _modifier(tokens[j]):
        adjectives += 1
        j += 1
    if j >= len(tokens):
        return None
    noun = tokens[j]
    if word in _DEFINITE and (adjectives == 0 or not weak_adjective(tokens[j - 1])):
        return None
    if not (_noun_only(noun, adjectives) and chosen_is(noun, "n")) or capitalised(noun):
        return None
    readings = noun_readings(noun)
    if word in _DEMONSTRATIVE and not adjectives and any(r.compound for r in readings):
        return None  # the pronoun before a verb the analyser splits ("Dette over+skriver")
    if any(r.has("gen") or r.has("cmp-split") for r in readings):
        return None
    if not any(r.has("sg") for r in readings):
        return None
    if word not in _DEFINITE and not all(r.has("ind") for r in readings):
        return None
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and nounlike(following) and not _definite(following):
        return None  # "en hjerte anfald", "et glas vand": not the noun phrase's head
    if following is not None and _acronym(following.surface):
        return None  # "et video EEG": the acronym is the head (et EEG), the noun its first part
    if following is not None and is_word(following) and any_pos(following, "adj"):
        # an adjective after the "noun": the word is itself an adjective the analyser reads
        # only as a noun ("et defekt cystisk fibrose-gen": defekt, not en defekt)
        return None
    gender = noun_gender(noun)
    expected = {**_INDEFINITE, **_DEFINITE, **_POSSESSIVE, **_DEMONSTRATIVE}[word]
    if gender is None or gender == expected:
        return None
    return noun, gender


def _noun_only(token: Token, adjectives: int) -> bool:
    """Every reading a noun; after an adjective an adverb reading too, which cannot head the
    phrase there (the lexicon's adverb `middel`: "denne smertestillende middel")."""
    if adjectives and any(r.pos == "adv" for r in token.readings):
        return bool(noun_readings(token)) and all(r.pos in ("n", "adv") for r in token.readings)
    return only(token, "n")


def _modifier(token: Token) -> bool:
    """An adjective or degree adverb between the article and its noun."""
    if not token.known or not is_word(token):
        return False
    return only(token, "adj") or (
        all(r.pos in ("adv", "adj") for r in token.readings) and any_pos(token, "adv")
    )


def _ditransitive(token: Token) -> bool:
    return any(r.pos.startswith("vb") and r.lemma in _DITRANSITIVE for r in token.readings)


def _definite(token: Token) -> bool:
    """Read as a definite noun ("et urtemedicin kaldet …" is no split compound)."""
    return token.chosen is not None and token.chosen.has("def")


def _acronym(word: str) -> bool:
    """Capitals only, two or more ("EEG", "MR"): a noun the analyser reads as a name."""
    return len(word) >= 2 and word.isalpha() and word.isupper()
