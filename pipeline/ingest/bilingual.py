"""Translation units from a bilingual file (XLIFF 2.x and 1.2, TMX, PO/POT, content.<lang>.json),
read by its format (pipeline.formats: one class per format, chosen by the FORMATS registry).

Every unit carries the file's path and the 1-based line of its element (XLIFF <segment> or
<trans-unit>, TMX <tu>) or PO entry (its first comment line), so a bilingual check's finding
points at a real place. Languages come from the file; the arguments are the fallback ("und",
undetermined, without either). A file that cannot be read raises InputError naming file:line.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit


def read_units(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The units of a .xlf/.xliff, .tmx, .po or .pot file or a content.<lang>.json, in file
    order."""
    from pipeline.formats import bilingual_format, suffixes

    found = bilingual_format(path)
    if found is None:
        known = ", ".join([*sorted(suffixes("bilingual")), "content.<lang>.json"])
        raise InputError(f"not a bilingual file (known: {known})", str(path))
    return found.read_units(path, source_lang, target_lang)
