"""The terminology checks on the seed article with the project glossary, as an editor reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.core.models import Finding
from pipeline.glossary import load_glossary
from pipeline.ingest import ingest_text, read_document

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    doc = read_document(ROOT / "sources" / "muskeltraekninger-da.txt")
    return check_document(doc, load_glossary(ROOT / "glossary.csv"), select=["TERM"])


def at(findings: list[Finding], code: str) -> list[tuple[int, int, str, str | None]]:
    return [(f.line, f.column, f.match, f.suggestion) for f in findings if f.code == code]


def test_named_mistranslations_are_errors_with_the_preferred_term(findings: list[Finding]) -> None:
    errors = at(findings, "TERM001")
    assert (11, 847, "dræning", "savlen") in errors
    assert (19, 305, "muskelsvindninger", "muskeltrækninger") in errors


def test_other_kinds_of_error_are_found(findings: list[Finding]) -> None:
    errors = {match for _, _, match, _ in at(findings, "TERM001")}
    assert {"spilde bort", "stemmeskift", "mental retardering", "National Institute of Health"} <= (
        errors
    )
    deprecated = {match for _, _, match, _ in at(findings, "TERM002")}
    assert {"sikl", "kurer", "fibromyalgi-patienter"} <= deprecated


def test_correct_terms_are_not_flagged(findings: list[Finding]) -> None:
    flagged = {f.match.casefold() for f in findings}
    assert not flagged & {"muskeltrækninger", "muskeltrækning", "muskelsvaghed", "savlen"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Muskelsvindningerne forsvandt.", [("Muskelsvindningerne", "Muskeltrækningerne")]),
        ("Dræningen blev værre.", [("Dræningen", None)]),  # no sure definite of savlen
        ("Muskelsvind er tab af muskelvæv.", []),
        ("Lægen lagde et drænrør.", []),
    ],
)
def test_inflected_forms_with_the_project_glossary(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    doc = ingest_text(f"Titel\n\n{sentence}\n", language="da")
    found = check_document(doc, load_glossary(ROOT / "glossary.csv"), select=["TERM001"])
    assert [(f.match, f.suggestion) for f in found] == expected
