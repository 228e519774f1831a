"""Danish inflection of glossary terms: generated forms and carried-over suggestions."""

from __future__ import annotations

import pytest

from pipeline.glossary.inflection import PL, PL_DEF, SG, SG_DEF, inflect, match_case, term_forms


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
