"""A glossary never loses rows silently: strict CSV, the delimiter Danish Excel writes, exact
lines, and pipes or devices refused before they are read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.errors import GlossaryError
from pipeline.glossary import load_glossary

HEADER = "concept_id,lang,term,status,note,source\n"


def test_an_unclosed_quote_is_an_error_at_the_line_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        HEADER
        + 'drooling,da,savlen,preferred,"Use savlen,\n'  # the quote is never closed
        + "drooling,da,dræning,forbidden,,\n"
        + "fasciculation,da,muskeltrækning,preferred,,\n",
        encoding="utf-8",
    )

    with pytest.raises(GlossaryError) as error:
        load_glossary(path)

    assert error.value.line == 2
    assert "close the quote" in str(error.value)
    assert "never closed" in str(error.value) or "runs to line" in str(error.value)


def test_glossary_check_reports_the_unclosed_quote_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.csv").write_text(
        HEADER + 'a,da,x,preferred,"open\nb,da,y,preferred,,\n', encoding="utf-8"
    )

    result = CliRunner().invoke(cli, ["glossary", "check", "g.csv"])

    assert result.exit_code == 2  # unusable input, not findings
    assert "g.csv:2:" in result.output
    assert "never closed" in result.output


def test_a_duplicate_column_is_an_error_not_a_silent_second_value(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        "concept_id,lang,term,status,term\na,da,rigtig,preferred,forkert\n", encoding="utf-8"
    )

    with pytest.raises(GlossaryError, match="column 'term' appears twice") as error:
        load_glossary(path)

    assert error.value.line == 1


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_semicolon_or_tab_separated_glossary_is_read(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "g.csv"
    rows = [
        ["concept_id", "lang", "term", "status", "note"],
        ["drooling", "da", "savlen", "preferred", "Brug savlen, ikke dræning"],
        ["drooling", "da", "dræning", "forbidden", "betyder 0,5 l væske"],
    ]
    path.write_text("\n".join(separator.join(r) for r in rows) + "\n", encoding="utf-8")

    glossary = load_glossary(path)

    terms = {(e.term, e.status.value, e.note) for e in glossary.entries}
    assert ("dræning", "forbidden", "betyder 0,5 l væske") in terms
    assert ("savlen", "preferred", "Brug savlen, ikke dræning") in terms


def test_a_named_pipe_glossary_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "g.csv")

    with pytest.raises(GlossaryError, match="not a regular file"):
        load_glossary(tmp_path / "g.csv")


def test_a_glossary_linked_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "g.csv").symlink_to("/dev/zero")

    with pytest.raises(GlossaryError, match="not a regular file"):
        load_glossary(tmp_path / "g.csv")
