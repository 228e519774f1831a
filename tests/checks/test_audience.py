"""Audience detection: the rule the README states, on texts written for the purpose."""

from __future__ import annotations

from pipeline.checks.audience import detect_audience
from pipeline.glossary.model import Audience
from pipeline.ingest import ingest_text


def audience(text: str) -> Audience:
    return detect_audience(ingest_text(text, path="a.txt", suffix=".txt", language="da"))


def test_a_text_that_addresses_its_reader_is_for_the_public() -> None:
    text = (
        "Hjertesvigt\n\nHvis du får åndenød, skal du kontakte din læge. Lægen måler "
        "leukocytter, trombocytter og hæmoglobin og undersøger for perikarditis.\n"
    )
    assert audience(text) is Audience.PUBLIC


def test_a_text_dense_in_clinical_terms_is_professional() -> None:
    text = (
        "Udredning\n\nVed mistanke om perikarditis måles leukocytter og trombocytter, og der "
        "udføres ekkokardiografi. Ved samtidig myokarditis ses forhøjet troponin.\n"
    )
    assert audience(text) is Audience.PROFESSIONAL


def test_acronyms_or_references_make_a_plain_text_professional() -> None:
    acronyms = "Behandling\n\nVed NYHA-klasse III gives ACE-hæmmer, og LVEF og INR kontrolleres.\n"
    references = "Akne\n\nAkne er hyppig [1]. Den debuterer i puberteten [2, 3] og varer år [4].\n"
    assert audience(acronyms) is Audience.PROFESSIONAL
    assert audience(references) is Audience.PROFESSIONAL


def test_an_everyday_text_is_for_the_public() -> None:
    text = "Forkølelse\n\nForkølelse går over af sig selv. Drik rigeligt og hvil dig.\n"
    assert audience(text) is Audience.PUBLIC
