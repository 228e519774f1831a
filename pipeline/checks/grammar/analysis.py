"""One morphological analysis per article, shared by every grammar check of a run.

The grammar checks judge tokens with Apertium's Danish analysis (`pipeline.ingest.morphology`).
Starting the analyser per sentence would cost a process chain per sentence; instead the
article's content segments (title, headings, sentences) are analysed together in one process
chain and the tokens are handed back per segment. The same chain looks up, on their own, the
closed forms of every two adjacent words (the split-compound check's candidates), so an
article costs one chain whatever the checks ask. A segment that does not end a sentence (a heading)
gets a full stop in the analysed text only, so the tagger's context never runs from a heading
into the next sentence; tokens outside a segment's own text are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.checks.context import CheckContext
from pipeline.core.models import Segment, SegmentKind
from pipeline.ingest.morphology import (
    AnalyserUnavailableError,
    Reading,
    Token,
    analyse_with_words,
    available,
    lexical_readings,
)

_SENTENCE_END = (".", "!", "?", ":", ";")
# Two adjacent words (letters, inner hyphens) with one space or line break between them.
_PAIR = re.compile(r"(?=\b([^\W\d_]+(?:-[^\W\d_]+)*)[ \n]([^\W\d_]+)\b)")
# A compound's parts are joined directly or with a linking -s- or -e- (blodprøve,
# spændingshovedpine, barnevogn).
LINKS = ("", "s", "e")


@dataclass(frozen=True)
class AnalysedSegment:
    """A content segment and its tokens (spans relative to `segment.text`)."""

    segment: Segment
    tokens: tuple[Token, ...]

    @property
    def is_sentence(self) -> bool:
        return self.segment.kind is SegmentKind.SENTENCE


def analysed_segments(ctx: CheckContext) -> list[AnalysedSegment]:
    """The document's content segments with their tokens; the analyser runs once per
    document however many checks ask (an empty list when no analyser is installed)."""
    return ctx.memo(("grammar.analysis", id(ctx.document)), lambda: _analyse_document(ctx))


def prose_sentences(ctx: CheckContext) -> list[AnalysedSegment]:
    """The analysed sentences outside list items: headings, titles and list items are often
    telegraphic on purpose ("Hvis feber over 39 grader"), so sentence rules skip them."""
    list_items = {
        s.id
        for section in ctx.document.sections
        for paragraph in section.paragraphs
        if paragraph.list_item
        for s in paragraph.sentences
    }
    return [a for a in analysed_segments(ctx) if a.is_sentence and a.segment.id not in list_items]


def statements(ctx: CheckContext) -> list[AnalysedSegment]:
    """The prose sentences that are not questions: word-order rules for statements (verb
    second, clause order, a comma's clauses) would misread a question's inverted order."""
    return [a for a in prose_sentences(ctx) if not a.segment.text.rstrip().endswith("?")]


def lexicon(ctx: CheckContext, words: Iterable[str]) -> dict[str, tuple[Reading, ...]]:
    """Every reading of each word on its own: the closed forms of adjacent words come from
    the article's own chain; any other word costs one more analyser call per request."""
    analysed_segments(ctx)
    known = _lexicon_memo(ctx)
    missing = [w for w in dict.fromkeys(words) if w not in known]
    if missing:
        try:
            known.update(lexical_readings(missing, ctx.document.language))
        except AnalyserUnavailableError:
            known.update((w, ()) for w in missing)
    return known


def _lexicon_memo(ctx: CheckContext) -> dict[str, tuple[Reading, ...]]:
    known: dict[str, tuple[Reading, ...]] = ctx.memo(("grammar.lexicon", id(ctx.document)), dict)
    return known


def _analyse_document(ctx: CheckContext) -> list[AnalysedSegment]:
    lang = ctx.document.language
    # The GRAM rules are Danish grammar (closed compounds, two genders, V2 after an
    # adverbial): Norwegian has three genders and writes "diabetes type 2", Swedish "en/ett".
    if lang != "da" or not available(lang):
        return []
    segments = [s for s in ctx.document.content_segments() if s.text.strip()]
    pieces: list[str] = []
    starts: list[int] = []
    position = 0
    for segment in segments:
        text = segment.text
        closing = "" if text.rstrip().endswith(_SENTENCE_END) else " ."
        starts.append(position)
        pieces.append(text + closing + "\n")
        position += len(pieces[-1])
    joins = [w for segment in segments for w in compound_joins(segment.text)]
    try:
        tokens, readings = analyse_with_words("".join(pieces), joins, lang)
    except AnalyserUnavailableError:
        return []
    _lexicon_memo(ctx).update(readings)
    result = []
    index = 0
    for segment, start in zip(segments, starts, strict=True):
        end = start + len(segment.text)
        own = []
        while index < len(tokens) and tokens[index].start < end:
            token = tokens[index]
            index += 1
            if token.start >= start and token.end <= end and token.end > token.start:
                own.append(
                    Token(
                        token.surface,
                        token.start - start,
                        token.end - start,
                        token.readings,
                        token.chosen,
                    )
                )
        result.append(AnalysedSegment(segment, tuple(own)))
    return result


def compound_joins(text: str) -> list[str]:
    """Every closed form two adjacent words of `text` could have as one compound (a list, not
    a generator: an article has some hundreds of such pairs)."""
    pairs = [(first.casefold(), second) for first, second in _PAIR.findall(text)]
    return [
        first + link + second for first, second in pairs if second[:1].islower() for link in LINKS
    ]
