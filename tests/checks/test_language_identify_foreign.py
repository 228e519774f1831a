"""`identify_foreign` asks the model before the dictionary, and must find `identify`'s language."""

from __future__ import annotations

from types import ModuleType

import pytest

from pipeline.checks.bilingual.base import BilingualContext
from pipeline.checks.language.foreign import identify_foreign
from pipeline.checks.language.identify import identify
from pipeline.checks.language.LANG002 import content_words, known_share, may_reach, reported
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


@pytest.mark.parametrize("doc_lang", ["da", "nb", "sv"])
def test_a_caller_that_acts_on_every_guess_gets_identifys_answer(doc_lang: str) -> None:
    glossary = Glossary([])
    speller = Speller.for_language(doc_lang, glossary)
    for segment in SEGMENTS:
        found = identify_foreign(segment, doc_lang, speller, glossary, matters=lambda g, p: True)
        expected = identify(segment, doc_lang, speller, glossary)
        assert found[0] == expected[0], segment
        if expected[0] != doc_lang:
            assert found == expected, segment


def test_a_guess_the_caller_cannot_act_on_is_the_document_language() -> None:
    glossary = Glossary([])
    speller = Speller.for_language("da", glossary)
    text = "Could not open the file because it does not exist."
    asked: list[tuple[str, float]] = []

    def matters(lang: str, probability: float) -> bool:
        asked.append((lang, probability))
        return False

    assert identify_foreign(text, "da", speller, glossary, matters=matters) == ("da", 0.0)
    assert [lang for lang, _ in asked] == ["en"]
    assert asked[0][1] > 0.5


@pytest.mark.parametrize(
    ("lang", "probability", "target_lang", "source_lang", "expected"),
    [
        ("en", 0.60, "da", "en", True),  # the source language: UNTR001 from 0.50
        ("en", 0.40, "da", "en", False),
        ("de", 0.85, "da", "en", False),  # a third language: LANG002 from 0.90
        ("de", 0.95, "da", "en", True),
        ("sv", 0.30, "da", "en", True),  # a neighbour: the dictionaries decide
        ("nb", 0.30, "sv", "en", True),
        ("es", 0.60, "da", "es_AR", True),  # the source language in a regional variant
    ],
)
def test_guesses_reported(
    lang: str, probability: float, target_lang: str, source_lang: str, expected: bool
) -> None:
    assert reported(lang, probability, target_lang, source_lang) is expected


@pytest.mark.parametrize("lang", ["nb", "no", "sv", "da", "fr"])
@pytest.mark.parametrize("share", [0.5, 0.9, 1.0])
def test_may_reach_is_the_known_share_compared(lang: str, share: float) -> None:
    ctx = BilingualContext([], Glossary([]))
    for segment in SEGMENTS:
        tokens = content_words(segment)
        known = known_share(tokens, lang, ctx)
        assert may_reach(tokens, lang, ctx, share) is (known is not None and known >= share), (
            segment
        )


SHORT_SEGMENTS = [
    "Muscle twitching",
    "Gem fil",
    "Please enter date",
    "Muscle twitching and weakness",
    "Kunne ikke slette mappen",
    "Tiedostoa ei voitu avata",
    "Sjukdomen börjar oftast",
    "Fichier introuvable maintenant",
]


def model_calls(monkeypatch: pytest.MonkeyPatch, foreign: ModuleType) -> list[str]:
    """The texts the language model is asked from now on (the real model still answers)."""
    from pipeline.ingest.language import detect as real_detect

    asked: list[str] = []

    def counted(text: str) -> tuple[tuple[str, float], ...]:
        asked.append(text)
        return real_detect(text)

    monkeypatch.setattr(foreign, "detect", counted)
    return asked


@pytest.mark.parametrize("doc_lang", ["da", "en", "sv"])
def test_short_segment_with_some_words_judged_before(
    doc_lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some words already in the memo (judged for another segment): the answer is still
    # identify's, and when those known are enough, the model is not asked at all.
    import itertools

    from pipeline.checks.language import foreign
    from pipeline.checks.language.identify import judged_words, words

    asked = model_calls(monkeypatch, foreign)
    for segment in SHORT_SEGMENTS:
        tokens = words(segment)
        for size in range(1, len(tokens)):
            for before in itertools.combinations(tokens, size):
                glossary = Glossary([])
                speller = Speller.for_language(doc_lang, glossary)
                assert speller is not None
                for word in before:
                    identify(word, doc_lang, speller, glossary)  # judges the word
                judged = judged_words(speller, doc_lang, glossary)
                known = sum(judged.get(word) is True for word in tokens)
                asked.clear()
                found = identify_foreign(segment, doc_lang, speller, glossary)
                fresh = Glossary([])
                expected = identify(segment, doc_lang, Speller.for_language(doc_lang, fresh), fresh)
                assert found[0] == expected[0], (segment, before)
                if 2 * known >= len(tokens) or len(tokens) - known < 2:
                    assert asked == [] and found[0] == doc_lang, (segment, before)


@pytest.mark.parametrize("doc_lang", ["da", "en", "sv", "nb"])
def test_short_segments_repeated_are_decided_by_their_frequent_words(
    doc_lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A word in FREQUENT short segments is looked up plainly; once the words known so are
    # enough to keep the document language, the model is not asked, and the answer is
    # still identify's.
    from pipeline.checks.language import foreign
    from pipeline.checks.language.identify import cheaply_native, words

    asked = model_calls(monkeypatch, foreign)
    glossary = Glossary([])
    speller = Speller.for_language(doc_lang, glossary)
    assert speller is not None
    skipped = 0
    for round_ in range(1, foreign.FREQUENT + 2):
        for segment in SHORT_SEGMENTS:
            asked.clear()
            found = identify_foreign(segment, doc_lang, speller, glossary)
            fresh = Glossary([])
            expected = identify(segment, doc_lang, Speller.for_language(doc_lang, fresh), fresh)
            assert found[0] == expected[0], (segment, round_)
            tokens = words(segment)
            plain = sum(cheaply_native(w, doc_lang, speller, glossary) for w in tokens)
            if round_ >= foreign.FREQUENT and (2 * plain >= len(tokens) or len(tokens) - plain < 2):
                assert asked == [] and found[0] == doc_lang, (segment, round_)
                skipped += 1
    assert skipped > 0  # the look-ups decided some segments in every language tried
