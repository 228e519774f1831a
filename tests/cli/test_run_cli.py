"""`content-pipeline run`: one validated content file per article; bad inputs reported, skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli.main import cli
from pipeline.validate.schema import validate_content
from tests.cli.conftest import SEED, Project

# A glossary of the test's own, so that the counts below change only with the checks.
GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
drooling,da,savlen,preferred,,
drooling,da,dræning,forbidden,,article
drooling,da,sikl,admitted,colloquial,
"""
SECOND = """# Hovedpine hos børn

Hovedpine er almindelig hos børn og unge. De fleste tilfælde er ufarlige og går over af sig selv
i løbet af nogle timer, men hyppig hovedpine bør undersøges af en læge.

## Årsager

Mangel på søvn, for lidt væske og lange dage foran en skærm er de hyppigste årsager. Nogle børn
får migræne, som ofte ligger til familien og kan give kvalme og lysfølsomhed.
"""


@pytest.fixture
def workdir(project: Project) -> Path:
    """A project folder with a glossary and an `articles/` folder of two articles."""
    files = {f"articles/{SEED.name}": SEED, "articles/Hovedpine hos børn.md": SECOND}
    return project({"glossary.csv": GLOSSARY, **files})


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", *args])


def written(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def test_each_article_is_written_as_valid_content(workdir: Path) -> None:
    result = run("articles", "--out", "out", "--lang", "da")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert written(workdir / "out") == [
        "hovedpine-hos-boern/content.da.json",
        "muskeltraekninger-da/content.da.json",
    ]
    for path in (workdir / "out").rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert validate_content(data) == []
    seed = json.loads((workdir / "out/muskeltraekninger-da/content.da.json").read_text("utf-8"))
    assert seed["metadata"]["source_path"] == "articles/muskeltraekninger-da.txt"
    assert seed["metadata"]["glossary_path"] == "glossary.csv"
    assert seed["metadata"]["format"] == "text"
    second = json.loads((workdir / "out/hovedpine-hos-boern/content.da.json").read_text("utf-8"))
    assert second["metadata"]["format"] == "markdown"
    assert second["document"]["title"]["text"] == "Hovedpine hos børn"
    assert second["document"]["sections"][1]["heading"]["text"] == "Årsager"


def test_summary_table_lists_every_article_and_the_totals(workdir: Path) -> None:
    result = run("articles", "--out", "out", "--lang", "da", "--select", "TERM")
    lines = result.stdout.splitlines()
    header = [cell.strip() for cell in lines[1].split("┃")[1:-1]]
    assert header == [
        "article", "lang", "sections", "sentences", "words", "errors", "warnings", "infos",
        "output",
    ]  # fmt: skip
    rows = [line.split("│")[1:-1] for line in lines if line.startswith("│")]
    assert [[cell.strip() for cell in row] for row in rows] == [
        ["articles/Hovedpine hos børn.md", "da", "2", "4", "66", "0", "0", "0",
         "out/hovedpine-hos-boern/content.da.json"],
        ["articles/muskeltraekninger-da.txt", "da", "5", "24", "446", "2", "1", "1",
         "out/muskeltraekninger-da/content.da.json"],
        ["total", "", "7", "28", "512", "2", "1", "1", ""],
    ]  # fmt: skip
    assert lines[-1].startswith("Wrote 2 content files to out in ")


def test_findings_do_not_change_the_exit_status(workdir: Path) -> None:
    result = run("articles/muskeltraekninger-da.txt", "--out", "out", "--select", "TERM001")
    assert result.exit_code == 0
    data = json.loads((workdir / "out/muskeltraekninger-da/content.da.json").read_text("utf-8"))
    assert data["summary"]["errors"] > 0
    assert {f["code"] for f in data["findings"]} == {"TERM001"}


def test_binary_file_is_reported_and_the_other_articles_are_still_written(workdir: Path) -> None:
    (workdir / "articles" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("articles", "--out", "out", "--lang", "da", "--select", "TERM")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: articles/broken.txt:3: binary file (NUL byte), not a text article",
        "1 input(s) failed; 2 article(s) written",
    ]
    assert written(workdir / "out") == [
        "hovedpine-hos-boern/content.da.json",
        "muskeltraekninger-da/content.da.json",
    ]


def test_earlier_results_survive_a_failed_rerun(workdir: Path) -> None:
    assert run("articles", "--out", "out", "--lang", "da", "--select", "TERM").exit_code == 0
    before = (workdir / "out/muskeltraekninger-da/content.da.json").read_text("utf-8")
    (workdir / "articles" / "muskeltraekninger-da.txt").write_text("", encoding="utf-8")
    result = run("articles", "--out", "out", "--lang", "da", "--select", "TERM")
    assert result.exit_code == 2
    assert "error: articles/muskeltraekninger-da.txt: file is empty" in result.stderr
    assert (workdir / "out/muskeltraekninger-da/content.da.json").read_text("utf-8") == before
    assert written(workdir / "out") == [
        "hovedpine-hos-boern/content.da.json",
        "muskeltraekninger-da/content.da.json",
        "stale.json",  # the kept file is marked as not current (tests/reliability/test_stale_*)
    ]


def test_two_files_with_the_same_slug_are_not_overwritten(workdir: Path) -> None:
    shutil.copy(SEED, workdir / "articles" / "Muskeltrækninger DA.txt")
    result = run("articles", "--out", "out", "--lang", "da", "--select", "TERM")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "error: articles/muskeltraekninger-da.txt: would overwrite "
        "out/muskeltraekninger-da, already written for "
        "articles/Muskeltrækninger DA.txt in this run (both names give the same slug); "
        "rename one of them"
    )


def test_missing_path_is_reported_and_the_rest_still_run(workdir: Path) -> None:
    result = run("nope", "articles", "--out", "out", "--lang", "da", "--select", "TERM")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "error: nope: no such file or folder"
    assert len(written(workdir / "out")) == 2


def test_folder_without_articles_is_an_error(workdir: Path) -> None:
    (workdir / "empty").mkdir()
    result = run("empty", "--out", "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "error: empty: no article files (.markdown, .md, .text, .txt)"
    )
    assert not (workdir / "out").exists()


def test_unknown_check_code_is_a_usage_error(workdir: Path) -> None:
    result = run("articles", "--out", "out", "--select", "NOPE1")
    assert result.exit_code == 2
    assert "unknown check code(s): NOPE1" in result.stderr
    assert not (workdir / "out").exists()


def test_missing_glossary_is_an_input_error(workdir: Path) -> None:
    result = run("articles", "--out", "out", "--glossary", "missing.csv")
    assert result.exit_code == 2
    assert result.stderr == "error: missing.csv: cannot read glossary: No such file or directory\n"


def test_help_says_findings_do_not_change_the_exit_status() -> None:
    result = CliRunner().invoke(cli, ["run", "--help"])
    assert result.exit_code == 0
    assert "do not change the exit" in result.stdout
    assert "--out FOLDER|URL" in result.stdout
