"""Builds a Document from the blocks a reader found: ids, sentences, non-content lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.core.models import Document, Paragraph, Section, Segment, SegmentKind, Span
from pipeline.core.positions import LineIndex
from pipeline.ingest.boilerplate import boilerplate_label
from pipeline.ingest.invisible import invisible_offsets, without_invisible
from pipeline.ingest.segmenter import sentence_spans


@dataclass
class Block:
    """A title, heading or paragraph as a reader found it, with its source offsets."""

    kind: str  # "title" | "heading" | "paragraph"
    text: str
    start: int
    end: int
    # source offset per character of `text`; None when text == source[start:end]
    offsets: list[int] | None = None
    list_item: bool = False
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceInfo:
    path: str
    format: str
    encoding: str
    sha256: str
    language: str


# spaCy refuses a text over its max_length (1,000,000 characters); a paragraph that long (a
# file without line breaks) is split at a sentence end or space before segmenting.
LONG_PARAGRAPH = 100_000


def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph of any length."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + LONG_PARAGRAPH)
        if end < len(text):
            cut = text.rfind(". ", start, end) + 1 or text.rfind(" ", start, end)
            end = cut if cut > start else end
        spans.extend((start + a, start + b) for a, b in sentence_spans(text[start:end], language))
        start = end
    return spans


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


class _Builder:
    def __init__(self, source: str) -> None:
        self.index = LineIndex(source)

    def span(self, start: int, end: int) -> Span:
        return self.index.span(start, end)

    def segment(
        self, block: Block, kind: SegmentKind, seg_id: str, a: int, b: int, label: str | None
    ) -> Segment:
        if block.offsets is None:
            seg = Segment(
                id=seg_id,
                kind=kind,
                text=block.text[a:b],
                span=self.span(block.start + a, block.start + b),
                label=label,
            )
        else:
            offsets = block.offsets[a:b]
            seg = Segment(
                id=seg_id,
                kind=kind,
                text=block.text[a:b],
                span=self.span(offsets[0], offsets[-1] + 1),
                label=label,
            )
            seg.set_offsets(offsets)
        return seg


def build_document(blocks: list[Block], source: str, info: SourceInfo) -> Document:
    b = _Builder(source)
    title: Segment | None = None
    title_key = ""
    noncontent: list[Segment] = []
    sections: list[Section] = []
    for block in blocks:
        if invisible_offsets(block.text):  # checks read the text as a reader sees it
            text, offsets = without_invisible(block.text, block.offsets, block.start)
            block = replace(block, text=text, offsets=offsets)
        label = boilerplate_label(block.text)
        if label is None and title is not None and _normalise(block.text) == title_key:
            label = "repeated-title"
        if label is not None:
            seg_id = f"n{len(noncontent) + 1}"
            noncontent.append(
                b.segment(block, SegmentKind.NONCONTENT, seg_id, 0, len(block.text), label)
            )
        elif block.kind == "title" and title is None and not sections:
            title = b.segment(block, SegmentKind.TITLE, "title", 0, len(block.text), None)
            title_key = _normalise(block.text)
        elif block.kind in ("heading", "title"):
            sec_id = f"s{len(sections) + (0 if sections and sections[0].id == 's0' else 1)}"
            heading = b.segment(block, SegmentKind.HEADING, f"{sec_id}.h", 0, len(block.text), None)
            sections.append(Section(id=sec_id, heading=heading, paragraphs=[]))
        else:
            if not sections:
                sections.append(Section(id="s0", heading=None, paragraphs=[]))
            section = sections[-1]
            par_id = f"{section.id}.p{len(section.paragraphs) + 1}"
            sentences = [
                b.segment(block, SegmentKind.SENTENCE, f"{par_id}.s{i}", start, end, None)
                for i, (start, end) in enumerate(_sentences(block.text, info.language), 1)
            ]
            first = block.offsets[0] if block.offsets else block.start
            last = block.offsets[-1] + 1 if block.offsets else block.end
            section.paragraphs.append(
                Paragraph(
                    id=par_id,
                    span=b.span(first, last),
                    text=block.text,
                    list_item=block.list_item,
                    sentences=sentences,
                )
            )
    document = Document(
        path=info.path,
        language=info.language,
        encoding=info.encoding,
        sha256=info.sha256,
        format=info.format,
        title=title,
        sections=sections,
        noncontent=noncontent,
    )
    document.set_source_text(source)
    return document
