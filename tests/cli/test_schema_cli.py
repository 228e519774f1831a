"""`content-pipeline schema` prints exactly the committed schema."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli.main import cli

COMMITTED = Path(__file__).parent.parent.parent / "schemas" / "content.schema.json"


def test_schema_command_prints_the_committed_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")
    assert result.stderr == ""
