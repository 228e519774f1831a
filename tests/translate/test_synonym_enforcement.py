"""Glossary enforcement keeps a synonym that the sentence names as one (with real Apertium)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.translate.terms import TermProtector, restore

GLOSSARY = """concept_id,lang,term,status,note,source
als,da,amyotrofisk lateral sklerose,preferred,,
als,da,ALS,admitted,,
als,da,Lou Gehrigs sygdom,admitted,,
als,nb,amyotrofisk lateral sklerose,preferred,,
als,nb,ALS,admitted,,
als,nn,amyotrofisk lateral sklerose,preferred,,
als,nn,Lou Gehrigs sjukdom,admitted,,
als,sv,amyotrofisk lateralskleros,preferred,,
intellectual-disability,da,udviklingshæmning,preferred,,
intellectual-disability,da,mental retardering,deprecated,,
intellectual-disability,nb,utviklingshemming,preferred,,
"""
MODES = {"nb": "dan-nob", "nn": "dan-nno", "sv": "dan-swe"}
SENTENCE = "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom og er en sjælden sygdom."


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path: Path = tmp_path_factory.mktemp("glossary") / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


def translate(glossary: Glossary, text: str, target: str) -> str:
    protected = TermProtector(glossary, "da", target).protect(text)
    output = subprocess.run(
        ["apertium", "-u", MODES[target]],
        input=protected.text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    restored = restore(output, protected)
    assert restored is not None
    return restored


@pytest.mark.parametrize("target", ["nb", "nn", "sv"])
def test_a_named_synonym_is_not_replaced_by_the_preferred_term(
    glossary: Glossary, target: str
) -> None:
    translated = translate(glossary, SENTENCE, target)
    preferred = glossary.preferred("als", target)
    assert preferred is not None
    assert translated.casefold().count(preferred.term.casefold()) == 1, translated
    assert "Lou Gehrigs" in translated  # the eponym's names come back verbatim


def test_the_target_term_of_the_same_status_is_used_when_the_glossary_has_one(
    glossary: Glossary,
) -> None:
    assert "Lou Gehrigs sjukdom" in translate(glossary, SENTENCE, "nn")


def test_a_synonym_outside_a_synonym_context_is_still_enforced(glossary: Glossary) -> None:
    protected = TermProtector(glossary, "da", "nb").protect("Lou Gehrigs sygdom er sjælden.")
    assert [slot.replacement for slot in protected.slots] == ["Amyotrofisk lateral sklerose"]


def test_a_former_name_in_parentheses_is_left_to_the_engine(glossary: Glossary) -> None:
    protected = TermProtector(glossary, "da", "nb").protect(
        "Udviklingshæmning (tidligere kaldet mental retardering) kræver støtte."
    )
    assert [slot.source for slot in protected.slots] == ["Udviklingshæmning"]
