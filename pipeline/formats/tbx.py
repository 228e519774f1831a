"""TBX glossaries (.tbx: TBX 2008 / TBX-Basic through translate-toolkit, and TBX v3), read
into the rows a CSV glossary has (pipeline.glossary.tbx_loader), so a TBX file works wherever
a CSV does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from pipeline.formats.base import GlossaryFormat

if TYPE_CHECKING:
    from pipeline.glossary.tbx_loader import Row


class TbxFormat(GlossaryFormat):
    name: ClassVar[str] = "tbx"
    suffixes: ClassVar[frozenset[str]] = frozenset({".tbx"})

    def read_rows(self, path: Path) -> tuple[bytes, list[Row], list[str]]:
        """The file's bytes, one row per term with the line of its <term>, and the columns."""
        from pipeline.glossary.tbx_loader import read_tbx_rows

        return read_tbx_rows(path)
