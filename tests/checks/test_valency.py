"""The preposition list (pipeline/checks/data/valency.yml): every entry's examples, and the
guards that keep the matcher off native Danish constructions."""

from __future__ import annotations

import pytest

from pipeline.checks.artifacts.valency import (
    Government,
    government_matcher,
    load_governments,
)
from pipeline.ingest.morphology import analyse, available

pytestmark = pytest.mark.skipif(not available("da"), reason="needs apertium-dan-nor")

ENTRIES = load_governments()


def _matched(text: str) -> list[str]:
    tokens = tuple(analyse(text))
    return [m.government.label for m in government_matcher().find(tokens)]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda g: g.label)
def test_the_incorrect_example_matches_its_entry(entry: Government) -> None:
    assert _matched(entry.incorrect) == [entry.label]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda g: g.label)
def test_the_correct_example_matches_nothing(entry: Government) -> None:
    assert _matched(entry.correct) == []


def test_the_list_is_long_and_every_entry_explains_itself() -> None:
    assert sum(len(g.heads) for g in ENTRIES) >= 100
    assert len({g.label for g in ENTRIES}) == len(ENTRIES)
    for entry in ENTRIES:
        assert entry.reason and entry.right and entry.wrong
        assert not entry.wrong & set(entry.right), entry.label


@pytest.mark.parametrize(
    "text",
    [
        "Prisen afhænger på mange måder af, hvor du bor.",  # an adverbial between
        "Mange døde fra 2010 til 2015 af influenza.",  # a range
        "Vaccinen beskytter børn fra 2 år.",  # an age
        "Du skal ikke vente for længe med at gå til lægen.",  # for + a degree word
        "Han venter for at se, om feberen falder.",  # for at + infinitive
        "Symptomer af varierende grad er almindelige.",  # af + a quality
        "Der findes god medicin for børn.",  # a remedy for a person, not an illness
        "Hun gik ind i hospitalet ad bagindgangen.",  # a direction inside
        "Lægerne i hospitalets akutmodtagelse er travle.",  # a genitive
        "Hun kom fra Aarhus og ville hjem.",  # komme without sig
    ],
)
def test_other_constructions_with_the_same_words_are_left_alone(text: str) -> None:
    assert _matched(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Hvor lang tid det tager, afhænger ofte på alderen.", "afhænge: på"),  # an adverb
        ("Sådan forbereder du dig for operationen.", "forberede: for"),  # inverted subject
        ("Medicinen afhang på, hvad lægen fandt.", "afhænge: på"),  # a comma and a clause
        ("Hvert år dør tusinder fra hjertesygdomme.", "dø: fra"),  # an inverted subject
    ],
)
def test_inflected_forms_and_words_between_still_match(text: str, label: str) -> None:
    assert _matched(text) == [label]
