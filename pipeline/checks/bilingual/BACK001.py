from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.DNT001 import do_not_translate_concepts
from pipeline.checks.terminology.TERM005 import find_terms
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.model import Glossary, TermStatus

_GOOD = (TermStatus.PREFERRED, TermStatus.ADMITTED)


class LostInBackTranslation(BilingualCheck):
    """A glossary concept of the source is missing when the target is translated back.

    Runs only on units that carry a back-translation (`translate --back-check`, which
    translates each target back to the source language with the offline engine). A concept
    the source names but the back-translation does not is a sign that the target lost or
    changed the term, even when the target's own term check cannot tell (a language the
    glossary lacks).

    A concept counts as kept when the back-translation names it with a source-language term
    that is not forbidden ("dræning" coming back means the target said "drainage"), or when
    the target (or the back-translation, which often passes a word it does not know through)
    has a preferred or admitted target-language term of the concept: the glossary's own term
    maps back to its concept whatever the engine makes of it (nb "muskelrykninger", which
    Apertium's nob-dan leaves as it is).

    Not reported: a forbidden source term (the source is wrong there: TERM001's finding, and
    enforcement translates its concept), do-not-translate names (DNT001's), and concepts the
    back-translation adds (engines often render a paraphrase with a glossary word).

    Anti-pattern: da "… savlen …" → nn "… drenasje …" → back "… dræning …" (drooling lost).
    Best practice: da "… savlen …" → nb "… sikling …" → back "… sikling …" (nb's term).
    """

    code = "BACK001"
    name = "bilingual.back-translation-concept-lost"
    severity = Severity.WARNING

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        if not unit.back_translation:
            return
        glossary = ctx.glossary
        names = do_not_translate_concepts(glossary)
        source = {
            h.entry.concept_id: h
            for h in find_terms(glossary, unit.source_lang, unit.source)
            if h.entry.status is not TermStatus.FORBIDDEN and h.entry.concept_id not in names
        }
        if not source:
            return
        kept = {
            h.entry.concept_id
            for h in find_terms(glossary, unit.source_lang, unit.back_translation)
            if h.entry.status is not TermStatus.FORBIDDEN
        }
        kept |= _good_terms(glossary, unit.target_lang, unit.target)
        kept |= _good_terms(glossary, unit.target_lang, unit.back_translation)
        for concept_id, hit in source.items():
            if concept_id not in kept:
                yield self.finding(
                    unit,
                    f"concept '{concept_id}' ('{hit.text}') is missing from the back-translation "
                    f"'{unit.back_translation}': check the target's term",
                    match=hit.text,
                )


def _good_terms(glossary: Glossary, lang: str, text: str) -> set[str]:
    """Concepts that `text` names with a preferred or admitted `lang` term."""
    return {h.entry.concept_id for h in find_terms(glossary, lang, text) if h.entry.status in _GOOD}
