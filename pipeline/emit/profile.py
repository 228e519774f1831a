"""What a file's score and baseline need besides its findings: language, words, passages.

A finding carries a line and column, which move whenever an editor inserts a line above it.
The baseline matches findings by the text they were found in instead (the sentence of an
article, the source text of a translation unit), and the score divides penalty points by the
words a reader reads. Both are known only while the file is read, so the process that checks
a file records them in a `FileProfile`, which travels with the findings (and is kept in the
findings cache) to where the report is made.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from pipeline.core.models import Document, Finding, TranslationUnit, UnitState
from pipeline.core.plain_model import PlainModel

_NOT_TRANSLATED = (UnitState.UNTRANSLATED, UnitState.FUZZY)


@dataclass(kw_only=True)
class Passage(PlainModel):
    """A sentence, heading or line of an article, or a unit of a bilingual file."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(kw_only=True)
class FileProfile(PlainModel):
    """One file's language, word count and passages (in source order)."""

    language: str
    words: int
    passages: list[Passage]
    # Not fields: made on the first `holding` call, set in the instance's __dict__.
    _order: ClassVar[list[int]] = []  # passage indices by start
    _starts: ClassVar[list[tuple[int, int]] | None] = None

    def context(self, finding: Finding) -> str:
        """The text the finding was found in: the passage holding its start that begins last,
        else "" (a finding about the whole file, such as its encoding)."""
        index = self.holding(finding)
        return self.passages[index].text if index is not None else ""

    def holding(self, finding: Finding) -> int | None:
        """The index in `passages` of the passage `context` gives the finding, or None."""
        order, starts = self._order, self._starts
        if starts is None:
            order = sorted(range(len(self.passages)), key=self._start_of)
            starts = [self._start_of(i) for i in order]
            self.__dict__.update(_order=order, _starts=starts)
        passages = self.passages
        return _holding(
            order,
            starts,
            lambda i: (passages[i].end_line, passages[i].end_column),
            (finding.line, finding.column),
        )

    def _start_of(self, index: int) -> tuple[int, int]:
        passage = self.passages[index]
        return passage.line, passage.column


def _holding(
    order: list[int],
    starts: list[tuple[int, int]],
    end_of: Callable[[int], tuple[int, int]],
    start: tuple[int, int],
) -> int | None:
    """The passage (index) holding a finding that starts at `start`, of passages whose
    indices by start are `order`, their starts `starts` (in that order), `end_of` an index's
    end; None when none holds it."""
    # Passages do not overlap (segments) or are points (units, several at one place):
    # only those beginning last at or before the finding's start can hold it.
    index = bisect_right(starts, start) - 1
    last = starts[index] if index >= 0 else None
    while index >= 0 and starts[index] == last:
        if start <= end_of(order[index]):
            return order[index]
        index -= 1
    return None


def only_for(profile: FileProfile, findings: Iterable[Finding]) -> FileProfile:
    """The profile with only the passages that hold one of `findings` (the passage
    `context` gives each): the same context for those findings, in a fraction of the memory.

    A run keeps every file's profile until its report is made, and a catalog's passages are
    its whole source text in objects ten times its size; only the passages findings point
    into are ever asked for. Passages do not overlap (segments) or are points (units), so the
    passage that began last before a finding is still the one that holds it."""
    held: set[int] = set()
    for finding in findings:
        index = profile.holding(finding)
        if index is not None:
            held.add(index)
    if len(held) == len(profile.passages):
        return profile
    passages = [profile.passages[i] for i in sorted(held)]
    return FileProfile(language=profile.language, words=profile.words, passages=passages)


def document_profile(document: Document) -> FileProfile:
    """An article's profile: its language, content words (as `run` counts them) and
    segments, boilerplate lines included (MT001 findings sit on them)."""
    passages = [
        Passage(
            line=s.span.line,
            column=s.span.column,
            end_line=s.span.end_line,
            end_column=s.span.end_column,
            text=s.text,
        )
        for s in document.segments()
    ]
    return FileProfile(language=document.language, words=document.word_count(), passages=passages)


def units_profile(
    units: Iterable[TranslationUnit], findings: Iterable[Finding] | None = None
) -> FileProfile:
    """A bilingual file's profile: the most frequent target language, the words of the
    translated targets (untranslated and fuzzy units are not yet for readers), and each unit's
    source text at the unit's position (where its findings point).

    With `findings`, only the passages that hold one of them: the profile
    `only_for(units_profile(units), findings)` gives, without a passage made for each of a
    catalog's thousands of units first."""
    listed = list(units)
    languages = Counter(unit.target_lang for unit in listed if unit.target_lang)
    words = sum(
        len(unit.target.split())
        for unit in listed
        if unit.state not in _NOT_TRANSLATED and unit.target.strip()
    )
    if findings is not None:
        listed = _holding_units(listed, findings)
    passages = [
        Passage(
            line=unit.line,
            column=unit.column,
            end_line=unit.line,
            end_column=unit.column,
            text=unit.source,
        )
        for unit in listed
    ]
    language = languages.most_common(1)[0][0] if languages else "und"
    return FileProfile(language=language, words=words, passages=passages)


def _holding_units(
    units: list[TranslationUnit], findings: Iterable[Finding]
) -> list[TranslationUnit]:
    """The units whose passages (`units_profile`'s, each a point at the unit's position)
    hold one of `findings`, in order; all of them when each holds one (as `only_for`)."""
    points = [(unit.line, unit.column) for unit in units]
    order = sorted(range(len(units)), key=points.__getitem__)
    starts = [points[i] for i in order]
    held: set[int] = set()
    for finding in findings:
        index = _holding(order, starts, points.__getitem__, (finding.line, finding.column))
        if index is not None:
            held.add(index)
    if len(held) == len(units):
        return units
    return [units[i] for i in sorted(held)]
