"""The dictionary's entries that decide a linking s are the same read or kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.speller import dictionary_path
from pipeline.checks.spelling import preferred_spelling
from pipeline.checks.spelling.preferred_spelling import _entries, _read_entries, takes_linking_s


@pytest.fixture
def danish() -> Path:
    path = dictionary_path("da")
    assert path is not None, "the Danish hunspell dictionary is installed by setup"
    return path


def test_kept_entries_are_the_dictionary_files(
    danish: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    read = _read_entries(danish)
    _entries.cache_clear()
    first = _entries("da")  # computes and keeps
    assert list((tmp_path / "content-pipeline" / "dictionary-entries").iterdir())
    _entries.cache_clear()
    monkeypatch.setattr(preferred_spelling, "_read_entries", _no_read)
    second = _entries("da")  # from the kept file
    _entries.cache_clear()

    assert read == first == second
    assert read == sorted(read) and len(read) > 100_000


def _no_read(path: Path) -> list[str]:
    raise AssertionError(f"{path} read again")


def test_the_linking_s_follows_the_dictionarys_compounds(danish: Path) -> None:
    assert takes_linking_s("blodtryk") is True
    assert takes_linking_s("fodbold") is False
