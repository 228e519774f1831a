"""What the bilingual checks share per run (pipeline/checks/bilingual/base.py): each unit's
checked target, worked out once for every check of a `check_units` call."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit, UnitState
from pipeline.glossary.model import Glossary
from tests.translation_units import po_unit


def _unit(
    target: str, state: UnitState = UnitState.TRANSLATED, source: str = "Save"
) -> TranslationUnit:
    return po_unit(source, target, state, id=target or "empty")


class _Targets(TranslatedUnitCheck):
    """Reports the target each unit is checked with."""

    code = "TEST001"
    name = "test.targets"
    severity = Severity.INFO

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        yield self.finding(unit, target)


class _OwnUnits(_Targets):
    """Chooses its units itself: only those whose source is "Open"."""

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        if unit.source == "Open":
            yield from super().check_unit(unit, ctx)


def test_translated_leaves_out_untranslated_fuzzy_and_empty_units() -> None:
    units = [
        _unit("Gem"),
        _unit("", UnitState.UNTRANSLATED),
        _unit("Gem?", UnitState.FUZZY),
        _unit("  "),
        _unit("Gem nu", UnitState.APPROVED),
    ]
    ctx = BilingualContext(units, Glossary([]))
    assert ctx.translated() == [(units[0], "Gem"), (units[4], "Gem nu")]


def test_translated_targets_are_read_without_engine_marks() -> None:
    unit = _unit("Gem *filen", source="Save the file")
    assert BilingualContext([unit], Glossary([])).translated() == [(unit, "Gem filen")]


def test_target_of_a_unit_outside_the_context_is_worked_out() -> None:
    ctx = BilingualContext([_unit("Gem")], Glossary([]))
    assert ctx.target(_unit("Åbn *fil", source="Open file")) == "Åbn fil"
    assert ctx.target(_unit("", UnitState.UNTRANSLATED)) is None


def test_a_translated_unit_check_sees_each_translated_unit_once_in_order() -> None:
    units = [_unit("Gem"), _unit("", UnitState.UNTRANSLATED), _unit("Åbn", source="Open")]
    findings = list(_Targets().run(BilingualContext(units, Glossary([]))))
    assert [f.message for f in findings] == ["Gem", "Åbn"]


def test_a_check_that_chooses_its_units_keeps_its_choice() -> None:
    units = [_unit("Gem"), _unit("Åbn", source="Open")]
    findings = list(_OwnUnits().run(BilingualContext(units, Glossary([]))))
    assert [f.message for f in findings] == ["Åbn"]


def test_an_analysis_started_by_prepare_gives_the_findings_of_a_run_without_it() -> None:
    """SENSE001 starts its analysis of the sources before the other checks run (`prepare`,
    as `check_units` calls it); `run` then finds what it finds when it analyses itself."""
    import pytest

    from pipeline.checks.bilingual import senses
    from pipeline.checks.bilingual.SENSE001 import GuessedSense

    if not senses.available("da", "nb"):
        pytest.skip("Apertium's da-nb pair is not installed")
    pairs = [
        ("Kontakt lægen, hvis smerterne varer ved.", "Kontakt leggen hvis smertene varer ved."),
        ("Din læge kan ordinere medicin.", "Din lege kan ordinere medisin."),
    ]
    units = [
        TranslationUnit(id=f"s{n}", source=source, target=target, source_lang="da",
                        target_lang="nb", path="article.md")
        for n, (source, target) in enumerate(pairs)
    ]  # fmt: skip
    check = GuessedSense()
    plain = list(check.run(BilingualContext(units, Glossary([]))))
    senses.analysed.cache_clear()  # analysed again, on prepare's thread
    ctx = BilingualContext(units, Glossary([]))
    check.prepare(ctx)

    prepared = list(check.run(ctx))

    assert prepared == plain
    assert [finding.match for finding in prepared] == ["leggen"]


def test_copies_are_translated_units_whose_target_is_the_source_in_any_case_or_spacing() -> None:
    copy = _unit("save ", source="Save")
    spaced = _unit("Save  all", source="Save all")
    translated = _unit("Gem", source="Save")
    pending = _unit("", UnitState.UNTRANSLATED, source="")
    ctx = BilingualContext([copy, spaced, translated, pending], Glossary([]))
    assert ctx.copies() == frozenset({id(copy), id(spaced)})
