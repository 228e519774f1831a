"""A batch worker's view of the translation memory: it reads the file, and never writes it.

SQLite has one writer at a time, and a memory on a shared disk would see twenty workers fight
for its lock. So a worker reads the memory (read-only, as the client committed it), keeps what
its engine translated in its own overlay (so a sentence met twice is translated once), and
hands those new entries back with its results; the client alone writes them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.translate.cache import CachedTranslation, EngineKey, TranslationMemory
from pipeline.translate.normalise import normalise_segment

# (engine key, source, target, unknown words): one engine translation to store
MemoryEntry = tuple[EngineKey, str, str, tuple[str, ...]]


class MemoryView(TranslationMemory):
    """The memory at `path` opened read-only (empty when it does not exist yet), plus the
    translations this process made since the last `drain`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None  # type: ignore[assignment]
        self._overlay: dict[tuple[tuple[str, ...], str], tuple[str, tuple[str, ...]]] = {}
        self._new: list[MemoryEntry] = []
        if path.is_file():
            try:
                self._db = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
                self._db.execute("SELECT count(*) FROM translations").fetchone()
            except sqlite3.Error:
                # unreadable here: every segment goes to the engine, the client still writes
                self._db = None

    def _select_many(
        self, table: str, where: str, params: tuple[str, ...], sources: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        if self._db is None:
            return {}
        try:
            return super()._select_many(table, where, params, sources)
        except sqlite3.Error:
            return {}

    def get_many(self, key: EngineKey, sources: Sequence[str]) -> list[CachedTranslation | None]:
        found = super().get_many(key, sources)
        params = key.params()
        for i, source in enumerate(sources):
            normalised = normalise_segment(source)
            mine = self._overlay.get((params, normalised))
            if found[i] is None and mine is not None:
                found[i] = CachedTranslation(normalised, mine[0], mine[1], "")
        return found

    def put_many(self, key: EngineKey, items: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        params = key.params()
        for source, target, words in items:
            self._overlay[(params, normalise_segment(source))] = (target, tuple(words))
            self._new.append((key, source, target, tuple(words)))

    def drain(self) -> list[MemoryEntry]:
        """The translations made since the last call, for the client to store."""
        new, self._new = self._new, []
        return new

    def clear(self) -> None:
        """Forget this process's translations at the end of a task: the client has them (or
        will), and a long-lived worker's overlay must not grow with the whole run."""
        self._overlay.clear()
        self._new.clear()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def store(memory: TranslationMemory, entries: list[MemoryEntry]) -> None:
    """Write a worker's new translations into the real memory (one transaction per engine key)."""
    by_key: dict[EngineKey, list[tuple[str, str, Sequence[str]]]] = {}
    for key, source, target, words in entries:
        by_key.setdefault(key, []).append((source, target, words))
    for key, items in by_key.items():
        memory.put_many(key, items)
