"""Translation units of a PO catalog, for tests of the bilingual checks that build their units
by hand."""

from __future__ import annotations

from collections.abc import Iterable

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


def po_units(
    pairs: Iterable[tuple[str, str]], source_lang: str, target_lang: str
) -> list[TranslationUnit]:
    """One unit per (source, target) pair, numbered from 0 with line numbers from 1."""
    return [
        TranslationUnit(
            id=str(i),
            source=source,
            target=target,
            source_lang=source_lang,
            target_lang=target_lang,
            path="case.po",
            line=i + 1,
        )
        for i, (source, target) in enumerate(pairs)
    ]
