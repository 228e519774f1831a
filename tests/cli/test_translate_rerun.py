"""A rerun of `translate`/`run` skips each unchanged article (pipeline/translate/rerun.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import SEED

SKIPPED = "1 unchanged article skipped, their files kept."


def translate(*args: str) -> Any:
    result = CliRunner().invoke(cli, ["translate", "sources", "--to", "nb", *args])
    assert result.exit_code == 0, result.output
    return result


def outputs(seed_project: Path) -> dict[str, tuple[int, bytes]]:
    """Every written file's modification time and bytes."""
    folder = seed_project / "output" / "muskeltraekninger-da"
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_an_unchanged_rerun_skips_the_article_and_keeps_its_files(seed_project: Path) -> None:
    assert SKIPPED not in translate().output
    before = outputs(seed_project)
    result = translate()
    assert result.output.splitlines()[-1].endswith(f"s; {SKIPPED}")
    assert "Wrote 0 content files" in result.output
    assert outputs(seed_project) == before
    assert "muskeltraekninger-da.txt" in result.output  # its row is still in the summary


def test_a_changed_article_is_processed_again(seed_project: Path) -> None:
    translate()
    article = seed_project / "sources" / SEED.name
    article.write_text(article.read_text(encoding="utf-8") + "\nEn ny sætning.\n")
    assert SKIPPED not in translate().output


@pytest.mark.parametrize(
    "change",
    ["glossary", "options", "deleted output", "edited output", "approved translation"],
)
def test_anything_the_output_depends_on_makes_a_rerun_process_it(
    seed_project: Path, change: str
) -> None:
    translate()
    args: list[str] = []
    folder = seed_project / "output" / "muskeltraekninger-da"
    if change == "glossary":
        with (seed_project / "glossary.csv").open("a", encoding="utf-8") as glossary:
            glossary.write("headache,da,hovedpine,preferred,,\n")
    elif change == "options":
        args = ["--select", "TERM"]
    elif change == "deleted output":
        (folder / "content.nb.json").unlink()
    elif change == "edited output":
        (folder / "muskeltraekninger-da.da-nb.xlf").write_text("<xliff/>", encoding="utf-8")
    else:
        tmx = seed_project / "team.tmx"
        tmx.write_text(
            '<?xml version="1.0"?><tmx version="1.4"><header srclang="da" segtype="sentence" '
            'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" '
            'o-tmf="t"/><body><tu><tuv xml:lang="da"><seg>Anonim</seg></tuv>'
            '<tuv xml:lang="nb"><seg>Anonym</seg></tuv></tu></body></tmx>',
            encoding="utf-8",
        )
        imported = CliRunner().invoke(
            cli, ["memory", "import", str(tmx), "--from", "da", "--to", "nb"]
        )
        assert imported.exit_code == 0, imported.output
    result = translate(*args)
    assert SKIPPED not in result.output
    assert (folder / "content.nb.json").exists()


def test_no_memory_never_skips(seed_project: Path) -> None:
    translate("--no-memory")
    assert SKIPPED not in translate("--no-memory").output
