"""Gettext PO/POT catalogs (.po, .pot): read by our own reader (pipeline.ingest.po_reader,
which reads as translate-toolkit does, faster, and hands it whatever it does not handle);
translator comments `# content-pipeline: disable=CODES` suppress checks on their entry; the
header's Plural-Forms rules PLUR001; fixed msgstr lines go back into the file's text
(pipeline.formats.po_catalog)."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit, UnitState
from pipeline.formats.base import UNDETERMINED, BilingualFormat, PluralRule
from pipeline.formats.reading import as_utf8, read_bytes

if TYPE_CHECKING:
    from pipeline.formats.base import UnitCatalog

GETTEXT_SOURCE = "en"
SOURCE_LANGUAGE_HEADER = "X-Source-Language"
_HEADER_END = re.compile(rb"\bmsgstr\b.*?(?:\r?\n[ \t]*\r?\n|\Z)", re.DOTALL)


class PoFormat(BilingualFormat):
    name: ClassVar[str] = "po"
    suffixes: ClassVar[frozenset[str]] = frozenset({".po", ".pot"})
    suppression_reader: ClassVar[str | None] = "pipeline.checks.suppression:po_suppressions"
    # a translator comment of the entry (`#` then a space; `#.` and `#:` are the tools')
    suppression_comment: ClassVar[str | None] = "# content-pipeline: disable={code}"

    def read_units(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TranslationUnit]:
        return read_po(path, source_lang, target_lang)

    def catalog(self, path: Path, raw: bytes, source_lang: str | None) -> UnitCatalog:
        from pipeline.formats.po_catalog import PoCatalog
        from pipeline.ingest.decoding import utf16_codec

        if utf16_codec(raw) is not None:  # read through UTF-8; it could not be written back
            raise InputError("not fixed: a UTF-16 catalog; save it as UTF-8 first", str(path))

        return PoCatalog.read(path, raw, source_lang)

    def plural_rule(self, path: Path) -> PluralRule | None:
        return header_plural(str(path))


def read_po(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """One unit per PO entry, one per plural form ("id[0]", "id[1]"); header and obsolete skipped.

    The id is the msgid, "msgctxt::msgid" with a context (also named in the note); fuzzy entries
    are FUZZY, empty msgstr UNTRANSLATED. The charset comes from the header.
    """
    from pipeline.ingest import catalog_units, po_reader

    data = as_utf8(read_bytes(path), path)
    try:  # po_reader reads as translate-toolkit does, faster, and hands back what it cannot
        catalog = po_reader.read_po_bytes(data)
    except po_reader.UnsupportedError:
        return po_units(parse_po(data, path), path, source_lang, target_lang)
    return catalog_units.units(catalog, path, source_lang, target_lang)


def po_units(
    store: Any, path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The units of a parsed PO store (see read_po), for readers and fixers alike.

    Without an X-Source-Language header or `source_lang`, msgids are English: gettext's
    convention, and what every catalog of Django's and Sphinx's is written in.
    """
    # translate-toolkit reads "Language" as the target but no source language from a PO
    # header: the field that editors which record one write is X-Source-Language.
    header_source = store.parseheader().get(SOURCE_LANGUAGE_HEADER) if store.units else None
    source_lang = header_source or source_lang or GETTEXT_SOURCE
    target_lang = store.gettargetlanguage() or target_lang or UNDETERMINED
    units: list[TranslationUnit] = []
    for entry in store.units:
        if entry.isheader() or entry.isobsolete():
            continue
        # The raw comment and context lists are asked first: getnotes() and getcontext() cost
        # more than the rest of a unit, and most entries have neither (Django's, Sphinx's).
        context = entry.getcontext() if entry.msgctxt or entry.msgidcomments else ""
        notes = [
            entry.getnotes() if entry.othercomments or entry.automaticcomments else "",
            f"msgctxt: {context}" if context else "",
        ]
        common: dict[str, Any] = {
            "source_lang": source_lang,
            "target_lang": target_lang,
            "path": str(path),
            "line": entry.line_number or 1,
            "note": "\n".join(note for note in notes if note) or None,
        }
        if not entry.hasplural():
            msgid, target = entry.source, entry.target
            base_id = f"{context}::{msgid}" if context else msgid
            state = _po_state(target, entry)
            units.append(
                TranslationUnit(id=base_id, source=msgid, target=target, state=state, **common)
            )
            continue
        msgid, plural = (str(form) for form in entry.source.strings[:2])
        base_id = f"{context}::{msgid}" if context else msgid
        for n, target in enumerate(str(form) for form in entry.target.strings):
            source = msgid if n == 0 else plural
            units.append(
                TranslationUnit(
                    id=f"{base_id}[{n}]",
                    source=source,
                    target=target,
                    state=_po_state(target, entry),
                    **common,
                )
            )
    return units


def _po_state(target: str, entry: Any) -> UnitState:
    if not target:
        return UnitState.UNTRANSLATED
    return UnitState.FUZZY if entry.isfuzzy() else UnitState.TRANSLATED


def parse_po(data: bytes, path: Path) -> Any:
    """A translate-toolkit PO store of `data`, decoded by the charset its header declares.

    translate-toolkit 3.20's pofile.parse restarts on the header's charset without switching
    its decoder, so an ISO-8859-1 catalog fails on its first "æ". Its own parser reads the
    header here in Latin-1 (every byte decodes) to learn the charset, then the whole file in it.
    """
    from translate.storage import poparser, pypo

    lines, _newline = pypo.splitlines(data)
    charset = "iso-8859-1"
    try:
        probe = pypo.pofile(noheader=True)
        poparser.parse_header(poparser.PoParseState(lines, probe.create_unit, charset), probe)
        charset = probe.encoding
        store = pypo.pofile(noheader=True)
        poparser.parse_units(poparser.PoParseState(lines, store.create_unit, charset), store)
    except poparser.PoParseError as exc:
        match = re.match(r"(.*) on line (\d+): (.*)", str(exc), re.DOTALL)
        reason, line = (match[1], int(match[2])) if match else (str(exc), exc.parse_state.lineno)
        raise InputError(f"malformed PO ({reason})", str(path), line) from exc
    except UnicodeDecodeError as exc:
        where = lines.index(exc.object) + 1 if exc.object in lines else None
        raise InputError(f"not valid {charset} (the header's charset)", str(path), where) from exc
    except LookupError as exc:
        raise InputError(f"unknown charset in the PO header ({exc})", str(path)) from exc
    return store


def header_plural(path: str) -> PluralRule | None:
    """The Plural-Forms header of the PO file at `path`: (nplurals, expression), or None.

    Only the header entry is parsed (with translate-toolkit, as Latin-1: the header's
    values are ASCII, so a UTF-8 or ISO-8859-1 catalog reads alike); cached per file
    version.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _cached_header_plural(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=1024)
def _cached_header_plural(path: str, _mtime_ns: int, _size: int) -> PluralRule | None:
    from translate.storage import poparser, pypo

    try:
        with open(path, "rb") as file:
            head = file.read(65_536)
    except OSError:
        return None
    end = _HEADER_END.search(head)
    if end is None:
        return None
    lines, _newline = pypo.splitlines(head[: end.end()])
    store: Any = pypo.pofile(noheader=True)  # translate-toolkit's header methods are untyped
    try:
        poparser.parse_units(poparser.PoParseState(lines, store.create_unit, "iso-8859-1"), store)
    except (poparser.PoParseError, UnicodeError, LookupError):
        return None
    if store.header() is None:
        return None
    nplurals, plural = store.getheaderplural()
    if not nplurals or not str(nplurals).isdigit():
        return None
    return int(nplurals), str(plural or "")
