"""`content-pipeline glossary check|show` through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.glossary import load_glossary

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "glossary" / "data" / "broken.csv"


@pytest.fixture
def in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.usefixtures("in_repo_root")
def test_check_of_the_real_glossary_exits_0_with_a_summary_line() -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    summary = (
        f"0 errors, 0 warnings in glossary.csv ({len(glossary.concepts)} concepts, "
        f"{len(glossary)} terms, languages: da, de, en, nb, nn, sv)"
    )

    result = CliRunner().invoke(cli, ["glossary", "check", "glossary.csv"])

    assert result.exit_code == 0
    assert result.output == summary + "\n"


@pytest.mark.usefixtures("in_repo_root")
def test_check_reads_glossary_csv_when_no_path_is_given() -> None:
    result = CliRunner().invoke(cli, ["glossary", "check"])

    assert result.exit_code == 0
    assert result.output.startswith("0 errors, 0 warnings in glossary.csv (")


def test_check_of_a_broken_glossary_exits_1_and_names_file_and_line() -> None:
    result = CliRunner().invoke(cli, ["glossary", "check", str(BROKEN)])

    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line.split(" ", 3)[:3] for line in lines[:-1]] == [
        [f"{BROKEN}:3:4:", "error", "G005"],
        [f"{BROKEN}:4:4:", "error", "G011"],
        [f"{BROKEN}:5:5:", "warning", "G007"],
    ]
    assert lines[-1] == (f"2 errors, 1 warning in {BROKEN} (1 concept, 4 terms, languages: da, nb)")


def test_check_with_only_warnings_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("concept_id,lang,term,status,note,source\nx,da,savlen,preferred,, editor\n")

    result = CliRunner().invoke(cli, ["glossary", "check", str(path)])

    assert result.exit_code == 0
    assert result.output.splitlines()[-1].startswith("0 errors, 1 warning in ")


def test_check_of_a_file_that_is_not_a_glossary_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_bytes(b"\x00\x01\x02binary")

    result = CliRunner().invoke(cli, ["glossary", "check", str(path)])

    assert result.exit_code == 2
    assert result.output.startswith(f"{path}:1:1: error G001 ")


def test_check_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["glossary", "check", str(tmp_path / "nope.csv")])

    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.usefixtures("in_repo_root")
def test_show_lists_every_term_of_a_concept_with_its_status() -> None:
    result = CliRunner().invoke(cli, ["glossary", "show", "fasciculation"])

    assert result.exit_code == 0
    for text in ("fasciculation", "muskeltrækning", "muskelsvindning", "forbidden"):
        assert text in result.output
    for term in ("muskelrykning", "muskelryckning", "muscle twitching", "Muskelzucken"):
        assert term in result.output


@pytest.mark.usefixtures("in_repo_root")
def test_show_gives_each_term_its_register() -> None:
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["glossary", "show", "fasciculation"])

    assert "register" in result.output
    row = next(line for line in result.output.splitlines() if "fascikulation " in line)
    assert "professional" in row


@pytest.mark.usefixtures("in_repo_root")
def test_show_finds_a_concept_by_any_of_its_terms() -> None:
    result = CliRunner().invoke(cli, ["glossary", "show", "Dræning"])

    assert result.exit_code == 0
    assert "drooling" in result.output
    assert "savlen" in result.output


@pytest.mark.usefixtures("in_repo_root")
def test_show_of_an_unknown_concept_exits_1() -> None:
    result = CliRunner().invoke(cli, ["glossary", "show", "no-such-concept"])

    assert result.exit_code == 1
    assert "no concept or term 'no-such-concept' in glossary.csv" in result.output
