"""The JUnit XML reporter: a test suite per file, a test case per finding, parseable XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters import Report, get_reporter
from tests.emit.factories import finding

ROOT = Path(__file__).resolve().parents[2]


def render(findings: list[Finding], files: list[str], failures: list[str] | None = None) -> str:
    report = Report(findings=findings, files=files, failures=failures or [])
    return get_reporter("junit").render(report)


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8"))


def test_findings_and_a_clean_file_as_suites_and_cases() -> None:
    xml = render(
        [
            finding(),
            finding(
                code="TERM003",
                name="terminology.admitted-term",
                severity=Severity.INFO,
                message="admitted term 'sikl' for concept 'drooling': use 'savlen'",
                line=5,
                column=9,
                match="sikl",
                fixable=False,
            ),
        ],
        ["bad.txt", "good.txt"],
    )
    assert xml == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="content-pipeline" tests="3" failures="1" errors="0" skipped="0">\n'
        '  <testsuite name="bad.txt" tests="2" failures="1" errors="0" skipped="0">\n'
        '    <testcase classname="bad.txt" name="TERM001 3:36">\n'
        '      <failure type="TERM001" message="forbidden term \'dræning\' for concept '
        "'drooling': use 'savlen'\">bad.txt:3:36: TERM001 error: forbidden term 'dræning' "
        "for concept 'drooling': use 'savlen'\n"
        "suggestion: savlen</failure>\n"
        "    </testcase>\n"
        '    <testcase classname="bad.txt" name="TERM003 5:9">\n'
        "      <system-out>bad.txt:5:9: TERM003 info: admitted term 'sikl' for concept "
        "'drooling': use 'savlen'\n"
        "suggestion: savlen</system-out>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        '  <testsuite name="good.txt" tests="1" failures="0" errors="0" skipped="0">\n'
        '    <testcase classname="good.txt" name="no findings" />\n'
        "  </testsuite>\n"
        "</testsuites>\n"
    )


def test_warnings_fail_and_info_passes() -> None:
    root = parse(
        render([finding(severity=Severity.WARNING), finding(severity=Severity.INFO)], ["bad.txt"])
    )
    cases = root.findall("testsuite/testcase")
    assert [case.find("failure") is not None for case in cases] == [True, False]
    assert [case.find("system-out") is not None for case in cases] == [False, True]
    assert (root.get("tests"), root.get("failures")) == ("2", "1")


def test_a_deletion_suggestion_reads_delete() -> None:
    root = parse(render([finding(suggestion="")], ["bad.txt"]))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.text is not None
    assert failure.text.endswith("\nsuggestion: (delete)")


def test_a_whole_target_suggestion_stays_on_one_line_quoted() -> None:
    root = parse(render([finding(code="WS001", suggestion="Navn:\n")], ["app.po"]))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.text is not None
    assert failure.text.endswith('\nsuggestion: "Navn:\\n"')


def test_unreadable_file_is_an_error_not_a_pass() -> None:
    root = parse(render([], ["empty.txt", "good.txt"], ["empty.txt: file is empty"]))
    empty, good = root.findall("testsuite")
    assert (empty.get("tests"), empty.get("errors")) == ("1", "1")
    error = empty.find("testcase/error")
    assert error is not None
    assert error.attrib == {"type": "input", "message": "empty.txt: file is empty"}
    assert [case.get("name") for case in good.findall("testcase")] == ["no findings"]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "0", "1")


def test_a_failure_of_no_listed_file_gets_its_own_suite() -> None:
    root = parse(render([], ["good.txt"], ["other.txt:4: binary file (NUL byte)"]))
    suite = root.findall("testsuite")[-1]
    assert suite.get("name") == "input errors"
    error = suite.find("testcase/error")
    assert error is not None and error.get("message") == "other.txt:4: binary file (NUL byte)"


def test_control_characters_that_xml_cannot_hold_are_shown_escaped() -> None:
    xml = render([finding(message="form feed \x0c and NUL \x00 here", match="\x0c")], ["bad.txt"])
    failure = parse(xml).find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "form feed \\x0c and NUL \\x00 here"


def test_newlines_in_a_message_survive_in_the_attribute() -> None:
    failure = parse(render([finding(message="line one\nline two")], ["bad.txt"])).find(
        "testsuite/testcase/failure"
    )
    assert failure is not None and failure.get("message") == "line one\nline two"


def test_seed_article_report_parses_and_counts_match(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "seed.xml"
    result = CliRunner().invoke(cli, ["check", "sources/", "--format", "junit", "-o", str(out)])
    assert result.exit_code == 1
    root = ET.parse(out).getroot()
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "sources/muskeltraekninger-da.txt"
    cases = suite.findall("testcase")
    assert len(cases) == 19
    assert len(suite.findall("testcase/failure")) == 16  # 10 errors, 6 warnings
    assert len(suite.findall("testcase/system-out")) == 3  # info
    assert cases[0].attrib == {"classname": "sources/muskeltraekninger-da.txt", "name": "MT001 3:1"}
    assert root.attrib == {
        "name": "content-pipeline",
        "tests": "19",
        "failures": "16",
        "errors": "0",
        "skipped": "0",
    }
    assert suite.attrib == {
        "name": "sources/muskeltraekninger-da.txt",
        "tests": "19",
        "failures": "16",
        "errors": "0",
        "skipped": "0",
    }
