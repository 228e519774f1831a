from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import (
    capitalised,
    is_word,
    verb_after,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Pronouns that may stand between `har` and its participle in inverted order ("har du taget").


class NoParticipleAfterHave(Check):
    """Perfect `har`/`havde` is followed by an infinitive or finite verb ("har kan").

    `have` as an auxiliary takes the past participle: "Lægen har taget en blodprøve",
    "hvis du har glemt at tage medicinen". Machine translation that merges two English
    constructions, and writers who change a sentence halfway, leave an infinitive or a
    finite verb after it: "Lægen har tage en prøve", "Du har kan gruppere dem", "har du
    har nemlig".

    Flags a word that the tagger reads as the present or past of `have`, followed (through
    adverbs and one inverted subject pronoun: "har du ikke") by a word whose every reading
    in Apertium's Danish analysis is a verb in the infinitive or the present tense (no
    participle, noun or adjective reading).

    It deliberately does not flag: `have` as a main verb before a noun ("har brug for",
    "har ondt"), `at` before an infinitive ("har at gøre"), forms that are also
    participles or nouns, capitalised words, and words the analyser does not know.

    Anti-pattern: "Lægen har tage en blodprøve, og du har kan se svaret."
    Best practice: "Lægen har taget en blodprøve, og du kan se svaret."
    """

    code = "GRAM022"
    name = "grammar.no-participle-after-have"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, token in enumerate(tokens):
                if not _finite_have(token):
                    continue
                verb = verb_after(tokens, i + 1)
                if verb is None or not _infinitive_or_present(verb):
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    verb.end,
                    f"'{verb.surface}' after '{token.surface}' is not a participle: the "
                    "perfect tense takes the past participle, or one of the verbs is too many",
                )


def _finite_have(token: Token) -> bool:
    chosen = token.chosen
    return (
        chosen is not None
        and chosen.pos == "vbhaver"
        and (chosen.has("pres") or chosen.has("past"))
    )


def _infinitive_or_present(token: Token) -> bool:
    if not token.known or not is_word(token) or capitalised(token):
        return False
    return all(
        verb_reading(r) and (r.has("inf") or r.has("pres")) and not r.has("pp")
        for r in token.readings
    )
