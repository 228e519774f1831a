"""A noun the analyser lacks takes the gender its definite form in the same article shows."""

from __future__ import annotations

from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.gender import definite_form_genders
from pipeline.checks.grammar.guesses import GUESS, guesses
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text


def test_the_neuter_definite_ending_makes_the_word_neuter() -> None:
    assert definite_form_genders({"udflåd", "udflådet"}) == {"udflåd": "nt"}


def test_the_common_definite_ending_after_a_doubled_consonant_makes_it_common() -> None:
    assert definite_form_genders({"vatrondel", "vatrondellen"}) == {"vatrondel": "ut"}


def test_a_word_in_e_takes_only_the_consonant_of_the_ending() -> None:
    assert definite_form_genders({"vaginose", "vaginosen"}) == {"vaginose": "ut"}


def test_both_definite_forms_give_no_gender() -> None:
    assert definite_form_genders({"udflåd", "udflådet", "udflåden"}) == {}


def test_no_definite_form_and_short_words_give_no_gender() -> None:
    assert definite_form_genders({"udflåd", "bla", "blaet"}) == {}


def test_the_guess_is_a_singular_indefinite_noun_of_that_gender() -> None:
    text = "Graviditet\n\nDu kan have en mælkeagtig udflåd. Lugten af udflådet er svag.\n"
    document = ingest_text(text, path="a.md", suffix=".md", language="da", encoding="utf-8")

    readings = guesses(CheckContext(document, Glossary([])))["udflåd"]

    assert [r.tags for r in readings] == [("n", "nt", "sg", "ind", GUESS)]
