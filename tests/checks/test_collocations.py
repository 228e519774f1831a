"""The verb + object list (pipeline/checks/data/collocations.yml): every entry's examples."""

from __future__ import annotations

import pytest

from pipeline.checks.artifacts.collocations import (
    Collocation,
    collocation_matcher,
    load_collocations,
)
from pipeline.ingest.morphology import analyse, available

pytestmark = pytest.mark.skipif(not available("da"), reason="needs apertium-dan-nor")

ENTRIES = load_collocations()


def _matched(text: str) -> list[str]:
    tokens = tuple(analyse(text))
    return [m.collocation.label for m in collocation_matcher().find(tokens)]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda c: c.label)
def test_the_incorrect_example_matches_its_entry(entry: Collocation) -> None:
    assert _matched(entry.incorrect) == [entry.label]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda c: c.label)
def test_the_correct_example_matches_nothing(entry: Collocation) -> None:
    assert _matched(entry.correct) == []


def test_every_entry_explains_itself() -> None:
    assert len({c.label for c in ENTRIES}) == len(ENTRIES)
    for entry in ENTRIES:
        assert entry.right and entry.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hun tog en beslutning om at stoppe.",  # established Danish
        "Nye metoder kan tage stedet for operation.",  # not the bare noun
        "De valg, der er lavet, holder.",  # a participle
        "Lav en liste over dine valg.",  # the noun is not the object's head
    ],
)
def test_established_danish_and_other_objects_are_left_alone(text: str) -> None:
    assert _matched(text) == []


def test_a_compound_object_counts_by_its_head() -> None:
    assert _matched("Mange laver usunde kostvalg i en travl hverdag.") == [
        "lave beslutning|fravalg|valg"
    ]
