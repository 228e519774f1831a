"""The GitHub Actions reporter: workflow-command lines, escaped as the runner unescapes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters import Report, get_reporter
from pipeline.emit.reporters.github import escape_data, escape_property
from tests.emit.factories import finding

ROOT = Path(__file__).resolve().parents[2]


def render(*findings: Finding, failures: list[str] | None = None) -> str:
    report = Report(findings=list(findings), files=["bad.txt"], failures=failures or [])
    return get_reporter("github").render(report)


def runner_parse(line: str) -> tuple[str, dict[str, str], str]:
    """What the Actions runner reads from a line (ActionCommand.TryParseV2 in actions/runner):
    the command, its properties and its message, unescaped in the runner's order."""
    assert line.startswith("::")
    end = line.index("::", 2)
    info, data = line[2:end], line[end + 2 :]
    command, _, rest = info.partition(" ")
    properties = {}
    for pair in filter(None, rest.split(",")):
        key, value = pair.split("=", 1)
        for token, escaped in (("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")):
            value = value.replace(escaped, token)
        properties[key] = value.replace("%25", "%")
    for token, escaped in (("\r", "%0D"), ("\n", "%0A")):
        data = data.replace(escaped, token)
    return command, properties, data.replace("%25", "%")


def test_one_error_line_with_position_and_title() -> None:
    assert render(finding()) == (
        "::error file=bad.txt,line=3,col=36,endLine=3,endColumn=43,"
        "title=TERM001 terminology.forbidden-term::"
        "forbidden term 'dræning' for concept 'drooling': use 'savlen'\n"
    )


def test_warning_and_info_become_warning_and_notice() -> None:
    lines = render(finding(severity=Severity.WARNING), finding(severity=Severity.INFO)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::warning", "::notice"]


def test_message_escapes_percent_and_line_breaks_but_keeps_colons_and_commas() -> None:
    assert escape_data("100% sikker\r\nog: a, b") == "100%25 sikker%0D%0Aog: a, b"


def test_property_escapes_colons_and_commas_too() -> None:
    assert escape_property("C:\\tekster\\a,b%.txt\n") == "C%3A\\tekster\\a%2Cb%25.txt%0A"


def test_a_literal_percent_escape_in_a_message_is_not_decoded() -> None:
    line = render(finding(message="skriv %0A ikke som linjeskift")).rstrip("\n")
    assert line.endswith("::skriv %250A ikke som linjeskift")
    assert runner_parse(line)[2] == "skriv %0A ikke som linjeskift"


def test_runner_reads_back_awkward_paths_titles_and_messages() -> None:
    tricky = finding(
        path="artikler/a,b:c%d.txt",
        name="odd,name:x",
        message="første linje\nanden: linje, med :: og 50 %",
    )
    command, properties, message = runner_parse(render(tricky).rstrip("\n"))
    assert command == "error"
    assert properties == {
        "file": "artikler/a,b:c%d.txt",
        "line": "3",
        "col": "36",
        "endLine": "3",
        "endColumn": "43",
        "title": "TERM001 odd,name:x",
    }
    assert message == "første linje\nanden: linje, med :: og 50 %"


def test_a_whole_target_suggestion_does_not_break_the_annotation_line() -> None:
    # The annotation carries the message only; a WS001 suggestion holds the target's edges.
    ws001 = finding(
        code="WS001",
        name="bilingual.edge-whitespace",
        message="the target ends with no whitespace, the source with a line break",
        suggestion="Hej\n",
    )
    assert render(ws001) == (
        "::error file=bad.txt,line=3,col=36,endLine=3,endColumn=43,"
        "title=WS001 bilingual.edge-whitespace::"
        "the target ends with no whitespace, the source with a line break\n"
    )


def test_a_finding_over_several_lines_has_no_columns() -> None:
    # The runner drops col/endColumn when line and endLine differ.
    line = render(finding(line=3, column=16, end_line=4, end_column=18)).rstrip("\n")
    assert runner_parse(line)[1] == {
        "file": "bad.txt",
        "line": "3",
        "endLine": "4",
        "title": "TERM001 terminology.forbidden-term",
    }


def test_unreadable_files_are_errors_without_a_position() -> None:
    assert render(failures=["empty.txt: file is empty"]) == (
        "::error title=input error::empty.txt: file is empty\n"
    )


def test_no_findings_no_lines() -> None:
    assert render() == ""


def test_seed_article_gives_one_annotation_per_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["check", "sources/", "--format", "github"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert len(lines) == 19  # "Lou Gehrigs sygdom" is named as a synonym: not reported
    assert [line.split(" ", 1)[0] for line in lines].count("::error") == 10
    assert lines[0] == (
        "::error file=sources/muskeltraekninger-da.txt,line=3,col=1,endLine=3,endColumn=21,"
        "title=MT001 artifacts.boilerplate::"
        "leftover boilerplate line 'Indholdsfortegnelse:' is not article content; delete it"
    )
