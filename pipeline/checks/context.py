"""What a check may look at: the document, its source positions, the glossary, dictionaries."""

from __future__ import annotations

import re
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

    def speller(self, lang: str) -> Speller | None:
        """The hunspell dictionary for `lang`; when first asked for this document, the kept
        answers for the document's words are read in a few queries (checks ask about every
        word: pipeline/checks/spelling_cache.py `prefetch`)."""
        if lang not in self._spellers:
            from pipeline.checks.speller import prefetch_answers

            words = self.memo(("document words",), self._document_words)
            # the stems of the article's own language: SPELL003 and the calques ask them
            stems = [w for w in words if w.islower()] if lang == self.document.language else []
            prefetch_answers(lang, words, stems)
        return super().speller(lang)

    def _document_words(self) -> list[str]:
        """The words of the document's content, as written and in lower case."""
        words: dict[str, None] = {}
        for segment in self.document.content_segments():
            for word in _WORD.findall(segment.text):
                words[word] = None
                words[word.lower()] = None
        return list(words)


# A word and its parts: what SPELL001 and LANG003 ask the dictionaries about.
_WORD = re.compile(r"[^\W\d_]+")
