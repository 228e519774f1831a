from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.TERM005 import find_terms
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.model import TermStatus


class LostInBackTranslation(BilingualCheck):
    """A glossary concept of the source is missing when the target is translated back.

    Runs only on units that carry a back-translation (`translate --back-check`, which
    translates each target back to the source language with the offline engine). A concept
    the source names but the back-translation does not is a sign that the target lost or
    changed the term, even when the target's own term check cannot tell (a language the
    glossary lacks). Concepts the back-translation adds are not reported: engines often
    render a paraphrase with a glossary word. A forbidden term in the back-translation does
    not count as the concept: "dræning" coming back means the target said "drainage".

    Anti-pattern: da "… savlen …" → nb "… drenasje …" → back "… dræning …" (drooling lost).
    Best practice: da "… savlen …" → nb "… sikling …" → back "… savlen …".
    """

    code = "BACK001"
    name = "bilingual.back-translation-concept-lost"
    severity = Severity.WARNING

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        if not unit.back_translation:
            return
        source = {
            h.entry.concept_id: h for h in find_terms(ctx.glossary, unit.source_lang, unit.source)
        }
        back = {
            h.entry.concept_id
            for h in find_terms(ctx.glossary, unit.source_lang, unit.back_translation)
            if h.entry.status is not TermStatus.FORBIDDEN
        }
        for concept_id, hit in source.items():
            if concept_id not in back:
                yield self.finding(
                    unit,
                    f"concept '{concept_id}' ('{hit.text}') is missing from the back-translation "
                    f"'{unit.back_translation}': check the target's term",
                    match=hit.text,
                )
