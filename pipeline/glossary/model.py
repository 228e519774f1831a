"""Concepts with terms per language and a TBX-style status for each term."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from pipeline.glossary.entry import Audience, Register, TermEntry, TermStatus
from pipeline.glossary.table import EntryView, TermTable

# The note of a name kept as it is in every language (organisation, product, website names).
DO_NOT_TRANSLATE = "do-not-translate"


__all__ = [
    "DO_NOT_TRANSLATE",
    "Audience",
    "Concept",
    "Glossary",
    "Register",
    "TermEntry",
    "TermStatus",
]


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


class ConceptView(Mapping[str, Concept]):
    """The glossary's concepts by id, each made from its rows when asked for."""

    def __init__(self, table: TermTable) -> None:
        self._table = table

    def __getitem__(self, concept_id: str) -> Concept:
        number = self._table.concept_number(concept_id)
        if number is None:
            raise KeyError(concept_id)
        rows = self._table.concept_rows(number)
        return Concept(concept_id, [self._table.entry(row) for row in rows])

    def __contains__(self, concept_id: object) -> bool:
        return isinstance(concept_id, str) and self._table.concept_number(concept_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.concept_ids)

    def __len__(self) -> int:
        return len(self._table.concept_ids)


class Glossary:
    """The loaded glossary: look up concepts, preferred terms and suggestions.

    The rows are kept as compact columns (pipeline.glossary.table), and the words of the
    terms' inflected forms are found through an index of word stems built per language on
    first use (pipeline.glossary.form_index), never as a table of every form."""

    def __init__(
        self,
        entries: Iterable[TermEntry] | TermTable,
        path: str = "",
        content: bytes = b"",
        compiled: str | None = None,
        version: str | None = None,
    ) -> None:
        """`version` names the glossary's content (a hash of `content`), given when it is
        known without the bytes (a compiled glossary's record)."""
        self.path = path
        # the key of its compiled form on disk (pipeline.glossary.compiled), for a large file
        self.compiled = compiled
        if isinstance(entries, TermTable):
            table = entries
        else:
            table = TermTable()
            for e in entries:
                table.append(
                    e.concept_id, e.lang, e.term, e.status, e.note, e.source, e.line, e.register
                )
        table.finish()
        self.table = table
        self.entries: EntryView = EntryView(table)
        if version is None:
            version = hashlib.sha256(content).hexdigest()[:16] if content else "empty"
        self.version = version
        self.concepts: ConceptView = ConceptView(table)

    def __len__(self) -> int:
        return len(self.table)

    def entries_in(self, lang: str) -> list[TermEntry]:
        return [self.table.entry(row) for row in self.table.rows_in(lang)]

    def preferred(self, concept_id: str, lang: str) -> TermEntry | None:
        table = self.table
        number = table.concept_number(concept_id)
        if number is None:
            return None
        for row in table.concept_rows(number):
            if table.lang_of(row) == lang and table.status_of(row) is TermStatus.PREFERRED:
                return table.entry(row)
        return None

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
        from pipeline.glossary.shared_index import form_index

        return form_index(self, lang).has_word(word, include_forbidden=False)

    def is_term_word(self, word: str, lang: str) -> bool:
        """True when `word` is part of any term in `lang`, forbidden ones included."""
        from pipeline.glossary.shared_index import form_index

        return form_index(self, lang).has_word(word, include_forbidden=True)

    @property
    def languages(self) -> set[str]:
        table = self.table
        return {table.langs[number] for number in set(table.lang)}
