"""The document model every stage passes along, and the finding every check returns.

Plain dataclasses (`PlainModel`: the pydantic methods their users call, validation as
pydantic's, pydantic itself imported only for what our own code never passes): a check does
not import pydantic. Field descriptions and constraints are pydantic `Field` arguments in each
field's metadata; pydantic reads them for the content file's schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from pipeline.core.plain_model import PlainModel

_POSITIVE = {"ge": 1}


class Severity(StrEnum):
    """How serious a finding is; ordering matters for `--fail-on`."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, kw_only=True)
class Span(PlainModel):
    """A range in the source file: 1-based line and column (in characters), end exclusive.

    `start`/`end` are character offsets into the decoded source text, so a check can map a
    match inside a segment back to line:column without re-reading the file.
    """

    line: int = field(metadata=_POSITIVE)
    column: int = field(metadata=_POSITIVE)
    end_line: int = field(metadata=_POSITIVE)
    end_column: int = field(metadata=_POSITIVE)
    start: int = field(metadata={"ge": 0})
    end: int = field(metadata={"ge": 0})


class SegmentKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    SENTENCE = "sentence"
    NONCONTENT = "noncontent"


@dataclass(kw_only=True)
class Segment(PlainModel):
    """The smallest unit checked and translated: a title, heading, sentence or non-content line."""

    id: str
    kind: SegmentKind
    text: str
    span: Span
    label: str | None = field(
        default=None, metadata={"description": "For non-content lines: why they are not content."}
    )
    # Source offset of each character of `text` when it is not a verbatim slice of the source
    # (Markdown inline markup removed, lines joined); None means text == source[start:end].
    # Not a field: an instance's own value is set in its __dict__ (never serialised).
    _offsets: ClassVar[list[int] | None] = None

    def set_offsets(self, offsets: list[int]) -> None:
        self.__dict__["_offsets"] = offsets

    def source_offset(self, offset: int) -> int:
        """The source-text offset of character `offset` of `text` (len(text) maps to end)."""
        if self._offsets is None:
            return self.span.start + offset
        if offset >= len(self._offsets):
            return self.span.end
        return self._offsets[offset]


@dataclass(kw_only=True)
class Paragraph(PlainModel):
    id: str
    span: Span
    text: str
    list_item: bool = False
    sentences: list[Segment]


@dataclass(kw_only=True)
class Section(PlainModel):
    """A heading and the paragraphs under it; the introduction has no heading."""

    id: str
    heading: Segment | None
    paragraphs: list[Paragraph]


@dataclass(kw_only=True)
class Document(PlainModel):
    """An ingested article: structure with stable ids and exact source positions."""

    path: str
    language: str
    encoding: str
    sha256: str
    format: str
    title: Segment | None
    sections: list[Section]
    noncontent: list[Segment] = field(
        default_factory=list,
        metadata={
            "description": "Lines kept from the source that are not article content (boilerplate)."
        },
    )

    # The decoded source text, kept for position lookups; never serialised (not a field: an
    # instance's own value is set in its __dict__).
    _source: ClassVar[str] = ""

    @property
    def source_text(self) -> str:
        return self._source

    def set_source_text(self, text: str) -> None:
        self.__dict__["_source"] = text

    def segments(self) -> Iterator[Segment]:
        """Every segment in source order."""
        items: list[Segment] = []
        if self.title is not None:
            items.append(self.title)
        items.extend(self.noncontent)
        for section in self.sections:
            if section.heading is not None:
                items.append(section.heading)
            for paragraph in section.paragraphs:
                items.extend(paragraph.sentences)
        items.sort(key=lambda s: s.span.start)
        yield from items

    def content_segments(self) -> Iterator[Segment]:
        """Segments that are article content (title, headings, sentences)."""
        return (s for s in self.segments() if s.kind is not SegmentKind.NONCONTENT)

    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.content_segments())


@dataclass(kw_only=True)
class Finding(PlainModel):
    """One problem a check found. Every reporter renders these same fields."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int = field(metadata=_POSITIVE)
    column: int = field(metadata=_POSITIVE)
    end_line: int = field(metadata=_POSITIVE)
    end_column: int = field(metadata=_POSITIVE)
    match: str = field(metadata={"description": "The matched source text."})
    suggestion: str | None = field(
        default=None, metadata={"description": "A suggested replacement."}
    )
    suggestions: list[str] = field(
        default_factory=list, metadata={"description": "Alternatives, best first."}
    )
    segment_id: str | None = None
    fixable: bool = field(
        default=False, metadata={"description": "True when `suggestion` is a safe autofix."}
    )

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


class UnitState(StrEnum):
    UNTRANSLATED = "untranslated"
    FUZZY = "fuzzy"
    TRANSLATED = "translated"
    APPROVED = "approved"


@dataclass(kw_only=True)
class TranslationUnit(PlainModel):
    """A source segment and its translation: from our engines, or read from PO/XLIFF/TMX.

    `line`/`column` locate the unit in `path` (the source article for our own translations,
    the unit's element or entry in a bilingual file), so findings point at a real place.
    """

    id: str
    source: str
    target: str
    source_lang: str
    target_lang: str
    path: str
    line: int = field(default=1, metadata=_POSITIVE)
    column: int = field(default=1, metadata=_POSITIVE)
    state: UnitState = UnitState.TRANSLATED
    engine: str | None = None
    engine_version: str | None = None
    cache_hit: bool = False
    unknown_words: list[str] = field(
        default_factory=list,
        metadata={"description": "Words the engine marked as unknown (Apertium *word)."},
    )
    note: str | None = None
    back_translation: str | None = field(
        default=None,
        metadata={"description": "The target translated back by an offline engine (--back-check)."},
    )
    inline_codes: tuple[tuple[str, ...], tuple[str, ...]] | None = field(
        default=None,
        metadata={
            "description": "XLIFF only: the inline codes of source and target, in order "
            "(pipeline.ingest.xliff_inline), which the unit's text leaves out; None without any."
        },
    )
