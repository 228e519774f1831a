"""Segment language identification: the dictionary corrects langdetect on short and Danish text."""

from __future__ import annotations

import pytest

from pipeline.checks.language.identify import detect, identify
from pipeline.checks.speller import Speller
from pipeline.glossary.model import Glossary, TermEntry, TermStatus

EMPTY = Glossary([])


@pytest.fixture(scope="module")
def danish() -> Speller:
    speller = Speller.for_language("da", EMPTY)
    assert speller is not None, "hunspell-da is not installed"
    return speller


@pytest.mark.parametrize(
    ("heading", "langdetect_alone"),
    [
        ("ALS", "tl"),
        ("Fibromyalgi", "tr"),
        ("Muskeldystrofi", "da"),
        ("Er dette en nødsituation?", "da"),
    ],
)
def test_short_danish_headings_are_danish(
    heading: str, langdetect_alone: str, danish: Speller
) -> None:
    assert detect(heading)[0][0] == langdetect_alone  # why the dictionary has to decide
    assert identify(heading, "da", danish, EMPTY)[0] == "da"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The disease usually starts with muscle twitching and weakness in the legs.", "en"),
        ("Die Krankheit beginnt meistens mit Muskelzucken und Schwäche in den Beinen.", "de"),
        ("Sjukdomen börjar oftast med muskelryckningar och svaghet i benen.", "sv"),
    ],
)
def test_foreign_sentences_are_identified(sentence: str, lang: str, danish: Speller) -> None:
    found, probability = identify(sentence, "da", danish, EMPTY)
    assert found == lang
    assert probability > 0.99


def test_danish_sentence_langdetect_calls_norwegian_is_danish(danish: Speller) -> None:
    sentence = "Nogle får også kramper om natten."
    assert detect(sentence)[0][0] == "no"
    assert identify(sentence, "da", danish, EMPTY)[0] == "da"


def test_norwegian_sentence_in_a_danish_article_is_norwegian(danish: Speller) -> None:
    sentence = "Sykdommen begynner vanligvis med muskelrykninger og svakhet i beina."
    assert identify(sentence, "da", danish, EMPTY)[0] == "no"


def test_short_english_heading_of_unknown_words_is_english(danish: Speller) -> None:
    assert identify("Muscle twitching", "da", danish, EMPTY)[0] == "en"


def test_glossary_terms_count_as_words_of_the_document_language(danish: Speller) -> None:
    heading = "Myokymi og myoklonus"  # hunspell knows only "og"
    glossary = Glossary(
        [
            TermEntry("myokymia", "da", "myokymi", TermStatus.PREFERRED),
            TermEntry("myoclonus", "da", "myoklonus", TermStatus.PREFERRED),
        ]
    )
    assert identify(heading, "da", danish, EMPTY) == ("da", pytest.approx(1 / 3))
    assert identify(heading, "da", danish, glossary) == ("da", 1.0)


def test_one_unknown_word_is_a_term_not_a_language(danish: Speller) -> None:
    assert detect("Myokymi")[0][0] == "lt"
    assert identify("Myokymi", "da", danish, EMPTY)[0] == "da"


def test_short_segments_without_a_dictionary_are_the_document_language() -> None:
    assert identify("Muscle twitching", "da", None, EMPTY)[0] == "da"


def test_danish_sentence_of_dictionary_words_and_names_skips_langdetect(
    danish: Speller,
) -> None:
    sentence = "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom."
    before = detect.cache_info()
    assert identify(sentence, "da", danish, EMPTY) == ("da", 1.0)
    after = detect.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_text_without_words_is_the_document_language(danish: Speller) -> None:
    assert identify("112 – 1.000", "da", danish, EMPTY)[0] == "da"
