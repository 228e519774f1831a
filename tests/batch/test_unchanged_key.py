"""An article is skipped as unchanged only while everything its outputs depend on is the same:
its bytes, the glossary, the checks, the target languages, and the tool's and engine's
versions (pipeline.batch.unchanged, pipeline.translate.rerun)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.batch import unchanged
from pipeline.batch.store import OutputStore
from pipeline.batch.task import RunSettings
from pipeline.core.config import Config
from pipeline.glossary import load_glossary
from pipeline.translate.apertium import ApertiumEngine
from pipeline.workflow import TranslationSetup

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"


@pytest.fixture
def settings() -> RunSettings:
    return RunSettings(
        glossary=load_glossary(ROOT / "glossary.csv"),
        language=None,
        config=Config(),
        codes=["TERM001", "SPELL001"],
        translation=TranslationSetup(targets=["nb"]),
    )


def _key(
    tmp_path: Path, settings: RunSettings, tool: str = "tool 1", data: bytes | None = None
) -> str | None:
    manifest = unchanged.manifest(settings, OutputStore(tmp_path / "out"), tool)
    assert manifest is not None
    return manifest.key(SEED, unchanged.selection(settings, SEED), data)


def test_the_same_run_gives_the_same_key(tmp_path: Path, settings: RunSettings) -> None:
    assert _key(tmp_path, settings) == _key(tmp_path, replace(settings)) is not None


def test_a_new_tool_version_changes_the_key(tmp_path: Path, settings: RunSettings) -> None:
    assert _key(tmp_path, settings, "tool 2") != _key(tmp_path, settings, "tool 1")


def test_a_new_engine_version_changes_the_key(
    tmp_path: Path, settings: RunSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _key(tmp_path, settings)
    upgraded = f"{ApertiumEngine().version()}; apertium-dan-nor 99"
    monkeypatch.setattr(ApertiumEngine, "version", lambda self: upgraded)
    assert _key(tmp_path, settings) != before


def test_another_glossary_changes_the_key(tmp_path: Path, settings: RunSettings) -> None:
    glossary = tmp_path / "glossary.csv"
    glossary.write_bytes((ROOT / "glossary.csv").read_bytes() + b"x,da,hovedpine,preferred,,\n")
    changed = replace(settings, glossary=load_glossary(glossary))
    assert _key(tmp_path, changed) != _key(tmp_path, settings)


@pytest.mark.parametrize(
    "change",
    [
        {"codes": ["TERM001"]},
        {"language": "da"},
        {"translation": TranslationSetup(targets=["nb", "sv"])},
        {"translation": TranslationSetup(targets=["nb"], back_check=True)},
    ],
)
def test_other_options_change_the_key(
    tmp_path: Path, settings: RunSettings, change: dict[str, object]
) -> None:
    assert _key(tmp_path, replace(settings, **change)) != _key(tmp_path, settings)  # type: ignore[arg-type]


def test_the_article_bytes_are_in_the_key(tmp_path: Path, settings: RunSettings) -> None:
    data = SEED.read_bytes()
    assert _key(tmp_path, settings, data=data) == _key(tmp_path, settings)
    assert _key(tmp_path, settings, data=data + b" ") != _key(tmp_path, settings)
