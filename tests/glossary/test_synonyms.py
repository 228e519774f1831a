"""The synonym-context detector shared by translation enforcement, the checks and the fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary import load_glossary
from pipeline.glossary.matcher import matcher_for
from pipeline.glossary.model import Glossary
from pipeline.glossary.synonyms import named_as_synonyms, self_definitions, synonym_pairs

GLOSSARY = """concept_id,lang,term,status,note,source
als,da,amyotrofisk lateral sklerose,preferred,,
als,da,ALS,admitted,,
als,da,Lou Gehrigs sygdom,admitted,,
als,nb,amyotrofisk lateral sklerose,preferred,,
als,nb,Lou Gehrigs sykdom,admitted,,
als,sv,amyotrofisk lateralskleros,preferred,,
als,sv,ALS,admitted,,
drooling,da,savlen,preferred,,
drooling,da,sikl,deprecated,,
fasciculation,da,muskeltrækning,preferred,,
weakness,da,muskelsvaghed,preferred,,
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path: Path = tmp_path_factory.mktemp("glossary") / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


def pairs(glossary: Glossary, text: str, lang: str = "da") -> list[tuple[str, str]]:
    mentions = list(matcher_for(glossary, lang).find(text))
    return [
        (mentions[p.first].text, mentions[p.second].text)
        for p in synonym_pairs(text, mentions, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom.",
            "da",
            [("Amyotrofisk lateral sklerose", "Lou Gehrigs sygdom")],
        ),
        ("Savlen, også kaldet sikl, er et symptom.", "da", [("Savlen", "sikl")]),
        (
            "Lou Gehrigs sygdom, der også kaldes ALS, er sjælden.",
            "da",
            [("Lou Gehrigs sygdom", "ALS")],
        ),
        (
            "ALS (amyotrofisk lateral sklerose) er sjælden.",
            "da",
            [("ALS", "amyotrofisk lateral sklerose")],
        ),
        ("Savlen (tidligere kaldet sikl) er et symptom.", "da", [("Savlen", "sikl")]),
        ("Sikl eller savlen er et symptom.", "da", [("Sikl", "savlen")]),
        ("Savlen, dvs. sikl, er et symptom.", "da", [("Savlen", "sikl")]),
        (
            "Amyotrofisk lateral sklerose kalles også Lou Gehrigs sykdom.",
            "nb",
            [("Amyotrofisk lateral sklerose", "Lou Gehrigs sykdom")],
        ),
        (
            "Amyotrofisk lateralskleros, även kallad ALS, är sällsynt.",
            "sv",
            [("Amyotrofisk lateralskleros", "ALS")],
        ),
    ],
)
def test_synonym_contexts(
    glossary: Glossary, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(glossary, text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Savlen og sikl er to ord.",  # a list, not a naming
        "ALS (amyotrofisk lateral sklerose og andre sygdomme) er sjældne.",  # more in the brackets
        "Muskeltrækninger i armen eller muskeltrækninger i benet.",  # words between
        "Muskeltrækninger eller muskelsvaghed.",  # two concepts
    ],
)
def test_no_synonym_context(glossary: Glossary, text: str) -> None:
    assert pairs(glossary, text) == []


def test_both_sides_of_a_pair_are_named(glossary: Glossary) -> None:
    text = "Savlen, også kaldet sikl, er et symptom."
    mentions = list(matcher_for(glossary, "da").find(text))
    assert named_as_synonyms(text, mentions, "da") == {0, 1}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Amyotrofisk lateral sklerose kaldes også amyotrofisk lateral sklerose.", 1),
        ("Muskeltrækningerne (muskeltrækninger) går over.", 1),
        ("Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom.", 0),
    ],
)
def test_self_definitions_in_any_inflection(glossary: Glossary, text: str, count: int) -> None:
    mentions = list(matcher_for(glossary, "da").find(text))
    assert len(self_definitions(text, mentions, "da")) == count
