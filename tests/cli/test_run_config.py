"""`run` and `check` follow the same configuration; defaults work with no file at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project

ARTICLE = "Titel\n\nDer var  to mellemrum.\n\nHos Hos patienten.\n"


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"docs/a.txt": ARTICLE, "legacy/b.txt": ARTICLE})


def codes(path: Path) -> list[tuple[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(f["code"], f["severity"]) for f in data["findings"]]


def test_check_runs_with_no_glossary_and_no_configuration(workdir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "docs", "--select", "MECH", "--lang", "da"])
    assert result.exit_code == 1  # MECH001 doubled word is an error
    assert "MECH001" in result.output


def test_run_applies_severity_overrides_and_per_path_ignores(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text(
        'select = ["MECH"]\nlanguage = "da"\nglossary = "none.csv"\n'
        '[severity]\nMECH002 = "error"\n[per-path-ignores]\n"legacy/" = ["MECH001"]\n',
        encoding="utf-8",
    )
    (workdir / "none.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "docs", "legacy", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert codes(workdir / "out" / "a" / "content.da.json") == [
        ("MECH002", "error"),
        ("MECH001", "error"),
    ]
    assert codes(workdir / "out" / "b" / "content.da.json") == [("MECH002", "error")]
