"""`content-pipeline rules [CODE]` through the real CLI entry point."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.checks.quality import QualityModel
from pipeline.checks.registry import (
    BILINGUAL_CHECKS,
    CHECKS,
    OPT_IN,
    bilingual_check_class,
    check_class,
)
from pipeline.cli import rules as rules_module
from pipeline.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["rules", *args], env={"COLUMNS": "250"})
    return result.exit_code, result.stdout, result.stderr


def test_table_has_a_row_per_check_with_its_severity_fixable_kind_default_and_category() -> None:
    code, out, _ = invoke()
    assert code == 0
    checks: list[tuple[str, Any, str]] = [(c, check_class(c), "article") for c in CHECKS]
    checks += [(c, bilingual_check_class(c), "translation") for c in BILINGUAL_CHECKS]
    for name, cls, kind in checks:
        fixable = "yes" if cls.fixable else "no"
        default = "opt-in" if name in OPT_IN else "on"
        category = QualityModel().category(name)
        row = (
            rf"│ {name}\s+│ {cls.severity.value}\s+│ {fixable}\s+│ {kind}\s+│ {default}\s+│ "
            rf"{category}\s+│ {re.escape(cls.description())}\s+│"
        )
        assert re.search(row, out), name
    assert out.count("\n│ ") == len(CHECKS) + len(BILINGUAL_CHECKS)


def test_json_lists_every_check_articles_first() -> None:
    code, out, _ = invoke("--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert [row["code"] for row in rows] == [*CHECKS, *BILINGUAL_CHECKS]
    assert {row["kind"] for row in rows[: len(CHECKS)]} == {"article"}
    assert {row["kind"] for row in rows[len(CHECKS) :]} == {"translation"}
    assert rows[list(CHECKS).index("TERM001")] == {
        "code": "TERM001",
        "name": "terminology.forbidden-term",
        "severity": "error",
        "fixable": True,
        "kind": "article",
        "default": "on",
        "category": "terminology",
        "description": "A term the glossary forbids (a mistranslation or a wrong term) is used.",
    }


def test_a_code_shows_its_header_and_full_documentation() -> None:
    code, out, _ = invoke("TERM001")
    assert code == 0
    header = [
        "TERM001 terminology.forbidden-term",
        "severity: error, fixable: yes, kind: article, default: on, category: terminology",
    ]
    assert out.splitlines()[:3] == [*header, ""]
    assert check_class("TERM001").documentation() in out


def test_an_opt_in_check_says_so_in_the_table_json_and_its_header() -> None:
    """SPELL002 runs only when selected; a reader of `rules` must learn that there."""
    assert "SPELL002" in OPT_IN
    _, table, _ = invoke()
    assert re.search(r"│ SPELL002\s+│ \w+\s+│ \w+\s+│ translation\s+│ opt-in\s+│", table)
    rows = {row["code"]: row for row in json.loads(invoke("--format", "json")[1])}
    assert rows["SPELL002"]["default"] == "opt-in"
    assert {code for code, row in rows.items() if row["default"] == "opt-in"} == OPT_IN
    assert "default: opt-in" in invoke("SPELL002")[1].splitlines()[1]


def test_a_code_is_case_insensitive() -> None:
    assert invoke("term001")[1] == invoke("TERM001")[1]


def test_a_code_ends_with_its_anti_pattern_and_best_practice() -> None:
    out = invoke("TERM001")[1]
    assert out.rstrip().endswith(
        'Anti-pattern: "Sygdommen begynder med muskelsvindninger."\n'
        'Best practice: "Sygdommen begynder med muskeltrækninger."\n'
        "\n"
        "The fix keeps the inflection when both terms have a certain paradigm (-ning → -ning);\n"
        "otherwise the preferred dictionary form is suggested and the fix is left to the editor."
    )
    assert "tests/fixtures" not in out


def test_a_translation_check_shows_its_kind_and_examples() -> None:
    code, out, _ = invoke("NUM001")
    assert code == 0
    assert "severity: error, fixable: yes, kind: translation" in out
    assert 'Anti-pattern: da "ud af hver 100.000" → sv "ur varje 100.000"\n' in out


def test_json_for_a_code_has_documentation_and_the_docstring_examples() -> None:
    code, out, _ = invoke("TERM003", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert (data["code"], data["kind"], data["fixable"]) == ("TERM003", "article", False)
    assert data["documentation"] == check_class("TERM003").documentation()
    assert data["examples"] == {
        "anti_pattern": '"Lægen fandt flere trykpunkter i musklerne." (glossary: "trykpunkt" '
        'admitted, "ømt punkt" preferred)',
        "best_practice": '"Lægen fandt flere ømme punkter i musklerne."',
    }


@pytest.mark.parametrize("code", [*CHECKS, *BILINGUAL_CHECKS])
def test_every_check_documents_one_anti_pattern_and_one_best_practice(code: str) -> None:
    cls = check_class(code) if code in CHECKS else bilingual_check_class(code)
    assert set(rules_module.examples(cls.documentation())) == {"anti_pattern", "best_practice"}
    assert cls.documentation().count("\nAnti-pattern: ") == 1
    assert cls.documentation().count("\nBest practice: ") == 1


def test_an_installed_package_without_tests_shows_the_examples(tmp_path: Path) -> None:
    """Only the package is copied (as pip installs it): no tests/ beside it, another cwd."""
    shutil.copytree(ROOT / "pipeline", tmp_path / "site" / "pipeline")
    (tmp_path / "work").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "rules", "MECH002"],
        cwd=tmp_path / "work",
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site"), "COLUMNS": "250"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == invoke("MECH002")[1]
    assert "\nAnti-pattern: " in result.stdout


def test_unknown_code_exits_2_with_close_codes() -> None:
    code, out, err = invoke("TERM01")
    assert code == 2
    assert out == ""
    assert err == (
        "error: unknown check code 'TERM01'; "
        "did you mean TERM001, TERM002, TERM003, TERM004, TERM007?\n"
    )


def test_a_prefix_suggests_the_codes_it_starts() -> None:
    assert invoke("MECH")[2] == (
        "error: unknown check code 'MECH'; "
        "did you mean MECH001, MECH002, MECH003, MECH004, MECH005?\n"
    )


def test_unknown_code_with_nothing_close_points_at_the_list() -> None:
    code, _, err = invoke("XYZ")
    assert code == 2
    assert err == "error: unknown check code 'XYZ'; `content-pipeline rules` lists every check\n"


def test_rules_is_listed_in_the_main_help() -> None:
    out = CliRunner().invoke(cli, ["--help"]).output
    assert re.search(
        r"^  rules\s+List every check, or show one check's documentation\.$", out, re.M
    )


def test_importing_the_command_loads_no_checks_yaml_or_rich() -> None:
    probe = (
        "import sys, pipeline.cli.rules; "
        "print(sorted(m for m in ('yaml', 'rich', 'pipeline.checks.registry') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
