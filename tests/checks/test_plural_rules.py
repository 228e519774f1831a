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


def test_a_files_plural_entries_are_found_once_for_the_checks_that_read_them() -> None:
    from pipeline.checks.bilingual.base import BilingualContext
    from pipeline.checks.bilingual.PLUR001 import context_plural_entries, plural_entries
    from pipeline.core.models import TranslationUnit
    from pipeline.glossary.model import Glossary

    def unit(unit_id: str, target: str) -> TranslationUnit:
        return TranslationUnit(
            id=unit_id, source=unit_id, target=target, source_lang="en", target_lang="da",
            path="da.po",
        )  # fmt: skip

    units = [unit("%d file[0]", "%d fil"), unit("Save", "Gem"), unit("%d file[1]", "%d filer")]
    ctx = BilingualContext(units, Glossary([]))
    entries = context_plural_entries(ctx)
    assert entries == plural_entries(units) == {("da.po", "%d file"): {0: units[0], 1: units[2]}}
    assert context_plural_entries(ctx) is entries  # PLUR001, PLUR002 and PH001 share it
    assert context_plural_entries(BilingualContext(units[1:2], Glossary([]))) == {}
