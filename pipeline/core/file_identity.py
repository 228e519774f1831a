"""A file's identity: what the answers derived from it (spelling, analyses, the language
model's guesses, a dictionary's word list) are kept under.

Path, size, inode, modification and change times: a package upgrade or an edit gives a new
identity, without reading the file's bytes (hashing a 3.5 MB dictionary in every process
that asks would cost a tenth of what the kept answers save).
"""

from __future__ import annotations

import os


def file_identity(path: str | os.PathLike[str]) -> str:
    """`path` as given, then its size, inode and times. Raises OSError when it cannot be
    read; callers that key by a resolved path pass it resolved."""
    return stat_identity(path, os.stat(path))


def stat_identity(path: str | os.PathLike[str], info: os.stat_result) -> str:
    """`file_identity` from a stat result the caller has already."""
    return f"{os.fspath(path)}:{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:{info.st_ctime_ns}"
