"""Outputs kept from an earlier run that no longer match their source: the stale marks.

When a run cannot rebuild an article whose files an earlier run wrote (the engine is down,
the provider fails, the edited source cannot be read), those files stay as they were, a
consistent set that a site can keep serving, and are never mistaken for current: the run
records the article's folder in `<out>/stale.json` with why, and the HTML report shows the
mark. The file sits at the root of the output, not in `.cache/`, so clearing a cache never
hides a mark; the next run that rebuilds the article removes it. The content files
themselves are not touched (their bytes stay those of the run that made them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.core.fs import LocalFolder

STALE_FILE = Path("stale.json")
_FORMAT = 1


@dataclass(frozen=True)
class StaleMark:
    """One article folder whose files are from an earlier run: the source they should follow,
    why they were not rebuilt, and when that was first found (UTC, ISO 8601)."""

    folder: str
    source: str
    reason: str
    since: str


class StaleStore(Protocol):
    """Where the marks live (pipeline.batch.store.OutputStore, or a local folder); paths are
    relative to the output."""

    def read_bytes(self, relative: Path) -> bytes | None: ...

    def write_bytes(self, relative: Path, data: bytes) -> None: ...


def _parse(data: bytes | None) -> dict[str, StaleMark]:
    try:
        stored: Any = json.loads(data) if data is not None else None
    except ValueError:
        return {}
    if not isinstance(stored, dict) or stored.get("format") != _FORMAT:
        return {}
    marks = {}
    for folder, entry in (stored.get("articles") or {}).items():
        if isinstance(entry, dict):
            fields = {name: str(entry.get(name, "")) for name in ("source", "reason", "since")}
            marks[folder] = StaleMark(folder, **fields)
    return marks


def read_marks(out: Path | StaleStore) -> dict[str, StaleMark]:
    """The stale marks of an output (folder name → mark); none when there is no mark file."""
    store = LocalFolder(out) if isinstance(out, Path) else out
    return _parse(store.read_bytes(STALE_FILE))


class StaleMarks:
    """The marks of one output during a run: set, cleared, then saved when they changed."""

    def __init__(self, store: StaleStore) -> None:
        self.store = store
        self.marks = _parse(store.read_bytes(STALE_FILE))
        self._changed = False

    def mark(self, folder: str, source: str, reason: str) -> StaleMark:
        """Mark `folder` stale (a mark already there keeps its first date, takes the new
        reason)."""
        from datetime import UTC, datetime

        earlier = self.marks.get(folder)
        since = earlier.since if earlier else datetime.now(UTC).replace(microsecond=0).isoformat()
        self.marks[folder] = StaleMark(folder, source, reason, since)
        self._changed = True
        return self.marks[folder]

    def clear(self, folder: str) -> None:
        if self.marks.pop(folder, None) is not None:
            self._changed = True

    def save(self) -> None:
        if not self._changed:
            return
        articles = {
            m.folder: {"source": m.source, "reason": m.reason, "since": m.since}
            for m in sorted(self.marks.values(), key=lambda m: m.folder)
        }
        stored = {"format": _FORMAT, "articles": articles}
        self.store.write_bytes(
            STALE_FILE, (json.dumps(stored, ensure_ascii=False, indent=1) + "\n").encode()
        )
        self._changed = False
