"""A PO/POT catalog that takes new translations into its text and keeps the rest byte for byte.

translate-toolkit re-serialises all 1,294 Django and Sphinx catalogs of the benchmark corpus
byte-identically, but not hand-edited ones (no final newline, two blank lines, an indented
comment, a `#=` flag, a BOM). So translate-toolkit serialises a fixed entry and only its
changed msgstr lines go back into the file's text. A fixed msgstr is wrapped as
translate-toolkit (like gettext) wraps when the entry was wrapped that way (95.8 % of the
corpus' 95,571 translations), so the next msgmerge or makemessages does not rewrap it again;
otherwise (gettext's format-aware breaks, Babel's, --no-wrap) its unchanged lines stay and
only the changed part is wrapped.

Never changed: the header and obsolete entries (they are no units), and a translation the
catalog's charset cannot encode (an ISO-8859-1 catalog stays ISO-8859-1).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.core.models import TranslationUnit
from pipeline.formats.codec import decode_source, encode_source


@dataclass(frozen=True)
class PoCatalog:
    """A PO/POT file as read: its bytes, its text and its units."""

    path: Path
    raw: bytes
    text: str
    units: list[TranslationUnit]
    encoding: str  # the header's charset ("utf-8-sig" with a byte-order mark)
    source_lang: str | None

    @classmethod
    def read(cls, path: Path, raw: bytes, source_lang: str | None) -> PoCatalog:
        from pipeline.formats.po import parse_po, po_units
        from pipeline.ingest import catalog_units, po_reader

        try:  # the same units and charset as translate-toolkit's (tests/ingest), faster
            catalog = po_reader.read_po_bytes(raw)
            charset, units = catalog.charset, catalog_units.units(catalog, path, source_lang)
        except po_reader.UnsupportedError:
            store = parse_po(raw, path)
            charset, units = str(store.encoding), po_units(store, path, source_lang)
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else charset
        return cls(path, raw, decode_source(raw, encoding), units, encoding, source_lang)

    def data(self) -> bytes:
        return self.raw

    def takes(self, index: int, target: str) -> bool:
        """Whether the catalog's charset can encode `target`."""
        try:
            target.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def edit(self, targets: dict[int, str]) -> PoCatalog:
        """The catalog with the units' new targets (by unit index), read again."""
        from translate.storage import pypo

        from pipeline.formats.po import parse_po

        store = parse_po(self.raw, self.path)
        newline = pypo.splitlines(self.raw)[1]
        store.newline = newline  # translate-toolkit writes msgid/msgstr lines with it
        forms = [
            (entry, n)
            for entry in store.units
            if not (entry.isheader() or entry.isobsolete())
            for n in range(len(entry.target.strings) if entry.hasplural() else 1)
        ]
        changed: dict[int, tuple[Any, dict[int, str]]] = {}
        for i, target in targets.items():
            entry, n = forms[i]
            changed.setdefault(entry.line_number, (entry, {}))[1][n] = target
        starts = sorted(entry.line_number for entry in store.units)
        lines = self.text.split(newline)
        for line, (entry, new) in sorted(changed.items(), reverse=True):
            start = line - 1
            after = [s for s in starts if s > line]
            end = after[0] - 1 if after else len(lines)
            while end > start + 1 and not lines[end - 1].strip():
                end -= 1  # the blank lines after an entry are not part of it
            written = str(entry).split(newline)[:-1]
            _set_targets(entry, new)
            lines[start:end] = _splice(lines[start:end], written, str(entry).split(newline)[:-1])
        raw = encode_source(newline.join(lines), self.encoding, self.raw)
        return PoCatalog.read(self.path, raw, self.source_lang)


def _set_targets(entry: Any, new: dict[int, str]) -> None:
    """Give a translate-toolkit PO entry new msgstr forms, keeping the lines of the others."""
    if not entry.hasplural():
        lines = entry.msgstr
        entry.target = new[0]  # the setter clears translate-toolkit's cached target
        entry.msgstr = _requote(lines, new[0], entry.wrapper)
        return
    old = dict(entry.msgstr)
    forms = [str(form) for form in entry.target.strings]
    for n, target in new.items():
        forms[n] = target
    entry.target = forms
    entry.msgstr = {
        key: _requote(old[key], new[n], entry.wrapper) if n in new else old[key]
        for n, key in enumerate(old)
    }


def _requote(lines: list[str], text: str, wrapper: Any) -> list[str]:
    """The quoted PO lines of `text`, replacing `lines` with as few changed lines as may be."""
    from translate.storage import pypo

    standard: list[str] = pypo.quoteforpo(text, wrapper)
    if pypo.quoteforpo(pypo.unquotefrompo(lines), wrapper) == lines:
        return standard  # the entry is wrapped as translate-toolkit wraps
    old = [line[1:-1] for line in lines]
    new = pypo.escapeforpo(text)
    head, start = 0, 0
    while head < len(old) and new.startswith(old[head], start):
        start += len(old[head])
        head += 1
    tail, end = 0, len(new)
    while tail < len(old) - head and new.endswith(old[-1 - tail], start, end):
        end -= len(old[-1 - tail])
        tail += 1
    middle = new[start:end]
    if any(len(line) > wrapper.width for line in old):
        pieces = [middle] if middle else []  # the file is not wrapped (msgcat --no-wrap)
    else:
        pieces = wrapper.wrap(middle)
    quoted = lines[:head] + [f'"{piece}"' for piece in pieces] + lines[len(lines) - tail :]
    if len(standard) == 1 and quoted[:1] == ['""'] and len(quoted) <= 2:
        return standard  # it fits on the msgstr line now
    return quoted or ['""']


def _splice(original: list[str], written: list[str], rewritten: list[str]) -> list[str]:
    """The entry's `original` lines with the lines translate-toolkit changed replaced.

    `written` and `rewritten` are the entry as translate-toolkit writes it before and after
    the change; where its unchanged lines differ from the file's (an indented comment, a
    `#=` flag), only the changed block is put in, else the whole entry as rewritten.
    """
    lo = 0
    while lo < min(len(written), len(rewritten)) and written[lo] == rewritten[lo]:
        lo += 1
    hi = 0
    while hi < min(len(written), len(rewritten)) - lo and written[-1 - hi] == rewritten[-1 - hi]:
        hi += 1
    if lo == len(written) - hi and lo > 0:
        lo -= 1  # lines only inserted: anchor them on the line before
    block, replacement = written[lo : len(written) - hi], rewritten[lo : len(rewritten) - hi]
    found = [
        k for k in range(len(original) - len(block) + 1) if original[k : k + len(block)] == block
    ]
    if block and len(found) == 1:
        k = found[0]
        return original[:k] + replacement + original[k + len(block) :]
    return rewritten
