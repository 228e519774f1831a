"""Loads `glossary.csv` (concept_id, lang, term, status, note, source[, register]) into a
Glossary; `register` (lay | professional | any, default any) may be left out or empty.

Other glossary formats (TBX) are the file format registry's (pipeline.formats), which sits
above the glossary: the caller passes them in (`pipeline.formats.glossary_formats()`), and
a path one of them claims is read by it into the rows a CSV file has."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from pipeline.core.errors import GlossaryError
from pipeline.glossary.model import Glossary, Register, TermStatus
from pipeline.glossary.table import Row, TermTable

REQUIRED_COLUMNS = ("concept_id", "lang", "term", "status")
COLUMNS = (*REQUIRED_COLUMNS, "note", "source", "register")


CSV_SUFFIX = ".csv"  # a file without a suffix is read as CSV too
# A million-term glossary is about 100 MB of CSV; a file far larger is a mistake.
MAX_GLOSSARY_BYTES = 512 * 1024 * 1024


def _delimiter(first: str) -> str:
    """The header line's separator: a comma, or the semicolon Danish Excel writes (the
    decimal comma is taken), or a tab."""
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _header(record: list[str], path: Path) -> list[str]:
    header = [name.strip() for name in record]
    if not any(header):
        raise GlossaryError("glossary is empty: expected a header row", str(path), 1)
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise GlossaryError(f"column '{name}' appears twice in the header", str(path), 1)
        seen.add(name)
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise GlossaryError(f"missing column(s): {', '.join(missing)}", str(path), 1)
    return header


Record = tuple[int, list[str]]  # a row's 1-based file line and its fields
RawRows = tuple[bytes, list[tuple[int, dict[str, str]]], list[str]]


class RowFormat(Protocol):
    """A glossary file format other than CSV (pipeline.formats.GlossaryFormat)."""

    @property
    def suffixes(self) -> frozenset[str]: ...

    def matches(self, path: Path) -> bool: ...

    def read_rows(self, path: Path) -> RawRows:
        """The file's bytes, one row per term (with its line) and the columns."""
        ...


def read_rows(path: Path, formats: Sequence[RowFormat] = ()) -> RawRows:
    """Raw rows with their 1-based file line; raises GlossaryError when the file is unusable.

    A file of one of `formats` (TBX) is read by it into rows too."""
    content, header, records = read_records(path, formats)
    rows = [(line, dict(zip(header, values, strict=False))) for line, values in records]
    return content, rows, header


def read_records(
    path: Path, formats: Sequence[RowFormat] = ()
) -> tuple[bytes, list[str], Iterator[Record]]:
    """The file's bytes, its header and its data rows, read one by one as the iterator is
    consumed (a million rows are never all held as text); raises GlossaryError when the file
    is unusable, the iterator when a row is. A path one of `formats` claims is read by it."""
    other = next((fmt for fmt in formats if fmt.matches(path)), None)
    if other is not None:
        content, rows, header = other.read_rows(path)
        return content, header, ((line, [row.get(c, "") for c in header]) for line, row in rows)
    suffix = path.suffix.lower()
    if suffix and suffix != CSV_SUFFIX and not path.is_dir():
        known = ", ".join([CSV_SUFFIX, *sorted(s for fmt in formats for s in fmt.suffixes)])
        raise GlossaryError(f"unsupported glossary type '{suffix}' (supported: {known})", str(path))
    from pipeline.core.fs import UnreadableFileError, read_bounded

    try:
        content = read_bounded(path, MAX_GLOSSARY_BYTES)
    except UnreadableFileError as exc:
        raise GlossaryError(f"cannot read glossary: {exc}", str(path)) from exc
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary: {exc.strerror}", str(path)) from exc
    if b"\x00" in content[:4096]:
        raise GlossaryError("glossary is a binary file, not CSV", str(path))
    _check_utf8(content, path)
    first = content.split(b"\n", 1)[0].decode("utf-8-sig", "replace")
    text = io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig", newline="")
    reader = csv.reader(text, delimiter=_delimiter(first), strict=True)
    records = _records(reader, path)
    try:
        _, header_record = next(records)
    except StopIteration:
        raise GlossaryError("glossary is empty: expected a header row", str(path), 1) from None
    return content, _header(header_record, path), records


def _check_utf8(content: bytes, path: Path, chunk: int = 1 << 20) -> None:
    """Raise GlossaryError at the line of the first byte that is not UTF-8, decoding in
    chunks so that the whole text is never held at once."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for offset in range(0, len(content), chunk):
        try:
            decoder.decode(content[offset : offset + chunk], final=offset + chunk >= len(content))
        except UnicodeDecodeError as exc:
            line = content[: offset + max(exc.start, 0)].count(b"\n") + 1
            raise GlossaryError("glossary is not valid UTF-8", str(path), line) from exc


def _records(reader: Any, path: Path) -> Iterator[Record]:
    """Each record of a csv.reader with the line it begins on, the header's first."""
    start = 1  # the line the record being read begins on
    try:
        for record in reader:
            line_num: int = reader.line_num
            if line_num != start:
                # no glossary field holds a line break: an unclosed quote swallowed the lines
                raise GlossaryError(
                    f"a quoted field opened here runs to line {line_num}; "
                    'close the quote (a " inside a field is written "")',
                    str(path),
                    start,
                )
            yield start, record
            start = line_num + 1
    except csv.Error as exc:
        if reader.line_num > start or "end of data" in str(exc):
            raise GlossaryError(
                'a quoted field opened here is never closed; close the quote (a " inside a '
                'field is written "")',
                str(path),
                start,
            ) from exc
        raise GlossaryError(f"malformed CSV: {exc}", str(path), start) from exc


def load_glossary(path: Path, formats: Sequence[RowFormat] = ()) -> Glossary:
    """Load a glossary (CSV, or a file of one of `formats`: pass
    `pipeline.formats.glossary_formats()`), stopping at the first row that cannot be used.

    Rows go straight into the glossary's columns (pipeline.glossary.table), one at a time:
    a million-row glossary is never held as dictionaries or entry objects."""
    from pipeline.glossary import compiled

    readable = path.suffix.lower() in ("", CSV_SUFFIX) or any(f.matches(path) for f in formats)
    known = compiled.recorded(path) if readable else None
    if known is not None:  # its key from the hash recorded for it: a compiled table
        known_key, version = known
        table = compiled.load(known_key, "table")
        if isinstance(table, TermTable):
            return Glossary(table, path=str(path), version=version, compiled=known_key)
    content, header, records = read_records(path, formats)
    key = compiled.compiled_key(content, path) if len(content) >= compiled.MIN_BYTES else None
    if key is not None:
        table = compiled.load(key, "table")
        if isinstance(table, TermTable):
            return Glossary(table, path=str(path), content=content, compiled=key)
    width = len(header)
    concept_at, lang_at, term_at, status_at = (header.index(c) for c in REQUIRED_COLUMNS)
    # a missing optional column reads as the empty field past the row's end
    note_at, source_at, register_at = (
        header.index(c) if c in header else width for c in COLUMNS[len(REQUIRED_COLUMNS) :]
    )
    statuses: dict[str, TermStatus | None] = {}  # field as written → status (few distinct)
    registers: dict[str, Register | None] = {}
    langs: dict[str, str] = {}

    def rows() -> Iterator[Row]:
        for line, values in records:
            if len(values) < width:
                values += [""] * (width - len(values))
            term = values[term_at].strip()
            if not term and not "".join(values[:width]).strip():
                continue  # an empty row
            status_text = values[status_at]
            status = statuses.get(status_text)
            if status is None:
                status = statuses[status_text] = _status(status_text, path, line)
            register_text = values[register_at] if register_at < width else ""
            register = registers.get(register_text)
            if register is None:
                register = registers[register_text] = _register(register_text, path, line)
            concept_id = values[concept_at].strip()
            lang = langs.get(values[lang_at])
            if lang is None:
                lang = langs[values[lang_at]] = values[lang_at].strip().lower()
            if not term or not concept_id or not lang:
                raise GlossaryError("empty concept_id, lang or term", str(path), line)
            note = values[note_at].strip() if note_at < width else ""
            source = values[source_at].strip() if source_at < width else ""
            yield concept_id, lang, term, status, note, source, line, register

    table = TermTable()
    table.extend(rows())
    if key is None or len(table) < compiled.MIN_ROWS:
        return Glossary(table, path=str(path), content=content)
    glossary = Glossary(table, path=str(path), content=content, compiled=key)
    table.index_concepts()  # kept with the table: each process would build it again
    compiled.store(key, "table", table)
    return glossary


def _status(text: str, path: Path, line: int) -> TermStatus:
    try:
        return TermStatus(text.strip().lower())
    except ValueError:
        allowed = " | ".join(s.value for s in TermStatus)
        raise GlossaryError(
            f"unknown status {text!r} (expected {allowed})", str(path), line
        ) from None


def _register(text: str, path: Path, line: int) -> Register:
    try:
        return Register(text.strip().lower() or Register.ANY.value)
    except ValueError:
        allowed = " | ".join(r.value for r in Register)
        raise GlossaryError(
            f"unknown register {text!r} (expected {allowed})", str(path), line
        ) from None
