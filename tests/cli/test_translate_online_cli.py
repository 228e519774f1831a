"""`translate --engine libre --engine-url …` against a LibreTranslate server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from tests.cli.conftest import Project
from tests.translate.libre_server import FakeLibreTranslate

ARTICLE = (
    "Muscle cramps\n\n"
    "This is a long text about the symptom. A good day is a day without muscle cramps, "
    "and the text says what the symptom is and what a patient can do about it.\n"
)


@pytest.fixture
def workdir(project: Project) -> Path:
    return project({"article.txt": ARTICLE})


def german(workdir: Path) -> dict[str, Any]:
    path = workdir / "output" / "article" / "content.de.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_self_hosted_libretranslate_from_english_to_german(
    libre: FakeLibreTranslate, workdir: Path
) -> None:
    result = CliRunner().invoke(
        cli,
        ["translate", "article.txt", "--from", "en", "--to", "de", "--engine", "libre",
         "--engine-url", libre.url, "--glossary", str(workdir / "none.csv")],
    )  # fmt: skip
    assert result.exit_code == 2  # the glossary file does not exist
    assert "none.csv" in result.output
    result = CliRunner().invoke(
        cli,
        ["translate", "article.txt", "--from", "en", "--to", "de", "--engine", "libre",
         "--engine-url", libre.url],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = german(workdir)
    assert data["translation"]["engine"] == "libre"
    assert data["translation"]["segments"][0]["target"] == "Muskel Krämpfe"
    assert {r["source"] for r in libre.requests} == {"en"}


def test_source_language_is_detected_without_from(libre: FakeLibreTranslate, workdir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["translate", "article.txt", "--to", "de", "--engine", "libre", "--engine-url", libre.url],
    )
    assert result.exit_code == 0, result.output
    assert german(workdir)["translation"]["source_language"] == "en"


def test_libre_refuses_danish_and_says_why(libre: FakeLibreTranslate, workdir: Path) -> None:
    (workdir / "dansk.txt").write_text(
        "Titel\n\nMuskeltrækninger er et symptom.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli,
        ["translate", "dansk.txt", "--from", "da", "--to", "de", "--engine", "libre",
         "--engine-url", libre.url],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "libre" in result.output and "'da'" in result.output
    assert libre.requests == []
