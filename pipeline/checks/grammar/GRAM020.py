from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.gender import GENDER_NAMES
from pipeline.checks.grammar.guesses import with_guesses
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    is_word,
    noun_gender,
    noun_readings,
    nounlike,
    only,
    single_word,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Reading, Token

_INDEFINITE = {"en": "ut", "et": "nt"}
# Determiners after which an adjective takes its weak form ("dette store problem", "min
# gamle mor"); den/det/de only where they cannot be pronouns (sentence start, after a
# preposition: "gør det stor skade" has the pronoun).
_WEAK_AFTER = frozenset(
    {"denne", "dette", "disse", "min", "mit", "mine", "din", "dit", "dine", "sin", "sit",
     "sine", "vores", "jeres", "deres", "hans", "hendes", "dens", "dets"}
)  # fmt: skip
_ARTICLES = frozenset({"den", "det", "de"})
_VOWELS = frozenset("aeiouyæøå")
# Words before a bare plural noun phrase ("med alvorlige komplikationer", "mange nye").
_PLURAL_QUANTIFIERS = frozenset({"mange", "flere", "nogle", "alle", "få", "disse", "begge"})
# Adjective-like words with their own rules: `egen` stays strong after a possessive ("sin
# egen læge"), `anden` is an ordinal, `meget`/`lidt`/`sådan` are degree words, `lig` takes
# `med` ("et lig med-tegn").
_EXEMPT = frozenset(
    {"egen", "eget", "anden", "andet", "meget", "megen", "lidt", "sådan", "sådant", "mere",
     "mest", "al", "alt", "hver", "hvert", "noget", "nogen", "ingen", "intet", "selv", "lig"}
)  # fmt: skip


class AttributiveAgreement(Check):
    """An adjective before its noun has the wrong form ("et stor sår", "alvorlig komplikationer").

    A Danish adjective before a noun agrees with it: strong after `en`/`et` and without a
    determiner ("en alvorlig infektion", "et stort sår", "alvorlige komplikationer"), weak
    after a definite, demonstrative or possessive determiner ("dette store problem", "vores
    største bekymring"). English adjectives have one form, so machine translation often
    picks the wrong one: "en alvorlige infektion", "et stor sår", "dette stor problem",
    "med alvorlig komplikationer"; and Norwegian and Swedish sources leave a definite noun
    after a determiner ("den store huset").

    Flags, when the noun's every reading is a lower-case noun (not a genitive, not a
    compound's first part, no noun or unknown word after it) and the adjective's every
    reading as an adjective is of the form named:
    `en`/`et` (of the noun's gender) + a weak adjective (definite or plural only), or a
    strong one of the other gender, + a singular indefinite noun; a possessive or
    demonstrative (or `den`/`det`/`de` at the start of a sentence or after a preposition)
    + a strong singular adjective + a noun; those determiners (and a definite genitive:
    "patientens") + adjectives + a definite noun; a possessive, demonstrative or definite
    genitive directly before a definite noun ("din lægen", "denne sygdommen"); and a
    singular adjective directly before a plural noun with no determiner (after a
    preposition, a conjunction, a comma or a plural quantifier).

    A compound or learned adjective the analyser does not know is judged by its head or
    ending ("et stor folkemiddel": `grammar.guesses`).

    It deliberately does not flag: adjectives the analysis also reads in the right form
    (`lille`, `glad`, `moderne`), comparatives, superlatives and ordinals, `egen`/`eget`
    ("sin egen læge"), `anden`, degree words (meget, lidt, sådan), adjectives that may be
    adverbs or participles, an adjective after a verb (it may be predicative: "de er
    typisk symptomer på …"), `den`/`det` after a verb (a pronoun: "gør det stor skade"),
    capitalised nouns, nouns before another noun (a split compound), indefinite genitives
    before a definite noun (a measure: "i seks måneders alderen"), and `dette` right after a
    verb before a definite noun (the pronoun: "meddeles dette apoteket", this is told to the
    pharmacy).

    Anti-pattern: "Patienten fik et stor sår og en alvorlige infektion med alvorlig feber."
    Best practice: "Patienten fik et stort sår og en alvorlig infektion med høj feber."
    """

    code = "GRAM020"
    name = "grammar.attributive-agreement"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = with_guesses(ctx, analysed.tokens)
            for i in range(len(tokens)):
                found = _mismatch(tokens, i)
                if found is None:
                    continue
                first, last, message = found
                yield self.finding(
                    ctx, analysed.segment, tokens[first].start, tokens[last].end, message
                )


def _mismatch(tokens: tuple[Token, ...], i: int) -> tuple[int, int, str] | None:
    """(first index, last index, message) of a noun phrase starting at `i` whose adjective
    or noun has the wrong form."""
    word = tokens[i].surface.casefold()
    if word in _INDEFINITE and chosen_is(tokens[i], "det"):
        return _after_indefinite(tokens, i)
    if _weak_determiner(tokens, i):
        return _after_definite(tokens, i)
    if _bare_plural_start(tokens, i):
        return _before_plural(tokens, i)
    return None


def _adjectives(tokens: tuple[Token, ...], j: int) -> int:
    while j < len(tokens) and _adjective(tokens[j]):
        j += 1
    return j


def _adjective(token: Token) -> bool:
    """A plain adjective: read so by the tagger, no reading an adverb, a participle, a
    comparative, superlative or ordinal, not an exempt degree word."""
    if not chosen_is(token, "adj") or token.surface.casefold() in _EXEMPT or capitalised(token):
        return False
    if any(r.pos == "adv" or r.has("pp") or r.has("pprs") for r in token.readings):
        return False
    forms = _adjective_readings(token)
    return bool(forms) and not any(r.has("comp") or r.has("sup") or r.has("ord") for r in forms)


def _adjective_readings(token: Token) -> list[Reading]:
    return [r for r in token.readings if r.pos == "adj"]


def _strong_singular(token: Token) -> set[str]:
    """The genders of the adjective's readings when every one is strong singular (empty
    when any reading is weak or plural)."""
    readings = _adjective_readings(token)
    if not all(r.has("sg") and r.has("ind") for r in readings):
        return set()
    return {g for r in readings for g in ("ut", "nt") if r.has(g)}


def _weak_only(token: Token) -> bool:
    return all(r.has("def") or r.has("pl") for r in _adjective_readings(token))


def _noun(tokens: tuple[Token, ...], j: int, *, strict: bool = True) -> Token | None:
    """The noun at `j` when it surely heads the phrase (no noun or unknown word after it):
    every reading a noun, or (`strict` False, after a determiner and an adjective) read so
    by the tagger with no other reading an adjective but a participle ("huset": also a
    participle of "huse")."""
    if j >= len(tokens):
        return None
    noun = tokens[j]
    if not chosen_is(noun, "n") or capitalised(noun):
        return None
    if strict and not only(noun, "n"):
        return None
    if any(r.pos == "adj" and not r.has("pp") for r in noun.readings):
        return None
    if not single_word(noun) or noun.surface.endswith("-"):
        return None
    if any(r.has("gen") or r.has("cmp-split") for r in noun.readings):
        return None
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and (nounlike(following) or following.surface == "-"):
        return None
    return noun


def _after_indefinite(tokens: tuple[Token, ...], i: int) -> tuple[int, int, str] | None:
    end = _adjectives(tokens, i + 1)
    if end == i + 1:
        return None
    noun = _noun(tokens, end, strict=False)
    if noun is None or not all(r.has("ind") for r in noun_readings(noun)):
        return None
    gender = noun_gender(noun)
    if gender is None or gender != _INDEFINITE[tokens[i].surface.casefold()]:
        return None  # the article's gender is GRAM003's concern
    for j in range(i + 1, end):
        adjective = tokens[j]
        if _adverbial(tokens, j, end):
            continue
        if _weak_only(adjective):
            return (
                i,
                end,
                (
                    f"'{adjective.surface}' is the definite or plural form: after "
                    f"'{tokens[i].surface}' the adjective takes the indefinite singular form"
                ),
            )
        genders = _strong_singular(adjective)
        if genders and gender not in genders:
            return (
                i,
                end,
                (
                    f"'{adjective.surface}' has the wrong gender: '{noun.surface}' is "
                    f"{GENDER_NAMES[gender]}, so the adjective takes the "
                    f"{'-t form' if gender == 'nt' else 'form without -t'}"
                ),
            )
    return None


def _adverbial(tokens: tuple[Token, ...], j: int, end: int) -> bool:
    """A -t form before another adjective modifies that adjective ("en tilstrækkeligt lang
    sekvens", "den aktuelt åbne bog")."""
    return j + 1 < end and tokens[j].surface.casefold().endswith("t")


def _weak_determiner(tokens: tuple[Token, ...], i: int) -> bool:
    token = tokens[i]
    word = token.surface.casefold()
    if _genitive(token):
        return True
    if not any(r.pos == "det" for r in token.readings):
        return False
    if word in _WEAK_AFTER:
        return True
    if word in _ARTICLES and chosen_is(token, "det"):
        return i == 0 or chosen_is(tokens[i - 1], "pr")
    return False


def _genitive(token: Token) -> bool:
    """A definite noun or a name in the genitive ("patientens", "Danmarks"), as the tagger
    reads it and every reading has it; not an indefinite one, mostly a measure ("i seks
    måneders alderen") or a split compound's first part ("Oversættelses databasen")."""
    chosen = token.chosen
    if chosen is None or not all(r.has("gen") for r in token.readings):
        return False
    return (chosen.pos == "n" and chosen.has("def")) or chosen.pos == "np"


def _after_definite(tokens: tuple[Token, ...], i: int) -> tuple[int, int, str] | None:
    end = _adjectives(tokens, i + 1)
    if end == i + 1:
        return _definite_after_possessive(tokens, i)
    noun = _noun(tokens, end, strict=False)
    if noun is None:
        return None
    determiner = tokens[i].surface
    if all(r.has("def") for r in noun_readings(noun)):
        return (
            i,
            end,
            (
                f"'{noun.surface}' is definite after '{determiner}': Danish marks definiteness "
                "once, by the determiner before an adjective (den store bil, not den store bilen)"
            ),
        )
    for j in range(i + 1, end):
        # "den ny(e) bog", "den blå bil": an adjective ending in a vowel may keep its form
        if _adverbial(tokens, j, end) or tokens[j].surface[-1:].casefold() in _VOWELS:
            continue
        if _strong_singular(tokens[j]):
            return (
                i,
                end,
                (
                    f"'{tokens[j].surface}' is the indefinite form: after '{determiner}' the "
                    "adjective takes the definite form in -e"
                ),
            )
    return None


def _definite_after_possessive(tokens: tuple[Token, ...], i: int) -> tuple[int, int, str] | None:
    """A possessive, demonstrative or genitive directly before a definite noun ("din lægen",
    "denne sygdommen", "patientens behandlingen"); not den/det/de, which may be pronouns."""
    if tokens[i].surface.casefold() in _ARTICLES or _pronoun_dette(tokens, i):
        return None
    noun = _noun(tokens, i + 1)
    if noun is None or not all(r.has("def") for r in noun.readings):
        return None
    return (
        i,
        i + 1,
        f"'{noun.surface}' is definite after '{tokens[i].surface}': after a possessive, "
        "demonstrative or genitive Danish uses the indefinite form (din læge, not din lægen)",
    )


def _pronoun_dette(tokens: tuple[Token, ...], i: int) -> bool:
    """`dette` right after a verb: the pronoun (this), the clause's subject or object, with the
    definite noun after it another part of the clause ("meddeles dette apoteket": this is told
    to the pharmacy; "giver dette patienten ro")."""
    if tokens[i].surface.casefold() != "dette" or i == 0:
        return False
    before = tokens[i - 1].chosen
    return before is not None and verb_reading(before)


def _bare_plural_start(tokens: tuple[Token, ...], i: int) -> bool:
    """The adjective at `i` may open a noun phrase without a determiner."""
    if not _adjective(tokens[i]):
        return False
    if i == 0:
        return True
    before = tokens[i - 1]
    word = before.surface.casefold()
    if word in _PLURAL_QUANTIFIERS or any(ch.isdigit() for ch in word):
        return True
    if not is_word(before):
        return word in (",", ";", "(")
    return chosen_is(before, "pr") or chosen_is(before, "cnjcoo")


def _before_plural(tokens: tuple[Token, ...], i: int) -> tuple[int, int, str] | None:
    adjective = tokens[i]
    if not _strong_singular(adjective):
        return None
    noun = _noun(tokens, i + 1)
    if noun is None or not all(r.has("pl") for r in noun.readings):
        return None
    return (
        i,
        i + 1,
        (
            f"'{adjective.surface}' is singular before the plural '{noun.surface}': the "
            "adjective takes the plural form in -e"
        ),
    )
