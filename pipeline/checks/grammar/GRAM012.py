from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import finite_reading, only, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token


class InfinitiveSubject(Check):
    """A bare infinitive is the subject of a sentence ("Spise er vigtigt").

    English makes a subject of a gerund ("Eating late is bad", "Signs are …"); machine
    translation renders it as a bare infinitive, or picks a verb for a noun it does not
    know in the plural ("Tegne er objektive indikationer" for "Signs are …", where tegn
    was meant). Danish puts `at` before an infinitive subject ("At spise sent er usundt")
    or uses a noun ("Tegn er …").

    Flags the first word of a segment when every reading in Apertium's Danish analysis is
    a verb and one is the infinitive, and the next word (after adverbs) is a verb whose
    every reading is finite (present or past).

    It deliberately does not flag: a first word that may be a noun or anything but a verb
    ("Hoste er …", "Løb er …"), imperatives followed by another verb form ("Lad være"),
    infinitives after `at` or inside the sentence, and a next word that may be something
    else than a finite verb ("Tage medicin …").

    Anti-pattern: "Spise sent om aftenen giver ofte halsbrand."
    Best practice: "At spise sent om aftenen giver ofte halsbrand."
    """

    code = "GRAM012"
    name = "grammar.infinitive-subject"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            if len(tokens) < 2 or not _infinitive(tokens[0]):
                continue
            j = 1
            while j < len(tokens) and only(tokens[j], "adv"):
                j += 1
            if j >= len(tokens) or not _finite(tokens[j]):
                continue
            first, verb = tokens[0], tokens[j]
            yield self.finding(
                ctx,
                analysed.segment,
                first.start,
                verb.end,
                f"the infinitive '{first.surface}' is the subject of '{verb.surface}': Danish "
                f"writes 'at' before it ('At {first.surface.casefold()}') or uses a noun",
            )


def _infinitive(token: Token) -> bool:
    return (
        token.known
        and all(verb_reading(r) for r in token.readings)
        and any(r.has("inf") for r in token.readings)
    )


def _finite(token: Token) -> bool:
    return token.known and all(finite_reading(r) and not r.has("imp") for r in token.readings)
