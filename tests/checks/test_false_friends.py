"""The false-friend list (pipeline/checks/data/false_friends.yml): every entry's examples."""

from __future__ import annotations

import pytest

from pipeline.checks.artifacts.calques import Calque, CalqueMatcher, load_calques
from pipeline.checks.artifacts.MT006 import DATA
from pipeline.checks.speller import Speller

ENTRIES = load_calques(DATA)


@pytest.fixture(scope="module")
def matcher() -> CalqueMatcher:
    speller = Speller.for_language("da")
    assert speller is not None, "the Danish hunspell dictionary is installed by setup"
    return CalqueMatcher(ENTRIES, speller)


def _matched(matcher: CalqueMatcher, text: str, around: str = "") -> list[str]:
    return [match.calque.phrase for match in matcher.find(text, around)]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda c: c.phrase)
def test_the_incorrect_example_matches_its_entry(matcher: CalqueMatcher, entry: Calque) -> None:
    assert entry.phrase in _matched(matcher, entry.incorrect)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda c: c.phrase)
def test_the_correct_example_matches_nothing(matcher: CalqueMatcher, entry: Calque) -> None:
    assert _matched(matcher, entry.correct) == []


def test_every_entry_explains_itself_and_none_is_a_calque_too() -> None:
    assert len(ENTRIES) >= 60
    assert len({e.phrase for e in ENTRIES}) == len(ENTRIES)
    calques = {c.phrase for c in load_calques()}
    for entry in ENTRIES:
        assert entry.use and entry.reason and entry.suggestion
        assert entry.phrase not in calques


def test_a_context_word_in_a_neighbouring_sentence_counts(matcher: CalqueMatcher) -> None:
    sentence = "Tryk let på templerne med to fingre."
    assert _matched(matcher, sentence) == []
    assert _matched(matcher, sentence, around="Hovedpinen sidder som et bånd om panden.") == [
        "tempel"
    ]


def test_an_attack_beside_panic_is_an_anfald(matcher: CalqueMatcher) -> None:
    sentence = "Mange frygter nye angreb."
    assert _matched(matcher, sentence) == []
    assert _matched(matcher, sentence, around="Panikangst kommer i bølger.") == [
        "=angreb|=angrebet|=angrebene|=angrebs"
    ]
