"""The split compounds of a document (GRAM001's findings), worked out once per document.

GRAM001 reports them; LANG003 leaves their words to it, so that Danish words written apart
("receptor antagonist", which English also has) are one finding, a split compound, and not
also English left in.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import AnalysedSegment, analysed_segments, lexicon
from pipeline.checks.grammar.compounds import Pair, adjective_inflected, joined, pairs
from pipeline.checks.grammar.modal_reach import leads
from pipeline.checks.grammar.readings import capitalised
from pipeline.checks.grammar.salt_compounds import salt_pairs, two_minerals
from pipeline.checks.grammar.unknown_heads import closed_with_unknown_head, noun_form
from pipeline.checks.speller import Speller
from pipeline.core.models import Segment

# How many words either side of a pair an English-only word makes the pair English left in.
_ENGLISH_REACH = 3
_QUOTES = "'\"‘’“”«»„"


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
        for segment, lead in zip(analysed, leads(analysed), strict=True)
        for pair in pairs(segment, speller.known, lambda word: noun_form(word, speller), lead)
    ]
    salted = [(a, i) for a in analysed for i in salt_pairs(a, speller.known)]
    if not found and not salted:
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
        if two_minerals(pair.first.surface, pair.second.surface):
            continue  # a list of minerals: "calcium magnesium og zink"
        word = joined(pair, words, closed, speller.known, lambda w: w in speller.stems(w))
        word = word or closed_with_unknown_head(pair, speller, english)
        if word is None:
            continue
        shown = word[0].upper() + word[1:] if capitalised(pair.first) else word
        segment = pair.analysed.segment
        start, end = pair.first.start, pair.second.end
        result.append(SplitCompound(segment, start, end, pair.span, shown))
    if not salted:
        return result
    order = {id(a.segment): n for n, a in enumerate(analysed)}
    return sorted(_with_salts(result, salted), key=lambda f: (order[id(f.segment)], f.start))


def _with_salts(
    result: list[SplitCompound], salted: list[tuple[AnalysedSegment, int]]
) -> list[SplitCompound]:
    """`result` and the drugs and minerals written apart from their salt ("diclofenac
    natrium") that it does not have yet."""
    taken = {(found.segment.id, found.start) for found in result}
    for analysed, i in salted:
        first, second = analysed.tokens[i], analysed.tokens[i + 1]
        segment = analysed.segment
        if (segment.id, first.start) in taken:
            continue
        span = segment.text[first.start : second.end]
        closed = first.surface + second.surface
        result.append(SplitCompound(segment, first.start, second.end, span, closed))
    return result


def _english(ctx: CheckContext, pair: Pair, english: Speller, danish: Speller) -> bool:
    """Both words are English and so is the text around them: untranslated text, whose
    words Danish compounding would accept ("is not readable", "the system reference
    manuals"). The text is English when an English word Danish hunspell does not know
    stands within _ENGLISH_REACH words of the pair, when the segment has two such words
    ("Jernmangel (iron deficiency): ... måling af serum ferritin"), or when the language
    identifier says so; a pair in quotes is a cited English name ("'Game mode'"). One such
    word far off in a Danish sentence ("If du har fået at vide ... en psoriasis shampoo")
    does not make the pair English."""
    if not all(english.known(t.surface) for t in (pair.first, pair.second)):
        return False
    text = pair.analysed.segment.text
    before, after = text[pair.first.start - 1 : pair.first.start], text[pair.second.end :][:1]
    if before and after and before in _QUOTES and after in _QUOTES:
        return True  # a name cited in quotes: "indstillinger som 'Game mode'"
    tokens = pair.analysed.tokens
    near = tokens[max(0, pair.index - _ENGLISH_REACH) : pair.index + 2 + _ENGLISH_REACH]
    only_english = [
        t
        for t in tokens
        if t.surface.isalpha() and english.known(t.surface) and not danish.known(t.surface)
    ]
    if len(only_english) > 1 or any(t in near for t in only_english):
        return True
    from pipeline.checks.language.identify import identify

    lang = ctx.document.language
    found, _ = ctx.memo(("language", text), lambda: identify(text, lang, danish, ctx.glossary))
    return found != lang
