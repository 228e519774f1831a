"""The SARIF 2.1.0 reporter: the seed article's log, checked field by field and by Microsoft's
SARIF Multitool (installed by scripts/setup.sh through npm)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline import __version__
from pipeline.checks.registry import (
    BILINGUAL_CHECKS,
    CHECKS,
    bilingual_check_class,
    check_class,
)
from pipeline.cli.main import cli
from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters import Report, get_reporter
from tests.emit.factories import finding as make_finding

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "node_modules" / "@microsoft" / "sarif-multitool-linux"
MULTITOOL = PACKAGE / "Sarif.Multitool"
SEED_URI = "sources/muskeltraekninger-da.txt"

needs_multitool = pytest.mark.skipif(
    not (ROOT / "node_modules" / ".bin").is_dir() or not MULTITOOL.is_file(),
    reason="SARIF Multitool not installed: run scripts/setup.sh (npm ci) to validate SARIF",
)


@pytest.fixture(scope="module")
def in_root() -> Iterator[None]:
    # `check` reads pyproject.toml's [tool.content-pipeline] (the glossary) from the cwd.
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        yield


def check_seed(out: Path, output_format: str) -> str:
    args = ["check", "sources/", "--format", output_format, "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # the seed article has errors
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_sarif(in_root: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sarif") / "seed.sarif"
    check_seed(out, "sarif")
    return out


@pytest.fixture(scope="module")
def log(seed_sarif: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(seed_sarif.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def seed_findings(in_root: None, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    out = tmp_path_factory.mktemp("json") / "seed.json"
    findings: list[Any] = json.loads(check_seed(out, "json"))["findings"]
    return findings


def render(*findings: Finding, failures: list[str] | None = None) -> dict[str, Any]:
    report = Report(findings=list(findings), files=["a.txt"], failures=failures or [])
    data: dict[str, Any] = json.loads(get_reporter("sarif").render(report))
    return data


def finding(**fields: Any) -> Finding:
    return make_finding(**({"path": "a.txt", "suggestions": ["savlen"]} | fields))


def test_log_has_one_run_by_content_pipeline(log: dict[str, Any]) -> None:
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("content-pipeline", __version__)
    assert "informationUri" not in driver
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_rules_are_every_check_articles_first(log: dict[str, Any]) -> None:
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [*CHECKS, *BILINGUAL_CHECKS]


def test_a_rule_carries_the_checks_description_documentation_and_level(
    log: dict[str, Any],
) -> None:
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    term001, num001 = check_class("TERM001"), bilingual_check_class("NUM001")
    assert rules["TERM001"] == {
        "id": "TERM001",
        "name": "terminology.forbidden-term",
        "shortDescription": {"text": term001.description()},
        "fullDescription": {"text": term001.documentation()},
        "help": {"text": term001.documentation()},
        "defaultConfiguration": {"level": "error"},
        "properties": {
            "tags": ["terminology", "article"],
            "fixable": True,
            "mqmCategory": "terminology",
        },
    }
    assert rules["NUM001"]["fullDescription"]["text"] == num001.documentation()
    assert rules["NUM001"]["properties"]["tags"] == ["bilingual", "translation"]
    assert rules["MECH002"]["defaultConfiguration"] == {"level": "warning"}
    assert rules["TERM003"]["defaultConfiguration"] == {"level": "note"}


def test_one_result_per_finding_in_the_same_order(
    log: dict[str, Any], seed_findings: list[Any]
) -> None:
    results = log["runs"][0]["results"]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert len(results) == len(seed_findings) == 19
    for result, found in zip(results, seed_findings, strict=True):
        assert result["ruleId"] == found["code"]
        assert result["level"] == levels[found["severity"]]
        assert result["message"] == {"text": found["message"]}
        assert result["properties"]["match"] == found["match"]


def test_rule_index_points_at_the_rule_of_the_result(log: dict[str, Any]) -> None:
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_boilerplate_result_locates_the_line_and_deletes_it(log: dict[str, Any]) -> None:
    location = {"uri": SEED_URI, "uriBaseId": "%SRCROOT%"}
    region = {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 21}
    assert log["runs"][0]["results"][0] == {
        "ruleId": "MT001",
        "ruleIndex": list(CHECKS).index("MT001"),
        "level": "error",
        "message": {
            "text": "leftover boilerplate line 'Indholdsfortegnelse:' is not article content; "
            "delete it"
        },
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "fixes": [
            {
                "description": {"text": "Delete 'Indholdsfortegnelse:'"},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {"deletedRegion": region, "insertedContent": {"text": ""}}
                        ],
                    }
                ],
            }
        ],
        "properties": {"match": "Indholdsfortegnelse:"},
    }


def test_forbidden_term_fix_replaces_the_match_with_the_suggestion(log: dict[str, Any]) -> None:
    result = next(r for r in log["runs"][0]["results"] if r["properties"]["match"] == "dræning")
    region = {"startLine": 11, "startColumn": 847, "endLine": 11, "endColumn": 854}
    assert result["locations"][0]["physicalLocation"]["region"] == region
    assert result["fixes"][0]["description"] == {"text": "Replace 'dræning' with 'savlen'"}
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {"deletedRegion": region, "insertedContent": {"text": "savlen"}}
    assert result["properties"]["suggestions"] == ["savlen"]


def test_only_fixable_findings_with_a_suggestion_get_fixes(
    log: dict[str, Any], seed_findings: list[Any]
) -> None:
    results = log["runs"][0]["results"]
    expected = [f["fixable"] and f["suggestion"] is not None for f in seed_findings]
    assert ["fixes" in r for r in results] == expected
    assert sum(expected) == 16


def test_same_findings_give_the_same_bytes(seed_sarif: Path, in_root: None, tmp_path: Path) -> None:
    again = check_seed(tmp_path / "again.sarif", "sarif")
    assert again == seed_sarif.read_text(encoding="utf-8")
    assert "Time" not in again  # no startTimeUtc / endTimeUtc


def test_info_is_a_note_and_warning_a_warning() -> None:
    results = render(
        finding(severity=Severity.INFO, fixable=False),
        finding(severity=Severity.WARNING, fixable=False),
    )["runs"][0]["results"]
    assert [r["level"] for r in results] == ["note", "warning"]
    assert ["fixes" in r for r in results] == [False, False]


def test_absolute_path_is_a_file_uri_without_base() -> None:
    result = render(finding(path="/srv/artikler/træk 1.txt"))["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///srv/artikler/tr%C3%A6k%201.txt"}


def test_relative_path_is_percent_encoded_posix_under_srcroot() -> None:
    result = render(finding(path="./artikler/træk 1.txt"))["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "artikler/tr%C3%A6k%201.txt", "uriBaseId": "%SRCROOT%"}


def test_translation_finding_at_a_unit_gets_no_fix() -> None:
    # Bilingual findings point at the unit (an empty region): a replacement would insert.
    unit = finding(
        code="NUM001",
        name="bilingual.number-mismatch",
        path="case.xlf",
        line=7,
        column=5,
        end_line=7,
        end_column=5,
        match="100.000",
        suggestion="100\u00a0000",
    )
    result = render(unit)["runs"][0]["results"][0]
    region = {"startLine": 7, "startColumn": 5, "endLine": 7, "endColumn": 5}
    assert result["locations"][0]["physicalLocation"]["region"] == region
    assert "fixes" not in result


def test_unreadable_files_make_the_invocation_unsuccessful() -> None:
    run = render(failures=["b.txt: file is empty"])["runs"][0]
    assert run["invocations"] == [
        {
            "executionSuccessful": False,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": "b.txt: file is empty"}}
            ],
        }
    ]
    assert run["results"] == []


def validate(sarif: Path, tmp_path: Path) -> list[tuple[str, str]]:
    """(level, ruleId) of every problem the Multitool finds, errors and warnings.

    The Multitool exits 0 even when it finds errors, so its own SARIF output is read instead.
    """
    out = tmp_path / "validation.sarif"
    completed = subprocess.run(
        [str(MULTITOOL), "validate", str(sarif), "-o", str(out), "--log", "ForceOverwrite"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "1 files scanned" in completed.stdout
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    return [(r.get("level", "warning"), r["ruleId"]) for r in results]


@needs_multitool
def test_multitool_finds_no_errors_in_the_seed_log(seed_sarif: Path, tmp_path: Path) -> None:
    # The one warning: no informationUri, as content-pipeline has no public page to point at.
    assert validate(seed_sarif, tmp_path) == [("warning", "SARIF2005")]


@needs_multitool
def test_seed_log_matches_the_schema_the_multitool_ships(log: dict[str, Any]) -> None:
    # The Multitool reports nothing at all for some schema violations (an unknown level),
    # so the log is also checked against its bundled schema.
    schema = json.loads((PACKAGE / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert [error.message for error in validator.iter_errors(log)] == []


@needs_multitool
def test_multitool_reports_a_broken_log(log: dict[str, Any], tmp_path: Path) -> None:
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["ruleIndex"] = 999
    path = tmp_path / "broken.sarif"
    path.write_text(json.dumps(broken), encoding="utf-8")
    assert ("error", "SARIF1009") in validate(path, tmp_path)
