"""SPELL003's spelling keys: base forms and keys of a word or pair, once per spelling and run."""

from __future__ import annotations

import pytest

from pipeline.checks.speller import Speller
from pipeline.checks.spelling import SPELL003
from pipeline.glossary.model import Glossary


def _speller() -> Speller:
    speller = Speller.for_language("da", Glossary([]))  # its own glossary: a fresh memo
    assert speller is not None
    return speller


def test_a_pair_with_a_genitive_s_has_the_hyphenated_key_too() -> None:
    bases, keys = SPELL003._keys(_speller(), ["Alzheimers", "sygdommen"])
    assert bases == ("alzheimers", "sygdom")
    assert keys == ("alzheimersygdom",)  # "ss" folds to one letter, as "Alzheimer-sygdom"
    assert SPELL003._keys(_speller(), ["Alzheimer", "sygdom"])[1] == keys


def test_a_spelling_is_keyed_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    speller = _speller()
    first = SPELL003._keys(speller, ["leukæmien"])
    assert first == (("leukæmi",), ("leukemi",))

    def keyed_again(*_: object) -> object:
        raise AssertionError("keyed a second time")

    monkeypatch.setattr(SPELL003, "_keys_now", keyed_again)
    assert SPELL003._keys(speller, ["leukæmien"]) == first
