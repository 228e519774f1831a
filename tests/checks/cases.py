"""What the YAML case runners share: reading cases, a case's glossary, comparing findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.core.models import Finding
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary


def yaml_cases(folder: Path) -> list[Any]:
    """One pytest parameter (code, case) per case of every <CODE>.yml in `folder`."""
    params = []
    for file in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


# A case without a `glossary:` has none: editing the project's glossary.csv (the demo's)
# must not change what a rule's cases find.
NO_GLOSSARY = "concept_id,lang,term,status\n"


def case_glossary(case: dict[str, Any], tmp_path: Path) -> Glossary:
    """The case's own glossary (`glossary:` CSV text); without one, an empty glossary."""
    csv_path = tmp_path / "glossary.csv"
    csv_path.write_text(case.get("glossary", NO_GLOSSARY), encoding="utf-8")
    return load_glossary(csv_path)


def assert_findings(
    findings: list[Finding],
    code: str,
    expected: list[dict[str, Any]],
    describe: Callable[[dict[str, Any]], str],
) -> None:
    """The findings of `code` are exactly `expected`, each compared on the fields it names."""
    actual = [f.model_dump(mode="json") for f in findings if f.code == code]
    assert len(actual) == len(expected), [describe(a) for a in actual]
    for got, want in zip(actual, expected, strict=True):
        assert {key: got[key] for key in want} == want


def assert_every_code_has_cases(folder: Path, codes: Iterable[str]) -> None:
    """Each code has a YAML file of its own with a failing and a passing case."""
    for code in codes:
        file = folder / f"{code}.yml"
        assert file.exists(), f"{code} has no YAML cases"
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert data["code"] == code
        cases = data["cases"]
        assert any(c["findings"] for c in cases), f"{code} has no failing case"
        assert any(not c["findings"] for c in cases), f"{code} has no passing case"
