from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.calques import DATA as CALQUES
from pipeline.checks.artifacts.calques import calque_matcher
from pipeline.checks.artifacts.collocations import collocation_matcher
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity


class EnglishCollocation(Check):
    """A noun with the verb English pairs it with where Danish uses another ("lave et valg").

    Machine translation renders "make a decision", "take the temperature", "lose weight",
    "take place", "give birth" word by word: "lave en beslutning" (træffe), "tage
    temperaturen" (måle), "miste vægt" (tabe sig), "tage sted" (finde sted), "give fødsel"
    (føde). The list (pipeline/checks/data/collocations.yml) names a verb and the head nouns
    of its object, both matched by lemma in Apertium's Danish analysis: every tense and an
    object with determiners, adjectives and a genitive between ("tag dit barns temperatur"),
    and a compound object by its head ("laver sunde livsstilsvalg"). The suggestion is the
    Danish verb; the fix is never automatic, as the sentence often needs rewording.

    It deliberately does not flag established Danish that came from English ("tage en
    beslutning", "gøre en forskel", "tage et kig på", "lave ændringer"), "tage stedet for"
    (a bare noun only), a participle ("valg, der er lavet"), and phrases the calque list
    already reports. Danish documents only.

    Anti-pattern: "Det er vigtigt at lave sunde valg, når man har diabetes."
    Best practice: "Det er vigtigt at træffe sunde valg, når man har diabetes."
    """

    code = "MT008"
    name = "artifacts.english-collocation"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        matcher = collocation_matcher()
        speller = ctx.speller("da")
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            matches = matcher.find(tokens)
            if not matches:
                continue
            listed = calque_matcher(speller, CALQUES).find(text) if speller else []
            for match in matches:
                start, end = tokens[match.verb].start, tokens[match.noun].end
                if any(m.start < end and start < m.end for m in listed):
                    continue  # MT005 reports the phrase already
                collocation = match.collocation
                found = text[start:end]
                verb = tokens[match.verb].surface
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    end,
                    f"'{found}': Danish uses '{collocation.right}' with this noun, not "
                    f"'{verb}' ({collocation.reason})",
                    suggestion=collocation.right.split(",")[0].strip(),
                )
