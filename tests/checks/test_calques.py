"""The calque list (pipeline/checks/data/calques.yml): every entry's examples, and the matcher."""

from __future__ import annotations

import pytest

from pipeline.checks.artifacts.calques import (
    Calque,
    CalqueMatcher,
    load_calques,
    parse_phrase,
)
from pipeline.checks.speller import Speller


@pytest.fixture(scope="module")
def matcher() -> CalqueMatcher:
    speller = Speller.for_language("da")
    assert speller is not None, "the Danish hunspell dictionary is installed by setup"
    return CalqueMatcher(load_calques(), speller)


def _matched(matcher: CalqueMatcher, text: str) -> list[str]:
    return [match.calque.phrase for match in matcher.find(text)]


@pytest.mark.parametrize("calque", load_calques(), ids=lambda c: c.phrase)
def test_the_incorrect_example_matches_its_entry(matcher: CalqueMatcher, calque: Calque) -> None:
    assert calque.phrase in _matched(matcher, calque.incorrect)


@pytest.mark.parametrize("calque", load_calques(), ids=lambda c: c.phrase)
def test_the_correct_example_matches_nothing(matcher: CalqueMatcher, calque: Calque) -> None:
    assert _matched(matcher, calque.correct) == []


def test_the_list_is_long_and_every_entry_explains_itself() -> None:
    calques = load_calques()
    assert len(calques) >= 40
    assert len({c.phrase for c in calques}) == len(calques)
    for calque in calques:
        assert calque.use and calque.reason and calque.suggestion


def test_phrase_syntax() -> None:
    slots = parse_phrase("adressere * problem|=udfordring !fra")
    assert [s.kind for s in slots] == ["word", "gap", "word", "not"]
    assert [(a.word, a.exact) for a in slots[2].alternatives] == [
        ("problem", False),
        ("udfordring", True),
    ]


def test_a_focus_word_is_the_match_and_the_rest_its_context(matcher: CalqueMatcher) -> None:
    focused = CalqueMatcher(
        (
            Calque(
                phrase="sløret ^vision",
                use="syn",
                reason="English vision",
                incorrect="",
                correct="",
                slots=parse_phrase("sløret ^vision"),
            ),
        ),
        matcher.speller,
    )
    text = "Migræne kan give sløret vision."
    [match] = focused.find(text)
    assert text[match.start : match.end] == "vision"
    assert parse_phrase("sløret ^=vision")[1].focus
    assert not parse_phrase("sløret ^=vision")[0].focus


def test_a_gap_stands_for_at_most_two_words(matcher: CalqueMatcher) -> None:
    assert _matched(matcher, "De adresserer de presserende problemer.") != []
    assert _matched(matcher, "De adresserer de mest presserende problemer.") == []


def test_whole_words_only(matcher: CalqueMatcher) -> None:
    # an inflected form matches ("hjerteratens"); a longer word that merely starts so does not
    assert _matched(matcher, "Pulsen er hjerteratens modstykke.") != []
    assert _matched(matcher, "Hun hjerteraterede ikke noget.") == []
