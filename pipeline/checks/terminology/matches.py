"""Glossary term occurrences in a document, computed once and shared by the TERM checks."""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.core.models import Segment
from pipeline.glossary.matcher import TermMatch, TermMatcher, matcher_for


def matcher(ctx: CheckContext) -> TermMatcher:
    return matcher_for(ctx.glossary, ctx.document.language)


def term_matches(ctx: CheckContext) -> list[tuple[Segment, TermMatch]]:
    """Every term occurrence in the article's content (non-content lines are MT001's)."""

    def compute() -> list[tuple[Segment, TermMatch]]:
        m = matcher(ctx)
        return [
            (seg, match) for seg in ctx.document.content_segments() for match in m.find(seg.text)
        ]

    return ctx.memo("term-matches", compute)
