"""Files of `key<TAB>value` lines sorted by their keys' UTF-8 bytes, searched through mmap.

Derived data too large to load whole in every short process (wordfreq's tables, a compiled
glossary's form files) is written once in this form and searched by bisection over the mapped
bytes, so a process reads only the pages its keys fall on.
"""

from __future__ import annotations

import mmap
from pathlib import Path


class SortedFile:
    """`key<TAB>value` lines sorted by their keys' UTF-8 bytes, searched through mmap."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            self._map: bytes | mmap.mmap = (
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
            )

    def get(self, key: str) -> bytes | None:
        target = key.encode("utf-8")
        data = self._map
        lo, hi = 0, len(data)  # both always at the start of a line
        while lo < hi:
            start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            end = data.find(b"\n", start)
            found, _, value = data[start:end].partition(b"\t")
            if found == target:
                return value
            if found < target:
                lo = end + 1
            else:
                hi = start
        return None
