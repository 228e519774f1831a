"""TranslationUnits from a catalog po_reader has read: the same units that formats.po.po_units makes
of translate-toolkit's store of the same file (compared in tests/ingest/po_oracle.py)."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.models import TranslationUnit, UnitState
from pipeline.ingest.po_reader import PoEntry, PoFile


def notes(entry: PoEntry, newline: str) -> str:
    """The translator and automatic comments as one text, as formats.po.po_units has them from
    translate-toolkit's getnotes(): "# " or "#" and the first three characters of "#. " off,
    each comment ending in the file's `newline`, the last "\n" dropped (the store it reads
    writes "\n": a CRLF file's notes keep a "\r" at each line's end)."""
    parts = [
        (line + newline).removeprefix("#").removeprefix(" ") for line in entry.translator_comments
    ]
    parts += [(line + newline)[3:] or "\n" for line in entry.automatic_comments]
    return "".join(parts)[:-1]


def target_language(fields: dict[str, str]) -> str | None:
    """The header's target language, found as translate-toolkit's gettargetlanguage() finds
    it: a well-formed Language, else Poedit's, Plone's or the Language-Team's."""
    from translate.lang.data import langcode_ire

    language = fields.get("Language")
    if language and langcode_ire.match(language):
        return language
    if "X-Poedit-Language" in fields:
        from translate.lang import poedit

        found: str | None = poedit.isocode(
            fields["X-Poedit-Language"], fields.get("X-Poedit-Country")
        )
        return found
    if "Language-Code" in fields:
        return fields["Language-Code"]
    if "Language-Team" in fields:
        from translate.lang.team import guess_language

        guessed: str | None = guess_language(fields["Language-Team"])  # type: ignore[no-untyped-call]
        return guessed
    return None


def units(
    catalog: PoFile, path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The units of a catalog, the same as formats.po.po_units makes of translate-toolkit's store
    of the same file (see formats.po.read_po)."""
    from pipeline.formats.base import UNDETERMINED
    from pipeline.formats.po import GETTEXT_SOURCE, SOURCE_LANGUAGE_HEADER

    fields = catalog.header_fields()
    source_lang = fields.get(SOURCE_LANGUAGE_HEADER) or source_lang or GETTEXT_SOURCE
    target_lang = target_language(fields) or target_lang or UNDETERMINED
    where = str(path)
    made: list[TranslationUnit] = []
    for entry in catalog.entries:
        if entry.header or entry.obsolete:
            continue
        context = entry.msgctxt or ""
        comments = entry.translator_comments or entry.automatic_comments
        note = notes(entry, catalog.newline) if comments else ""
        if context:
            note = f"{note}\nmsgctxt: {context}" if note else f"msgctxt: {context}"
        base_id = f"{context}::{entry.msgid}" if context else entry.msgid
        fuzzy = "fuzzy" in entry.flags
        if entry.msgid_plural is None:
            forms = [(base_id, entry.msgid, entry.msgstr[0])]
        else:
            sources = [entry.msgid] + [entry.msgid_plural] * (len(entry.msgstr) - 1)
            forms = [
                (f"{base_id}[{n}]", source, target)
                for n, (source, target) in enumerate(zip(sources, entry.msgstr, strict=True))
            ]
        for unit_id, source, target in forms:
            if not target:
                state = UnitState.UNTRANSLATED
            else:
                state = UnitState.FUZZY if fuzzy else UnitState.TRANSLATED
            # of the declared types by construction (texts decoded, a line counted from 1, a
            # UnitState): no per-unit test (tests/ingest/test_catalog_units.py)
            made.append(
                TranslationUnit.model_construct(
                    id=unit_id,
                    source=source,
                    target=target,
                    source_lang=source_lang,
                    target_lang=target_lang,
                    path=where,
                    line=entry.line,
                    state=state,
                    note=note or None,
                )
            )
    return made
