from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.bilingual.TERM005 import TermHit, find_terms
from pipeline.checks.bilingual.tokens import replaced_target
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.inflection import match_case
from pipeline.glossary.matcher import TermMatch, matcher_for
from pipeline.glossary.model import Glossary, TermStatus

_REJECTED = (TermStatus.FORBIDDEN, TermStatus.DEPRECATED)


class ForbiddenTargetTerm(TranslatedUnitCheck):
    """The target uses a term the glossary forbids or deprecates in the target language.

    Matches every inflected form (sv "utvecklingsstörningar", en "mental retardation").
    A forbidden term is an error, a deprecated one a warning; the suggestion is the whole
    target with the concept's preferred target term in its place — inflected like the match
    for a Danish target (the glossary's inflection is Danish; a safe fix when the form is
    certain), in its dictionary form for other languages (applied by `--unsafe-fixes` only).

    It deliberately does not flag a rejected form that is also a good term of another
    concept, and it does not look at the source: a forbidden source term is TERM001's
    finding on the source document.

    Anti-pattern: en "… and mental retardation."
    Best practice: en "… and intellectual disability."
    """

    code = "TERM006"
    name = "bilingual.forbidden-target-term"
    severity = Severity.ERROR
    fixable = True

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        for hit in find_terms(ctx.glossary, unit.target_lang, target):
            if hit.entry.status not in _REJECTED:
                continue
            replacement = _replacement(ctx.glossary, unit.target_lang, hit)
            status = hit.entry.status.value
            note = f" ({hit.entry.note})" if hit.entry.note else ""
            use = f": use '{replacement[0]}'" if replacement else ""
            fixed = (
                replaced_target(unit, target, hit.start, hit.end, replacement[0])
                if replacement
                else None
            )
            yield self.finding(
                unit,
                f"{status} {unit.target_lang} term '{hit.text}' "
                f"(concept '{hit.entry.concept_id}'){use}{note}",
                match=hit.text,
                suggestion=fixed,
                severity=Severity.ERROR if status == "forbidden" else Severity.WARNING,
                fixable=fixed is not None and replacement is not None and replacement[1],
            )


def _replacement(glossary: Glossary, lang: str, hit: TermHit) -> tuple[str, bool] | None:
    """The preferred term to write instead, and whether it is a safe replacement."""
    preferred = glossary.suggestion_for(hit.entry)
    if preferred is None:
        return None
    if lang == "da" and hit.category is not None:
        match = TermMatch(hit.entry, hit.start, hit.end, hit.text, hit.category)
        return matcher_for(glossary, lang).replacement(match)
    return match_case(hit.text, hit.entry.term, preferred.term), False
