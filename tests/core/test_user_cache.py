"""pipeline.core.user_cache: one rule for where derived data is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks import spelling_cache, suggestion_cache
from pipeline.core import compiled_patterns, kept_values
from pipeline.core.user_cache import cache_home
from pipeline.glossary import compiled
from pipeline.ingest import analysis_cache


def test_xdg_cache_home_is_honoured_and_home_is_the_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_home() == tmp_path / "content-pipeline"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_home() == tmp_path / "home" / ".cache" / "content-pipeline"


def test_every_kind_of_kept_data_has_its_own_folder_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    root = tmp_path / "content-pipeline"
    assert kept_values.cache_folder() == root
    assert spelling_cache.cache_folder() == root / "spelling"
    assert suggestion_cache.cache_folder() == root / "suggestions"
    assert compiled_patterns.cache_folder() == root / "patterns"
    assert compiled.cache_folder() == root / "glossary"
    assert analysis_cache.cache_folder() == root / "analysis"
