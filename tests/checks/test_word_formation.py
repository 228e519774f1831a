"""Word formation: compounds, Greco-Latin forms, drug names and the shipped clinical word list,
tested with a dictionary of our own so that no hunspell build decides the outcome."""

from __future__ import annotations

from pipeline.checks.word_formation import (
    ANATOMICAL_FORMS,
    PREFIXES,
    drug_compound,
    drug_name,
    fewest_words,
    formed_word,
    in_word_list,
    inn_prefixes,
    inn_shaped,
    inn_stems,
    latinate,
    medical_words,
    one_edit,
)

WORDS = {"blodprøve", "sortiment", "hjerte", "rytme", "forstyrrelse", "bøje", "furerne", "tabe"}


def known(word: str) -> bool:
    return word in WORDS


def test_a_compound_of_known_words_with_or_without_a_linking_s() -> None:
    assert formed_word("blodprøvesortiment", known)
    assert formed_word("blodprøvessortiment", known)
    assert formed_word("bøjefurerne", known)


def test_a_linking_e_and_short_parts_do_not_make_a_compound() -> None:
    assert not formed_word("blodprøveesortiment", known)
    assert not formed_word("tabefurerne", lambda w: w in {"tab", "efurerne"})


def test_modifiers_must_be_base_forms_when_asked() -> None:
    def base(word: str) -> bool:
        return known(word) and word != "blodprøve"

    assert not formed_word("blodprøvesortiment", known, base)


def test_greco_latin_suffix_only_after_a_combining_form() -> None:
    assert formed_word("neutrocytose", known)
    assert formed_word("onkocytomer", known)
    assert formed_word("pollakisuri", known)  # Greek pollakis, "often", before -uri
    assert formed_word("cervikogen", known)  # an anatomical combining form: cerviko
    assert formed_word("torakotomi", known)
    assert formed_word("flebologi", known)
    assert not ANATOMICAL_FORMS & PREFIXES  # they take no hyphen, PREFIXES do
    assert not formed_word("hjerteose", known)  # a suffix straight after a plain word
    assert not formed_word("hjertetabeitis", known)


def test_drug_names_by_inn_stem_and_drug_classes_by_adjective() -> None:
    assert drug_name("lamotrigin") and drug_name("apixaban") and drug_name("atorvastatin")
    assert not drug_name("statin")  # the stem alone is no drug
    assert drug_name("calcipotriol") and drug_name("alfacalcidol")  # the stem inside: -calci-
    assert not drug_name("kalcium") and not drug_name("calciol")


def test_drug_names_of_the_who_stem_list() -> None:
    # a long stem after a two-letter syllable, a short one after three letters or more
    assert drug_name("losartan") and drug_name("carvedilol") and drug_name("adalimumab")
    assert drug_name("imatinib") and drug_name("fluconazol") and drug_name("omeprazolet")
    assert "sartan" in inn_stems() and "ilol" in inn_stems()
    assert not drug_name("lomab")  # too short for a name


def test_a_stem_that_starts_a_drug_name() -> None:
    assert "cef" in inn_prefixes() and "cef-" not in inn_stems()
    assert drug_name("cefuroxim") and drug_name("ceftriaxon") and inn_shaped("cefuroximet")
    assert not drug_name("cefxim")  # too short after the stem
    assert not inn_shaped("kefuroxim")  # the stem is cef


def test_only_latin_letters_and_a_syllable_make_a_drug_name_shape() -> None:
    assert inn_shaped("amlodipin") and inn_shaped("metoprololen")
    assert not inn_shaped("skærmdipin")  # Danish letters: no drug name
    assert not inn_shaped("xxsartan")  # no vowel before the stem: no syllable
    assert not inn_shaped("lsartan")  # "l" is no syllable


def test_a_drug_stem_does_not_excuse_a_slip_of_a_known_word() -> None:
    known_words = {"kolesterol", "penicillin"}.__contains__
    assert drug_name("kolsterol")  # shaped like a drug in -terol ...
    assert not drug_name("kolsterol", known_words)  # ... but a letter is missing: kolesterol
    assert not drug_name("pnicillin", known_words)
    assert not drug_name("kolesterpl", known_words) and not drug_name("kolesteroll", known_words)
    assert drug_name("metoprolol", known_words)


def test_greek_endings_make_a_latin_shape() -> None:
    assert latinate("epicondyl") and latinate("kondyl")  # -yl, as in epikondyl
    assert not latinate("hygge")


def test_one_edit_is_every_single_typing_slip() -> None:
    edits = one_edit("abc")
    assert {"ab", "bc", "bac", "acb", "abcd", "xbc", "aabc"} <= edits
    assert "abc" not in edits and "cba" not in edits


def test_a_drug_name_before_a_known_word() -> None:
    words = {"behandling", "behandlingen", "kombination"}
    assert drug_compound("lamotriginbehandling", words.__contains__)
    assert drug_compound("lamotriginbehandlingen", words.__contains__)
    assert not drug_compound("lamotriginbehandlnig", words.__contains__)  # a slip in the word
    assert not drug_compound("lamotrignbehandling", words.__contains__)  # no INN stem
    assert not drug_compound("statinbehandling", words.__contains__)  # the stem alone


def test_a_drug_stem_does_not_excuse_two_swapped_letters() -> None:
    assert drug_name("kombinatoin")
    assert not drug_name("kombinatoin", lambda word: word == "kombination")
    assert drug_name("fenytoin", lambda word: word == "kombination")
    assert formed_word("antiepileptika", lambda w: w == "epileptisk")


def test_fewest_words_counts_the_shortest_split() -> None:
    assert fewest_words("hjerterytmeforstyrrelse", known) == 3
    assert fewest_words("hjerterymteforstyrrelse", known) is None


def test_the_shipped_word_list_is_words_only() -> None:
    words = medical_words()
    assert len(words) > 1000
    assert all(w == w.lower() and w.isalpha() and len(w) >= 5 for w in words)
    assert in_word_list("purpura") and in_word_list("sklerae")


def test_a_drug_names_slips_are_told_ahead_of_being_asked() -> None:
    told: list[set[str]] = []
    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return word == "kombination"

    assert drug_name("metformin", lambda w: False, lambda slips: told.append(set(slips)))
    assert told == [one_edit("metformin")]
    assert not drug_name("kombinatoin", known, lambda slips: told.append(set(slips)))
    assert told[1] == one_edit("kombinatoin") and set(asked) <= told[1]
