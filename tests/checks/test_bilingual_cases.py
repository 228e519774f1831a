"""Runs every YAML case in tests/fixtures/checks/bilingual/<CODE>.yml.

A case: `units`, a list of translation units (`source`, `target`, `source_lang`,
`target_lang`; optional `id`, `line`, `state`, `unknown_words`, `back_translation`, `engine`, `path`
(default case.xlf), `inline_codes` (XLIFF: [source tokens, target tokens], as
pipeline.ingest.xliff_inline gives them)), optional `glossary` (CSV text; without it
the case has no glossary, so the demo glossary.csv cannot change a case),
optional `consistency_scope` (CONS001's, default catalog) and `findings`: the exact
list of findings of that code, in order, each a mapping of the Finding fields that matter
(match, suggestion, severity …).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.checks import check_units
from pipeline.checks.registry import BILINGUAL_CHECKS
from pipeline.core.models import TranslationUnit
from tests.checks.cases import (
    assert_every_code_has_cases,
    assert_findings,
    case_glossary,
    yaml_cases,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "checks" / "bilingual"
OPTIONAL = (
    "id",
    "line",
    "state",
    "unknown_words",
    "back_translation",
    "path",
    "inline_codes",
    "engine",
)


def _unit(number: int, spec: dict[str, Any]) -> TranslationUnit:
    fields = {key: spec[key] for key in OPTIONAL if key in spec}
    fields.setdefault("id", f"u{number}")
    fields.setdefault("line", number)
    fields.setdefault("path", "case.xlf")
    return TranslationUnit(
        source=spec["source"],
        target=spec["target"],
        source_lang=spec["source_lang"],
        target_lang=spec["target_lang"],
        **fields,
    )


@pytest.mark.parametrize(("code", "case"), yaml_cases(FIXTURES))
def test_bilingual_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    units = [_unit(i, spec) for i, spec in enumerate(case["units"], start=1)]
    findings = check_units(
        units,
        case_glossary(case, tmp_path),
        select=[code],
        consistency_scope=case.get("consistency_scope", "catalog"),
    )
    assert_findings(
        findings,
        code,
        case["findings"],
        lambda a: f"{a['segment_id']} {a['match']!r}: {a['message']}",
    )


def test_every_bilingual_check_has_passing_and_failing_cases() -> None:
    assert_every_code_has_cases(FIXTURES, BILINGUAL_CHECKS)
