"""`content-pipeline memory import|export|stats` through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from translate.storage.tmx import tmxfile

from pipeline.cli.main import cli
from pipeline.translate.cache import EngineKey, TranslationMemory

TEAM_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="da-DK" creationtool="CAT" creationtoolversion="9" segtype="sentence"
          o-tmf="cat" adminlang="en" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="da-DK"><seg>Hjertet slår.</seg></tuv>
      <tuv xml:lang="nb-NO"><seg>Hjertet slår.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="da-DK"><seg>Lungerne er raske.</seg></tuv>
      <tuv xml:lang="nb-NO"><seg>Lungene er friske.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


@pytest.fixture
def team_tmx(tmp_path: Path) -> Path:
    path = tmp_path / "team.tmx"
    path.write_text(TEAM_TMX, encoding="utf-8")
    return path


def test_import_stores_approved_translations_and_says_how_many(
    tmp_path: Path, team_tmx: Path
) -> None:
    memory = tmp_path / "tm.sqlite"

    result = CliRunner().invoke(
        cli,
        ["memory", "import", str(team_tmx), "--from", "da", "--to", "nb", "--memory", str(memory)],
    )

    assert result.exit_code == 0, result.output
    assert (
        result.output == f"imported 2 approved translations (da→nb) from {team_tmx} into {memory}\n"
    )
    tm = TranslationMemory(memory)
    found = tm.lookup_approved("da", "nb", "Lungerne er raske.")
    tm.close()
    assert found is not None and found.target == "Lungene er friske."


def test_import_uses_the_default_memory_under_output(
    tmp_path: Path, team_tmx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(
        cli, ["memory", "import", str(team_tmx), "--from", "da", "--to", "nb"]
    )

    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / ".cache" / "tm.sqlite").is_file()


def test_import_requires_both_languages(tmp_path: Path, team_tmx: Path) -> None:
    result = CliRunner().invoke(cli, ["memory", "import", str(team_tmx), "--from", "da"])

    assert result.exit_code == 2
    assert "Missing option '--to'" in result.output


def test_import_of_malformed_tmx_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text(TEAM_TMX.replace("</tu>", "</tuv>", 1), encoding="utf-8")

    result = CliRunner().invoke(
        cli,
        [
            "memory",
            "import",
            str(broken),
            "--from",
            "da",
            "--to",
            "nb",
            "--memory",
            str(tmp_path / "tm.sqlite"),
        ],
    )

    assert result.exit_code == 2
    assert result.output.startswith(f"error: {broken}:9: malformed XML (Opening and ending tag")


def test_stats_counts_approved_and_engine_translations(tmp_path: Path, team_tmx: Path) -> None:
    memory = tmp_path / "tm.sqlite"
    tm = TranslationMemory(memory)
    tm.put(EngineKey("apertium", "3.8.3", "da", "sv"), "Nyren.", "Njuren.")
    tm.close()
    runner = CliRunner()
    runner.invoke(
        cli,
        ["memory", "import", str(team_tmx), "--from", "da", "--to", "nb", "--memory", str(memory)],
    )

    result = runner.invoke(cli, ["memory", "stats", "--memory", str(memory)])

    assert result.exit_code == 0, result.output
    assert result.output == (
        f"{memory}\n"
        "  approved translations: 2\n"
        "  engine translations: 1\n"
        "    apertium 3.8.3: 1\n"
        "  language pairs: da→nb, da→sv\n"
    )


def test_stats_without_a_memory_says_so_and_creates_nothing(tmp_path: Path) -> None:
    memory = tmp_path / "tm.sqlite"

    result = CliRunner().invoke(cli, ["memory", "stats", "--memory", str(memory)])

    assert result.exit_code == 0
    assert result.output == f"{memory}: no translation memory yet\n"
    assert not memory.exists()


def test_export_writes_the_selected_translations_to_tmx(tmp_path: Path, team_tmx: Path) -> None:
    memory = tmp_path / "tm.sqlite"
    tm = TranslationMemory(memory)
    tm.put(EngineKey("apertium", "3.8.3", "da", "nb"), "Nyren.", "Nyra.")
    tm.close()
    runner = CliRunner()
    runner.invoke(
        cli,
        ["memory", "import", str(team_tmx), "--from", "da", "--to", "nb", "--memory", str(memory)],
    )
    out = tmp_path / "export.tmx"

    everything = runner.invoke(cli, ["memory", "export", str(out), "--memory", str(memory)])
    all_sources = [unit.source for unit in tmxfile.parsestring(out.read_bytes()).units]
    approved = runner.invoke(
        cli,
        [
            "memory",
            "export",
            str(out),
            "--from",
            "da",
            "--to",
            "nb",
            "--approved-only",
            "--memory",
            str(memory),
        ],
    )
    approved_sources = [unit.source for unit in tmxfile.parsestring(out.read_bytes()).units]

    assert (everything.exit_code, everything.output) == (
        0,
        f"exported 3 translation units to {out}\n",
    )
    assert all_sources == ["Hjertet slår.", "Lungerne er raske.", "Nyren."]
    assert (approved.exit_code, approved.output) == (0, f"exported 2 translation units to {out}\n")
    assert approved_sources == ["Hjertet slår.", "Lungerne er raske."]


def test_export_without_a_memory_exits_2(tmp_path: Path) -> None:
    memory = tmp_path / "tm.sqlite"

    result = CliRunner().invoke(
        cli, ["memory", "export", str(tmp_path / "x.tmx"), "--memory", str(memory)]
    )

    assert result.exit_code == 2
    assert result.output == f"error: {memory}: no translation memory (file not found)\n"


def test_a_corrupt_memory_exits_2_naming_it(tmp_path: Path) -> None:
    memory = tmp_path / "tm.sqlite"
    memory.write_bytes(b"not a database\n" * 100)

    result = CliRunner().invoke(cli, ["memory", "stats", "--memory", str(memory)])

    assert result.exit_code == 2
    assert result.output == f"error: {memory}: not a translation memory (file is not a database)\n"


def test_memory_is_listed_in_the_top_level_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])

    rows = [line.split(None, 1) for line in result.output.splitlines()]
    assert ["memory", "Import and export the translation memory (TMX)."] in rows
