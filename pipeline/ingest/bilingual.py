"""Read bilingual files (XLIFF 2.x and 1.2, TMX, PO) into TranslationUnits via translate-toolkit.

Every unit carries the file's path and the 1-based line of its element (XLIFF <segment> or
<trans-unit>, TMX <tu>) or PO entry (its first comment line), so a bilingual check's finding
points at a real place. Languages come from the file; the arguments are the fallback ("und",
undetermined, without either). A file that cannot be read raises InputError naming file:line.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.core.errors import InputError
from pipeline.core.language import normalise_language, same_language
from pipeline.core.models import TranslationUnit, UnitState
from pipeline.ingest.decoding import MAX_BYTES
from pipeline.ingest.xliff_inline import inline_codes

UNDETERMINED = "und"
GETTEXT_SOURCE = "en"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
Reader = Callable[[Path, str | None, str | None], list[TranslationUnit]]


def read_units(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The units of a .xlf/.xliff, .tmx, .po or .pot file or a content.<lang>.json, in file
    order."""
    from pipeline.ingest import CONTENT_FILE

    if CONTENT_FILE.fullmatch(path.name):
        from pipeline.ingest.content_reader import read_content

        return read_content(path, source_lang, target_lang)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"not a bilingual file (known: {known}, content.<lang>.json)", str(path))
    return reader(path, source_lang, target_lang)


def read_bytes(path: Path) -> bytes:
    """A translation file's bytes, refused when too large, empty or binary (InputError)."""
    from pipeline.core.fs import UnreadableFileError, read_bounded

    try:
        data = read_bounded(path, MAX_BYTES)  # refused by its size before it is read
    except UnreadableFileError as exc:
        raise InputError(str(exc), str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    if not data.strip():
        raise InputError("file is empty", str(path))
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError("binary file (NUL byte)", str(path), line)
    return data


def _parse_xml(parse: Callable[[bytes], Any], data: bytes, path: Path, kind: str) -> Any:
    try:
        return parse(data)
    except SyntaxError as exc:  # lxml's XMLSyntaxError
        raise InputError(f"malformed XML ({exc.msg})", str(path), exc.lineno) from exc
    except (AssertionError, StopIteration, ValueError) as exc:  # the store's structure checks
        why = str(exc) or "unexpected structure"
        raise InputError(f"not a valid {kind} file ({why})", str(path)) from exc


def _read_xliff(
    path: Path, source_lang: str | None, target_lang: str | None
) -> list[TranslationUnit]:
    from translate.misc.xml_helpers import parse_xml
    from translate.storage.xliff import Xliff1File
    from translate.storage.xliff2 import Xliff2File

    data = read_bytes(path)
    root = _parse_xml(parse_xml, data, path, "XLIFF")
    if not isinstance(root.tag, str) or not root.tag.endswith("xliff"):
        raise InputError(f"not an XLIFF file (root element {root.tag})", str(path), root.sourceline)
    version, namespace = root.get("version", ""), root.nsmap.get(None, "")
    if version.startswith("2.") or (not version and ":2." in namespace):
        store = _parse_xml(Xliff2File.parsestring, data, path, "XLIFF 2")
        source = root.get("srcLang") or source_lang or UNDETERMINED
        target = root.get("trgLang") or target_lang or UNDETERMINED
        units = [segment for segment in store.units if segment.istranslatable()]
        return [_xliff2_unit(segment, path, source, target) for segment in units]
    store = _parse_xml(Xliff1File.parsestring, data, path, "XLIFF 1.2")
    units = [unit for unit in store.units if unit.istranslatable()]  # translate="no" is skipped
    return [_xliff1_unit(unit, path, source_lang, target_lang) for unit in units]


def _xliff2_unit(segment: Any, path: Path, source_lang: str, target_lang: str) -> TranslationUnit:
    target = segment.target or ""
    if not target:
        state = UnitState.UNTRANSLATED
    elif segment.isapproved():  # "reviewed" or "final"
        state = UnitState.APPROVED
    elif segment.istranslated():  # "translated" or no state at all, as translate-toolkit reads it
        state = UnitState.TRANSLATED
    else:
        state = UnitState.FUZZY  # "initial" with a target
    # XLIFF 2 keeps <notes> in <unit>; translate-toolkit writes them into <segment>: read both.
    ns = f"{{{segment.namespace}}}"
    notes: dict[str | None, list[str]] = {}
    for holder in (segment.getunitelement(), segment.xmlelement):
        for note in holder.iterfind(f"{ns}notes/{ns}note"):
            notes.setdefault(note.get("category"), []).append(note.text or "")
    return TranslationUnit(
        id=segment.getid(),
        source=segment.source or "",
        target=target,
        source_lang=source_lang,
        target_lang=target_lang,
        path=str(path),
        line=segment.xmlelement.sourceline or 1,
        state=state,
        engine=_first(notes.pop("engine", [])),
        engine_version=_first(notes.pop("engine-version", [])),
        unknown_words=[w for text in notes.pop("unknown-words", []) for w in text.split(", ") if w],
        note="\n".join(text for texts in notes.values() for text in texts) or None,
        inline_codes=inline_codes(
            segment.xmlelement.find(f"{ns}source"), segment.xmlelement.find(f"{ns}target")
        ),
    )


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


_XLIFF1_FUZZY = {"new", "needs-translation", "needs-adaptation", "needs-l10n"}


def _xliff1_unit(
    unit: Any, path: Path, source_lang: str | None, target_lang: str | None
) -> TranslationUnit:
    target = unit.target or ""
    target_node = unit.getlanguageNode(lang=None, index=1)
    xml_state = target_node.get("state", "") if target_node is not None else ""
    if not target:
        state = UnitState.UNTRANSLATED
    elif unit.isapproved() or xml_state in {"final", "signed-off"}:
        state = UnitState.APPROVED
    elif xml_state in _XLIFF1_FUZZY or xml_state.startswith("needs-review"):
        state = UnitState.FUZZY
    else:
        state = UnitState.TRANSLATED
    file_node = next(unit.xmlelement.iterancestors(f"{{{unit.namespace}}}file"))
    return TranslationUnit(
        id=unit.xmlelement.get("id") or unit.getid(),
        source=unit.source or "",
        target=target,
        source_lang=file_node.get("source-language") or source_lang or UNDETERMINED,
        target_lang=file_node.get("target-language") or target_lang or UNDETERMINED,
        path=str(path),
        line=unit.xmlelement.sourceline or 1,
        state=state,
        note=unit.getnotes() or None,
        inline_codes=inline_codes(unit.getlanguageNode(lang=None, index=0), target_node),
    )


def read_tmx(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """One unit per <tu> and target language (only `target_lang` when given).

    The source is the <tuv> in `source_lang`, else in the <tu>'s or header's srclang; codes
    match by primary subtag ("da" finds "da-DK"). Units keep the file's codes. A <tu> with an
    x-engine prop (written by `export_tmx`) is engine output (TRANSLATED); others are APPROVED.
    """
    from translate.storage.tmx import tmxfile

    store = _parse_xml(tmxfile.parsestring, read_bytes(path), path, "TMX")
    header = store.document.getroot().find("header")
    header_lang = header.get("srclang") if header is not None else None
    units: list[TranslationUnit] = []
    for index, tu in enumerate(store.units, start=1):
        nodes = [(node.get(_XML_LANG, ""), node) for node in tu.getlanguageNodes()]
        wanted: str = source_lang or tu.xmlelement.get("srclang") or header_lang or "*all*"
        source = _pick(nodes, nodes[0][0] if wanted == "*all*" else wanted) if nodes else None
        if source is None:
            continue
        targets = [(c, n) for c, n in nodes if n is not source[1] and same_language(c, target_lang)]
        props = {prop.get("type"): prop.text or "" for prop in tu.xmlelement.iterfind("prop")}
        engine, tuid = props.get("x-engine") or None, tu.xmlelement.get("tuid") or str(index)
        for code, node in targets or [(target_lang or UNDETERMINED, None)]:
            text = (tu.getNodeText(node) or "") if node is not None else ""
            done = UnitState.TRANSLATED if engine else UnitState.APPROVED
            units.append(
                TranslationUnit(
                    id=f"{tuid}:{code}" if len(targets) > 1 else tuid,
                    source=tu.getNodeText(source[1]) or "",
                    target=text,
                    source_lang=source[0],
                    target_lang=code,
                    path=str(path),
                    line=tu.xmlelement.sourceline or 1,
                    state=done if text else UnitState.UNTRANSLATED,
                    engine=engine,
                    engine_version=props.get("x-engine-version") or None,
                    unknown_words=_json_list(props.get("x-unknown-words", "[]")),
                    note=tu.getnotes() or None,
                )
            )
    return units


def _pick(nodes: list[tuple[str, Any]], wanted: str) -> tuple[str, Any] | None:
    """The (code, <tuv>) in language `wanted`: the exact code first, then the same language."""
    exact = [item for item in nodes if normalise_language(item[0]) == normalise_language(wanted)]
    return next(iter(exact or [item for item in nodes if same_language(item[0], wanted)]), None)


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def read_po(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """One unit per PO entry, one per plural form ("id[0]", "id[1]"); header and obsolete skipped.

    The id is the msgid, "msgctxt::msgid" with a context (also named in the note); fuzzy entries
    are FUZZY, empty msgstr UNTRANSLATED. The charset comes from the header.
    """
    from pipeline.ingest import catalog_units, po_reader

    try:  # po_reader reads as translate-toolkit does, faster, and hands back what it cannot
        catalog = po_reader.read_po_bytes(data := read_bytes(path))
    except po_reader.UnsupportedError:
        return po_units(parse_po(data, path), path, source_lang, target_lang)
    return catalog_units.units(catalog, path, source_lang, target_lang)


SOURCE_LANGUAGE_HEADER = "X-Source-Language"


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


READERS: dict[str, Reader] = {
    ".xlf": _read_xliff,
    ".xliff": _read_xliff,
    ".tmx": read_tmx,
    ".po": read_po,
    ".pot": read_po,
}
