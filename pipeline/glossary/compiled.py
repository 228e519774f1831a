"""A large glossary compiled once: its columns and term indexes kept on disk by content hash.

Reading a 100,000-row CSV into columns and indexing its Danish terms by stem costs about 0.4 s
of CPU in every process that checks with it (0.23 s the CSV, 0.17 s the index of one
language), a quarter more than checking six articles with the project glossary. The result
of that work depends only on the file's bytes and on this package's code, so it is written
once, pickled, under `~/.cache/content-pipeline/glossary/` (`$XDG_CACHE_HOME`), beside the
other derived data (the wordfreq index), and read back in about 0.06 s.

The key is a hash of the file's bytes, its suffix (the format that reads it) and the size and
modification time of every module of this package (a change to the loader, the table or the
inflection rules makes new files). Reading, checking and hashing 7 MB of CSV to find that
key (and the glossary's version, a second hash) cost 0.03 s of every process, so the key is
also recorded under the file's identity (path, size, inode, times: `file_identity`): a later
process that finds the same identity reads neither the file nor its hash. An identity is
recorded only for a file last changed `SETTLED` seconds before (its change time, which a
write always sets and no tool sets back), so that a second write within
the file system's clock tick (same size, same times) cannot pass for the first: git's rule
for its index ("racy" entries). Glossaries under `MIN_ROWS` rows are not compiled: they
load in milliseconds. A cache that cannot be read or written is ignored: the glossary is then
read as usual. Like the wordfreq index, this cache is not the findings cache, and
`check --no-cache` uses it too (it changes no finding).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.core.content_identity import SETTLED
from pipeline.core.file_identity import file_identity
from pipeline.core.fs import atomic_write_bytes
from pipeline.core.sorted_file import SortedFile
from pipeline.core.user_cache import cache_home
from pipeline.core.version import __version__

MIN_ROWS = 5_000  # smaller glossaries load faster than a pickle is found and read
KEEP = 8  # compiled glossaries kept (the newest); an older one is rebuilt when used again
_FORMAT = 2  # bump when what is pickled changes shape without a module changing


def cache_folder() -> Path:
    """Where compiled glossaries are kept."""
    return cache_home() / "glossary"


def _tool_version() -> str:
    return __version__


@cache
def _code() -> str:
    """The tool's version and this package's modules (size, mtime), whose code decides
    what a compiled glossary holds."""
    package = Path(__file__).parent
    parts = [_tool_version(), str(_FORMAT)]
    for module in sorted(package.glob("*.py")):
        stat = module.stat()
        parts.append(f"{module.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def compiled_key(content: bytes, path: Path) -> str:
    """The name a glossary file's compiled form is kept under."""
    digest = hashlib.sha256(f"{_code()}\n{path.suffix.lower()}\n".encode())
    digest.update(content)
    return digest.hexdigest()


def _record_path(path: Path) -> tuple[Path, str]:
    """Where the key of the file at `path` is recorded, and the file's identity now."""
    resolved = path.resolve()
    name = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:32]
    # the code that compiled it belongs to the identity: a new version makes a new key
    code = hashlib.sha256(_code().encode()).hexdigest()[:16]
    return cache_folder() / "files" / name, f"{file_identity(resolved)}:{code}"


def recorded(path: Path) -> tuple[str, str] | None:
    """The compiled key and version recorded for the file at `path` as it is now (same
    identity), None when there is none or it cannot be read."""
    try:
        record, identity = _record_path(path)
        kept_identity, key, version = record.read_text(encoding="utf-8").split("\n")[:3]
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return (key, version) if kept_identity == identity and key and version else None


def record(path: Path, key: str, version: str) -> None:
    """Record `key` and `version` under the identity of the file at `path` (silently not,
    when it changed less than `SETTLED` seconds ago or the cache cannot be written)."""
    try:
        if time.time() - path.stat().st_ctime < SETTLED:  # any write sets the change time
            return
        target, identity = _record_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, f"{identity}\n{key}\n{version}\n".encode())
    except OSError:
        return


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
