"""Which gettext plural rule PLUR001 expects of a target language without a PO header."""

from __future__ import annotations

from pipeline.checks.bilingual.PLUR001 import language_plural


def test_a_region_or_script_falls_back_to_its_language() -> None:
    assert language_plural("sr@latin") == language_plural("sr") is not None
    assert language_plural("da-DK") == language_plural("da") is not None
    assert language_plural("pl_PL") == language_plural("pl") is not None


def test_a_tag_with_a_rule_of_its_own_keeps_it() -> None:
    assert language_plural("pt-BR") == language_plural("pt_BR")
    assert language_plural("ca@valencia") is not None


def test_a_language_gettext_does_not_know_has_no_rule() -> None:
    assert language_plural("xx") is None
