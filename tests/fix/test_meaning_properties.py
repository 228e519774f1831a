"""No fix and no enforced translation names a term as itself or changes a word's part of speech:
on the seed article and on every terminology YAML case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.checks import check_document, check_units
from pipeline.core.models import Finding, TranslationUnit
from pipeline.fix.apply import fix_text
from pipeline.fix.meaning import MeaningGuard
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.ingest.morphology import lexical_readings
from pipeline.translate.apertium import ApertiumEngine
from pipeline.translate.batch import Translator
from tests.checks.cases import case_glossary

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
CASES = ROOT / "tests" / "fixtures" / "checks"


@pytest.fixture(scope="module")
def project() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


def fixed(text: str, glossary: Glossary) -> tuple[str, list[Finding]]:
    def check(lf_text: str) -> list[Finding]:
        return check_document(ingest_text(lf_text, "a.txt", ".txt", "da"), glossary)

    result = fix_text(text, check, unsafe=True, guard=MeaningGuard(glossary, "da"))
    return result.text, result.fixed


def shapes(word: str, readings: dict[str, Any]) -> set[tuple[str, ...]]:
    """Part of speech, number and definiteness of each reading of `word`."""
    keep = ("sg", "pl", "def", "ind", "gen")
    return {(r.pos, *(t for t in r.tags if t in keep)) for r in readings.get(word, ())}


def assert_meaning_kept(text: str, glossary: Glossary) -> None:
    after, fixes = fixed(text, glossary)
    self_defined = check_document(ingest_text(after, "a.txt", ".txt", "da"), glossary, ["TERM007"])
    assert self_defined == []
    pairs = [
        (f.match, f.suggestion)
        for f in fixes
        if f.code.startswith("TERM") and f.suggestion and " " not in f.match + f.suggestion
    ]
    readings = lexical_readings([w for pair in pairs for w in pair], "da")
    for old, new in pairs:
        if shapes(old, readings) and shapes(new, readings):
            assert shapes(old, readings) & shapes(new, readings), (old, new)


def test_fixing_the_seed_keeps_meaning(project: Glossary) -> None:
    assert_meaning_kept(SEED.read_text(encoding="utf-8"), project)


def term_cases() -> list[Any]:
    params = []
    for file in sorted(CASES.glob("TERM00[1-4].yml")):
        for case in yaml.safe_load(file.read_text(encoding="utf-8"))["cases"]:
            params.append(pytest.param(case, id=f"{file.stem}-{case['name']}"))
    return params


@pytest.mark.parametrize("case", term_cases())
def test_fixing_a_terminology_case_keeps_meaning(case: dict[str, Any], tmp_path: Path) -> None:
    assert_meaning_kept(case["text"], case_glossary(case, tmp_path))


@pytest.mark.parametrize("target", ["nb", "nn", "sv"])
def test_translating_the_seed_names_no_term_as_itself(project: Glossary, target: str) -> None:
    document = ingest_text(SEED.read_text(encoding="utf-8"), str(SEED), ".txt", "da")
    translator = Translator(ApertiumEngine(), project, "da", target)
    units: list[TranslationUnit] = translator.translate_document(document)
    assert check_units(units, project, select=["TERM008"]) == []
    als = next(u for u in units if u.source.startswith("Amyotrofisk lateral sklerose kaldes"))
    assert "Lou Gehrigs" in als.target
