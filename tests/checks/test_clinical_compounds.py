"""Compounds and forms of clinical words, tested with a dictionary of our own so that no
hunspell build decides the outcome."""

from __future__ import annotations

from pipeline.checks.clinical_compounds import (
    a_noun_definite,
    etisk_adjective,
    head_compound,
    latin_modifier_compound,
    prefixed_derivation,
)

WORDS = {
    "mikrobiota", "herpes", "genese", "nefritis", "arterier", "tarm", "data", "brachialis",
    "nerve",
}  # fmt: skip


def known(word: str) -> bool:
    return word in WORDS


def derived(word: str) -> bool:
    return a_noun_definite(word, known) or etisk_adjective(word, known)


def test_the_definite_form_of_a_latin_noun_in_a() -> None:
    assert a_noun_definite("mikrobiotaen", known)
    assert a_noun_definite("mikrobiotaens", known)
    assert not a_noun_definite("mikrobotaen", known)  # a slip in the noun
    assert not a_noun_definite("dataen", known)  # an everyday noun in -a is no Latin noun


def test_an_adjective_in_etisk_of_a_greek_noun_in_es_or_ese() -> None:
    assert etisk_adjective("herpetisk", known)
    assert etisk_adjective("herpetiske", known)
    assert etisk_adjective("genetisk", known)  # genese
    assert not etisk_adjective("herptisk", known)
    assert not etisk_adjective("hermetisk", known)  # no noun "hermes"
    assert etisk_adjective("nefritisk", known)  # -itisk of nefritis
    assert etisk_adjective("nefritiske", known)
    assert not etisk_adjective("neuritisk", known)  # no noun "neuritis" here


def test_a_danish_adjective_of_a_latin_entry_before_a_known_word() -> None:
    assert latin_modifier_compound("brachialarterier", known, known)
    assert latin_modifier_compound("brachialnerve", known, known)
    assert not latin_modifier_compound("brachalarterier", known, known)  # a slip in it
    assert not latin_modifier_compound("brachialarterer", known, known)  # a slip in the head


def test_a_greco_latin_prefix_before_a_clinical_derivation() -> None:
    assert prefixed_derivation("postherpetisk", derived)
    assert prefixed_derivation("antiherpetiske", derived)
    assert not prefixed_derivation("postherptisk", derived)
    assert not prefixed_derivation("posthermetisk", derived)


def test_a_base_form_before_a_clinical_derivation() -> None:
    assert head_compound("tarmmikrobiotaen", known, derived)
    assert not head_compound("tarmmikrobotaen", known, derived)  # a slip in the head
    assert not head_compound("tramikrobiotaen", known, derived)  # no base form before it
    assert not head_compound("tarmdataen", known, derived)  # no clinical word after it
