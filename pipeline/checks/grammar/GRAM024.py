from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import capitalised, chosen_is, is_word, only, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Subject pronouns: a verb followed by one opens a clause of its own ("… at har du feber, …").
_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det", "der"})


class VerbFormAfterAt(Check):
    """The infinitive marker `at` is followed by a finite verb or a participle ("for at forbedrer").

    After `at` Danish wants the infinitive: "for at forebygge infektioner", "Det er vigtigt
    at tage medicinen". Machine translation that aligns an English "to improve" with a
    Danish present form, and writers who confuse the forms in speech (`at lære`/`lærer`),
    leave the present tense, the past or a participle: "for at forbedrer", "til at
    annoncerer", "at tog".

    Flags `at` followed (through adverbs) by a word whose every reading in Apertium's
    Danish analysis is a verb in the present or past tense or a participle, and none an
    infinitive.

    It deliberately does not flag: forms that are also infinitives or other words ("at
    bruger" may be the noun "bruger"), a verb followed by a subject pronoun (a conditional
    clause after the conjunction `at`: "at har du feber, skal du …"), capitalised words,
    and words the analyser does not know.

    Anti-pattern: "Motion hjælper til at forbedrer søvnen, og det er vigtigt at drikker vand."
    Best practice: "Motion hjælper til at forbedre søvnen, og det er vigtigt at drikke vand."
    """

    code = "GRAM024"
    name = "grammar.verb-form-after-at"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, token in enumerate(tokens):
                if token.surface.casefold() != "at":
                    continue
                j = i + 1
                while j < len(tokens) and only(tokens[j], "adv"):
                    j += 1
                if j >= len(tokens) or not _not_infinitive(tokens[j]):
                    continue
                following = tokens[j + 1] if j + 1 < len(tokens) else None
                if following is not None and (
                    following.surface.casefold() in _PRONOUNS and chosen_is(following, "prn")
                ):
                    continue
                verb = tokens[j]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    verb.end,
                    f"'{verb.surface}' after 'at' is not an infinitive: use the infinitive",
                )


def _not_infinitive(token: Token) -> bool:
    """Every reading a finite verb or participle, none an infinitive."""
    if not token.known or not is_word(token) or capitalised(token):
        return False
    return all(
        verb_reading(r) and (r.has("pres") or r.has("past") or r.has("pp")) and not r.has("inf")
        for r in token.readings
    )
