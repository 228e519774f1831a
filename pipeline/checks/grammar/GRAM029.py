from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import (
    EXEMPT,
    PHRASE_OPENING,
    PREDICATIVE_VERBS,
    genders,
    head_noun,
    strong_singular,
)
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.gender import both_genders
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token


class CommonAdjectiveNeuterNoun(Check):
    """An adjective without -t stands before a neuter noun without a determiner.

    A Danish adjective before a singular indefinite neuter noun takes -t: "med højt
    blodtryk", "godt helbred", "rigeligt vand". Machine translation from English often
    leaves the common-gender form when no article shows the gender: "med høj blodtryk",
    "for god helbred". GRAM020 judges the phrase after `en`/`et`; this check judges the
    phrase without a determiner.

    Flags an adjective whose every adjective reading is common-gender singular indefinite
    (read so by the tagger; other readings only a noun or an adverb: `høj`, `rigelig`)
    directly before a lower-case noun whose every reading is an indefinite neuter noun,
    singular or plural, for neither takes the bare form (a compound the analyser does not
    know by its head),
    when the phrase opens at the start, after a preposition, a conjunction, punctuation or
    a verb that takes no predicative.

    It deliberately does not flag: adjectives with a neuter reading of the same form (`dansk`,
    `fysisk`, `glad`, `moderne`), forms that end in a vowel or -sk, degree and quantity words,
    nouns hunspell also knows in the common gender ("en/et virus"), a noun followed by
    another noun or an unknown word (a split compound), an adjective after a copula or a
    verb with an object predicative ("barnet bliver syg hvert år"), and capitalised words
    inside a sentence (names).

    Anti-pattern: "Personer med høj blodtryk bør spise sund mad og drikke rigelig vand."
    Best practice: "Personer med højt blodtryk bør spise sund mad og drikke rigeligt vand."
    """

    code = "GRAM029"
    name = "grammar.common-adjective-neuter-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for k in range(1, len(tokens)):
                if not _mismatch(ctx, tokens, k):
                    continue
                adjective, noun = tokens[k - 1], tokens[k]
                if both_genders(ctx, noun, "nt"):
                    continue
                right = adjective.surface + "t"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    adjective.start,
                    noun.end,
                    f"'{noun.surface}' is neuter: the adjective before it takes -t "
                    f"('{right} {noun.surface}')",
                    suggestion=f"{right} {noun.surface}",
                )


def _mismatch(ctx: CheckContext, tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the adjective before the noun at `k` is common gender, the noun neuter."""
    adjective = tokens[k - 1]
    if (
        not adjective.known
        or not chosen_is(adjective, "adj")
        or adjective.surface.casefold() in EXEMPT
    ):
        return False
    readings = tuple(r for r in adjective.readings if r.pos == "adj")
    others = [r for r in adjective.readings if r.pos not in ("adj", "adv", "n")]
    if others or not strong_singular(readings) or genders(readings) != {"ut"}:
        return False
    word = adjective.surface.casefold()
    if word[-1:] in "aeiouyæøå" or word.endswith(("sk", "t")):
        return False
    if capitalised(adjective) and k > 1:
        return False
    noun = head_noun(ctx, tokens, k)
    if not noun or genders(noun) != {"nt"} or not all(r.has("ind") for r in noun):
        return False
    if not any(r.has("sg") for r in noun):
        return False  # only plural: it wants -e ("orale antibiotika"), GRAM026's finding
    return _opens_phrase(tokens, k - 1)


def _opens_phrase(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether a determinerless noun phrase may open at `i`."""
    if i == 0:
        return True
    before = tokens[i - 1]
    if not is_word(before):
        return before.surface in PHRASE_OPENING
    if chosen_is(before, "pr") or chosen_is(before, "cnjcoo"):
        return True
    chosen = before.chosen
    if chosen is None or not chosen.pos.startswith("vb"):
        return False
    return not any(r.lemma.casefold() in PREDICATIVE_VERBS for r in before.readings)
