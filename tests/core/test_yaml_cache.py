"""The checks' YAML data parsed once per machine (pipeline/core/yaml_cache.py)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml

from pipeline.core import yaml_cache
from pipeline.core.yaml_cache import yaml_data

DATA_FILES = sorted(
    entry.name
    for entry in resources.files("pipeline.checks").joinpath("data").iterdir()
    if entry.name.endswith((".yml", ".yaml"))
)


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "content-pipeline" / "yaml"


def _without_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing PyYAML fails from now on in this test: an answer must come from the file."""
    for name in [m for m in sys.modules if m == "yaml" or m.startswith("yaml.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "yaml", None)


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_reads_back_as_pyyaml_parses_it(
    name: str, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = resources.files("pipeline.checks").joinpath("data", name).read_text(encoding="utf-8")
    expected = yaml.safe_load(text)
    assert yaml_data(text) == expected  # parsed, then stored
    _without_pyyaml(monkeypatch)
    assert yaml_data(text) == expected  # read back without PyYAML


def test_the_data_files_are_found() -> None:
    assert {"calques.yml", "valency.yml", "false_friends.yml"} <= set(DATA_FILES)


def test_an_edited_text_is_parsed_afresh(own_cache: Path) -> None:
    assert yaml_data("- a: 1\n") == [{"a": 1}]
    assert yaml_data("- a: 2\n") == [{"a": 2}]
    assert len(list(own_cache.iterdir())) == 2


def test_a_damaged_file_is_parsed_again_and_rewritten(own_cache: Path) -> None:
    text = "words: [hjerte, lunge]\n"
    yaml_data(text)
    (stored,) = own_cache.iterdir()
    stored.write_bytes(b"\x00garbage")
    assert yaml_data(text) == {"words": ["hjerte", "lunge"]}
    assert yaml_data(text) == {"words": ["hjerte", "lunge"]}
    assert stored.read_bytes() != b"\x00garbage"


def test_a_value_marshal_cannot_hold_is_parsed_each_time(own_cache: Path) -> None:
    text = "updated: 2026-12-07\n"
    assert yaml_data(text) == yaml.safe_load(text)
    assert not own_cache.exists() or list(own_cache.iterdir()) == []


def test_an_unwritable_cache_folder_still_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert yaml_data("- x\n") == ["x"]


def test_another_pyyaml_gets_another_file(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    yaml_data("- x\n")
    monkeypatch.setattr(yaml_cache, "_parser", lambda: "another PyYAML")
    yaml_data("- x\n")
    assert len(list(own_cache.iterdir())) == 2
