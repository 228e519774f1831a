"""A genitive owns the noun phrase right after it; a plural in -s owns nothing."""

from __future__ import annotations

import pytest

from pipeline.ingest import morphology
from pipeline.ingest.genitive import owner_follows
from pipeline.ingest.morphology import Reading


def danish(word: str) -> tuple[Reading, ...]:
    assert morphology.available("da"), "Apertium's Danish analyser is installed by setup"
    return morphology.lexical_readings([word], "da").get(word, ())


@pytest.mark.parametrize(
    ("sentence", "word", "owns"),
    [
        ("Barnets handicaps betydning er stor.", "handicaps", True),  # a noun follows
        ("Barnets nedsatte hørelse.", "Barnets", True),  # a participle used as adjective
        ("Barnets egen læge.", "Barnets", True),  # a determiner
        ("Børn med handicaps har ret til hjælp.", "handicaps", False),  # a finite verb
        ("Hjælp til handicaps.", "handicaps", False),  # punctuation
        ("Hjælp til handicaps", "handicaps", False),  # the end
        ("Børn med handicaps på skolen.", "handicaps", False),  # a preposition
        ("Patientens xqzvorp.", "Patientens", True),  # an unknown word may be a noun
        ("Barnets meget store problemer.", "Barnets", True),  # an adverb before an adjective
        ("Mange handicaps og sygdomme.", "handicaps", False),  # "og" is no adverb here
    ],
)
def test_owner_follows(sentence: str, word: str, owns: bool) -> None:
    end = sentence.index(word) + len(word)
    assert owner_follows(danish, sentence, end) is owns
