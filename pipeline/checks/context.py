"""What a check may look at: the document, its source positions, the glossary, dictionaries."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pipeline.core.models import Document
from pipeline.core.positions import LineIndex
from pipeline.glossary.model import Audience, Glossary

if TYPE_CHECKING:
    from pipeline.checks.speller import Speller

T = TypeVar("T")


class _WithGlossary(Protocol):
    """A context built on SharedLookups: each declares its own `glossary` field."""

    glossary: Glossary
    _spellers: dict[str, Speller | None]
    _memo: dict[Hashable, Any]


@dataclass
class SharedLookups:
    """What the checks of one run share: hunspell dictionaries by language, and values one
    check works out and another asks for again. Both contexts, of a document and of
    translation units, are built on it; each declares its own `glossary` (first or second
    of its fields, as its callers pass them)."""

    _spellers: dict[str, Speller | None] = field(default_factory=dict, init=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, init=False)

    def speller(self: _WithGlossary, lang: str) -> Speller | None:
        """The hunspell dictionary for `lang`, or None when it is not installed."""
        if lang not in self._spellers:
            from pipeline.checks.speller import Speller

            self._spellers[lang] = Speller.for_language(lang, self.glossary)
        return self._spellers[lang]

    def memo(self, key: Hashable, factory: Callable[[], T]) -> T:
        """Compute once per run what several checks share (term matches, a target's
        language)."""
        if key not in self._memo:
            self._memo[key] = factory()
        value: T = self._memo[key]
        return value


@dataclass
class CheckContext(SharedLookups):
    document: Document
    glossary: Glossary
    # who the article is for (--audience); None: detected per document (checks/audience.py)
    audience: Audience | None = None
    index: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = LineIndex(self.document.source_text)
