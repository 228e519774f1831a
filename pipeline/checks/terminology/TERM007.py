from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.terminology.matches import term_matches
from pipeline.core.models import Finding, Segment, Severity
from pipeline.glossary.matcher import TermMatch
from pipeline.glossary.synonyms import self_definitions


class SelfDefinedTerm(Check):
    """A sentence names a term as a synonym of itself ("X kaldes også X", "X (X)").

    A synonym context (pipeline.glossary.synonyms: "kaldes også", "også kendt som", "eller",
    "dvs.", a parenthesis right after the term, "(tidligere kaldet …)") joins two mentions of
    one concept, and both are the same glossary term, in any inflection. It is what a
    translation or a fix that replaced the named synonym by the preferred term leaves behind,
    and it tells the reader nothing. Reported at the second mention.

    Not reported: two different terms of the concept ("ALS (amyotrofisk lateral sklerose)" is
    how an abbreviation is introduced), a repetition with other words between ("smerter i
    armen eller smerter i benet"), and words that are not glossary terms.

    Anti-pattern: "Amyotrofisk lateral sklerose kaldes også amyotrofisk lateral sklerose."
    Best practice: "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom."
    """

    code = "TERM007"
    name = "terminology.self-defined-term"
    severity = Severity.ERROR

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        by_segment: dict[str, list[tuple[Segment, TermMatch]]] = defaultdict(list)
        for segment, match in term_matches(ctx):
            by_segment[segment.id].append((segment, match))
        for uses in by_segment.values():
            if len(uses) < 2:
                continue
            segment = uses[0][0]
            mentions = [match for _, match in uses]
            for pair in self_definitions(segment.text, mentions, ctx.document.language):
                first, second = mentions[pair.first], mentions[pair.second]
                quoted = segment.text[first.start : second.end]
                if pair.parenthesis:
                    quoted += ")"
                yield self.finding(
                    ctx,
                    segment,
                    second.start,
                    second.end,
                    f"'{quoted}' names the term '{first.entry.term}' as a synonym of itself "
                    f"(concept '{first.entry.concept_id}'): name another term or delete it",
                )
