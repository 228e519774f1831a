"""A fix never changes what the text means: named synonyms and parts of speech survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.core.models import Finding
from pipeline.fix.apply import fix_text
from pipeline.fix.meaning import MeaningGuard
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text

GLOSSARY = """concept_id,lang,term,status,note,source
als,da,amyotrofisk lateral sklerose,preferred,,
als,da,ALS,admitted,,
als,da,Lou Gehrigs sygdom,admitted,,
drooling,da,savlen,preferred,,
drooling,da,sikl,deprecated,,
drooling,da,dræning,forbidden,,
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,,
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path: Path = tmp_path_factory.mktemp("glossary") / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


def unsafe_fix(glossary: Glossary, text: str, guard: MeaningGuard | None) -> str:
    def check(lf_text: str) -> list[Finding]:
        return check_document(ingest_text(lf_text, "a.txt", ".txt", "da"), glossary)

    return fix_text(text, check, unsafe=True, guard=guard).text


def test_the_guard_refuses_to_replace_a_named_synonym(glossary: Glossary) -> None:
    text = "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom."
    start = text.index("Lou")
    guard = MeaningGuard(glossary, "da")
    assert not guard.allows(text, start, start + 18, "amyotrofisk lateral sklerose")


def test_the_guard_refuses_an_edit_that_defines_a_term_as_itself(glossary: Glossary) -> None:
    # "muskelsvindninger" is forbidden; even so, the result may not name a term as itself
    text = "Muskeltrækninger (muskelsvindninger) går over."
    start = text.index("muskelsvindninger")
    guard = MeaningGuard(glossary, "da")
    assert not guard.allows(text, start, start + 17, "muskeltrækninger")


def test_the_guard_lets_an_ordinary_term_fix_through(glossary: Glossary) -> None:
    text = "Sygdommen begynder med muskelsvindninger.\nLou Gehrigs sygdom kaldes også ALS."
    start = text.index("muskelsvindninger")
    assert MeaningGuard(glossary, "da").allows(text, start, start + 17, "muskeltrækninger")


def test_unsafe_fixes_keep_a_named_synonym(glossary: Glossary) -> None:
    text = "ALS\n\nAmyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom.\n"
    assert unsafe_fix(glossary, text, MeaningGuard(glossary, "da")) == text


def test_unsafe_fixes_keep_a_verb_a_verb(glossary: Glossary) -> None:
    text = "Savlen\n\nHan sikler meget, og barnet har sikl på hagen.\n"
    fixed = unsafe_fix(glossary, text, MeaningGuard(glossary, "da"))
    assert fixed == "Savlen\n\nHan sikler meget, og barnet har savlen på hagen.\n"
