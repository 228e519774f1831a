"""The English abbreviation list (pipeline/checks/data/english_abbreviations.yml)."""

from __future__ import annotations

from pipeline.checks.language.LANG004 import _TOKEN, load_abbreviations


def test_every_entry_is_an_abbreviation_the_check_can_see() -> None:
    entries = load_abbreviations()
    assert len(entries) >= 15
    for abbreviation, entry in entries.items():
        assert _TOKEN.fullmatch(abbreviation), abbreviation
        assert entry.english and entry.danish and entry.suggestion


def test_a_danish_abbreviation_named_as_the_gloss_differs_from_the_english_one() -> None:
    for entry in load_abbreviations().values():
        if entry.danish_abbreviation:
            assert entry.danish_abbreviation != entry.abbreviation
            assert entry.danish_abbreviation in entry.danish
