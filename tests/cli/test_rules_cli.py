"""`content-pipeline rules [CODE]` through the real CLI entry point."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "checks"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["rules", *args], env={"COLUMNS": "250"})
    return result.exit_code, result.stdout, result.stderr


def yaml_cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return cases


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


def test_examples_are_the_first_three_failing_and_two_passing_yaml_cases() -> None:
    cases = yaml_cases(FIXTURES / "TERM001.yml")
    failing = [c["name"] for c in cases if c["findings"]]
    passing = [c["name"] for c in cases if not c["findings"]]
    out = invoke("TERM001")[1]
    assert (
        f"Examples from tests/fixtures/checks/TERM001.yml (3 of {len(failing)} failing, "
        f"2 of {len(passing)} passing cases):"
    ) in out
    shown = re.findall(r"^(Failing|Passing): (\w+)", out, flags=re.MULTILINE)
    assert shown == [("Failing", n) for n in failing[:3]] + [("Passing", n) for n in passing[:2]]


def test_a_failing_article_case_shows_numbered_text_and_expected_findings() -> None:
    out = invoke("TERM001")[1]
    assert (
        "Failing: forbidden_plural_indefinite (with its own glossary)\n"
        "    1 | Muskeltrækninger i benene\n"
        "    2 |\n"
        "    3 | Sygdommen begynder med muskelsvindninger og muskelsvaghed.\n"
        "  expects 1 finding:\n"
        "    3:24  'muskelsvindninger'  → 'muskeltrækninger'\n"
    ) in out


def test_invisible_whitespace_is_shown_as_a_string_literal() -> None:
    out = invoke("MECH002")[1]
    assert (
        "Failing: tab_inside_a_sentence\n"
        "    1 | ALS\n"
        "    2 |\n"
        "    3 | 'Det er en alvorlig\\ttilstand, der påvirker nervesystemet.'\n"
        "  expects 1 finding:\n"
        "    3:19  '\\t'  → ' '  \"tab inside the text; use a space\"\n"
    ) in out


def test_a_translation_check_shows_units_and_expected_findings() -> None:
    code, out, _ = invoke("NUM001")
    assert code == 0
    assert "severity: error, fixable: yes, kind: translation" in out
    assert "tests/fixtures/checks/bilingual/NUM001.yml" in out
    assert (
        "Failing: danish_thousands_point_reads_as_a_decimal_in_english\n"
        "  unit 1\n"
        "    source (da): Omkring 1.500 danskere lever med ALS.\n"
        "    target (en): About 1.500 Danes live with ALS.\n"
        "  expects 1 finding:\n"
        "    '1.500'  → '1,500'  \"number '1.500' is written in the da format; "
        "in en write '1,500'\"\n"
    ) in out
    assert "Passing: target_locale_formats_pass\n" in out


def test_json_for_a_code_has_documentation_and_the_chosen_cases() -> None:
    code, out, _ = invoke("MECH002", "--format", "json")
    data = json.loads(out)
    cases = yaml_cases(FIXTURES / "MECH002.yml")
    assert code == 0
    assert (data["code"], data["kind"], data["fixable"]) == ("MECH002", "article", True)
    assert data["documentation"] == check_class("MECH002").documentation()
    assert data["examples"] == {
        "failing": [c for c in cases if c["findings"]][:3],
        "passing": [c for c in cases if not c["findings"]][:2],
    }


def test_without_the_yaml_cases_the_documentation_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(rules_module, "FIXTURES", tmp_path / "tests" / "fixtures" / "checks")
    code, out, _ = invoke("TERM001")
    assert code == 0
    assert out.rstrip().endswith(
        "No examples: tests/fixtures/checks/TERM001.yml is not here "
        "(an installed package has no tests)."
    )
    assert json.loads(invoke("TERM001", "--format", "json")[1])["examples"] is None


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
