"""Glossary term occurrences in a document, computed once and shared by the TERM checks."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from pipeline.checks.context import CheckContext
from pipeline.core.models import Segment
from pipeline.glossary.matcher import TermMatch, TermMatcher
from pipeline.glossary.model import Glossary

# Building a matcher generates every inflected form of every term (~15 ms for the project
# glossary), so one is kept per glossary and language for a whole batch of documents.
_MATCHERS: WeakKeyDictionary[Glossary, dict[str, TermMatcher]] = WeakKeyDictionary()


def matcher(ctx: CheckContext) -> TermMatcher:
    lang = ctx.document.language
    by_lang = _MATCHERS.setdefault(ctx.glossary, {})
    if lang not in by_lang:
        by_lang[lang] = TermMatcher(ctx.glossary, lang)
    return by_lang[lang]


def term_matches(ctx: CheckContext) -> list[tuple[Segment, TermMatch]]:
    """Every term occurrence in the article's content (non-content lines are MT001's)."""

    def compute() -> list[tuple[Segment, TermMatch]]:
        m = matcher(ctx)
        return [
            (seg, match) for seg in ctx.document.content_segments() for match in m.find(seg.text)
        ]

    return ctx.memo("term-matches", compute)
