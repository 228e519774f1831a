"""`identify_foreign` asks the model before the dictionary, and must find `identify`'s language."""

from __future__ import annotations

import pytest

from pipeline.checks.language.foreign import identify_foreign
from pipeline.checks.language.identify import identify
from pipeline.checks.speller import Speller
from pipeline.glossary.model import Glossary

SEGMENTS = [
    "Fibromyalgi",
    "ALS",
    "Muscle twitching",
    "Gem fil",
    "Er dette en nødsituation?",
    "Nogle får også kramper om natten.",
    "Kan ikke åbne filen, fordi den ikke findes.",
    "The disease usually starts with muscle twitching and weakness in the legs.",
    "Please enter a valid date in the format shown.",
    "Sykdommen begynner vanligvis med muskelrykninger og svakhet i beina.",
    "Sjukdomen börjar oftast med muskelryckningar och svaghet i benen.",
    "Die Krankheit beginnt meistens mit Muskelzucken und Schwäche in den Beinen.",
    "Dei fleste får vondt i hovudet når dei ikkje søv nok om natta.",
    "Andet (f.eks. arytmi, alkohol, tidligere antineoplastika og stråleterapi",
    "Kunne ikke slette mappen: adgang nægtet",
    "uair an chloig as seo amach",
    "Impossible d'ouvrir le fichier car il n'existe pas sur le disque.",  # no fr dictionary
    "Tiedostoa ei voitu avata",
    "Filen kunde inte öppnas eftersom den inte finns.",
    "Gem dokumentet før du lukker programmet, ellers går ændringerne tabt.",
    "Vis skjulte filer og mapper i oversigten",
]


@pytest.mark.parametrize("doc_lang", ["da", "nb", "nn", "sv", "en", "fr"])
@pytest.mark.parametrize("judged_first", [False, True])
def test_same_language_as_identify(doc_lang: str, judged_first: bool) -> None:
    # A glossary of its own gives each run fresh memos, so both orders are exercised: the
    # model first and the words counted lazily (nothing judged yet), and every word counted
    # from the memo `identify` filled.
    glossary = Glossary([])
    speller = Speller.for_language(doc_lang, glossary)
    for segment in SEGMENTS:
        if judged_first:
            expected = identify(segment, doc_lang, speller, glossary)
            found = identify_foreign(segment, doc_lang, speller, glossary)
        else:
            found = identify_foreign(segment, doc_lang, speller, glossary)
            expected = identify(segment, doc_lang, speller, glossary)
        assert found[0] == expected[0], segment
        if expected[0] != doc_lang:
            assert found == expected, segment  # the confidence too, where it is reported


def test_english_target_of_a_danish_catalog_is_english() -> None:
    speller = Speller.for_language("da", Glossary([]))
    text = "Could not open the file because it does not exist."
    assert identify_foreign(text, "da", speller, Glossary([]))[0] == "en"


def test_without_a_dictionary_a_short_segment_is_the_document_language() -> None:
    # as in identify: nothing is unknown without a dictionary, so no guess is evidence
    assert identify_foreign("Muscle twitching", "fr", None, None) == ("fr", 0.0)
    assert identify("Muscle twitching", "fr", None, None)[0] == "fr"
