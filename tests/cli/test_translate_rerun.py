"""A rerun of `translate`/`run` skips each unchanged article (pipeline/translate/rerun.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
SKIPPED = "1 unchanged article skipped, their files kept."


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "glossary.csv", tmp_path / "glossary.csv")
    (tmp_path / "sources").mkdir()
    shutil.copy(SEED, tmp_path / "sources" / SEED.name)
    return tmp_path


def translate(*args: str) -> Any:
    result = CliRunner().invoke(cli, ["translate", "sources", "--to", "nb", *args])
    assert result.exit_code == 0, result.output
    return result


def outputs(workdir: Path) -> dict[str, tuple[int, bytes]]:
    """Every written file's modification time and bytes."""
    folder = workdir / "output" / "muskeltraekninger-da"
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_an_unchanged_rerun_skips_the_article_and_keeps_its_files(workdir: Path) -> None:
    assert SKIPPED not in translate().output
    before = outputs(workdir)
    result = translate()
    assert result.output.splitlines()[-1].endswith(f"s; {SKIPPED}")
    assert "Wrote 0 content files" in result.output
    assert outputs(workdir) == before
    assert "muskeltraekninger-da.txt" in result.output  # its row is still in the summary


def test_a_changed_article_is_processed_again(workdir: Path) -> None:
    translate()
    article = workdir / "sources" / SEED.name
    article.write_text(article.read_text(encoding="utf-8") + "\nEn ny sætning.\n")
    assert SKIPPED not in translate().output


@pytest.mark.parametrize(
    "change",
    ["glossary", "options", "deleted output", "edited output", "approved translation"],
)
def test_anything_the_output_depends_on_makes_a_rerun_process_it(
    workdir: Path, change: str
) -> None:
    translate()
    args: list[str] = []
    folder = workdir / "output" / "muskeltraekninger-da"
    if change == "glossary":
        with (workdir / "glossary.csv").open("a", encoding="utf-8") as glossary:
            glossary.write("headache,da,hovedpine,preferred,,\n")
    elif change == "options":
        args = ["--select", "TERM"]
    elif change == "deleted output":
        (folder / "content.nb.json").unlink()
    elif change == "edited output":
        (folder / "muskeltraekninger-da.da-nb.xlf").write_text("<xliff/>", encoding="utf-8")
    else:
        tmx = workdir / "team.tmx"
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


def test_no_memory_never_skips(workdir: Path) -> None:
    translate("--no-memory")
    assert SKIPPED not in translate("--no-memory").output
