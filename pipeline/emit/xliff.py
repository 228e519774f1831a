"""Write translation units as XLIFF 2.1 for CAT tools, through translate-toolkit's XLIFF 2 store.

XLIFF 2.1 keeps the 2.0 namespace (urn:oasis:names:tc:xliff:document:2.0); only the root's
version attribute says 2.1. translate-toolkit 3.20 writes version="2.0", puts xml:space on
<segment> and <notes> inside <segment>, none of which the XLIFF 2 schema allows (a segment holds
only source and target), so those three are set here with lxml on the store's own tree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.core.fs import atomic_write_text
from pipeline.core.models import TranslationUnit, UnitState

XLIFF_VERSION = "2.1"
NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# XLIFF 2 segment states; fuzzy stays "initial": a translator must still look at it.
SEGMENT_STATE = {
    UnitState.UNTRANSLATED: "initial",
    UnitState.FUZZY: "initial",
    UnitState.TRANSLATED: "translated",
    UnitState.APPROVED: "final",
}


def write_xliff(
    units: list[TranslationUnit], path: Path, source_lang: str, target_lang: str, original: str
) -> None:
    """Write `units` to `path` (atomically) as one XLIFF 2.1 file (see `render_xliff`)."""
    atomic_write_text(path, render_xliff(units, source_lang, target_lang, original))


def render_xliff(
    units: list[TranslationUnit], source_lang: str, target_lang: str, original: str
) -> str:
    """`units` as one XLIFF 2.1 <file original=…>.

    One <unit id=…> per TranslationUnit, its <segment state=…> from the unit's state, and
    <notes> with the engine, engine version, unknown words and the unit's note where present
    (note categories "engine", "engine-version", "unknown-words"; the free note has none).
    Raises ValueError when two units share an id (XLIFF unit ids are unique in a file).
    """
    from translate.storage.xliff2 import Xliff2File

    store: Any = Xliff2File(sourcelanguage=source_lang, targetlanguage=target_lang)
    store.document.getroot().set("version", XLIFF_VERSION)
    store.body.set("original", original)
    seen: set[str] = set()
    for unit in units:
        if unit.id in seen:
            raise ValueError(f"duplicate unit id {unit.id!r}")
        seen.add(unit.id)
        _add_unit(store, unit)
    return bytes(store).decode("utf-8")


def _add_unit(store: Any, unit: TranslationUnit) -> None:
    segment = store.addsourceunit(unit.source)
    segment.setid(unit.id)
    if unit.target:
        segment.settarget(unit.target)
    element = segment.xmlelement
    element.set("state", SEGMENT_STATE[unit.state])
    unit_element = segment.getunitelement()
    # Exact text round-trips through xml:space="preserve", which XLIFF 2 allows on <unit>.
    element.attrib.pop(_XML_SPACE, None)
    unit_element.set(_XML_SPACE, "preserve")
    notes = [
        (category, text)
        for category, text in (
            ("engine", unit.engine),
            ("engine-version", unit.engine_version),
            ("unknown-words", ", ".join(unit.unknown_words)),
            (None, unit.note),
        )
        if text
    ]
    if notes:
        container = unit_element.makeelement(f"{{{NAMESPACE}}}notes", {})
        unit_element.insert(0, container)  # schema order: notes before segments
        for category, text in notes:
            attributes = {"category": category} if category else {}
            note = container.makeelement(f"{{{NAMESPACE}}}note", attributes)
            note.text = text
            container.append(note)
