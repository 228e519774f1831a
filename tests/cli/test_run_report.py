"""`run … --report` writes the editors' HTML report into the output folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

ROOT = Path(__file__).parent.parent.parent


def test_run_with_report_writes_one_self_contained_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "glossary.csv", tmp_path / "glossary.csv")
    (tmp_path / "sources").mkdir()
    shutil.copy(ROOT / "sources" / "muskeltraekninger-da.txt", tmp_path / "sources")
    result = CliRunner().invoke(cli, ["run", "sources", "--to", "sv", "--out", "out", "--report"])
    assert result.exit_code == 0, result.output
    assert "Report: out/report.html" in result.output
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "muskelsvindninger" in page and "muskelryckningar" in page
    assert 'src="http' not in page and 'href="http' not in page  # nothing to fetch
