"""Inflection of glossary terms: generated forms (Danish first), carried-over suggestions, and
the loose forms TERM005 finds terms in translations by."""

from __future__ import annotations

import pytest

from pipeline.glossary.inflection import (
    GEN,
    PL,
    PL_DEF,
    SG,
    SG_DEF,
    adjective_forms,
    inflect,
    loose_noun_forms,
    loose_word_forms,
    match_case,
    noun_forms,
    term_forms,
)


def forms(term: str) -> set[str]:
    return {f.text for f in term_forms(term)}


def test_regular_ning_noun_has_its_whole_paradigm() -> None:
    assert forms("muskelsvindning") == {
        "muskelsvindning",
        "muskelsvindningen",
        "muskelsvindninger",
        "muskelsvindningerne",
        "muskelsvindnings",
        "muskelsvindningens",
        "muskelsvindningers",
        "muskelsvindningernes",
    }


def test_word_that_only_starts_like_a_term_is_not_a_form() -> None:
    assert "muskelsvind" not in forms("muskelsvindning")
    assert "drænrør" not in forms("dræning")


def test_unstressed_el_contracts_before_endings() -> None:
    assert {"musklen", "muskler", "musklerne"} <= forms("muskel")


def test_e_final_noun() -> None:
    assert {"lidelsen", "lidelser", "lidelserne", "lidelsens"} <= forms("lidelse")


def test_multiword_term_inflects_adjective_and_noun() -> None:
    assert {"ømt punkt", "ømme punkter", "ømme punkterne"} <= forms("ømt punkt")


def test_acronym_is_matched_as_written_with_genitive() -> None:
    assert forms("ALS") == {"ALS", "ALSs"}


@pytest.mark.parametrize(
    ("term", "category", "expected"),
    [
        ("muskeltrækning", SG, "muskeltrækning"),
        ("muskeltrækning", SG_DEF, "muskeltrækningen"),
        ("muskeltrækning", PL, "muskeltrækninger"),
        ("muskeltrækning", PL_DEF, "muskeltrækningerne"),
        ("muskeltrækning", PL + "+gen", "muskeltrækningers"),
        ("udviklingshæmning", SG_DEF, "udviklingshæmningen"),
        ("fibromyalgi", SG_DEF, "fibromyalgien"),
        ("sklerose", PL, "skleroser"),
    ],
)
def test_inflect_regular_paradigms(term: str, category: str, expected: str) -> None:
    assert inflect(term, category) == expected


def test_inflect_refuses_uncertain_paradigm() -> None:
    assert inflect("savlen", SG_DEF) is None
    assert inflect("savlen", SG) == "savlen"


def test_match_case_carries_sentence_initial_capital_only() -> None:
    assert match_case("Muskelsvindninger", "muskelsvindning", "muskeltrækninger") == (
        "Muskeltrækninger"
    )
    assert match_case(
        "Lou Gehrigs sygdom", "Lou Gehrigs sygdom", "amyotrofisk lateral sklerose"
    ) == ("amyotrofisk lateral sklerose")


@pytest.mark.parametrize(
    ("term", "category", "lang", "expected"),
    [
        ("muskelrykning", PL, "nb", "muskelrykninger"),
        ("muskelrykning", PL_DEF, "nb", "muskelrykningene"),
        ("muskelryckning", PL, "sv", "muskelryckningar"),
        ("muskelryckning", PL_DEF, "sv", "muskelryckningarna"),
        ("muskelsvaghet", SG_DEF, "sv", "muskelsvagheten"),
        ("muscle twitching", PL, "en", None),
        ("Muskelzucken", PL, "de", None),
    ],
)
def test_inflect_other_languages(term: str, category: str, lang: str, expected: str | None) -> None:
    assert inflect(term, category, lang) == expected


def test_swedish_forms_are_matched() -> None:
    swedish = {f.text for f in term_forms("nervcell", "sv")}
    assert {"nervcellen", "nervceller", "nervcellerna"} <= swedish


def test_english_has_plural_but_no_danish_genitive() -> None:
    english = {f.text for f in term_forms("tender point", "en")}
    assert "tender points" in english
    assert "tender pointens" not in english


def categories(word: str, lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for form in noun_forms(word, lang):
        found.setdefault(form.text, set()).add(form.category)
    return found


def test_swedish_vowel_final_neuter_has_its_na_plural() -> None:
    assert PL_DEF in categories("hjärta", "sv")["hjärtana"]


def test_bokmal_final_e_gives_way_to_the_feminine_a() -> None:
    assert SG_DEF in categories("nervecelle", "nb")["nervecella"]


def test_english_genitives() -> None:
    forms = categories("muscle", "en")
    assert forms["muscle's"] == forms["muscle’s"] == {SG + GEN}
    assert forms["muscles'"] == {PL + GEN}
    assert SG + GEN in categories("sclerosis", "en")["sclerosis's"]
    assert "muscles's" not in forms


def test_english_consonant_y_plural() -> None:
    assert PL in categories("difficulty", "en")["difficulties"]
    assert "daies" not in categories("day", "en")


def test_german_genitive_marks_the_singular_only() -> None:
    assert categories("Nerv", "de")["Nerves"] == {SG + GEN}
    assert categories("Schmerz", "de")["Schmerzes"] == {SG + GEN}
    assert "Nervens" not in categories("Nerv", "de")


def test_german_er_plural_has_its_dative() -> None:
    assert PL in categories("Augenlid", "de")["Augenlidern"]


def test_german_adjective_declines_from_the_glossary_form() -> None:
    assert adjective_forms("hängendes", "de") == [
        "hängende",
        "hängendem",
        "hängenden",
        "hängender",
        "hängendes",
    ]


def test_danish_has_no_english_genitive() -> None:
    assert {"muskel's", "muskel’s"}.isdisjoint(forms("muskel"))


def test_loose_forms_take_every_ending_of_the_language() -> None:
    # the paradigm of -ning is certain (-ar), a translation may still write -er
    assert "muskelryckninger" not in {f.text for f in noun_forms("muskelryckning", "sv")}
    assert {"muskelryckninger", "muskelryckningarnas"} <= loose_noun_forms("muskelryckning", "sv")


def test_loose_forms_include_the_paradigm() -> None:
    paradigm = {f.text for f in noun_forms("nervecelle", "nb")}
    assert paradigm <= loose_noun_forms("nervecelle", "nb")


def test_loose_forms_of_stems_without_final_vowel_and_contracted() -> None:
    assert "hjärnor" in loose_noun_forms("hjärna", "sv")
    assert "musklerna" in loose_noun_forms("muskel", "sv")
    assert "Muskeln" in loose_noun_forms("Muskel", "de")


def test_loose_genitive_follows_any_last_letter() -> None:
    assert "MedlinePluss" in loose_noun_forms("MedlinePlus", "nb")
    assert "MedlinePluss" not in {f.text for f in noun_forms("MedlinePlus", "nb")}


def test_loose_forms_of_an_english_gerund_include_its_verb_forms() -> None:
    assert {"twitch", "twitches", "twitched"} <= loose_noun_forms("twitching", "en")


def test_loose_forms_of_a_language_without_tables_take_every_language_s_endings() -> None:
    assert {"muskler", "musklerna", "muskels"} <= loose_noun_forms("muskel", "fi")


def test_loose_modifier_takes_any_language_s_adjective_endings() -> None:
    modifier, noun = loose_word_forms("arvelig form", "nb")
    assert {"arvelig", "arvelige", "arveliga", "arveligen"} <= modifier
    assert "formene" in noun


def test_loose_forms_keep_names_and_acronyms_as_written() -> None:
    assert loose_word_forms("Lou Gehrigs sjukdom", "nn")[:2] == [{"Lou"}, {"Gehrigs"}]
    assert loose_word_forms("ALS", "sv") == [{"ALS", "ALSs"}]
