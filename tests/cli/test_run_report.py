"""`run … --report` writes the editors' HTML report into the output folder."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli.main import cli


def test_run_with_report_writes_one_self_contained_page(seed_project: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "sources", "--to", "sv", "--out", "out", "--report"])
    assert result.exit_code == 0, result.output
    assert "Report: out/report.html" in result.output
    page = (seed_project / "out" / "report.html").read_text(encoding="utf-8")
    assert "muskelsvindninger" in page and "muskelryckningar" in page
    assert 'src="http' not in page and 'href="http' not in page  # nothing to fetch
