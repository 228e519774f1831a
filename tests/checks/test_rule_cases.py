"""Runs every YAML case in tests/fixtures/checks/<CODE>.yml (sqlfluff's std_rule_cases idea).

A case: `text` (an article), optional `suffix` (".txt"/".md"), `language` (default "da"),
`glossary` (CSV text replacing the project glossary) and `findings`: the exact list of findings
of that code, each a mapping of the Finding fields that matter (line, column, match, …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.checks import check_document
from pipeline.checks.registry import CHECKS
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "checks"
ROOT = Path(__file__).parent.parent.parent


def _cases() -> list[Any]:
    params = []
    for file in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


@pytest.fixture(scope="session")
def project_glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(
    code: str, case: dict[str, Any], project_glossary: Glossary, tmp_path: Path
) -> None:
    glossary = project_glossary
    if "glossary" in case:
        csv_path = tmp_path / "glossary.csv"
        csv_path.write_text(case["glossary"], encoding="utf-8")
        glossary = load_glossary(csv_path)
    document = ingest_text(
        case["text"],
        path="case" + case.get("suffix", ".txt"),
        suffix=case.get("suffix", ".txt"),
        language=case.get("language", "da"),
        encoding=case.get("encoding", "utf-8"),
    )
    findings = check_document(document, glossary, select=[code])
    actual = [f.model_dump(mode="json") for f in findings if f.code == code]
    expected: list[dict[str, Any]] = case["findings"]
    assert len(actual) == len(expected), [
        f"{a['line']}:{a['column']} {a['match']!r}" for a in actual
    ]
    for got, want in zip(actual, expected, strict=True):
        assert {key: got[key] for key in want} == want


def test_every_check_has_passing_and_failing_cases() -> None:
    for code in CHECKS:
        file = FIXTURES / f"{code}.yml"
        assert file.exists(), f"{code} has no YAML cases"
        cases = yaml.safe_load(file.read_text(encoding="utf-8"))["cases"]
        assert any(c["findings"] for c in cases), f"{code} has no failing case"
        assert any(not c["findings"] for c in cases), f"{code} has no passing case"
