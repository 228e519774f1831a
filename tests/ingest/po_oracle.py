"""translate-toolkit as the oracle of our PO reader: every field of every entry, and the units.

Used by the tests (on catalogs the machine has and hand-written edge cases) and by
benchmarks/bench_po_reader.py (on an evaluation folder of real catalogs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.formats.po import parse_po, po_units
from pipeline.ingest import catalog_units, po_reader


def _text(lines: list[str]) -> str | None:
    from translate.storage.pypo import unquotefrompo

    return unquotefrompo(lines) if lines else None


def oracle_entry(unit: Any) -> dict[str, Any]:
    """A translate-toolkit unit's fields, in the shape of our PoEntry."""
    plural = unit.hasplural()
    source = [str(s) for s in unit.source.strings] if plural else [unit.source]
    return {
        "line": unit.line_number,
        "obsolete": unit.isobsolete(),
        "header": bool(unit.isheader()),
        "msgid": source[0],
        "msgid_plural": source[1] if plural else None,
        "msgstr": [str(s) for s in unit.target.strings] if plural else [unit.target],
        "msgstr_indices": list(unit.msgstr) if isinstance(unit.msgstr, dict) else [],
        "msgctxt": _text(unit.msgctxt),
        "flags": list(unit._extracttypecomment()),
        "translator_comments": list(unit.othercomments),
        "automatic_comments": list(unit.automaticcomments),
        "references": list(unit.sourcecomments),
        "previous": (
            _text(unit.prev_msgctxt),
            _text(unit.prev_msgid),
            _text(unit.prev_msgid_plural),
        ),
        "notes": unit.getnotes(),
    }


def our_entry(entry: po_reader.PoEntry, newline: str) -> dict[str, Any]:
    """Our entry in the oracle's shape (translate-toolkit keeps each comment line with its
    newline, and drops an obsolete entry's automatic comments and references)."""
    obsolete = entry.obsolete
    return {
        "line": entry.line,
        "obsolete": obsolete,
        "header": entry.header,
        "msgid": entry.msgid,
        "msgid_plural": entry.msgid_plural,
        "msgstr": entry.msgstr,
        "msgstr_indices": entry.msgstr_indices,
        "msgctxt": entry.msgctxt,
        "flags": entry.flags,
        "translator_comments": [c + newline for c in entry.translator_comments],
        "automatic_comments": [] if obsolete else [c + newline for c in entry.automatic_comments],
        "references": [] if obsolete else [c + newline for c in entry.references],
        "previous": entry.previous,
        "notes": catalog_units.notes(entry, newline) if not obsolete else None,
    }


def differences(data: bytes, path: Path) -> list[str]:
    """Where our reader and translate-toolkit read `data` differently ([] when the same, or
    when our reader hands the file to translate-toolkit: then both answers are its own)."""
    try:
        ours = po_reader.read_po_bytes(data)
    except po_reader.UnsupportedError:
        return []
    from translate.storage.pypo import splitlines

    store = parse_po(data, path)
    found = []
    newline = splitlines(data)[1]
    if ours.charset != store.encoding or ours.newline != newline:
        found.append(f"charset/newline {ours.charset!r} {ours.newline!r}: {store.encoding!r}")
    if len(ours.entries) != len(store.units):
        found.append(f"{len(ours.entries)} entries, translate-toolkit {len(store.units)}")
    for entry, unit in zip(ours.entries, store.units, strict=False):
        mine, theirs = our_entry(entry, ours.newline), oracle_entry(unit)
        if entry.obsolete:
            theirs["notes"] = None
        for key, value in theirs.items():
            if mine[key] != value:
                found.append(f"line {unit.line_number} {key}: {mine[key]!r} != {value!r}")
    if catalog_units.units(ours, path) != po_units(store, path):
        found.append("units differ")
    return found
