"""Concepts with terms per language and a TBX-style status for each term."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

# The note of a name kept as it is in every language (organisation, product, website names).
DO_NOT_TRANSLATE = "do-not-translate"


class TermStatus(StrEnum):
    """TBX administrative status of a term (termer: preferredTerm-admn-sts …)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"


class Register(StrEnum):
    """Who a term is written for: the public (lay), health professionals, or anyone.

    A lay preferred term over a professional admitted one ("muskeltrækning" over
    "fascikulation") is a preference for texts for the public only: in a professional text
    the clinical term is right, and in a public text a lay admitted term is too."""

    LAY = "lay"
    PROFESSIONAL = "professional"
    ANY = "any"


class Audience(StrEnum):
    """Who an article is written for (`--audience`, or detected: see checks/audience.py)."""

    PUBLIC = "public"
    PROFESSIONAL = "professional"


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
    register: Register = Register.ANY

    def suits(self, audience: Audience) -> bool:
        """Whether the term's register is the audience's own ("fascikulation" for
        professionals, a lay admitted term for the public)."""
        wanted = Register.PROFESSIONAL if audience is Audience.PROFESSIONAL else Register.LAY
        return self.register is wanted


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
        self._words: dict[str, set[str]] | None = None
        self._all_words: dict[str, set[str]] | None = None

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
        """True when `word` is part of a term in `lang`, in any inflected form.

        Forbidden terms are left out: a mistranslation such as "muskelsvindning" is not a
        word the spelling check should accept.
        """
        if self._words is None:
            self._words = self._term_words(include_forbidden=False)
        return word.casefold() in self._words.get(lang, set())

    def is_term_word(self, word: str, lang: str) -> bool:
        """True when `word` is part of any term in `lang`, forbidden ones included."""
        if self._all_words is None:
            self._all_words = self._term_words(include_forbidden=True)
        return word.casefold() in self._all_words.get(lang, set())

    def _term_words(self, include_forbidden: bool) -> dict[str, set[str]]:
        from pipeline.glossary.inflection import term_forms

        words: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries:
            if entry.status is TermStatus.FORBIDDEN and not include_forbidden:
                continue
            for form in term_forms(entry.term, entry.lang):
                for word in form.text.replace("-", " ").split():
                    words[entry.lang].add(word.casefold())
        return dict(words)

    @property
    def languages(self) -> set[str]:
        return {entry.lang for entry in self.entries}
