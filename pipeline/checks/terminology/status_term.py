"""The shared kind behind TERM001–TERM003: a term whose glossary status calls for a change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pipeline.checks.audience import audience_of
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.terminology.matches import term_matches
from pipeline.checks.terminology.term_context import key, named_synonyms, replacements
from pipeline.core.models import Finding
from pipeline.glossary.matcher import TermMatch
from pipeline.glossary.model import TermStatus


class StatusTermCheck(Check):
    """Flags glossary terms of one status, suggesting the concept's preferred term."""

    status: ClassVar[TermStatus]
    adjective: ClassVar[str]

    def applies(self, match: TermMatch) -> bool:
        return match.entry.status is self.status

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        synonyms = named_synonyms(ctx)
        for segment, match in term_matches(ctx):
            if not self.applies(match):
                continue
            if match.entry.status is not TermStatus.FORBIDDEN and match.entry.suits(
                audience_of(ctx)
            ):
                continue  # "fascikulation" in a text for professionals: the right register
            named = key(segment, match) in synonyms
            if named and match.entry.status is not TermStatus.FORBIDDEN:
                continue  # "… kaldes også Lou Gehrigs sygdom": the synonym is named on purpose
            preferred = ctx.glossary.suggestion_for(match.entry)
            note = f" ({match.entry.note})" if match.entry.note else ""
            concept = match.entry.concept_id
            if preferred is None:
                yield self.finding(
                    ctx,
                    segment,
                    match.start,
                    match.end,
                    f"{self.adjective} term '{match.text}' for concept '{concept}'{note}; "
                    "the glossary has no preferred term to suggest",
                    fixable=False,
                )
                continue
            suggestion = None if named else replacements(ctx)[key(segment, match)]
            if suggestion is None:
                # the editor rewrites: no replacement keeps this word's part of speech and
                # inflection for sure, or it would define the term as itself
                why = (
                    "named as a synonym here"
                    if named
                    else "rephrase: no form of it is sure to fit here"
                )
                yield self.finding(
                    ctx,
                    segment,
                    match.start,
                    match.end,
                    f"{self.adjective} term '{match.text}' for concept '{concept}': "
                    f"use '{preferred.term}' ({why}){note}",
                    suggestions=[preferred.term],
                    fixable=False,
                )
                continue
            yield self.finding(
                ctx,
                segment,
                match.start,
                match.end,
                f"{self.adjective} term '{match.text}' for concept '{concept}': "
                f"use '{suggestion}'{note}",
                suggestion=suggestion,
                fixable=self.fixable,
            )
