"""What a check may look at: the document, its source positions, the glossary, dictionaries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pipeline.core.models import Document
from pipeline.core.positions import LineIndex
from pipeline.glossary.model import Glossary

if TYPE_CHECKING:
    from pipeline.checks.speller import Speller

T = TypeVar("T")


@dataclass
class CheckContext:
    document: Document
    glossary: Glossary
    index: LineIndex = field(init=False)
    _spellers: dict[str, Speller | None] = field(default_factory=dict, init=False)
    _memo: dict[str, Any] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.index = LineIndex(self.document.source_text)

    def speller(self, lang: str) -> Speller | None:
        """The hunspell dictionary for `lang`, or None when it is not installed."""
        if lang not in self._spellers:
            from pipeline.checks.speller import Speller

            self._spellers[lang] = Speller.for_language(lang, self.glossary)
        return self._spellers[lang]

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """Compute once per document what several checks share (e.g. term matches)."""
        if key not in self._memo:
            self._memo[key] = factory()
        value: T = self._memo[key]
        return value
