"""The split compounds of a document (GRAM001's findings), worked out once per document.

GRAM001 reports them; LANG003 leaves their words to it, so that Danish words written apart
("receptor antagonist", which English also has) are one finding, a split compound, and not
also English left in.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments, lexicon
from pipeline.checks.grammar.compounds import Pair, adjective_inflected, joined, pairs
from pipeline.checks.grammar.readings import capitalised
from pipeline.checks.grammar.unknown_heads import closed_with_unknown_head, noun_form
from pipeline.checks.speller import Speller
from pipeline.core.models import Segment


@dataclass(frozen=True)
class SplitCompound:
    """Two words of `segment` from `start` to `end` that Danish writes as `closed`."""

    segment: Segment
    start: int
    end: int
    span: str
    closed: str


def split_compounds(ctx: CheckContext) -> list[SplitCompound]:
    """The document's split compounds, in text order (computed once per document)."""
    return ctx.memo(("grammar.split-compounds", id(ctx.document)), lambda: _found(ctx))


def _found(ctx: CheckContext) -> list[SplitCompound]:
    analysed = analysed_segments(ctx)
    speller = ctx.speller(ctx.document.language)
    if speller is None:
        return []
    found = [
        pair
        for segment in analysed
        for pair in pairs(segment, speller.known, lambda word: noun_form(word, speller))
    ]
    if not found:
        return []
    words = lexicon(ctx, [c for pair in found for c in pair.candidates])
    closed = {t.surface.casefold() for a in analysed for t in a.tokens}
    english = ctx.speller("en")
    result = []
    for pair in found:
        if english is not None and _english(ctx, pair, english, speller):
            continue  # English left in the text ("is not", "browser argument")
        if any(r.pos == "adj" for r in pair.second.readings):
            continue  # a noun and its predicate: "Nitrit positiv og leukocyt positiv"
        if adjective_inflected(pair.first.surface, speller.known):
            continue  # an adjective before its noun: "palliativ indsats"
        word = joined(pair, words, closed, speller.known)
        word = word or closed_with_unknown_head(pair, speller, english)
        if word is None:
            continue
        shown = word[0].upper() + word[1:] if capitalised(pair.first) else word
        segment = pair.analysed.segment
        start, end = pair.first.start, pair.second.end
        result.append(SplitCompound(segment, start, end, pair.span, shown))
    return result


def _english(ctx: CheckContext, pair: Pair, english: Speller, danish: Speller) -> bool:
    """Both words are English and so is their segment (a word Danish hunspell does not
    know, or the language identifier): untranslated text, whose words Danish compounding
    would accept ("is not", "the system reference manuals")."""
    if not all(english.known(t.surface) for t in (pair.first, pair.second)):
        return False
    if any(
        t.surface.isalpha() and english.known(t.surface) and not danish.known(t.surface)
        for t in pair.analysed.tokens
    ):
        return True
    from pipeline.checks.language.identify import identify

    lang = ctx.document.language
    text = pair.analysed.segment.text
    found, _ = ctx.memo(("language", text), lambda: identify(text, lang, danish, ctx.glossary))
    return found != lang
