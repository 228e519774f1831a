"""Expands the PATH arguments of a command (files and folders) into article files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.ingest import READERS, is_bilingual


def discover(paths: Iterable[Path], bilingual: bool = False) -> list[Path]:
    """Files named directly, plus supported files found under folders (sorted, no hidden).

    With `bilingual`, folders also yield XLIFF, TMX and PO files.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and (p.suffix.lower() in READERS or (bilingual and is_bilingual(p)))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such file or folder", str(path))
    unique = list(dict.fromkeys(found))
    return unique
