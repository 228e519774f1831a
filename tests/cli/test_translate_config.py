"""Translation defaults from `[translate]` in the configuration; the command line wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import SEED, Project
from tests.translate.libre_server import FakeLibreTranslate


@pytest.fixture
def workdir(project: Project, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    return project({f"sources/{SEED.name}": SEED})


def test_targets_come_from_the_configuration(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text(
        'glossary = "none.csv"\n[translate]\nto = ["sv"]\n', encoding="utf-8"
    )
    (workdir / "none.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", "sources"])
    assert result.exit_code == 0, result.output
    assert (workdir / "output" / "muskeltraekninger-da" / "content.sv.json").exists()


def test_translate_without_targets_is_a_usage_error(workdir: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", "sources"])
    assert result.exit_code == 2
    assert "give --to, or translate.to in the configuration" in result.output


def test_engine_endpoint_and_options_from_the_configuration(
    workdir: Path, libre: FakeLibreTranslate
) -> None:
    (workdir / "article.txt").write_text(
        "Muscle cramps\n\nThis is a long text about the symptom and a good day.\n",
        encoding="utf-8",
    )
    (workdir / "content-pipeline.toml").write_text(
        f'[translate]\nto = ["de"]\nengine = "libre"\nengine-url = "{libre.url}"\n'
        "[translate.engine-options]\ntimeout = 5\nmax-workers = 1\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["translate", "article.txt", "--from", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads((workdir / "output" / "article" / "content.de.json").read_text())
    assert data["translation"]["engine"] == "libre"
    assert libre.peak_concurrency == 1


def test_command_line_engine_wins_over_the_configuration(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text(
        '[translate]\nto = ["nb"]\nengine = "libre"\nengine-url = "http://127.0.0.1:9/"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["translate", "sources", "--engine", "apertium"])
    assert result.exit_code == 0, result.output
    content = workdir / "output" / "muskeltraekninger-da" / "content.nb.json"
    segments = json.loads(content.read_text(encoding="utf-8"))["translation"]["segments"]
    assert {s["engine"] for s in segments} == {"apertium"}  # the configured libre is not asked


def test_unknown_translate_setting_names_the_file(workdir: Path) -> None:
    (workdir / "content-pipeline.toml").write_text('[translate]\nkey = "x"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", "sources", "--to", "nb"])
    assert result.exit_code == 2
    assert "content-pipeline.toml" in result.output
    assert "unknown translate setting(s): key" in result.output
