"""Segment language identification: the dictionary corrects the model on short and Danish text."""

from __future__ import annotations

import pytest

from pipeline.checks.language.identify import identify
from pipeline.checks.speller import Speller
from pipeline.glossary.model import Glossary, TermEntry, TermStatus
from pipeline.ingest.language import detect, identifiable

EMPTY = Glossary([])


@pytest.fixture(scope="module")
def danish() -> Speller:
    speller = Speller.for_language("da", EMPTY)
    assert speller is not None, "hunspell-da is not installed"
    return speller


@pytest.mark.parametrize(
    ("heading", "model_alone"),
    [
        ("ALS", "nl"),
        ("Fibromyalgi", "es"),
        ("Muskeldystrofi", "pl"),
        ("Behandling", "en"),
        ("Er dette en nødsituation?", "da"),
    ],
)
def test_short_danish_headings_are_danish(heading: str, model_alone: str, danish: Speller) -> None:
    assert detect(heading)[0][0] == model_alone  # why the dictionary has to decide
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
    assert probability > 0.9


def test_danish_sentence_the_model_nearly_calls_norwegian_is_danish(danish: Speller) -> None:
    sentence = "Nogle får også kramper om natten."
    (first, p_first), (second, p_second), _ = detect(sentence)
    assert (first, second) == ("da", "no") and p_first - p_second < 0.2
    assert identify(sentence, "da", danish, EMPTY) == ("da", 1.0)  # the dictionary decided


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
    assert detect("Myokymi")[0][0] == "cs"
    assert identify("Myokymi", "da", danish, EMPTY)[0] == "da"


def test_short_segments_without_a_dictionary_are_the_document_language() -> None:
    assert identify("Muscle twitching", "da", None, EMPTY)[0] == "da"


def test_danish_sentence_of_dictionary_words_and_names_skips_the_model(
    danish: Speller,
) -> None:
    sentence = "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom."
    before = detect.cache_info()
    assert identify(sentence, "da", danish, EMPTY) == ("da", 1.0)
    after = detect.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_text_without_words_is_the_document_language(danish: Speller) -> None:
    assert identify("112 – 1.000", "da", danish, EMPTY)[0] == "da"


def test_languages_the_model_knows_include_those_langdetect_lacked() -> None:
    assert all(identifiable(code) for code in ("hsb", "dsb", "az", "is", "ky", "eo", "da", "nb"))
    assert not identifiable("tlh")  # Klingon: the model would call it a neighbour


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # real targets of Django's catalogs that langdetect called Slovenian, Turkish, Russian …
        ("Yeni şifrə artıq qüvvədədir. Yenidən daxil ola bilərsiniz.", "az"),
        ("Тууралыгын жана коошкондугун текшере алышыбыз үчүн сырсөздү эки жолу жазыңыз.", "ky"),
        ("Ĉu vi forgesis vian pasvorton? Entajpu vian retpoŝtadreson.", "eo"),
    ],
)
def test_the_model_knows_languages_of_real_catalogs(text: str, lang: str) -> None:
    assert detect(text)[0][0] == lang
