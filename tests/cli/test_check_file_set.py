"""Consistency across files: the catalogs of one folder when the configuration says so (by
default CONS001 compares within one catalog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: da\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


@pytest.fixture
def catalogs(project: Project) -> Path:
    return project(
        {
            "app.po": HEADER
            + 'msgid "Delete the selected items"\nmsgstr "Slet de valgte elementer"\n',
            "admin.po": HEADER
            + 'msgid "Delete the selected items"\nmsgstr "Fjern de markerede emner"\n',
            "content-pipeline.toml": 'consistency-scope = "folder"\n',
        }
    )


def test_same_source_translated_differently_in_two_files_is_found(catalogs: Path) -> None:
    result = CliRunner().invoke(cli, ["check", ".", "--select", "CONS001", "--from", "en"])
    assert result.output.count("CONS001") == 1, result.output
    assert "admin.po" in result.output and "app.po" in result.output


def test_by_default_two_catalogs_are_not_compared(catalogs: Path) -> None:
    (catalogs / "content-pipeline.toml").unlink()
    result = CliRunner().invoke(cli, ["check", ".", "--select", "CONS001", "--from", "en"])
    assert "CONS001" not in result.output


def test_a_single_file_has_nothing_to_compare(catalogs: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "app.po", "--select", "CONS001", "--from", "en"])
    assert "CONS001" not in result.output
    assert result.exit_code == 0


def test_per_path_ignores_apply_to_file_set_findings(catalogs: Path) -> None:
    (catalogs / "content-pipeline.toml").write_text(
        'consistency-scope = "folder"\n[per-path-ignores]\n"*.po" = ["CONS001"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", ".", "--select", "CONS001", "--from", "en"])
    assert "CONS001" not in result.output
