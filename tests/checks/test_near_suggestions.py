"""Only suggestions near a word reach the editor; the distance agrees with rapidfuzz's."""

from __future__ import annotations

import itertools
import random

import pytest
from rapidfuzz.distance import OSA

from pipeline.checks import check_document
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.near_suggestions import near, near_suggestions, osa_distance
from pipeline.checks.spelling.SPELL001 import SUGGESTIONS
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text


def test_the_distance_is_rapidfuzzs_optimal_string_alignment() -> None:
    letters = "aeiouæøåbdklnrst-"
    rng = random.Random(7)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 9))) for _ in range(400)]
    pairs = list(itertools.pairwise(words))
    pairs += [("kolsterol", "kolesterol"), ("ab", "ba"), ("ca", "abc"), ("", "feber")]
    for a, b in pairs:
        assert osa_distance(a, b) == OSA.distance(a, b), (a, b)


@pytest.mark.parametrize(
    ("word", "suggestion", "shown"),
    [
        ("kolsterol", "kolesterol", True),  # a letter left out
        ("smrete", "smerte", True),  # two letters swapped
        ("Mavesmerterer", "Mavesmerter", True),  # two letters too many
        ("autoim", "autoimmun", True),  # a word cut short
        ("hypotyrodisme", "hypothyreoidisme", True),  # three letters left out
        ("Catechiner", "Catherine", False),  # a chemical's name is no slip of a name
        ("varicella-zoster-virus", "varicocele-zoster-virus", False),
        ("urinstix", "urinstinkt", False),
        ("sourcing", "outsourcing", False),  # letters added before the word: another word
        ("dagkirurgisk", "kirurgisk", False),  # a part dropped: another word
    ],
)
def test_a_suggestion_is_shown_when_it_is_a_slip_of_the_word(
    word: str, suggestion: str, shown: bool
) -> None:
    assert near(word, suggestion) is shown


def test_the_order_is_kept() -> None:
    assert near_suggestions("fber", ["Catherine", "feber", "fiber"]) == ["feber", "fiber"]


def test_spell001_shows_at_most_five_near_suggestions_of_hunspells() -> None:
    speller = Speller("da")
    text = "Det gør ondt i hovde, når man har feber. Transudat samles i lungehinden."
    document = ingest_text(text, path="a.txt", suffix=".txt", language="da", encoding="utf-8")
    findings = {f.match: f for f in check_document(document, Glossary([]), select=["SPELL001"])}
    for word in ("hovde", "Transudat"):
        offered = speller.suggest(word)
        shown = findings[word].suggestions
        assert len(shown) <= SUGGESTIONS
        assert shown == [s for s in offered if near(word, s)][:SUGGESTIONS]
    assert findings["hovde"].suggestions  # a slip has its word
