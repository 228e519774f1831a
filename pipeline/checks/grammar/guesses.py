"""Readings for words the Danish analyser does not know, guessed from their form.

Apertium's Danish lexicon lacks many compounds ("folkemiddel") and learned adjectives
("antiinflammatorisk"), and a word it does not know has no readings at all, so the
agreement checks could not judge a noun phrase with such a word in it. Two guesses, each
made only where the form leaves no doubt:

- a compound's head: the longest final part of the word that the analyser knows, when it
  reads it as a noun (and as nothing else but an adverb or an imperative) and knows the
  first part, of four letters or more ("pro+band" is no compound), joined directly or
  with a linking -s- or -e- ("folke+middel": a neuter singular noun); a Danish compound
  takes its number and gender from its last part;
- an adjective's ending: -isk and -lig/-ig are the strong singular forms ("antiinflammatorisk",
  "uundgåelig"), -iske and -lige/-ige the weak or plural ones; the -ig ending only when no
  noun head ends the word ("verdenskrig", "skolepige");
- a noun's gender from its definite form in the same article: "udflåd" beside "udflådet"
  is a neuter singular noun (`grammar.gender.definite_form_genders`).

All need hunspell to know the whole word, so a typo or an English word is no guess. The
guessed readings carry the tag `guess`. The parts of all such words of an article are
looked up in one more call of the running analyser, made only for an article that has them.
"""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import LINKS, analysed_segments, lexicon
from pipeline.checks.grammar.gender import definite_form_genders
from pipeline.ingest.morphology import Reading, Token

GUESS = "guess"
# Parts shorter than this are too often chance letters ("isk", "lig" would be the noun lig).
_MIN_PART = 3
# A first part shorter than this is too often no part at all ("pro+band", "fil+slut").
_MIN_FIRST = 4
# Adjective endings whose form says strong singular or weak/plural by itself.
_LEARNED = (("iske", "weak"), ("isk", "strong-both"), ("lige", "weak"), ("lig", "strong-ut"))
_PLAIN = (("ige", "weak"), ("ig", "strong-ut"))
# Nouns that end like the learned adjectives ("havfisk", "harddiske").
_NOT_LEARNED = ("fisk", "fiske", "disk", "diske")
_FORMS = {
    "weak": (("pl", "ind"), ("sp", "def")),
    "strong-both": (("ut", "sg", "ind"), ("nt", "sg", "ind")),
    "strong-ut": (("ut", "sg", "ind"),),
}


def word_readings(ctx: CheckContext, token: Token) -> tuple[Reading, ...]:
    """The token's readings, or for a word the analyser does not know those its form shows
    (empty when it shows nothing for certain)."""
    if token.known:
        return token.readings
    return guesses(ctx).get(token.surface.casefold(), ())


def with_guesses(ctx: CheckContext, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens, each word the analyser does not know given its guessed readings (and, as
    the tagger's choice, the first of them), for checks that read tokens only."""
    result = []
    for token in tokens:
        readings = () if token.known else guesses(ctx).get(token.surface.casefold(), ())
        if readings:
            token = Token(token.surface, token.start, token.end, readings, readings[0])
        result.append(token)
    return tuple(result)


def guesses(ctx: CheckContext) -> dict[str, tuple[Reading, ...]]:
    """The guessed readings of every unknown word of the article (lower case)."""
    return ctx.memo(("grammar.guesses", id(ctx.document)), lambda: _guess_all(ctx))


def _guess_all(ctx: CheckContext) -> dict[str, tuple[Reading, ...]]:
    speller = ctx.speller(ctx.document.language)
    if speller is None:
        return {}
    unknown = {
        t.surface.casefold() for a in analysed_segments(ctx) for t in a.tokens if not t.known
    }
    words = {
        w for w in unknown if w.isalpha() and len(w) >= _MIN_FIRST + _MIN_PART and speller.known(w)
    }
    splits = {w: list(_splits(w)) for w in words}
    parts = {p for pairs in splits.values() for first, head in pairs for p in (*first, head)}
    known = lexicon(ctx, sorted(parts))
    result: dict[str, tuple[Reading, ...]] = {}
    for word in words:
        readings = _adjective(word, learned=True) or _head(word, splits[word], known)
        readings = readings or _adjective(word, learned=False)
        if readings:
            result[word] = readings
    for word, gender in definite_form_genders(unknown).items():
        if word not in result and speller.known(word):
            result[word] = (Reading(word, ("n", gender, "sg", "ind", GUESS)),)
    return result


def _splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """(first-part spellings, head) for each place the word may split, longest head first."""
    result = []
    for k in range(2, len(word) - _MIN_PART + 1):
        first, head = word[:k], word[k:]
        spellings = [first]
        for link in LINKS:
            if link and first.endswith(link):
                spellings.append(first[: -len(link)])
        result.append((tuple(spellings), head))
    return result


def _head(
    word: str,
    splits: list[tuple[tuple[str, ...], str]],
    known: dict[str, tuple[Reading, ...]],
) -> tuple[Reading, ...]:
    """The readings of the word's head: the longest final part the analyser knows decides,
    when it is a noun after a known first part (a shorter one is not tried: "kontinavne" is
    no "kontin+avne" because "navne" follows an unknown "konti"). Like the analyser's own
    compound readings, they carry the head's lemma."""
    for spellings, head in splits:
        readings = known.get(head, ())
        if not readings:
            continue
        nouns = tuple(r for r in readings if r.pos == "n")
        others = [r for r in readings if r.pos != "n" and r.pos != "adv" and not r.has("imp")]
        if not nouns or others or any(r.has("gen") for r in nouns):
            return ()
        if not any(known.get(s) and len(s) >= _MIN_FIRST for s in spellings):
            return ()
        return tuple(Reading(r.lemma, (*r.tags, GUESS)) for r in nouns)
    return ()


def _adjective(word: str, *, learned: bool) -> tuple[Reading, ...]:
    """The readings an adjective ending gives the word."""
    if learned and word.endswith(_NOT_LEARNED):
        return ()
    for ending, form in _LEARNED if learned else _PLAIN:
        if word.endswith(ending):
            lemma = word[: len(word) - len(ending)] + ending.rstrip("e")
            return tuple(Reading(lemma, ("adj", "pst", *tags, GUESS)) for tags in _FORMS[form])
    return ()
