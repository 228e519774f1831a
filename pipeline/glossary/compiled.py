"""A large glossary compiled once: its columns and term indexes kept on disk by content hash.

Reading a 100,000-row CSV into columns and indexing its Danish terms by stem costs about 0.4 s
of CPU in every process that checks with it (0.23 s the CSV, 0.17 s the index of one
language), a quarter more than checking six articles with the project glossary. The result
of that work depends only on the file's bytes and on this package's code, so it is written
once, pickled, under `~/.cache/content-pipeline/glossary/` (`$XDG_CACHE_HOME`), beside the
other derived data (the wordfreq index), and read back in about 0.06 s.

The key is a hash of the file's bytes, its suffix (the format that reads it), the tool's
version and the bytes of this package's modules (a change to the loader, the table or the
inflection rules makes new files). Reading and hashing 7 MB of CSV to find that key cost
0.03 s of every process, so the hash of the file's bytes comes from
pipeline/core/content_identity.py, which records it per machine under the file's identity
(path, size, inode, times) once the file has not changed for two seconds: a later
process that finds the same identity reads neither the file nor its hash. Every part of the
key is made from bytes, not from times or inodes, so a CI runner that restores
`~/.cache/content-pipeline` finds the compiled glossary its earlier run made. Glossaries
under `MIN_ROWS` rows are not compiled: they load in milliseconds (and a file under
`MIN_BYTES` is read without looking for one). A cache that cannot be read or written is
ignored: the glossary is then read as usual. Like the wordfreq index, this cache is not the
findings cache, and `check --no-cache` uses it too (it changes no finding).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.core.content_identity import content_digest, files_digest
from pipeline.core.fs import atomic_write_bytes
from pipeline.core.sorted_file import SortedFile
from pipeline.core.user_cache import cache_home
from pipeline.core.version import __version__

MIN_ROWS = 5_000  # smaller glossaries load faster than a pickle is found and read
# a file smaller than this has fewer than MIN_ROWS rows (a row takes 15 bytes or more:
# "1,d,x,admitted"): it is read without looking for a compiled form, and never compiled
MIN_BYTES = MIN_ROWS * 12
KEEP = 8  # compiled glossaries kept (the newest); an older one is rebuilt when used again
_FORMAT = 2  # bump when what is pickled changes shape without a module changing


def cache_folder() -> Path:
    """Where compiled glossaries are kept."""
    return cache_home() / "glossary"


def _tool_version() -> str:
    return __version__


@cache
def _code() -> str:
    """The tool's version, the format and the bytes of this package's modules, whose code
    decides what a compiled glossary holds (hashed once per machine: content_identity)."""
    package = Path(__file__).parent
    modules = sorted(module.name for module in package.glob("*.py"))
    return f"{_tool_version()}\n{_FORMAT}\n{files_digest(package, modules)}"


def compiled_key(content: bytes, path: Path) -> str:
    """The name a glossary file's compiled form is kept under."""
    return _key(hashlib.sha256(content).hexdigest(), path)


def _key(digest: str, path: Path) -> str:
    """The key of the file at `path` whose bytes have the SHA-256 `digest`."""
    return hashlib.sha256(f"{_code()}\n{path.suffix.lower()}\n{digest}".encode()).hexdigest()


def recorded(path: Path) -> tuple[str, str] | None:
    """The compiled key and the version (`Glossary.version`: the first 16 digits of the
    bytes' SHA-256) of the file at `path` as it is now, without reading it when its hash is
    recorded for its identity; None for a file under `MIN_BYTES` or one that cannot be
    read."""
    try:
        if path.stat().st_size < MIN_BYTES:
            return None
        digest = content_digest(path)
    except OSError:
        return None
    return _key(digest, path), digest[:16]


def load(key: str, part: str) -> Any | None:
    """The object stored as `part` of the compiled glossary `key`, None when there is none
    (or it cannot be read)."""
    path = cache_folder() / f"{key}.{part}.pickle"
    try:
        data = path.read_bytes()
        if part == "table":
            os.utime(path)  # in use: the newest are kept
        return pickle.loads(data)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None


def store(key: str, part: str, value: object) -> None:
    """Keep `value` as `part` of the compiled glossary `key` (silently not, when the cache
    folder cannot be written). Storing a table drops all but the newest `KEEP` glossaries."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(folder / f"{key}.{part}.pickle", data)
        if part == "table":
            _prune(folder)
    except (OSError, pickle.PicklingError):
        return


def store_file(key: str, part: str, data: bytes) -> None:
    """Keep `data` as the file `part` of the compiled glossary `key` (read with `mapped`)."""
    try:
        folder = cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / f"{key}.{part}", data)
    except OSError:
        return


def mapped(key: str, part: str) -> SortedFile | None:
    """The file `part` of the compiled glossary `key`, searched through mmap; None when it
    is missing or cannot be read."""
    try:
        return SortedFile(cache_folder() / f"{key}.{part}")
    except (OSError, ValueError):
        return None


def _prune(folder: Path) -> None:
    tables = sorted(folder.glob("*.table.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for table in tables[KEEP:]:
        key = table.name.split(".", 1)[0]
        for stale in folder.glob(f"{key}.*"):
            stale.unlink(missing_ok=True)
