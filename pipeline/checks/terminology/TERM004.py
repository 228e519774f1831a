from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.terminology.matches import term_matches
from pipeline.checks.terminology.term_context import key, replacements
from pipeline.core.models import Finding, Segment, Severity
from pipeline.glossary.matcher import TermMatch
from pipeline.glossary.model import TermStatus


class InconsistentTerms(Check):
    """One concept is written with several different terms in one article.

    Reported at the first use of each term that is neither the preferred term nor already
    reported as forbidden or deprecated (TERM001/TERM002), listing every variant used.
    Not counted: acronyms (ALS beside "amyotrofisk lateral sklerose" is normal practice)
    and terms introduced in the same sentence as another term of the concept
    ("… kaldes også Lou Gehrigs sygdom"), which is how a synonym is defined.

    Anti-pattern: "… kan forårsage sikl …" after "… forårsager savlen …".
    Best practice: one term, "savlen", throughout.
    """

    code = "TERM004"
    name = "terminology.inconsistent-terms"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        by_concept: dict[str, list[tuple[Segment, TermMatch]]] = defaultdict(list)
        for segment, match in term_matches(ctx):
            if not match.entry.term.isupper():
                by_concept[match.entry.concept_id].append((segment, match))
        for concept_id, uses in by_concept.items():
            terms_by_segment: dict[str, set[str]] = defaultdict(set)
            for segment, match in uses:
                terms_by_segment[segment.id].add(match.entry.term)
            counted = [
                (segment, match)
                for segment, match in uses
                if len(terms_by_segment[segment.id]) == 1
            ]
            variants = list(dict.fromkeys(match.entry.term for _, match in counted))
            if len(variants) < 2:
                continue
            preferred = ctx.glossary.preferred(concept_id, ctx.document.language)
            seen: set[str] = set()
            for segment, match in counted:
                entry = match.entry
                if entry.term in seen or entry.status is not TermStatus.ADMITTED:
                    continue
                seen.add(entry.term)
                listed = ", ".join(f"'{v}'" for v in variants)
                advice = f"; use '{preferred.term}' throughout" if preferred else ""
                yield self.finding(
                    ctx,
                    segment,
                    match.start,
                    match.end,
                    f"concept '{concept_id}' is written as {listed} in this article{advice}",
                    # only a form that keeps the word's inflection (term_context)
                    suggestion=replacements(ctx).get(key(segment, match)) if preferred else None,
                    suggestions=[preferred.term] if preferred else None,
                )
