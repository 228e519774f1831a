"""`content-pipeline check` with a configuration file: selection, severities, per-path ignores."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,,
drooling,da,savlen,preferred,,
drooling,da,sikl,deprecated,,
"""
# MT001 at 3:1, TERM001 at 5:15, TERM002 at 5:36
ARTICLE = "Muskeltrækninger\n\nAnonim\n\nPatienten har muskelsvindninger og sikl.\n"
FINDING_LINE = re.compile(r"^\S+?:(\d+):(\d+): ([A-Z]+\d+) (\w+)", re.MULTILINE)


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"glossary.csv": GLOSSARY, "a.txt": ARTICLE})


def configure(workdir: Path, text: str) -> None:
    (workdir / "content-pipeline.toml").write_text(text, encoding="utf-8")


def codes(*args: str) -> tuple[int, list[str]]:
    """Exit code and `CODE severity` of each finding."""
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, [f"{m[3]} {m[4]}" for m in FINDING_LINE.finditer(result.stdout)]


def test_without_configuration_every_check_runs(workdir: Path) -> None:
    assert codes("a.txt", "--select", "TERM,MT") == (
        1,
        ["MT001 error", "TERM001 error", "TERM002 warning"],
    )


def test_config_select_and_ignore(workdir: Path) -> None:
    configure(workdir, 'select = ["TERM", "MT"]\nignore = ["TERM002"]\n')
    assert codes("a.txt") == (1, ["MT001 error", "TERM001 error"])


def test_extend_select_adds_to_select(workdir: Path) -> None:
    configure(workdir, 'select = ["TERM001"]\nextend-select = ["MT001"]\n')
    assert codes("a.txt") == (1, ["MT001 error", "TERM001 error"])


def test_cli_select_replaces_the_config_selection(workdir: Path) -> None:
    configure(workdir, 'select = ["MT"]\nignore = ["TERM002"]\n')
    assert codes("a.txt", "--select", "TERM002") == (0, ["TERM002 warning"])


def test_cli_ignore_adds_to_the_config_ignore(workdir: Path) -> None:
    configure(workdir, 'select = ["TERM", "MT"]\nignore = ["TERM002"]\n')
    assert codes("a.txt", "--ignore", "MT001") == (1, ["TERM001 error"])


def test_severity_override_changes_findings_and_exit(workdir: Path) -> None:
    configure(
        workdir,
        'select = ["TERM"]\n[severity]\nTERM001 = "warning"\nTERM002 = "info"\n',
    )
    assert codes("a.txt") == (0, ["TERM001 warning", "TERM002 info"])
    assert codes("a.txt", "--fail-on", "warning")[0] == 1


def test_per_path_ignores_apply_to_matching_files_only(workdir: Path) -> None:
    (workdir / "drafts").mkdir()
    (workdir / "drafts" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    configure(workdir, 'select = ["TERM"]\n[per-path-ignores]\n"drafts/**" = ["TERM001"]\n')
    result = CliRunner().invoke(cli, ["check", "."])
    assert [line.split(": ")[0] for line in result.stdout.splitlines() if "TERM" in line] == [
        "a.txt:5:15",
        "a.txt:5:36",
        "drafts/b.txt:5:36",
    ]


def test_per_path_ignores_still_apply_with_cli_select(workdir: Path) -> None:
    configure(workdir, '[per-path-ignores]\n"*.txt" = ["TERM001"]\n')
    assert codes("a.txt", "--select", "TERM001") == (0, [])


def test_per_path_globs_are_relative_to_the_config_file(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(workdir, 'select = ["TERM"]\n[per-path-ignores]\n"a.txt" = ["TERM001", "TERM002"]\n')
    (workdir / "sub").mkdir()
    monkeypatch.chdir(workdir / "sub")
    result = CliRunner().invoke(cli, ["check", "../a.txt", "--glossary", "../glossary.csv"])
    assert result.stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n"


def test_invalid_config_is_one_line_naming_the_file(workdir: Path) -> None:
    configure(workdir, '[severity]\nTERM001 = "fatal"\n')
    result = CliRunner().invoke(cli, ["check", "a.txt"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: content-pipeline.toml: severity.TERM001 must be error, warning or info, "
        "not 'fatal'\n"
    )


def test_unknown_code_in_config_names_the_file(workdir: Path) -> None:
    configure(workdir, 'ignore = ["TERM009"]\n')
    result = CliRunner().invoke(cli, ["check", "a.txt"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: content-pipeline.toml: unknown check code(s) in ignore: TERM009\n"
    )


def test_pyproject_table_is_used(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text(
        '[tool.content-pipeline]\nselect = ["MT"]\n', encoding="utf-8"
    )
    assert codes("a.txt") == (1, ["MT001 error"])
