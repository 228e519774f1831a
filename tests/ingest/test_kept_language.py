"""An article's language guesses kept on disk (pipeline/ingest/kept_language.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import kept_language, language
from pipeline.ingest.kept_language import kept_guesses
from pipeline.ingest.language import detect, detect_document_language

SEED = Path(__file__).resolve().parents[2] / "sources" / "muskeltraekninger-da.txt"


def _fresh_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process finds the cache folder: no store open yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    kept_language._store.cache_clear()


def test_a_later_process_gets_the_models_guesses_without_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEED.read_text(encoding="utf-8")
    _fresh_process(tmp_path, monkeypatch)
    first = kept_guesses(text, lambda: detect(text))
    kept_language._store().flush()
    _fresh_process(tmp_path, monkeypatch)

    def no_model() -> kept_language.Guesses:
        raise AssertionError("the model was asked again")

    later = kept_guesses(text, no_model)
    kept_language._store.cache_clear()

    assert first == later == detect(text)
    assert later[0][0] == "da" and isinstance(later[0][1], float)


def test_the_document_language_is_the_same_kept_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = "The patient was given a dose of ibuprofen and told to rest for a week. " * 3
    _fresh_process(tmp_path, monkeypatch)
    answers = [detect_document_language(english) for _ in range(2)]
    kept_language._store.cache_clear()

    assert answers == ["en", "en"]


def test_a_segments_guesses_are_kept_for_later_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    segments = ["Vis skjulte filer", "Show hidden files", "Fil ikke fundet: %s"]
    _fresh_process(tmp_path, monkeypatch)
    detect.cache_clear()
    first = [detect(segment) for segment in segments]
    kept_language._store().flush()
    _fresh_process(tmp_path, monkeypatch)
    detect.cache_clear()

    def no_model(text: str, k: int) -> kept_language.Guesses:
        raise AssertionError("the model was asked again")

    monkeypatch.setattr(language, "guesses", no_model)
    later = [detect(segment) for segment in segments]
    detect.cache_clear()
    kept_language._store.cache_clear()

    assert later == first
    assert first[1][0][0] == "en"
