"""What nordic_speller.py adds to hunspell in Norwegian and Swedish: clinical loans."""

from __future__ import annotations

import pytest

from pipeline.checks import nordic_latin, nordic_speller, speller

pytestmark = pytest.mark.skipif(
    nordic_speller._medical() is None or speller.dictionary_path("da") is None,
    reason="needs hunspell-en-med and hunspell-da (scripts/setup.sh installs them)",
)


def test_a_loan_whose_latin_spelling_a_dictionary_has_is_known() -> None:
    assert nordic_speller.latin_loan("nb", "erytema")  # erythema
    assert nordic_speller.latin_loan("nb", "kolkisin")  # colchicine
    assert nordic_speller.latin_loan("sv", "kolkicin")


def test_a_drug_spelt_as_the_medical_dictionary_spells_it_is_known() -> None:
    assert nordic_speller.latin_loan("nb", "allopurinol")
    assert nordic_speller.latin_loan("sv", "naproxen")
    assert nordic_speller.latin_loan("nb", "ceftriaxon")  # ceftriaxone


def test_danish_and_general_english_are_no_loans() -> None:
    assert not nordic_speller.latin_loan("nb", "medicin")  # Danish; English "medicine"
    assert not nordic_speller.english_medical("medicine")


def test_a_slip_of_a_loan_is_no_loan() -> None:
    assert not nordic_speller.latin_loan("nb", "erytmea")
    assert not nordic_speller.latin_loan("nb", "allopurinlo")


def test_latin_in_its_own_letters_is_known_but_a_hybrid_is_not() -> None:
    assert nordic_speller.latin_loan("nb", "atroficans")  # atrophicans, as the guideline writes
    assert nordic_speller.latin_loan("nb", "karditt")  # carditis
    assert not nordic_speller.latin_loan("nb", "cortikal")  # kortikal or cortical
    assert not nordic_speller.latin_loan("nb", "kronik")  # a slip of kronisk


def test_a_compound_of_a_medical_loan_and_a_known_word_is_known() -> None:
    assert nordic_speller.loan_compound("nb", "allopurinolbehandling")
    assert nordic_speller.loan_compound("sv", "uratsänkande")  # urate
    assert nordic_speller.loan_compound("nb", "serumurat")


def test_a_slip_that_splits_into_a_loan_and_a_word_stays_unknown() -> None:
    assert not nordic_speller.loan_compound("nb", "koronarrsykdom")  # koronarsykdom
    assert not nordic_speller.loan_compound("nn", "nerviceller")  # nerveceller, not Latin nervi
    assert not nordic_speller.loan_compound("nb", "vasodilatetende")  # vasodilaterende


def test_a_compound_with_a_respelt_clinical_loan_is_known() -> None:
    assert nordic_speller.loan_compound("sv", "flimmerskotomet")  # skotom: scotoma
    assert nordic_speller.loan_compound("sv", "kranialnerv")  # kranial: cranial
    assert nordic_speller.respelt_loan("sv", "skotomet")


def test_a_slip_that_a_respelling_reads_as_a_loan_stays_unknown() -> None:
    assert not nordic_speller.loan_compound("sv", "flimmerskotmet")
    assert not nordic_speller.loan_compound("sv", "remissindiktioner")  # indikationer
    assert not nordic_speller.loan_compound("nb", "myokardiskeim")  # myokardiskemi
    assert not nordic_speller.respelt_loan("nb", "canker")  # English as it stands


def test_norwegian_keeps_a_latin_c_only_where_it_has_no_spelling_of_its_own() -> None:
    assert nordic_speller.latin_c("nb", "occipitalt")  # no "oksipitalt" in the dictionary
    assert not nordic_speller.latin_c("nb", "medicin")  # medisin
    assert not nordic_speller.latin_c("nb", "cortikal")  # kortikal
    assert not nordic_speller.latin_c("sv", "occipitalt")  # Swedish writes c anyway


def test_a_short_chemical_name_without_its_english_e_is_known() -> None:
    assert nordic_speller.latin_loan("nb", "urat")  # urate, a word of the medical list only
    assert nordic_speller.latin_loan("sv", "urater")
    assert not nordic_speller.latin_loan("nb", "urta")  # a slip
    assert not nordic_speller.latin_loan("nb", "debat")  # Danish; English "debate" is general


def test_the_plural_of_a_clinical_noun_is_known_in_each_standards_ending() -> None:
    assert nordic_speller.formation("nb", "puriner")  # purin
    assert nordic_speller.formation("sv", "puriner")
    assert nordic_speller.formation("nn", "purinar")
    assert not nordic_speller.formation("nn", "puriner")  # the Bokmål plural
    assert not nordic_speller.formation("nb", "purinen")  # no singular endings: slips pass them


def test_latin_as_the_medical_list_spells_it_is_known_when_rare_in_english() -> None:
    assert nordic_latin.clinical_english("zoster")  # herpes zoster
    assert nordic_latin.clinical_english("villi")
    assert not nordic_latin.clinical_english("infection")  # English left in a text
    assert not nordic_latin.clinical_english("bernet")  # a stray entry of the list, no Latin


def test_an_isk_adjective_of_a_medical_ic_adjective_is_known() -> None:
    assert nordic_latin.ic_adjective("herpetisk")  # herpetic
    assert nordic_latin.ic_adjective("postherpetiska")  # Swedish plural
    assert not nordic_latin.ic_adjective("herpetsk")
    assert not nordic_latin.ic_adjective("kronisk")  # chronic: everyday English
