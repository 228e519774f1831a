"""The text reporter: one line per finding, its suggestion on the line below, never spilling."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.models import Finding
from pipeline.emit.reporters import Report, get_reporter
from tests.emit.factories import finding


def lines_below(**fields: object) -> list[str]:
    """The lines the reporter prints for one finding (its summary left out)."""
    made: Finding = finding(message="the target ends differently than the source", **fields)
    out = get_reporter("text").render(Report(findings=[made], files=["bad.txt"]))
    return out.split("\n\n")[0].splitlines()[1:]


def test_a_word_is_shown_as_written() -> None:
    assert lines_below(suggestion="savlen") == ["    suggestion: savlen"]


def test_a_suggestion_with_a_line_break_is_quoted_on_one_line() -> None:
    assert lines_below(suggestion="Navn:\nAdresse:\n") == ['    suggestion: "Navn:\\nAdresse:\\n"']


def test_a_trailing_space_is_made_visible_by_quotes() -> None:
    assert lines_below(suggestion="Navn: ") == ['    suggestion: "Navn: "']


def test_tabs_and_invisible_spaces_are_escaped() -> None:
    assert lines_below(suggestion="Pris:\u00a0100\t") == ['    suggestion: "Pris:\\xa0100\\t"']


def test_a_suggestion_starting_with_a_quote_is_quoted_and_escaped() -> None:
    assert lines_below(suggestion='"C:\\tmp"') == ['    suggestion: "\\"C:\\\\tmp\\""']


def test_alternatives_are_shown_the_same_way() -> None:
    lines = lines_below(suggestion=None, suggestions=["Navn: ", "Navn:\n", "Navn"])
    assert lines == ['    suggestions: "Navn: ", "Navn:\\n", Navn']


def test_whole_target_suggestions_of_a_po_file_stay_on_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "da.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n\n'
        'msgid "Name: "\nmsgstr "Navn:"\n\nmsgid "Hello\\n"\nmsgstr "Hej"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "da.po", "--select", "WS001", "--no-scores"])
    assert result.stdout.splitlines() == [
        "da.po:6:1: WS001 warning: the target ends with no whitespace, the source with a space",
        '    suggestion: "Navn: "',
        "da.po:9:1: WS001 warning: "
        "the target ends with no whitespace, the source with a line break",
        '    suggestion: "Hej\\n"',
        "",
        "2 findings (0 errors, 2 warnings, 0 info) in 1 file; 2 fixable",
    ]
