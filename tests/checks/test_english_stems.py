"""English stems dressed as Danish (english_stems.py), worked out once per word and run."""

from __future__ import annotations

import pytest

from pipeline.checks.language import english_stems
from pipeline.checks.language.english_stems import english_stem
from pipeline.checks.speller import Speller
from pipeline.glossary.model import Glossary


def _spellers() -> tuple[Speller, Speller]:
    glossary = Glossary([])  # a glossary of its own: spellers (and their memo) fresh for it
    native, english = Speller.for_language("da", glossary), Speller.for_language("en", glossary)
    assert native is not None and english is not None
    return native, english


def test_an_english_verb_stem_with_a_danish_ending() -> None:
    native, english = _spellers()
    assert english_stem("Limiter", native, english) == "limit"
    assert english_stem("motionere", native, english) is None


def test_a_word_is_judged_once_per_run_whatever_its_case(monkeypatch: pytest.MonkeyPatch) -> None:
    native, english = _spellers()
    assert english_stem("limiter", native, english) == "limit"
    assert english_stem("hovedpine", native, english) is None

    def judged_again(*_: object) -> str | None:
        raise AssertionError("judged a second time")

    monkeypatch.setattr(english_stems, "_verb_stem", judged_again)
    monkeypatch.setattr(english_stems, "_first_element", judged_again)
    assert english_stem("Limiter", native, english) == "limit"
    assert english_stem("hovedpine", native, english) is None
