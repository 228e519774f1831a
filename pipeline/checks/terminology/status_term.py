"""The shared kind behind TERM001–TERM003: a term whose glossary status calls for a change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pipeline.checks.audience import audience_of
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.terminology.matches import matcher, term_matches
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
        m = matcher(ctx)
        for segment, match in term_matches(ctx):
            if not self.applies(match):
                continue
            if match.entry.status is not TermStatus.FORBIDDEN and match.entry.suits(
                audience_of(ctx)
            ):
                continue  # "fascikulation" in a text for professionals: the right register
            replacement = m.replacement(match)
            note = f" ({match.entry.note})" if match.entry.note else ""
            concept = match.entry.concept_id
            if replacement is None:
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
            suggestion, certain = replacement
            yield self.finding(
                ctx,
                segment,
                match.start,
                match.end,
                f"{self.adjective} term '{match.text}' for concept '{concept}': "
                f"use '{suggestion}'{note}",
                suggestion=suggestion,
                fixable=self.fixable and certain,
            )
