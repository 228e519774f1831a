from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import (
    PLURAL_QUANTIFIERS,
    adjective_like,
    head_noun,
    plural,
    plural_suggestion,
    strong_singular,
)
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.GRAM020 import AttributiveAgreement
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import any_pos, capitalised, chosen_is, is_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Punctuation after which a noun phrase may open without a determiner.
_OPENING = frozenset({",", ";", ":", "("})


class SingularAdjectivesPluralNoun(Check):
    """Singular adjectives stand before a plural noun ("kraftig antiinflammatorisk effekter").

    An adjective before a plural noun takes the plural form in -e ("kraftige
    antiinflammatoriske effekter"). English adjectives do not inflect, and machine
    translation often leaves the singular form, most of all on learned adjectives the
    translation engine hardly knows. GRAM020 judges one known adjective directly before
    the noun after a preposition or conjunction; this check judges a chain of adjectives,
    the learned adjectives Apertium's analyser does not know (by their endings -isk, -ig,
    -lig: `grammar.guesses`) and compound nouns it does not know (by their head), and a
    phrase that opens after a verb ("menes at have kraftig antiinflammatorisk effekter").

    Flags a chain of adjectives without a determiner before a noun whose every reading is
    plural, when the adjective next to the noun is surely a singular adjective (every
    reading; not a participle, comparative or superlative) and the phrase opens at the
    start of a segment, after a preposition, a conjunction, a plural quantifier (mange,
    flere, nogle, alle, hvilke …), a number, punctuation or a verb; after a verb only when
    the first adjective is one the analyser knows, read as nothing but an adjective, and
    not in -isk (which is also a sentence adverb: "de får typisk infektioner").

    It deliberately does not flag: a singular determiner or a possessive before the
    adjectives (GRAM005, GRAM020), what GRAM020 already flags, adjectives that end in a
    vowel (`fri`, `ny`, `blå` may stay uninflected), degree and quantity words (`meget`,
    `særlig`, `halv`, `hel`), adjectives with a plural reading too (`diverse`), a noun
    with a singular reading (`år`, `forsøg`), a noun followed by another noun or an
    unknown word (a split compound), and capitalised words inside a sentence (names).

    Anti-pattern: "Curcumin menes at have kraftig antiinflammatorisk effekter."
    Best practice: "Curcumin menes at have kraftige antiinflammatoriske effekter."
    """

    code = "GRAM026"
    name = "grammar.singular-adjectives-plural-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        flagged: set[tuple[int, int]] | None = None
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for k in range(1, len(tokens)):
                first = _mismatch(ctx, tokens, k)
                if first is None:
                    continue
                words = [t.surface for t in tokens[first:k]]
                suggestion = plural_suggestion(words)
                noun = tokens[k].surface
                fix = f" ('{suggestion} {noun}')" if suggestion else ""
                finding = self.finding(
                    ctx,
                    analysed.segment,
                    tokens[first].start,
                    tokens[k].end,
                    f"'{' '.join(words)}' is singular before the plural '{noun}': adjectives "
                    f"before a plural noun take the plural form in -e{fix}",
                    suggestion=f"{suggestion} {noun}" if suggestion else None,
                )
                if flagged is None:  # GRAM020's findings, only when there is one to compare
                    flagged = {(f.line, f.column) for f in AttributiveAgreement().run(ctx)}
                if (finding.line, finding.column) not in flagged:
                    yield finding


def _mismatch(ctx: CheckContext, tokens: tuple[Token, ...], k: int) -> int | None:
    """The index of the first singular adjective of the chain before the plural noun at
    `k`, or None."""
    last = tokens[k - 1]
    if not adjective_like(ctx, last) or not strong_singular(word_readings(ctx, last)):
        return None
    if not plural(head_noun(ctx, tokens, k)):
        return None
    start = k - 1
    while start > 0 and adjective_like(ctx, tokens[start - 1]):
        start -= 1
    if tokens[k - 1].surface[-1:].casefold() in "aeiouyæøå":
        return None
    first = k - 1
    while first > start and strong_singular(word_readings(ctx, tokens[first - 1])):
        first -= 1
    if any(capitalised(t) for t in tokens[max(start, 1) : k]):
        return None  # a name or a title inside the sentence
    return first if _opens_phrase(ctx, tokens, start) else None


def _opens_phrase(ctx: CheckContext, tokens: tuple[Token, ...], start: int) -> bool:
    """Whether a determinerless noun phrase may open at `start`."""
    if start == 0:
        return True
    before = tokens[start - 1]
    word = before.surface.casefold()
    if word in PLURAL_QUANTIFIERS or any(ch.isdigit() for ch in word):
        return True
    if not is_word(before):
        return word in _OPENING
    if any_pos(before, "pr") or chosen_is(before, "cnjcoo"):
        return True  # any preposition reading: an unknown word after it confuses the tagger
    chosen = before.chosen
    if chosen is None or not chosen.pos.startswith("vb"):
        return False
    adjective = tokens[start]
    return (
        adjective.known
        and all(r.pos == "adj" for r in adjective.readings)
        and not adjective.surface.casefold().endswith("isk")
    )
