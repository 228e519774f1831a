"""What the TERM checks need to know about each term occurrence beyond its status.

Whether the sentence names it as a synonym of another term of its concept (then it is not to
be replaced: pipeline.glossary.synonyms), and which replacement keeps its part of speech and
inflection (pipeline.checks.terminology.word_forms). Both are worked out once per document and
shared through the check context.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.checks.context import CheckContext
from pipeline.checks.terminology.matches import matcher, term_matches
from pipeline.checks.terminology.word_forms import safe_replacement, word_forms
from pipeline.core.models import Segment
from pipeline.glossary.matcher import TermMatch
from pipeline.glossary.synonyms import named_as_synonyms

Key = tuple[str, int]  # segment id, match start


def key(segment: Segment, match: TermMatch) -> Key:
    return (segment.id, match.start)


def named_synonyms(ctx: CheckContext) -> set[Key]:
    """The occurrences that their sentence names as synonyms ("X kaldes også Y": both)."""

    def compute() -> set[Key]:
        by_segment: dict[str, list[tuple[Segment, TermMatch]]] = defaultdict(list)
        for segment, match in term_matches(ctx):
            by_segment[segment.id].append((segment, match))
        found: set[Key] = set()
        for uses in by_segment.values():
            segment = uses[0][0]
            mentions = [m for _, m in uses]
            for i in named_as_synonyms(segment.text, mentions, ctx.document.language):
                found.add(key(segment, mentions[i]))
        return found

    return ctx.memo("term-named-synonyms", compute)


def replacements(ctx: CheckContext) -> dict[Key, str | None]:
    """Each discouraged occurrence's replacement in the same part of speech and inflection,
    or None when that is unsure (or the glossary has no preferred term)."""

    def compute() -> dict[Key, str | None]:
        m = matcher(ctx)
        forms = word_forms(ctx.document.language)
        uses = [(s, t) for s, t in term_matches(ctx) if t.entry.status.value != "preferred"]
        forms.prefetch(w for _, t in uses for w in (t.text.split()[-1], t.entry.term.split()[-1]))
        forms.prefetch_sentences(segment.text for segment, _ in uses)
        result: dict[Key, str | None] = {}
        for segment, match in uses:
            preferred = ctx.glossary.suggestion_for(match.entry)
            if preferred is None:
                result[key(segment, match)] = None
                continue
            result[key(segment, match)] = safe_replacement(
                forms,
                match.text,
                match.entry.term,
                preferred.term,
                match.category,
                m.replacement(match),
                segment.text,
                match.start,
            )
        return result

    return ctx.memo("term-replacements", compute)
