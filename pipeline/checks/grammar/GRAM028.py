from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import (
    PLURAL_QUANTIFIERS,
    adjective_like,
    head_noun,
    plural,
    strong_singular,
    weak_only,
)
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_COORDINATORS = frozenset({"og", "eller"})
# Determiners after which every adjective of the phrase takes the weak form; den/det/de
# only where they cannot be pronouns (see _determiner).
_WEAK_AFTER = frozenset(
    {"denne", "dette", "disse", "min", "mit", "mine", "din", "dit", "dine", "sin", "sit",
     "sine", "vores", "jeres", "deres", "hans", "hendes"}
)  # fmt: skip
_ARTICLES = frozenset({"den", "det", "de"})
_OPENING = frozenset({",", ";", ":", "("})
# Verbs after which an adjective may be predicative, of the subject or the object, so that
# `og` may start a new clause ("huden bliver rød og hævede områder opstår").
_PREDICATIVE_VERBS = frozenset(
    {"være", "blive", "forblive", "virke", "synes", "se", "føle", "gøre", "holde", "finde",
     "kalde", "lade", "forekomme", "lyde", "smage", "dufte"}
)  # fmt: skip


class CoordinatedAdjectiveForms(Check):
    """Of two coordinated adjectives before a plural or definite noun, one is singular.

    Adjectives joined by `og`/`eller` before the same noun take the same form: "fysiske og
    psykiske problemer", "de fysiske og psykiske belastninger". Machine translation inflects
    the adjective next to the noun and leaves the one before the conjunction in the
    singular: "fysisk og psykiske problemer", "med rød og hævede områder".

    Flags an adjective whose every reading is strong singular (known to the analyser and
    read so by the tagger, or a learned adjective it does not know, by its ending:
    `grammar.guesses`), followed by `og`/`eller` and adjectives of which one is surely
    definite or plural, before a plural noun with no determiner (the phrase opening at the
    start, after a preposition, punctuation, a plural quantifier, `både` or a verb that
    takes no predicative: "kan give fysisk og psykiske problemer"), or before any
    noun after a demonstrative or possessive (or `de`/`den`/`det` at the start or after a
    preposition).

    It deliberately does not flag: an adjective after a copula or a verb with an object
    predicative (it may be predicative and `og` start a new clause: "huden bliver rød og
    hævede områder opstår"), forms in -t (an
    adverb or the neuter), adjectives that end in a vowel, degree and quantity words, a
    noun with a singular reading without a determiner, and capitalised words inside a
    sentence (names).

    Anti-pattern: "Stress kan give fysisk og psykiske problemer."
    Best practice: "Stress kan give fysiske og psykiske problemer."
    """

    code = "GRAM028"
    name = "grammar.coordinated-adjective-forms"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for c in range(1, len(tokens) - 2):
                found = _mismatch(ctx, tokens, c)
                if found is None:
                    continue
                weak, noun = found
                first = tokens[c - 1]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    first.start,
                    tokens[noun].end,
                    f"'{first.surface}' is singular, but '{tokens[weak].surface}' beside it "
                    f"is plural or definite before '{tokens[noun].surface}': coordinated "
                    "adjectives take the same form (-e)",
                )


def _mismatch(ctx: CheckContext, tokens: tuple[Token, ...], c: int) -> tuple[int, int] | None:
    """(index of the weak adjective, index of the noun) when the conjunction at `c` joins a
    strong singular adjective to weak ones before their noun."""
    if tokens[c].surface.casefold() not in _COORDINATORS:
        return None
    first = tokens[c - 1]
    if not adjective_like(ctx, first) or not strong_singular(word_readings(ctx, first)):
        return None
    if first.surface[-1:].casefold() in "taeiouyæøå" or (capitalised(first) and c > 1):
        return None
    end = c + 1
    while end < len(tokens) and adjective_like(ctx, tokens[end]):
        end += 1
    weak = next((j for j in range(c + 1, end) if weak_only(word_readings(ctx, tokens[j]))), None)
    if weak is None or any(capitalised(t) for t in tokens[c + 1 : end]):
        return None
    noun = head_noun(ctx, tokens, end)
    if not noun or any(r.has("def") for r in noun):
        return None
    opening = _opening(tokens, c - 1)
    if opening == "determiner" or (opening == "bare" and plural(noun)):
        return weak, end
    return None


def _opening(tokens: tuple[Token, ...], i: int) -> str | None:
    """How the phrase whose first adjective is at `i` opens: "determiner" (a determiner
    that asks for the weak form), "bare" (no determiner) or None (after a verb or anything
    else that leaves the phrase unclear)."""
    if i == 0:
        return "bare"
    before = tokens[i - 1]
    word = before.surface.casefold()
    if word in _WEAK_AFTER and any(r.pos == "det" for r in before.readings):
        return "determiner"
    if word in _ARTICLES and chosen_is(before, "det"):
        return "determiner" if i == 1 or chosen_is(tokens[i - 2], "pr") else None
    if word in PLURAL_QUANTIFIERS or word == "både" or any(ch.isdigit() for ch in word):
        return "bare"
    if not is_word(before):
        return "bare" if word in _OPENING else None
    if chosen_is(before, "pr") or chosen_is(before, "cnjcoo"):
        return "bare"
    chosen = before.chosen
    if chosen is not None and chosen.pos.startswith("vb"):
        predicative = any(r.lemma.casefold() in _PREDICATIVE_VERBS for r in before.readings)
        return None if predicative else "bare"
    return None
