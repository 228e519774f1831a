"""Norwegian and Swedish shorthand: abbreviations without full stops and stress accents."""

from __future__ import annotations

from pipeline.checks import nordic_shorthand


def test_clinical_abbreviations_without_full_stops_are_the_languages_own() -> None:
    assert nordic_shorthand.abbreviation("sv", "pat")
    assert nordic_shorthand.abbreviation("sv", "Ffa")  # at a sentence's start
    assert nordic_shorthand.abbreviation("nb", "pas")
    assert not nordic_shorthand.abbreviation("nb", "ffa")  # Swedish only
    assert not nordic_shorthand.abbreviation("da", "pat")  # Danish writes "pt."


def test_a_stress_accent_on_a_short_known_word() -> None:
    known = {"ei", "det", "en"}.__contains__
    assert nordic_shorthand.stressed("éi", known)
    assert nordic_shorthand.stressed("dét", known)
    assert not nordic_shorthand.stressed("ei", known)  # no accent: the dictionary's business
    assert not nordic_shorthand.stressed("éxx", known)
    assert not nordic_shorthand.stressed("sjukehúset", {"sjukehuset"}.__contains__)  # too long
