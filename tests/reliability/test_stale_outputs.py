"""A rerun that cannot rebuild an article keeps its earlier files, marked stale until it can."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli.main import cli
from tests.translate.libre_server import FakeLibreTranslate

FIRST = "Muscle cramps\n\nThis is a long text. The symptom is good.\n"
EDITED = "Muscle cramps\n\nThis is a long text. The symptom is very good.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cramps.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "day.txt").write_text("A good day\n\nThis is a good day.\n", encoding="utf-8")
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", "--lang", "en", "--out", "out", *args])


def translate(libre: FakeLibreTranslate, *args: str) -> Result:
    return run(*args, "--to", "de", "--engine", "libre", "--engine-url", libre.url)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def marks(out: Path) -> dict[str, Any]:
    stored: dict[str, Any] = json.loads((out / "stale.json").read_text(encoding="utf-8"))
    articles: dict[str, Any] = stored["articles"]
    return articles


# the client alone writes and marks, whichever executor rendered the articles
EXECUTORS = [
    pytest.param([], id="local"),
    pytest.param(["--executor", "dask", "--workers", "1"], id="dask"),
]


@pytest.mark.parametrize("executor", EXECUTORS)
def test_a_failed_retranslation_keeps_the_earlier_files_marked_stale_until_a_rerun(
    libre: FakeLibreTranslate, workdir: Path, executor: list[str]
) -> None:
    if executor:
        pytest.importorskip("distributed")
    first = translate(libre, "cramps.txt", "day.txt", *executor)
    assert first.exit_code == 0, first.output
    earlier = snapshot(workdir / "out" / "cramps")
    assert sorted(earlier) == ["content.de.json", "content.en.json", "cramps.en-de.xlf"]

    (workdir / "cramps.txt").write_text(EDITED, encoding="utf-8")
    libre.script = ["403"] * 20  # the provider refuses every request of the rerun
    failed = translate(libre, "cramps.txt", "day.txt", *executor)

    assert failed.exit_code == 2
    # nothing lost: the earlier set, consistent with itself, byte for byte
    assert snapshot(workdir / "out" / "cramps") == earlier
    mark = marks(workdir / "out")["cramps"]
    assert mark["source"] == "cramps.txt"
    assert mark["reason"].startswith("translation failed: ")
    assert "stale: out/cramps (translation failed: " in failed.output
    assert "earlier outputs kept" in failed.output
    assert "day" not in marks(workdir / "out")  # unchanged: skipped, current

    libre.script = []
    rerun = translate(libre, "cramps.txt", "day.txt", *executor)

    assert rerun.exit_code == 0, rerun.output
    assert "stale" not in rerun.output
    assert marks(workdir / "out") == {}
    rebuilt = snapshot(workdir / "out" / "cramps")
    assert rebuilt["content.en.json"] != earlier["content.en.json"]
    assert rebuilt["content.de.json"] != earlier["content.de.json"]


def test_a_failed_first_translation_has_nothing_to_mark(
    libre: FakeLibreTranslate, workdir: Path
) -> None:
    libre.script = ["403"] * 20
    failed = translate(libre, "cramps.txt")

    assert failed.exit_code == 2
    assert "stale" not in failed.output
    assert not (workdir / "out" / "stale.json").exists()
    assert sorted(snapshot(workdir / "out" / "cramps")) == ["content.en.json"]  # checked only


def test_a_source_edited_into_unreadable_bytes_keeps_its_files_marked_stale(
    workdir: Path,
) -> None:
    assert run("cramps.txt").exit_code == 0
    earlier = snapshot(workdir / "out" / "cramps")

    (workdir / "cramps.txt").write_bytes(b"\x00\x01\x02\xff binary \x00" * 40)
    failed = run("cramps.txt")

    assert failed.exit_code == 2
    assert snapshot(workdir / "out" / "cramps") == earlier
    assert marks(workdir / "out")["cramps"]["reason"].startswith("not rebuilt: cramps.txt")
    assert "stale: out/cramps (not rebuilt: cramps.txt" in failed.output

    (workdir / "cramps.txt").write_text(EDITED, encoding="utf-8")
    rerun = run("cramps.txt")

    assert rerun.exit_code == 0, rerun.output
    assert marks(workdir / "out") == {}


def test_the_report_shows_the_stale_mark(libre: FakeLibreTranslate, workdir: Path) -> None:
    assert translate(libre, "cramps.txt", "day.txt").exit_code == 0
    (workdir / "cramps.txt").write_text(EDITED, encoding="utf-8")
    libre.script = ["403"] * 20
    assert translate(libre, "cramps.txt", "day.txt").exit_code == 2

    result = CliRunner().invoke(cli, ["report", "out"])

    assert result.exit_code == 0, result.output
    page = (workdir / "out" / "report.html").read_text(encoding="utf-8")
    assert "1 stale" in page
    assert page.count('class="stale"') == 1  # the one article, not its neighbour
    assert "Stale:" in page and "translation failed: " in page
