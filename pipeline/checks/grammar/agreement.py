"""The forms of adjectives and nouns as the noun-phrase agreement checks judge them.

Each question is answered for ALL readings of a word (the analyser's, or those its form shows
when the analyser does not know it: `grammar.guesses`), so a word that may be read in more
than one way is never a finding.
"""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word, single_word
from pipeline.ingest.morphology import Reading, Token

# Adjective-like words with rules of their own: `egen` stays strong after a possessive,
# `anden` is an ordinal, degree and quantity words (meget, lidt, sådan, al, hver), words
# that are adverbs or prepositions as well (særlig, nær, lige), `værd` (predicative only),
# `halv` ("halv pris").
EXEMPT = frozenset(
    {"egen", "eget", "anden", "andet", "meget", "megen", "lidt", "sådan", "sådant", "mere",
     "mest", "al", "alt", "hver", "hvert", "noget", "nogen", "ingen", "intet", "selv", "lig",
     "særlig", "nær", "værd", "halv", "lige", "hel", "fuld", "slags"}
)  # fmt: skip
# Plural quantifiers and determiners before an indefinite plural ("mange kraftige").
PLURAL_QUANTIFIERS = frozenset(
    {"mange", "flere", "nogle", "alle", "få", "begge", "hvilke", "sådanne", "andre", "visse"}
)
_DEGREE_TAGS = ("comp", "sup", "ord")


def adjective_readings(readings: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in readings if r.pos == "adj"]


def strong_singular(readings: tuple[Reading, ...]) -> bool:
    """Every reading is an adjective in the indefinite singular (`kraftig`, `stort`), in
    the positive, not a participle, not a compound the analyser made up."""
    return bool(readings) and all(
        r.pos == "adj"
        and r.has("sg", "ind")
        and not r.has("pp")
        and not r.compound  # the analyser's guess at a compound ("Sammenlæg": sammen+læg)
        and not any(r.has(t) for t in _DEGREE_TAGS)
        for r in readings
    )


def weak_only(readings: tuple[Reading, ...]) -> bool:
    """Every adjective reading is definite or plural (`kraftige`, `udeblevne`), in the
    positive, and there is one; other readings may only be a verb's past tense
    (`anbefalede`)."""
    adjectives = adjective_readings(readings)
    others = [r for r in readings if r.pos != "adj"]
    if not adjectives or any(not (r.pos == "vblex" and r.has("past")) for r in others):
        return False
    return all(
        (r.has("def") or r.has("pl"))
        and not r.has("sg", "ind")
        and not any(r.has(t) for t in _DEGREE_TAGS)
        for r in adjectives
    )


def adjective_like(ctx: CheckContext, token: Token, *, past_tense: bool = False) -> bool:
    """A word that may stand in an adjective chain: every reading an adjective (a verb's
    past tense or participle aside), read so by the tagger when the analyser knows it (or,
    `past_tense`, read as a past tense the participle shares: "en anbefalede dosis")."""
    if not is_word(token) or token.surface.casefold() in EXEMPT:
        return False
    readings = word_readings(ctx, token)
    if not adjective_readings(readings):
        return False
    chosen = token.chosen
    past = past_tense and chosen is not None and chosen.has("past")
    if token.known and not chosen_is(token, "adj") and not past:
        return False
    return all(r.pos == "adj" or (r.pos == "vblex" and (r.has("past") or r.has("pp")))
               for r in readings)  # fmt: skip


def head_noun(ctx: CheckContext, tokens: tuple[Token, ...], k: int) -> tuple[Reading, ...]:
    """The readings of the lower-case noun at `k` when it surely heads its phrase: every
    reading a noun (not a genitive or a suspended compound's first part), an adverb (the
    lexicon's `middel`) or an imperative (`vand`: vande), read so by the tagger, and no
    noun, unknown word or hyphen after it (the first part of a split compound); empty
    otherwise (the noun readings otherwise)."""
    if k >= len(tokens):
        return ()
    token = tokens[k]
    if capitalised(token) or not single_word(token) or token.surface.endswith("-"):
        return ()
    readings = tuple(r for r in word_readings(ctx, token) if r.pos != "adv" and not r.has("imp"))
    if not readings or any(r.pos != "n" or r.has("gen") or r.has("cmp-split") for r in readings):
        return ()
    if token.known and not chosen_is(token, "n"):
        return ()
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and (
        following.surface in ("-", "/")
        or (is_word(following) and (not following.known or chosen_is(following, "n")))
    ):
        return ()
    if any(_far_fetched(r) for r in readings) or (
        any(r.compound for r in readings) and not _spelled(ctx, token.surface)
    ):
        return ()  # the analyser's compound guess at a typo ("monteringsparamter": amt)
    return readings


def _far_fetched(reading: Reading) -> bool:
    """A compound of three or more parts with a head of three letters or fewer: mostly the
    analyser's way of reading a typo ("monterings+par+amter")."""
    return len(reading.parts) >= 3 and len(reading.lemma) <= 3


def _spelled(ctx: CheckContext, word: str) -> bool:
    speller = ctx.speller(ctx.document.language)
    return speller is not None and speller.known(word)


def plural(readings: tuple[Reading, ...]) -> bool:
    return bool(readings) and all(r.has("pl") for r in readings)


def singular_indefinite(readings: tuple[Reading, ...]) -> bool:
    return bool(readings) and all(r.has("sg", "ind") for r in readings)


def genders(readings: tuple[Reading, ...]) -> set[str]:
    return {g for r in readings for g in ("ut", "nt") if r.has(g)}


def plural_suggestion(words: list[str]) -> str | None:
    """The plural of adjectives whose strong form gets -e by rule (-isk, -ig, -lig), or
    None when any of them does not end so."""
    if not all(w.casefold().endswith(("isk", "ig")) for w in words):
        return None
    return " ".join(w + "e" for w in words)
