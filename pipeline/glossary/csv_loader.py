"""Loads `glossary.csv` (concept_id, lang, term, status, note, source[, register]) into a
Glossary; `register` (lay | professional | any, default any) may be left out or empty."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.core.errors import GlossaryError
from pipeline.glossary.model import Glossary, Register, TermEntry, TermStatus

REQUIRED_COLUMNS = ("concept_id", "lang", "term", "status")
COLUMNS = (*REQUIRED_COLUMNS, "note", "source", "register")


SUFFIXES = (".csv", ".tbx")  # a file without a suffix is read as CSV
# A million-term glossary is about 100 MB of CSV; a file far larger is a mistake.
MAX_GLOSSARY_BYTES = 512 * 1024 * 1024


def _delimiter(text: str) -> str:
    """The header line's separator: a comma, or the semicolon Danish Excel writes (the
    decimal comma is taken), or a tab."""
    first = text.split("\n", 1)[0]
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


def read_rows(path: Path) -> tuple[bytes, list[tuple[int, dict[str, str]]], list[str]]:
    """Raw rows with their 1-based file line; raises GlossaryError when the file is unusable.

    A .tbx file's terms are rows too (pipeline.glossary.tbx_loader)."""
    suffix = path.suffix.lower()
    if suffix == ".tbx":
        from pipeline.glossary.tbx_loader import read_tbx_rows

        return read_tbx_rows(path)
    if suffix and suffix not in SUFFIXES and not path.is_dir():
        known = ", ".join(SUFFIXES)
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
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise GlossaryError("glossary is not valid UTF-8", str(path), line) from exc
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] = []
    start = 1  # the line the record being read begins on
    try:
        for record in reader:
            if reader.line_num != start:
                # no glossary field holds a line break: an unclosed quote swallowed the lines
                raise GlossaryError(
                    f"a quoted field opened here runs to line {reader.line_num}; "
                    'close the quote (a " inside a field is written "")',
                    str(path),
                    start,
                )
            if not header:
                header = _header(record, path)
            else:
                rows.append((start, dict(zip(header, (v or "" for v in record), strict=False))))
            start = reader.line_num + 1
    except csv.Error as exc:
        if reader.line_num > start or "end of data" in str(exc):
            raise GlossaryError(
                'a quoted field opened here is never closed; close the quote (a " inside a '
                'field is written "")',
                str(path),
                start,
            ) from exc
        raise GlossaryError(f"malformed CSV: {exc}", str(path), start) from exc
    if not header:
        raise GlossaryError("glossary is empty: expected a header row", str(path), 1)
    return content, rows, header


def load_glossary(path: Path) -> Glossary:
    """Load a glossary, stopping at the first row that cannot be used."""
    content, rows, _ = read_rows(path)
    entries: list[TermEntry] = []
    for line, row in rows:
        if not any(value.strip() for value in row.values()):
            continue
        status_text = row["status"].strip().lower()
        try:
            status = TermStatus(status_text)
        except ValueError:
            allowed = " | ".join(s.value for s in TermStatus)
            raise GlossaryError(
                f"unknown status {row['status']!r} (expected {allowed})", str(path), line
            ) from None
        register_text = row.get("register", "").strip().lower() or Register.ANY.value
        try:
            register = Register(register_text)
        except ValueError:
            allowed = " | ".join(r.value for r in Register)
            raise GlossaryError(
                f"unknown register {row['register']!r} (expected {allowed})", str(path), line
            ) from None
        term = row["term"].strip()
        concept_id = row["concept_id"].strip()
        lang = row["lang"].strip().lower()
        if not term or not concept_id or not lang:
            raise GlossaryError("empty concept_id, lang or term", str(path), line)
        entries.append(
            TermEntry(
                concept_id=concept_id,
                lang=lang,
                term=term,
                status=status,
                note=row.get("note", "").strip(),
                source=row.get("source", "").strip(),
                line=line,
                register=register,
            )
        )
    return Glossary(entries, path=str(path), content=content)
