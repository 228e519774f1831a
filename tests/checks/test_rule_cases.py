"""Runs every YAML case in tests/fixtures/checks/<CODE>.yml (sqlfluff's std_rule_cases idea).

A case: `text` (an article), optional `suffix` (".txt"/".md"), `language` (default "da"),
`audience` (public or professional; default: detected), `glossary` (CSV text; without it
the case has no glossary, so the demo glossary.csv cannot change a case) and `findings`: the
exact list of findings of that code, each a mapping of the Finding fields that matter (line,
column, match, …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.checks import check_document
from pipeline.checks.registry import CHECKS
from pipeline.glossary.model import Audience
from pipeline.ingest import ingest_text
from tests.checks.cases import (
    assert_every_code_has_cases,
    assert_findings,
    case_glossary,
    yaml_cases,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "checks"


@pytest.mark.parametrize(("code", "case"), yaml_cases(FIXTURES))
def test_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    document = ingest_text(
        case["text"],
        path="case" + case.get("suffix", ".txt"),
        suffix=case.get("suffix", ".txt"),
        language=case.get("language", "da"),
        encoding=case.get("encoding", "utf-8"),
    )
    glossary = case_glossary(case, tmp_path)
    audience = Audience(case["audience"]) if "audience" in case else None
    findings = check_document(document, glossary, select=[code], audience=audience)
    assert_findings(
        findings, code, case["findings"], lambda a: f"{a['line']}:{a['column']} {a['match']!r}"
    )


def test_every_check_has_passing_and_failing_cases() -> None:
    assert_every_code_has_cases(FIXTURES, CHECKS)
