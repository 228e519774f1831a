"""`content-pipeline engines` through the real CLI entry point."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.translate import ENGINES


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError(f"`engines` opened a connection: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    for variable in ("DEEPL_API_KEY", "LIBRE_API_KEY"):
        monkeypatch.delenv(variable, raising=False)


def engines_json() -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(cli, ["engines", "--format", "json"])
    assert result.exit_code == 0, result.output
    return {row["name"]: row for row in json.loads(result.output)}


def test_table_lists_every_engine_and_apertiums_pairs() -> None:
    result = CliRunner().invoke(cli, ["engines"], env={"COLUMNS": "200"})

    assert result.exit_code == 0
    for name in ENGINES:
        assert f"│ {name} " in result.output
    assert "da→nb, da→nn, da→sv" in result.output


def test_json_has_one_row_per_engine_in_registry_order() -> None:
    assert list(engines_json()) == list(ENGINES)


def test_apertium_is_offline_and_available_with_its_installed_pairs() -> None:
    apertium = engines_json()["apertium"]

    assert (apertium["kind"], apertium["available"], apertium["env_vars"]) == ("offline", True, [])
    assert apertium["pairs"] == ["da-nb", "da-nn", "da-sv", "nb-da", "nn-da", "sv-da"]
    assert apertium["detail"].startswith("apertium 3.8.3")


def test_an_online_engine_without_its_key_is_unavailable_and_names_the_variable() -> None:
    deepl = engines_json()["deepl"]

    assert deepl == {
        "name": "deepl",
        "kind": "online",
        "available": False,
        "detail": "key not set",
        "pairs": None,
        "languages": 27,
        "env_vars": ["DEEPL_API_KEY"],
    }


def test_a_set_key_makes_it_available_and_is_never_printed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEEPL_API_KEY", "sk-secret-value")

    result = CliRunner().invoke(cli, ["engines", "--format", "json"])

    assert json.loads(result.output)[2]["available"] is True
    assert "sk-secret-value" not in result.output


def test_keyless_providers_are_available_and_libre_lists_its_17_languages() -> None:
    rows = engines_json()

    assert (rows["google"]["available"], rows["google"]["detail"]) == (
        True,
        "ready (no key needed)",
    )
    assert rows["libre"]["languages"] == 17
    assert rows["microsoft"]["languages"] is None  # its list is only online


def test_help_describes_the_command() -> None:
    result = CliRunner().invoke(cli, ["engines", "--help"])

    assert result.exit_code == 0
    assert "List translation engines" in result.output
