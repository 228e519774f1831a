"""The calque lists' generated word forms, kept per machine (calques._keep_forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.artifacts import calques
from pipeline.checks.artifacts.calques import MIN_GENERATED, load_calques

WORDS = sorted(
    {
        alternative.word
        for name in ("calques.yml", "false_friends.yml")
        for calque in load_calques(name)
        for slot in calque.slots
        for alternative in slot.alternatives
        if len(alternative.word) >= MIN_GENERATED
    }
)


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of its own and a process that has kept no forms yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(calques, "_KEPT_FORMS", {})
    calques._forms.cache_clear()
    return tmp_path / "content-pipeline" / "calque-forms"


def test_a_later_process_reads_the_forms_inflection_generates(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated = {word: calques._generated_forms(word) for word in WORDS}
    calques._keep_forms(WORDS)
    assert {word: calques._forms(word) for word in WORDS} == generated
    beginnings = {
        word: frozenset(f[: calques.BEGINNING] for f in generated[word]) for word in WORDS
    }
    assert {word: calques._beginnings(word) for word in WORDS} == beginnings
    calques._forms.cache_clear()
    monkeypatch.setattr(calques, "_KEPT_FORMS", {})  # a new process, which must not generate
    monkeypatch.setattr(calques, "_generated_forms", lambda word: pytest.fail(word))
    calques._keep_forms(WORDS)
    calques._forms.cache_clear()
    assert {word: calques._forms(word) for word in WORDS} == generated
    assert {word: calques._beginnings(word) for word in WORDS} == beginnings
    assert len(list(fresh.iterdir())) == 1


def test_other_words_are_kept_in_a_file_of_their_own(fresh: Path) -> None:
    calques._keep_forms(WORDS[:3])
    calques._keep_forms(WORDS[3:6])
    assert len(list(fresh.iterdir())) == 2
    assert set(calques._KEPT_FORMS) == set(WORDS[:6])


def test_a_word_not_kept_is_generated_when_asked(fresh: Path) -> None:
    generated = calques._generated_forms("sundhedsudbyder")
    assert calques._forms("sundhedsudbyder") == generated
    assert calques._beginnings("sundhedsudbyder") == {f[: calques.BEGINNING] for f in generated}
    assert not fresh.exists()
