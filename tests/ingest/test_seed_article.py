"""The seed article comes out as a title, an introduction and four headed sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.models import Document
from pipeline.ingest import read_document

SEED = Path(__file__).parent.parent.parent / "sources" / "muskeltraekninger-da.txt"


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(SEED)


def test_language_and_encoding_are_detected(doc: Document) -> None:
    assert (doc.language, doc.encoding, doc.format) == ("da", "utf-8", "text")


def test_title_is_the_first_line(doc: Document) -> None:
    assert doc.title is not None
    assert doc.title.text == "Hvad er årsagerne til muskeltrækninger i benene?"
    assert (doc.title.span.line, doc.title.span.column, doc.title.span.end_column) == (1, 1, 49)


def test_introduction_and_four_headed_sections(doc: Document) -> None:
    assert [s.id for s in doc.sections] == ["s0", "s1", "s2", "s3", "s4"]
    assert doc.sections[0].heading is None
    headings = [s.heading.text for s in doc.sections[1:] if s.heading]
    assert headings == ["ALS", "Muskeldystrofi", "Fibromyalgi", "Er dette en nødsituation?"]
    assert [len(s.paragraphs) for s in doc.sections] == [1, 1, 1, 1, 1]


def test_non_content_lines_are_kept_and_labelled(doc: Document) -> None:
    kept = [(n.id, n.text, n.label, n.span.line) for n in doc.noncontent]
    assert kept == [
        ("n1", "Indholdsfortegnelse:", "boilerplate", 3),
        ("n2", "Anonim", "boilerplate", 5),
        ("n3", "Hvad er årsagerne til muskeltrækninger i benene?", "repeated-title", 25),
    ]


def test_sentence_ids_and_counts(doc: Document) -> None:
    counts = {p.id: len(p.sentences) for s in doc.sections for p in s.paragraphs}
    assert counts == {"s0.p1": 4, "s1.p1": 7, "s2.p1": 6, "s3.p1": 6, "s4.p1": 1}
    assert [s.id for s in doc.sections[1].paragraphs[0].sentences][:3] == [
        "s1.p1.s1",
        "s1.p1.s2",
        "s1.p1.s3",
    ]


def test_numbers_and_domains_do_not_split_sentences(doc: Document) -> None:
    third = doc.sections[1].paragraphs[0].sentences[2]
    assert third.text == (
        "Ifølge MayoClinic.com forekommer ALS hos en til tre personer ud af hver 100.000 "
        "over hele verden."
    )
    assert (third.span.line, third.span.column, third.span.end_column) == (11, 264, 361)


def test_every_span_points_at_its_text_in_the_source(doc: Document) -> None:
    source = SEED.read_text(encoding="utf-8")
    lines = source.split("\n")
    for segment in doc.segments():
        span = segment.span
        assert source[span.start : span.end] == segment.text
        assert span.line == span.end_line
        assert lines[span.line - 1][span.column - 1 : span.end_column - 1] == segment.text


def test_ids_are_stable_across_reads(doc: Document) -> None:
    again = read_document(SEED)
    assert [s.id for s in again.segments()] == [s.id for s in doc.segments()]


def test_suppression_comment_lines_are_not_content() -> None:
    from pipeline.ingest import ingest_text

    doc = ingest_text(
        "<!-- content-pipeline: disable=TERM001 -->\n\nTitel\n\nEn sætning.\n", language="da"
    )
    assert doc.title is not None and doc.title.text == "Titel"
    assert [(n.label, n.span.line) for n in doc.noncontent] == [("directive", 1)]
