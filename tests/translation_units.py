"""A translation unit of an English→Danish PO catalog, for tests of the bilingual checks that
build their units by hand."""

from __future__ import annotations

from pipeline.core.models import TranslationUnit, UnitState


def po_unit(
    source: str, target: str, state: UnitState = UnitState.TRANSLATED, id: str = "1"
) -> TranslationUnit:
    return TranslationUnit(
        id=id,
        source=source,
        target=target,
        source_lang="en",
        target_lang="da",
        path="case.po",
        state=state,
    )
