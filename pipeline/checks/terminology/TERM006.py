from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.terminology.TERM005 import TermHit, find_terms, units_with_terms
from pipeline.checks.terminology.word_forms import safe_replacement, word_forms
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.matcher import TermMatch, matcher_for
from pipeline.glossary.model import Glossary, TermStatus
from pipeline.glossary.synonyms import named_as_synonyms
from pipeline.text.tokens import replaced_target

_REJECTED = (TermStatus.FORBIDDEN, TermStatus.DEPRECATED)


class ForbiddenTargetTerm(TranslatedUnitCheck):
    """The target uses a term the glossary forbids or deprecates in the target language.

    Matches every inflected form (sv "utvecklingsstörningar", en "mental retardation").
    A forbidden term is an error, a deprecated one a warning; the suggestion is the whole
    target with the concept's preferred target term in its place, in the same part of speech
    and inflection as the match, confirmed by the target language's analyser or a certain
    paradigm (pipeline.checks.terminology.word_forms). When that is unsure there is no
    suggestion to apply: the message names the term and the translator rewrites.

    It deliberately does not flag a rejected form that is also a good term of another
    concept, nor a deprecated term the target names as a synonym ("(tidligere kalt …)"), and
    it does not look at the source: a forbidden source term is TERM001's finding on the
    source document. A forbidden term named as a synonym is reported without a fix, which
    would define the term as itself.

    Anti-pattern: en "… and mental retardation."
    Best practice: en "… and intellectual disability."
    """

    code = "TERM006"
    name = "bilingual.forbidden-target-term"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        for unit, target in units_with_terms(ctx, "target"):  # a target without terms has none
            yield from self.check_target(unit, target, ctx)

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        hits = find_terms(ctx.glossary, unit.target_lang, target)
        if not hits:
            return  # most targets: no term, so no synonym pair to look for
        synonyms = named_as_synonyms(target, hits, unit.target_lang)
        for index, hit in enumerate(hits):
            if hit.entry.status not in _REJECTED:
                continue
            named = index in synonyms
            if named and hit.entry.status is TermStatus.DEPRECATED:
                continue  # "(tidligere kaldt …)": a former name, named as such
            preferred = ctx.glossary.suggestion_for(hit.entry)
            replacement = (
                None if named else _replacement(ctx.glossary, unit.target_lang, hit, target)
            )
            status = hit.entry.status.value
            note = f" ({hit.entry.note})" if hit.entry.note else ""
            use = f": use '{preferred.term}'" if preferred else ""
            fixed = (
                replaced_target(unit, target, hit.start, hit.end, replacement)
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
                fixable=fixed is not None,
            )


def _replacement(glossary: Glossary, lang: str, hit: TermHit, target: str) -> str | None:
    """The preferred term in the hit's part of speech and inflection, when that is sure
    (pipeline.checks.terminology.word_forms); else None, and the translator rewrites."""
    preferred = glossary.suggestion_for(hit.entry)
    if preferred is None:
        return None
    forms = word_forms(lang)
    category, paradigm = hit.category, None
    if base_language(lang) == "da" and category is not None:
        match = TermMatch(hit.entry, hit.start, hit.end, hit.text, category)
        paradigm = matcher_for(glossary, lang).replacement(match)
    elif category is None:
        category = forms.category_of(hit.text, hit.entry.term)
    return safe_replacement(
        forms, hit.text, hit.entry.term, preferred.term, category, paradigm, target, hit.start
    )
