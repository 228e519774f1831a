"""One morphological analysis per article, shared by every grammar check of a run.

The grammar checks judge tokens with Apertium's Danish analysis (`pipeline.ingest.morphology`).
Starting the analyser per sentence would cost a process chain per sentence; instead the
article's content segments (title, headings, sentences) are analysed together in one call and
the tokens are handed back per segment. A segment that does not end a sentence (a heading)
gets a full stop in the analysed text only, so the tagger's context never runs from a heading
into the next sentence; tokens outside a segment's own text are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.checks.context import CheckContext
from pipeline.core.models import Segment, SegmentKind
from pipeline.ingest.morphology import (
    AnalyserUnavailableError,
    Reading,
    Token,
    analyse,
    available,
    lexical_readings,
)

_SENTENCE_END = (".", "!", "?", ":", ";")


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


def lexicon(ctx: CheckContext, words: Iterable[str]) -> dict[str, tuple[Reading, ...]]:
    """Every reading of each word on its own, looked up in one analyser call per request
    and remembered for the run."""
    known: dict[str, tuple[Reading, ...]] = ctx.memo(
        ("grammar.lexicon", ctx.document.language), dict
    )
    missing = [w for w in dict.fromkeys(words) if w not in known]
    if missing:
        try:
            known.update(lexical_readings(missing, ctx.document.language))
        except AnalyserUnavailableError:
            known.update((w, ()) for w in missing)
    return known


def _analyse_document(ctx: CheckContext) -> list[AnalysedSegment]:
    lang = ctx.document.language
    if not available(lang):
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
    try:
        tokens = analyse("".join(pieces), lang)
    except AnalyserUnavailableError:
        return []
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
