"""A term's replacement keeps the word's part of speech and inflection, judged by the installed
analyser: each test compares with the analyser's own answer in the same run."""

from __future__ import annotations

import pytest

from pipeline.checks.terminology.word_forms import safe_replacement, word_forms
from pipeline.glossary.inflection import PL, SG, SG_DEF
from pipeline.ingest import morphology

pytestmark = pytest.mark.skipif(not morphology.available("da"), reason="no Danish analyser")


def nouns(word: str, lemma: str) -> list[morphology.Reading]:
    readings = morphology.lexical_readings([word], "da")[word]
    return [r for r in readings if r.pos == "n" and lemma.endswith(r.lemma)]


def test_a_verb_that_looks_like_a_plural_is_not_the_noun() -> None:
    # "sikler" (the verb sikle) looks like "sikl" + -er; the analyser knows the noun "sikl"
    assert nouns("sikl", "sikl"), "the analyser should know the noun sikl"
    assert not nouns("sikler", "sikl")
    forms = word_forms("da")
    assert forms.is_term_form("sikler", "sikl", PL, "Han sikler meget.", 4) is False
    assert (
        safe_replacement(forms, "sikler", "sikl", "savlen", PL, None, "Han sikler meget.", 4)
        is None
    )


def test_a_confirmed_plural_is_replaced_by_a_confirmed_plural() -> None:
    forms = word_forms("da")
    sentence = "Der er ingen kurer for sygdommen."
    start = sentence.index("kurer")
    if not any("pl" in r.tags for r in nouns("kurer", "kur")):
        pytest.skip("this analyser has no plural reading of kur")
    replacement = safe_replacement(forms, "kurer", "kur", "helbredelse", PL, None, sentence, start)
    assert replacement is not None
    assert any(r.has("pl", "ind") for r in nouns(replacement, "helbredelse"))


def test_attributive_adjectives_agree_with_the_plural() -> None:
    form = word_forms("da").form_of("ømt punkt", PL)
    assert form is not None
    adjective, noun = form.split()
    assert any(r.has("pl", "ind") for r in nouns(noun, "punkt"))
    readings = morphology.lexical_readings([adjective], "da")[adjective]
    assert any(r.pos == "adj" and ("pl" in r.tags or "sp" in r.tags) for r in readings)


def test_a_word_unknown_to_every_dictionary_takes_its_certain_paradigm() -> None:
    # the article's mistranslation: no dictionary has it, but -ning nouns inflect alike
    forms = word_forms("da")
    assert not morphology.lexical_readings(["muskelsvindninger"], "da")["muskelsvindninger"]
    assert forms.is_term_form("muskelsvindninger", "muskelsvindning", PL) is True


def test_the_dictionary_form_is_replaced_by_the_dictionary_form() -> None:
    forms = word_forms("da")
    sentence = "Barnet har sikl på hagen."
    assert safe_replacement(
        forms, "sikl", "sikl", "savlen", SG, ("savlen", True), sentence, 11
    ) == ("savlen")


def test_an_unconfirmed_form_gets_no_replacement() -> None:
    # no dictionary here gives "savlen" a definite singular
    forms = word_forms("da")
    if any(r.has("sg", "def") for r in nouns("savlenen", "savlen")):
        pytest.skip("this analyser knows a definite form of savlen")
    assert forms.form_of("savlen", SG_DEF) is None
