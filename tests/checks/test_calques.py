"""The calque list (pipeline/checks/data/calques.yml): every entry's examples, and the matcher."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.artifacts.calques import (
    _TOKEN,
    Calque,
    CalqueMatcher,
    load_calques,
    parse_phrase,
)
from pipeline.checks.speller import Speller
from pipeline.ingest.morphology import available

SEED = Path(__file__).resolve().parents[2] / "sources" / "muskeltraekninger-da.txt"


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


def _one(phrase: str, matcher: CalqueMatcher) -> CalqueMatcher:
    entry = Calque(phrase, "x", "x", "", "", parse_phrase(phrase))
    return CalqueMatcher((entry,), matcher.speller)


@pytest.mark.skipif(not available("da"), reason="needs Apertium's Danish analyser")
def test_a_stem_counts_only_when_the_analyser_gives_the_word_that_lemma(
    matcher: CalqueMatcher,
) -> None:
    # hunspell stems "ledes" (passive of lede, to conduct) and "laver" (lave, to make) as
    # forms of lide and lav as well; the analyser knows better
    lide = _one("lide fra", matcher)
    assert lide.speller.stems("ledes").count("lide") == 1
    assert _matched(lide, "Impulserne ledes fra forkamrene til hjertekamrene.") == []
    assert _matched(lide, "Han led fra migræne, og hun lider fra astma.") == ["lide fra"] * 2
    lav = _one("lav i fedt", matcher)
    assert _matched(lav, "Kokken laver i fedt og salt.") == []
    assert _matched(lav, "Maden er lavere i fedt.") == ["lav i fedt"]
    # a compound the analyser knows as one word still ends in the phrase's word
    medicin = _one("skabe * medicin", matcher)
    assert _matched(medicin, "De skabte folkemedicinen selv.") == ["skabe * medicin"]


def test_a_gap_stands_for_at_most_two_words(matcher: CalqueMatcher) -> None:
    assert _matched(matcher, "De adresserer de presserende problemer.") != []
    assert _matched(matcher, "De adresserer de mest presserende problemer.") == []


def test_whole_words_only(matcher: CalqueMatcher) -> None:
    # an inflected form matches ("hjerteratens"); a longer word that merely starts so does not
    assert _matched(matcher, "Pulsen er hjerteratens modstykke.") != []
    assert _matched(matcher, "Hun hjerteraterede ikke noget.") == []


def test_a_tight_word_is_not_matched_across_a_comma(matcher: CalqueMatcher) -> None:
    # words of a phrase may stand on either side of a comma machine translation added, but a
    # "+word" must follow the word before it by spaces only: there a comma starts a clause
    loose = _one("sikker på at", matcher)
    tight = _one("sikker på +at", matcher)
    assert parse_phrase("sikker på +at")[2].tight
    assert not parse_phrase("sikker på +at")[1].tight
    assert _matched(loose, "Vær sikker på, at barnet er raskt.") == ["sikker på at"]
    assert _matched(tight, "Vær sikker på, at barnet er raskt.") == []
    assert _matched(tight, "Vær sikker på at drikke nok vand.") == ["sikker på +at"]


@pytest.mark.parametrize("name", ["calques.yml", "false_friends.yml"])
def test_the_phrases_a_word_can_begin_are_those_every_phrase_judged_says(name: str) -> None:
    """The index by beginnings only narrows the phrases a word is judged against: the phrases
    it gives for a word are those that judging the word against every phrase gives."""
    speller = Speller.for_language("da")
    assert speller is not None
    calques = load_calques(name)
    indexed = CalqueMatcher(calques, speller)
    every = CalqueMatcher(calques, speller)
    text = " ".join(
        [SEED.read_text(encoding="utf-8")]
        + [f"{c.incorrect} {c.correct}" for c in load_calques("calques.yml")]
        + [f"{c.incorrect} {c.correct}" for c in load_calques("false_friends.yml")]
        # words without letters, whose stems are not asked (an edited article's new number)
        + ["482913 12,5 3.000 1990-2000 2. ½ 10%"]
    )
    words = {m.group() for m in _TOKEN.finditer(text)}
    assert {"482913", "1990-2000", "½"} <= words
    for word in sorted(words):
        judged = [
            c
            for c in calques
            if c.slots[0].kind != "word" or every._word(word, c.slots[0].alternatives)
        ]
        assert indexed._starting_with(word) == judged, word
