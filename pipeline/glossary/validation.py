"""Validate a glossary CSV: every mistake an editor can make, reported with file:line:column.

The loader stops at the first unusable row; editors need every problem at once, including the
ones the loader tolerates (a BOM, stray spaces) and the ones only visible across rows (a term
that is preferred in one concept and forbidden in another, a forbidden term with nothing to
suggest instead).
"""

from __future__ import annotations

import codecs
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.core.errors import GlossaryError
from pipeline.glossary.csv_loader import COLUMNS, REQUIRED_COLUMNS, read_records
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


@dataclass(frozen=True, slots=True)
class _Term:
    """A row that passed the per-row checks, so it can take part in cross-row checks."""

    line: int
    concept_id: str
    lang: str
    term: str
    status: TermStatus
    values: tuple[str, ...]


class _Problems:
    """Collects problems for one file; knows which column each field is in."""

    def __init__(self, path: str, header: list[str]) -> None:
        self.path = path
        self.header = header
        self.found: list[GlossaryProblem] = []

    def add(self, line: int, field: str | None, severity: Severity, code: str, text: str) -> None:
        column = self.header.index(field) + 1 if field in self.header else 1
        self.found.append(GlossaryProblem(self.path, line, column, severity, code, text))


def validate_glossary(path: Path) -> list[GlossaryProblem]:
    """All problems in the glossary at `path`, in file order.

    A file that cannot be used at all (unreadable, binary, not UTF-8, empty, required columns
    missing) yields exactly one `UNUSABLE_FILE` problem, since nothing else can be checked.
    """
    try:
        content, header, records = read_records(path)
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
    try:
        # row by row: a million rows are never all held as dictionaries
        terms = [
            term
            for line, values in records
            if (term := _check_row(problems, line, dict(zip(header, values, strict=False))))
        ]
    except GlossaryError as exc:
        return [GlossaryProblem(str(path), exc.line or 1, 1, "error", UNUSABLE_FILE, exc.message)]
    _check_concepts(problems, _check_repeats(problems, terms))
    problems.found.sort(key=lambda problem: (problem.line, problem.column, problem.code))
    return problems.found


def glossary_stats(path: Path) -> GlossaryStats:
    """Count concepts, terms and languages; raises GlossaryError when the file is unusable."""
    _, header, records = read_records(path)
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


def _check_row(problems: _Problems, line: int, row: dict[str, str]) -> _Term | None:
    """Per-field checks; returns the row as a term only when it is complete and well-formed."""
    if not any(value.strip() for value in row.values()):
        return None  # the loader skips rows of empty fields too
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
        return None
    if empty or status is None:
        return None
    return _Term(
        line=line,
        concept_id=values["concept_id"],
        lang=lang,
        term=values["term"],
        status=status,
        values=tuple(values.values()),
    )


def _check_repeats(problems: _Problems, terms: list[_Term]) -> list[_Term]:
    """Report repeated rows and terms; returns the terms without repeats, so a repeated
    preferred term is not reported a second time as 'more than one preferred term'."""
    first_row: dict[tuple[str, ...], _Term] = {}
    first_in_concept: dict[tuple[str, str, str], _Term] = {}
    first_in_language: dict[tuple[str, str], _Term] = {}
    kept: list[_Term] = []
    for term in terms:
        folded = term.term.casefold()
        if (earlier := first_row.setdefault(term.values, term)) is not term:
            text = f"duplicate of line {earlier.line}"
            problems.add(term.line, None, "error", DUPLICATE_ROW, text)
            continue
        key = (term.concept_id, term.lang, folded)
        if (earlier := first_in_concept.setdefault(key, term)) is not term:
            text = (
                f"term {term.term!r} ({term.lang}) appears twice in concept "
                f"{term.concept_id!r}: first on line {earlier.line}"
            )
            problems.add(term.line, "term", "error", TERM_TWICE_IN_CONCEPT, text)
            continue
        earlier = first_in_language.setdefault((term.lang, folded), term)
        if earlier.status is not term.status:
            text = (
                f"term {term.term!r} ({term.lang}) is {term.status} here but {earlier.status} "
                f"in concept {earlier.concept_id!r} on line {earlier.line}"
            )
            problems.add(term.line, "status", "error", CONFLICTING_STATUS, text)
        kept.append(term)
    return kept


def _check_concepts(problems: _Problems, terms: list[_Term]) -> None:
    """Each concept needs exactly one preferred term in every language it has terms in:
    it is what translation uses and what a forbidden term's finding suggests instead."""
    groups: dict[tuple[str, str], list[_Term]] = defaultdict(list)
    for term in terms:
        groups[(term.concept_id, term.lang)].append(term)
    for (concept_id, lang), group in groups.items():
        preferred = [term for term in group if term.status is TermStatus.PREFERRED]
        for extra in preferred[1:]:
            text = (
                f"concept {concept_id!r} has more than one preferred term in {lang}: "
                f"{extra.term!r} and {preferred[0].term!r} (line {preferred[0].line})"
            )
            problems.add(extra.line, "status", "error", SEVERAL_PREFERRED_TERMS, text)
        if preferred:
            continue
        rejected = [
            term for term in group if term.status in (TermStatus.FORBIDDEN, TermStatus.DEPRECATED)
        ]
        # a rejected term's own problem already says the preferred term is missing
        for term in rejected:
            text = (
                f"{term.status} term {term.term!r} has no preferred term in {lang} to suggest "
                f"instead (concept {concept_id!r})"
            )
            problems.add(term.line, "term", "error", NOTHING_TO_SUGGEST, text)
        if not rejected:
            text = f"concept {concept_id!r} has no preferred term in {lang}"
            problems.add(group[0].line, "status", "error", NO_PREFERRED_TERM, text)
