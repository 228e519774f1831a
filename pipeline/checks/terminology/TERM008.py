from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.terminology.TERM005 import find_terms, units_with_terms
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.synonyms import self_definitions


class SelfDefinedTargetTerm(TranslatedUnitCheck):
    """A translation names a term as a synonym of itself where its source does not.

    The translation's counterpart of TERM007, with the same synonym detector in the target
    language (nb "kalles også", nn "vert òg kalla", sv "kallas också", a parenthesis …):
    two mentions of one concept joined as synonyms, both the same target term in any
    inflection. Typically an engine or a glossary enforcement that replaced the source's
    named synonym by the preferred term. A source that already defines a term as itself is
    TERM007's finding on the source, so such units are not reported again here.

    Anti-pattern: da "ALS kaldes også Lou Gehrigs sygdom" → nb "ALS kalles også ALS"
    Best practice: da "ALS kaldes også Lou Gehrigs sygdom" → nb "ALS kalles også Lou Gehrigs
    sykdom"
    """

    code = "TERM008"
    name = "bilingual.self-defined-target-term"
    severity = Severity.ERROR

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        for unit, target in units_with_terms(ctx, "target"):  # a target without terms has none
            yield from self.check_target(unit, target, ctx)

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        hits = find_terms(ctx.glossary, unit.target_lang, target)
        if len(hits) < 2:
            return
        pairs = self_definitions(target, hits, unit.target_lang)
        if not pairs:
            return
        source_hits = find_terms(ctx.glossary, unit.source_lang, unit.source)
        if self_definitions(unit.source, source_hits, unit.source_lang):
            return
        for pair in pairs:
            first, second = hits[pair.first], hits[pair.second]
            quoted = target[first.start : second.end] + (")" if pair.parenthesis else "")
            yield self.finding(
                unit,
                f"'{quoted}' names the {unit.target_lang} term '{first.entry.term}' as a "
                f"synonym of itself (concept '{first.entry.concept_id}'); the source names "
                "two terms: keep the second one's meaning",
                match=second.text,
            )
