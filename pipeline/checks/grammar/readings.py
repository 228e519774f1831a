"""Questions the grammar checks ask of a token's readings, each answered for ALL readings.

Precision first: a check acts only where every reading the analyser gives (before the
tagger's choice) agrees, so a word the analysis finds ambiguous is never a finding.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.ingest.morphology import Reading, Token

GENDERS = ("ut", "nt")
# Tags of words that open or mark a noun phrase: determiners, possessive and demonstrative
# pronouns, numbers (Apertium tags cardinals `det qnt`), genitives.
_DETERMINING_POS = frozenset({"det", "prn", "num"})
# Subject pronouns that may stand between a fronted verb and what follows it (inversion).
SUBJECT_PRONOUNS = frozenset(
    {"jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det", "der"}
)


def is_word(token: Token) -> bool:
    surface = token.surface
    # most tokens are all letters, or one character (punctuation): no generator for them
    return surface.isalpha() or (len(surface) > 1 and any(ch.isalpha() for ch in surface))


def single_word(token: Token) -> bool:
    """Not one of the analyser's multiword units, whose lexicon tags may not fit the words
    ("akutte smerter" is listed as a singular noun)."""
    surface = token.surface
    if surface.isalpha():  # most words: letters only, so no space
        return True
    return is_word(token) and not any(ch.isspace() for ch in surface)


def capitalised(token: Token) -> bool:
    return token.surface[:1].isupper()


def only(token: Token, pos: str) -> bool:
    """Every reading of a known token has part of speech `pos`."""
    readings = token.readings
    if not readings or readings[0].pos != pos:  # most answers: no generator needed
        return False
    return len(readings) == 1 or all(r.pos == pos for r in readings[1:])


def past_adjectives(tokens: tuple[Token, ...], j: int) -> int:
    """The index of the first token from `j` that is not surely an adjective: where the noun
    of "determiner + adjectives + noun" should stand (len(tokens) when the text ends first)."""
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    return j


def chosen_is(token: Token, pos: str) -> bool:
    chosen = token.chosen
    return chosen is not None and chosen.pos == pos


def past_prepositional_phrase(
    tokens: tuple[Token, ...], j: int, prepositions: frozenset[str], head: Callable[[Token], bool]
) -> int | None:
    """The index after a prepositional phrase at `j` ("med allergi", "af de nye patienter"):
    one of `prepositions`, an optional determiner, adjectives and a noun `head` accepts; None
    when no such phrase stands at `j`."""
    if j >= len(tokens) or tokens[j].surface.casefold() not in prepositions:
        return None
    k = j + 1
    if k < len(tokens) and chosen_is(tokens[k], "det"):
        k += 1
    k = past_adjectives(tokens, k)
    if k >= len(tokens) or not head(tokens[k]):
        return None
    return k + 1


def any_pos(token: Token, *pos: str) -> bool:
    return any(r.pos in pos for r in token.readings)


def noun_readings(token: Token) -> tuple[Reading, ...]:
    return tuple(r for r in token.readings if r.pos == "n")


def noun_gender(token: Token) -> str | None:
    """The one gender of every noun reading (None: no noun reading, or several genders)."""
    genders = {g for r in noun_readings(token) for g in r.tags if g in GENDERS or g == "un"}
    return genders.pop() if len(genders) == 1 and "un" not in genders else None


def singular_indefinite_noun(token: Token) -> bool:
    """A noun whose every reading is a singular indefinite noun, not a genitive, a name,
    the first part of a suspended compound ("hud- og slimhindesygdomme") or one of the
    analyser's multiword units ("akutte smerter", tagged as one singular noun)."""
    return (
        single_word(token)
        and only(token, "n")
        and not token.surface.endswith("-")
        and all(
            r.has("sg", "ind") and not r.has("gen") and not r.has("cmp-split")
            for r in token.readings
        )
    )


def nounlike(token: Token) -> bool:
    """A word read as a noun in context, or unknown to the analyser (often a compound)."""
    return is_word(token) and (chosen_is(token, "n") or not token.known)


def weak_adjective(token: Token) -> bool:
    """An adjective in the positive whose every reading is definite or plural (`store`,
    `alvorlige`): never the form an indefinite singular noun takes."""
    return only(token, "adj") and all(
        r.has("pst") and not r.has("ord") and (r.has("def") or r.has("pl")) and not r.has("sg")
        for r in token.readings
    )


def determining(token: Token) -> bool:
    """A word that opens a noun phrase and licenses a definite adjective after it: any
    reading a determiner, pronoun or number, or a genitive (`patientens`, `Danmarks`)."""
    if any(ch.isdigit() for ch in token.surface):
        return True
    return any(r.pos in _DETERMINING_POS or r.has("gen") for r in token.readings) or (
        token.surface.endswith(("s", "'")) and capitalised(token) and not token.known
    )


# Apertium's Danish verb tags: lexical, modal, `være`, `have`, and auxiliary uses (`vil`).
_VERB_POS = frozenset({"vblex", "vbmod", "vbser", "vbhaver", "vaux"})


def verb_reading(reading: Reading) -> bool:
    return reading.pos in _VERB_POS


def finite_reading(reading: Reading) -> bool:
    """A verb reading in the present, past or imperative: a form that makes a clause."""
    return verb_reading(reading) and (
        reading.has("pres") or reading.has("past") or reading.has("imp")
    )


def may_be_finite(token: Token) -> bool:
    """Any reading of the token is a finite verb (the tagger's choice aside)."""
    return any(finite_reading(r) for r in token.readings)


def tensed_choice(token: Token) -> bool:
    """The tagger reads the token as a verb in the present or past (a finite verb that makes
    a clause; the imperative aside, which has no subject)."""
    chosen = token.chosen
    return (
        chosen is not None and verb_reading(chosen) and (chosen.has("pres") or chosen.has("past"))
    )


def surely_finite(token: Token) -> bool:
    """A finite verb beyond doubt: the tagger reads it in the present or past, and every
    reading is a verb that is neither a participle nor an imperative (an infinitive
    reading stays: passive `betragtes` is both, and the tagger tells them apart)."""
    return (
        tensed_choice(token)
        and not capitalised(token)
        and all(verb_reading(r) and not r.has("pp") and not r.has("imp") for r in token.readings)
    )


def verb_after(tokens: tuple[Token, ...], i: int) -> Token | None:
    """The first word after adverbs and one inverted subject pronoun, from `i`."""
    pronoun = False
    while i < len(tokens):
        token = tokens[i]
        if only(token, "adv"):
            i += 1
        elif (
            not pronoun and token.surface.casefold() in SUBJECT_PRONOUNS and chosen_is(token, "prn")
        ):
            pronoun = True
            i += 1
        else:
            return token
    return None
