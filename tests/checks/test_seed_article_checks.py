"""What a Danish editor expects the structural, language and spelling checks to say about the
seed article, a Danish health article machine-translated from English."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.core.errors import GlossaryError
from pipeline.core.models import Finding
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import read_document

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
CODES = ["ENC001", "LANG001", "SPELL001", "MT001", "MT002", "MT003", "MECH001", "MECH002"]


def _glossary() -> Glossary:
    try:
        return load_glossary(ROOT / "glossary.csv")
    except GlossaryError:  # absent or being written
        return Glossary([])


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return _glossary()


@pytest.fixture(scope="module")
def findings(glossary: Glossary) -> list[Finding]:
    return check_document(read_document(SEED), glossary, select=CODES)


def _of(findings: list[Finding], code: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.match) for f in findings if f.code == code]


def test_table_of_contents_label_and_byline_are_boilerplate(findings: list[Finding]) -> None:
    assert _of(findings, "MT001") == [(3, 1, "Indholdsfortegnelse:"), (5, 1, "Anonim")]
    assert all(f.fixable and f.suggestion == "" for f in findings if f.code == "MT001")


def test_title_repeated_on_the_last_line(findings: list[Finding]) -> None:
    assert _of(findings, "MT002") == [(25, 1, "Hvad er årsagerne til muskeltrækninger i benene?")]


def test_every_segment_is_danish(findings: list[Finding]) -> None:
    # ALS, Fibromyalgi and the Norwegian-looking sentences are Danish.
    assert _of(findings, "LANG001") == []


def test_file_is_utf8(findings: list[Finding]) -> None:
    assert _of(findings, "ENC001") == []


def test_every_heading_has_text(findings: list[Finding]) -> None:
    assert _of(findings, "MT003") == []


def test_no_doubled_words_or_stray_whitespace(findings: list[Finding]) -> None:
    assert _of(findings, "MECH001") == []
    assert _of(findings, "MECH002") == []


def test_glossary_terms_are_left_to_the_terminology_checks(findings: list[Finding]) -> None:
    # The article's unknown words are "muskelsvindninger" (forbidden: TERM001 suggests the
    # glossary's term, not hunspell's "muskelsprængninger") and "sikl" (deprecated: TERM002).
    assert _of(findings, "SPELL001") == []


def test_without_a_glossary_the_unknown_words_are_reported() -> None:
    doc = read_document(SEED)
    found = check_document(doc, Glossary([]), select=["SPELL001"])
    assert _of(found, "SPELL001") == [(15, 541, "sikl"), (19, 305, "muskelsvindninger")]
    assert all(not f.fixable for f in found)


def test_names_domains_and_acronyms_are_not_spelling_errors(findings: list[Finding]) -> None:
    flagged = {f.match for f in findings if f.code == "SPELL001"}
    assert flagged.isdisjoint(
        {"MayoClinic", "MedlinePlus", "Gehrigs", "Lou", "ALS", "Symptoms", "org", "com"}
    )
