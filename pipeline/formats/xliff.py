"""XLIFF 1.2 and 2.x (.xlf, .xliff), read with translate-toolkit: each translatable unit (XLIFF
2: each segment) at the line of its element, with its state, notes and inline codes; the
targets of text-only <target> elements are fixed in place (pipeline.formats.xliff_catalog)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit, UnitState
from pipeline.formats.base import UNDETERMINED, BilingualFormat
from pipeline.formats.reading import parse_xml, read_bytes
from pipeline.ingest.xliff_inline import inline_codes

if TYPE_CHECKING:
    from pipeline.formats.base import UnitCatalog


class XliffFormat(BilingualFormat):
    name: ClassVar[str] = "xliff"
    suffixes: ClassVar[frozenset[str]] = frozenset({".xlf", ".xliff"})

    def read_units(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TranslationUnit]:
        return read_xliff(path, source_lang, target_lang)

    def catalog(self, path: Path, raw: bytes, source_lang: str | None) -> UnitCatalog:
        from pipeline.formats.xliff_catalog import XliffCatalog

        return XliffCatalog.read(path, raw, source_lang)


def read_xliff(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The translatable units of an XLIFF 1.2 or 2.x file (XLIFF 2: its segments)."""
    from translate.misc.xml_helpers import parse_xml as parse_xml_tree
    from translate.storage.xliff import Xliff1File
    from translate.storage.xliff2 import Xliff2File

    data = read_bytes(path)
    root = parse_xml(parse_xml_tree, data, path, "XLIFF")
    if not isinstance(root.tag, str) or not root.tag.endswith("xliff"):
        raise InputError(f"not an XLIFF file (root element {root.tag})", str(path), root.sourceline)
    version, namespace = root.get("version", ""), root.nsmap.get(None, "")
    if version.startswith("2.") or (not version and ":2." in namespace):
        store = parse_xml(Xliff2File.parsestring, data, path, "XLIFF 2")
        source = root.get("srcLang") or source_lang or UNDETERMINED
        target = root.get("trgLang") or target_lang or UNDETERMINED
        units = [segment for segment in store.units if segment.istranslatable()]
        return [_xliff2_unit(segment, path, source, target) for segment in units]
    store = parse_xml(Xliff1File.parsestring, data, path, "XLIFF 1.2")
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
