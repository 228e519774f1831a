"""The base of checks that compare a translation with its source."""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from pipeline.checks.context import SharedLookups
from pipeline.checks.rule import Rule
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.model import Glossary
from pipeline.text.joined_search import JoinedTexts
from pipeline.text.tokens import checked_target

if TYPE_CHECKING:
    pass


@dataclass
class BilingualContext(SharedLookups):
    """The units of one file (or one translated article) and what checks may consult."""

    units: list[TranslationUnit]  # not to be changed once a check has run
    glossary: Glossary
    # CONS001's part of the file set compared: catalog | folder | project | file-set
    consistency_scope: str = "catalog"
    _translated: list[tuple[TranslationUnit, str]] | None = field(default=None, init=False)
    _targets: dict[int, str] | None = field(default=None, init=False)
    _copies: frozenset[int] | None = field(default=None, init=False)
    # LANG002's identify_target by (target, target language, source language): asked by it
    # and UNTR001 for each of a folder's 100,000 units, a dictionary of its own (no memo key
    # and factory built each time)
    identified: dict[tuple[str, str, str], tuple[str, float]] = field(
        default_factory=dict, init=False
    )

    def translated(self) -> list[tuple[TranslationUnit, str]]:
        """The units with a target to check, each with its `checked_target`: worked out once
        for all the checks of a run, and most checks look at nothing else."""
        if self._translated is None:
            self._translated = [
                (unit, target)
                for unit in self.units
                if (target := checked_target(unit)) is not None
            ]
        return self._translated

    def copies(self) -> frozenset[int]:
        """The ids of the translated units whose target is a copy of the source (ignoring
        case and white space): worked out once per file for the checks that ask (UNTR001 and
        LANG002 ask for every unit: a field, not a memo key built 200,000 times)."""
        if self._copies is None:
            self._copies = frozenset(
                id(unit)
                for unit, target in self.translated()
                if normalised(target) == normalised(unit.source)
            )
        return self._copies

    def triggered(
        self, source: re.Pattern[str] | None, target: re.Pattern[str] | None
    ) -> list[tuple[TranslationUnit, str]]:
        """`translated()` less the units in whose source `source` finds no match and in whose
        target `target` finds none (a pattern None: every unit), worked out once per file and
        pair of patterns by one search of all sources and one of all targets."""
        if source is None and target is None:
            return self.translated()
        return self.memo(("triggered", source, target), lambda: self._triggered(source, target))

    def _triggered(
        self, source: re.Pattern[str] | None, target: re.Pattern[str] | None
    ) -> list[tuple[TranslationUnit, str]]:
        translated = self.translated()
        found: set[int] = set()
        if source is not None:
            sources = self.memo(
                ("joined", "source"), lambda: JoinedTexts([u.source for u, _ in translated])
            )
            found.update(sources.matching(source))
        if target is not None:
            targets = self.memo(
                ("joined", "target"), lambda: JoinedTexts([t for _, t in translated])
            )
            found.update(targets.matching(target))
        return [translated[index] for index in sorted(found)]

    def target(self, unit: TranslationUnit) -> str | None:
        """`checked_target(unit)`, looked up for the context's own translated units."""
        if self._targets is None:
            # the context holds its units, so no other unit can have the id of one of them
            self._targets = {id(unit): target for unit, target in self.translated()}
        target = self._targets.get(id(unit))
        return target if target is not None else checked_target(unit)


def normalised(text: str) -> str:
    """`text` with its runs of white space one space, case-folded: what a copy is judged by."""
    return " ".join(text.split()).casefold()


class BilingualCheck(Rule):
    """One rule over translation units; docstring first line is its description."""

    def prepare(self, ctx: BilingualContext) -> None:
        """Start, before any check of the run runs, work that other processes do for this
        check (an analyser), so that it overlaps with the checks before it; `run` then waits
        for it. Most checks have none."""

    def run(self, ctx: BilingualContext) -> Iterable[Finding]:
        """Findings over all units; most checks only override `check_unit`."""
        for unit in ctx.units:
            yield from self.check_unit(unit, ctx)

    @abstractmethod
    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterable[Finding]:
        """Findings for one unit."""

    def finding(
        self,
        unit: TranslationUnit,
        message: str,
        *,
        match: str = "",
        suggestion: str | None = None,
        severity: Severity | None = None,
        fixable: bool | None = None,
    ) -> Finding:
        """A finding located at the unit (bilingual files have no finer source positions)."""
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            path=unit.path,
            line=unit.line,
            column=unit.column,
            end_line=unit.line,
            end_column=unit.column,
            match=match or unit.target,
            suggestion=suggestion,
            suggestions=[suggestion] if suggestion else [],
            segment_id=unit.id,
            fixable=self.fixable if fixable is None else fixable,
        )


class TranslatedUnitCheck(BilingualCheck):
    """A rule over real translations: untranslated, fuzzy and empty units are left to UNTR001,
    and the target is read without engine marks, which are MT004's (one finding per mark)."""

    # A check that finds nothing in a unit unless `source_trigger` matches in its source or
    # `target_trigger` in its target (an address: URL001) sets them: a file's sources and
    # targets are then searched once each, in C, and only the units they match are asked
    # (on 146 catalogs 545 of 105,900 sources hold one). Each pattern must keep to one
    # text, as `JoinedTexts.matching` says; tests/checks/test_bilingual_triggers.py.
    source_trigger: ClassVar[re.Pattern[str] | None] = None
    target_trigger: ClassVar[re.Pattern[str] | None] = None

    def run(self, ctx: BilingualContext) -> Iterable[Finding]:
        if type(self).check_unit is not TranslatedUnitCheck.check_unit:
            yield from super().run(ctx)  # a subclass that chooses its units itself
            return
        for unit, target in ctx.triggered(self.source_trigger, self.target_trigger):
            yield from self.check_target(unit, target, ctx)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterable[Finding]:
        target = ctx.target(unit)
        if target is not None:
            yield from self.check_target(unit, target, ctx)

    @abstractmethod
    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterable[Finding]:
        """Findings for one translated unit; `target` is its text without engine marks."""
