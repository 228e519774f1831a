"""Markdown: `#` headings, paragraphs and list items, with positions in the Markdown source."""

from __future__ import annotations

from pipeline.ingest import ingest_text

ARTICLE = """# Muskeltrækninger i benene

Muskeltrækninger er **ufrivillige** sammentrækninger. De er ofte harmløse.

## Årsager

- for meget koffein
- [motion](https://example.org/motion) og træthed

## Tom sektion
## Behandling

Behandlingen er rettet mod at
håndtere symptomer.
"""


def test_markdown_structure() -> None:
    doc = ingest_text(ARTICLE, path="a.md", suffix=".md", language="da")
    assert doc.format == "markdown"
    assert doc.title is not None and doc.title.text == "Muskeltrækninger i benene"
    assert [s.heading.text if s.heading else None for s in doc.sections] == [
        None,
        "Årsager",
        "Tom sektion",
        "Behandling",
    ]
    assert [len(s.paragraphs) for s in doc.sections] == [1, 2, 0, 1]


def test_inline_markup_is_removed_and_positions_kept() -> None:
    doc = ingest_text(ARTICLE, path="a.md", suffix=".md", language="da")
    first, second = doc.sections[0].paragraphs[0].sentences
    assert first.text == "Muskeltrækninger er ufrivillige sammentrækninger."
    assert (first.span.line, first.span.column) == (3, 1)
    assert second.text == "De er ofte harmløse."
    assert (second.span.line, second.span.column) == (3, 55)
    # a word after removed markup maps to its own column in the source
    offset = first.text.index("sammentrækninger")
    assert doc.source_text[first.source_offset(offset) :].startswith("sammentrækninger")


def test_list_items_are_paragraphs_marked_as_items() -> None:
    doc = ingest_text(ARTICLE, path="a.md", suffix=".md", language="da")
    items = doc.sections[1].paragraphs
    assert [(p.text, p.list_item) for p in items] == [
        ("for meget koffein", True),
        ("motion og træthed", True),
    ]
    assert (items[1].span.line, items[1].span.column) == (8, 4)


def test_paragraph_over_two_lines_is_one_sentence_with_span_over_both() -> None:
    doc = ingest_text(ARTICLE, path="a.md", suffix=".md", language="da")
    (sentence,) = doc.sections[3].paragraphs[0].sentences
    assert sentence.text == "Behandlingen er rettet mod at\nhåndtere symptomer."
    assert (sentence.span.line, sentence.span.end_line) == (13, 14)
