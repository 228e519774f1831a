"""TBX glossaries (TBX 2008 `martif` / TBX-Basic, and TBX v3 `tbx`) read and written as rows.

A TBX file holds concepts (`termEntry`, v3 `conceptEntry`) with a language section each
(`langSet`, v3 `langSec`) and terms (`tig`/`ntig`, v3 `termSec`). A term's
`<termNote type="administrativeStatus">` maps to our statuses:

    preferredTerm-admn-sts   → preferred      deprecatedTerm-admn-sts  → deprecated
    admittedTerm-admn-sts    → admitted       supersededTerm-admn-sts  → deprecated

TBX has no "forbidden" status: we write a forbidden term as deprecatedTerm-admn-sts with
`<termNote type="usageNote">forbidden</termNote>` and read that back as forbidden. A term
without a status is preferred when it is its language's only term in the concept, else
admitted. An unknown status is passed on as written, so `glossary check` reports it on its
line. Notes are `<note>` or `<descrip>`; the source is `<admin type="source">`.

TBX 2008 files are parsed and written with translate-toolkit's tbxfile; v3, which
translate-toolkit does not know, is read from the same lxml tree by element names.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.core.errors import GlossaryError

COLUMNS = ("concept_id", "lang", "term", "status", "note", "source")
STATUS_FROM_TBX = {
    "preferredterm-admn-sts": "preferred",
    "admittedterm-admn-sts": "admitted",
    "deprecatedterm-admn-sts": "deprecated",
    "supersededterm-admn-sts": "deprecated",
}
STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
}
FORBIDDEN_NOTE = "forbidden"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
Row = tuple[int, dict[str, str]]


def read_tbx_rows(path: Path) -> tuple[bytes, list[Row], list[str]]:
    """(the file's bytes, one row per term with the line of its <term>, the columns), as
    csv_loader.read_rows gives them; raises GlossaryError when the file is not TBX."""
    from translate.misc.xml_helpers import parse_xml

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary: {exc.strerror}", str(path)) from exc
    try:
        root = parse_xml(content)
    except SyntaxError as exc:  # lxml's XMLSyntaxError
        raise GlossaryError(f"malformed XML ({exc.msg})", str(path), exc.lineno) from exc
    name = _local(root.tag)
    if name == "martif":
        entries = _martif_entries(content, path)
    elif name == "tbx":
        entries = [e for e in root.iter() if _local(e.tag) == "conceptEntry"]
    else:
        raise GlossaryError(f"not a TBX file (root element <{name}>)", str(path), 1)
    rows: list[Row] = []
    for number, entry in enumerate(entries, start=1):
        rows.extend(_concept_rows(entry, f"concept-{number}"))
    if not rows:
        raise GlossaryError("glossary is empty: the TBX file has no terms", str(path), 1)
    return content, rows, list(COLUMNS)


def _martif_entries(content: bytes, path: Path) -> list[Any]:
    from translate.storage.tbx import tbxfile

    store_class: Any = tbxfile  # translate-toolkit is untyped
    try:
        store = store_class.parsestring(content)
    except (AssertionError, ValueError) as exc:
        raise GlossaryError(f"not a valid TBX file ({exc})", str(path)) from exc
    return [unit.xmlelement for unit in store.units]


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _children(element: Any, *names: str) -> list[Any]:
    return [child for child in element if _local(child.tag) in names]


def _concept_rows(entry: Any, fallback_id: str) -> list[Row]:
    concept_id = entry.get("id") or fallback_id
    concept_note = _notes(entry)
    rows: list[Row] = []
    for language in _children(entry, "langSet", "langSec"):
        lang = (language.get(_XML_LANG) or "").lower()
        terms = _children(language, "tig", "ntig", "termSec")
        for term_group in terms:
            term = next((e for e in term_group.iter() if _local(e.tag) == "term"), term_group)
            status = _status(term_group, alone=len(terms) == 1)
            notes = [n for n in (concept_note, _notes(language), _notes(term_group)) if n]
            rows.append(
                (
                    term.sourceline or 1,
                    {
                        "concept_id": concept_id,
                        "lang": lang,
                        "term": "".join(term.itertext()).strip(),
                        "status": status,
                        "note": " ".join(notes),
                        "source": _admin(entry, term_group),
                    },
                )
            )
    return rows


def _status(term_group: Any, *, alone: bool) -> str:
    notes = {
        (node.get("type") or ""): "".join(node.itertext()).strip()
        for node in term_group.iter()
        if _local(node.tag) == "termNote"
    }
    written = notes.get("administrativeStatus")
    if written is None:
        return "preferred" if alone else "admitted"
    status = STATUS_FROM_TBX.get(written.lower(), written)
    if status == "deprecated" and notes.get("usageNote", "").lower() == FORBIDDEN_NOTE:
        return "forbidden"
    return status


def _notes(element: Any) -> str:
    """The <note> and <descrip> texts directly in `element` (or its admin/descrip groups)."""
    texts = []
    for child in element:
        name = _local(child.tag)
        if name in ("note", "descrip") or (name in ("descripGrp", "adminGrp")):
            for node in child.iter():
                if _local(node.tag) in ("note", "descrip"):
                    texts.append("".join(node.itertext()).strip())
    return " ".join(t for t in texts if t)


def _admin(entry: Any, term_group: Any) -> str:
    for holder in (term_group, entry):
        for node in holder.iter():
            if _local(node.tag) == "admin" and node.get("type") == "source":
                return "".join(node.itertext()).strip()
    return ""


def write_tbx(entries: Iterable[Any], source_lang: str = "en") -> bytes:
    """A TBX 2008 (TBX-Basic style) file of glossary entries (TermEntry), written with
    translate-toolkit: one termEntry per concept, a langSet per language, a tig per term
    with its administrativeStatus, note and source."""
    from translate.storage.tbx import tbxfile

    store: Any = tbxfile(sourcelanguage=source_lang)
    concepts: dict[str, list[Any]] = {}
    for entry in entries:
        concepts.setdefault(entry.concept_id, []).append(entry)
    for concept_id, terms in concepts.items():
        unit = store.addsourceunit(terms[0].term)
        unit.setid(concept_id)
        element = unit.xmlelement
        for child in list(element):
            element.remove(child)  # the source term addsourceunit wrote: rebuilt below
        by_lang: dict[str, list[Any]] = {}
        for term in terms:
            by_lang.setdefault(term.lang, []).append(term)
        for lang, members in by_lang.items():
            lang_set = _child(element, unit.namespaced("langSet"), {_XML_LANG: lang})
            for term in members:
                tig = _child(lang_set, unit.namespaced("tig"))
                _child(tig, unit.namespaced("term"), text=term.term)
                status = STATUS_TO_TBX[str(term.status)]
                _child(tig, unit.namespaced("termNote"), {"type": "administrativeStatus"}, status)
                if str(term.status) == "forbidden":
                    _child(tig, unit.namespaced("termNote"), {"type": "usageNote"}, FORBIDDEN_NOTE)
                if term.note:
                    _child(tig, unit.namespaced("note"), text=term.note)
                if term.source:
                    _child(tig, unit.namespaced("admin"), {"type": "source"}, term.source)
    data: bytes = bytes(store)
    return data


def _child(parent: Any, tag: str, attributes: dict[str, str] | None = None, text: str = "") -> Any:
    """A new element appended to `parent` (lxml's SubElement, without importing lxml)."""
    child = parent.makeelement(tag, attributes or {})
    if text:
        child.text = text
    parent.append(child)
    return child
