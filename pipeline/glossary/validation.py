"""Validate a glossary CSV: every mistake an editor can make, reported with file:line:column.

The loader stops at the first unusable row; editors need every problem at once, including the
ones the loader tolerates (a BOM, stray spaces) and the ones only visible across rows (a term
that is preferred in one concept and forbidden in another, a forbidden term with nothing to
suggest instead).
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.core.errors import GlossaryError
from pipeline.glossary.csv_loader import COLUMNS, REQUIRED_COLUMNS, RowFormat, read_records
from pipeline.glossary.model import Register, TermStatus

Severity = Literal["error", "warning"]

# Stable codes: tests, CI logs and editors refer to them, so never renumber.
UNUSABLE_FILE = "G001"
BYTE_ORDER_MARK = "G002"
UNKNOWN_COLUMN = "G003"
EMPTY_FIELD = "G004"
UNKNOWN_STATUS = "G005"
BAD_LANGUAGE_CODE = "G006"
STRAY_WHITESPACE = "G007"
DUPLICATE_ROW = "G008"
TERM_TWICE_IN_CONCEPT = "G009"
CONFLICTING_STATUS = "G010"
NO_PREFERRED_TERM = "G011"
SEVERAL_PREFERRED_TERMS = "G012"
NOTHING_TO_SUGGEST = "G013"
UNKNOWN_REGISTER = "G014"

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
STATUSES = " | ".join(status.value for status in TermStatus)
REGISTERS = " | ".join(register.value for register in Register)
STATUS_LIST = tuple(TermStatus)
_STATUS_NUMBER = {status: number for number, status in enumerate(STATUS_LIST)}


@dataclass(frozen=True)
class GlossaryProblem:
    """One problem at a 1-based line and column (the field's position in the row)."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity} {self.code} {self.message}"


@dataclass(frozen=True)
class GlossaryStats:
    """Size of a readable glossary, for the summary line of `glossary check`."""

    concepts: int
    terms: int
    languages: tuple[str, ...]


class _Problems:
    """Collects problems for one file; knows which column each field is in."""

    def __init__(self, path: str, header: list[str]) -> None:
        self.path = path
        self.header = header
        self.found: list[GlossaryProblem] = []

    def add(self, line: int, field: str | None, severity: Severity, code: str, text: str) -> None:
        column = self.header.index(field) + 1 if field in self.header else 1
        self.found.append(GlossaryProblem(self.path, line, column, severity, code, text))


def validate_glossary(path: Path, formats: Sequence[RowFormat] = ()) -> list[GlossaryProblem]:
    """All problems in the glossary at `path` (CSV, or a file of one of `formats`: pass
    `pipeline.formats.glossary_formats()`), in file order.

    A file that cannot be used at all (unreadable, binary, not UTF-8, empty, required columns
    missing) yields exactly one `UNUSABLE_FILE` problem, since nothing else can be checked.
    """
    try:
        content, header, records = read_records(path, formats)
    except GlossaryError as exc:
        return [GlossaryProblem(str(path), exc.line or 1, 1, "error", UNUSABLE_FILE, exc.message)]
    problems = _Problems(str(path), header)
    # read_rows decodes with utf-8-sig, so the BOM is only visible in the raw bytes
    if content.startswith(codecs.BOM_UTF8):
        problems.add(1, None, "warning", BYTE_ORDER_MARK, "file starts with a UTF-8 BOM")
    for name in header:
        if name not in COLUMNS:
            expected = ", ".join(COLUMNS)
            text = f"unknown column {name!r} (expected {expected})"
            problems.add(1, name, "warning", UNKNOWN_COLUMN, text)
    rows = _CrossRows(problems)
    try:
        # row by row: a million rows are never all held as dictionaries or objects
        for line, values in records:
            _check_row(problems, rows, line, dict(zip(header, values, strict=False)))
    except GlossaryError as exc:
        return [GlossaryProblem(str(path), exc.line or 1, 1, "error", UNUSABLE_FILE, exc.message)]
    rows.check_concepts()
    problems.found.sort(key=lambda problem: (problem.line, problem.column, problem.code))
    return problems.found


def glossary_stats(path: Path, formats: Sequence[RowFormat] = ()) -> GlossaryStats:
    """Count concepts, terms and languages; raises GlossaryError when the file is unusable."""
    _, header, records = read_records(path, formats)
    concepts: set[str] = set()
    languages: set[str] = set()
    terms = 0
    for _, values in records:
        row = dict(zip(header, values, strict=False))
        if not row.get("term", "").strip():
            continue
        terms += 1
        concepts.add(row.get("concept_id", "").strip())
        languages.add(row.get("lang", "").strip())
    concepts.discard("")
    languages.discard("")
    return GlossaryStats(len(concepts), terms, tuple(sorted(languages)))


def _check_row(problems: _Problems, rows: _CrossRows, line: int, row: dict[str, str]) -> None:
    """Per-field checks; a complete and well-formed row goes on to the cross-row checks."""
    if not any(value.strip() for value in row.values()):
        return  # the loader skips rows of empty fields too
    for name in problems.header:
        value = row.get(name, "")
        if value != value.strip() or "  " in value:
            text = f"stray whitespace in {name} {value!r}"
            problems.add(line, name, "warning", STRAY_WHITESPACE, text)
    values = {name: " ".join(row.get(name, "").split()) for name in COLUMNS}
    empty = [name for name in REQUIRED_COLUMNS if not values[name]]
    for name in empty:
        problems.add(line, name, "error", EMPTY_FIELD, f"empty {name}")
    status = None
    if values["status"]:
        try:
            status = TermStatus(values["status"])
        except ValueError:
            text = f"unknown status {values['status']!r} (expected {STATUSES})"
            problems.add(line, "status", "error", UNKNOWN_STATUS, text)
    if values["register"] and values["register"] not in {r.value for r in Register}:
        text = f"unknown register {values['register']!r} (expected {REGISTERS})"
        problems.add(line, "register", "error", UNKNOWN_REGISTER, text)
    lang = values["lang"]
    if lang and not LANGUAGE_CODE.fullmatch(lang):
        text = f"language code {lang!r} is not a 2-3 letter lowercase code (da, nb, sv …)"
        problems.add(line, "lang", "error", BAD_LANGUAGE_CODE, text)
        return
    if not empty and status is not None:
        rows.add(line, values, status)


class _CrossRows:
    """The cross-row checks, fed row by row in file order.

    A million rows are kept as columns (a term string and a few array slots each; concept ids,
    languages and the (note, source, register) triples stored once), never as an object per
    row; a key (language, folded term) maps to the row number of its first occurrence. What
    was a dictionary per check is one lookup: two rows that are equal, or repeat a term in a
    concept, also share their language and folded term, so the rare rows that repeat one are
    the only ones compared further."""

    def __init__(self, problems: _Problems) -> None:
        self.problems = problems
        self.terms: list[str] = []
        self.line: array[int] = array("i")
        self.concept: array[int] = array("i")
        self.lang: array[int] = array("H")
        self.status: array[int] = array("B")
        self.rest: array[int] = array("i")  # the number of the row's (note, source, register)
        self.concept_ids: list[str] = []
        self.langs: list[str] = []
        self._numbers: dict[str, int] = {}  # concept id → number
        self._lang_numbers: dict[str, int] = {}
        self._rests: dict[tuple[str, str, str], int] = {}
        # per language: folded term → its first row that is neither a repeat nor a duplicate
        self._first_in_language: list[dict[str, int]] = []
        # (concept, language, folded term) → first row, for a folded term that is also
        # in an earlier concept (else that concept's row is the first)
        self._first_in_concept: dict[tuple[int, int, str], int] = {}
        self._repeats: dict[int, list[int]] = {}  # first row → later rows repeating its term
        self.kept: array[int] = array("i")  # rows that are no repeat, for `check_concepts`

    def add(self, line: int, values: dict[str, str], status: TermStatus) -> None:
        """Check a row that passed the per-row checks against the rows before it."""
        row = len(self.terms)
        term, lang = values["term"], values["lang"]
        concept = self._number(self._numbers, self.concept_ids, values["concept_id"])
        language = self._number(self._lang_numbers, self.langs, lang)
        if language == len(self._first_in_language):
            self._first_in_language.append({})
        rest = (values["note"], values["source"], values["register"])
        self.terms.append(term)
        self.line.append(line)
        self.concept.append(concept)
        self.lang.append(language)
        self.status.append(_STATUS_NUMBER[status])
        self.rest.append(self._rests.setdefault(rest, len(self._rests)))
        folded = term.casefold()
        folded = term if folded == term else folded  # one string, not two, when it is lower case
        firsts = self._first_in_language[language]
        earlier = firsts.setdefault(folded, row)
        if earlier == row:
            self.kept.append(row)
            return
        if self.concept[earlier] == concept:
            first = earlier
        else:
            first = self._first_in_concept.setdefault((concept, language, folded), row)
        if first != row:
            self._repeat(row, first)
            return
        if self.status[earlier] != self.status[row]:
            text = (
                f"term {term!r} ({lang}) is {status} here but {STATUS_LIST[self.status[earlier]]} "
                f"in concept {self.concept_ids[self.concept[earlier]]!r} on line "
                f"{self.line[earlier]}"
            )
            self.problems.add(line, "status", "error", CONFLICTING_STATUS, text)
        self.kept.append(row)

    def _repeat(self, row: int, first: int) -> None:
        """`row` has the concept, language and folded term of the earlier row `first`: it is
        a duplicate of an identical row among those, else a term repeated in its concept."""
        repeats = self._repeats.setdefault(first, [])
        for earlier in (first, *repeats):
            if self._same(earlier, row):
                text = f"duplicate of line {self.line[earlier]}"
                self.problems.add(self.line[row], None, "error", DUPLICATE_ROW, text)
                return
        text = (
            f"term {self.terms[row]!r} ({self.langs[self.lang[row]]}) appears twice in concept "
            f"{self.concept_ids[self.concept[row]]!r}: first on line {self.line[first]}"
        )
        self.problems.add(self.line[row], "term", "error", TERM_TWICE_IN_CONCEPT, text)
        repeats.append(row)

    def _same(self, one: int, other: int) -> bool:
        """Whether two rows of one concept and language have every field equal."""
        return (
            self.terms[one] == self.terms[other]
            and self.status[one] == self.status[other]
            and self.rest[one] == self.rest[other]
        )

    @staticmethod
    def _number(numbers: dict[str, int], names: list[str], name: str) -> int:
        number = numbers.get(name)
        if number is None:
            number = numbers[name] = len(names)
            names.append(name)
        return number

    def check_concepts(self) -> None:
        """Each concept needs exactly one preferred term in every language it has terms in:
        it is what translation uses and what a forbidden term's finding suggests instead.
        Rows that repeat another are left out, so a repeated preferred term is not reported
        a second time as 'more than one preferred term'."""
        preferred_number = _STATUS_NUMBER[TermStatus.PREFERRED]
        rejected = {_STATUS_NUMBER[TermStatus.FORBIDDEN], _STATUS_NUMBER[TermStatus.DEPRECATED]}
        # a (concept, language) group as one number: languages are fewer than 65,536
        first_preferred: dict[int, int] = {}
        for row in self.kept:
            if self.status[row] == preferred_number:
                group = self.concept[row] << 16 | self.lang[row]
                first = first_preferred.setdefault(group, row)
                if first != row:
                    text = (
                        f"concept {self.concept_ids[self.concept[row]]!r} has more than one "
                        f"preferred term in {self.langs[self.lang[row]]}: "
                        f"{self.terms[row]!r} and {self.terms[first]!r} (line {self.line[first]})"
                    )
                    self.problems.add(
                        self.line[row], "status", "error", SEVERAL_PREFERRED_TERMS, text
                    )
        without_preferred: dict[int, int] = {}  # group → its first row
        with_rejected: set[int] = set()
        for row in self.kept:
            group = self.concept[row] << 16 | self.lang[row]
            if group in first_preferred:
                continue
            without_preferred.setdefault(group, row)
            status = self.status[row]
            if status in rejected:
                # a rejected term's own problem already says the preferred term is missing
                with_rejected.add(group)
                text = (
                    f"{STATUS_LIST[status]} term {self.terms[row]!r} has no preferred term in "
                    f"{self.langs[self.lang[row]]} to suggest instead "
                    f"(concept {self.concept_ids[self.concept[row]]!r})"
                )
                self.problems.add(self.line[row], "term", "error", NOTHING_TO_SUGGEST, text)
        for group, row in without_preferred.items():
            if group not in with_rejected:
                text = (
                    f"concept {self.concept_ids[self.concept[row]]!r} has no preferred term "
                    f"in {self.langs[self.lang[row]]}"
                )
                self.problems.add(self.line[row], "status", "error", NO_PREFERRED_TERM, text)
