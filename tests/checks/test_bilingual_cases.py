"""Runs every YAML case in tests/fixtures/checks/bilingual/<CODE>.yml.

A case: `units`, a list of translation units (`source`, `target`, `source_lang`,
`target_lang`; optional `id`, `line`, `state`, `unknown_words`, `back_translation`),
optional `glossary` (CSV text replacing the project glossary.csv) and `findings`: the exact
list of findings of that code, in order, each a mapping of the Finding fields that matter
(match, suggestion, severity …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.checks import check_units
from pipeline.checks.registry import BILINGUAL_CHECKS
from pipeline.core.models import TranslationUnit
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary

FIXTURES = Path(__file__).parent.parent / "fixtures" / "checks" / "bilingual"
ROOT = Path(__file__).parent.parent.parent
OPTIONAL = ("id", "line", "state", "unknown_words", "back_translation")


def _cases() -> list[Any]:
    params = []
    for file in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


def _unit(number: int, spec: dict[str, Any]) -> TranslationUnit:
    fields = {key: spec[key] for key in OPTIONAL if key in spec}
    fields.setdefault("id", f"u{number}")
    fields.setdefault("line", number)
    return TranslationUnit(
        source=spec["source"],
        target=spec["target"],
        source_lang=spec["source_lang"],
        target_lang=spec["target_lang"],
        path="case.xlf",
        **fields,
    )


@pytest.fixture(scope="session")
def project_glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


@pytest.mark.parametrize(("code", "case"), _cases())
def test_bilingual_case(
    code: str, case: dict[str, Any], project_glossary: Glossary, tmp_path: Path
) -> None:
    glossary = project_glossary
    if "glossary" in case:
        csv_path = tmp_path / "glossary.csv"
        csv_path.write_text(case["glossary"], encoding="utf-8")
        glossary = load_glossary(csv_path)
    units = [_unit(i, spec) for i, spec in enumerate(case["units"], start=1)]
    findings = check_units(units, glossary, select=[code])
    actual = [f.model_dump(mode="json") for f in findings if f.code == code]
    expected: list[dict[str, Any]] = case["findings"]
    assert len(actual) == len(expected), [
        f"{a['segment_id']} {a['match']!r}: {a['message']}" for a in actual
    ]
    for got, want in zip(actual, expected, strict=True):
        assert {key: got[key] for key in want} == want


def test_every_bilingual_check_has_passing_and_failing_cases() -> None:
    for code in BILINGUAL_CHECKS:
        file = FIXTURES / f"{code}.yml"
        assert file.exists(), f"{code} has no YAML cases"
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert data["code"] == code
        cases = data["cases"]
        assert any(c["findings"] for c in cases), f"{code} has no failing case"
        assert any(not c["findings"] for c in cases), f"{code} has no passing case"
