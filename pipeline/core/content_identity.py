"""What files hold, named by a SHA-256 of their bytes without reading them in every process.

Kept answers (spelling, analyses, the language model's guesses, the word-frequency index) and
the findings cache are keyed by the files they derive from. A file's identity (`file_identity`:
path, size, inode, times) is free to read but belongs to one machine: a CI runner that restores
`~/.cache/content-pipeline` or `.content-pipeline-cache` from an earlier run has installed the
same dictionaries, model and code afresh, with new inodes and times, so no key would match and
every answer would be computed again. Keys made from the bytes match wherever the bytes are the
same. The digest is recorded under the identity (one small file per identity, in the user's
cache, at most `MAX_RECORDS` of them), so a process reads the bytes only the first time on a
machine; a file changed less than `SETTLED` seconds ago is not recorded, since a second write
within the file system's clock tick could keep its size and times (git's rule for "racy"
index entries).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.core.file_identity import stat_identity
from pipeline.core.fs import atomic_write_bytes
from pipeline.core.user_cache import cache_home

MAX_RECORDS = 1000
SETTLED = 2.0  # seconds since a file's last change before its identity stands for its bytes
_CHUNK = 1 << 20
_MEMO: dict[str, str] = {}  # identity -> digest, for this process


def content_digest(path: str | os.PathLike[str]) -> str:
    """A SHA-256 (hex) of the bytes of the file at `path`. Raises OSError when it cannot be
    read."""
    return _recorded([Path(path)], lambda: _hash_file(path))


def files_digest(root: Path, names: Iterable[str]) -> str:
    """A SHA-256 (hex) of the names and bytes of the files `names` (paths relative to `root`,
    the same on every machine) in that order: a package's modules, recorded as one, so a
    process whose files are unchanged reads one record, not one per file. Raises OSError when
    a file cannot be read."""
    names = list(names)

    def digest() -> str:
        combined = hashlib.sha256()
        for name in names:
            combined.update(f"{name}\0{_hash_file(root / name)}\n".encode())
        return combined.hexdigest()

    return _recorded([root / name for name in names], digest)


def _recorded(paths: list[Path], compute: Callable[[], str]) -> str:
    """`compute()` for the files at `paths`, from this process's memo or the record kept under
    their identities; recorded when every file is settled."""
    stats = [os.stat(path) for path in paths]
    identity = "\n".join(map(stat_identity, paths, stats))
    found = _MEMO.get(identity)
    if found is not None:
        return found
    # the record holds the identity's hash, not the identity: a package's is some 40 KB
    named = hashlib.sha256(identity.encode()).hexdigest()
    folder = cache_home() / "identities"
    record = folder / named[:32]
    kept = _read_record(record, named)
    if kept is not None:
        _MEMO[identity] = kept
        return kept
    digest = compute()
    if all(time.time() - stat.st_ctime >= SETTLED for stat in stats):
        _MEMO[identity] = digest
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(record, f"{named}\n{digest}\n".encode())
            _prune(folder)
        except OSError:
            pass  # an unwritable cache only costs reading the bytes again
    return digest


def _prune(folder: Path) -> None:
    """Past `MAX_RECORDS` records (every edit of a checkout's code makes one), the older half
    goes: a removed record only costs reading those bytes once more. Records are written only
    after a change, so the folder is listed rarely."""
    entries = list(os.scandir(folder))
    if len(entries) <= MAX_RECORDS:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
    for entry in entries[: len(entries) - MAX_RECORDS // 2]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _hash_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _read_record(record: Path, named: str) -> str | None:
    """The digest recorded for the identity whose hash is `named`, None when there is none
    or it is not whole."""
    try:
        kept_name, digest, *_ = record.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if kept_name != named or len(digest) != 64:
        return None
    return digest
