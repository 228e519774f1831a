"""Concepts with terms per language and a TBX-style status for each term."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum


class TermStatus(StrEnum):
    """TBX administrative status of a term (termer: preferredTerm-admn-sts …)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class TermEntry:
    """One row of the glossary: a term for a concept in one language."""

    concept_id: str
    lang: str
    term: str
    status: TermStatus
    note: str = ""
    source: str = ""
    line: int = 0


@dataclass
class Concept:
    id: str
    terms: list[TermEntry] = field(default_factory=list)

    def preferred(self, lang: str) -> TermEntry | None:
        for entry in self.terms:
            if entry.lang == lang and entry.status is TermStatus.PREFERRED:
                return entry
        return None

    def terms_in(self, lang: str) -> list[TermEntry]:
        return [entry for entry in self.terms if entry.lang == lang]

    @property
    def languages(self) -> set[str]:
        return {entry.lang for entry in self.terms}


class Glossary:
    """The loaded glossary: look up concepts, preferred terms and suggestions."""

    def __init__(self, entries: list[TermEntry], path: str = "", content: bytes = b"") -> None:
        self.path = path
        self.entries = entries
        self.version = hashlib.sha256(content).hexdigest()[:16] if content else "empty"
        concepts: dict[str, Concept] = {}
        for entry in entries:
            concepts.setdefault(entry.concept_id, Concept(entry.concept_id)).terms.append(entry)
        self.concepts = concepts
        words: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            for word in entry.term.replace("-", " ").split():
                words[entry.lang].add(word.casefold())
        self._words = dict(words)

    def __len__(self) -> int:
        return len(self.entries)

    def entries_in(self, lang: str) -> list[TermEntry]:
        return [entry for entry in self.entries if entry.lang == lang]

    def preferred(self, concept_id: str, lang: str) -> TermEntry | None:
        concept = self.concepts.get(concept_id)
        return concept.preferred(lang) if concept else None

    def suggestion_for(self, entry: TermEntry) -> TermEntry | None:
        """The preferred term of the same concept and language, if any."""
        preferred = self.preferred(entry.concept_id, entry.lang)
        return preferred if preferred is not None and preferred != entry else None

    def translation(self, concept_id: str, target_lang: str) -> TermEntry | None:
        return self.preferred(concept_id, target_lang)

    def knows_word(self, word: str, lang: str) -> bool:
        """True when `word` is part of any glossary term in `lang` (spelling, language id)."""
        return word.casefold() in self._words.get(lang, set())

    @property
    def languages(self) -> set[str]:
        return {entry.lang for entry in self.entries}
