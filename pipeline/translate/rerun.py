"""Skipping unchanged articles on a rerun of `run`/`translate` by a hash of everything they use.

A rerun over an unchanged folder used to read, segment, check and translate (from memory)
every article again to write the same files: 1.5× the time of raw Apertium for no change.
The manifest (<out>/.cache/articles.json, in a folder or any pipeline.batch output) keeps,
per article, a key over its path and bytes
and everything else its output depends on (the run's settings, given by the caller: tool
code and versions, glossary, checks, severities, languages, engine and its version, the
approved translations in memory), the output files it wrote (size and modification time) and
its summary row. An article whose key matches and whose outputs are untouched is skipped;
anything else is processed as on a first run. A damaged manifest counts as empty.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Protocol

from pipeline.core.fs import LocalFolder

MANIFEST = Path(".cache") / "articles.json"
_FORMAT = 1


def approved_fingerprint(memory: Path | None) -> str:
    """What changes when approved translations are imported into the memory (they win over
    the engine, so they change outputs): their count, the newest time and their length."""
    if memory is None or not memory.is_file():
        return "none"
    try:
        with sqlite3.connect(f"file:{memory}?mode=ro", uri=True) as db:
            row = db.execute(
                "SELECT count(*), max(created), total(length(target)) FROM approved"
            ).fetchone()
    except sqlite3.Error:
        return "unreadable"
    return ":".join(map(str, row)) if row[0] else "none"


class ManifestStore(Protocol):
    """Where the manifest and the outputs it stamps live (pipeline.batch.store.OutputStore);
    paths are relative to the output."""

    def read_bytes(self, relative: Path) -> bytes | None: ...

    def write_bytes(self, relative: Path, data: bytes) -> None: ...

    def stamp(self, relative: Path) -> list[Any] | None: ...


class ArticleManifest:
    """The unchanged-article records of one output location, for runs that share `settings`."""

    def __init__(self, out: Path | ManifestStore, settings: str) -> None:
        self.store = LocalFolder(out) if isinstance(out, Path) else out
        self._settings = hashlib.sha256(settings.encode()).hexdigest()
        self._articles: dict[str, Any] = {}
        self._changed = False
        data = self.store.read_bytes(MANIFEST)
        try:
            stored = json.loads(data) if data is not None else None
        except ValueError:
            return
        if isinstance(stored, dict) and stored.get("format") == _FORMAT:
            self._articles = stored.get("articles") or {}

    def key(self, source: Path, selection: object, data: bytes | None = None) -> str | None:
        """The article's key: its path, its bytes, its checks and the run's settings (None
        when it cannot be read: it is then processed, and reported, as usual)."""
        if data is None:
            try:
                data = source.read_bytes()
            except OSError:
                return None
        digest = hashlib.sha256(f"{self._settings}\n{source}\n{selection!r}\n".encode())
        digest.update(data)
        return digest.hexdigest()

    def unchanged(self, source: Path, key: str | None) -> dict[str, Any] | None:
        """The summary row stored for `source` when its key and its outputs are unchanged."""
        record = self._articles.get(str(source))
        if key is None or not isinstance(record, dict) or record.get("key") != key:
            return None
        outputs = record.get("outputs")
        if not isinstance(outputs, dict) or not outputs:
            return None
        if any(self.store.stamp(Path(path)) != stamp for path, stamp in outputs.items()):
            return None
        row = record.get("row")
        return row if isinstance(row, dict) else None

    def record(
        self, source: Path, key: str | None, row: dict[str, Any], outputs: list[Path]
    ) -> None:
        """Remember a processed article: its key, its summary row and the files it wrote
        (relative to the output)."""
        if key is None:
            return
        stamps = {str(path): self.store.stamp(path) for path in outputs}
        self._articles[str(source)] = {"key": key, "row": row, "outputs": stamps}
        self._changed = True

    def forget(self, source: Path) -> None:
        """Drop an article (it failed this time)."""
        if self._articles.pop(str(source), None) is not None:
            self._changed = True

    def save(self) -> None:
        if not self._changed:
            return
        stored = {"format": _FORMAT, "articles": self._articles}
        self.store.write_bytes(MANIFEST, json.dumps(stored, ensure_ascii=False, indent=0).encode())
        self._changed = False
