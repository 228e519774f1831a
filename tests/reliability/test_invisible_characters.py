"""Invisible characters cannot hide a forbidden term, and are reported where they stand."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.core.models import Finding
from pipeline.fix import fix_file
from pipeline.glossary import Glossary, load_glossary
from pipeline.ingest import ingest_text, read_document
from pipeline.ingest.invisible import invisible_offsets

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
"""
HIDERS = ["\u200b", "\u00ad", "\u2060", "\u200c", "\u200d", "\ufeff", "\u202e", "\u2066"]


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


@pytest.mark.parametrize("hider", HIDERS)
def test_a_forbidden_term_is_found_through_an_invisible_character(
    glossary: Glossary, hider: str
) -> None:
    text = f"Kramper\n\nHan har muskel{hider}svindninger i benene.\n"
    document = ingest_text(text, language="da")

    findings = check_document(document, glossary, select=["TERM001", "ENC002"])

    (term,) = [f for f in findings if f.code == "TERM001"]
    assert (term.line, term.column, term.end_column) == (3, 9, 27)  # the span with the hider
    (hidden,) = [f for f in findings if f.code == "ENC002"]
    assert (hidden.line, hidden.column) == (3, 15)


def test_the_segments_hold_the_text_as_a_reader_sees_it() -> None:
    document = ingest_text("Titel\n\nEn sæt\u200bning med skjult\u00adtegn.\n", language="da")

    (sentence,) = list(document.content_segments())[1:]
    assert sentence.text == "En sætning med skjulttegn."
    assert invisible_offsets(sentence.text) == []


def test_fix_deletes_the_invisible_characters_and_the_term_is_then_fixed(
    glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kramper\n\nHan har muskel\u200bsvindninger.\n", encoding="utf-8")

    def check(text: str) -> list[Finding]:
        return check_document(ingest_text(text, language="da"), glossary, select=["TERM", "ENC"])

    fix_file(path, "utf-8", check)

    assert path.read_text(encoding="utf-8") == "Kramper\n\nHan har muskeltrækninger.\n"
    assert read_document(path).encoding == "utf-8"
