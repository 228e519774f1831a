"""CONS001's scope from the configuration: one catalog by default, the file set when asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.core.config import load_config
from pipeline.core.errors import PipelineError

HEADER = 'msgid ""\nmsgstr ""\n"Language: da\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _catalog(folder: Path, target: str) -> None:
    folder.mkdir(parents=True)
    (folder / "da.po").write_text(
        HEADER + f'msgid "Save as…"\nmsgstr "{target}"\n', encoding="utf-8"
    )


def _cons001(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _catalog(tmp_path / "gedit" / "po", "Gem som…")
    _catalog(tmp_path / "gimp" / "po", "Gem som…")
    _catalog(tmp_path / "inkscape" / "po", "Gem under et andet navn…")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli, ["check", ".", "--select", "CONS001", "--format", "json", "--no-cache"]
    )
    assert result.exit_code in (0, 1), result.output
    return [f["path"] for f in json.loads(result.output)["findings"]]


def test_two_projects_are_not_compared_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _cons001(tmp_path, monkeypatch) == []


def test_file_set_scope_compares_every_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "content-pipeline.toml").write_text('consistency-scope = "file-set"\n')

    assert _cons001(tmp_path, monkeypatch) == ["inkscape/po/da.po"]


def test_an_unknown_scope_is_an_error_naming_the_choices(tmp_path: Path) -> None:
    (tmp_path / "content-pipeline.toml").write_text('consistency-scope = "repo"\n')

    with pytest.raises(PipelineError, match="catalog, folder, project, file-set"):
        load_config(tmp_path)
