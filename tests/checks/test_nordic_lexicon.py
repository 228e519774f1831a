"""Apertium's analysers as a second lexicon for Norwegian and Swedish (nordic_lexicon.py), and
the formation rules of nordic_words.py that go with it."""

from __future__ import annotations

import pytest

from pipeline.checks import nordic_lexicon, nordic_words
from pipeline.ingest.morphology import Reading, available


def _compound(*parts: tuple[str, tuple[str, ...]]) -> Reading:
    readings = tuple(Reading(lemma, tags) for lemma, tags in parts)
    return Reading(readings[-1].lemma, readings[-1].tags, readings)


NOUN = ("n", "m", "sg", "ind")
FIRST = ("n", "nt", "sg", "ind", "cmp")


def test_a_compound_is_spelt_from_its_parts_with_a_linking_s() -> None:
    reading = _compound(("funksjon", FIRST), ("tap", NOUN))
    assert nordic_lexicon._spelt("nb", "funksjonstap", reading.parts) == ["funksjons", "tap"]


def test_a_doubled_consonant_is_written_once_only_before_the_same_consonant() -> None:
    # "nattog": natt + tog, but "opkast" is no opp + kast
    natt = _compound(("natt", (*FIRST, "detriple")), ("tog", NOUN))
    opp = _compound(("opp", (*FIRST, "detriple")), ("kast", NOUN))
    assert nordic_lexicon._spelt("nb", "nattog", natt.parts) == ["nat", "tog"]
    assert nordic_lexicon._spelt("nb", "opkast", opp.parts) is None


def test_a_linking_e_never_follows_a_vowel() -> None:
    reading = _compound(("frø", FIRST), ("bygging", NOUN))
    assert nordic_lexicon._spelt("nn", "frøebygging", reading.parts) is None


def test_a_swedish_first_part_may_drop_or_change_its_final_a() -> None:
    reading = _compound(("kvinna", FIRST), ("klinik", NOUN))
    assert nordic_lexicon._spelt("sv", "kvinnoklinik", reading.parts) == ["kvinno", "klinik"]
    assert nordic_lexicon._spelt("nb", "kvinnoklinik", reading.parts) is None


def test_a_linking_letter_added_where_parts_meet_is_no_slip() -> None:
    entries = {"måleorganer", "blodpropp"}
    assert not nordic_lexicon.slip("målorganer", entries.__contains__, frozenset({3}))
    assert nordic_lexicon.slip("bodpropp", entries.__contains__, frozenset({3}))
    # the same added letter elsewhere in the word is a slip's fix
    assert nordic_lexicon.slip("målorganer", entries.__contains__, frozenset({5}))


def test_greek_and_latin_endings_of_clinical_loans() -> None:
    assert nordic_words.clinical_shape("sv", "atopi")
    assert nordic_words.clinical_shape("nb", "dysartri")
    assert nordic_words.clinical_shape("nb", "embolier")
    assert nordic_words.clinical_shape("nn", "inotrop")
    # Danish everyday words in -i and -di are no Greek -ia
    assert not nordic_words.clinical_shape("sv", "krydderi")
    assert not nordic_words.clinical_shape("sv", "fordi")
    # Nynorsk plurals are -ar, so a Bokmål -er plural is not taken for one
    assert not nordic_words.clinical_shape("nn", "embolier")


def test_norwegian_and_swedish_itis_and_ction() -> None:
    assert nordic_words.danish_itis("nb", "myokarditt") == "myokarditis"
    assert nordic_words.danish_itis("sv", "rinit") == "rinitis"
    assert nordic_words.danish_itis("sv", "bit") is None
    assert nordic_words.english_spelling("nb", "ejeksjon") == "ejection"
    assert nordic_words.english_spelling("sv", "ejektion") == "ejection"
    assert nordic_words.english_spelling("sv", "ejection") is None


def test_nouns_of_quality_take_the_language_s_own_plural() -> None:
    known = {"obstruktiv", "aktiv"}.__contains__
    assert nordic_words.quality_noun("sv", "obstruktivitet", known)
    assert nordic_words.quality_noun("nn", "aktivitetar", known)
    assert not nordic_words.quality_noun("nn", "aktiviteter", known)


def test_nynorsk_verbal_nouns_alone_and_in_compounds() -> None:
    verbs = {"lide", "hele"}.__contains__
    first = {"søvn", "respirasjon"}.__contains__
    assert nordic_words.verbal_noun("nn", "liding", verbs, first)
    assert nordic_words.verbal_noun("nn", "søvnlidingar", verbs, first)
    assert nordic_words.verbal_noun("nn", "respirasjonslidingane", verbs, first)
    assert not nordic_words.verbal_noun("nn", "kjærlidingar", verbs, first)
    assert not nordic_words.verbal_noun("nb", "liding", verbs, first)


@pytest.mark.skipif(not available("nb"), reason="apertium-dan-nor is not installed")
def test_the_analyser_s_genitives_and_loose_compounds_do_not_count() -> None:
    # the analyser itself reads both words, so these can only fail on our rules
    assert nordic_lexicon.readings("nb", "symptoms")
    assert nordic_lexicon.readings("nb", "opkast")
    assert not nordic_lexicon.knows("nb", "symptoms", bool, lambda _: False)
    assert not nordic_lexicon.knows("nb", "opkast", bool, lambda _: False)


@pytest.mark.skipif(not available("nb"), reason="apertium-dan-nor is not installed")
def test_a_document_s_words_are_analysed_in_one_request(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.ingest import morphology

    calls: list[list[str]] = []
    real = morphology.lexical_readings

    def counted(words: list[str], lang: str = "da") -> dict[str, tuple[Reading, ...]]:
        calls.append(list(words))
        return real(words, lang)

    monkeypatch.setattr(morphology, "lexical_readings", counted)
    words = ["celledødsprosessen", "hudfølelsesendringer", "målorganskadene"]
    nordic_lexicon.prefetch("nb", words)
    for word in words:
        nordic_lexicon.readings("nb", word)
    assert calls == [words]


def test_a_loan_in_norwegian_letters_has_its_latin_spelling() -> None:
    assert "erythema" in nordic_words.latin_spellings("erytema")
    assert "hypoxanthine" in nordic_words.latin_spellings("hypoxantin")
    assert "colchicine" in nordic_words.latin_spellings("kolkisin")


def test_an_english_adjective_in_ic_is_no_latin_spelling_of_a_slip() -> None:
    # "kronik" is kronisk with a letter left out, not a Norwegian "chronic"
    assert "chronic" not in nordic_words.latin_spellings("kronik")
    assert nordic_words.latin_spellings("tapet") == set()  # too short to be a loan


def test_a_loan_has_its_base_form_under_norwegian_endings() -> None:
    assert "nociceptor" in nordic_words.loan_stems("nociceptorer")
    assert "ceftriaxone" in nordic_words.loan_stems("ceftriaxon")


def test_units_with_an_si_prefix() -> None:
    assert nordic_words.unit("mmol")
    assert nordic_words.unit("µmol")
    assert not nordic_words.unit("mmoll")
    assert not nordic_words.unit("mol")


def test_norwegian_and_swedish_itis_has_its_latin_ending() -> None:
    assert "carditis" in nordic_words.latin_spellings("karditt")
    assert "bronchiolitis" in nordic_words.latin_spellings("bronkiolit")


def test_a_word_that_writes_c_keeps_its_k() -> None:
    assert "cortical" in nordic_words.latin_spellings("kortikal")
    assert "cortical" not in nordic_words.latin_spellings("cortikal", with_k=False)
