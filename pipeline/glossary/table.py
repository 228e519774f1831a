"""The glossary's rows as compact columns, so that a million terms fit in little memory.

A `TermEntry` per row costs about 400 bytes before its strings (an object and its attribute
dictionary); a row here costs its term string, a pointer per text column and a few bytes of
arrays. Statuses, registers and languages are small numbers; concept ids, notes and sources
are stored once however many rows repeat them. `TermEntry` values are made when asked for
(a match, a concept's terms), and compare equal to any other made from the same row.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from pipeline.core.packed_strings import PackedStrings
from pipeline.glossary.entry import Register, TermEntry, TermStatus

STATUSES = tuple(TermStatus)
REGISTERS = tuple(Register)
_STATUS_NUMBER = {status: number for number, status in enumerate(STATUSES)}
_REGISTER_NUMBER = {register: number for number, register in enumerate(REGISTERS)}
# concept_id, lang, term, status, note, source, line, register
Row = tuple[str, str, str, TermStatus, str, str, int, Register]


class TermTable:
    """Columns of glossary rows, in file order; row `i` is `entry(i)`."""

    def __init__(self) -> None:
        self.terms: list[str] | PackedStrings = []  # packed when pickled (`__getstate__`)
        self.concept_ids: list[str] = []  # one per concept, in order of first appearance
        self.concept: array[int] = array("i")  # row → concept number
        self.langs: list[str] = []
        self.lang: array[int] = array("H")  # row → language number
        self.status: array[int] = array("B")
        self.register: array[int] = array("B")
        self.line: array[int] = array("i")
        self.notes: list[str] = []
        self.sources: list[str] = []
        self._concept_number: dict[str, int] = {}
        self._lang_number: dict[str, int] = {}
        self._shared: dict[str, str] = {}  # one string object for repeated notes and sources
        # rows ordered by concept, and where each concept's rows begin (`index_concepts`)
        self._concept_order: array[int] = array("i")
        self._concept_start: array[int] = array("i")

    def __len__(self) -> int:
        return len(self.terms)

    def extend(self, rows: Iterable[Row]) -> None:
        """Add rows (concept_id, lang, term, status, note, source, line, register); the loop
        of `append` with its lookups bound once, for a million rows."""
        concept_number, lang_number, shared = self._concept_number, self._lang_number, self._shared
        concept_ids, langs = self.concept_ids, self.langs
        if not isinstance(self.terms, list):
            self.terms = list(self.terms)  # a table read back from its pickle, added to
        add_term, add_concept, add_lang = self.terms.append, self.concept.append, self.lang.append
        add_status, add_register = self.status.append, self.register.append
        add_line, add_note, add_source = self.line.append, self.notes.append, self.sources.append
        status_number, register_number = _STATUS_NUMBER, _REGISTER_NUMBER
        for concept_id, lang, term, status, note, source, line, register in rows:
            concept = concept_number.get(concept_id)
            if concept is None:
                concept = concept_number[concept_id] = len(concept_ids)
                concept_ids.append(concept_id)
            language = lang_number.get(lang)
            if language is None:
                language = lang_number[lang] = len(langs)
                langs.append(lang)
            add_term(term)
            add_concept(concept)
            add_lang(language)
            add_status(status_number[status])
            add_register(register_number[register])
            add_line(line)
            add_note(shared.setdefault(note, note))
            add_source(shared.setdefault(source, source))

    def append(
        self,
        concept_id: str,
        lang: str,
        term: str,
        status: TermStatus,
        note: str = "",
        source: str = "",
        line: int = 0,
        register: Register = Register.ANY,
    ) -> None:
        self.extend([(concept_id, lang, term, status, note, source, line, register)])

    def finish(self) -> None:
        """Drop what only loading needs (the table of shared strings); no row is added after."""
        self._shared = {}

    def __getstate__(self) -> dict[str, object]:
        """The table as pickled: its terms packed (a compiled glossary is read back in every
        process, and a check reads a few hundred of its terms)."""
        state = dict(self.__dict__)
        state["terms"] = PackedStrings(self.terms)
        return state

    def entry(self, row: int) -> TermEntry:
        return TermEntry(
            concept_id=self.concept_ids[self.concept[row]],
            lang=self.langs[self.lang[row]],
            term=self.terms[row],
            status=STATUSES[self.status[row]],
            note=self.notes[row],
            source=self.sources[row],
            line=self.line[row],
            register=REGISTERS[self.register[row]],
        )

    def lang_number(self, lang: str) -> int | None:
        return self._lang_number.get(lang)

    def rows_in(self, lang: str) -> list[int]:
        number = self._lang_number.get(lang)
        if number is None:
            return []
        return [row for row, each in enumerate(self.lang) if each == number]

    def concept_number(self, concept_id: str) -> int | None:
        return self._concept_number.get(concept_id)

    def concept_rows(self, concept: int) -> array[int]:
        """The rows of concept number `concept`, in file order."""
        start = self._concept_start
        if len(start) != len(self.concept_ids) + 1 or start[-1] != len(self.terms):
            self.index_concepts()
            start = self._concept_start
        return self._concept_order[start[concept] : start[concept + 1]]

    def index_concepts(self) -> None:
        """Order the rows by concept (file order within one), built on first use and kept
        with a compiled glossary: two flat arrays, which a pickle reads as bytes, where an
        array per concept took 0.02 s to build for 100,000 rows in every process."""
        concept = self.concept
        counts = Counter(concept)
        start = array("i", [0])
        for number in range(len(self.concept_ids)):
            start.append(start[-1] + counts[number])
        self._concept_order = array("i", sorted(range(len(concept)), key=concept.__getitem__))
        self._concept_start = start

    def status_of(self, row: int) -> TermStatus:
        return STATUSES[self.status[row]]

    def lang_of(self, row: int) -> str:
        return self.langs[self.lang[row]]


class EntryView(Sequence[TermEntry]):
    """The rows of a table as `TermEntry` values, made one by one as they are read."""

    def __init__(self, table: TermTable, rows: Sequence[int] | None = None) -> None:
        self._table = table
        self._rows = rows

    def __len__(self) -> int:
        return len(self._table) if self._rows is None else len(self._rows)

    @overload
    def __getitem__(self, index: int) -> TermEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[TermEntry]: ...

    def __getitem__(self, index: int | slice) -> TermEntry | list[TermEntry]:
        rows = range(len(self._table)) if self._rows is None else self._rows
        if isinstance(index, slice):
            return [self._table.entry(row) for row in rows[index]]
        return self._table.entry(rows[index])

    def __iter__(self) -> Iterator[TermEntry]:
        rows = range(len(self._table)) if self._rows is None else self._rows
        return (self._table.entry(row) for row in rows)
