"""Glossary-enforced translation: placeholders in, target terms out (with real Apertium)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.translate.terms import ProtectedText, Slot, TermProtector, restore

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


def apertium(mode: str, text: str) -> str:
    return subprocess.run(
        ["apertium", mode], input=text, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_terms_names_and_domains_become_placeholders(glossary: Glossary) -> None:
    protected = TermProtector(glossary, "da", "nb").protect(
        "Ifølge MayoClinic.com begynder sygdommen med muskelsvindninger."
    )
    assert protected.text == "Ifølge ⟦⟧0 begynder sygdommen med ⟦⟧1."
    assert protected.slots == [
        Slot("MayoClinic.com", "MayoClinic.com", "mayoclinic-com"),
        Slot("muskelsvindninger", "muskelrykninger", "fasciculation"),
    ]


def test_acronym_written_alike_in_both_languages_is_kept(glossary: Glossary) -> None:
    protected = TermProtector(glossary, "da", "sv").protect("ALS er sjælden.")
    assert protected.slots[0].replacement == "ALS"


@pytest.mark.parametrize(
    ("target", "mode", "source", "expected"),
    [
        (
            "nb",
            "dan-nob",
            "Sygdommen begynder normalt med muskeltrækninger og muskelsvaghed.",
            "Sykdommen begynner normalt med muskelrykninger og muskelsvakhet.",
        ),
        (
            "sv",
            "dan-swe",
            "Muskelsvindningerne forsvinder.",
            "Muskelryckningarna försvinner.",
        ),
        (
            "sv",
            "dan-swe",
            "Det forårsager udbredt smerte i kroppen og flere ømme punkter i forskellige muskler.",
            "Det orsakar spridit smärta i kroppen och flera ömma punkter i diverse muskler.",
        ),
        (
            "nb",
            "dan-nob",
            "Andre symptomer inkluderer åndedrætsbesvær, dræning og stemmeskift.",
            "Andre symptomer inkluderer pustebesvær, sikling og stemmeendring.",
        ),
    ],
)
def test_apertium_output_carries_the_glossary_terms(
    glossary: Glossary, target: str, mode: str, source: str, expected: str
) -> None:
    protected = TermProtector(glossary, "da", target).protect(source)
    assert restore(apertium(mode, protected.text), protected) == expected


@pytest.mark.parametrize("mode", ["dan-nob", "dan-nno", "dan-swe"])
def test_placeholders_survive_sentence_final_punctuation(mode: str) -> None:
    out = apertium(mode, "Han har ⟦⟧0 og ⟦⟧1.")
    assert out.endswith((" ⟦⟧0 og ⟦⟧1.", " ⟦⟧0 och ⟦⟧1."))
    assert apertium(mode, "⟦⟧0?") == "⟦⟧0?"


def test_lost_or_duplicated_placeholder_is_reported_as_none() -> None:
    protected = ProtectedText("med ⟦⟧0 og ⟦⟧1.", [Slot("a", "A"), Slot("b", "B")])
    assert restore("med ⟦⟧0 og.", protected) is None
    assert restore("med ⟦⟧0 og ⟦⟧0.", protected) is None
    assert restore("med ⟦ ⟧ 1 og ⟦⟧0.", protected) == "med B og A."


def test_a_misspelt_name_in_the_glossary_is_corrected_not_copied(glossary: Glossary) -> None:
    protected = TermProtector(glossary, "da", "nn").protect(
        "Ifølge Fibromyalgi-Symptoms.org er det."
    )
    assert protected.slots == [
        Slot("Fibromyalgi-Symptoms.org", "Fibromyalgia-Symptoms.org", "fibromyalgia-symptoms-org")
    ]


@pytest.fixture(scope="module")
def disability(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("glossary") / "glossary.csv"
    path.write_text(
        "concept_id,lang,term,status,note,source\n"
        "disability,da,funktionsnedsættelse,preferred,,editor\n"
        "disability,da,handicap,admitted,,editor\n"
        "disability,nb,funksjonsnedsettelse,preferred,,editor\n"
        "disability,sv,funktionsnedsättning,preferred,,editor\n",
        encoding="utf-8",
    )
    return load_glossary(path)


@pytest.mark.parametrize(
    ("target", "sentence", "expected"),
    [
        # nothing owns "handicaps": the plural in -s, which the paradigm only knows as genitive
        ("nb", "Børn med handicaps har ret til hjælp.", "funksjonsnedsettelser"),
        ("sv", "Børn med handicaps har ret til hjælp.", "funktionsnedsättningar"),
        ("nb", "Hjælp til handicaps.", "funksjonsnedsettelser"),
        # a genitive before the noun it owns stays one
        ("nb", "Barnets handicaps betydning er stor.", "funksjonsnedsettelses"),
        ("sv", "Et handicaps følger kan være store.", "funktionsnedsättnings"),
    ],
)
def test_a_plural_in_s_is_not_inflected_as_a_genitive(
    disability: Glossary, target: str, sentence: str, expected: str
) -> None:
    protected = TermProtector(disability, "da", target).protect(sentence)
    assert [(s.source, s.replacement) for s in protected.slots if s.concept_id] == [
        ("handicaps", expected)
    ]
